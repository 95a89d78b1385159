"""The typed context every handler receives, and the helpers they share."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from telegram import Message, ReplyParameters, Update
from telegram.constants import ChatType
from telegram.ext import CallbackContext, ExtBot

from bot.services import Services
from bot.telegram.memory import Memory
from bot.telegram.render import Rendered

MEMORY = "memory"  # bot_data key of the adapter's bounded memory
# Seconds to upload a document: PTB 21 warns when a custom transport is left to its default.
MEDIA_WRITE_TIMEOUT = 20.0


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """A CallbackContext with one typed door to the services (PTB contexttypesbot)."""

    @property
    def services(self) -> Services:
        """The services built at start-up."""
        return cast(Services, self.bot_data["services"])

    @property
    def memory(self) -> Memory:
        """Answers sent and lists shown, for edits and "Show all"."""
        return cast(Memory, self.bot_data.setdefault(MEMORY, Memory()))


def thread_of(update: Update) -> int | None:
    """The forum topic the update came from, so the answer lands in the same one."""
    message = update.effective_message
    if message is None or not message.is_topic_message:
        return None
    return message.message_thread_id


def _reply_to(update: Update) -> ReplyParameters | None:
    """In groups, answer a user's message as a reply to it: several people talk there."""
    message = update.message or update.edited_message
    if message is None or message.chat.type == ChatType.PRIVATE:
        return None
    return ReplyParameters(message.message_id, allow_sending_without_reply=True)


async def send(update: Update, context: BotContext, messages: Sequence[Rendered]) -> list[Message]:
    """Send rendered messages to the chat (and topic) the update came from; the messages sent."""
    chat = update.effective_chat
    if chat is None:
        return []
    thread, reply = thread_of(update), _reply_to(update)
    sent = []
    for text, keyboard in messages:
        sent.append(
            await context.bot.send_message(
                chat.id, text, reply_markup=keyboard, message_thread_id=thread,
                reply_parameters=reply,
            )
        )  # fmt: skip
        reply = None  # the first part is the reply; the rest follow it
    return sent
