"""Parse and validate knowledge files (TOML text) into a `Knowledge` snapshot.

The rules are the contract in `shared/knowledge-format.md`.  Every problem in
every file is collected before anything is refused, so an editor can fix them
all in one pass; each names the file, the item and the field.  Items are
counted from 1 within their table, as an editor counts them: `calls[2]` is the
second `[[calls]]` entry of its file.

Unknown fields are refused with the nearest known one ("did you mean
registration_url?"): a warning nobody reads let a misspelt link vanish
silently.  An offset datetime must agree with the zone the item names
(+02:00 in November is not Europe/Brussels): one of the two is a typo.
This module reads no files: `bot.knowledge.source` does the I/O,
and `bot.knowledge.fields` reads single values.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from zoneinfo import ZoneInfo

from bot.knowledge import fields
from bot.knowledge.dates import end_instant, start_instant
from bot.knowledge.items import AnyItem, Brief, Call, Event, Knowledge, Translation

TABLES = ("events", "calls", "briefs")
SUGGEST_CUTOFF = 75  # rapidfuzz ratio above which a near miss is offered as "did you mean"
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
    """Knowledge that loaded cleanly, with the warnings an editor should still see (none today:
    every finding is a problem, but the channel stays for softer rules)."""

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
    readers: Mapping[str, fields.Reader]
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
        translated: dict[str, object] = {}
        for name, value in raw.items():
            reader = spec.readers.get(name)
            translation = _translation_reader(name)
            if reader is not None:
                self._read_field(label, name, reader, value, zone, values)
            elif translation is not None:
                self._read_field(label, name, translation, value, zone, translated)
            elif name != "timezone":
                self._unknown_field(table, label, name)
        for name in spec.required:
            if name not in raw:
                self._problem(
                    label, name, f"missing; it is required, e.g. {REQUIRED_EXAMPLES[name]}"
                )
        if "timezone" in raw:
            self._offsets_agree(label, values, zone)
        if translated:
            values["translations"] = _translations(translated)
        misordered = spec.order(values, zone)
        if misordered is not None:
            self._problem(label, *misordered)
        return values if len(self.problems) == before else None

    def _read_field(
        self,
        label: str,
        name: str,
        reader: fields.Reader,
        value: object,
        zone: ZoneInfo,
        values: dict[str, object],
    ) -> None:
        try:
            values[name] = reader(value, zone)
        except fields.Invalid as exc:
            self._problem(label, name, str(exc))

    def _offsets_agree(self, label: str, values: dict[str, object], zone: ZoneInfo) -> None:
        """Each offset datetime against the zone the item names: both can't be right."""
        for name, value in values.items():
            conflict = fields.offset_conflict(value, zone)
            if conflict is not None:
                self._problem(label, name, conflict)

    def _zone(self, label: str, value: object) -> ZoneInfo:
        """The item's zone; the default one when absent or wrong (then with a problem)."""
        if value is None:
            return self.default_zone
        try:
            return fields.time_zone(value)
        except fields.Invalid as exc:
            self._problem(label, "timezone", str(exc))
            return self.default_zone

    def _unknown_field(self, table: str, label: str, name: str) -> None:
        home = [t for t in TABLES if name in SPECS[t].fields]
        if home:
            hint = f"it belongs in [[{home[0]}]], not [[{table}]]"
        else:
            guess = fields.closest(name, SPECS[table].fields, SUGGEST_CUTOFF)
            hint = f'did you mean "{guess}"?' if guess else "not in the knowledge format"
        self._problem(label, name, f"unknown field: {hint}")

    def _problem(self, label: str | None, name: str | None, message: str) -> None:
        self.problems.append(Problem(self.file, label, name, message))


def _translation_reader(name: str) -> fields.Reader | None:
    """`title_de`, `aliases_fr`, `summary_pl`: an editor's translation, read like the original.

    A misspelt one ("title_ge", "titel_de") is still an unknown field.
    """
    field, _, language = name.rpartition("_")
    if language not in TRANSLATED_LANGUAGES or field not in TRANSLATED_FIELDS:
        return None
    return TRANSLATED_FIELDS[field]


def _translations(values: Mapping[str, object]) -> tuple[Translation, ...]:
    """{'title_de': ..., 'summary_de': ...} as one `Translation` per language, by language."""
    by_language: dict[str, dict[str, object]] = {}
    for name, value in values.items():
        key, _, language = name.rpartition("_")
        by_language.setdefault(language, {})[key] = value
    return tuple(_translation(language, read) for language, read in sorted(by_language.items()))


def _translation(language: str, read: Mapping[str, object]) -> Translation:
    title, aliases, summary = read.get("title"), read.get("aliases", ()), read.get("summary")
    assert title is None or isinstance(title, str)  # the readers checked each value's type
    assert summary is None or isinstance(summary, str)
    assert isinstance(aliases, tuple)
    return Translation(language=language, title=title, aliases=aliases, summary=summary)


def _label(table: str, number: int, raw_id: object) -> str:
    """'calls[2] 'my-call-id'': where an item is, by position and by id."""
    if isinstance(raw_id, str) and raw_id.strip():
        return f"{table}[{number}] '{raw_id.strip()}'"
    return f"{table}[{number}]"


def _valid_id(raw_id: object) -> str | None:
    try:
        return fields.identifier(raw_id, ZoneInfo("UTC"))
    except fields.Invalid:
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
        guess = fields.closest(key, TABLES, SUGGEST_CUTOFF)
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
                guess = fields.closest(ref, ids, SUGGEST_CUTOFF)
                hint = f'; did you mean "{guess}"?' if guess else ""
                message = f'no item has the id "{ref}"{hint}'
                problems.append(Problem(entry.file, entry.label, "related", message))
    return problems


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


COMMON: dict[str, fields.Reader] = {
    "id": fields.identifier,
    "title": fields.text,
    "aliases": fields.texts,
    "url": fields.web_address,
    "organiser": fields.text,
    "summary": fields.text,
    "tags": fields.tags,
    "related": fields.texts,
}
TRANSLATED_LANGUAGES = frozenset({"de", "fr", "es", "it", "pl"})
TRANSLATED_FIELDS: dict[str, fields.Reader] = {
    "title": fields.text,
    "aliases": fields.texts,
    "summary": fields.text,
}
SPECS = {
    "events": _Spec(
        Event,
        ("id", "title", "start"),
        COMMON
        | {
            "kind": fields.kind,
            "start": fields.moment,
            "end": fields.moment,
            "location": fields.text,
            "registration_url": fields.web_address,
        },
        _event_order,
    ),
    "calls": _Spec(
        Call,
        ("id", "title", "deadline"),
        COMMON | {"opens": fields.moment, "deadline": fields.moment},
        _call_order,
    ),
    "briefs": _Spec(Brief, ("id", "title"), COMMON | {"published": fields.day}, _no_order),
}
