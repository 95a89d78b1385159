"""Wording: what the bot says about an item, a list, or nothing, as plain text.

The tense follows the clock: an event that is over "took place", a closed call
"closed", an open one "closes in 3 days, on ...".  Dates always carry the
month as a word and deadlines their time and zone, so nobody has to guess
whether 05/10 is May or October.  No markup here: adapters escape and decorate.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.answering.headings import list_heading
from bot.answering.listing import ListRequest
from bot.answering.naming import summary_of, title_of
from bot.knowledge.dates import (
    CallStatus,
    EventStatus,
    call_deadline,
    call_opening,
    call_status,
    event_end,
    event_start,
    event_status,
)
from bot.knowledge.items import AnyItem, Brief, Call, Event, EventKind, Link
from bot.languages.dates import (
    format_day,
    format_deadline,
    format_event_dates,
    format_in_zone,
    format_moment,
    relative,
)
from bot.languages.speech import N_, _, pgettext

EXAMPLES = (
    N_("“which calls are open?”"),
    N_("“upcoming events”"),
    N_("“when is the ECCP conference?”"),
    N_("“link to register for the Clusters meet Regions workshop”"),
)


def when(item: AnyItem, now: datetime, viewer: ZoneInfo | None = None) -> str:
    """Dates of an event, deadline of a call, publication of a brief."""
    if isinstance(item, Event):
        return _event_when(item, now, viewer)
    if isinstance(item, Call):
        return _call_when(item, now, viewer)
    return _brief_when(item, now)


def _event_when(event: Event, now: datetime, viewer: ZoneInfo | None) -> str:
    title, dates, place = title_of(event), format_event_dates(event), _place(event)
    status = event_status(event, now)
    if status is EventStatus.PAST:
        return _("{title} took place on {dates}{place}.").format(
            title=title, dates=dates, place=place
        )
    if status is EventStatus.ONGOING:
        return _("{title} is on now: {dates}{place}. It ends {when}.").format(
            title=title, dates=dates, place=place, when=relative(event_end(event), now)
        )
    return _("{title} takes place on {dates}{place}, {when}.{yours}").format(
        title=title,
        dates=dates,
        place=place,
        when=relative(event_start(event), now),
        yours=_viewer_time(event_start(event), event, viewer),
    )


def _call_when(call: Call, now: datetime, viewer: ZoneInfo | None) -> str:
    title, deadline = title_of(call), format_deadline(call)
    status = call_status(call, now)
    if status is CallStatus.CLOSED:
        return _("{title} is closed: the deadline was {deadline}.").format(
            title=title, deadline=deadline
        )
    facts = {
        "title": title,
        "deadline": deadline,
        "when": relative(call_deadline(call), now),
        "yours": _viewer_time(call_deadline(call), call, viewer),
    }
    opening = call_opening(call)
    if status is CallStatus.NOT_YET_OPEN and opening is not None:
        return _(
            "{title} is not open yet: it opens on {opens} and closes {when}, on {deadline}.{yours}"
        ).format(opens=format_day(opening.date()), **facts)
    return _("{title} is open and closes {when}, on {deadline}.{yours}").format(**facts)


def _brief_when(brief: Brief, now: datetime) -> str:
    title = title_of(brief)
    if brief.published is None:
        return _("I have no publication date for {title}.").format(title=title)
    if brief.published > now.date():
        sentence = _("{title} will be published on {day}.")
    else:
        sentence = _("{title} was published on {day}.")
    return sentence.format(title=title, day=format_day(brief.published))


def _place(event: Event) -> str:
    if event.is_online:
        return _(", online")
    return _(" in {location}").format(location=event.location) if event.location else ""


def _viewer_time(moment: datetime, item: AnyItem, viewer: ZoneInfo | None) -> str:
    """' (Your time: ...)' when the reader's zone keeps a different clock."""
    if viewer is None or not isinstance(getattr(item, "start", moment), datetime):
        return ""
    if viewer.utcoffset(moment.replace(tzinfo=None)) == moment.utcoffset():
        return ""
    return _(" (Your time: {time}.)").format(time=format_in_zone(moment, viewer))


