"""Command line: `eccp-bot [run|chat|ask|knowledge check|db upgrade|export ics|health]`.

A thin layer in the manner of sqlite-utils' cli.py: parse arguments, load
settings and knowledge, call the library, turn errors into one clear line and
an exit status.  The database, calendar and Telegram modules are imported by
the commands that use them, so `ask` starts in a fraction of a second.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot import console, failures
from bot.answering.engine import Engine
from bot.config import ConfigError, Settings, load_settings
from bot.knowledge.items import Knowledge
from bot.knowledge.parse import KnowledgeError, parse_knowledge
from bot.knowledge.source import read_sources, require_items, summary_line
from bot.languages.codes import LANGUAGES

if TYPE_CHECKING:
    from bot.store import Store

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
PROG = "eccp-bot"


def version() -> str:
    """The installed version (the source tree's pyproject when not installed)."""
    try:
        return metadata.version("eccp-bot")
    except metadata.PackageNotFoundError:
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser, one sub-command per use; global options go before or after it."""
    parser = argparse.ArgumentParser(prog=PROG, description=__doc__)
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    _global_options(parser, None)
    common = argparse.ArgumentParser(add_help=False)
    _global_options(common, argparse.SUPPRESS)  # after the command: only when given
    commands = parser.add_subparsers(dest="command")

    def command(
        group: argparse._SubParsersAction[argparse.ArgumentParser], name: str, text: str
    ) -> argparse.ArgumentParser:
        return group.add_parser(name, help=text, parents=[common])

    run = command(commands, "run", "start the Telegram bot (chat in the terminal without a token)")
    run.add_argument(
        "--webhook", action="store_true", help="receive updates by webhook, not polling"
    )
    chat = command(commands, "chat", "talk to the bot in the terminal")
    _knowledge_options(chat)
    ask = command(commands, "ask", "answer questions given as arguments or one a line on stdin")
    _knowledge_options(ask)
    ask.add_argument("--json", action="store_true", help="print one JSON object a line")
    ask.add_argument("questions", nargs="*", metavar="QUESTION")
    knowledge = command(commands, "knowledge", "knowledge files")
    check = command(
        knowledge.add_subparsers(dest="action", required=True),
        "check",
        "validate the knowledge files and print every problem",
    )
    check.add_argument("directory", nargs="?", type=Path)
    export = command(commands, "export", "export the knowledge")
    ics = command(
        export.add_subparsers(dest="action", required=True),
        "ics",
        "one calendar file with every event and deadline",
    )
    ics.add_argument("file", nargs="?", type=Path, help="output file (default: stdout)")
    db = command(commands, "db", "the database")
    command(
        db.add_subparsers(dest="action", required=True),
        "upgrade",
        "apply the schema migrations (also done at start-up)",
    )
    command(commands, "health", "ask the running bot's /healthz (exit 0 when healthy)")
    return parser


def _global_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--config", type=Path, default=default, help="settings file (see config.example.toml)"
    )
    parser.add_argument(
        "--knowledge", type=Path, default=default, help="knowledge folder (default: knowledge/)"
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        default=False if default is None else default,
        help="print the traceback of a failure (also at LOG_LEVEL=DEBUG)",
    )


def _knowledge_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--now", type=parse_now, help="fix the clock: ISO 8601 with offset")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="the user's language: questions may be written in it and answers are (default: "
        "the language each question is written in, else English)",
    )


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
    """Run the command line and return the exit status; a failure is one line on stderr."""
    args = build_parser().parse_args(argv)
    debug: bool = args.debug
    try:
        settings = load_settings(args.config)
        if args.knowledge is not None:
            settings = replace(settings, knowledge_dir=args.knowledge)
        debug = debug or settings.log_level == "DEBUG"
        return _dispatch(args, settings)
    except (ConfigError, KnowledgeError) as exc:
        for line in _problem_lines(exc):
            print(f"error: {line}", file=sys.stderr)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # every start-up failure: one line, the traceback on request
        if debug:
            traceback.print_exc()
        print(f"error: {failures.describe(exc)}", file=sys.stderr)
    return EXIT_FAILURE


def _problem_lines(exc: ConfigError | KnowledgeError) -> list[str]:
    problems = [str(p) for p in exc.problems]
    if isinstance(exc, KnowledgeError) and len(problems) > 1:
        problems.append(f"{len(problems)} problems in the knowledge files")
    return problems


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
    if args.command == "health":
        return health_check(settings)
    return run(args, settings)


def load_knowledge(directory: Path, zone: ZoneInfo) -> Knowledge:
    """Every knowledge file of a folder, validated; raises KnowledgeError with all problems."""
    knowledge = parse_knowledge(read_sources(directory), zone)
    require_items(knowledge, directory)
    return knowledge


def _engine(settings: Settings) -> Engine:
    return Engine(load_knowledge(settings.knowledge_dir, settings.zone))


def ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer questions non-interactively, as text or JSON lines."""
    engine = _engine(settings)
    now = args.now or datetime.now(UTC)
    questions = args.questions or console.questions_from(sys.stdin)
    console.answer_all(engine, questions, now, args.json, sys.stdout, args.lang)
    return EXIT_OK


def chat(args: argparse.Namespace, settings: Settings) -> int:
    """Talk to the engine in the terminal, with subscriptions kept in the database."""
    engine = _engine(settings)
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
        console.chat(
            console.ConsoleSession(engine, clock, subscriptions, language=args.lang),
            input,
            sys.stdout,
        )
    finally:
        database.dispose()
    return EXIT_OK


def export_ics(args: argparse.Namespace, settings: Settings) -> int:
    """Write the calendar feed to a file or standard output."""
    from bot.calendar import dated, feed

    knowledge = load_knowledge(settings.knowledge_dir, settings.zone)
    data = feed(knowledge, datetime.now(UTC))
    if args.file is None:
        sys.stdout.buffer.write(data)
    else:
        args.file.write_bytes(data)
        count, left_out = len(dated(knowledge)), len(knowledge) - len(dated(knowledge))
        briefs = f" ({left_out} brief(s) have no date and are left out)" if left_out else ""
        print(f"wrote {count} events and deadlines to {args.file}{briefs}", file=sys.stderr)
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


def health_check(settings: Settings) -> int:
    """Ask the running bot's health endpoint (Docker's HEALTHCHECK): exit 0 when healthy."""
    import urllib.error
    import urllib.request

    port = settings.health.port or settings.webhook.port
    host = "127.0.0.1" if settings.health.listen in ("0.0.0.0", "::") else settings.health.listen
    url = f"http://{host}:{port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            print(response.read().decode(errors="replace").strip())
            return EXIT_OK
    except urllib.error.HTTPError as exc:
        body = exc.read().decode(errors="replace").strip()
        print(f"error: unhealthy ({exc.code}): {body}", file=sys.stderr)
    except OSError as exc:
        print(f"error: no answer from {url}: {getattr(exc, 'reason', exc)}", file=sys.stderr)
    return EXIT_FAILURE


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
    """Start the Telegram bot; without a token, the terminal chat if there is a terminal."""
    if not settings.telegram_token:
        if not sys.stdin.isatty():  # a service manager must see a failure, not a chat
            print(f"error: {failures.NO_TOKEN}", file=sys.stderr)
            return EXIT_FAILURE
        print("No TELEGRAM_BOT_TOKEN set: opening the terminal chat instead.", file=sys.stderr)
        args.now, args.lang = None, None  # the chat's options, which `run` does not take
        return chat(args, settings)
    from bot.telegram.app import run_bot  # imported late: the terminal paths never load telegram

    return run_bot(settings, webhook=args.webhook)
