"""List questions: which items are upcoming, open, past, or fall in a week or a month.

The rules follow the list semantics of the answer-quality set: a date start is
00:00 and a date end 23:59 in the item's zone; months and "today" are taken
in the clock's own offset; lists without a kind word cover events and calls,
never briefs.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from bot.answering.list_signals import ListSignals
from bot.answering.question_words import MONTHS
from bot.knowledge.dates import (
    CallStatus,
    call_deadline,
    call_status,
    event_end,
    event_start,
    local_dates,
)
from bot.knowledge.items import AnyItem, Brief, Call, Event, EventKind, Knowledge
from bot.languages.dates import format_day, format_day_span, format_month
from bot.languages.speech import N_, _


class Status(StrEnum):
    """The status filter a list question asks for."""

    UPCOMING = "upcoming"
    OPEN = "open"
    CLOSED = "closed"
    PAST = "past"
    ONGOING = "ongoing"
    OPENING = "opening"  # calls not open yet: "calls opening soon"


class WindowRule(StrEnum):
    """How a window selects: overlap with an instant range, or calendar dates."""

    INSTANTS = "instants"  # this week, today: [start, end) instants
    REST_OF_MONTH = "rest of month"  # from today to the month's end, not yet over
    CALENDAR = "calendar"  # a whole month or year, by local dates


@dataclass(frozen=True, slots=True)
class Window:
    """A stretch of time a list question is about, with the words to name it."""

    start: datetime
    end: datetime
    rule: WindowRule
    label: str


@dataclass(frozen=True, slots=True)
class ListRequest:
    """Everything that selects a list: categories, event kinds, status, window."""

    events: bool
    calls: bool
    briefs: bool
    event_kinds: frozenset[EventKind]
    status: Status | None
    window: Window | None

    @property
    def noun(self) -> str:
        """What the list holds, in words: 'workshops', 'calls', 'events and calls'."""
        if self.event_kinds and not self.calls:
            return " and ".join(sorted(f"{k.value}s" for k in self.event_kinds))
        parts = [n for n, on in (("events", self.events), ("calls", self.calls)) if on]
        parts += ["briefs"] if self.briefs else []
        return " and ".join(parts)


def list_request(signals: ListSignals, now: datetime) -> ListRequest:
    """Turn the words of a list question into a request."""
    kinds = signals.kinds
    event_kinds = frozenset(EventKind(k) for k in kinds if k in EventKind.__members__.values())
    briefs = "briefs" in kinds
    calls = "calls" in kinds
    events = "events" in kinds or bool(event_kinds)
    status = Status(signals.status) if signals.status else None
    if not (briefs or calls or events):
        events, calls = _kinds_of_status(status)
    return ListRequest(events, calls, briefs, event_kinds, status, window_for(signals, now))


def _kinds_of_status(status: Status | None) -> tuple[bool, bool]:
    """Events, calls: a status with no kind word says which ('can still apply' is calls).

    Calls are open or closed, events happened: "what happened already this
    year?" lists events, "what can we still apply for?" open calls.
    """
    if status in (Status.OPEN, Status.CLOSED, Status.OPENING):
        return False, True
    if status is Status.PAST:
        return True, False
    return True, True


def window_for(signals: ListSignals, now: datetime) -> Window | None:
    """The time window named by 'this week', 'next month', 'in October 2022' and so on."""
    today = now.date()
    for phrase in signals.window:
        window = _named_window(phrase, now, today)
        if window is not None:
            return window
    if signals.month is not None:
        year = signals.year or _year_of_next(signals.month, today, signals.status == "past")
        return _month_window(year, signals.month, now)
    if signals.year is not None:
        start = _midnight(date(signals.year, 1, 1), now)
        end = _midnight(date(signals.year + 1, 1, 1), now)
        return Window(start, end, WindowRule.CALENDAR, f"in {signals.year}")
    return None


def _named_window(phrase: str, now: datetime, today: date) -> Window | None:
    week = timedelta(days=7)
    if phrase in {"this week", "next 7 days", "coming week"}:
        return Window(now, now + week, WindowRule.INSTANTS, "in the next 7 days")
    if phrase == "next week":
        monday = today + timedelta(days=7 - today.weekday())
        start = _midnight(monday, now)
        return Window(start, start + week, WindowRule.INSTANTS, "next week")
    if phrase in {"today", "tonight"}:
        end = _midnight(today + timedelta(days=1), now)
        return Window(now, end, WindowRule.INSTANTS, "today")
    if phrase == "tomorrow":
        start = _midnight(today + timedelta(days=1), now)
        return Window(start, start + timedelta(days=1), WindowRule.INSTANTS, "tomorrow")
    if phrase == "this month":
        window = _month_window(today.year, today.month, now)
        return Window(now, window.end, WindowRule.REST_OF_MONTH, "this month")
    if phrase == "next month":
        year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
        return _month_window(year, month, now)
    if phrase in {"this year", "next year"}:
        year = today.year + (phrase == "next year")
        start, end = _midnight(date(year, 1, 1), now), _midnight(date(year + 1, 1, 1), now)
        return Window(start, end, WindowRule.CALENDAR, f"in {year}")
    return None


def _midnight(day: date, now: datetime) -> datetime:
    return datetime.combine(day, time(0, 0), tzinfo=now.tzinfo)


def _month_window(year: int, month: int, now: datetime) -> Window:
    last = calendar.monthrange(year, month)[1]
    start = _midnight(date(year, month, 1), now)
    end = _midnight(date(year, month, last), now) + timedelta(days=1)
    return Window(start, end, WindowRule.CALENDAR, f"in {MONTHS[month - 1].title()} {year}")


def _year_of_next(month: int, today: date, past: bool) -> int:
    """A month named without a year: the coming one, or the last one for past questions."""
    if past:
        return today.year if month <= today.month else today.year - 1
    return today.year if month >= today.month else today.year + 1


def select(
    knowledge: Knowledge,
    request: ListRequest,
    now: datetime,
    keep: Callable[[AnyItem], bool] = lambda _: True,
) -> list[AnyItem]:
    """The items a list request asks for, in the order a reader wants them."""
    chosen: list[AnyItem] = []
    if request.events:
        chosen += [e for e in knowledge.events if _event_fits(e, request, now) and keep(e)]
    if request.calls:
        chosen += [c for c in knowledge.calls if _call_fits(c, request, now) and keep(c)]
    if request.briefs:
        chosen += [b for b in knowledge.briefs if _brief_fits(b, request, now) and keep(b)]
    backwards = request.status in {Status.PAST, Status.CLOSED}
    return sorted(chosen, key=lambda i: sort_key(i, backwards))


def sort_key(item: AnyItem, backwards: bool = False) -> tuple[float, str]:
    """Soonest first (latest first for past lists); briefs newest first."""
    moment = item_moment(item)
    stamp = moment.timestamp() if moment else 0.0
    flip = backwards or isinstance(item, Brief)
    return (-stamp if flip else stamp, item.id)


def item_moment(item: AnyItem) -> datetime | None:
    """The instant that orders an item: start, deadline, or publication."""
    if isinstance(item, Event):
        return event_start(item)
    if isinstance(item, Call):
        return call_deadline(item)
    if item.published is None:
        return None
    return datetime.combine(item.published, time(0, 0), tzinfo=item.timezone)


def _event_fits(event: Event, request: ListRequest, now: datetime) -> bool:
    if request.event_kinds and event.kind not in request.event_kinds:
        return False
    start, end = event_start(event), event_end(event)
    if request.window is not None and not _event_in_window(event, request.window, now):
        return False
    status = request.status
    if status is Status.PAST or status is Status.CLOSED:
        return end < now
    if status is Status.ONGOING:
        return start <= now <= end
    if status is Status.OPENING:
        return False  # only calls open
    if status is None and request.window is not None:
        return True
    return end > now


def _event_in_window(event: Event, window: Window, now: datetime) -> bool:
    if window.rule is WindowRule.INSTANTS:
        return event_start(event) < window.end and event_end(event) > window.start
    first, last = local_dates(event)
    window_first = window.start.date()
    window_last = (window.end - timedelta(days=1)).date()
    overlaps = first <= window_last and last >= window_first
    if window.rule is WindowRule.REST_OF_MONTH:
        return overlaps and event_end(event) > now
    return overlaps


def _call_fits(call: Call, request: ListRequest, now: datetime) -> bool:
    if request.event_kinds and not request.calls:
        return False
    deadline = call_deadline(call)
    if request.window is not None and not _deadline_in_window(call, request.window, now):
        return False
    status = request.status
    if status is Status.OPEN or status is Status.ONGOING:
        return call_status(call, now) is CallStatus.OPEN
    if status is Status.OPENING:
        return call_status(call, now) is CallStatus.NOT_YET_OPEN
    if status is Status.CLOSED or status is Status.PAST:
        return deadline < now
    if status is None and request.window is not None:
        return True
    return deadline > now


def _deadline_in_window(call: Call, window: Window, now: datetime) -> bool:
    deadline = call_deadline(call)
    if window.rule is WindowRule.INSTANTS:
        return window.start <= deadline < window.end
    day = deadline.astimezone(call.timezone).date()
    inside = window.start.date() <= day <= (window.end - timedelta(days=1)).date()
    if window.rule is WindowRule.REST_OF_MONTH:
        return inside and deadline >= now
    return inside


def _brief_fits(brief: Brief, request: ListRequest, now: datetime) -> bool:
    if brief.published is None:
        return request.window is None
    if brief.published > now.date():
        return False
    window = request.window
    if window is None:
        return True
    return window.start.date() <= brief.published < window.end.date()


# The names of the windows that are not a calendar month or year, marked for translation.
_NAMED = (N_("in the next 7 days"), N_("next week"), N_("today"), N_("tomorrow"))


def describe_window(window: Window) -> str:
    """Words for a window in an answer: 'in October 2022', 'in the next 7 days'."""
    if window.rule is WindowRule.REST_OF_MONTH:
        last = (window.end - timedelta(days=1)).date()
        return _("for the rest of this month (until {day})").format(day=format_day(last))
    if window.rule is WindowRule.CALENDAR:
        return _calendar_label(window)
    if window.label.startswith("in "):
        return _(window.label)
    span = format_day_span(window.start.date(), (window.end - timedelta(seconds=1)).date())
    return _("{window} ({dates})").format(window=_(window.label), dates=span)


def _calendar_label(window: Window) -> str:
    """'in 2025' for a whole year, 'in October 2025' for a month."""
    first = window.start.date()
    if first.month == 1 and window.end.date().year == first.year + 1:
        return _("in {year}").format(year=first.year)
    return _("in {month}").format(month=format_month(first.year, first.month))
