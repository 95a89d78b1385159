"""Recording outcomes: what a drain did (`Report`) and the ledger writes, in small batches."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy.orm import Session

from bot import store
from bot.delivery.messages import Outcome, Result
from bot.reminders.targets import DeliveryStatus

MARK_BATCH = 50  # outcomes recorded together: a crash can double at most these, plus in flight
_FINAL = {
    Result.BLOCKED: DeliveryStatus.BLOCKED,
    Result.PERMANENT: DeliveryStatus.FAILED,
    Result.EXPIRED: DeliveryStatus.EXPIRED,
}


@dataclass
class Report:
    """What queueing and sending did, for logs, tests and benchmarks."""

    queued: int = 0
    claimed: int = 0
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    expired: int = 0
    retrying: int = 0
    already_claimed: int = 0

    def add(self, other: Report) -> None:
        """Fold another report into this one."""
        for name in (f.name for f in fields(self)):
            setattr(self, name, getattr(self, name) + getattr(other, name))


RetryAt = Callable[[store.Claimed, datetime], datetime]


class Book:
    """Outcomes waiting to be written, flushed every `MARK_BATCH` and at the end."""

    def __init__(
        self, database: store.Store, clock: Callable[[], datetime], retry_at: RetryAt
    ) -> None:
        self.database = database
        self.clock = clock
        self.retry_at = retry_at
        self.pending: list[tuple[store.Claimed, Outcome]] = []
        self.report = Report()
        self._writing = asyncio.Lock()

    async def record(self, claim: store.Claimed, outcome: Outcome) -> None:
        """Note one outcome; written with the next batch."""
        self.pending.append((claim, outcome))
        if len(self.pending) >= MARK_BATCH:
            await self.flush()

    async def flush(self) -> None:
        """Write every noted outcome in one transaction, off the event loop.

        On SQLite a writer waits for the one write lock, which a fan-out being
        queued in another thread may hold for a while; the loop must not wait.
        """
        batch, self.pending = self.pending, []
        if batch:
            async with self._writing:  # one batch at a time: the report is counted in order
                await asyncio.to_thread(self._write_batch, batch, self.clock())

    def _write_batch(self, batch: list[tuple[store.Claimed, Outcome]], now: datetime) -> None:
        sent = [claim.id for claim, outcome in batch if outcome.result is Result.SENT]
        with self.database.session() as s:
            store.settle_sent(s, sent, now)
            for claim, outcome in batch:
                if outcome.result is not Result.SENT:
                    self._write(s, claim, outcome, now)
        self.report.sent += len(sent)

    def _write(self, s: Session, claim: store.Claimed, outcome: Outcome, now: datetime) -> None:
        status = _FINAL.get(outcome.result)
        error = f"{outcome.result}: {outcome.error}"
        if status is None:
            store.retry_later(s, claim.id, self.retry_at(claim, now), error)
            self.report.retrying += 1
            return
        store.settle(s, claim.id, status, now, error)
        if status is DeliveryStatus.BLOCKED:
            store.mark_chat_blocked(s, claim.key.chat_id, now)
        setattr(self.report, status.value, getattr(self.report, status.value) + 1)
