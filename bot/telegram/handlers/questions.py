"""Free-text questions, in private chats and (when addressed) in groups."""

from __future__ import annotations

import re
from functools import cache

from telegram import Message, Update
from telegram.constants import ChatType

from bot.answering.answers import AnswerKind
from bot.reminders.outcomes import Proposal
from bot.telegram import render
from bot.telegram.handlers.context import BotContext, send
from bot.telegram.handlers.subscriptions import outcome_message, proposal_message


@cache
def mention(username: str) -> re.Pattern[str]:
    """'@thebot' as a whole word in any case ('@TheBot,' yes, '@thebot2' no)."""
    return re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE)


def addressed(message: Message, username: str, bot_id: int) -> bool:
    """In a group, only messages that mention the bot or reply to it are for us."""
    if message.chat.type == ChatType.PRIVATE:
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
    services = context.services
    text = mention(context.bot.username).sub(" ", message.text or "")
    chat_id = message.chat.id
    now = services.clock()
    memory = services.conversations.last_item
    snapshot = services.source.snapshot  # one snapshot for the answer and its buttons
    request = services.subscriptions.propose(chat_id, text, memory.get(chat_id))
    if request is not None:  # "remind me about ...": confirmed by a button, then stored
        shown = (
            proposal_message(request)
            if isinstance(request, Proposal)
            else outcome_message(request, snapshot.knowledge)
        )
        await send(update, context, [shown])
        return
    answer = snapshot.engine.ask(text, now, services.zone_of(chat_id), memory.get(chat_id))
    if answer.item_id:
        memory[chat_id] = answer.item_id
    services.activity.question(text, answer.kind is not AnswerKind.UNKNOWN)
    await send(update, context, render.answer_messages(answer, snapshot.knowledge, now))
