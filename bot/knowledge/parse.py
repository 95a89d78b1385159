"""Parse and validate knowledge files (TOML text) into a `Knowledge` snapshot.

The rules are the contract in `shared/knowledge-format.md`.  Every problem in
every file is collected before anything is refused, so an editor can fix them
all in one pass; each names the file, the item and the field.  Items are
counted from 1 within their table, as an editor counts them: `calls[2]` is the
second `[[calls]]` entry of its file.

Unknown fields are not refused, because the format may gain optional fields,
but they are reported as warnings (most are typos, such as `registraton_url`).
This module reads no files: `bot.knowledge.source` does the I/O.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from rapidfuzz import fuzz, process

from bot.knowledge.dates import end_instant, start_instant
from bot.knowledge.items import AnyItem, Brief, Call, Event, EventKind, Knowledge

ID_PATTERN = re.compile(r"[a-z0-9-]+")
TABLES = ("events", "calls", "briefs")
SUGGEST_CUTOFF = 75  # rapidfuzz ratio above which a near miss is offered as "did you mean"
ZONE_CUTOFF = 90  # stricter for zones: "CEST" must not become "EST"
EXAMPLE_MOMENTS = "2022-09-26 or 2022-09-26T10:00:00+02:00"
REQUIRED_EXAMPLES = {
    "id": 'id = "eccp-annual-conference-2022"',
    "title": 'title = "ECCP Annual Conference 2022"',
    "start": "start = 2022-09-26",
    "deadline": "deadline = 2022-07-29T18:00:00+02:00",
}


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong (or, as a warning, suspicious) in a knowledge file, and where."""

    file: str
    item: str | None
    field: str | None
    message: str
    line: int | None = None  # set for TOML syntax errors, for tools that jump to it

    def __str__(self) -> str:
        parts = [self.file]
        if self.item:
            parts.append(self.item)
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join([*parts, self.message])


