"""Wording: what the bot says about an item, a list, or nothing, as plain text.

The tense follows the clock: an event that is over "took place", a closed call
"closed", an open one "closes in 3 days, on ...".  Dates always carry the
month as a word and deadlines their time and zone, so nobody has to guess
whether 05/10 is May or October.  No markup here: adapters escape and decorate.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.answering.listing import ListRequest, Status, describe_window
from bot.knowledge.dates import (
    CallStatus,
    EventStatus,
    call_deadline,
    call_opening,
    call_status,
    event_end,
    event_start,
    event_status,
    format_day,
    format_deadline,
    format_event_dates,
    format_in_zone,
    format_moment,
    relative,
)
from bot.knowledge.items import AnyItem, Brief, Call, Event, Link

EXAMPLES = (
    "“which calls are open?”",
    "“upcoming events”",
    "“when is the ECCP conference?”",
    "“link to register for the Clusters meet Regions workshop”",
)


def when(item: AnyItem, now: datetime, viewer: ZoneInfo | None = None) -> str:
    """Dates of an event, deadline of a call, publication of a brief."""
    if isinstance(item, Event):
        return _event_when(item, now, viewer)
    if isinstance(item, Call):
        return _call_when(item, now, viewer)
    return _brief_when(item, now)


def _event_when(event: Event, now: datetime, viewer: ZoneInfo | None) -> str:
    dates, place = format_event_dates(event), _place(event)
    status = event_status(event, now)
    yours = _viewer_time(event_start(event), event, viewer)
    if status is EventStatus.PAST:
        return f"{event.title} took place on {dates}{place}."
    if status is EventStatus.ONGOING:
        return (
            f"{event.title} is on now: {dates}{place}. It ends {relative(event_end(event), now)}."
        )
    soon = relative(event_start(event), now)
    return f"{event.title} takes place on {dates}{place}, {soon}.{yours}"


def _call_when(call: Call, now: datetime, viewer: ZoneInfo | None) -> str:
    deadline = format_deadline(call)
    yours = _viewer_time(call_deadline(call), call, viewer)
    status = call_status(call, now)
    if status is CallStatus.CLOSED:
        return f"{call.title} is closed: the deadline was {deadline}."
    closes = f"closes {relative(call_deadline(call), now)}, on {deadline}.{yours}"
    opening = call_opening(call)
    if status is CallStatus.NOT_YET_OPEN and opening is not None:
        return (
            f"{call.title} is not open yet: it opens on {format_day(opening.date())} and {closes}"
        )
    return f"{call.title} is open and {closes}"


def _brief_when(brief: Brief, now: datetime) -> str:
    if brief.published is None:
        return f"I have no publication date for {brief.title}."
    verb = "will be published" if brief.published > now.date() else "was published"
    return f"{brief.title} {verb} on {format_day(brief.published)}."


def _place(event: Event) -> str:
    if event.is_online:
        return ", online"
    return f" in {event.location}" if event.location else ""


def _viewer_time(moment: datetime, item: AnyItem, viewer: ZoneInfo | None) -> str:
    """' (Your time: ...)' when the reader's zone keeps a different clock."""
    if viewer is None or not isinstance(getattr(item, "start", moment), datetime):
        return ""
    if viewer.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset():
        return ""
    return f" (Your time: {format_in_zone(moment, viewer)}.)"


def where(item: AnyItem, now: datetime) -> str:
    """The place of an event; calls and briefs have none, and we say so."""
    if isinstance(item, Event):
        past = event_status(item, now) is EventStatus.PAST
        dates = format_event_dates(item)
        if item.is_online:
            return f"{item.title} {'was' if past else 'is'} an online event, on {dates}."
        if item.location:
            verb = "took place" if past else "takes place"
            return f"{item.title} {verb} in {item.location}, on {dates}."
        return f"I don't know where {item.title} takes place yet.{_more(item)}"
    noun = "call: you apply online" if isinstance(item, Call) else "document: you read it online"
    return f"{item.title} is a {noun}.{_more(item)}"


def register(item: AnyItem, now: datetime) -> str:
    """How to register or apply, and whether it is still possible."""
    if isinstance(item, Event):
        return _register_event(item, now)
    if isinstance(item, Call):
        return _apply_call(item, now)
    return f"{item.title} is a policy brief: there is nothing to register for.{_more(item)}"


def _register_event(event: Event, now: datetime) -> str:
    dates = format_event_dates(event)
    if event_status(event, now) is EventStatus.PAST:
        return f"{event.title} is over: it took place on {dates}, so registration has closed."
    if event.registration_url:
        return (
            f"Register for {event.title} ({dates}{_place(event)}) here: {event.registration_url}"
        )
    return f"I have no registration link for {event.title} ({dates}).{_more(event)}"


def _apply_call(call: Call, now: datetime) -> str:
    status = call_status(call, now)
    deadline = format_deadline(call)
    if status is CallStatus.CLOSED:
        return (
            f"{call.title} is closed: the deadline was {deadline}; it takes no more applications."
        )
    where_to = f" at {call.url}" if call.url else ""
    closes = f"The deadline is {deadline} ({relative(call_deadline(call), now)})."
    opening = call_opening(call)
    if status is CallStatus.NOT_YET_OPEN and opening is not None:
        return f"{call.title} opens on {format_day(opening.date())}; apply{where_to}. {closes}"
    return f"Apply to {call.title}{where_to}. {closes}"


