"""What Telegram shows of the bot before anyone asks: menus per scope and language, descriptions.

Telegram picks a menu by scope first, then by the user's app language, so
every scope gets one menu per language: the English one without a
language_code (everyone else's), and one for each other language we speak.
"""

from __future__ import annotations

import logging

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.config import Settings
from bot.languages.codes import ENGLISH, LANGUAGES
from bot.languages.speech import _, speaking
from bot.telegram.handlers import commands

log = logging.getLogger(__name__)


def command_menu() -> list[BotCommand]:
    """The menu Telegram shows everyone: the users' commands, in the current language."""
    return [BotCommand(name, _(description)) for name, description in commands.COMMANDS]


def admin_menu() -> list[BotCommand]:
    """The menu each admin sees in their own chat with the bot: the users' and theirs."""
    return command_menu() + [BotCommand(n, _(d)) for n, d in commands.ADMIN_MENU]


def language_code(language: str) -> str | None:
    """The language_code a menu is registered under: none for English, the default."""
    return None if language == ENGLISH else language


async def introduce(bot: Bot, settings: Settings) -> None:
    """Menus per scope (everyone's, then each admin's), description and short description.

    None of it is worth refusing to start over: a failure is a warning in the log.
    An admin who never opened a chat with the bot has no chat to scope a menu to.
    """
    for language in LANGUAGES:
        with speaking(language):
            await _menus(bot, settings, language_code(language))
    try:
        await bot.set_my_description(settings.description)
        await bot.set_my_short_description(settings.short_description)
    except TelegramError as exc:
        log.warning("could not set the bot's description: %s", exc)


async def _menus(bot: Bot, settings: Settings, code: str | None) -> None:
    """Everyone's menu and each admin's, in the current language, under `code`."""
    try:
        await bot.set_my_commands(command_menu(), language_code=code)
    except TelegramError as exc:
        log.warning("could not set the command menu (%s): %s", code or "default", exc)
    for admin_id in sorted(settings.admin_user_ids):
        try:
            scope = BotCommandScopeChat(admin_id)
            await bot.set_my_commands(admin_menu(), scope=scope, language_code=code)
        except TelegramError as exc:
            log.warning("no admin menu for user %s (has it started the bot?): %s", admin_id, exc)
