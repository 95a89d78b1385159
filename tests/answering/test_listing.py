"""List questions: each row of the list-semantics table, and the order lists come in."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.answering.list_signals import ListSignals
from bot.answering.listing import (
    Status,
    WindowRule,
    describe_window,
    list_request,
    select,
    window_for,
)
from bot.knowledge.items import EventKind
from tests.factories import at, brief, call, event, knowledge

LISBON = ZoneInfo("Europe/Lisbon")
AUCKLAND = ZoneInfo("Pacific/Auckland")
LONDON = ZoneInfo("Europe/London")

# A Tuesday; the items below sit around it.
NOW = at("2022-09-20T10:00:00+02:00")

KNOWLEDGE = knowledge(
    event(
        "past-webinar",
        start=at("2022-06-30T10:00+02:00"),
        end=at("2022-06-30T12:30+02:00"),
        kind="webinar",
    ),
    event("early-september-meeting", start=date(2022, 9, 5), kind="meeting"),
    event("ongoing-conference", start=date(2022, 9, 19), end=date(2022, 9, 21), kind="conference"),
    event("conference-26-27", start=date(2022, 9, 26), end=date(2022, 9, 27), kind="conference"),
    event("meeting-29", start=date(2022, 9, 29), kind="meeting"),
    event(
        "conference-across-months",
        start=date(2022, 9, 30),
        end=date(2022, 10, 2),
        kind="conference",
    ),
    event("auckland-workshop", start=date(2022, 10, 1), kind="workshop", timezone=AUCKLAND),
    event(
        "october-workshop",
        start=date(2022, 10, 20),
        end=date(2022, 10, 21),
        kind="workshop",
        timezone=LISBON,
    ),
    event("may-2023-workshop", start=date(2023, 5, 11), end=date(2023, 5, 12), kind="workshop"),
    call("closed-call", deadline=at("2022-07-29T18:00:00+02:00"), opens=date(2022, 6, 15)),
    call("call-closed-this-month", deadline=date(2022, 9, 5)),
    call("call-this-week", deadline=at("2022-09-23T17:00:00+02:00"), opens=date(2022, 6, 1)),
    call("call-end-of-september", deadline=date(2022, 9, 30)),
    call("london-call", deadline=at("2022-10-01T00:30:00+02:00"), timezone=LONDON),
    call("october-call", deadline=at("2022-10-05T17:00:00+02:00"), opens=date(2022, 1, 12)),
    call("not-yet-open-call", deadline=at("2023-01-31T18:00:00+01:00"), opens=date(2022, 10, 1)),
    brief("old-brief", published=date(2022, 5, 10)),
    brief("september-brief", published=date(2022, 9, 1)),
    brief("undated-brief"),
    brief("future-brief", published=date(2022, 11, 8)),
)

UPCOMING_EVENTS = [
    "ongoing-conference",
    "conference-26-27",
    "meeting-29",
    "conference-across-months",
    "auckland-workshop",
    "october-workshop",
    "may-2023-workshop",
]
OPEN_CALLS = ["call-this-week", "call-end-of-september", "london-call", "october-call"]


def listed(now=NOW, **signals) -> list[str]:
    """The ids a list question with these signals selects, in the order given."""
    request = list_request(ListSignals(**signals), now)
    return [item.id for item in select(KNOWLEDGE, request, now)]


def test_upcoming_covers_events_not_yet_over_and_calls_not_yet_closed() -> None:
    assert set(listed(status="upcoming")) == {*UPCOMING_EVENTS, *OPEN_CALLS, "not-yet-open-call"}


def test_upcoming_includes_ongoing_events() -> None:
    assert "ongoing-conference" in listed(status="upcoming", kinds=frozenset({"events"}))


def test_a_list_without_status_or_window_is_what_is_upcoming() -> None:
    assert listed(kinds=frozenset({"events"})) == UPCOMING_EVENTS


def test_open_calls_are_open_now_and_respect_their_opening_date() -> None:
    assert set(listed(status="open", kinds=frozenset({"calls"}))) == set(OPEN_CALLS)


def test_a_call_is_open_from_its_opening_day() -> None:
    open_later = listed(now=at("2022-10-01T09:00+02:00"), status="open")
    assert "not-yet-open-call" in open_later


def test_closed_calls_are_those_whose_deadline_passed_latest_first() -> None:
    closed = listed(status="closed", kinds=frozenset({"calls"}))
    assert closed == ["call-closed-this-month", "closed-call"]


def test_past_events_are_those_already_over_latest_first() -> None:
    past = listed(status="past", kinds=frozenset({"events"}))
    assert past == ["early-september-meeting", "past-webinar"]


def test_ongoing_events_have_started_and_not_ended() -> None:
    assert listed(status="ongoing", kinds=frozenset({"events"})) == ["ongoing-conference"]


def test_this_week_is_now_to_seven_days_later() -> None:
    window = window_for(ListSignals(window=("this week",)), NOW)
    assert window is not None
    assert (window.start, window.end, window.rule) == (
        NOW,
        NOW + timedelta(days=7),
        WindowRule.INSTANTS,
    )


def test_this_week_lists_events_overlapping_it_and_calls_closing_in_it() -> None:
    assert listed(window=("this week",)) == [
        "ongoing-conference",
        "call-this-week",
        "conference-26-27",
    ]


def test_this_month_is_the_rest_of_the_month_and_not_yet_over() -> None:
    assert set(listed(window=("this month",))) == {
        "ongoing-conference",
        "call-this-week",
        "conference-26-27",
        "meeting-29",
        "conference-across-months",
        "call-end-of-september",
        "london-call",
    }


def test_this_month_leaves_out_what_ended_earlier_in_the_month() -> None:
    this_month = listed(window=("this month",))
    assert "early-september-meeting" not in this_month
    assert "call-closed-this-month" not in this_month


def test_next_month_is_the_whole_calendar_month_by_local_dates() -> None:
    assert set(listed(window=("next month",))) == {
        "conference-across-months",
        "auckland-workshop",
        "october-call",
        "october-workshop",
    }


def test_an_event_on_the_first_of_the_month_far_east_belongs_to_that_month() -> None:
    # 1 October in Auckland is still 30 September in Brussels: local dates decide.
    assert "auckland-workshop" in listed(window=("next month",))
    assert "auckland-workshop" not in listed(window=("this month",))


def test_a_deadline_belongs_to_the_month_of_its_date_in_the_call_zone() -> None:
    # 00:30 on 1 October in Brussels is 23:30 on 30 September in London.
    assert "london-call" in listed(window=("this month",))
    assert "london-call" not in listed(window=("next month",))


def test_a_named_month_and_year_is_that_calendar_month() -> None:
    october = {"conference-across-months", "auckland-workshop", "october-call", "october-workshop"}
    assert set(listed(month=10, year=2022)) == october


def test_a_named_past_month_still_lists_what_happened_in_it() -> None:
    later = at("2022-11-15T09:00+01:00")
    assert set(listed(now=later, month=10, year=2022)) == {
        "conference-across-months",
        "auckland-workshop",
        "october-call",
        "october-workshop",
    }


def test_a_month_without_a_year_is_the_next_one_to_come() -> None:
    assert listed(month=5, kinds=frozenset({"events"})) == ["may-2023-workshop"]


def test_a_past_month_without_a_year_is_the_last_one_gone() -> None:
    window = window_for(ListSignals(month=6, status="past"), NOW)
    assert window is not None
    assert window.start.date() == date(2022, 6, 1)


def test_months_are_taken_in_the_offset_of_now() -> None:
    window = window_for(ListSignals(month=10, year=2022), NOW)
    assert window is not None
    assert window.start == at("2022-10-01T00:00+02:00")
    assert window.end == at("2022-11-01T00:00+02:00")


def test_briefs_are_those_published_by_now_or_undated() -> None:
    assert set(listed(kinds=frozenset({"briefs"}))) == {
        "old-brief",
        "september-brief",
        "undated-brief",
    }


def test_briefs_come_newest_first_and_undated_last() -> None:
    assert listed(kinds=frozenset({"briefs"})) == ["september-brief", "old-brief", "undated-brief"]


@pytest.mark.parametrize(
    "signals",
    [
        {"status": "upcoming"},
        {"window": ("this week",)},
        {"window": ("this month",)},
        {"month": 5, "year": 2022},
        {"status": "past"},
    ],
)
def test_lists_without_a_kind_word_never_hold_briefs(signals: dict[str, object]) -> None:
    assert not [i for i in listed(**signals) if i.endswith("brief")]


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        ({"workshop"}, ["auckland-workshop", "october-workshop", "may-2023-workshop"]),
        ({"conference"}, ["ongoing-conference", "conference-26-27", "conference-across-months"]),
        ({"meeting"}, ["meeting-29"]),
        ({"webinar"}, []),
        ({"events"}, UPCOMING_EVENTS),
        (
            {"calls"},
            [
                "call-this-week",
                "call-end-of-september",
                "london-call",
                "october-call",
                "not-yet-open-call",
            ],
        ),
    ],
)
def test_kind_words_narrow_the_list(kinds: set[str], expected: list[str]) -> None:
    assert listed(kinds=frozenset(kinds), status="upcoming") == expected


def test_past_webinars_are_webinars_that_took_place() -> None:
    assert listed(kinds=frozenset({"webinar"}), status="past") == ["past-webinar"]


def test_workshops_and_calls_together() -> None:
    request = list_request(ListSignals(kinds=frozenset({"workshop", "calls"})), NOW)
    assert (request.events, request.calls, request.briefs) == (True, True, False)
    assert request.event_kinds == frozenset({EventKind.WORKSHOP})


def test_upcoming_lists_come_soonest_first() -> None:
    assert listed(status="upcoming") == [
        "ongoing-conference",
        "call-this-week",
        "conference-26-27",
        "meeting-29",
        "conference-across-months",
        "auckland-workshop",
        "call-end-of-september",
        "london-call",
        "october-call",
        "october-workshop",
        "not-yet-open-call",
        "may-2023-workshop",
    ]


@pytest.mark.parametrize(
    ("signals", "status"),
    [
        (ListSignals(status="open"), Status.OPEN),
        (ListSignals(status="past"), Status.PAST),
        (ListSignals(), None),
    ],
)
def test_list_request_carries_the_status(signals: ListSignals, status: Status | None) -> None:
    assert list_request(signals, NOW).status is status


@pytest.mark.parametrize(
    ("signals", "text"),
    [
        (ListSignals(month=10, year=2022), "in October 2022"),
        (
            ListSignals(window=("this month",)),
            "for the rest of this month (until 30 September 2022)",
        ),
        (ListSignals(window=("this week",)), "in the next 7 days"),
    ],
)
def test_windows_are_described_in_words(signals: ListSignals, text: str) -> None:
    window = window_for(signals, NOW)
    assert window is not None
    assert describe_window(window) == text
