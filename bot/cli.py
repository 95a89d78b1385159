"""Command line: `python main.py [run|chat|ask|knowledge check|db upgrade|export ics]`.

A thin layer in the manner of sqlite-utils' cli.py: parse arguments, load
settings and knowledge, call the library, turn errors into one clear line and
an exit status.  The database, calendar and Telegram modules are imported by
the commands that use them, so `ask` starts in a fraction of a second.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import console
from bot.answering.engine import Engine
from bot.config import ConfigError, Settings, load_settings
from bot.knowledge.items import Knowledge
from bot.knowledge.parse import KnowledgeError, parse_knowledge
from bot.knowledge.source import read_sources, require_items, summary_line

if TYPE_CHECKING:
    from bot.store import Store

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per use."""
    parser = argparse.ArgumentParser(prog="main.py", description=__doc__)
    parser.add_argument("--config", type=Path, help="settings file (see config.example.toml)")
    commands = parser.add_subparsers(dest="command")
    run = commands.add_parser(
        "run", help="start the Telegram bot (chat in the terminal without a token)"
    )
    run.add_argument(
        "--webhook", action="store_true", help="receive updates by webhook, not polling"
    )
    chat = commands.add_parser("chat", help="talk to the bot in the terminal")
    _knowledge_options(chat)
    ask = commands.add_parser(
        "ask", help="answer questions given as arguments or one a line on stdin"
    )
    _knowledge_options(ask)
    ask.add_argument("--json", action="store_true", help="print one JSON object a line")
    ask.add_argument("questions", nargs="*", metavar="QUESTION")
    knowledge = commands.add_parser("knowledge", help="knowledge files")
    check = knowledge.add_subparsers(dest="action", required=True).add_parser(
        "check", help="validate the knowledge files and print every problem"
    )
    check.add_argument("directory", nargs="?", type=Path)
    export = commands.add_parser("export", help="export the knowledge")
    ics = export.add_subparsers(dest="action", required=True).add_parser(
        "ics", help="one calendar file with every event and deadline"
    )
    ics.add_argument("file", nargs="?", type=Path, help="output file (default: stdout)")
    ics.add_argument("--knowledge", type=Path, help="knowledge folder (default: knowledge/)")
    db = commands.add_parser("db", help="the database")
    db.add_subparsers(dest="action", required=True).add_parser(
        "upgrade", help="apply the schema migrations (also done at start-up)"
    )
    return parser


def _knowledge_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--knowledge", type=Path, help="knowledge folder (default: knowledge/)")
    parser.add_argument("--now", type=parse_now, help="fix the clock: ISO 8601 with offset")


def parse_now(text: str) -> datetime:
    """An ISO 8601 datetime with an offset; without one, 'upcoming' would be ambiguous."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 datetime: {text!r}") from exc
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"--now needs an offset, e.g. {text}+02:00")
    return moment


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit status."""
    args = build_parser().parse_args(argv)
    try:
        settings = load_settings(args.config)
        return _dispatch(args, settings)
    except (ConfigError, KnowledgeError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILURE


def _dispatch(args: argparse.Namespace, settings: Settings) -> int:
    if args.command == "ask":
        return ask(args, settings)
    if args.command == "chat":
        return chat(args, settings)
    if args.command == "knowledge":
        return check(args.directory or settings.knowledge_dir, settings.zone)
    if args.command == "db":
        return db_upgrade(settings)
    if args.command == "export":
        return export_ics(args, settings)
    return run(args, settings)


def load_knowledge(directory: Path, zone: ZoneInfo) -> Knowledge:
    """Every knowledge file of a folder, validated; raises KnowledgeError with all problems."""
    knowledge = parse_knowledge(read_sources(directory), zone)
    require_items(knowledge, directory)
    return knowledge


def _engine(args: argparse.Namespace, settings: Settings) -> Engine:
    return Engine(load_knowledge(args.knowledge or settings.knowledge_dir, settings.zone))


def ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer questions non-interactively, as text or JSON lines."""
    engine = _engine(args, settings)
    now = args.now or datetime.now(UTC)
    questions = args.questions or console.questions_from(sys.stdin)
    console.answer_all(engine, questions, now, args.json, sys.stdout)
    return EXIT_OK


def chat(args: argparse.Namespace, settings: Settings) -> int:
    """Talk to the engine in the terminal, with subscriptions kept in the database."""
    engine = _engine(args, settings)
    fixed = args.now

    def clock() -> datetime:
        return fixed or datetime.now(UTC)

    from bot.reminders.preferences import Defaults  # the database only when it is needed
    from bot.reminders.rules import parse_duration
    from bot.reminders.subscribing import SubscriptionService

    reminders = settings.reminders
    defaults = Defaults(
        tuple(parse_duration(o) for o in reminders.call_offsets),
        tuple(parse_duration(o) for o in reminders.event_offsets),
        settings.zone,
    )
    database = open_store(settings.database_url)
    try:
        subscriptions = SubscriptionService(database, lambda: engine, clock, defaults)
        console.chat(console.ConsoleSession(engine, clock, subscriptions), input, sys.stdout)
    finally:
        database.dispose()
    return EXIT_OK


def export_ics(args: argparse.Namespace, settings: Settings) -> int:
    """Write the calendar feed to a file or standard output."""
    from bot.calendar import feed

    knowledge = load_knowledge(args.knowledge or settings.knowledge_dir, settings.zone)
    data = feed(knowledge, datetime.now(UTC))
    if args.file is None:
        sys.stdout.buffer.write(data)
    else:
        args.file.write_bytes(data)
        print(f"wrote {len(knowledge)} items to {args.file}", file=sys.stderr)
    return EXIT_OK


def db_upgrade(settings: Settings) -> int:
    """Migrate the configured database to the newest schema and say which revision it is at."""
    from bot.store import create_db_engine, current_revision, upgrade_schema

    engine = create_db_engine(settings.database_url)
    try:
        upgrade_schema(engine)
        print(f"database at revision {current_revision(engine)}: {engine.url.render_as_string()}")
    finally:
        engine.dispose()
    return EXIT_OK


def open_store(url: str) -> Store:
    """The database at `url`, migrated to the newest schema."""
    from bot.store import Store, create_db_engine, upgrade_schema

    engine = create_db_engine(url)
    upgrade_schema(engine)
    return Store(engine)


def check(directory: Path, zone: ZoneInfo) -> int:
    """Validate a knowledge folder: every problem, or a one-line summary."""
    try:
        knowledge = load_knowledge(directory, zone)
    except KnowledgeError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {directory}", file=sys.stderr)
        return EXIT_FAILURE
    print(summary_line(knowledge))
    return EXIT_OK


def run(args: argparse.Namespace, settings: Settings) -> int:
    """Start the Telegram bot; without a token, open the terminal chat instead."""
    if not settings.telegram_token:
        print("No TELEGRAM_BOT_TOKEN set: opening the terminal chat instead.", file=sys.stderr)
        args.knowledge, args.now = None, None
        return chat(args, settings)
    from bot.telegram.app import run_bot  # imported late: the terminal paths never load telegram

    return run_bot(settings, webhook=args.webhook)
