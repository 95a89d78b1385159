"""In groups, a group's reminders are the group's admins' to change.

Without this any member could `/stop` and wipe what the whole group
follows.  Telegram says who is an admin (getChatMember); an anonymous
admin writes as the group itself, which counts as the group's admins.
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any

from telegram import ChatMember, Update
from telegram.constants import ChatType

from bot.languages.speech import N_, _
from bot.telegram import render
from bot.telegram.handlers.context import BotContext, send

ONLY_ADMINS = N_("Only this group's admins can change its reminders.")
MANAGERS = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}
Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


async def may_manage(update: Update, context: BotContext) -> bool:
    """Whether the sender may change the chat's subscriptions (anyone in a private chat)."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or chat.type in (ChatType.PRIVATE, ChatType.CHANNEL):
        return True
    message = update.effective_message
    if update.callback_query is None and message and message.sender_chat:
        return message.sender_chat.id == chat.id  # an anonymous admin of this group
    if user is None:
        return False
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in MANAGERS


def group_admins_only(handler: Handler) -> Handler:
    """Run the handler in private chats, and in groups for the group's admins only."""

    @wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        if await may_manage(update, context):
            await handler(update, context)
        else:
            await send(update, context, [(render.escape(_(ONLY_ADMINS)), None)])

    return guarded