class KnowledgeError(Exception):
    """Knowledge that must not be served; `problems` holds every problem found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(_describe(self.problems))


@dataclass(frozen=True, slots=True)
class KnowledgeReport:
    """Knowledge that loaded cleanly, with the warnings an editor should still see."""

    knowledge: Knowledge
    warnings: tuple[Problem, ...] = ()


def parse_knowledge(sources: Iterable[tuple[str, str]], default_zone: ZoneInfo) -> Knowledge:
    """Validated knowledge from (file name, TOML text) pairs; raises KnowledgeError."""
    return parse_knowledge_report(sources, default_zone).knowledge


def parse_knowledge_report(
    sources: Iterable[tuple[str, str]], default_zone: ZoneInfo
) -> KnowledgeReport:
    """Like `parse_knowledge`, and also the warnings (unknown fields) for the editor."""
    problems: list[Problem] = []
    warnings: list[Problem] = []
    entries: list[_Entry] = []
    complete = True
    for name, text in sources:
        reader = _FileReader(name, default_zone)
        entries.extend(reader.read(text))
        problems += reader.problems
        warnings += reader.warnings
        complete = complete and reader.complete
    problems += _duplicate_ids(entries)
    if complete:  # ids in a file that did not parse are unknown: no false alarms
        problems += _dangling_related(entries)
    if problems:
        raise KnowledgeError(problems)
    items = tuple(e.item for e in entries if e.item is not None)
    return KnowledgeReport(Knowledge(items), tuple(warnings))


def _describe(problems: Sequence[Problem]) -> str:
    if len(problems) == 1:
        return str(problems[0])
    lines = "".join(f"\n  {p}" for p in problems)
    return f"{len(problems)} problems in the knowledge files:{lines}"


class _Invalid(Exception):
    """A value breaks the format; the message says what to write instead."""


Reader = Callable[[object, ZoneInfo], object]


@dataclass(frozen=True, slots=True)
class _Entry:
    """One item as read from a file: `item` is None when it had problems."""

    file: str
    label: str
    id: str | None
    item: AnyItem | None
    related: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class _Spec:
    """What one table allows and requires, and how to build its items."""

    build: Callable[..., AnyItem]
    required: tuple[str, ...]
    readers: Mapping[str, Reader]
    order: Callable[[dict[str, object], ZoneInfo], tuple[str, str] | None]
    fields: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", frozenset(self.readers) | {"timezone"})


class _FileReader:
    """Reads one file's items, noting every problem and warning on the way."""

    def __init__(self, file: str, default_zone: ZoneInfo) -> None:
        self.file = file
        self.default_zone = default_zone
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.complete = True

    def read(self, text: str) -> list[_Entry]:
        """Every entry of the file, in order; nothing when the TOML does not parse."""
        try:
            document = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            self.complete = False
            self.problems.append(_syntax_problem(self.file, str(exc)))
            return []
        entries: list[_Entry] = []
        for key, value in document.items():
            entries += self._table(key, value)
        return entries

    def _table(self, key: str, value: object) -> list[_Entry]:
        if key in TABLES and isinstance(value, list):
            return [self._entry(key, n, raw) for n, raw in enumerate(value, 1)]
        self._problem(None, None, _misplaced(key, value))
        return []

    def _entry(self, table: str, number: int, raw: object) -> _Entry:
        if not isinstance(raw, dict):
            label = f"{table}[{number}]"
            self._problem(label, None, f"not a table: start each entry with [[{table}]]")
            return _Entry(self.file, label, None, None)
        label = _label(table, number, raw.get("id"))
        values = self._values(SPECS[table], table, label, raw)
        item = None if values is None else SPECS[table].build(**values)
        return _Entry(self.file, label, _valid_id(raw.get("id")), item, _refs(raw.get("related")))

    def _values(
        self, spec: _Spec, table: str, label: str, raw: dict[str, object]
    ) -> dict[str, object] | None:
        """The item's constructor arguments, or None after reporting its problems."""
        before = len(self.problems)
        zone = self._zone(label, raw.get("timezone"))
        values: dict[str, object] = {"timezone": zone, "source": self.file}
        for name, value in raw.items():
            reader = spec.readers.get(name)
            if reader is not None:
                self._read_field(label, name, reader, value, zone, values)
            elif name != "timezone":
                self._unknown_field(table, label, name)
        for name in spec.required:
            if name not in raw:
                self._problem(
                    label, name, f"missing; it is required, e.g. {REQUIRED_EXAMPLES[name]}"
                )
        misordered = spec.order(values, zone)
        if misordered is not None:
            self._problem(label, *misordered)
        return values if len(self.problems) == before else None

    def _read_field(
        self,
        label: str,
        name: str,
        reader: Reader,
        value: object,
        zone: ZoneInfo,
        values: dict[str, object],
    ) -> None:
        try:
            values[name] = reader(value, zone)
        except _Invalid as exc:
            self._problem(label, name, str(exc))

    def _zone(self, label: str, value: object) -> ZoneInfo:
        """The item's zone; the default one when absent or wrong (then with a problem)."""
        if value is None:
            return self.default_zone
        try:
            return _zone(value)
        except _Invalid as exc:
            self._problem(label, "timezone", str(exc))
            return self.default_zone

    def _unknown_field(self, table: str, label: str, name: str) -> None:
        home = [t for t in TABLES if name in SPECS[t].fields]
        if home:
            hint = f"it belongs in [[{home[0]}]], not [[{table}]]"
        else:
            guess = _closest(name, SPECS[table].fields, SUGGEST_CUTOFF)
            hint = f'did you mean "{guess}"?' if guess else "not in the knowledge format"
        self.warnings.append(Problem(self.file, label, name, f"unknown field, ignored: {hint}"))

    def _problem(self, label: str | None, name: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, label, name, message))


def _label(table: str, number: int, raw_id: object) -> str:
    """'calls[2] 'my-call-id'': where an item is, by position and by id."""
    if isinstance(raw_id, str) and raw_id.strip():
        return f"{table}[{number}] '{raw_id.strip()}'"
    return f"{table}[{number}]"


def _valid_id(raw_id: object) -> str | None:
    try:
        return _id(raw_id, ZoneInfo("UTC"))
    except _Invalid:
        return None


def _refs(related: object) -> tuple[str, ...]:
    """The ids a `related` field names, even when the item has other problems."""
    entries = related if isinstance(related, list) else []
    return tuple(r.strip() for r in entries if isinstance(r, str) and r.strip())


def _syntax_problem(file: str, message: str) -> Problem:
    """A TOML syntax error, with the line and column tomllib puts in its message."""
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if found is None:
        return Problem(file, None, None, f"not valid TOML: {message}")
    reason = message[: found.start()].strip()
    where = f"line {found[1]}, column {found[2]}"
    return Problem(file, None, None, f"not valid TOML at {where}: {reason}", int(found[1]))


