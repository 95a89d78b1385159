"""Wording of reminders, announcements and 'moved' notices, as plain text.

Time left is worded at sending time, so a reminder sent late after downtime
still tells the truth ("closes in 5 hours", not "in 1 day").
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.knowledge.dates import (
    format_deadline,
    format_event_dates,
    format_in_zone,
    format_moment,
    relative,
)
from bot.knowledge.items import AnyItem, Call, Event
from bot.reminders.rules import item_moment
from bot.reminders.targets import ReminderKind


def _your_time(moment: datetime, zone: ZoneInfo | None) -> str:
    if zone is None or zone.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset():
        return ""
    return f" (your time: {format_in_zone(moment, zone)})"


def _where(event: Event) -> str:
    if event.is_online:
        return ", online"
    return f", {event.location}" if event.location else ""


def reminder(item: AnyItem, now: datetime, zone: ZoneInfo | None) -> str:
    """'Reminder: X closes in 1 day, on ...' or 'Reminder: X starts in 1 day: ...'."""
    moment = item_moment(item)
    if moment is None:
        return f"Reminder: {item.title}."
    yours = _your_time(moment, zone)
    if isinstance(item, Call):
        return (
            f"⏰ Reminder: {item.title} closes {relative(moment, now)}, "
            f"on {format_deadline(item)}{yours}."
        )
    assert isinstance(item, Event)
    return (
        f"⏰ Reminder: {item.title} starts {relative(moment, now)}: "
        f"{format_event_dates(item)}{_where(item)}{yours}."
    )


def new_item(item: AnyItem) -> str:
    """'New workshop: X, on ..., in ...' with its summary."""
    if isinstance(item, Event):
        head = f"New {item.kind.value}: {item.title}, {format_event_dates(item)}{_where(item)}."
    elif isinstance(item, Call):
        head = f"New call: {item.title}. Deadline: {format_deadline(item)}."
    else:
        head = f"New policy brief: {item.title}."
    return f"{head}\n{item.summary}" if item.summary else head


def moved(item: AnyItem, before: datetime | None) -> str:
    """'X has moved: the deadline is now ... (was ...)'."""
    was = (
        f" (was {format_moment(before.astimezone(item.timezone), item.timezone)})"
        if before
        else ""
    )
    if isinstance(item, Call):
        return f"📅 {item.title} has moved: the deadline is now {format_deadline(item)}{was}."
    if isinstance(item, Event):
        return f"📅 {item.title} has moved: it now takes place on {format_event_dates(item)}{was}."
    return f"📅 {item.title} has changed."


def compose(kind: ReminderKind, item: AnyItem, now: datetime, zone: ZoneInfo | None) -> str:
    """The text for a ledger key's kind (used again when a stranded claim is taken over)."""
    if kind is ReminderKind.NEW_ITEM:
        return new_item(item)
    if kind is ReminderKind.MOVED:
        return moved(item, None)
    return reminder(item, now, zone)
