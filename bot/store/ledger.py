"""The delivery ledger: every message is claimed once before it is sent.

"Never lost, never doubled" rests on one unique key per message (chat, item,
reminder kind, offset, item version).  A sender first *claims* the key with
INSERT ... ON CONFLICT DO NOTHING, which the database makes atomic even for
two processes at once; only the winner sends.  Afterwards the row records the
outcome.  A claim whose sender died stays 'claimed' and is found by
`stale_claims`, then taken over with `reclaim`, which is also atomic.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Row, Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from bot.reminders.targets import DeliveryKey, DeliveryRecord, DeliveryStatus, ReminderKind
from bot.store._bulk_claims import insert_claims
from bot.store._sql import inserted, rowcount, upsert
from bot.store.models import DELIVERY_KEY_COLUMNS, DeliveryRow

MAX_ERROR_LENGTH = 500
_KEY_COLUMNS = DELIVERY_KEY_COLUMNS
_KEY = (
    DeliveryRow.chat_id,
    DeliveryRow.item_id,
    DeliveryRow.reminder_kind,
    DeliveryRow.offset_s,
    DeliveryRow.item_version,
)


def claim(s: Session, key: DeliveryKey, *, due_at: datetime, now: datetime, claimer: str) -> bool:
    """Take the right to send this message; False if anyone ever claimed it before."""
    statement = upsert(s, DeliveryRow).values(_claim_row(key, due_at, now, claimer))
    statement = statement.on_conflict_do_nothing(index_elements=_KEY_COLUMNS)
    return inserted(s, statement, DeliveryRow.id)


def claim_many(
    s: Session,
    keys_with_due: Iterable[tuple[DeliveryKey, datetime]],
    now: datetime,
    claimer: str,
) -> list[DeliveryKey]:
    """Claim many messages at once; returns only the keys claimed now, in input order.

    Rows go in as a few bulk statements rather than one per key, so a
    100,000-chat fan-out takes seconds, not minutes.
    """
    due_by_key: dict[DeliveryKey, datetime] = {}
    for key, due_at in keys_with_due:
        due_by_key.setdefault(key, due_at)  # a repeated key keeps its first due time
    # One global row order, so two instances claiming overlapping sets on
    # PostgreSQL wait for each other instead of deadlocking.
    claims = sorted((_as_tuple(key), due) for key, due in due_by_key.items())
    won = insert_claims(s, claims, now, claimer) if claims else set()
    return [key for key in due_by_key if _as_tuple(key) in won]


def mark_sent(s: Session, key: DeliveryKey, now: datetime) -> bool:
    """Record that Telegram accepted the message; False if the key was never claimed."""
    return _finish(s, key, DeliveryStatus.SENT, now, sent_at=now)


def mark_sent_many(s: Session, keys: Iterable[DeliveryKey], now: datetime) -> int:
    """Record many sends in one executemany: a fan-out marks thousands a second."""
    table = cast(Table, DeliveryRow.__table__)
    statement = (
        update(table)
        .where(*(table.c[name] == bindparam(f"k_{name}") for name in _KEY_COLUMNS))
        .values(status=DeliveryStatus.SENT.value, finished_at=now, sent_at=now)
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
    """Record a failure the sender gave up on; `release` makes it retryable."""
    return _finish(s, key, DeliveryStatus.FAILED, now, last_error=_capped(error))


def release(s: Session, key: DeliveryKey) -> bool:
    """Give a claimed or failed message back, so the next `claim` may send it.

    The row is deleted, so its attempt count starts again: release only what
    was not sent, e.g. at shutdown or when a retry-after pushes it past the tick.
    """
    statement = delete(DeliveryRow).where(
        *_matches(key),
        DeliveryRow.status.in_([DeliveryStatus.CLAIMED.value, DeliveryStatus.FAILED.value]),
    )
    return rowcount(s, statement) == 1


def own_claims(s: Session, claimer: str) -> list[DeliveryKey]:
    """Claims this claimer never settled; at its start-up they were stranded by a crash."""
    statement = select(*_KEY).where(
        DeliveryRow.status == DeliveryStatus.CLAIMED.value, DeliveryRow.claimed_by == claimer
    )
    return [_key(row) for row in s.execute(statement.order_by(DeliveryRow.due_at))]


def stale_claims(s: Session, older_than: datetime) -> list[DeliveryKey]:
    """Claims made before `older_than` and never settled: their sender probably crashed."""
    statement = select(*_KEY).where(*_stale(older_than))
    statement = statement.order_by(DeliveryRow.due_at, DeliveryRow.id)
    return [_key(row) for row in s.execute(statement)]


def reclaim(
    s: Session, key: DeliveryKey, *, older_than: datetime, now: datetime, claimer: str
) -> bool:
    """Take over a stale claim; True for exactly one of several instances trying.

    The conditional UPDATE re-checks staleness under the row lock, so a second
    instance sees the fresh `claimed_at` and backs off.
    """
    statement = (
        update(DeliveryRow)
        .where(*_matches(key), *_stale(older_than))
        .values(claimed_at=now, claimed_by=claimer, attempts=DeliveryRow.attempts + 1)
    )
    return rowcount(s, statement) == 1


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


def _claim_row(key: DeliveryKey, due_at: datetime, now: datetime, claimer: str) -> dict[str, Any]:
    return {
        **dict(zip(_KEY_COLUMNS, _as_tuple(key), strict=True)),
        "status": DeliveryStatus.CLAIMED.value,
        "due_at": due_at,
        "claimed_at": now,
        "claimed_by": claimer,
        "attempts": 1,
    }


def _finish(
    s: Session, key: DeliveryKey, status: DeliveryStatus, now: datetime, **extra: Any
) -> bool:
    statement = (
        update(DeliveryRow)
        .where(*_matches(key))
        .values(status=status.value, finished_at=now, **extra)
    )
    return rowcount(s, statement) == 1


def _matches(key: DeliveryKey) -> list[ColumnElement[bool]]:
    return [column == value for column, value in zip(_KEY, _as_tuple(key), strict=True)]


def _stale(older_than: datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        DeliveryRow.status == DeliveryStatus.CLAIMED.value,
        DeliveryRow.claimed_at < older_than,
    )


def _as_tuple(key: DeliveryKey) -> tuple[Any, ...]:
    kind = key.reminder_kind.value
    return (key.chat_id, key.item_id, kind, key.offset_s, key.item_version)


def _key(row: Row[Any, Any, Any, Any, Any] | tuple[Any, ...]) -> DeliveryKey:
    chat_id, item_id, kind, offset_s, version = row
    return DeliveryKey(chat_id, item_id, ReminderKind(kind), offset_s, version)


def _capped(text: str) -> str:
    return text[:MAX_ERROR_LENGTH]


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
    )