def _misplaced(key: str, value: object) -> str:
    """Why a top-level key is not a table of items, and what to write instead."""
    if key in TABLES:
        return f"'{key}' must be entries that each start with [[{key}]] (two brackets)"
    if isinstance(value, dict) or (
        isinstance(value, list) and value and isinstance(value[0], dict)
    ):
        guess = _closest(key, TABLES, SUGGEST_CUTOFF)
        hint = f"; did you mean [[{guess}]]?" if guess else ""
        return f"unknown table '{key}': the tables are [[events]], [[calls]] and [[briefs]]{hint}"
    return (
        f"'{key}' is outside any entry: move it below an [[events]], [[calls]] or [[briefs]] line"
    )


def _duplicate_ids(entries: Sequence[_Entry]) -> list[Problem]:
    """Each later use of an id, naming the place that used it first."""
    first: dict[str, _Entry] = {}
    problems = []
    for entry in entries:
        if entry.id is None:
            continue
        earlier = first.setdefault(entry.id, entry)
        if earlier is not entry:
            place = "this file" if earlier.file == entry.file else earlier.file
            message = f"duplicate id: already used by {earlier.label} in {place}"
            problems.append(Problem(entry.file, entry.label, "id", message))
    return problems


def _dangling_related(entries: Sequence[_Entry]) -> list[Problem]:
    """`related` ids that no item in any file has."""
    ids = {e.id for e in entries if e.id is not None}
    problems = []
    for entry in entries:
        for ref in entry.related:
            if ref not in ids:
                guess = _closest(ref, ids, SUGGEST_CUTOFF)
                hint = f'; did you mean "{guess}"?' if guess else ""
                message = f'no item has the id "{ref}"{hint}'
                problems.append(Problem(entry.file, entry.label, "related", message))
    return problems


def _closest(word: str, choices: Iterable[str], cutoff: float) -> str | None:
    """The choice nearest to a misspelt word, if any is near enough."""
    found = process.extractOne(
        word, list(choices), scorer=fuzz.ratio, processor=str.casefold, score_cutoff=cutoff
    )
    return None if found is None else found[0]


def _shown(value: object) -> str:
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


# Readers: each turns one TOML value into the dataclass's value, or raises _Invalid.


def _text(value: object, zone: ZoneInfo) -> str:
    if not isinstance(value, str):
        raise _Invalid(f"not text ({_shown(value)}): write it in double quotes")
    text = value.strip()
    if not text:
        raise _Invalid("empty: write some text, or remove the line")
    return text


def _texts(value: object, zone: ZoneInfo) -> tuple[str, ...]:
    if isinstance(value, str):
        raise _Invalid(f"not a list: write [{_shown(value.strip())}]")
    if not isinstance(value, list):
        raise _Invalid(f'not a list ({_shown(value)}): write ["first", "second"]')
    result = []
    for number, entry in enumerate(value, 1):
        try:
            result.append(_text(entry, zone))
        except _Invalid as exc:
            raise _Invalid(f"entry {number} is {exc}") from None
    return tuple(result)


def _id(value: object, zone: ZoneInfo) -> str:
    text = _text(value, zone)
    if ID_PATTERN.fullmatch(text) is None:
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "my-item-2022"
        raise _Invalid(
            f'"{text}" is not a valid id: use lowercase letters, digits and hyphens, e.g. "{slug}"'
        )
    return text


def _web_address(value: object, zone: ZoneInfo) -> str:
    url = _text(value, zone)
    try:
        parts = urlsplit(url)
    except ValueError:
        parts = urlsplit("")
    if parts.scheme not in ("http", "https") or not parts.hostname or _has_space(url):
        raise _Invalid(
            f"not a web address ({_shown(url)}): write it in full, starting with https://"
        )
    return url


def _has_space(text: str) -> bool:
    return any(c.isspace() for c in text)


def _kind(value: object, zone: ZoneInfo) -> EventKind:
    text = _text(value, zone)
    try:
        return EventKind(text)
    except ValueError:
        kinds = ", ".join(EventKind)
        raise _Invalid(f'"{text}" is not a kind: use one of {kinds}') from None


