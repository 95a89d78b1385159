"""Dates and times as the reminders write them, in the language of the reply being written.

The one seam between reminder wording and date formatting: English keeps
the knowledge's own formats (tests pin them); other languages take their
month names, date order and plural forms ("in 3 Tagen", "za 2 dni") from
Babel's CLDR data.  When `bot.languages.dates` (localised dates for every
reply) exists, these five functions become thin calls to it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from babel.dates import format_date, format_timedelta

from bot.knowledge import dates as english
from bot.knowledge.items import Call, Event
from bot.languages.codes import ENGLISH
from bot.languages.speech import current

# The unit sizes Babel counts in, so that "14 days" stays days and never becomes "2 weeks".
_BABEL_UNIT_S = {"year": 31536000, "month": 2592000, "day": 86400, "hour": 3600, "minute": 60}


def relative(moment: datetime, now: datetime) -> str:
    """'in 3 days', 'in 3 Tagen', 'za 3 dni', '2 months ago'."""
    if current() == ENGLISH:
        return english.relative(moment, now)
    count, unit = _amount(moment - now)
    sign = 1 if moment >= now else -1
    # A threshold equal to the count makes Babel keep exactly this unit.
    return format_timedelta(
        timedelta(seconds=sign * count * _BABEL_UNIT_S[unit]),
        threshold=count,
        add_direction=True,
        locale=current(),
    )


def _amount(delta: timedelta) -> tuple[int, str]:
    """The count and unit English says ('3 days'): the largest unit that reads naturally."""
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
    return max(1, round(days / 365.25)), "year"


def day(value: date) -> str:
    """'26 September 2022', '26. September 2022', '26 września 2022'."""
    if current() == ENGLISH:
        return english.format_day(value)
    return format_date(value, format="long", locale=current())


def moment(value: datetime, zone: tzinfo | None) -> str:
    """'29 July 2022, 18:00 CEST', in the moment's own offset."""
    if current() == ENGLISH:
        return english.format_moment(value, zone)
    return f"{day(value.date())}, {value:%H:%M} {english.zone_label(value, zone)}"


def in_zone(value: datetime, zone: tzinfo) -> str:
    """The same instant on another clock, e.g. the reader's own zone."""
    if current() == ENGLISH:
        return english.format_in_zone(value, zone)
    return moment(value.astimezone(zone), zone)


def deadline(call: Call) -> str:
    """A call's deadline; a date deadline shows its implied 23:59."""
    if current() == ENGLISH:
        return english.format_deadline(call)
    return moment(english.call_deadline(call), call.timezone)


def event_dates(event: Event) -> str:
    """An event's days, plus hours when the file gives them."""
    if current() == ENGLISH:
        return english.format_event_dates(event)
    first, last = english.local_dates(event)
    if not isinstance(event.start, datetime):
        return day(first) if first == last else f"{day(first)} – {day(last)}"
    start = event.start
    if event.end is None:
        return moment(start, event.timezone)
    end = english.end_instant(event.end, event.timezone).astimezone(start.tzinfo)
    if end.date() == start.date():
        label = english.zone_label(start, event.timezone)
        return f"{day(start.date())}, {start:%H:%M}–{end:%H:%M} {label}"
    return f"{moment(start, event.timezone)} – {moment(end, event.timezone)}"
