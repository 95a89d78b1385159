"""Real domain values for tests, with defaults so each test states only what it is about."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.knowledge.items import AnyItem, Brief, Call, DateOrTime, Event, EventKind, Knowledge

BRUSSELS = ZoneInfo("Europe/Brussels")


def at(text: str) -> datetime:
    """An aware datetime from ISO 8601 text with an offset: at('2022-07-01T09:00+02:00')."""
    moment = datetime.fromisoformat(text)
    assert moment.tzinfo is not None, f"give {text!r} an offset"
    return moment


def _tuples(fields: dict[str, Any]) -> dict[str, Any]:
    """Lists become tuples, as the frozen dataclasses hold them."""
    return {k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()}


def event(
    id: str = "an-event",
    title: str | None = None,
    start: DateOrTime = date(2022, 9, 26),
    end: DateOrTime | None = None,
    *,
    kind: EventKind | str = EventKind.OTHER,
    timezone: ZoneInfo = BRUSSELS,
    **fields: Any,
) -> Event:
    """An event; the title defaults to the id in words."""
    return Event(
        id=id,
        title=title or id.replace("-", " ").title(),
        start=start,
        end=end,
        kind=EventKind(kind),
        timezone=timezone,
        **_tuples(fields),
    )


def call(
    id: str = "a-call",
    title: str | None = None,
    deadline: DateOrTime = date(2022, 7, 29),
    *,
    opens: DateOrTime | None = None,
    timezone: ZoneInfo = BRUSSELS,
    **fields: Any,
) -> Call:
    """A call; the title defaults to the id in words."""
    return Call(
        id=id,
        title=title or id.replace("-", " ").title(),
        deadline=deadline,
        opens=opens,
        timezone=timezone,
        **_tuples(fields),
    )


def brief(
    id: str = "a-brief",
    title: str | None = None,
    published: date | None = None,
    *,
    timezone: ZoneInfo = BRUSSELS,
    **fields: Any,
) -> Brief:
    """A policy brief; the title defaults to the id in words."""
    return Brief(
        id=id,
        title=title or id.replace("-", " ").title(),
        published=published,
        timezone=timezone,
        **_tuples(fields),
    )


def knowledge(*items: AnyItem) -> Knowledge:
    """A snapshot of exactly these items, in this order."""
    return Knowledge(tuple(items))
