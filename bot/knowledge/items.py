"""The knowledge the bot answers from: events, calls and briefs, as immutable values.

Items keep the dates exactly as the editor wrote them (a date or an offset
datetime); `bot.knowledge.dates` turns them into instants.  A `Knowledge` is a frozen
snapshot: a reload builds a new one and swaps the reference, so readers never
see half an update.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType
from zoneinfo import ZoneInfo

DateOrTime = date | datetime


class Category(StrEnum):
    """The three tables of a knowledge file."""

    EVENT = "event"
    CALL = "call"
    BRIEF = "brief"


class EventKind(StrEnum):
    """What sort of event it is, as the knowledge format allows."""

    CONFERENCE = "conference"
    WORKSHOP = "workshop"
    WEBINAR = "webinar"
    MEETING = "meeting"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Link:
    """A labelled URL that an answer offers; adapters turn it into a button."""

    label: str
    url: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Translation:
    """An editor's title, aliases and summary in one language (`title_de`, `aliases_de`, ...).

    Each field is optional: what a translation lacks, the original says.
    """

    language: str
    title: str | None = None
    aliases: tuple[str, ...] = ()
    summary: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Item:
    """Fields every item has; `timezone` is already resolved to a zone."""

    id: str
    title: str
    timezone: ZoneInfo
    aliases: tuple[str, ...] = ()
    url: str | None = None
    organiser: str | None = None
    summary: str | None = None
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    source: str = ""
    translations: tuple[Translation, ...] = ()  # a tuple, not a dict: items stay hashable

    def translated(self, language: str) -> Translation | None:
        """The editor's translation into `language`, if there is one."""
        return next((t for t in self.translations if t.language == language), None)

    @property
    def category(self) -> Category:
        """Which table the item came from."""
        raise NotImplementedError


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Item):
    """A conference, workshop, webinar or meeting with a start (and maybe an end)."""

    start: DateOrTime
    end: DateOrTime | None = None
    kind: EventKind = EventKind.OTHER
    location: str | None = None
    registration_url: str | None = None

    @property
    def category(self) -> Category:
        """Events are events."""
        return Category.EVENT

    @property
    def is_online(self) -> bool:
        """Whether the location says the event is virtual."""
        return (self.location or "").strip().lower() == "online"


@dataclass(frozen=True, slots=True, kw_only=True)
class Call(Item):
    """A funding or expression-of-interest call with a deadline."""

    deadline: DateOrTime
    opens: DateOrTime | None = None

    @property
    def category(self) -> Category:
        """Calls are calls."""
        return Category.CALL


@dataclass(frozen=True, slots=True, kw_only=True)
class Brief(Item):
    """A policy paper, maybe with a publication date."""

    published: date | None = None

    @property
    def category(self) -> Category:
        """Briefs are briefs."""
        return Category.BRIEF


AnyItem = Event | Call | Brief


@dataclass(frozen=True)
class Knowledge:
    """An immutable snapshot of every item, with lookup by id and tag."""

    items: tuple[AnyItem, ...] = ()
    _by_id: Mapping[str, AnyItem] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", MappingProxyType({i.id: i for i in self.items}))

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[AnyItem]:
        return iter(self.items)

    def get(self, item_id: str) -> AnyItem | None:
        """The item with this id, or None."""
        return self._by_id.get(item_id)

    @property
    def events(self) -> tuple[Event, ...]:
        """Every event, in file order."""
        return tuple(i for i in self.items if isinstance(i, Event))

    @property
    def calls(self) -> tuple[Call, ...]:
        """Every call, in file order."""
        return tuple(i for i in self.items if isinstance(i, Call))

    @property
    def briefs(self) -> tuple[Brief, ...]:
        """Every brief, in file order."""
        return tuple(i for i in self.items if isinstance(i, Brief))

    def with_tag(self, tag: str) -> tuple[AnyItem, ...]:
        """Items carrying this tag (case-insensitive)."""
        wanted = tag.casefold()
        return tuple(i for i in self.items if any(t.casefold() == wanted for t in i.tags))

    def counts(self) -> dict[Category, int]:
        """How many items of each category, for summaries."""
        result = dict.fromkeys(Category, 0)
        for item in self.items:
            result[item.category] += 1
        return result
