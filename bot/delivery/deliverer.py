"""Sending reminders and announcements: claim in the ledger, send, record the outcome.

"Never lost, never doubled" works like this.  Deliveries are claimed in the
ledger in small chunks just before they are sent (a unique key per message,
INSERT ... ON CONFLICT DO NOTHING), so a second instance or a restart never
sends a claimed key again.  Outcomes are recorded in small batches; if the
process dies, only the messages sent but not yet recorded can go out twice,
and claims never settled are taken over at the next start.

Telegram's limits are kept here, not in the adapter: a global rate (25 a
second by default), about one message a second per chat, `retry_after` on
429, back-off on 5xx and network errors, and 403 marks the chat blocked.
The `Sender` protocol hides Telegram, so tests and the terminal can send too.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from itertools import islice
from typing import TYPE_CHECKING, Protocol

from bot import store
from bot.knowledge.items import Link
from bot.reminders.targets import DeliveryKey

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CLAIM_CHUNK = 200  # claimed just ahead of sending: a crash strands at most this many claims
MARK_BATCH = 50  # outcomes recorded together: a crash can double at most these, plus in flight
BACKOFF_S = (1.0, 2.0, 5.0, 15.0, 30.0)


class Result(StrEnum):
    """What happened to one send attempt."""

    SENT = "sent"
    BLOCKED = "blocked"  # 403: the user blocked the bot or left the chat
    RETRY_AFTER = "retry after"  # 429: wait retry_after seconds, then try again
    TRANSIENT = "transient"  # 5xx or a network error: back off and retry
    PERMANENT = "permanent"  # 400 and the like: retrying will not help


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one attempt, with the wait Telegram asked for."""

    result: Result
    retry_after_s: float = 0.0
    error: str = ""


@dataclass(frozen=True, slots=True)
class Message:
    """Plain text and link buttons for one chat; the adapter escapes and renders."""

    chat_id: int
    text: str
    links: tuple[Link, ...] = ()


