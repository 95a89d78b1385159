"""The docs agree with the code: commands, /help, the README, CI and the example config."""

from __future__ import annotations

import argparse
import inspect
import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from bot import config
from bot.cli import build_parser
from bot.config.schema import SCHEMA
from bot.telegram.app import command_handlers
from bot.telegram.handlers.commands import ADMIN_COMMANDS, COMMANDS, help_message
from bot.telegram.profile import command_menu

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CI = ROOT / ".ci" / "run"
EXAMPLE_CONFIG = ROOT / "config.example.toml"
MENU = [name for name, _ in COMMANDS]


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


def command_mentioned(name: str, text: str) -> bool:
    """True if text names /name as a whole command (/subscribe is not /subscriptions)."""
    return re.search(rf"(?<![\w/])/{name}(?![\w-])", text) is not None


# --- Telegram commands --------------------------------------------------------------------------


@pytest.mark.parametrize("name", MENU)
def test_every_menu_command_is_in_the_readme(name):
    assert command_mentioned(name, README.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", MENU)
def test_every_menu_command_is_in_the_help_text(name):
    assert command_mentioned(name, help_message())


@pytest.mark.parametrize("name", MENU)
def test_every_menu_command_has_an_async_handler(name):
    handlers = dict(command_handlers())
    assert inspect.iscoroutinefunction(handlers[name])


def test_every_registered_command_is_in_the_menu_or_an_admin_command():
    unlisted = {name for name, _ in command_handlers()} - set(MENU) - set(ADMIN_COMMANDS)
    assert not unlisted, f"add to COMMANDS or ADMIN_COMMANDS: {sorted(unlisted)}"


def test_no_command_is_both_in_the_menu_and_an_admin_command():
    assert not set(MENU) & set(ADMIN_COMMANDS)


# --- the command line ---------------------------------------------------------------------------


def sub_commands(parser: argparse.ArgumentParser, prefix: str = "") -> list[str]:
    """The leaf sub-commands of a parser, nested ones as 'knowledge check'."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                found += sub_commands(child, f"{prefix}{name} ") or [f"{prefix}{name}"]
    return found


def test_the_cli_has_the_documented_sub_commands():
    assert sub_commands(build_parser()) == [
        "run",
        "chat",
        "ask",
        "knowledge check",
        "export ics",
        "db upgrade",
        "health",
    ]


@pytest.mark.parametrize("command", sub_commands(build_parser()))
def test_every_cli_sub_command_is_in_the_readme(command):
    assert f"python main.py {command}" in README.read_text(encoding="utf-8")


# --- the README's two commands and CI -----------------------------------------------------------

FIRST_TWO_BLOCKS = re.compile(r"\A# [^\n]+\n+```sh\n([^\n]+)\n```\n+```sh\n([^\n]+)\n```\n")


def readme_commands() -> tuple[str, str]:
    """The two one-line fenced commands the README starts with: run, then test."""
    found = FIRST_TWO_BLOCKS.match(README.read_text(encoding="utf-8"))
    assert found, "README.md must start with its title and two fenced one-line commands"
    return found[1], found[2]


def test_the_readme_starts_with_the_command_that_runs_the_bot():
    assert "main.py" in readme_commands()[0]


def test_the_readme_then_gives_the_command_that_runs_the_tests():
    assert "pytest" in readme_commands()[1]


def ci_commands() -> list[str]:
    """The lines of .ci/run that run something (no comments, no blank lines)."""
    lines = CI.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]


def test_ci_runs_the_readmes_test_command_verbatim():
    assert readme_commands()[1] in ci_commands()


@pytest.mark.parametrize(
    "pattern", [r"(^|/)ruff check\b", r"(^|/)ruff format --check\b", r"(^|/)mypy bot\b"]
)
def test_ci_runs_the_linters_and_the_type_checker(pattern):
    """Each tool is run (as .venv/bin/tool or tool), not just named in an echo."""
    assert any(re.search(pattern, line) for line in ci_commands())


def test_ci_stops_at_the_first_failure():
    assert any(re.match(r"set -[a-z]*e", line) for line in ci_commands())


# --- config.example.toml ------------------------------------------------------------------------


def read_keys() -> dict[str, set[str]]:
    """Section -> keys the settings read: the schema that load_settings checks against."""
    return {section: set(keys) for section, keys in SCHEMA.items()}


def example_config() -> dict[str, Any]:
    return tomllib.loads(EXAMPLE_CONFIG.read_text(encoding="utf-8"))


def test_the_example_config_loads_as_settings():
    assert isinstance(config.load_settings(EXAMPLE_CONFIG, environ={}), config.Settings)


def test_every_section_of_the_example_config_is_read_by_the_settings():
    assert set(example_config()) <= set(read_keys())


def test_every_section_the_settings_read_is_in_the_example_config():
    assert set(read_keys()) <= set(example_config())


@pytest.mark.parametrize("section", sorted(example_config()))
def test_every_key_of_the_example_config_is_read_by_the_settings(section):
    assert set(example_config()[section]) <= read_keys()[section]