def _zone(value: object) -> ZoneInfo:
    name = _text(value, ZoneInfo("UTC"))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        guess = _closest(name, _zone_names(), ZONE_CUTOFF)
        hint = f'; did you mean "{guess}"?' if guess else ""
        message = f'unknown timezone "{name}": use an IANA name such as "Europe/Brussels"{hint}'
        raise _Invalid(message) from None


@cache
def _zone_names() -> frozenset[str]:
    """Every IANA zone name; read once, and only when an editor misspells one."""
    return frozenset(available_timezones())


def _moment(value: object, zone: ZoneInfo) -> date | datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            aware = value.replace(tzinfo=zone).isoformat()
            raise _Invalid(
                f"a datetime without offset ({value.isoformat()}): add the UTC offset, "
                f"e.g. {aware} in {zone.key}, or write only the date"
            )
        return _schedulable(value, zone)
    if isinstance(value, date):
        return _schedulable(value, zone)
    raise _Invalid(_not_a_moment(value, zone, "a date or an offset datetime"))


def _day(value: object, zone: ZoneInfo) -> date:
    if isinstance(value, datetime):
        raise _Invalid(f"a datetime ({value.isoformat()}): write only the date, {value.date()}")
    if isinstance(value, date):
        return _schedulable(value, zone)
    raise _Invalid(_not_a_moment(value, zone, "a date"))


D = TypeVar("D", date, datetime)
SCHEDULING_REACH = timedelta(days=400)  # reminders and phrasing reach this far either side


def _schedulable(value: D, zone: ZoneInfo) -> D:
    """The value, if its instants exist in UTC and a year either side; else a load error.

    9999-12-31 in New York is year 10000 in UTC: Python cannot represent it,
    and the scheduler would fail on it for every item, not only this one.
    """
    try:
        for instant in (start_instant(value, zone), end_instant(value, zone)):
            utc = instant.astimezone(UTC)
            _ = (utc - SCHEDULING_REACH, utc + SCHEDULING_REACH)
    except (OverflowError, ValueError):
        raise _Invalid(
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
        return f"not {wanted} ({_shown(value)}): write e.g. {EXAMPLE_MOMENTS}, without quotes"
    if isinstance(parsed, datetime) and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    return f"text in quotes ({_shown(value)}), not {wanted}: write {parsed.isoformat()}"


def _iso(text: str) -> date | datetime | None:
    """The date or datetime an ISO 8601 string spells, if it spells one."""
    for parse in (date.fromisoformat, datetime.fromisoformat):
        try:
            return parse(text)
        except ValueError:
            continue
    return None


# Cross-field rules, run after the fields were read.


def _event_order(values: dict[str, object], zone: ZoneInfo) -> tuple[str, str] | None:
    start, end = values.get("start"), values.get("end")
    if (
        isinstance(start, date)
        and isinstance(end, date)
        and end_instant(end, zone) < start_instant(start, zone)
    ):
        return "end", f"before the start ({end.isoformat()} < {start.isoformat()})"
    return None


def _call_order(values: dict[str, object], zone: ZoneInfo) -> tuple[str, str] | None:
    opens, deadline = values.get("opens"), values.get("deadline")
    if (
        isinstance(opens, date)
        and isinstance(deadline, date)
        and start_instant(opens, zone) > end_instant(deadline, zone)
    ):
        return "opens", f"after the deadline ({opens.isoformat()} > {deadline.isoformat()})"
    return None


def _no_order(values: dict[str, object], zone: ZoneInfo) -> None:
    return None


COMMON: dict[str, Reader] = {
    "id": _id,
    "title": _text,
    "aliases": _texts,
    "url": _web_address,
    "organiser": _text,
    "summary": _text,
    "tags": _texts,
    "related": _texts,
}
SPECS = {
    "events": _Spec(
        Event,
        ("id", "title", "start"),
        COMMON
        | {
            "kind": _kind,
            "start": _moment,
            "end": _moment,
            "location": _text,
            "registration_url": _web_address,
        },
        _event_order,
    ),
    "calls": _Spec(
        Call,
        ("id", "title", "deadline"),
        COMMON | {"opens": _moment, "deadline": _moment},
        _call_order,
    ),
    "briefs": _Spec(Brief, ("id", "title"), COMMON | {"published": _day}, _no_order),
}
