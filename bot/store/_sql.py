"""Small SQL helpers shared by the repository modules."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import CursorResult, Executable
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

T = TypeVar("T")

# Rows per multi-row statement: well under SQLite's 32,766 and PostgreSQL's
# 65,535 bound parameters for our widest table.
CHUNK = 1000

Upsert = postgresql.Insert | sqlite.Insert


def upsert(session: Session, table: Any) -> Upsert:
    """An INSERT that knows ON CONFLICT, for whichever database the session uses.

    Both dialects spell it the same way, so callers stay dialect-free; a
    conflict clause is atomic, unlike select-then-insert.
    """
    if session.get_bind().dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)


def inserted(session: Session, statement: Upsert, column: Any) -> bool:
    """Run an INSERT ... ON CONFLICT and say whether it wrote a row.

    RETURNING is asked for explicitly: with it, "no row came back" is a
    reliable answer on every driver, whereas psycopg reports rowcount -1 for
    the RETURNING that SQLAlchemy adds to PostgreSQL inserts by itself.
    """
    return session.execute(statement.returning(column)).first() is not None


def rowcount(session: Session, statement: Executable, params: Any = None) -> int:
    """Execute an UPDATE or DELETE and say how many rows it touched.

    The ORM is told not to sync loaded objects: it would add a RETURNING
    (hiding the count on psycopg), and the repository reads fresh rows anyway.
    """
    options = {"synchronize_session": False}
    result = cast(CursorResult[Any], session.execute(statement, params, execution_options=options))
    return result.rowcount


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` items."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def distinct(items: Iterable[T]) -> list[T]:
    """Items in first-seen order without repeats."""
    return list(dict.fromkeys(items))
