"""/subscribe, /subscriptions, /unsubscribe and /stop, through the subscription service."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot.answering.subscription_requests import Action
from bot.knowledge.items import Knowledge
from bot.languages.speech import _, pgettext
from bot.reminders.outcomes import Outcome, Proposal, Status
from bot.reminders.preferences import to_mask
from bot.reminders.subscribing import format_list
from bot.reminders.target_words import describe
from bot.telegram import callbacks, render
from bot.telegram.handlers.context import BotContext, send


def outcome_message(outcome: Outcome, knowledge: Knowledge | None = None) -> render.Rendered:
    """The service's sentence, with buttons: candidates to choose, or what can still come."""
    if outcome.status is Status.CHOOSE:
        rows = [
            [_button(item.title, callbacks.encode("sub", callbacks.item_ref(item.id)))]
            for item in outcome.candidates
        ]
        return render.escape(outcome.text), InlineKeyboardMarkup(rows)
    if outcome.alternatives and knowledge is not None:
        rows = [
            [
                _button(
                    _("Follow {target}").format(target=describe(target, knowledge)),
                    callbacks.follow(target),
                )
            ]
            for target in outcome.alternatives
        ]
        return render.escape(outcome.text), InlineKeyboardMarkup(rows)
    return render.escape(outcome.text), None


def proposal_message(proposal: Proposal) -> render.Rendered:
    """A request understood, with Yes and No: nothing is stored before the yes."""
    if proposal.action is Action.FOLLOW and proposal.target is not None:
        mask = to_mask(proposal.offsets or ())
        yes = callbacks.follow(proposal.target, mask)
    elif proposal.action is Action.UNFOLLOW:
        yes = callbacks.encode("unsub", str(proposal.subscription_id))
    else:
        yes = callbacks.encode("offs", str(to_mask(proposal.offsets or ())))
    no = callbacks.encode("nop", "no")
    keyboard = [[_button(pgettext("button", "Yes"), yes), _button(pgettext("button", "No"), no)]]
    return render.escape(proposal.question), InlineKeyboardMarkup(keyboard)


def _button(label: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(
        label if len(label) <= 60 else label[:57] + "...", callback_data=data
    )


async def subscribe(update: Update, context: BotContext) -> None:
    """Follow a call, an event, a kind, a tag or everything."""
    chat = update.effective_chat
    if chat is None:
        return
    words = " ".join(context.args or [])
    outcome = context.services.subscriptions.subscribe(chat.id, words, chat.type)
    knowledge = context.services.source.snapshot.knowledge
    await send(update, context, [outcome_message(outcome, knowledge)])


async def subscriptions(update: Update, context: BotContext) -> None:
    """List what the chat follows, with a remove button each."""
    chat = update.effective_chat
    if chat is None:
        return
    entries = context.services.subscriptions.subscriptions(chat.id)
    rows = [
        [_button(_("Remove {number}").format(number=n), callbacks.encode("unsub", str(sub.id)))]
        for n, (sub, __) in enumerate(entries, 1)
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
    context.services.conversations.languages.pop(chat.id, None)  # went with the chat's row
    await send(update, context, [outcome_message(outcome)])
