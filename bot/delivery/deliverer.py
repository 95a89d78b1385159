"""Sending reminders and announcements: queue in the ledger, claim under a lease, send, record.

"Never lost, never doubled" works like this.  A fan-out first queues every
message in the ledger (a unique key per message, INSERT ... ON CONFLICT DO
NOTHING, the text stored with it), so nothing exists only in memory.  The
sender then claims small chunks of due rows under a lease that this process
renews while it works; another process takes a row over only once its lease
has expired, i.e. its sender died.  Outcomes are recorded in small batches:
if the process dies, only the messages sent but not yet recorded can go out
twice.

Retries never spend a message's life: a 429 pauses all sending for its
`retry_after` and tries again; 5xx and network errors back off, and after a
few tries in memory the row goes back to `pending` with a next-attempt time.
A message is settled only as sent, refused for good (403, or a 400 for that
chat), or expired (a reminder whose deadline has passed).  A group that
became a supergroup moves, subscriptions and all, and gets its message there.
The `Sender` protocol hides Telegram, so tests and the terminal can send too.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import islice

from bot import store
from bot.delivery.messages import Delivery, Message, Outcome, Result, Sender, decode, encode
from bot.delivery.pacing import RateLimiter, Sleep
from bot.delivery.records import Book, Report
from bot.reminders.targets import DeliveryKey

log = logging.getLogger(__name__)

CLAIM_CHUNK = 200  # claimed just ahead of sending: a crash strands at most about twice this
QUEUE_CHUNK = 5_000  # rows queued per transaction
BACKOFF_S = (1.0, 2.0, 5.0, 15.0, 30.0)
MAX_MOVES = 3  # supergroup migrations followed for one message
EXPIRE_EVERY = timedelta(seconds=10)  # overdue rows are marked expired this often (and in hand)

__all__ = ["Deliverer", "Delivery", "Message", "Outcome", "RateLimiter", "Report", "Result"]


@dataclass(frozen=True, slots=True)
class _Work:
    """A claimed row and its message, in a worker's hands."""

    claim: store.Claimed
    message: Message | None


