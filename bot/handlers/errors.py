"""The global error handler, and remembering who talks to the bot."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError

from bot import store
from bot.handlers.context import BotContext

log = logging.getLogger(__name__)
APOLOGY = "Sorry, something went wrong on my side. Please try again in a moment."


async def on_error(update: object, context: BotContext) -> None:
    """Log the traceback (the token is filtered out), apologise, mark blocked chats."""
    chat = update.effective_chat if isinstance(update, Update) else None
    if isinstance(context.error, Forbidden) and chat is not None:
        context.services.activity.flush()  # the chat's row first, so "blocked" sticks to it
        with context.services.database.session() as s:
            store.mark_chat_blocked(s, chat.id, context.services.clock())
        log.info("chat %s blocked the bot", chat.id)
        return
    log.error("update failed", exc_info=context.error)
    if chat is None:
        return
    try:
        await context.bot.send_message(chat.id, APOLOGY)
    except TelegramError:
        log.warning("could not send the apology to chat %s", chat.id)


async def remember_chat(update: Update, context: BotContext) -> None:
    """Note the chat (first seen, language, type); written in the next batch."""
    chat = update.effective_chat
    if chat is None:
        return
    user = update.effective_user
    context.services.activity.chat_seen(chat.id, chat.type, user.language_code if user else None)
