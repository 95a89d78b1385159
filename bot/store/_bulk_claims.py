"""Inserting thousands of ledger rows at once, the fast way for each database.

Both paths are INSERT ... ON CONFLICT DO NOTHING RETURNING, so existing keys
are skipped atomically and the caller learns exactly which keys it inserted.
The rows differ per message (key, due time, stored message, expiry); the
status, who queued them and when are the same for the whole batch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    BigInteger,
    BindParameter,
    Integer,
    String,
    Table,
    Text,
    bindparam,
    func,
    literal,
    select,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from bot.store._sql import chunks, upsert
from bot.store.models import DELIVERY_KEY_COLUMNS, DeliveryRow, UTCDateTime

KeyTuple = tuple[Any, ...]
# (chat_id, item_id, kind, offset_s, version), due_at, payload, expires_at
NewRow = tuple[KeyTuple, datetime, str | None, datetime | None]
_POSTGRES_CHUNK = 10_000
_ARRAY_TYPES = (BigInteger, String, String, Integer, String, UTCDateTime, Text, UTCDateTime)
_SOURCE_COLUMNS = (*DELIVERY_KEY_COLUMNS, "due_at", "payload", "expires_at")
_TABLE = cast(Table, DeliveryRow.__table__)


def insert_rows(s: Session, rows: Sequence[NewRow], constants: Mapping[str, Any]) -> set[KeyTuple]:
    """Insert rows for keys not in the ledger yet; returns the keys inserted."""
    if not rows:
        return set()
    if s.get_bind().dialect.name == "postgresql":
        return _via_unnest(s, rows, constants)
    return _via_executemany(s, rows, constants)


def _via_executemany(
    s: Session, rows: Sequence[NewRow], constants: Mapping[str, Any]
) -> set[KeyTuple]:
    """SQLite: SQLAlchemy batches an executemany into multi-row INSERTs (insertmanyvalues)."""
    values = [
        {**dict(zip(_SOURCE_COLUMNS, (*key, *rest), strict=True)), **constants}
        for key, *rest in rows
    ]
    statement = upsert(s, _TABLE).on_conflict_do_nothing(index_elements=DELIVERY_KEY_COLUMNS)
    returning = statement.returning(*_key_columns())
    return {tuple(row) for row in s.execute(returning, values)}


def _via_unnest(s: Session, rows: Sequence[NewRow], constants: Mapping[str, Any]) -> set[KeyTuple]:
    """PostgreSQL: one statement per 10,000 rows, the rows passed as eight arrays.

    psycopg parses every named parameter of a multi-row VALUES in Python, which
    costs over a second per 10,000 rows; arrays keep it to eight parameters.
    """
    won: set[KeyTuple] = set()
    names = list(constants)
    for part in chunks(rows, _POSTGRES_CHUNK):
        columns = list(zip(*((*key, *rest) for key, *rest in part), strict=True))
        arrays: list[BindParameter[Any]] = [
            bindparam(f"a{i}", list(values), type_=ARRAY(kind))
            for i, (values, kind) in enumerate(zip(columns, _ARRAY_TYPES, strict=True))
        ]
        source = func.unnest(*arrays).table_valued(*_SOURCE_COLUMNS).render_derived("new_rows")
        fixed = [literal(constants[name], _TABLE.c[name].type) for name in names]
        statement = postgresql.insert(_TABLE).from_select(
            [*_SOURCE_COLUMNS, *names], select(*source.c, *fixed)
        )
        statement = statement.on_conflict_do_nothing(index_elements=DELIVERY_KEY_COLUMNS)
        won.update(tuple(row) for row in s.execute(statement.returning(*_key_columns())))
    return won


def _key_columns() -> list[Any]:
    return [_TABLE.c[name] for name in DELIVERY_KEY_COLUMNS]
