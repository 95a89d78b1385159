"""Calendar files: one event or deadline, or a feed of them all, as iCalendar.

Events keep their own zone (TZID) so calendar apps show the right local
time; all-day events stay all-day (VALUE=DATE).  A call becomes a short
event at its deadline with an alarm a day before.  Briefs have no date and
are left out, so `export ics` counts what it wrote: events and deadlines.
Each zone is described by `zones.vtimezone` (rules, not a list that ends
in 2038), which icalendar and vobject read to the same instants.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Timezone
from icalendar import Event as VEvent

from bot.answering.phrasing import primary_url
from bot.calendar.zones import vtimezone
from bot.knowledge.dates import call_deadline, end_instant
from bot.knowledge.items import AnyItem, Call, Event, Knowledge

PRODUCT = "-//ECCP bot//events and calls//EN"


def item_calendar(item: AnyItem, stamp: datetime) -> bytes | None:
    """A .ics with one item; None for a brief, which has no date to keep."""
    entry = _entry(item, stamp)
    return None if entry is None else _calendar([entry])


def feed(knowledge: Knowledge, stamp: datetime) -> bytes:
    """A .ics with every event and every call deadline."""
    return _calendar(e for e in (_entry(i, stamp) for i in dated(knowledge)) if e is not None)


def dated(knowledge: Knowledge) -> list[Event | Call]:
    """The items a calendar holds: events and calls (a brief has no date)."""
    return [item for item in knowledge.items if isinstance(item, Event | Call)]


def _calendar(entries: Iterable[VEvent]) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    listed = list(entries)
    for block in _zones(listed):
        calendar.add_component(block)
    for entry in listed:
        calendar.add_component(entry)
    return bytes(calendar.to_ical())


def _zones(entries: Iterable[VEvent]) -> list[Timezone]:
    """One VTIMEZONE per zone the entries use, right for every year they fall in."""
    years: dict[str, set[int]] = {}
    zones: dict[str, ZoneInfo] = {}
    for entry in entries:
        for name in ("dtstart", "dtend"):
            moment = entry.decoded(name, None)
            if isinstance(moment, datetime) and isinstance(moment.tzinfo, ZoneInfo):
                zones[moment.tzinfo.key] = moment.tzinfo
                years.setdefault(moment.tzinfo.key, set()).add(moment.year)
    return [vtimezone(zones[key], years[key]) for key in sorted(zones)]


def _entry(item: AnyItem, stamp: datetime) -> VEvent | None:
    if isinstance(item, Event):
        entry = _event(item)
    elif isinstance(item, Call):
        entry = _deadline(item)
    else:
        return None
    entry.add("uid", f"{item.id}@eccp-bot")
    entry.add("dtstamp", stamp.astimezone(UTC))
    if url := primary_url(item):
        entry.add("url", url)
    description = "\n\n".join(filter(None, [item.summary, primary_url(item)]))
    if description:
        entry.add("description", description)
    return entry


def _event(event: Event) -> VEvent:
    entry = VEvent()
    entry.add("summary", event.title)
    if isinstance(event.start, datetime):
        entry.add("dtstart", event.start.astimezone(event.timezone))
        end = end_instant(event.end, event.timezone) if event.end else event.start
        entry.add("dtend", end.astimezone(event.timezone))
    else:
        last = event.end if isinstance(event.end, date) else event.start
        last = last.date() if isinstance(last, datetime) else last
        entry.add("dtstart", event.start)
        entry.add("dtend", last + timedelta(days=1))  # DTEND of all-day events is exclusive
    if event.location:
        entry.add("location", event.location)
    return entry


def _deadline(call: Call) -> VEvent:
    deadline = call_deadline(call).astimezone(call.timezone)
    entry = VEvent()
    entry.add("summary", f"Deadline: {call.title}")
    entry.add("dtstart", deadline)
    entry.add("dtend", deadline + timedelta(minutes=30))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Tomorrow: deadline of {call.title}")
    alarm.add("trigger", timedelta(days=-1))
    entry.add_component(alarm)
    return entry
