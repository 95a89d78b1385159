"""Ledger rows by key: reading them back, counting them, marking single outcomes.

The delivery path works by row id (`bot.store.ledger`); these functions
serve the tests, the statistics and tools that know a message by its key.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, select, update
from sqlalchemy.orm import Session

from bot.reminders.targets import DeliveryKey, DeliveryRecord, DeliveryStatus
from bot.store._sql import rowcount
from bot.store.ledger import _KEY, _KEY_COLUMNS, _TABLE, _as_tuple, _capped, _key
from bot.store.models import DeliveryRow


def mark_sent(s: Session, key: DeliveryKey, now: datetime) -> bool:
    """Record that Telegram accepted the message; False if the key was never claimed."""
    return _finish(s, key, DeliveryStatus.SENT, now, sent_at=now)


def mark_sent_many(s: Session, keys: Iterable[DeliveryKey], now: datetime) -> int:
    """Record many sends by key in one executemany."""
    statement = (
        update(_TABLE)
        .where(*(_TABLE.c[name] == bindparam(f"k_{name}") for name in _KEY_COLUMNS))
        .values(status=DeliveryStatus.SENT.value, finished_at=now, sent_at=now, lease_until=None)
    )
    rows = [{f"k_{n}": v for n, v in zip(_KEY_COLUMNS, _as_tuple(k), strict=True)} for k in keys]
    if rows:
        s.execute(statement, rows)
    return len(rows)


def mark_skipped(s: Session, key: DeliveryKey, now: datetime, reason: str) -> bool:
    """Record a deliberate non-send (e.g. the item went away), with the reason."""
    return _finish(s, key, DeliveryStatus.SKIPPED, now, last_error=_capped(reason))


def mark_blocked(s: Session, key: DeliveryKey, now: datetime) -> bool:
    """Record that the chat blocked the bot; see also `mark_chat_blocked`."""
    return _finish(s, key, DeliveryStatus.BLOCKED, now)


def mark_failed(s: Session, key: DeliveryKey, now: datetime, error: str) -> bool:
    """Record that Telegram refused this message for good (a 400 for it)."""
    return _finish(s, key, DeliveryStatus.FAILED, now, last_error=_capped(error))


def get_delivery(s: Session, key: DeliveryKey) -> DeliveryRecord | None:
    """The ledger row for a key, or None if it was never claimed."""
    statement = select(DeliveryRow).where(*_matches(key))
    row = s.scalars(statement.execution_options(populate_existing=True)).one_or_none()
    return None if row is None else _record(row)


def delivery_counts(s: Session) -> dict[DeliveryStatus, int]:
    """How many ledger rows are in each status (every status present, maybe 0)."""
    counts = dict.fromkeys(DeliveryStatus, 0)
    statement = select(DeliveryRow.status, func.count()).group_by(DeliveryRow.status)
    for status, count in s.execute(statement):
        counts[DeliveryStatus(status)] = count
    return counts


def _finish(
    s: Session, key: DeliveryKey, status: DeliveryStatus, now: datetime, **extra: Any
) -> bool:
    statement = (
        update(DeliveryRow)
        .where(*_matches(key))
        .values(status=status.value, finished_at=now, lease_until=None, **extra)
    )
    return rowcount(s, statement) == 1


def _matches(key: DeliveryKey) -> list[ColumnElement[bool]]:
    return [column == value for column, value in zip(_KEY, _as_tuple(key), strict=True)]


def _record(row: DeliveryRow) -> DeliveryRecord:
    return DeliveryRecord(
        key=_key(tuple(getattr(row, name) for name in _KEY_COLUMNS)),
        status=DeliveryStatus(row.status),
        due_at=row.due_at,
        claimed_at=row.claimed_at,
        claimed_by=row.claimed_by,
        sent_at=row.sent_at,
        finished_at=row.finished_at,
        attempts=row.attempts,
        last_error=row.last_error,
        lease_until=row.lease_until,
        next_attempt_at=row.next_attempt_at,
        expires_at=row.expires_at,
    )
