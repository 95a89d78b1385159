"""The rings hold: the domain is pure, and only the Telegram adapters import telegram."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
DOMAIN = (
    "knowledge/items knowledge/dates knowledge/parse knowledge/fields knowledge/tags "
    "knowledge/zones answering/answers answering/text answering/subscription_requests "
    "reminders/preferences reminders/promises "
    "answering/intents answering/matching answering/listing answering/phrasing "
    "answering/engine answering/roles answering/question answering/heard answering/evidence "
    "answering/choice answering/talk answering/topics answering/mentions "
    "answering/spelling answering/item_words answering/question_words answering/question_typos "
    "answering/list_signals answering/item_index answering/naming answering/headings "
    "reminders/rules reminders/targets reminders/wording "
    "reminders/per_chat "
    "answering/glossing answering/tongues answering/lexicons/__init__ answering/lexicons/de "
    "answering/lexicons/fr answering/lexicons/es answering/lexicons/it answering/lexicons/pl "
    "languages/codes languages/speech languages/catalogues languages/dates"
).split()
NOT_IN_DOMAIN = {"telegram", "sqlalchemy", "alembic", "aiohttp", "httpx", "apscheduler"}
# What each package may import of the bot besides itself (the borders its __init__ states).
PACKAGE_BORDERS = {
    "knowledge": (),
    "languages": ("bot.knowledge",),  # dates: English is bot.knowledge.dates' wording
    "answering": ("bot.knowledge", "bot.languages"),
    "store": (
        "bot.knowledge.items",
        "bot.reminders.targets",
        "bot.reminders.preferences",
        "bot.migrations",
        "bot.languages",
    ),  # fmt: skip
    "delivery": ("bot.knowledge", "bot.store", "bot.reminders.targets", "bot.health"),
    "reminders": (
        "bot.knowledge",
        "bot.languages",
        "bot.answering",
        "bot.delivery",
        "bot.store",
        "bot.health",
    ),
}
ADAPTERS = ("bot.telegram", "bot.cli", "bot.console", "bot.__main__")
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


def module_name(path: Path) -> str:
    """`bot/answering/engine.py` -> `bot.answering.engine` (a package by its own name)."""
    parts = path.relative_to(BOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def bot_imports(tree: ast.AST) -> set[str]:
    """The bot modules a module imports; `from bot.x import y` counts y when it is a module."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "bot"}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.split(".")[0] != "bot":
                continue
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                where = BOT.parent / sub.replace(".", "/")
                is_module = where.with_suffix(".py").exists() or (where / "__init__.py").exists()
                found.add(sub if is_module else node.module)
    return found


def is_adapter(path: Path) -> bool:
    return module_name(path).startswith(ADAPTERS)


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
def test_domain_modules_never_import_io_libraries(path: Path) -> None:
    assert imported_roots(parse(path)) & NOT_IN_DOMAIN == set()


@pytest.mark.parametrize("path", domain_modules(), ids=name)
def test_domain_modules_import_only_the_domain(path: Path) -> None:
    domain = {module_name(p) for p in domain_modules()}
    assert bot_imports(parse(path)) - domain == set()


@pytest.mark.parametrize("path", domain_modules(), ids=name)
def test_domain_modules_never_read_the_clock(path: Path) -> None:
    assert clock_calls(parse(path)) == []


@pytest.mark.parametrize(("package", "allowed"), list(PACKAGE_BORDERS.items()))
def test_each_package_imports_only_what_its_init_allows(
    package: str, allowed: tuple[str, ...]
) -> None:
    crossing = {
        f"{module_name(path)} imports {imported}"
        for path in modules()
        if module_name(path).startswith(f"bot.{package}")
        for imported in bot_imports(parse(path))
        if not imported.startswith((f"bot.{package}", *allowed))
    }
    assert crossing == set()


@pytest.mark.parametrize("path", [p for p in modules() if not may_import_telegram(p)], ids=name)
def test_only_the_telegram_package_imports_telegram(path: Path) -> None:
    assert "telegram" not in imported_roots(parse(path))


@pytest.mark.parametrize("path", [p for p in modules() if not is_adapter(p)], ids=name)
def test_nothing_inside_imports_the_adapters(path: Path) -> None:
    assert {m for m in bot_imports(parse(path)) if m.startswith(ADAPTERS)} == set()


def test_few_modules_sit_directly_under_bot() -> None:
    assert len([p for p in BOT.glob("*.py") if p.name != "__init__.py"]) <= 10


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


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ("from bot.answering import phrasing", {"bot.answering.phrasing"}),
        ("from bot import store", {"bot.store"}),
        ("from bot.knowledge.items import Event", {"bot.knowledge.items"}),
        ("import bot.migrations", {"bot.migrations"}),
        ("from rapidfuzz import fuzz", set()),
    ],
)
def test_the_border_check_names_the_imported_module(source: str, found: set[str]) -> None:
    assert bot_imports(ast.parse(source)) == found
