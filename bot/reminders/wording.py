"""Wording of reminders, announcements and 'moved' notices, as plain text.

Time left is worded at sending time, so a reminder sent late after downtime
still tells the truth ("closes in 5 hours", not "in 1 day").  Everything is
written in the current reply language (`bot.languages.speech.speaking`): a
fan-out words each message inside its chat's language.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from bot.knowledge.items import AnyItem, Call, Event, EventKind
from bot.languages import dates as spoken
from bot.languages.speech import N_, _
from bot.reminders.rules import item_moment
from bot.reminders.targets import ReminderKind

NEW_EVENT = {
    EventKind.CONFERENCE: N_("New conference: {title}, {dates}{where}."),
    EventKind.WORKSHOP: N_("New workshop: {title}, {dates}{where}."),
    EventKind.WEBINAR: N_("New webinar: {title}, {dates}{where}."),
    EventKind.MEETING: N_("New meeting: {title}, {dates}{where}."),
    EventKind.OTHER: N_("New other: {title}, {dates}{where}."),
}


def _your_time(moment: datetime, zone: ZoneInfo | None) -> str:
    if zone is None or zone.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset():
        return ""
    return " " + _("(your time: {when})").format(when=spoken.format_in_zone(moment, zone))


def _where(event: Event) -> str:
    if event.is_online:
        return ", " + _("online")
    return f", {event.location}" if event.location else ""


def reminder(item: AnyItem, now: datetime, zone: ZoneInfo | None) -> str:
    """'Reminder: X closes in 1 day, on ...' or 'Reminder: X starts in 1 day: ...'."""
    moment = item_moment(item)
    if moment is None:
        return _("Reminder: {title}.").format(title=item.title)
    yours = _your_time(moment, zone)
    when = spoken.relative(moment, now)
    if isinstance(item, Call):
        return _("⏰ Reminder: {title} closes {when}, on {deadline}{your_time}.").format(
            title=item.title, when=when, deadline=spoken.format_deadline(item), your_time=yours
        )
    assert isinstance(item, Event)
    return _("⏰ Reminder: {title} starts {when}: {dates}{where}{your_time}.").format(
        title=item.title,
        when=when,
        dates=spoken.format_event_dates(item),
        where=_where(item),
        your_time=yours,
    )


def new_item(item: AnyItem) -> str:
    """'New workshop: X, on ..., in ...' with its summary."""
    if isinstance(item, Event):
        head = _(NEW_EVENT[item.kind]).format(
            title=item.title, dates=spoken.format_event_dates(item), where=_where(item)
        )
    elif isinstance(item, Call):
        head = _("New call: {title}. Deadline: {deadline}.").format(
            title=item.title, deadline=spoken.format_deadline(item)
        )
    else:
        head = _("New policy brief: {title}.").format(title=item.title)
    return f"{head}\n{item.summary}" if item.summary else head


def moved(item: AnyItem, before: datetime | None) -> str:
    """'X has moved: the deadline is now ... (was ...)'."""
    was = ""
    if before:
        earlier = spoken.format_moment(before.astimezone(item.timezone), item.timezone)
        was = " " + _("(was {when})").format(when=earlier)
    if isinstance(item, Call):
        return _("📅 {title} has moved: the deadline is now {deadline}{was}.").format(
            title=item.title, deadline=spoken.format_deadline(item), was=was
        )
    if isinstance(item, Event):
        return _("📅 {title} has moved: it now takes place on {dates}{was}.").format(
            title=item.title, dates=spoken.format_event_dates(item), was=was
        )
    return _("📅 {title} has changed.").format(title=item.title)


def compose(kind: ReminderKind, item: AnyItem, now: datetime, zone: ZoneInfo | None) -> str:
    """The text for a ledger key's kind (used again when a stranded claim is taken over)."""
    if kind is ReminderKind.NEW_ITEM:
        return new_item(item)
    if kind is ReminderKind.MOVED:
        return moved(item, None)
    return reminder(item, now, zone)
