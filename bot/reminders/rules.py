"""Pure scheduling rules: when reminders fall due, what changed in the knowledge.

Reminders are planned per (item, offset), not per subscriber: one slot such
as "7 days before the CmR call closes" fans out to every follower when it
falls due, so planning 100,000 subscribers costs no more than planning one.
Each slot carries the item's version (the UTC instant of its deadline or
start), so a moved deadline makes new slots and the old ones simply never
match again.  Nothing here reads the clock or touches a database.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from bot.knowledge.dates import call_deadline, event_start
from bot.knowledge.items import AnyItem, Call, Event, Knowledge
from bot.reminders.targets import ReminderKind

_DURATION = re.compile(r"^\s*(\d+)\s*([dhm])\s*$")
_UNITS = {"d": ("day", 86400), "h": ("hour", 3600), "m": ("minute", 60)}

ItemVersion = tuple[str, datetime | None]


def parse_duration(text: str) -> timedelta:
    """'14d', '2h', '30m' -> a timedelta; anything else is a ValueError that says the form."""
    match = _DURATION.match(text)
    if not match or int(match.group(1)) == 0:
        raise ValueError(
            f"not a duration: {text!r}; write a positive number and d, h or m, like 14d, 2h or 30m"
        )
    return timedelta(seconds=int(match.group(1)) * _UNITS[match.group(2)][1])


def format_offset(offset: timedelta) -> str:
    """'7 days', '1 hour', '30 minutes': the largest whole unit."""
    seconds = int(offset.total_seconds())
    for name, size in _UNITS.values():
        if seconds % size == 0:
            count = seconds // size
            return f"{count} {name}" if count == 1 else f"{count} {name}s"
    return f"{seconds} seconds"


class SlotState(StrEnum):
    """Where a reminder slot stands relative to now."""

    FUTURE = "future"  # schedule it
    DUE = "due"  # its time has come and the deadline is still ahead: send now
    MISSED = "missed"  # the deadline or start itself has passed: record as skipped


@dataclass(frozen=True, slots=True)
class ReminderSlot:
    """'Remind followers of this item this long before its deadline (or start)'."""

    item_id: str
    kind: ReminderKind
    offset: timedelta
    moment: datetime
    version: str

    @property
    def due_at(self) -> datetime:
        """When the reminder should go out."""
        return self.moment - self.offset

    @property
    def offset_s(self) -> int:
        """The offset in whole seconds, as the ledger keys it."""
        return int(self.offset.total_seconds())

    def state(self, now: datetime) -> SlotState:
        """Future, due now, or missed for good."""
        if now < self.due_at:
            return SlotState.FUTURE
        return SlotState.DUE if now < self.moment else SlotState.MISSED


def item_moment(item: AnyItem) -> datetime | None:
    """The instant reminders count down to: a call's deadline, an event's start."""
    if isinstance(item, Call):
        return call_deadline(item)
    if isinstance(item, Event):
        return event_start(item)
    return None


def item_version(item: AnyItem) -> ItemVersion:
    """A version that changes exactly when the item's reminder instant moves."""
    moment = item_moment(item)
    if moment is None:
        return ("-", None)
    utc = moment.astimezone(UTC)
    return (utc.strftime("%Y-%m-%dT%H:%MZ"), utc)


def slots_for(
    item: AnyItem, call_offsets: Sequence[timedelta], event_offsets: Sequence[timedelta]
) -> list[ReminderSlot]:
    """Every reminder slot of one item (none for briefs)."""
    moment = item_moment(item)
    if moment is None:
        return []
    kind = ReminderKind.DEADLINE if isinstance(item, Call) else ReminderKind.START
    offsets = call_offsets if isinstance(item, Call) else event_offsets
    version = item_version(item)[0]
    return [ReminderSlot(item.id, kind, offset, moment, version) for offset in offsets]


def live_slots(
    knowledge: Knowledge,
    call_offsets: Sequence[timedelta],
    event_offsets: Sequence[timedelta],
    now: datetime,
) -> list[ReminderSlot]:
    """Slots whose deadline or start is still ahead, soonest due first."""
    slots = [
        slot
        for item in knowledge.items
        for slot in slots_for(item, call_offsets, event_offsets)
        if slot.state(now) is not SlotState.MISSED
    ]
    return sorted(slots, key=lambda s: (s.due_at, s.item_id, s.offset_s))


def catch_up(slots: Iterable[ReminderSlot], now: datetime) -> list[tuple[ReminderSlot, ...]]:
    """After downtime: the overdue slots of each item, the latest (smallest offset) first.

    Nobody wants "7 days left" and "1 day left" in the same minute: each
    follower gets only the first slot of a group that is among their chosen
    offsets (it tells the truth about the time left); the rest are skipped.
    """
    groups: dict[tuple[str, ReminderKind], list[ReminderSlot]] = {}
    for slot in slots:
        if slot.state(now) is SlotState.DUE:
            groups.setdefault((slot.item_id, slot.kind), []).append(slot)
    ordered = (tuple(sorted(group, key=lambda s: s.offset)) for group in groups.values())
    return sorted(ordered, key=lambda g: (g[0].due_at, g[0].item_id))


def wanted_by(slot: ReminderSlot, subscribed_at: datetime) -> bool:
    """A reminder that fell due before someone subscribed is not theirs to receive."""
    return slot.due_at >= subscribed_at


@dataclass(frozen=True, slots=True)
class Move:
    """An item whose deadline or start changed."""

    item: AnyItem
    before: datetime | None
    after: datetime | None


@dataclass(frozen=True, slots=True)
class Changes:
    """What a new knowledge snapshot adds or moves, compared with what was known."""

    new_items: tuple[AnyItem, ...]
    moved: tuple[Move, ...]


def detect_changes(known: Mapping[str, ItemVersion], knowledge: Knowledge) -> Changes:
    """New items and moved dates; with nothing known yet (first start) nothing is 'new'."""
    if not known:
        return Changes((), ())
    new = tuple(i for i in knowledge.items if i.id not in known)
    moved = tuple(
        Move(item, known[item.id][1], item_version(item)[1])
        for item in knowledge.items
        if item.id in known and known[item.id][0] != item_version(item)[0]
    )
    return Changes(new, moved)


def versions_of(knowledge: Knowledge) -> dict[str, ItemVersion]:
    """The version of every item, to remember after announcing changes."""
    return {item.id: item_version(item) for item in knowledge.items}