class Deliverer:
    """Queues, claims, sends and records deliveries; one per process, shared by every job."""

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
        lease: timedelta = timedelta(seconds=60),
        may_send: Callable[[], bool] = lambda: True,
    ) -> None:
        self.database = database
        self.sender = sender
        self.limiter = limiter
        self.claimer = claimer
        self.clock = clock
        self.sleep = sleep
        self.max_retries = max_retries
        self.workers = workers
        self.lease = lease
        self.may_send = may_send  # the scheduler's "I still hold the lead"
        self.on_unauthorized: Callable[[], None] = lambda: None
        # rows queued before messages were stored (schema 0002) are worded again by their owner
        self.recompose: Callable[[DeliveryKey], Message | None] = lambda key: None
        self._stopping = False
        self._expired_at: datetime | None = None
        self._draining = asyncio.Lock()
        self._idle = asyncio.Event()
        self._idle.set()

    async def deliver(self, deliveries: Iterable[Delivery]) -> Report:
        """Queue every delivery nobody queued before, then send what is due; report the counts."""
        queued = self.enqueue(deliveries)
        report = await self.drain()
        report.add(queued)
        return report

    def enqueue(self, deliveries: Iterable[Delivery]) -> Report:
        """Put deliveries in the ledger, due now; any process holding the lead sends them."""
        report = Report()
        for chunk in _chunks(deliveries, QUEUE_CHUNK):
            rows = [store.Queued(d.key, d.due_at, encode(d.message), d.expires_at) for d in chunk]
            with self.database.session() as s:
                queued = store.enqueue(s, rows, self.clock(), self.claimer)
            report.queued += len(queued)
            report.already_claimed += len(chunk) - len(queued)
        return report

    async def drain(self) -> Report:
        """Send every row due now (new, retried, or stranded by a dead sender) until none is left.

        Stops early, leaving the rest pending, when this process loses the
        lead or `stop()` is called.
        """
        async with self._draining:
            self._idle.clear()
            renewing = asyncio.create_task(self._renew_leases())
            try:
                return await self._drain()
            finally:
                renewing.cancel()
                self._idle.set()

    async def stop(self, grace_s: float = 20.0) -> bool:
        """Claim nothing new; wait for in-flight sends to finish and be recorded."""
        self._stopping = True
        try:
            await asyncio.wait_for(self._idle.wait(), grace_s)
        except TimeoutError:
            log.warning("deliveries still running after %.0fs; their leases lapse", grace_s)
            return False
        return True

    def _sending(self) -> bool:
        return not self._stopping and self.may_send()

    async def _drain(self) -> Report:
        queue: asyncio.Queue[_Work | None] = asyncio.Queue(maxsize=CLAIM_CHUNK)
        book = Book(self.database, self.clock, self._retry_at)
        workers = [asyncio.create_task(self._worker(queue, book)) for _ in range(self.workers)]
        try:
            await self._feed(queue, book)
            for _ in workers:
                await queue.put(None)
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            await book.flush()
            await asyncio.to_thread(self._release_leftovers)
        return book.report

    async def _feed(self, queue: asyncio.Queue[_Work | None], book: Book) -> None:
        """Claim chunk after chunk while workers send: no gap between chunks."""
        while self._sending():
            claimed = await asyncio.to_thread(self._take)  # the loop never waits for a lock
            if not claimed:
                return
            book.report.claimed += len(claimed)
            for claim in claimed:
                await queue.put(_Work(claim, self._message(claim)))

    def _take(self) -> list[store.Claimed]:
        now = self.clock()
        with self.database.session() as s:
            if self._expired_at is None or now - self._expired_at >= EXPIRE_EVERY:
                store.expire_overdue(s, now)  # a scan of what waits: not once per chunk
                self._expired_at = now
            return store.take_due(s, now, self.claimer, now + self.lease, CLAIM_CHUNK)

    def _message(self, claim: store.Claimed) -> Message | None:
        if claim.payload is None:
            return self.recompose(claim.key)
        try:
            return decode(claim.key.chat_id, claim.payload)
        except ValueError:
            log.error("ledger row %d holds no message it can send", claim.id)
            return None

    async def _worker(self, queue: asyncio.Queue[_Work | None], book: Book) -> None:
        while (work := await queue.get()) is not None:
            if work.message is None:
                await book.record(work.claim, Outcome(Result.PERMANENT, error="no message"))
                continue
            outcome = await self._attempt(work.claim, work.message)
            if outcome is not None:  # None: handed back, released when the drain ends
                await book.record(work.claim, outcome)

    async def _attempt(self, claim: store.Claimed, message: Message) -> Outcome | None:
        """Send until it is sent, refused for good, too late, or should wait in the ledger."""
        transient, moves = 0, 0
        while True:
            if claim.expires_at is not None and self.clock() >= claim.expires_at:
                return Outcome(Result.EXPIRED, error="its deadline passed")
            if not self._sending():
                return None
            await self.limiter.wait_turn(message.chat_id)
            outcome = await self.sender.send(message)
            if outcome.result is Result.RETRY_AFTER:
                self._pause(outcome)
            elif outcome.result is Result.MIGRATED and moves < MAX_MOVES:
                moves += 1
                message = await asyncio.to_thread(self._move, message, outcome)
            elif outcome.result is Result.TRANSIENT and transient < self.max_retries:
                await self.sleep(BACKOFF_S[min(transient, len(BACKOFF_S) - 1)])
                transient += 1
            else:
                return self._final(outcome)

    def _pause(self, outcome: Outcome) -> None:
        log.info("telegram asked to wait %.1fs: all sending paused", outcome.retry_after_s)
        self.limiter.pause(outcome.retry_after_s)

    def _move(self, message: Message, outcome: Outcome) -> Message:
        new = outcome.migrate_to_chat_id or message.chat_id
        log.info("chat %d became supergroup %d: subscriptions follow", message.chat_id, new)
        with self.database.session() as s:
            store.move_chat(s, message.chat_id, new)
        return message.to(new)

    def _final(self, outcome: Outcome) -> Outcome:
        if outcome.result is Result.UNAUTHORIZED:
            self.on_unauthorized()
        return outcome

    def _retry_at(self, claim: store.Claimed, now: datetime) -> datetime:
        wait = BACKOFF_S[min(claim.attempts, len(BACKOFF_S) - 1)]
        return now + timedelta(seconds=wait)

    async def _renew_leases(self) -> None:
        """While draining: keep this process's claims, so nobody takes over live work."""
        every = self.lease.total_seconds() / 3
        while True:
            await asyncio.sleep(every)
            await asyncio.to_thread(self._renew)

    def _renew(self) -> None:
        with self.database.session() as s:
            store.renew_leases(s, self.claimer, self.clock() + self.lease)

    def _release_leftovers(self) -> None:
        """Claims still held after a drain (stopped or lost the lead): due again at once."""
        with self.database.session() as s:
            store.release_claims(s, self.claimer, self.clock())


def _chunks(items: Iterable[Delivery], size: int) -> Iterator[list[Delivery]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
