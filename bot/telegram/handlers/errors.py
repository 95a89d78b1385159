"""The global error handler, and remembering who talks to the bot."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot import store
from bot.languages.speech import N_, _, speaking
from bot.telegram.handlers.context import BotContext
from bot.telegram.handlers.language import language_of

log = logging.getLogger(__name__)
APOLOGY = N_("Sorry, something went wrong on my side. Please try again in a moment.")


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure (the token is filtered out); apologise, or mark a chat that blocked us."""
    chat = update.effective_chat if isinstance(update, Update) else None
    error = context.error
    if isinstance(error, Forbidden) and chat is not None:
        mark_blocked(context, chat.id)
    elif update is None and isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        # getUpdates failed (PTB polls again by itself): one line, not a traceback a minute.
        log.warning("polling for updates failed, retrying: %s", error)
    else:
        log.error("update failed", exc_info=error)
        if chat is not None:
            await apologise(context, chat.id, _language(update, context))


def mark_blocked(context: BotContext, chat_id: int) -> None:
    """Remember that the chat blocked the bot (or removed it): nothing more is sent there."""
    services = context.services
    services.activity.flush()  # the chat's row first, so "blocked" sticks to it
    with services.database.session() as s:
        store.mark_chat_blocked(s, chat_id, services.clock())
    log.info("chat %s blocked the bot", chat_id)


def _language(update: object, context: BotContext) -> str | None:
    """The chat's language, if even that can be found out after a failure."""
    if not isinstance(update, Update):
        return None
    try:
        return language_of(update, context)
    except Exception:  # noqa: BLE001 - the failure may be the store's; apologise in English
        return None


async def apologise(context: BotContext, chat_id: int, language: str | None = None) -> None:
    """Tell the user something failed, in their language; if even that fails, the log has it."""
    with speaking(language):
        text = _(APOLOGY)
    try:
        await context.bot.send_message(chat_id, text)
    except TelegramError:
        log.warning("could not send the apology to chat %s", chat_id)


async def remember_chat(update: Update, context: BotContext) -> None:
    """Note the chat (first seen, language, type); written in the next batch."""
    chat = update.effective_chat
    if chat is None:
        return
    user = update.effective_user
    context.services.activity.chat_seen(chat.id, chat.type, user.language_code if user else None)