def where(item: AnyItem, now: datetime) -> str:
    """The place of an event; calls and briefs have none, and we say so."""
    title, more = title_of(item), _more(item)
    if not isinstance(item, Event):
        if isinstance(item, Call):
            return _("{title} is a call: you apply online.{more}").format(title=title, more=more)
        return _("{title} is a document: you read it online.{more}").format(title=title, more=more)
    past = event_status(item, now) is EventStatus.PAST
    facts = {"title": title, "dates": format_event_dates(item), "location": item.location}
    if item.is_online:
        if past:
            return _("{title} was an online event, on {dates}.").format(**facts)
        return _("{title} is an online event, on {dates}.").format(**facts)
    if item.location:
        if past:
            return _("{title} took place in {location}, on {dates}.").format(**facts)
        return _("{title} takes place in {location}, on {dates}.").format(**facts)
    return _("I don't know where {title} takes place yet.{more}").format(title=title, more=more)


def register(item: AnyItem, now: datetime) -> str:
    """How to register or apply, and whether it is still possible."""
    if isinstance(item, Event):
        return _register_event(item, now)
    if isinstance(item, Call):
        return _apply_call(item, now)
    return _("{title} is a policy brief: there is nothing to register for.{more}").format(
        title=title_of(item), more=_more(item)
    )


def _register_event(event: Event, now: datetime) -> str:
    title, dates = title_of(event), format_event_dates(event)
    if event_status(event, now) is EventStatus.PAST:
        return _("{title} is over: it took place on {dates}, so registration has closed.").format(
            title=title, dates=dates
        )
    if event.registration_url:
        return _("Register for {title} ({dates}{place}) here: {url}").format(
            title=title, dates=dates, place=_place(event), url=event.registration_url
        )
    return _("I have no registration link for {title} ({dates}).{more}").format(
        title=title, dates=dates, more=_more(event)
    )


def _apply_call(call: Call, now: datetime) -> str:
    title, deadline = title_of(call), format_deadline(call)
    if call_status(call, now) is CallStatus.CLOSED:
        return _(
            "{title} is closed: the deadline was {deadline}; it takes no more applications."
        ).format(title=title, deadline=deadline)
    closes = _("The deadline is {deadline} ({when}).").format(
        deadline=deadline, when=relative(call_deadline(call), now)
    )
    facts = {"title": title, "url": call.url, "closes": closes}
    opening = call_opening(call)
    if call_status(call, now) is CallStatus.NOT_YET_OPEN and opening is not None:
        facts["day"] = format_day(opening.date())
        if call.url:
            return _("{title} opens on {day}; apply at {url}. {closes}").format(**facts)
        return _("{title} opens on {day}; apply. {closes}").format(**facts)
    if call.url:
        return _("Apply to {title} at {url}. {closes}").format(**facts)
    return _("Apply to {title}. {closes}").format(**facts)


def link(item: AnyItem) -> str:
    """Where to read more."""
    url = primary_url(item)
    if url:
        return _("More about {title}: {url}").format(title=title_of(item), url=url)
    return _("I have no link for {title}.").format(title=title_of(item))


def primary_url(item: AnyItem) -> str | None:
    """The item's page, or its registration page when it has no other."""
    if item.url:
        return item.url
    return item.registration_url if isinstance(item, Event) else None


def _more(item: AnyItem) -> str:
    url = primary_url(item)
    return _(" More: {url}").format(url=url) if url else ""


def about(item: AnyItem, now: datetime) -> str:
    """What the item is, in a sentence of facts and its summary."""
    lines = [_identity(item, now)]
    summary = summary_of(item)
    if summary:
        lines.append(summary)
    if url := primary_url(item):
        lines.append(_("More: {url}").format(url=url))
    return "\n".join(lines)


_KINDS: dict[
    EventKind, Callable[[], str]
] = {  # with their article: "a conference", "an event" (not "an other")
    EventKind.CONFERENCE: lambda: pgettext("kind of event", "a conference"),
    EventKind.WORKSHOP: lambda: pgettext("kind of event", "a workshop"),
    EventKind.WEBINAR: lambda: pgettext("kind of event", "a webinar"),
    EventKind.MEETING: lambda: pgettext("kind of event", "a meeting"),
    EventKind.OTHER: lambda: pgettext("kind of event", "an event"),
}


