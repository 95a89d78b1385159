"""The rings hold: the domain is pure, and only the Telegram adapters import telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
DOMAIN = (
    "knowledge/items knowledge/dates knowledge/parse answering/answers answering/text "
    "answering/intents answering/matching answering/listing answering/phrasing "
    "answering/engine answering/roles answering/question answering/heard answering/evidence "
    "answering/choice answering/talk answering/topics answering/mentions "
    "answering/spelling answering/item_words "
    "reminders/rules reminders/targets reminders/wording"
).split()
NOT_IN_DOMAIN = {"telegram", "sqlalchemy", "alembic"}
CLOCK_CALLS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
}


def modules() -> list[Path]:
    """Every Python file of the bot package, subpackages included."""
    return sorted(BOT.rglob("*.py"))


def domain_modules() -> list[Path]:
    return [BOT / f"{name}.py" for name in DOMAIN if (BOT / f"{name}.py").exists()]


def name(path: Path) -> str:
    return path.relative_to(BOT.parent).as_posix()


def parse(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def imported_roots(tree: ast.AST) -> set[str]:
    """Top-level packages a module imports, wherever the import statement sits."""
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


def clock_calls(tree: ast.AST) -> list[str]:
    """Calls that read the system clock: datetime.now(), date.today(), time.time() and kin."""
    bare = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "time"
        for alias in node.names
        if alias.name == "time"
    }
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):
            owner = func.value
            owner_name = (
                owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            )
            if (owner_name, func.attr) in CLOCK_CALLS:
                found.append(f"{owner_name}.{func.attr}() at line {node.lineno}")
        elif isinstance(func, ast.Name) and func.id in bare:
            found.append(f"time() at line {node.lineno}")
    return found


def may_import_telegram(path: Path) -> bool:
    return path.relative_to(BOT).parts[0] == "telegram"


def test_the_domain_modules_exist() -> None:
    found = {path.stem for path in domain_modules()}
    assert {"items", "dates", "text", "intents", "matching", "engine"} <= found


@pytest.mark.parametrize("path", domain_modules(), ids=name)
def test_domain_modules_never_import_telegram_sqlalchemy_or_alembic(path: Path) -> None:
    assert imported_roots(parse(path)) & NOT_IN_DOMAIN == set()


@pytest.mark.parametrize("path", domain_modules(), ids=name)
def test_domain_modules_never_read_the_clock(path: Path) -> None:
    assert clock_calls(parse(path)) == []


@pytest.mark.parametrize("path", [p for p in modules() if not may_import_telegram(p)], ids=name)
def test_only_the_telegram_adapters_import_telegram(path: Path) -> None:
    assert "telegram" not in imported_roots(parse(path))


@pytest.mark.parametrize(
    ("source", "roots"),
    [
        ("import telegram", {"telegram"}),
        ("import telegram.ext as ext", {"telegram"}),
        ("from telegram.ext import Application", {"telegram"}),
        ("def f():\n    from sqlalchemy import select", {"sqlalchemy"}),
        ("from . import items\nfrom .dates import utc", set()),
        ("from bot.knowledge.items import Event", {"bot"}),
    ],
)
def test_the_import_check_sees_every_form_of_import(source: str, roots: set[str]) -> None:
    assert imported_roots(ast.parse(source)) == roots


@pytest.mark.parametrize(
    ("source", "count"),
    [
        ("from datetime import datetime\ndatetime.now(UTC)", 1),
        ("import datetime\ndatetime.datetime.now()", 1),
        ("from datetime import date\ndate.today()", 1),
        ("import time\ntime.time()", 1),
        ("from time import time as clock\nclock()", 1),
        ("def f(now):\n    return now.date()", 0),
        ("moment.astimezone(zone)", 0),
    ],
)
def test_the_clock_check_finds_clock_reads(source: str, count: int) -> None:
    assert len(clock_calls(ast.parse(source))) == count


@pytest.mark.parametrize(
    ("relative", "allowed"),
    [
        ("telegram/app.py", True),
        ("telegram/render.py", True),
        ("telegram/handlers/ask.py", True),
        ("answering/engine.py", False),
        ("console.py", False),
        ("store/telegram_ids.py", False),
        ("telegram_sender.py", False),
    ],
)
def test_the_telegram_allow_list(relative: str, allowed: bool) -> None:
    assert may_import_telegram(BOT / relative) is allowed
