"""The typed context every handler receives, and the helpers they share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from telegram import Update
from telegram.ext import CallbackContext, ExtBot

from bot.services import Services
from bot.telegram.render import Rendered


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """A CallbackContext with one typed door to the services (PTB contexttypesbot)."""

    @property
    def services(self) -> Services:
        """The services built at start-up."""
        return cast(Services, self.bot_data["services"])


async def send(update: Update, context: BotContext, messages: Sequence[Rendered]) -> None:
    """Send rendered messages to the chat the update came from."""
    chat = update.effective_chat
    if chat is None:
        return
    for text, keyboard in messages:
        await context.bot.send_message(chat.id, text, reply_markup=keyboard)