def _identity(item: AnyItem, now: datetime) -> str:
    by = _(", organised by {organiser}").format(organiser=item.organiser) if item.organiser else ""
    title = title_of(item)
    if isinstance(item, Event):
        facts = {
            "title": title,
            "kind": _KINDS[item.kind](),
            "dates": format_event_dates(item),
            "place": _place(item),
            "by": by,
        }
        if event_status(item, now) is EventStatus.PAST:
            return _("{title}: {kind} held {dates}{place}{by}.").format(**facts)
        return _("{title}: {kind} on {dates}{place}{by}.").format(**facts)
    if isinstance(item, Call):
        organiser = (
            _(" Organiser: {organiser}.").format(organiser=item.organiser)
            if item.organiser
            else ""
        )
        return f"{_call_when(item, now, None)}{organiser}"
    published = (
        _(", published on {day}").format(day=format_day(item.published)) if item.published else ""
    )
    return _("{title}: a policy brief{published}{by}.").format(
        title=title, published=published, by=by
    )


def short_line(item: AnyItem, now: datetime) -> str:
    """One line for lists and choices: title and its date."""
    title = title_of(item)
    if isinstance(item, Event):
        facts = {"title": title, "dates": format_event_dates(item), "place": _place(item)}
        if event_status(item, now) is EventStatus.PAST:
            return _("{title} (was {dates}{place})").format(**facts)
        return _("{title} ({dates}{place})").format(**facts)
    if isinstance(item, Call):
        deadline = call_deadline(item)
        shown = format_moment(deadline, item.timezone)
        if deadline <= now:
            return _("{title} (closed {deadline})").format(title=title, deadline=shown)
        return _("{title} (closes {deadline})").format(title=title, deadline=shown)
    if item.published:
        return _("{title} (published {day})").format(title=title, day=format_day(item.published))
    return title


def listing(items: Sequence[AnyItem], request: ListRequest, now: datetime, topic: str) -> str:
    """A heading and one line per item, or an honest 'none'."""
    heading = list_heading(request, topic)
    if not items:
        return _("There are no {heading}.").format(heading=heading)
    lines = [f"{heading[0].upper()}{heading[1:]} ({len(items)}):"]
    lines += [f"• {short_line(item, now)}" for item in items]
    return "\n".join(lines)


def choose(items: Sequence[AnyItem], now: datetime) -> str:
    """Ask which of several close matches the person means."""
    lines = [_("I know more than one of those. Which one do you mean?")]
    lines += [f"• {short_line(item, now)}" for item in items]
    return "\n".join(lines)


def unknown(question: str) -> str:
    """Say plainly that nothing matches, and what the bot can answer instead."""
    asked = question.strip()
    if not asked:
        return _("Ask me about an event, a call or a policy brief, for example {example}").format(
            example=_(EXAMPLES[0])
        )
    shown = asked if len(asked) <= 80 else asked[:77] + "..."
    return _(
        "I don't know that one: nothing in my knowledge matches “{question}”. "
        "I can answer questions about events, calls and policy briefs, "
        "for example {first} or {second}."
    ).format(question=shown, first=_(EXAMPLES[0]), second=_(EXAMPLES[1]))


def thanks() -> str:
    """A short reply to a thank-you."""
    return _("You're welcome! Ask me any time about events, calls or policy briefs.")


def help_text() -> str:
    """What the bot is for and how to talk to it."""
    examples = [*(_(e) for e in EXAMPLES), _("“what is the twin transition brief about?”")]
    return _(
        "Hello! I answer questions about events, calls for proposals and policy briefs "
        "of the cluster, regional policy and innovation community, and I can remind you "
        "before deadlines.\n"
        "Ask in plain words, for example:"
    ) + "".join(f"\n• {e}" for e in examples)


def _can_register(event: Event, now: datetime) -> bool:
    return event_status(event, now) is not EventStatus.PAST


def links_for(item: AnyItem, now: datetime) -> tuple[Link, ...]:
    """Buttons that fit the item now: Register or Apply while possible, Read more always."""
    found: list[Link] = []
    if isinstance(item, Event) and item.registration_url and _can_register(item, now):
        found.append(Link(pgettext("button", "Register"), item.registration_url))
    if isinstance(item, Call) and item.url and call_status(item, now) is not CallStatus.CLOSED:
        found.append(Link(pgettext("button", "Apply"), item.url))
    if item.url and all(existing.url != item.url for existing in found):
        found.append(Link(pgettext("button", "Read more"), item.url))
    return tuple(found)
