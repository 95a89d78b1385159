"""Shared fixtures: one database URL per supported database, and a migrated store."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import OperationalError

from bot.config import Settings
from bot.services import Services, build_services
from bot.store import Store, create_db_engine, normalize_url, upgrade_schema
from tests.fake_bot_api import FakeBotApi
from tests.telegram_harness import NOW, TOKEN, bot_settings, running_bot

# Property tests check behaviour, not speed: a busy CI machine must not fail them
# on Hypothesis' 200 ms deadline, and no example database is written into the tree.
settings.register_profile("project", deadline=None, database=None)
settings.load_profile("project")

DEFAULT_TEST_DATABASE_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@cache
def _postgres_problem(url: URL) -> str | None:
    """Why PostgreSQL cannot be used (asked once per run), or None if it can."""
    engine = create_engine(url, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            return None
    except OperationalError as exc:
        return str(exc.orig or exc).strip().splitlines()[0]
    finally:
        engine.dispose()


def _postgres_base_url() -> URL:
    url = normalize_url(os.environ.get("TEST_DATABASE_URL", DEFAULT_TEST_DATABASE_URL))
    problem = _postgres_problem(url)
    if problem is None:
        return url
    message = f"PostgreSQL at {url.render_as_string()} is unreachable: {problem}"
    if os.environ.get("REQUIRE_POSTGRES") == "1":
        pytest.fail(f"{message} (REQUIRE_POSTGRES=1)", pytrace=False)
    pytest.skip(message)


def _in_schema(url: URL, schema: str) -> URL:
    """The same database with `schema` first on the search path of every connection.

    Everything unqualified, Alembic's version table included, then lives in
    that schema, so tests running in parallel never see each other's tables.
    """
    given = url.query.get("options", "")
    options = " ".join(filter(None, [str(given), f"-csearch_path={schema}"]))
    return url.update_query_dict({"options": options})


def _fresh_postgres_schema() -> Iterator[str]:
    """A URL to a fresh, empty schema for one test; the schema is dropped afterwards."""
    base = _postgres_base_url()
    schema = f"test_{uuid.uuid4().hex}"
    admin = create_engine(base)
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        yield _in_schema(base, schema).render_as_string(hide_password=False)
        with admin.begin() as connection:
            connection.execute(text("SET LOCAL lock_timeout = '10s'"))
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a SQLite file, then a private PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path}/t.sqlite3"
    else:
        yield from _fresh_postgres_schema()


@pytest.fixture
def store(database_url: str) -> Iterator[Store]:
    """A Store over a database migrated to the newest schema."""
    engine = create_db_engine(database_url)
    try:
        upgrade_schema(engine)
        yield Store(engine)
    finally:
        engine.dispose()


@pytest.fixture(autouse=True)
def _ptb_timedelta(monkeypatch: pytest.MonkeyPatch) -> None:
    """Opt in to PTB 22's timedelta periods; the int form warns, and warnings are errors."""
    monkeypatch.setenv("PTB_TIMEDELTA", "true")


# --- The Telegram side: the fake Bot API and the real bot polling it -------------------------


@pytest.fixture
async def fake_api() -> AsyncIterator[FakeBotApi]:
    """The fake Bot API server on a free loopback port."""
    async with FakeBotApi(token=TOKEN) as server:
        yield server


@pytest.fixture
def app_settings(fake_api: FakeBotApi, tmp_path: Path) -> Settings:
    """Settings for the fake server, an SQLite file in tmp_path and the test knowledge."""
    return bot_settings(fake_api, tmp_path)


@pytest.fixture
def knowledge_dir(app_settings: Settings) -> Path:
    """The folder of the test knowledge (a few events, a call and a brief as TOML)."""
    return app_settings.knowledge_dir


@pytest.fixture
def app_services(app_settings: Settings) -> Iterator[Services]:
    """The services over a migrated SQLite store, with the fixed clock; not started."""
    services = build_services(app_settings, clock=lambda: NOW)
    yield services
    services.database.dispose()


@pytest.fixture
async def bot(app_settings: Settings) -> AsyncIterator[Services]:
    """The real Application polling the fake (fixed clock); yields its services."""
    async with running_bot(app_settings) as services:
        yield services
