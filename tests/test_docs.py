"""The commands agree everywhere: handlers, the Telegram menu, /help and the README."""

from __future__ import annotations

import re
from pathlib import Path

from bot.app import command_handlers, command_menu
from bot.handlers.commands import ADMIN_COMMANDS, COMMANDS, help_message

README = Path(__file__).resolve().parent.parent / "README.md"


def readme_section(title: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index(f"\n## {title}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else None]


def mentioned(text: str) -> set[str]:
    return set(re.findall(r"/([a-z_]+)", text))


def test_every_handled_command_is_a_user_or_an_admin_command():
    handled = [name for name, _ in command_handlers()]
    assert len(handled) == len(set(handled))
    assert set(handled) == {name for name, _ in COMMANDS} | set(ADMIN_COMMANDS)


def test_every_handled_command_is_in_the_readme_telegram_commands():
    missing = {name for name, _ in command_handlers()} - mentioned(
        readme_section("Telegram commands")
    )
    assert not missing, f"add to README.md, section 'Telegram commands': {sorted(missing)}"


def test_every_user_command_is_in_the_menu_and_in_help():
    users = {name for name, _ in COMMANDS}
    assert {c.command for c in command_menu()} == users
    assert users <= mentioned(help_message())


def test_admin_commands_stay_out_of_the_menu_and_help():
    assert not set(ADMIN_COMMANDS) & {c.command for c in command_menu()}
    assert not set(ADMIN_COMMANDS) & mentioned(help_message())


def test_menu_entries_are_valid_for_telegram():
    for entry in command_menu():
        assert re.fullmatch(r"[a-z0-9_]{1,32}", entry.command)
        assert 3 <= len(entry.description) <= 256
