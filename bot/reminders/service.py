"""Reminders as a service: fan out due slots, catch up after downtime, announce changes.

The database and the knowledge are the truth: at start-up the service works
out, from them alone, what is due, what was missed and what changed, so the
scheduler's jobs are disposable (no pickled job store).  Every message goes
through the `Deliverer`, whose ledger makes it once-only.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import store
from bot.answering.phrasing import links_for
from bot.delivery.deliverer import Deliverer, Delivery, Message, Report
from bot.knowledge.items import AnyItem, Knowledge
from bot.reminders import wording
from bot.reminders.rules import (
    Changes,
    ReminderSlot,
    SlotState,
    catch_up,
    detect_changes,
    item_version,
    live_slots,
    slots_for,
    versions_of,
    wanted_by,
)
from bot.reminders.targets import (
    DeliveryKey,
    ReminderKind,
    Subscription,
    TargetKind,
    target_keys_for,
)

log = logging.getLogger(__name__)

MISSED_LOOKBACK = timedelta(days=7)  # record skips for slots missed this recently


class ReminderService:
    """Decides what to send when, and hands it to the deliverer."""

    def __init__(
        self,
        database: store.Store,
        knowledge: Callable[[], Knowledge],
        deliverer: Deliverer,
        *,
        call_offsets: Sequence[timedelta],
        event_offsets: Sequence[timedelta],
    ) -> None:
        self.database = database
        self.knowledge = knowledge
        self.deliverer = deliverer
        self.call_offsets = tuple(call_offsets)
        self.event_offsets = tuple(event_offsets)
        deliverer.recompose = self.recompose

    def slots(self, now: datetime) -> list[ReminderSlot]:
        """Every slot still worth scheduling, from the current knowledge."""
        return live_slots(self.knowledge(), self.call_offsets, self.event_offsets, now)

    async def fire(self, slot: ReminderSlot, now: datetime) -> Report | None:
        """Send one slot's reminders to every follower; None if its item is missing now.

        The followers are looked up and queued off the event loop (a 100,000-chat
        fan-out must not stall questions), then the deliverer sends them.
        """
        queued = await asyncio.to_thread(self.queue, slot, now)
        if queued is None:
            return None
        report = await self.deliverer.drain()
        report.add(queued)
        if report.queued or report.claimed:
            log.info("reminder %s %s: %s", slot.item_id, slot.offset, report)
        return report

    def queue(self, slot: ReminderSlot, now: datetime) -> Report | None:
        """Put a due slot's reminders in the ledger; None if its item is missing right now."""
        deliveries = self.plan(slot, now)
        return None if deliveries is None else self.deliverer.enqueue(deliveries)

    def plan(self, slot: ReminderSlot, now: datetime) -> list[Delivery] | None:
        """The messages a slot sends now: none unless it is due and still matches its item.

        None when the item is missing from the knowledge (perhaps only for a
        moment, mid-edit): the scheduler tries the slot again at its next plan.
        """
        item = self.knowledge().get(slot.item_id)
        if item is None:
            return None
        if item_version(item)[0] != slot.version or slot.state(now) is not SlotState.DUE:
            return []  # moved since it was scheduled (its new slots take over), or not due
        followers = self._followers(item, _wanted_for(slot))
        zones = self._zones(followers)
        texts = {zone: wording.reminder(item, now, zone) for zone in {*zones.values(), None}}
        links = links_for(item, now)
        return [
            Delivery(
                DeliveryKey(chat, item.id, slot.kind, slot.offset_s, slot.version),
                slot.due_at,
                Message(chat, texts[zones.get(chat)], links),
                expires_at=slot.moment,
            )
            for chat in followers
        ]

    async def start_up(self, now: datetime) -> Report:
        """On taking the lead: announce changes, send what came due, record what was missed.

        Claims a dead process left are not special: their lease lapses and the
        deliverer takes them over like any row due for an attempt.
        """
        report = await self.announce_changes(now)
        send, superseded = catch_up(self.slots(now), now)
        for slot in send:
            report.add(await self.fire(slot, now) or Report())
        await asyncio.to_thread(self.record_missed, superseded, now)
        return report

    def record_missed(self, superseded: Sequence[ReminderSlot], now: datetime) -> None:
        """Record superseded and recently missed slots as skipped, in bulk statements."""
        self._record_skipped(superseded, now, "superseded by a later reminder")
        self._record_skipped(self._recently_missed(now), now, "deadline passed while down")

    async def announce_changes(self, now: datetime) -> Report:
        """Announce new items to their followers and moved dates to the item's followers."""
        knowledge = self.knowledge()
        with self.database.session() as s:
            changes = detect_changes(store.known_item_versions(s), knowledge)
        report = Report()
        for item in _announceable(changes, now):
            report.add(await self._announce_new(item, now))
        for move in changes.moved:
            report.add(await self._announce_move(move.item, move.before, now))
        with self.database.session() as s:
            store.save_item_versions(s, versions_of(knowledge), now)
        return report

    async def _announce_new(self, item: AnyItem, now: datetime) -> Report:
        """Followers of its tags, kind or category (an item nobody could follow by name yet)."""
        keys = target_keys_for(item) - {f"{TargetKind.ITEM.value}:{item.id}"}
        return await self._notify(item, keys, ReminderKind.NEW_ITEM, wording.new_item(item), now)

    async def _announce_move(
        self, item: AnyItem, before: datetime | None, now: datetime
    ) -> Report:
        """Followers of the item itself: its date moved."""
        keys = frozenset({f"{TargetKind.ITEM.value}:{item.id}"})
        return await self._notify(item, keys, ReminderKind.MOVED, wording.moved(item, before), now)

    async def _notify(
        self, item: AnyItem, keys: frozenset[str], kind: ReminderKind, text: str, now: datetime
    ) -> Report:
        """One message to each follower by these keys, once per item version.

        Followers are looked up and queued off the event loop: a new item's tag
        may have 100,000 followers, and questions must not wait for them.
        """
        version, moment = item_version(item)
        links = links_for(item, now)

        def queue() -> Report:
            return self.deliverer.enqueue(
                Delivery(
                    DeliveryKey(chat, item.id, kind, 0, version),
                    now,
                    Message(chat, text, links),
                    expires_at=moment,
                )
                for chat in self._followers(item, lambda _: True, keys)
            )

        queued = await asyncio.to_thread(queue)
        report = await self.deliverer.drain()
        report.add(queued)
        return report

    def _followers(
        self,
        item: AnyItem,
        wanted: Callable[[Subscription], bool],
        keys: frozenset[str] | None = None,
    ) -> list[int]:
        """Chats following the item by any target, once each, oldest subscription deciding."""
        with self.database.session() as s:
            subscriptions = store.subscriptions_for_targets(s, keys or target_keys_for(item))
        first: dict[int, Subscription] = {}
        for sub in subscriptions:
            if sub.chat_id not in first or sub.created_at < first[sub.chat_id].created_at:
                first[sub.chat_id] = sub
        return [chat for chat, sub in first.items() if wanted(sub)]

    def _zones(self, chats: Sequence[int]) -> dict[int, ZoneInfo]:
        with self.database.session() as s:
            names = store.chat_timezones(s, chats)
        return {chat: ZoneInfo(name) for chat, name in names.items()}

    def _recently_missed(self, now: datetime) -> list[ReminderSlot]:
        return [
            slot
            for item in self.knowledge().items
            for slot in slots_for(item, self.call_offsets, self.event_offsets)
            if slot.state(now) is SlotState.MISSED and now - slot.moment <= MISSED_LOOKBACK
        ]

    def recompose(self, key: DeliveryKey) -> Message | None:
        """Word again a message queued before the ledger stored texts; None if its item is gone."""
        item = self.knowledge().get(key.item_id)
        if item is None or key.reminder_kind is ReminderKind.ANNOUNCEMENT:
            return None
        version, moment = item_version(item)
        now = self.deliverer.clock()
        if version != key.item_version or (moment is not None and moment <= now):
            return None  # moved or over since: too late to be useful
        text = wording.compose(key.reminder_kind, item, now, None)
        return Message(key.chat_id, text, links_for(item, now))

    def _record_skipped(self, slots: Sequence[ReminderSlot], now: datetime, reason: str) -> None:
        """Write 'skipped' ledger rows, so the record shows every reminder's fate."""
        for slot in slots:
            item = self.knowledge().get(slot.item_id)
            if item is None:
                continue
            chats = self._followers(item, _wanted_for(slot))
            rows = [
                store.Queued(
                    DeliveryKey(c, item.id, slot.kind, slot.offset_s, slot.version), slot.due_at
                )
                for c in chats
            ]
            with self.database.session() as s:
                store.record_skipped(s, rows, now, reason)


def _wanted_for(slot: ReminderSlot) -> Callable[[Subscription], bool]:
    return lambda sub: wanted_by(slot, sub.created_at)


def _announceable(changes: Changes, now: datetime) -> Iterator[AnyItem]:
    """New items worth announcing: not already over."""
    for item in changes.new_items:
        moment = item_version(item)[1]
        if moment is None or moment > now:
            yield item
