"""APScheduler jobs: reminder slots, the leader lease, the claim sweep, the knowledge watch.

Jobs are disposable: each is rebuilt from the knowledge and the database
whenever this instance becomes the scheduler leader or the knowledge changes,
so nothing is pickled and a restart loses nothing.  APScheduler 3 would skip
a job that runs more than `misfire_grace_time` late (1 s by default); here it
is None, and lateness is decided by the reminder rules instead: a slot due
while the deadline is still ahead is sent, one whose deadline passed is
recorded as skipped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger

from bot import store
from bot.answering.engine import Engine
from bot.knowledge.source import KnowledgeSource, ReloadResult
from bot.reminders.rules import ReminderSlot, SlotState
from bot.reminders.service import ReminderService

log = logging.getLogger(__name__)

LEASE = "scheduler"
SLOT_PREFIX = "slot:"


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
        scheduler: AsyncIOScheduler | None = None,
    ) -> None:
        self.reminders = reminders
        self.source = source
        self.database = database
        self.clock = clock
        self.instance = instance
        self.lease_ttl = lease_ttl
        self.watch_every = watch_every
        self.aps = scheduler or AsyncIOScheduler(timezone="UTC")
        self.leader = False
        self._reloading = asyncio.Lock()
        self._first: asyncio.Task[None] | None = None

    async def start(self, paused: bool = False) -> None:
        """Start the clock jobs; become the leader at once if no one else is.

        `paused` registers jobs without running them: APScheduler keeps real
        time, so tests on an injected clock inspect the plan instead.
        """
        self.aps.start(paused=paused)
        every = self.lease_ttl.total_seconds() / 3
        self.aps.add_job(self.renew_lease, "interval", seconds=every, id="lease", max_instances=1)
        seconds = self.watch_every.total_seconds()
        self.aps.add_job(self.watch, "interval", seconds=seconds, id="watch", max_instances=1)
        if paused:
            await self.renew_lease()
        else:  # the catch-up fan-out may take minutes: start answering questions meanwhile
            self._first = asyncio.create_task(self.renew_lease())

    def every(self, seconds: float, job: Callable[[], object], name: str) -> None:
        """Run a plain function on an interval (e.g. flushing the activity log)."""
        self.aps.add_job(job, "interval", seconds=seconds, id=name, max_instances=1)

    async def stop(self) -> None:
        """Let in-flight sends finish and be recorded, stop scheduling, hand the lease on.

        Deliveries stop first: APScheduler cancels running jobs on shutdown,
        which would leave a chunk claimed but unsent until the next start.
        """
        await self.reminders.deliverer.stop()
        if self._first is not None:
            await asyncio.gather(self._first, return_exceptions=True)
        if self.aps.running:
            self.aps.shutdown(wait=False)
        if self.leader:
            with self.database.session() as s:
                store.release_lease(s, LEASE, self.instance)
            self.leader = False

    async def renew_lease(self) -> None:
        """Keep (or take) the scheduler lease; start or stop leading accordingly."""
        now = self.clock()
        with self.database.session() as s:
            held = store.acquire_lease(s, LEASE, self.instance, now, self.lease_ttl)
        if held and not self.leader:
            self.leader = True
            log.info("this instance now runs the reminder scheduler")
            await self.reminders.start_up(now)
            self.plan()
        elif not held and self.leader:
            self.leader = False
            log.warning("lost the scheduler lease; another instance runs reminders")
            self._clear_slots()
        if self.leader:
            await self.reminders.sweep(now, self.lease_ttl * 2)

    def plan(self) -> int:
        """One date job per future slot; jobs of slots no longer current are removed."""
        if not self.leader:
            return 0
        now = self.clock()
        wanted = {
            slot_id(s): s for s in self.reminders.slots(now) if s.state(now) is SlotState.FUTURE
        }
        for job in self.aps.get_jobs():
            if job.id.startswith(SLOT_PREFIX) and job.id not in wanted:
                job.remove()
        for job_id, slot in wanted.items():
            self.aps.add_job(
                self.fire,
                DateTrigger(run_date=slot.due_at),
                args=[slot],
                id=job_id,
                replace_existing=True,
                misfire_grace_time=None,
                coalesce=True,
            )
        self._plan_wakes()
        return len(wanted)

    async def fire(self, slot: ReminderSlot) -> None:
        """The job: send one slot (the reminder rules decide if it is still worth it)."""
        if self.leader:
            await self.reminders.fire(slot, self.clock())
            self._plan_wakes()

    def _plan_wakes(self) -> None:
        """Fire a slot again when quiet hours end for followers it held back (issue 9).

        The ledger makes the second firing send only to those not sent yet.
        """
        for slot, at in self.reminders.take_wakes():
            self.aps.add_job(
                self.fire,
                DateTrigger(run_date=at),
                args=[slot],
                id=f"wake:{slot_id(slot)}@{at.isoformat()}",
                replace_existing=True,
                misfire_grace_time=None,
            )

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
            if self.leader:
                await self.reminders.announce_changes(self.clock())
                self.plan()
            return result

    def _clear_slots(self) -> None:
        for job in self.aps.get_jobs():
            if job.id.startswith(SLOT_PREFIX):
                job.remove()


def slot_id(slot: ReminderSlot) -> str:
    """A job id naming the slot exactly: item, kind, offset and version."""
    return f"{SLOT_PREFIX}{slot.item_id}:{slot.kind}:{slot.offset_s}:{slot.version}"
