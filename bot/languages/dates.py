"""Dates, times and "in 3 days" in the language of the reply being written.

The same names as `bot.knowledge.dates`' formatters, so a wording module only
changes where it imports them from.  English is the source language: it goes
through those formatters untouched (many answers and tests pin their bytes).
The other languages take the month as CLDR's long date has it ("16. September
2025", "16 de septiembre de 2025", "16 września 2025": Polish in the genitive a
date needs), times as HH:MM in the item's own offset, and the zone label as in
English (CEST, or UTC+02:00), which travellers read the same everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, tzinfo
from functools import cache

from babel import Locale
from babel.dates import format_date, format_skeleton

from bot.knowledge import dates as english
from bot.knowledge.items import Call, Event
from bot.languages.codes import ENGLISH
from bot.languages.speech import _, current, ngettext

DASH = "–"  # CLDR's range dash: "16–17 septembre 2025"
_YEAR_TAIL = re.compile(r"\s*(?:'[^']*'\s*)?y+\s*$")  # " y", " 'de' y" at a pattern's end


@cache
def _long_pattern(language: str) -> str:
    """The CLDR long date pattern: 'd. MMMM y', 'd 'de' MMMM 'de' y', ..."""
    return str(Locale.parse(language).date_formats["long"].pattern)


def _long(day: date, language: str) -> str:
    return format_date(day, format="long", locale=language)


def format_day(day: date) -> str:
    """'16. September 2025', '16 septembre 2025': the long date of the current language."""
    language = current()
    if language == ENGLISH:
        return english.format_day(day)
    return _long(day, language)


def format_day_span(first: date, last: date) -> str:
    """'16.–17. September 2025', '30 de septiembre – 2 de octubre de 2025', or one day."""
    language = current()
    if language == ENGLISH:
        return english.format_day_span(first, last)
    if first == last:
        return _long(first, language)
    pattern = _long_pattern(language)
    if not pattern.startswith("d"):  # no locale of ours, but never a wrong date
        return f"{_long(first, language)} {DASH} {_long(last, language)}"
    if (first.year, first.month) == (last.year, last.month):
        day_part = pattern.split(" ")[0]  # "d." in German, "d" elsewhere
        return f"{format_date(first, day_part, locale=language)}{DASH}{_long(last, language)}"
    if first.year == last.year:
        without_year = _YEAR_TAIL.sub("", pattern)
        start = format_date(first, without_year, locale=language)
        return f"{start} {DASH} {_long(last, language)}"
    return f"{_long(first, language)} {DASH} {_long(last, language)}"


def format_moment(moment: datetime, zone: tzinfo | None) -> str:
    """'16. September 2025, 18:00 CEST', in the moment's own offset."""
    if current() == ENGLISH:
        return english.format_moment(moment, zone)
    return _("{day}, {time} {zone}").format(
        day=format_day(moment.date()),
        time=f"{moment:%H:%M}",
        zone=english.zone_label(moment, zone),
    )


def format_in_zone(moment: datetime, zone: tzinfo) -> str:
    """The same instant on another clock, e.g. the reader's own zone."""
    if current() == ENGLISH:
        return english.format_in_zone(moment, zone)
    return format_moment(moment.astimezone(zone), zone)


def format_event_dates(event: Event) -> str:
    """The event's days, plus its hours when the file gives them."""
    if current() == ENGLISH:
        return english.format_event_dates(event)
    first, last = english.local_dates(event)
    if not isinstance(event.start, datetime):
        return format_day_span(first, last)
    start = event.start
    if event.end is None:
        return format_moment(start, event.timezone)
    end = english.end_instant(event.end, event.timezone).astimezone(start.tzinfo)
    if end.date() == start.date():
        return _("{day}, {start}–{end} {zone}").format(
            day=format_day(start.date()),
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
            zone=english.zone_label(start, event.timezone),
        )
    return f"{format_moment(start, event.timezone)} {DASH} {format_moment(end, event.timezone)}"


def format_deadline(call: Call) -> str:
    """The call's deadline with its time and zone; a date deadline shows its implied 23:59."""
    return format_moment(english.call_deadline(call), call.timezone)


def format_month(year: int, month: int) -> str:
    """'October 2025', 'octubre de 2025', 'październik 2025': a month on its own, as a heading."""
    language = current()
    if language == ENGLISH:
        return f"{date(year, month, 1):%B} {year}"
    return format_skeleton("yMMMM", date(year, month, 1), locale=language)


def relative_day(day: date, today: date) -> str | None:
    """'yesterday', 'heute', 'jutro' for the days next to today; None for any other day.

    English answers do not use it (their wording is pinned); reminders and
    headings in other languages may, next to the full date.
    """
    words = {
        -1: lambda: _("yesterday"),
        0: lambda: _("today"),
        1: lambda: _("tomorrow"),
    }.get((day - today).days)
    return words() if words else None


_FUTURE: dict[str, Callable[[int], str]] = {
    "minute": lambda n: ngettext("in {count} minute", "in {count} minutes", n),
    "hour": lambda n: ngettext("in {count} hour", "in {count} hours", n),
    "day": lambda n: ngettext("in {count} day", "in {count} days", n),
    "month": lambda n: ngettext("in {count} month", "in {count} months", n),
    "year": lambda n: ngettext("in {count} year", "in {count} years", n),
}
_PAST: dict[str, Callable[[int], str]] = {
    "minute": lambda n: ngettext("{count} minute ago", "{count} minutes ago", n),
    "hour": lambda n: ngettext("{count} hour ago", "{count} hours ago", n),
    "day": lambda n: ngettext("{count} day ago", "{count} days ago", n),
    "month": lambda n: ngettext("{count} month ago", "{count} months ago", n),
    "year": lambda n: ngettext("{count} year ago", "{count} years ago", n),
}


def relative(moment: datetime, now: datetime) -> str:
    """'in 3 days', 'vor 2 Monaten', 'za 5 godzin': English's units, each language's plurals."""
    if current() == ENGLISH:
        return english.relative(moment, now)
    count, unit = english.amount(moment - now)
    phrases = _FUTURE if moment >= now else _PAST
    return phrases[unit](count).format(count=count)
