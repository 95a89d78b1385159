"""The delivery ledger: every message is queued once, claimed under a lease, then settled.

"Never lost, never doubled" rests on one unique key per message (chat, item,
reminder kind, offset, item version).  A fan-out first *queues* its keys with
INSERT ... ON CONFLICT DO NOTHING, which the database makes atomic even for
two processes at once, storing each message's text, so any process can send
it later.  A sender then *claims* due rows (`take_due`) under a lease that it
renews while it works (`renew_leases`); only rows whose lease expired (their
sender died) or that wait for a retry are taken, by anyone, and the claiming
UPDATE re-checks that under the row lock.  Afterwards the row records the
outcome: sent, blocked, failed, expired, or pending again with a retry time.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, Row, Table, and_, bindparam, or_, select, update
from sqlalchemy.orm import Session

from bot.reminders.targets import DeliveryKey, DeliveryStatus, ReminderKind
from bot.store._bulk_claims import NewRow, insert_rows
from bot.store._sql import rowcount
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
_TABLE = cast(Table, DeliveryRow.__table__)
PENDING, CLAIMED = DeliveryStatus.PENDING.value, DeliveryStatus.CLAIMED.value


@dataclass(frozen=True, slots=True)
class Queued:
    """One message to put in the ledger: its key, when it was due, the stored message."""

    key: DeliveryKey
    due_at: datetime
    payload: str | None = None
    expires_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Claimed:
    """A row this process now holds under its lease: send it, then settle it by `id`."""

    id: int
    key: DeliveryKey
    payload: str | None
    expires_at: datetime | None
    attempts: int


def enqueue(s: Session, messages: Iterable[Queued], now: datetime, by: str) -> list[DeliveryKey]:
    """Queue messages nobody queued before, due for sending now; returns the keys queued.

    Rows go in as a few bulk statements rather than one per key, so a
    100,000-chat fan-out takes seconds, not minutes.
    """
    constants = {
        "status": PENDING, "claimed_at": now, "claimed_by": by, "attempts": 0,
        "next_attempt_at": now,
    }  # fmt: skip
    return _insert(s, messages, constants)


def record_skipped(
    s: Session, messages: Iterable[Queued], now: datetime, reason: str
) -> list[DeliveryKey]:
    """Record deliberate non-sends (a superseded or missed reminder) in bulk, never sent later."""
    constants = {
        "status": DeliveryStatus.SKIPPED.value, "claimed_at": now, "claimed_by": "skip",
        "attempts": 0, "finished_at": now, "last_error": _capped(reason),
    }  # fmt: skip
    return _insert(s, messages, constants)


def claim(
    s: Session,
    key: DeliveryKey,
    *,
    due_at: datetime,
    now: datetime,
    claimer: str,
    lease_until: datetime | None = None,
) -> bool:
    """Take the right to send this message now; False if anyone ever queued it before."""
    return bool(claim_many(s, [(key, due_at)], now, claimer, lease_until=lease_until))


def claim_many(
    s: Session,
    keys_with_due: Iterable[tuple[DeliveryKey, datetime]],
    now: datetime,
    claimer: str,
    *,
    lease_until: datetime | None = None,
) -> list[DeliveryKey]:
    """Claim new keys for sending at once (lease until `lease_until`, default now)."""
    constants = {
        "status": CLAIMED, "claimed_at": now, "claimed_by": claimer, "attempts": 1,
        "lease_until": lease_until or now,
    }  # fmt: skip
    return _insert(s, (Queued(key, due) for key, due in keys_with_due), constants)


def _insert(
    s: Session, messages: Iterable[Queued], constants: dict[str, Any]
) -> list[DeliveryKey]:
    by_key: dict[DeliveryKey, Queued] = {}
    for message in messages:
        by_key.setdefault(message.key, message)  # a repeated key keeps its first version
    # One global row order, so two instances inserting overlapping sets on
    # PostgreSQL wait for each other instead of deadlocking.
    rows: list[NewRow] = sorted(
        (_as_tuple(m.key), m.due_at, m.payload, m.expires_at) for m in by_key.values()
    )
    won = insert_rows(s, rows, constants)
    return [key for key in by_key if _as_tuple(key) in won]


def take_due(
    s: Session, now: datetime, claimer: str, lease_until: datetime, limit: int
) -> list[Claimed]:
    """Claim up to `limit` rows whose sender's lease expired, or that wait for an attempt.

    Each kind is found by its own index range, oldest attempt first, so a
    chunk costs the same with 100 or 100,000 rows waiting.  On PostgreSQL the
    candidates are locked with SKIP LOCKED, so two instances take disjoint
    rows; the UPDATE re-checks the condition under the row lock either way.
    """
    # Never one's own: this process's claims are in its hands until its drain settles
    # or releases them, even if a stalled clock let their lease lapse.
    theirs = and_(_lapsed_claim(now), DeliveryRow.claimed_by != claimer)
    ids = _candidates(s, theirs, DeliveryRow.lease_until, limit)
    waiting = and_(DeliveryRow.status == PENDING, DeliveryRow.next_attempt_at <= now)
    ids += _candidates(s, waiting, DeliveryRow.next_attempt_at, limit - len(ids))
    if not ids:
        return []
    statement = (
        update(DeliveryRow)
        .where(DeliveryRow.id.in_(ids), _due(now, claimer))
        .values(
            status=CLAIMED,
            claimed_at=now,
            claimed_by=claimer,
            lease_until=lease_until,
            attempts=DeliveryRow.attempts + 1,
        )  # fmt: skip
        .returning(
            DeliveryRow.id,
            *_KEY,
            DeliveryRow.payload,
            DeliveryRow.expires_at,
            DeliveryRow.attempts,
        )  # fmt: skip
    )
    rows = s.execute(statement, execution_options={"synchronize_session": False}).all()
    return sorted((_claimed(row) for row in rows), key=lambda c: c.id)


def _candidates(s: Session, condition: ColumnElement[bool], order: Any, limit: int) -> list[int]:
    if limit <= 0:
        return []
    statement = select(DeliveryRow.id).where(condition).order_by(order).limit(limit)
    if s.get_bind().dialect.name == "postgresql":
        statement = statement.with_for_update(skip_locked=True)
    return list(s.scalars(statement))


def _due(now: datetime, claimer: str) -> ColumnElement[bool]:
    return or_(
        and_(DeliveryRow.status == PENDING, DeliveryRow.next_attempt_at <= now),
        and_(_lapsed_claim(now), DeliveryRow.claimed_by != claimer),
    )


def _claimed(row: Sequence[Any]) -> Claimed:
    row_id, *key, payload, expires_at, attempts = tuple(row)
    return Claimed(row_id, _key(tuple(key)), payload, expires_at, attempts)


def renew_leases(s: Session, claimer: str, until: datetime) -> int:
    """Extend the lease of every row this claimer holds: it is still working on them."""
    statement = (
        update(DeliveryRow)
        .where(DeliveryRow.status == CLAIMED, DeliveryRow.claimed_by == claimer)
        .values(lease_until=until)
    )
    return rowcount(s, statement)


def release_claims(s: Session, claimer: str, now: datetime) -> int:
    """Give back every row this claimer holds, due again now (at shutdown, on losing the lead)."""
    statement = (
        update(DeliveryRow)
        .where(DeliveryRow.status == CLAIMED, DeliveryRow.claimed_by == claimer)
        .values(status=PENDING, next_attempt_at=now, lease_until=None)
    )
    return rowcount(s, statement)


def expire_overdue(s: Session, now: datetime) -> int:
    """Record as expired every unsent row past its deadline: too late to be useful."""
    waiting = or_(DeliveryRow.status == PENDING, _lapsed_claim(now))
    statement = (
        update(DeliveryRow)
        .where(waiting, DeliveryRow.expires_at <= now)
        .values(status=DeliveryStatus.EXPIRED.value, finished_at=now, lease_until=None)
    )
    return rowcount(s, statement)


def _lapsed_claim(now: datetime) -> ColumnElement[bool]:
    return and_(DeliveryRow.status == CLAIMED, DeliveryRow.lease_until < now)


def settle_sent(s: Session, ids: Sequence[int], now: datetime) -> int:
    """Record many sends by row id in one executemany: a fan-out marks thousands a second."""
    statement = (
        update(_TABLE)
        .where(_TABLE.c.id == bindparam("row_id"))
        .values(status=DeliveryStatus.SENT.value, finished_at=now, sent_at=now, lease_until=None)
    )
    if ids:
        s.execute(statement, [{"row_id": row_id} for row_id in ids])
    return len(ids)


def settle(
    s: Session, row_id: int, status: DeliveryStatus, now: datetime, error: str = ""
) -> None:
    """Record a final outcome other than sent (blocked, failed, expired) for one row."""
    statement = update(DeliveryRow).where(DeliveryRow.id == row_id)
    values = {"status": status.value, "finished_at": now, "lease_until": None}
    s.execute(statement.values(**values, last_error=_capped(error) or None))


def retry_later(s: Session, row_id: int, at: datetime, error: str) -> None:
    """Put a row back as pending, to be tried again at `at` by whoever holds the lead then."""
    statement = update(DeliveryRow).where(DeliveryRow.id == row_id)
    values = {"status": PENDING, "next_attempt_at": at, "lease_until": None}
    s.execute(statement.values(**values, last_error=_capped(error)))


def _as_tuple(key: DeliveryKey) -> tuple[Any, ...]:
    kind = key.reminder_kind.value
    return (key.chat_id, key.item_id, kind, key.offset_s, key.item_version)


def _key(row: Row[Any, Any, Any, Any, Any] | tuple[Any, ...]) -> DeliveryKey:
    chat_id, item_id, kind, offset_s, version = row
    return DeliveryKey(chat_id, item_id, ReminderKind(kind), offset_s, version)


def _capped(text: str) -> str:
    return text[:MAX_ERROR_LENGTH]
