"""What Telegram shows of the bot before anyone asks: menus per scope and its descriptions."""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.config import Settings
from bot.telegram.handlers import commands

log = logging.getLogger(__name__)


def command_menu() -> list[BotCommand]:
    """The menu Telegram shows everyone: the users' commands."""
    return [BotCommand(name, description) for name, description in commands.COMMANDS]


def admin_menu() -> list[BotCommand]:
    """The menu each admin sees in their own chat with the bot: the users' and theirs."""
    return command_menu() + [BotCommand(n, d) for n, d in commands.ADMIN_MENU]


async def introduce(bot: Bot, settings: Settings) -> None:
    """Menus per scope (everyone's, then each admin's), description and short description.

    None of it is worth refusing to start over: a failure is a warning in the log.
    An admin who never opened a chat with the bot has no chat to scope a menu to.
    """
    try:
        await bot.set_my_commands(command_menu())
    except TelegramError as exc:
        log.warning("could not set the command menu: %s", exc)
    for admin_id in sorted(settings.admin_user_ids):
        try:
            await bot.set_my_commands(admin_menu(), scope=BotCommandScopeChat(admin_id))
        except TelegramError as exc:
            log.warning("no admin menu for user %s (has it started the bot?): %s", admin_id, exc)
    try:
        await bot.set_my_description(settings.description)
        await bot.set_my_short_description(settings.short_description)
    except TelegramError as exc:
        log.warning("could not set the bot's description: %s", exc)
