"""The clock: the leader lease, one timer for the next due slot, retries, the knowledge watch.

One instance at a time leads: it holds the scheduler lease, renewed by a
short job of its own that never waits for the work it guards, and it stops
sending the moment its lease is no longer certainly its own (`holds_lease`
is checked before every claim and every send).  The leader plans reminder
slots from the knowledge and the database alone, so nothing is pickled: the
plan is a sorted list in memory and APScheduler holds a single date job for
the earliest slot, re-armed after each firing (100,000 subscribers or 1,000
items add no jobs).  Computing the plan, looking up followers and queueing
them run off the event loop, so questions keep their latency meanwhile.

Lateness is decided by the reminder rules: a slot due while its deadline is
still ahead is sent (only the latest of an item's overdue slots), earlier
ones are recorded as skipped.  A slot whose item is missing when it falls
due is kept and tried again at the next plan.  Every job is guarded: a
failure is logged with its traceback and makes health fail, never silence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from bot import store
from bot.answering.engine import Engine
from bot.health import Health
from bot.knowledge.source import KnowledgeSource, ReloadResult
from bot.reminders.rules import ReminderSlot, SlotState, catch_up
from bot.reminders.service import ReminderService

log = logging.getLogger(__name__)

LEASE = "scheduler"
TIMER = "next-slot"
LEASE_MARGIN = 0.2  # of the lease: stop sending this long before the lease could lapse


class Scheduler:
    """Owns the APScheduler instance and everything that runs on a clock."""

    def __init__(
        self,
        reminders: ReminderService,
        source: KnowledgeSource[Engine],
        database: store.Store,
        *,
        clock: Callable[[], datetime],
        instance: str,
        lease_ttl: timedelta = timedelta(seconds=30),
        watch_every: timedelta = timedelta(seconds=5),
        retry_every: timedelta = timedelta(seconds=2),
        health: Health | None = None,
        scheduler: AsyncIOScheduler | None = None,
    ) -> None:
        self.reminders = reminders
        self.source = source
        self.database = database
        self.clock = clock
        self.instance = instance
        self.lease_ttl = lease_ttl
        self.watch_every = watch_every
        self.retry_every = retry_every
        self.health = health or Health()
        self.aps = scheduler or AsyncIOScheduler(timezone="UTC")
        self.leader = False
        self._lease_until = clock()
        self._slots: list[ReminderSlot] = []
        self._fired: set[str] = set()
        self._reloading = asyncio.Lock()
        self._leading: asyncio.Task[None] | None = None
        reminders.deliverer.may_send = self.holds_lease

    async def start(self, paused: bool = False) -> None:
        """Start the clock jobs; become the leader at once if no one else is.

        `paused` registers jobs without running them: APScheduler keeps real
        time, so tests on an injected clock call the jobs themselves and
        inspect the plan.
        """
        self.aps.start(paused=paused)
        self.every(self.lease_ttl.total_seconds() / 3, self.renew_lease, "lease")
        self.every(self.watch_every.total_seconds(), self.watch, "watch")
        self.every(self.retry_every.total_seconds(), self.retry, "retry")
        await self.renew_lease()
        if paused and self._leading is not None:
            await self._leading

    def every(self, seconds: float, job: Callable[[], object], name: str) -> None:
        """Run a function on an interval, guarded: a failure is logged and fails health."""
        self.aps.add_job(self._guarded(name, job), "interval", seconds=seconds, id=name,
                         max_instances=1)  # fmt: skip

    def holds_lease(self) -> bool:
        """Whether this instance leads and its lease is certainly still its own."""
        return self.leader and self.clock() < self._lease_until

    async def stop(self) -> None:
        """Let in-flight sends finish and be recorded, stop scheduling, hand the lease on.

        Deliveries stop first: APScheduler cancels running jobs on shutdown,
        which would leave a chunk claimed until its lease lapses.
        """
        await self.reminders.deliverer.stop()
        if self._leading is not None:
            self._leading.cancel()
            await asyncio.gather(self._leading, return_exceptions=True)
        if self.aps.running:
            self.aps.shutdown(wait=False)
        if self.leader:
            with self.database.session() as s:
                store.release_lease(s, LEASE, self.instance)
            self.leader = False

    async def renew_lease(self) -> None:
        """Keep (or take) the scheduler lease; start or stop leading accordingly.

        Never waits for the leader's work: a catch-up fan-out of minutes must
        not let the lease lapse, or a second instance would lead as well.
        """
        asked = self.clock()
        with self.database.session() as s:
            held = store.acquire_lease(s, LEASE, self.instance, asked, self.lease_ttl)
        if held:
            self._lease_until = asked + self.lease_ttl * (1 - LEASE_MARGIN)
        if held and not self.leader:
            self.leader = True
            log.info("this instance (%s) now runs the reminder scheduler", self.instance)
            self._leading = asyncio.create_task(self._guarded("lead", self._take_lead)())
        elif not held and self.leader:
            self.leader = False
            log.warning("lost the scheduler lease; another instance runs reminders")
            self._disarm()

    async def _take_lead(self) -> None:
        """Announce changes, record what was missed while nobody led, plan, resume sending."""
        now = self.clock()
        self._fired.clear()
        await self.reminders.announce_changes(now)
        await asyncio.to_thread(self.reminders.record_missed, now)
        await self.plan()
        await self.retry()

    async def plan(self) -> int:
        """Rebuild the plan from the knowledge (off the event loop) and arm the timer."""
        if not self.holds_lease():
            return 0
        now = self.clock()
        slots = await asyncio.to_thread(self.reminders.slots, now)
        self._slots = [s for s in slots if slot_id(s) not in self._fired]
        self._arm()
        return len(self._slots)

    def planned(self) -> list[ReminderSlot]:
        """The slots waiting for their time, soonest first."""
        return list(self._slots)

    def next_run(self) -> datetime | None:
        """When the timer fires next (None: nothing planned)."""
        job = self.aps.get_job(TIMER)
        return None if job is None else job.trigger.run_date

    async def fire_due(self) -> None:
        """The timer: send every slot that came due (the latest of each item), skip the rest."""
        if not self.holds_lease():
            return
        now = self.clock()
        due = [slot for slot in self._slots if slot.state(now) is not SlotState.FUTURE]
        for group in catch_up(due, now):  # per item: each follower's latest, the rest skipped
            report = await self.reminders.catch_up(group, now)
            if report is None:
                log.warning("item %s is missing; its reminder waits for the next plan",
                            group[0].item_id)  # fmt: skip
            else:
                self._fired.update(slot_id(slot) for slot in group)
        done = {slot_id(slot) for slot in due}  # missing items are retried at the next plan
        self._slots = [slot for slot in self._slots if slot_id(slot) not in done]
        self._arm()
        self._plan_wakes()

    async def fire(self, slot: ReminderSlot) -> None:
        """Send one slot (the reminder rules decide if it is still worth it)."""
        if not self.holds_lease():
            return
        report = await self.reminders.fire(slot, self.clock())
        if report is None:
            log.warning("item %s is missing; its reminder waits for the next plan", slot.item_id)
        else:
            self._fired.add(slot_id(slot))
        self._plan_wakes()

    def _plan_wakes(self) -> None:
        """Fire a slot again when quiet hours end for followers it held back (issue 9).

        One date job per (slot, release time): few, since most chats keep the
        default quiet hours.  The ledger makes the second firing send only to
        those not sent yet.
        """
        for slot, at in self.reminders.take_wakes():
            self.aps.add_job(
                self._guarded("wake", partial(self.fire, slot)), DateTrigger(run_date=at),
                id=f"wake:{slot_id(slot)}@{at.isoformat()}", replace_existing=True,
                misfire_grace_time=None,
            )  # fmt: skip

    async def retry(self) -> None:
        """Send what waits in the ledger: retries, other instances' queue, dead senders' claims."""
        if self.holds_lease():
            await self.reminders.deliverer.drain()

    async def watch(self) -> None:
        """Reload the knowledge when a file changed (the same rule as /reload)."""
        if self.source.changed_since_last_load():
            await self.reload()

    async def reload(self) -> ReloadResult[Engine]:
        """Swap in new knowledge (built off the event loop), announce changes, re-plan."""
        async with self._reloading:
            result = await asyncio.to_thread(self.source.reload)
            if not result.ok:
                log.warning("knowledge reload refused: %d problem(s)", len(result.problems))
                for problem in result.problems:  # the editor reads the log, not a count
                    log.warning("knowledge problem: %s", problem)
                return result
            log.info("knowledge reloaded: %d items", len(result.snapshot.knowledge))
            if self.holds_lease():
                await self.reminders.announce_changes(self.clock())
                await self.plan()
            return result

    def _arm(self) -> None:
        """One date job at the earliest planned slot (now, if one is already due)."""
        if not self._slots:
            self._disarm()
            return
        when = min(slot.due_at for slot in self._slots)
        self.aps.add_job(
            self._guarded("timer", self.fire_due), DateTrigger(run_date=when), id=TIMER,
            replace_existing=True, misfire_grace_time=None, coalesce=True,
        )  # fmt: skip

    def _disarm(self) -> None:
        if self.aps.get_job(TIMER) is not None:
            self.aps.remove_job(TIMER)

    def _guarded(
        self, name: str, job: Callable[[], object]
    ) -> Callable[[], Coroutine[Any, Any, None]]:
        async def guarded() -> None:
            try:
                result = job()
                if asyncio.iscoroutine(result):
                    await result
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.exception("scheduler task %s failed", name)
                self.health.mark_failed(f"scheduler task {name} failed: {exc!r}"[:300])

        return guarded


def slot_id(slot: ReminderSlot) -> str:
    """A name for the slot exactly: item, kind, offset and version."""
    return f"slot:{slot.item_id}:{slot.kind}:{slot.offset_s}:{slot.version}"
