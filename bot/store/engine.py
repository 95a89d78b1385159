"""Opening the database: one engine per process, short sessions per unit of work."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

SQLITE_BUSY_TIMEOUT_MS = 10_000


def normalize_url(url: str) -> URL:
    """Pick psycopg 3 for PostgreSQL whatever spelling the operator used."""
    parsed = make_url(url)
    if parsed.drivername in {"postgres", "postgresql"}:
        return parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in {"sqlite", "postgresql"}:
        raise ValueError(f"unsupported database URL {parsed!r}: use sqlite:// or postgresql://")
    return parsed


def create_db_engine(url: str) -> Engine:
    """Build an engine for `sqlite:///path`, `sqlite://` (memory) or `postgresql://...`."""
    parsed = normalize_url(url)
    if parsed.get_backend_name() == "postgresql":
        return create_engine(parsed, pool_pre_ping=True)
    if parsed.database in (None, "", ":memory:"):
        return _memory_sqlite_engine(parsed)
    return _file_sqlite_engine(parsed)


def _memory_sqlite_engine(url: URL) -> Engine:
    """One shared connection, or every session would see its own empty database."""
    engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _file_sqlite_engine(url: URL) -> Engine:
    """WAL so readers never wait, and BEGIN IMMEDIATE so writers queue instead of failing.

    Python's sqlite3 starts transactions lazily and only before writes, so a
    read-then-write unit of work could interleave with another writer and end
    in "database is locked".  Taking the write lock at BEGIN (waiting up to the
    busy timeout) makes each session a serialisable unit on SQLite.
    """
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_file_connect)
    event.listen(engine, "begin", _begin_immediate)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _sqlite_file_connect(dbapi_connection: Any, record: object) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see above
    _sqlite_pragmas(dbapi_connection, record)
    cursor = dbapi_connection.cursor()
    _wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _wal(cursor: Any) -> None:
    """Switch to WAL; retried, because SQLite answers BUSY here without waiting.

    Two processes opening a new database at once (two instances starting
    together) can both try to change the journal mode; the busy timeout does
    not apply to that pragma, so the loser retries for up to five seconds.
    """
    for attempt in range(50):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.1)


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


class Store:
    """The session factory over one engine; repository functions do the rest."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed if the block succeeds, rolled back if it raises."""
        with self._sessions.begin() as session:
            yield session

    def dispose(self) -> None:
        """Close pooled connections; call at shutdown."""
        self.engine.dispose()