class Sender(Protocol):
    """Something that can put a message in front of a chat (Telegram, a test fake)."""

    async def send(self, message: Message) -> Outcome:
        """Try once; never raise for Telegram's answers, return them as an Outcome."""
        ...


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message to send under one ledger key."""

    key: DeliveryKey
    due_at: datetime
    message: Message


@dataclass
class Report:
    """What a fan-out did, for logs, tests and benchmarks."""

    claimed: int = 0
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    already_claimed: int = 0

    def add(self, other: Report) -> None:
        """Fold another report into this one."""
        for name in ("claimed", "sent", "blocked", "failed", "already_claimed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


Sleep = Callable[[float], Awaitable[None]]


@dataclass
class RateLimiter:
    """A global pace (messages a second) and a minimum interval per chat.

    Each sender reserves the next free slot and sleeps until it, so any number
    of concurrent workers together never exceed the rate.  The pace keeps 3%
    headroom: requests leave evenly spaced but arrive with jitter, and
    Telegram counts arrivals.  `per_second=None` lifts the global limit.
    """

    per_second: float | None = 25.0
    per_chat_interval_s: float = 1.0
    headroom: float = 0.97
    monotonic: Callable[[], float] = time.monotonic
    sleep: Sleep = asyncio.sleep
    _next_global: float = 0.0
    _next_for_chat: dict[int, float] = field(default_factory=dict)

    async def wait_turn(self, chat_id: int) -> None:
        """Sleep until this chat may receive its next message."""
        now = self.monotonic()
        slot = max(now, self._next_for_chat.get(chat_id, now))
        if self.per_second:
            slot = max(slot, self._next_global)
            self._next_global = slot + 1.0 / (self.per_second * self.headroom)
        self._next_for_chat[chat_id] = slot + self.per_chat_interval_s
        if len(self._next_for_chat) > 50_000:
            self._forget_idle(now)
        if slot > now:
            await self.sleep(slot - now)

    def _forget_idle(self, now: float) -> None:
        self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}


class Deliverer:
    """Claims, sends and records deliveries; one per process, shared by every job."""

    def __init__(
        self,
        database: store.Store,
        sender: Sender,
        limiter: RateLimiter,
        *,
        claimer: str,
        clock: Callable[[], datetime],
        sleep: Sleep = asyncio.sleep,
        max_retries: int = 5,
        workers: int = 32,
    ) -> None:
        self.database = database
        self.sender = sender
        self.limiter = limiter
        self.claimer = claimer
        self.clock = clock
        self.sleep = sleep
        self.max_retries = max_retries
        self.workers = workers
        self._stopping = False
        self._running = 0
        self._idle = asyncio.Event()
        self._idle.set()

    async def deliver(self, deliveries: Iterable[Delivery]) -> Report:
        """Send every delivery nobody claimed before, within the limits; report the counts.

        After `stop()` no new chunk is claimed: what is left unclaimed is found
        again at the next start, because the slot is still due.
        """
        report = Report()
        self._enter()
        try:
            for chunk in _chunks(deliveries, CLAIM_CHUNK):
                if self._stopping:
                    break
                claimed = self._claim(chunk)
                report.claimed += len(claimed)
                report.already_claimed += len(chunk) - len(claimed)
                report.add(await self._send_all(claimed))
        finally:
            self._leave()
        return report

    async def stop(self, grace_s: float = 20.0) -> bool:
        """Claim nothing new; wait for in-flight sends to finish and be recorded."""
        self._stopping = True
        try:
            await asyncio.wait_for(self._idle.wait(), grace_s)
        except TimeoutError:
            log.warning("deliveries still running after %.0fs; claims resume at start", grace_s)
            return False
        return True

    def _enter(self) -> None:
        self._running += 1
        self._idle.clear()

    def _leave(self) -> None:
        self._running -= 1
        if self._running == 0:
            self._idle.set()

    async def resend(self, deliveries: Sequence[Delivery]) -> Report:
        """Send deliveries whose claims this process already holds (taken-over claims)."""
        report = Report(claimed=len(deliveries))
        self._enter()
        try:
            report.add(await self._send_all(list(deliveries)))
        finally:
            self._leave()
        return report

    def _claim(self, chunk: Sequence[Delivery]) -> list[Delivery]:
        by_key = {d.key: d for d in chunk}
        with self.database.session() as s:
            won = store.claim_many(
                s, ((d.key, d.due_at) for d in chunk), self.clock(), self.claimer
            )
        return [by_key[k] for k in won]

    async def _send_all(self, deliveries: list[Delivery]) -> Report:
        queue: asyncio.Queue[Delivery] = asyncio.Queue()
        for delivery in deliveries:
            queue.put_nowait(delivery)
        book = _Outcomes(self.database, self.clock)
        workers = [
            asyncio.create_task(self._worker(queue, book))
            for _ in range(min(self.workers, len(deliveries)))
        ]
        try:
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            book.flush()
        return book.report

    async def _worker(self, queue: asyncio.Queue[Delivery], book: _Outcomes) -> None:
        while not queue.empty():
            delivery = queue.get_nowait()
            outcome = await self._send_with_retries(delivery.message)
            book.record(delivery.key, outcome)

    async def _send_with_retries(self, message: Message) -> Outcome:
        """Retry 429 after the wait Telegram asks, 5xx and network errors with back-off."""
        outcome = Outcome(Result.TRANSIENT, error="not attempted")
        for attempt in range(self.max_retries + 1):
            await self.limiter.wait_turn(message.chat_id)
            outcome = await self.sender.send(message)
            if outcome.result is Result.RETRY_AFTER:
                log.info("telegram asked to wait %.1fs", outcome.retry_after_s)
                await self.sleep(outcome.retry_after_s)
            elif outcome.result is Result.TRANSIENT and attempt < self.max_retries:
                await self.sleep(BACKOFF_S[min(attempt, len(BACKOFF_S) - 1)])
            else:
                return outcome
        return outcome


class _Outcomes:
    """Outcomes waiting to be written, flushed in small batches."""

    def __init__(self, database: store.Store, clock: Callable[[], datetime]) -> None:
        self.database = database
        self.clock = clock
        self.pending: list[tuple[DeliveryKey, Outcome]] = []
        self.report = Report()

    def record(self, key: DeliveryKey, outcome: Outcome) -> None:
        self.pending.append((key, outcome))
        if len(self.pending) >= MARK_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        now = self.clock()
        sent = [key for key, outcome in self.pending if outcome.result is Result.SENT]
        with self.database.session() as s:
            store.mark_sent_many(s, sent, now)
            for key, outcome in self.pending:
                if outcome.result is not Result.SENT:
                    self._write(s, key, outcome, now)
        self.report.sent += len(sent)
        self.pending.clear()

    def _write(self, s: Session, key: DeliveryKey, outcome: Outcome, now: datetime) -> None:
        if outcome.result is Result.BLOCKED:
            store.mark_blocked(s, key, now)
            store.mark_chat_blocked(s, key.chat_id, now)
            self.report.blocked += 1
        else:
            store.mark_failed(s, key, now, f"{outcome.result}: {outcome.error}")
            self.report.failed += 1


def _chunks(items: Iterable[Delivery], size: int) -> Iterator[list[Delivery]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
