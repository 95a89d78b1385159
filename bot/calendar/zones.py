"""VTIMEZONE blocks that every calendar reads alike, for any year.

icalendar's own (`add_missing_timezones`) lists each transition as an
RDATE from 1970 to 2038: vobject then reads Brussels in summer as +01:00,
and nothing after 2038 has a zone.  Calendars (Google, Apple, Outlook)
write the rule instead: a STANDARD and a DAYLIGHT part, each with a
yearly RRULE ("last Sunday of March").  So do we, for every zone whose
transitions follow such a rule over the years the file needs; a zone
without daylight saving gets one STANDARD part; an irregular one
(Morocco's Ramadan pauses) gets each transition of those years spelt out.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
RULE_CHECK_YEARS = 3  # a rule must hold this many years past the last one needed
SPELT_OUT_YEARS = 10  # an irregular zone's transitions, this far past the last year
STEP = timedelta(days=3)
EARLIEST = 1970


@dataclass(frozen=True)
class Transition:
    """A change of offset: the local time it happens at (on the old clock), and the offsets."""

    local: datetime  # naive, wall clock before the change
    before: timedelta
    after: timedelta
    name: str

    @property
    def rule(self) -> tuple[int, str, int, int]:
        """(month, "-1SU"-style day, hour, minute): what a yearly RRULE would say."""
        day = self.local
        last = calendar.monthrange(day.year, day.month)[1]
        nth = -1 if day.day + 7 > last else (day.day - 1) // 7 + 1
        return day.month, f"{nth}{WEEKDAYS[day.weekday()]}", day.hour, day.minute


@cache
def transitions(zone: ZoneInfo, year: int) -> list[Transition]:
    """Every offset change of a zone within a (UTC) year, to the minute.

    Scanned in steps of STEP (no zone changes twice within one), then pinned
    by halving: some 150 offset look-ups a year.
    """
    found = []
    moment = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    while moment < end:
        later = min(moment + STEP, end)
        if _offset(zone, later) != _offset(zone, moment):
            found.append(_pin(zone, moment, later))
        moment = later
    return found


def _offset(zone: ZoneInfo, moment: datetime) -> timedelta:
    return moment.astimezone(zone).utcoffset() or timedelta(0)


def _pin(zone: ZoneInfo, low: datetime, high: datetime) -> Transition:
    """The minute of the change between two instants with different offsets."""
    before = _offset(zone, low)
    while high - low > timedelta(minutes=1):
        middle = low + (high - low) / 2
        middle = middle.replace(second=0, microsecond=0)
        if middle <= low:
            break
        low, high = (middle, high) if _offset(zone, middle) == before else (low, middle)
    after_moment = high.astimezone(zone)
    local = (high + before).replace(tzinfo=None)
    return Transition(local, before, _offset(zone, high), after_moment.tzname() or "")


def vtimezone(zone: ZoneInfo, years: Iterable[int]) -> Timezone:
    """A VTIMEZONE for `zone` that is right in all of `years` (and, by rule, after)."""
    wanted = sorted(set(years))
    first, last = wanted[0] - 1, wanted[-1]  # from the year before: DTSTART precedes every entry
    block = Timezone()
    block.add("tzid", zone.key)
    yearly = {y: transitions(zone, y) for y in range(first, last + RULE_CHECK_YEARS + 1)}
    if not any(yearly.values()):
        block.add_component(_fixed(zone, first))
    elif _regular(yearly):
        for change in transitions(zone, _rule_since(zone, first, yearly[first])):
            block.add_component(_part(change, ruled=True))
    else:
        for year in range(first, last + SPELT_OUT_YEARS + 1):
            for change in yearly.get(year) or transitions(zone, year):
                block.add_component(_part(change, ruled=False))
    return block


def _rule_since(zone: ZoneInfo, year: int, changes: list[Transition]) -> int:
    """The first year (from 1970) of the rule in force: the same block in every file.

    Calendar apps may keep a zone by its TZID from one file to the next, so a
    block must not depend on which years this file happens to need.
    """
    rule = [t.rule for t in changes]
    while year > EARLIEST and [t.rule for t in transitions(zone, year - 1)] == rule:
        year -= 1
    return year


def _regular(yearly: dict[int, list[Transition]]) -> bool:
    """Two changes a year, on the same rule every year."""
    rules = {tuple(t.rule for t in changes) for changes in yearly.values()}
    return len(rules) == 1 and all(len(changes) == 2 for changes in yearly.values())


def _fixed(zone: ZoneInfo, year: int) -> TimezoneStandard:
    moment = datetime(year, 1, 1, tzinfo=UTC).astimezone(zone)
    part = TimezoneStandard()
    part.add("dtstart", datetime(1970, 1, 1, tzinfo=UTC).replace(tzinfo=None))  # floating
    part.add("tzoffsetfrom", moment.utcoffset())
    part.add("tzoffsetto", moment.utcoffset())
    part.add("tzname", moment.tzname() or zone.key)
    return part


def _part(change: Transition, ruled: bool) -> TimezoneStandard | TimezoneDaylight:
    """DAYLIGHT for the change to the larger offset, STANDARD for the other."""
    part = TimezoneDaylight() if change.after > change.before else TimezoneStandard()
    part.add("dtstart", change.local)
    part.add("tzoffsetfrom", change.before)
    part.add("tzoffsetto", change.after)
    part.add("tzname", change.name)
    if ruled:
        month, day, _, _ = change.rule
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": day})
    return part
