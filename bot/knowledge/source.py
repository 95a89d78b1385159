"""The knowledge folder on disk, and the snapshot of it that the bot answers from.

`KnowledgeSource` holds one immutable `Snapshot` (knowledge plus the engine
built over it by the `build` function the caller passes: the answering engine
in the bot, so this package never imports the answering ring).  A reload
builds the next snapshot off to the side and swaps it in with a single
reference assignment, so readers never need a lock and never see half an
update.  A reload that fails keeps the last good snapshot
and reports every problem, as the knowledge format promises editors.

Files and folders whose names start with a dot are skipped: editors leave
lock files such as `.#events.toml` next to the file they are editing.

An empty file (a save cut short, a disk that filled up) is refused like any
broken file, and so is a folder that yields no item at all, unless the
operator allows it (`[knowledge] allow_empty`): "I don't know" to every
question is never a better answer than yesterday's knowledge.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Generic, TypeVar
from zoneinfo import ZoneInfo

from bot.knowledge.items import Category, Knowledge
from bot.knowledge.parse import KnowledgeError, Problem, parse_knowledge_report

Clock = Callable[[], datetime]
EMPTY_FILE = "empty file (cut short while saving?): restore it, or delete it if that was meant"
NO_ITEMS = "no items in any file: refused, the bot keeps the last good knowledge"
Built = TypeVar("Built", covariant=True)  # what is built over each snapshot (the engine)
Fingerprint = tuple[tuple[str, int, int], ...] | None  # (name, mtime_ns, size); None: no folder


def utc_now() -> datetime:
    """The real clock, kept at the edge so tests can pass their own."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Snapshot(Generic[Built]):
    """Knowledge that loaded cleanly and the engine over it: replaced whole, never changed."""

    knowledge: Knowledge
    engine: Built
    loaded_at: datetime
    warnings: tuple[Problem, ...] = ()


@dataclass(frozen=True, slots=True)
class ReloadResult(Generic[Built]):
    """What a reload did: the snapshot now in use, and the problems if it was refused."""

    snapshot: Snapshot[Built]
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the new files were taken (else the last good snapshot stays)."""
        return not self.problems


class KnowledgeSource(Generic[Built]):
    """The current snapshot of a knowledge folder, reloadable without downtime."""

    def __init__(
        self,
        directory: Path,
        default_zone: ZoneInfo,
        build: Callable[[Knowledge], Built],
        *,
        clock: Clock = utc_now,
        allow_empty: bool = False,
    ) -> None:
        """Load the folder now; raises KnowledgeError if it does not load cleanly."""
        self.directory = directory
        self.default_zone = default_zone
        self.allow_empty = allow_empty
        self._build_engine = build
        self._clock = clock
        self._fingerprint = fingerprint(directory)
        self._snapshot = self._build()

    @property
    def snapshot(self) -> Snapshot[Built]:
        """The knowledge and engine to answer from right now."""
        return self._snapshot

    def reload(self) -> ReloadResult[Built]:
        """Read the folder again; swap on success, keep the last good snapshot on failure."""
        self._fingerprint = fingerprint(self.directory)
        try:
            fresh = self._build()
        except KnowledgeError as exc:
            return ReloadResult(self._snapshot, exc.problems)
        self._snapshot = fresh  # the one assignment readers can observe
        return ReloadResult(fresh)

    def changed_since_last_load(self) -> bool:
        """Whether any file was added, removed or touched since the last load attempt."""
        return fingerprint(self.directory) != self._fingerprint

    def _build(self) -> Snapshot[Built]:
        report = parse_knowledge_report(read_sources(self.directory), self.default_zone)
        if not self.allow_empty:
            require_items(report.knowledge, self.directory)
        engine = self._build_engine(report.knowledge)
        return Snapshot(report.knowledge, engine, self._clock(), report.warnings)


def read_sources(directory: Path) -> list[tuple[str, str]]:
    """Every knowledge file under the folder as (relative name, text); raises KnowledgeError."""
    if not directory.is_dir():
        reason = "not a folder" if directory.exists() else "knowledge folder not found"
        raise KnowledgeError([Problem(str(directory), None, None, reason)])
    sources, problems = [], []
    for name, path in _knowledge_files(directory):
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeError) as exc:
            problems.append(Problem(name, None, None, f"cannot be read: {_reason(exc)}"))
            continue
        if text.strip():
            sources.append((name, text))
        else:
            problems.append(Problem(name, None, None, EMPTY_FILE))
    if not sources and not problems:
        problems.append(Problem(str(directory), None, None, "no knowledge files (*.toml) here"))
    if problems:
        raise KnowledgeError(problems)
    return sources


def require_items(knowledge: Knowledge, directory: Path) -> None:
    """Refuse knowledge with no item at all (raise KnowledgeError), as a broken file is."""
    if not len(knowledge):
        raise KnowledgeError([Problem(str(directory), None, None, NO_ITEMS)])


def fingerprint(directory: Path) -> Fingerprint:
    """Names, modification times and sizes of the knowledge files: cheap to compare."""
    try:
        return tuple((name, s.st_mtime_ns, s.st_size) for name, s in _stats(directory))
    except OSError:
        return None


def _stats(directory: Path) -> list[tuple[str, os.stat_result]]:
    if not directory.is_dir():
        raise FileNotFoundError(directory)
    return [(name, path.stat()) for name, path in _knowledge_files(directory)]


def _knowledge_files(directory: Path) -> list[tuple[str, Path]]:
    """`*.toml` under the folder, sorted by relative name, hidden ones left out."""
    found = []
    for path in directory.rglob("*.toml"):
        relative = path.relative_to(directory)
        if not any(part.startswith(".") for part in relative.parts):
            found.append((relative.as_posix(), path))
    return sorted(found)


def _reason(exc: OSError | UnicodeError) -> str:
    if isinstance(exc, UnicodeError):
        return "not UTF-8 text; save it as UTF-8"
    return exc.strerror or type(exc).__name__


def summary_line(knowledge: Knowledge) -> str:
    """'knowledge OK: 6 events, 2 calls, 1 brief (9 items)', for logs and `knowledge check`."""
    counts = knowledge.counts()
    parts = [
        _count(counts[Category.EVENT], "event"),
        _count(counts[Category.CALL], "call"),
        _count(counts[Category.BRIEF], "brief"),
    ]
    return f"knowledge OK: {', '.join(parts)} ({_count(len(knowledge), 'item')})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
