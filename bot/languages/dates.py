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
    return _first_of_month(format_date(day, format="long", locale=language), day, language)


def _first_of_month(shown: str, day: date, language: str) -> str:
    """The first of a month as an ordinal: '1er octobre 2025' (French), '1° ottobre' (Italian)."""
    ordinal = _FIRST.get(language)
    if ordinal and day.day == 1 and shown.startswith("1") and not shown[1:2].isdigit():
        return ordinal + shown[1:]
    return shown


_FIRST = {"fr": "1er", "it": "1°"}


# How running text says "on a day" and "from one day to another" (English never comes here).
# Polish days need no preposition ("odbędzie się 26 września 2022") and its day ranges
# read best with the dash ("26–27 września 2022"); hours spanning days take "od … do …".
_ON_DAY = {"de": "am {day}", "fr": "le {day}", "es": "el {day}", "it": "il {day}"}
_FROM_TO = {
    "de": "vom {first} bis {last}",
    "fr": "du {first} au {last}",
    "es": "del {first} al {last}",
    "it": "dal {first} al {last}",
    "pl": "od {first} do {last}",
}
# Italian elides the article before the days read with a vowel: "l'8", "dall'11", "all'8".
_ITALIAN_ELISION = re.compile(r"\b(il|dal|al) (8|11)(?=\D)")


def _elide(text: str, language: str) -> str:
    if language != "it":
        return text
    return _ITALIAN_ELISION.sub(
        lambda m: {"il": "l’", "dal": "dall’", "al": "all’"}[m.group(1)] + m.group(2), text
    )


def _on_day(shown: str, language: str) -> str:
    """'le 26 septembre 2022', 'am 26. September 2022': a day (with its hours) in a sentence."""
    return _elide(_ON_DAY.get(language, "{day}").format(day=shown), language)


def _from_to(first: str, last: str, language: str) -> str:
    """'du 26 au 27 septembre 2022', 'vom 26. bis 27. September 2022', 'od … do …'."""
    template = _FROM_TO.get(language, f"{{first}} {DASH} {{last}}")
    return _elide(template.format(first=first, last=last), language)


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
    start, end, same_month = _span_ends(first, last, language)
    return f"{start}{DASH}{end}" if same_month else f"{start} {DASH} {end}"


def _span_ends(first: date, last: date, language: str) -> tuple[str, str, bool]:
    """The two ends of a span, the first without what it shares with the last.

    ('16.', '17. September 2025', True), ('30 de septiembre', '2 de octubre de 2025', False):
    the month and year are written once, at the end, as the long date has them.
    """
    pattern = _long_pattern(language)
    end = _long(last, language)
    if not pattern.startswith("d"):  # no locale of ours, but never a wrong date
        return _long(first, language), end, False
    if (first.year, first.month) == (last.year, last.month):
        day_part = pattern.split(" ")[0]  # "d." in German, "d" elsewhere
        start = format_date(first, day_part, locale=language)
        return _first_of_month(start, first, language), end, True
    if first.year == last.year:
        without_year = _YEAR_TAIL.sub("", pattern)
        start = format_date(first, without_year, locale=language)
        return _first_of_month(start, first, language), end, False
    return _long(first, language), end, False


def format_day_range(first: date, last: date) -> str:
    """The days as running text says them: 'du 26 au 27 septembre 2022', 'am 5. März 2025'.

    English keeps `format_day_span`'s wording; Polish says '26–27 września 2022'.
    """
    language = current()
    if language == ENGLISH:
        return english.format_day_span(first, last)
    if first == last:
        return _on_day(_long(first, language), language)
    if language not in _ON_DAY:
        return format_day_span(first, last)
    start, end, _same = _span_ends(first, last, language)
    return _from_to(start, end, language)


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
    """The event's days, plus its hours when the file gives them, as running text says them.

    'le 26 septembre 2022', 'vom 26. bis 27. September 2022', 'il 14 ottobre 2025, dalle
    09:30 alle 12:30 CEST': the preposition comes with the dates, so a message writes
    "{title} a lieu {dates}" and a single day and a range both read naturally.
    """
    if current() == ENGLISH:
        return english.format_event_dates(event)
    language = current()
    first, last = english.local_dates(event)
    if not isinstance(event.start, datetime):
        return format_day_range(first, last)
    start = event.start
    if event.end is None:
        return _on_day(format_moment(start, event.timezone), language)
    end = english.end_instant(event.end, event.timezone).astimezone(start.tzinfo)
    if end.date() == start.date():
        return _("{day}, {start}–{end} {zone}").format(
            day=_on_day(format_day(start.date()), language),
            start=f"{start:%H:%M}",
            end=f"{end:%H:%M}",
            zone=english.zone_label(start, event.timezone),
        )
    return _from_to(
        format_moment(start, event.timezone), format_moment(end, event.timezone), language
    )


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
