"""The heading of a list answer: which items, in what status, about what, when.

Built from parts a translator can order: the status word and the noun are
messages of their own (with a context, since "open" or "calls" mean other
things elsewhere), joined by "{status} {noun}" and "{first} and {second}".
German and Polish plural adjectives do not change with the noun's gender; in
French, Spanish and Italian the status follows the noun, in the form of the
noun the status is mostly said of ("appels ouverts", "convocatorias abiertas").
"""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.listing import ListRequest, Status, describe_window
from bot.languages.speech import _, pgettext

_STATUSES: dict[Status, Callable[[], str]] = {
    Status.UPCOMING: lambda: pgettext("status in a list heading", "upcoming"),
    Status.OPEN: lambda: pgettext("status in a list heading", "open"),
    Status.CLOSED: lambda: pgettext("status in a list heading", "closed"),
    Status.PAST: lambda: pgettext("status in a list heading", "past"),
    Status.ONGOING: lambda: pgettext("status in a list heading", "ongoing"),
    Status.OPENING: lambda: pgettext("status in a list heading", "not yet open"),
}
_NOUNS: dict[str, Callable[[], str]] = {
    "events": lambda: pgettext("things listed", "events"),
    "calls": lambda: pgettext("things listed", "calls"),
    "briefs": lambda: pgettext("things listed", "briefs"),
    "conference": lambda: pgettext("things listed", "conferences"),
    "workshop": lambda: pgettext("things listed", "workshops"),
    "webinar": lambda: pgettext("things listed", "webinars"),
    "meeting": lambda: pgettext("things listed", "meetings"),
    "other": lambda: pgettext("things listed", "others"),
}


def list_heading(request: ListRequest, topic: str) -> str:
    """'open calls', 'upcoming events matching “energy” in October 2025', in the reply's language.

    The status word is a translation of its own, placed by "{status} {noun}":
    before the noun in German and Polish, after it in French, Spanish and Italian.
    """
    status = request.status
    if status is None and request.window is None and not request.briefs:
        status = Status.UPCOMING
    noun = _list_noun(request)
    if status is not None:
        heading = _("{status} {noun}").format(status=_STATUSES[status](), noun=noun)
    else:
        heading = noun
    if topic:
        heading += _(" matching “{topic}”").format(topic=topic)
    if request.window is not None:
        heading += f" {describe_window(request.window)}"
    return heading


def _list_noun(request: ListRequest) -> str:
    """'workshops', 'calls', 'events and calls', in the reply's language."""
    if request.event_kinds and not request.calls:
        parts = [_NOUNS[k.value]() for k in sorted(request.event_kinds, key=lambda k: f"{k}s")]
    else:
        kinds = (("events", request.events), ("calls", request.calls), ("briefs", request.briefs))
        parts = [_NOUNS[noun]() for noun, on in kinds if on]
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        joined = _("{first} and {second}").format(first=joined, second=part)
    return joined
