"""Field readers: each turns one TOML value into an item's value, or says what to write instead.

`bot.knowledge.parse` holds the rules of the format (tables, required fields, cross-field
order, duplicates); this module holds how a single value is read, so a new field type is
one function here.  Messages speak to the editor: what was written and what to write.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

from bot.knowledge.dates import end_instant, start_instant
from bot.knowledge.items import EventKind
from bot.knowledge.tags import tag_problem

ID_PATTERN = re.compile(r"[a-z0-9-]+")
MAX_ID_LENGTH = 200  # reminders and the ledger key messages by item id
ZONE_CUTOFF = 90  # stricter for zones: "CEST" must not become "EST"
EXAMPLE_MOMENTS = "2022-09-26 or 2022-09-26T10:00:00+02:00"


class Invalid(Exception):
    """A value breaks the format; the message says what to write instead."""


Reader = Callable[[object, ZoneInfo], object]


def closest(word: str, choices: Iterable[str], cutoff: float) -> str | None:
    """The choice nearest to a misspelt word, if any is near enough."""
    found = process.extractOne(
        word, list(choices), scorer=fuzz.ratio, processor=str.casefold, score_cutoff=cutoff
    )
    return None if found is None else found[0]


def shown(value: object) -> str:
    """A value as the editor wrote it in TOML."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return str(value)


# Readers: each turns one TOML value into the dataclass's value, or raises Invalid.


def text(value: object, zone: ZoneInfo) -> str:
    """Non-empty text, stripped."""
    if not isinstance(value, str):
        raise Invalid(f"not text ({shown(value)}): write it in double quotes")
    text = value.strip()
    if not text:
        raise Invalid("empty: write some text, or remove the line")
    return text


def texts(value: object, zone: ZoneInfo) -> tuple[str, ...]:
    """A list of texts; a lone string is refused with the list to write instead."""
    if isinstance(value, str):
        raise Invalid(f"not a list: write [{shown(value.strip())}]")
    if not isinstance(value, list):
        raise Invalid(f'not a list ({shown(value)}): write ["first", "second"]')
    result = []
    for number, entry in enumerate(value, 1):
        try:
            result.append(text(entry, zone))
        except Invalid as exc:
            raise Invalid(f"entry {number} is {exc}") from None
    return tuple(result)


def tags(value: object, zone: ZoneInfo) -> tuple[str, ...]:
    """Tags are phrases; each must still give a followable key (see `bot.knowledge.tags`)."""
    written = texts(value, zone)
    for number, tag in enumerate(written, 1):
        problem = tag_problem(tag)
        if problem is not None:
            raise Invalid(f"entry {number} is {problem}")
    return written


def identifier(value: object, zone: ZoneInfo) -> str:
    """An item id: lowercase letters, digits and hyphens, so it fits links and button data."""
    written = text(value, zone)
    if len(written) > MAX_ID_LENGTH:
        raise Invalid(f"longer than {MAX_ID_LENGTH} characters ({len(written)}): shorten it")
    if ID_PATTERN.fullmatch(written) is None:
        slug = re.sub(r"[^a-z0-9]+", "-", written.lower()).strip("-") or "my-item-2022"
        raise Invalid(
            f'"{written}" is not a valid id: use lowercase letters, digits and hyphens, '
            f'e.g. "{slug}"'
        )
    return written


def web_address(value: object, zone: ZoneInfo) -> str:
    """A full http(s) address: users tap it, so it must open as written."""
    url = text(value, zone)
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = urlsplit("")
    if parts.scheme not in ("http", "https") or not parts.hostname or _has_space(url):
        raise Invalid(
            f"not a web address ({shown(url)}): write it in full, starting with https://"
        )
    return url


def _has_space(written: str) -> bool:
    return any(c.isspace() for c in written)


def kind(value: object, zone: ZoneInfo) -> EventKind:
    """One of the event kinds that lists and questions understand."""
    written = text(value, zone)
    try:
        return EventKind(written)
    except ValueError:
        kinds = ", ".join(EventKind)
        raise Invalid(f'"{written}" is not a kind: use one of {kinds}') from None