def link(item: AnyItem) -> str:
    """Where to read more."""
    url = primary_url(item)
    return f"More about {item.title}: {url}" if url else f"I have no link for {item.title}."


def primary_url(item: AnyItem) -> str | None:
    """The item's page, or its registration page when it has no other."""
    if item.url:
        return item.url
    return item.registration_url if isinstance(item, Event) else None


def _more(item: AnyItem) -> str:
    url = primary_url(item)
    return f" More: {url}" if url else ""


def about(item: AnyItem, now: datetime) -> str:
    """What the item is, in a sentence of facts and its summary."""
    lines = [_identity(item, now)]
    if item.summary:
        lines.append(item.summary)
    if url := primary_url(item):
        lines.append(f"More: {url}")
    return "\n".join(lines)


def _identity(item: AnyItem, now: datetime) -> str:
    by = f", organised by {item.organiser}" if item.organiser else ""
    if isinstance(item, Event):
        past = event_status(item, now) is EventStatus.PAST
        article = "an" if item.kind.value[0] in "aeiou" else "a"
        held = f"{'held' if past else 'on'} {format_event_dates(item)}{_place(item)}"
        return f"{item.title}: {article} {item.kind.value} {held}{by}."
    if isinstance(item, Call):
        organiser = f" Organiser: {item.organiser}." if item.organiser else ""
        return f"{_call_when(item, now, None)}{organiser}"
    published = f", published on {format_day(item.published)}" if item.published else ""
    return f"{item.title}: a policy brief{published}{by}."


def short_line(item: AnyItem, now: datetime) -> str:
    """One line for lists and choices: title and its date."""
    if isinstance(item, Event):
        past = event_status(item, now) is EventStatus.PAST
        tail = f" ({'was ' if past else ''}{format_event_dates(item)}{_place(item)})"
        return f"{item.title}{tail}"
    if isinstance(item, Call):
        deadline = call_deadline(item)
        verb = "closed" if deadline <= now else "closes"
        return f"{item.title} ({verb} {format_moment(deadline, item.timezone)})"
    published = f" (published {format_day(item.published)})" if item.published else ""
    return f"{item.title}{published}"


def listing(items: Sequence[AnyItem], request: ListRequest, now: datetime, topic: str) -> str:
    """A heading and one line per item, or an honest 'none'."""
    heading = _list_heading(request, topic)
    if not items:
        return f"There are no {heading}."
    lines = [f"{heading[0].upper()}{heading[1:]} ({len(items)}):"]
    lines += [f"• {short_line(item, now)}" for item in items]
    return "\n".join(lines)


def _list_heading(request: ListRequest, topic: str) -> str:
    adjective = {
        Status.UPCOMING: "upcoming ",
        Status.OPEN: "open ",
        Status.CLOSED: "closed ",
        Status.PAST: "past ",
        Status.ONGOING: "ongoing ",
        None: "",
    }[request.status]
    if request.status is None and request.window is None and not request.briefs:
        adjective = "upcoming "
    heading = f"{adjective}{request.noun}"
    if topic:
        heading += f" matching “{topic}”"
    if request.window is not None:
        heading += f" {describe_window(request.window)}"
    return heading


def choose(items: Sequence[AnyItem], now: datetime) -> str:
    """Ask which of several close matches the person means."""
    lines = ["I know more than one of those. Which one do you mean?"]
    lines += [f"• {short_line(item, now)}" for item in items]
    return "\n".join(lines)


def unknown(question: str) -> str:
    """Say plainly that nothing matches, and what the bot can answer instead."""
    asked = question.strip()
    if not asked:
        return f"Ask me about an event, a call or a policy brief, for example {EXAMPLES[0]}"
    shown = asked if len(asked) <= 80 else asked[:77] + "..."
    return (
        f"I don't know that one: nothing in my knowledge matches “{shown}”. "
        f"I can answer questions about events, calls and policy briefs, "
        f"for example {EXAMPLES[0]} or {EXAMPLES[1]}."
    )


def thanks() -> str:
    """A short reply to a thank-you."""
    return "You're welcome! Ask me any time about events, calls or policy briefs."


def help_text() -> str:
    """What the bot is for and how to talk to it."""
    return (
        "Hello! I answer questions about events, calls for proposals and policy briefs "
        "of the cluster, regional policy and innovation community, and I can remind you "
        "before deadlines.\n"
        "Ask in plain words, for example:\n"
        + "\n".join(f"• {e}" for e in EXAMPLES)
        + "\n• “what is the twin transition brief about?”"
    )


def _can_register(event: Event, now: datetime) -> bool:
    return event_status(event, now) is not EventStatus.PAST


def links_for(item: AnyItem, now: datetime) -> tuple[Link, ...]:
    """Buttons that fit the item now: Register or Apply while possible, Read more always."""
    found: list[Link] = []
    if isinstance(item, Event) and item.registration_url and _can_register(item, now):
        found.append(Link("Register", item.registration_url))
    if isinstance(item, Call) and item.url and call_status(item, now) is not CallStatus.CLOSED:
        found.append(Link("Apply", item.url))
    if item.url and all(existing.url != item.url for existing in found):
        found.append(Link("Read more", item.url))
    return tuple(found)
