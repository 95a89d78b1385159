"""Reminders as a service: fan out due slots, catch up after downtime, announce changes.

The database and the knowledge are the truth: at start-up the service works
out, from them alone, what is due, what was missed and what changed, so the
scheduler's jobs are disposable (no pickled job store).  Every message is
queued in the `Deliverer`'s ledger (once-only, resumable by any instance),
and the heavy part (followers, wording, queueing) runs off the event loop.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import store
from bot.answering.phrasing import links_for
from bot.delivery.deliverer import Deliverer, Delivery, Message, Report
from bot.knowledge.items import AnyItem, Knowledge
from bot.languages.speech import speaking
from bot.reminders import wording
from bot.reminders.per_chat import PerChat
from bot.reminders.preferences import (
    ChatPreferences,
    Defaults,
    QuietHours,
    effective_offsets,
    release_time,
)
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
    item_key,
    target_keys_for,
)

log = logging.getLogger(__name__)

MISSED_LOOKBACK = timedelta(days=7)
DEFAULT_ZONE = ZoneInfo("Europe/Brussels")  # record skips for slots missed this recently


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
        default_zone: ZoneInfo = DEFAULT_ZONE,
    ) -> None:
        self.database = database
        self.knowledge = knowledge
        self.deliverer = deliverer
        self.defaults = Defaults(tuple(call_offsets), tuple(event_offsets), default_zone)
        # Slots are planned for the whole menu, so any follower's choice has its slot.
        self.call_offsets = self.defaults.planned(kind_is_call=True)
        self.event_offsets = self.defaults.planned(kind_is_call=False)
        self._wakes: set[tuple[ReminderSlot, datetime]] = set()
        deliverer.recompose = self.recompose

    def slots(self, now: datetime) -> list[ReminderSlot]:
        """Every slot still worth scheduling, from the current knowledge."""
        return live_slots(self.knowledge(), self.call_offsets, self.event_offsets, now)

    def take_wakes(self) -> list[tuple[ReminderSlot, datetime]]:
        """Slots to fire again when quiet hours end for followers they held back."""
        wakes, self._wakes = sorted(self._wakes, key=lambda w: w[1]), set()
        return wakes

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
        planned = self._plan(slot, now, set())
        return None if planned is None else planned[0]

    def _plan(
        self, slot: ReminderSlot, now: datetime, covered: set[int]
    ) -> tuple[list[Delivery], list[int]] | None:
        """The messages for followers not `covered` already, and every follower who wants it."""
        item = self.knowledge().get(slot.item_id)
        if item is None:
            return None
        if item_version(item)[0] != slot.version or slot.state(now) is not SlotState.DUE:
            return [], []  # moved since it was scheduled (its new slots take over), or not due
        wanted, preferences = self._followers(item, self._wanted_for(slot))
        followers = self._awake(slot, [c for c in wanted if c not in covered], preferences, now)
        per_chat = PerChat(
            lambda zone: wording.reminder(item, now, zone),
            lambda: links_for(item, now),
            self._languages(followers),
            {chat: p.zone for chat, p in preferences.items()},
        )
        deliveries = [
            Delivery(
                DeliveryKey(chat, item.id, slot.kind, slot.offset_s, slot.version),
                slot.due_at,
                Message(chat, *per_chat.words(chat)),
                expires_at=slot.moment,
            )
            for chat in followers
        ]
        return deliveries, wanted

    def _awake(
        self,
        slot: ReminderSlot,
        chats: Sequence[int],
        preferences: dict[int, ChatPreferences],
        now: datetime,
    ) -> list[int]:
        """Followers outside their quiet hours; the rest are woken later (one job per time)."""
        releases: dict[tuple[ZoneInfo | None, QuietHours | None], datetime] = {}

        def release(chosen: ChatPreferences) -> datetime:
            key = (chosen.zone, chosen.quiet)
            if key not in releases:
                zone = chosen.zone or self.defaults.zone
                releases[key] = release_time(now, slot.moment, zone, chosen.quiet)
            return releases[key]

        usual = release(ChatPreferences())  # most chats chose nothing: one answer for them all
        awake: list[int] = []
        for chat in chats:
            chosen = preferences.get(chat)
            at = usual if chosen is None else release(chosen)
            if at <= now:
                awake.append(chat)
            else:
                self._wakes.add((slot, at))
        return awake

    async def start_up(self, now: datetime) -> Report:
        """On taking the lead: announce changes, send what came due, record what was missed.

        Claims a dead process left are not special: their lease lapses and the
        deliverer takes them over like any row due for an attempt.
        """
        report = await self.announce_changes(now)
        for group in catch_up(self.slots(now), now):
            report.add(await self.catch_up(group, now) or Report())
        await asyncio.to_thread(self.record_missed, now)
        return report

    async def catch_up(self, group: Sequence[ReminderSlot], now: datetime) -> Report | None:
        """Each follower gets the latest overdue slot they chose; their earlier ones are skipped.

        Followers choose different offsets, so "latest" is per follower: the
        group runs smallest offset first, and whoever a slot reached already
        is skipped by the larger ones.  Queued off the event loop, then sent;
        None if the item is missing right now (the group is tried again later).
        """
        queued = await asyncio.to_thread(self._queue_group, group, now)
        if queued is None:
            return None
        report = await self.deliverer.drain()
        report.add(queued)
        return report

    def _queue_group(self, group: Sequence[ReminderSlot], now: datetime) -> Report | None:
        report, covered = Report(), set[int]()
        for slot in group:
            planned = self._plan(slot, now, covered)
            if planned is None:
                return None
            deliveries, wanted = planned
            report.add(self.deliverer.enqueue(deliveries))
            self._skip(slot, sorted(set(wanted) & covered), now, "superseded by a later reminder")
            covered.update(wanted)
        return report

    def record_missed(self, now: datetime) -> None:
        """Record slots whose deadline passed while nobody led as skipped, in bulk."""
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
        keys = target_keys_for(item) - {item_key(item.id)}
        return await self._notify(
            item, keys, ReminderKind.NEW_ITEM, lambda _zone: wording.new_item(item), now
        )

    async def _announce_move(
        self, item: AnyItem, before: datetime | None, now: datetime
    ) -> Report:
        """Followers of the item itself: its date moved."""
        keys = frozenset({item_key(item.id)})
        return await self._notify(
            item, keys, ReminderKind.MOVED, lambda _zone: wording.moved(item, before), now
        )

    async def _notify(
        self,
        item: AnyItem,
        keys: frozenset[str],
        kind: ReminderKind,
        word: Callable[[ZoneInfo | None], str],
        now: datetime,
    ) -> Report:
        """One message to each follower by these keys, once per item version, in their language.

        Followers are looked up and queued off the event loop: a new item's tag
        may have 100,000 followers, and questions must not wait for them.
        """
        version, moment = item_version(item)

        def queue() -> Report:
            chats = self._followers(item, keys=keys)[0]
            per_chat = PerChat(word, lambda: links_for(item, now), self._languages(chats))
            return self.deliverer.enqueue(
                Delivery(
                    DeliveryKey(chat, item.id, kind, 0, version),
                    now,
                    Message(chat, *per_chat.words(chat)),
                    expires_at=moment,
                )
                for chat in chats
            )

        queued = await asyncio.to_thread(queue)
        report = await self.deliverer.drain()
        report.add(queued)
        return report

    def _followers(
        self,
        item: AnyItem,
        wanted: Callable[[Subscription, ChatPreferences | None], bool] | None = None,
        keys: frozenset[str] | None = None,
    ) -> tuple[list[int], dict[int, ChatPreferences]]:
        """Chats following the item by any target that wants this message, once each.

        With `wanted`, the followers' preferences are read too (one query for
        the chats that chose anything) and returned, for the fan-out to reuse.
        """
        with self.database.session() as s:
            subscriptions = store.subscriptions_for_targets(s, keys or target_keys_for(item))
        if wanted is None:
            return list(dict.fromkeys(sub.chat_id for sub in subscriptions)), {}
        chosen = self._preferences({sub.chat_id for sub in subscriptions})
        chats: dict[int, None] = {}
        for sub in subscriptions:
            if sub.chat_id not in chats and wanted(sub, chosen.get(sub.chat_id)):
                chats[sub.chat_id] = None
        return list(chats), chosen

    def _preferences(self, chats: Iterable[int]) -> dict[int, ChatPreferences]:
        with self.database.session() as s:
            return store.chats_preferences(s, chats)

    def _languages(self, chats: Iterable[int]) -> dict[int, str]:
        """The chats not written to in English, with their language: one query per chunk."""
        with self.database.session() as s:
            return store.chat_languages(s, chats)

    def _wanted_for(
        self, slot: ReminderSlot
    ) -> Callable[[Subscription, ChatPreferences | None], bool]:
        """Subscribed before the slot fell due, with the slot's offset among those chosen."""
        defaults = self.defaults.offsets_for(slot.kind is ReminderKind.DEADLINE)
        usual = slot.offset in defaults  # for the many who chose nothing

        def wanted(sub: Subscription, chat: ChatPreferences | None) -> bool:
            if sub.offsets is None and (chat is None or chat.offsets is None):
                chosen = usual
            else:
                own = chat.offsets if chat else None
                chosen = slot.offset in effective_offsets(sub.offsets, own, defaults)
            return chosen and wanted_by(slot, sub.created_at)

        return wanted

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
        with speaking(self._languages([key.chat_id]).get(key.chat_id)):
            text = wording.compose(key.reminder_kind, item, now, None)
            return Message(key.chat_id, text, links_for(item, now))

    def _record_skipped(self, slots: Sequence[ReminderSlot], now: datetime, reason: str) -> None:
        """Write 'skipped' ledger rows, so the record shows every reminder's fate."""
        for slot in slots:
            item = self.knowledge().get(slot.item_id)
            if item is None:
                continue
            self._skip(slot, self._followers(item, self._wanted_for(slot))[0], now, reason)

    def _skip(self, slot: ReminderSlot, chats: Sequence[int], now: datetime, reason: str) -> None:
        """Ledger rows 'skipped' for these chats' copies of the slot (unless already claimed)."""
        rows = [
            store.Queued(
                DeliveryKey(c, slot.item_id, slot.kind, slot.offset_s, slot.version), slot.due_at
            )
            for c in chats
        ]
        with self.database.session() as s:
            store.record_skipped(s, rows, now, reason)  # bulk: 100,000 chats in seconds


def _announceable(changes: Changes, now: datetime) -> Iterator[AnyItem]:
    """New items worth announcing: not already over."""
    for item in changes.new_items:
        moment = item_version(item)[1]
        if moment is None or moment > now:
            yield item
