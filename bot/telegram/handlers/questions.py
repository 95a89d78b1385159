"""Free-text questions, in private chats and (when addressed) in groups; edits answered again."""

from __future__ import annotations

import re
from functools import cache

from telegram import Message, Update
from telegram.error import BadRequest

from bot.answering.answers import Answer, AnswerKind
from bot.languages.speech import speaking
from bot.reminders.outcomes import Proposal
from bot.telegram import callbacks, render
from bot.telegram.handlers.context import BotContext, send
from bot.telegram.handlers.language import chosen_language, usual_language
from bot.telegram.handlers.subscriptions import outcome_message, proposal_message


@cache
def mention(username: str) -> re.Pattern[str]:
    """'@thebot' as a whole word in any case ('@TheBot,' yes, '@thebot2' no)."""
    return re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE)


def addressed(message: Message, username: str, bot_id: int) -> bool:
    """In a group, only messages that mention the bot or reply to it are for us."""
    if message.chat.type == "private":
        return True
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        return True
    return mention(username).search(message.text or "") is not None


async def question(update: Update, context: BotContext) -> None:
    """Answer a question with the engine."""
    message = update.effective_message
    if message is None or not addressed(message, context.bot.username, context.bot.id):
        return
    rendered = answer_for(message, context, usual_language(update))
    sent = await send(update, context, rendered)
    context.memory.answers.put(_key(message), tuple(m.message_id for m in sent))


async def edited_question(update: Update, context: BotContext) -> None:
    """Answer an edited question again, in the messages that answered it (or anew)."""
    message = update.effective_message
    if message is None or not addressed(message, context.bot.username, context.bot.id):
        return
    earlier = context.memory.answers.get(_key(message))
    rendered = answer_for(message, context, usual_language(update))
    if not earlier:
        sent = await send(update, context, rendered)
        context.memory.answers.put(_key(message), tuple(m.message_id for m in sent))
        return
    kept = await _edit_in_place(context, message.chat.id, earlier, rendered)
    extra = await send(update, context, rendered[len(kept) :])
    context.memory.answers.put(_key(message), (*kept, *(m.message_id for m in extra)))


def answer_for(
    message: Message, context: BotContext, usual: str | None = None
) -> list[render.Rendered]:
    """The engine's answer to the message's text, rendered in the answer's language.

    The chat's /settings choice and the sender's app language (`usual`) go to
    the engine, which also hears the question's own language; the language
    the answer is written in is remembered for the buttons under it.
    """
    services = context.services
    text = mention(context.bot.username).sub(" ", message.text or "")
    chat_id = message.chat.id
    now = services.clock()
    memory = services.conversations.last_item
    snapshot = services.source.snapshot  # one snapshot for the answer and its buttons
    request = services.subscriptions.propose(chat_id, text, memory.get(chat_id))
    if request is not None:  # "remind me about ...": confirmed by a button, then stored
        if isinstance(request, Proposal):
            return [proposal_message(request)]
        return [outcome_message(request, snapshot.knowledge)]
    zone = services.zone_of(chat_id)
    chosen = chosen_language(context, chat_id)
    answer = snapshot.engine.ask(
        text, now, zone, memory.get(chat_id), language=chosen, usual_language=usual
    )
    if answer.item_id:
        memory[chat_id] = answer.item_id
    context.memory.spoken.put(chat_id, answer.language)
    services.activity.question(text, answer.kind is not AnswerKind.UNKNOWN)
    with speaking(answer.language):
        key = _remember_list(context, answer)
        return render.answer_messages(answer, snapshot.knowledge, now, zone, key)


def _remember_list(context: BotContext, answer: Answer) -> str | None:
    """Keep a long list's ids under a short key, for its "Show all" button."""
    if answer.kind is not AnswerKind.LIST or len(answer.items) <= render.LIST_CAP:
        return None
    key = callbacks.list_key(answer.items)
    context.memory.lists.put(key, (render.list_heading(answer), answer.items))
    return key


async def _edit_in_place(
    context: BotContext, chat_id: int, earlier: tuple[int, ...], rendered: list[render.Rendered]
) -> tuple[int, ...]:
    """Edit the earlier answer's messages to the new parts; delete those no longer needed."""
    for message_id, (text, keyboard) in zip(earlier, rendered, strict=False):
        try:
            await context.bot.edit_message_text(text, chat_id, message_id, reply_markup=keyboard)
        except BadRequest as exc:
            if "not modified" not in str(exc).lower():
                raise
    for message_id in earlier[len(rendered) :]:
        await context.bot.delete_message(chat_id, message_id)
    return earlier[: len(rendered)]


def _key(message: Message) -> tuple[int, int]:
    return message.chat.id, message.message_id
