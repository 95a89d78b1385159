"""Pure time rules: when items start, end and close, and how to say it.

Nothing here reads the clock: every function that depends on "now" takes it
as an argument, so answers are reproducible (`ask --now`) and testable.
A date without a time means the whole day in the item's zone: a start is
00:00, an end or a deadline is 23:59, as the knowledge format says.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from bot.knowledge.items import Call, DateOrTime, Event

END_OF_DAY = time(23, 59)


class EventStatus(StrEnum):
    """Where an event stands relative to now."""

    UPCOMING = "upcoming"
    ONGOING = "ongoing"
    PAST = "past"


class CallStatus(StrEnum):
    """Where a call stands relative to now."""

    NOT_YET_OPEN = "not yet open"
    OPEN = "open"
    CLOSED = "closed"


def start_instant(value: DateOrTime, zone: tzinfo) -> datetime:
    """An aware instant for a start: a bare date starts at 00:00 in `zone`."""
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, time(0, 0), tzinfo=zone)


def end_instant(value: DateOrTime, zone: tzinfo) -> datetime:
    """An aware instant for an end or deadline: a bare date ends at 23:59 in `zone`."""
    if isinstance(value, datetime):
        return value
    return datetime.combine(value, END_OF_DAY, tzinfo=zone)


def event_start(event: Event) -> datetime:
    """When the event begins."""
    return start_instant(event.start, event.timezone)


def event_end(event: Event) -> datetime:
    """When the event is over; without `end`, the end of its start day (or its start time)."""
    if event.end is not None:
        return end_instant(event.end, event.timezone)
    return end_instant(event.start, event.timezone)


def call_deadline(call: Call) -> datetime:
    """The instant the call closes."""
    return end_instant(call.deadline, call.timezone)


def call_opening(call: Call) -> datetime | None:
    """The instant the call opens, if the knowledge says."""
    return None if call.opens is None else start_instant(call.opens, call.timezone)


def event_status(event: Event, now: datetime) -> EventStatus:
    """Upcoming until it starts, ongoing until it ends, past after."""
    if now < event_start(event):
        return EventStatus.UPCOMING
    if now <= event_end(event):
        return EventStatus.ONGOING
    return EventStatus.PAST


def call_status(call: Call, now: datetime) -> CallStatus:
    """Closed once the deadline passed; not yet open before `opens`."""
    if now >= call_deadline(call):
        return CallStatus.CLOSED
    opening = call_opening(call)
    if opening is not None and now < opening:
        return CallStatus.NOT_YET_OPEN
    return CallStatus.OPEN


def local_dates(event: Event) -> tuple[date, date]:
    """The first and last calendar day of the event, in its own zone."""
    first = event_start(event).astimezone(event.timezone).date()
    last = event_end(event).astimezone(event.timezone).date()
    return first, max(first, last)


def format_day(day: date) -> str:
    """'26 September 2022': no ambiguity between day and month."""
    return f"{day.day} {day:%B} {day.year}"


def format_day_span(first: date, last: date) -> str:
    """'26-27 September 2022', '30 September - 2 October 2022' or a single day."""
    if first == last:
        return format_day(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}-{last.day} {last:%B} {last.year}"
    if first.year == last.year:
        return f"{first.day} {first:%B} - {last.day} {last:%B} {last.year}"
    return f"{format_day(first)} - {format_day(last)}"


def zone_label(moment: datetime, zone: tzinfo | None) -> str:
    """'CEST' when the zone agrees with the moment's offset, else 'UTC+02:00'."""
    if zone is not None:
        local = moment.astimezone(zone)
        if local.utcoffset() == moment.utcoffset():
            name = local.tzname()
            if name and not name.startswith(("+", "-")):
                return name
    offset = moment.utcoffset() or timedelta(0)
    sign = "-" if offset < timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_moment(moment: datetime, zone: tzinfo | None) -> str:
    """'29 July 2022, 18:00 CEST', in the moment's own offset."""
    return f"{format_day(moment.date())}, {moment:%H:%M} {zone_label(moment, zone)}"


def format_event_dates(event: Event) -> str:
    """The event's dates as a reader wants them: days, plus hours when the file gives them."""
    first, last = local_dates(event)
    if not isinstance(event.start, datetime):
        return format_day_span(first, last)
    start = event.start
    if event.end is None:
        return format_moment(start, event.timezone)
    end = end_instant(event.end, event.timezone).astimezone(start.tzinfo)
    if end.date() == start.date():
        label = zone_label(start, event.timezone)
        return f"{format_day(start.date())}, {start:%H:%M}-{end:%H:%M} {label}"
    return f"{format_moment(start, event.timezone)} - {format_moment(end, event.timezone)}"


def format_deadline(call: Call) -> str:
    """'29 July 2022, 18:00 CEST'; a date deadline shows its implied 23:59."""
    return format_moment(call_deadline(call), call.timezone)


def format_in_zone(moment: datetime, zone: tzinfo) -> str:
    """The same instant on another clock, e.g. the reader's own zone."""
    local = moment.astimezone(zone)
    return f"{format_day(local.date())}, {local:%H:%M} {zone_label(local, zone)}"


def amount(delta: timedelta) -> tuple[int, str]:
    """(3, 'day'), (5, 'hour'), (2, 'month'): the largest unit that reads naturally.

    Public so that other languages count in the same units and only word them.
    """
    seconds = abs(delta.total_seconds())
    days = seconds / 86400
    for limit, unit, size in (
        (1 / 24, "minute", 60.0),
        (1, "hour", 3600.0),
        (45, "day", 86400.0),
        (548, "month", 86400 * 30.44),
    ):
        if days < limit:
            return max(1, round(seconds / size)), unit
    return round(days / 365.25), "year"


def _amount(delta: timedelta) -> str:
    """'3 days', '5 hours', '2 months'."""
    count, unit = amount(delta)
    return f"{count} {unit}" if count == 1 else f"{count} {unit}s"


def relative(moment: datetime, now: datetime) -> str:
    """'in 3 days' or '2 months ago'."""
    delta = moment - now
    if delta >= timedelta(0):
        return f"in {_amount(delta)}"
    return f"{_amount(delta)} ago"


def utc(moment: datetime) -> datetime:
    """The same instant in UTC, for storage and comparison."""
    return moment.astimezone(UTC)
