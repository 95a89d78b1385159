"""/subscribe, /subscriptions, /unsubscribe and /stop, through the subscription service."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.reminders.subscribing import Outcome, Status, format_list
from bot.telegram import callbacks, render
from bot.telegram.handlers.context import BotContext, send


def outcome_message(outcome: Outcome) -> render.Rendered:
    """The service's sentence, with buttons to choose when a name fits several items."""
    if outcome.status is not Status.CHOOSE:
        return render.escape(outcome.text), None
    rows = [
        [
            InlineKeyboardButton(
                item.title[:60], callback_data=callbacks.encode("sub", callbacks.item_ref(item.id))
            )
        ]
        for item in outcome.candidates
    ]
    return render.escape(outcome.text), InlineKeyboardMarkup(rows)


async def subscribe(update: Update, context: BotContext) -> None:
    """Follow a call, an event, a kind, a tag or everything."""
    chat = update.effective_chat
    if chat is None:
        return
    words = " ".join(context.args or [])
    outcome = context.services.subscriptions.subscribe(chat.id, words, chat.type)
    await send(update, context, [outcome_message(outcome)])


async def subscriptions(update: Update, context: BotContext) -> None:
    """List what the chat follows, with a remove button each."""
    chat = update.effective_chat
    if chat is None:
        return
    entries = context.services.subscriptions.subscriptions(chat.id)
    rows = [
        [InlineKeyboardButton(f"Remove {n}", callback_data=callbacks.encode("unsub", str(sub.id)))]
        for n, (sub, _) in enumerate(entries, 1)
    ]
    keyboard = InlineKeyboardMarkup(rows) if rows else None
    await send(update, context, [(render.escape(format_list(entries)), keyboard)])


async def unsubscribe(update: Update, context: BotContext) -> None:
    """Stop following one thing, by its number or its name."""
    chat = update.effective_chat
    if chat is None:
        return
    outcome = context.services.subscriptions.unsubscribe(chat.id, " ".join(context.args or []))
    await send(update, context, [outcome_message(outcome)])


async def stop(update: Update, context: BotContext) -> None:
    """Forget the chat: subscriptions and stored data."""
    chat = update.effective_chat
    if chat is None:
        return
    context.services.activity.forget(chat.id)  # before the delete: nothing writes it back
    outcome = context.services.subscriptions.stop(chat.id)
    context.services.conversations.last_item.pop(chat.id, None)
    await send(update, context, [outcome_message(outcome)])