def time_zone(value: object) -> ZoneInfo:
    """An IANA zone, with the nearest name offered for a misspelt one."""
    name = text(value, ZoneInfo("UTC"))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        guess = closest(name, _zone_names(), ZONE_CUTOFF)
        hint = f'; did you mean "{guess}"?' if guess else ""
        message = f'unknown timezone "{name}": use an IANA name such as "Europe/Brussels"{hint}'
        raise Invalid(message) from None


@cache
def _zone_names() -> frozenset[str]:
    """Every IANA zone name; read once, and only when an editor misspells one."""
    return frozenset(available_timezones())


def moment(value: object, zone: ZoneInfo) -> date | datetime:
    """A date or an offset datetime; a datetime without offset would be ambiguous."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            aware = value.replace(tzinfo=zone).isoformat()
            raise Invalid(
                f"a datetime without offset ({value.isoformat()}): add the UTC offset, "
                f"e.g. {aware} in {zone.key}, or write only the date"
            )
        return schedulable(value, zone)
    if isinstance(value, date):
        return schedulable(value, zone)
    raise Invalid(_not_a_moment(value, zone, "a date or an offset datetime"))


def offset_conflict(value: object, zone: ZoneInfo) -> str | None:
    """Why an offset datetime contradicts the item's zone, or None when they agree.

    A UTC time (`Z` or +00:00) is an instant written explicitly in UTC, never a
    forgotten summer time, so it agrees with any zone; the zone still says how the
    item's dates are shown.
    """
    if not isinstance(value, datetime) or value.tzinfo is None:
        return None
    written, actual = value.utcoffset(), value.astimezone(zone).utcoffset()
    if written in (actual, timedelta(0)):
        return None
    local = value.replace(tzinfo=zone)
    return (
        f"the offset {_offset(value)} contradicts timezone {shown(zone.key)}, which is "
        f"{_offset(local)} on {value.date().isoformat()}: write {local.isoformat()}, "
        "or fix the timezone"
    )


def _offset(moment: datetime) -> str:
    """'+02:00' for a moment's UTC offset."""
    text = moment.strftime("%z") or "+0000"
    return f"{text[:3]}:{text[3:5]}"


def day(value: object, zone: ZoneInfo) -> date:
    """A date without a time of day."""
    if isinstance(value, datetime):
        raise Invalid(f"a datetime ({value.isoformat()}): write only the date, {value.date()}")
    if isinstance(value, date):
        return schedulable(value, zone)
    raise Invalid(_not_a_moment(value, zone, "a date"))


D = TypeVar("D", date, datetime)
SCHEDULING_REACH = timedelta(days=400)  # reminders and phrasing reach this far either side


def schedulable(value: D, zone: ZoneInfo) -> D:
    """The value, if its instants exist in UTC and a year either side; else Invalid.

    9999-12-31 in New York is year 10000 in UTC: Python cannot represent it,
    and the scheduler would fail on it for every item, not only this one.
    """
    try:
        for instant in (start_instant(value, zone), end_instant(value, zone)):
            utc = instant.astimezone(UTC)
            _ = (utc - SCHEDULING_REACH, utc + SCHEDULING_REACH)
    except (OverflowError, ValueError):
        raise Invalid(
            f"{value.isoformat()} is too far in the past or future to schedule: "
            "write a real date (years 2 to 9998)"
        ) from None
    return value


def _not_a_moment(value: object, zone: ZoneInfo, wanted: str) -> str:
    """What was written instead of a date, and what to write."""
    if isinstance(value, time):
        return f"a time of day without a date ({value}): write e.g. 2022-09-26T{value}+02:00"
    parsed = _iso(value.strip()) if isinstance(value, str) else None
    if parsed is None:
        return f"not {wanted} ({shown(value)}): write e.g. {EXAMPLE_MOMENTS}, without quotes"
    if isinstance(parsed, datetime) and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return f"text in quotes ({shown(value)}), not {wanted}: write {parsed.isoformat()}"


def _iso(text: str) -> date | datetime | None:
    """The date or datetime an ISO 8601 string spells, if it spells one."""
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(text)
        except ValueError:
            continue
    return None
