"""Time rules: when events start and end, when calls open and close, and how we say it."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

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
    format_day_span,
    format_deadline,
    format_event_dates,
    format_in_zone,
    local_dates,
    relative,
    zone_label,
)
from tests.factories import BRUSSELS, at, call, event

PRAGUE = ZoneInfo("Europe/Prague")
LONDON = ZoneInfo("Europe/London")
CONFERENCE = event(start=date(2022, 9, 26), end=date(2022, 9, 27), timezone=PRAGUE)


def test_a_date_start_begins_at_midnight_in_the_event_zone() -> None:
    assert event_start(CONFERENCE) == datetime(2022, 9, 26, 0, 0, tzinfo=PRAGUE)


def test_a_date_only_end_is_23_59_local_time() -> None:
    assert event_end(CONFERENCE) == datetime(2022, 9, 27, 23, 59, tzinfo=PRAGUE)


def test_an_event_without_end_ends_at_the_end_of_its_start_day() -> None:
    one_day = event(start=date(2023, 3, 9), timezone=BRUSSELS)
    assert event_end(one_day) == datetime(2023, 3, 9, 23, 59, tzinfo=BRUSSELS)


def test_an_event_with_a_start_time_and_no_end_ends_at_its_start() -> None:
    talk = event(start=at("2022-06-30T10:00+02:00"))
    assert event_end(talk) == at("2022-06-30T10:00+02:00")


@pytest.mark.parametrize(
    ("now", "status"),
    [
        ("2022-09-25T23:59:59+02:00", EventStatus.UPCOMING),
        ("2022-09-26T00:00:00+02:00", EventStatus.ONGOING),
        ("2022-09-27T12:00:00+02:00", EventStatus.ONGOING),
        ("2022-09-27T23:59:00+02:00", EventStatus.ONGOING),
        ("2022-09-27T23:59:01+02:00", EventStatus.PAST),
        ("2022-09-28T00:00:00+02:00", EventStatus.PAST),
    ],
)
def test_event_status_at_the_boundaries(now: str, status: EventStatus) -> None:
    assert event_status(CONFERENCE, at(now)) is status


def test_event_status_compares_instants_not_wall_clocks() -> None:
    # 23:30 in London is already 00:30 the next day in Prague: the conference has begun.
    assert event_status(CONFERENCE, at("2022-09-25T23:30:00+01:00")) is EventStatus.ONGOING


def test_an_event_without_end_is_ongoing_all_its_day_and_past_after() -> None:
    one_day = event(start=date(2023, 3, 9))
    assert event_status(one_day, at("2023-03-09T18:00+01:00")) is EventStatus.ONGOING
    assert event_status(one_day, at("2023-03-10T00:00+01:00")) is EventStatus.PAST


def test_local_dates_are_the_first_and_last_day_in_the_event_zone() -> None:
    assert local_dates(CONFERENCE) == (date(2022, 9, 26), date(2022, 9, 27))
    assert local_dates(event(start=date(2023, 3, 9))) == (date(2023, 3, 9), date(2023, 3, 9))


CMR_CALL = call(deadline=at("2022-07-29T18:00:00+02:00"), opens=date(2022, 6, 15))


@pytest.mark.parametrize(
    ("now", "status"),
    [
        ("2022-06-14T23:59:00+02:00", CallStatus.NOT_YET_OPEN),
        ("2022-06-15T00:00:00+02:00", CallStatus.OPEN),
        ("2022-07-29T17:59:59+02:00", CallStatus.OPEN),
        ("2022-07-29T18:00:00+02:00", CallStatus.CLOSED),
        ("2022-07-29T17:30:00+01:00", CallStatus.CLOSED),
        ("2022-08-01T09:00:00+02:00", CallStatus.CLOSED),
    ],
)
def test_call_status_not_yet_open_then_open_then_closed(now: str, status: CallStatus) -> None:
    assert call_status(CMR_CALL, at(now)) is status


def test_a_call_without_opening_date_is_open_until_its_deadline() -> None:
    always = call(deadline=at("2022-07-29T18:00:00+02:00"))
    assert call_opening(always) is None
    assert call_status(always, at("2000-01-01T00:00+00:00")) is CallStatus.OPEN


def test_a_date_deadline_is_23_59_in_the_call_zone() -> None:
    dated = call(deadline=date(2023, 3, 31), timezone=BRUSSELS)
    assert call_deadline(dated) == datetime(2023, 3, 31, 23, 59, tzinfo=BRUSSELS)
    assert call_status(dated, at("2023-03-31T23:00+02:00")) is CallStatus.OPEN


def test_a_date_opening_is_midnight_in_the_call_zone() -> None:
    assert call_opening(CMR_CALL) == datetime(2022, 6, 15, 0, 0, tzinfo=BRUSSELS)


def test_format_day_spells_the_month() -> None:
    assert format_day(date(2022, 5, 10)) == "10 May 2022"


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (date(2022, 9, 26), date(2022, 9, 26), "26 September 2022"),
        (date(2022, 9, 26), date(2022, 9, 27), "26-27 September 2022"),
        (date(2022, 9, 30), date(2022, 10, 2), "30 September - 2 October 2022"),
        (date(2022, 12, 30), date(2023, 1, 2), "30 December 2022 - 2 January 2023"),
    ],
)
def test_format_day_span_names_each_month_and_year_once(
    first: date, last: date, text: str
) -> None:
    assert format_day_span(first, last) == text


def test_event_dates_of_a_two_day_conference() -> None:
    assert format_event_dates(CONFERENCE) == "26-27 September 2022"


def test_event_dates_with_times_on_one_day_show_the_hours_and_zone() -> None:
    webinar = event(start=at("2022-06-30T10:00+02:00"), end=at("2022-06-30T12:30+02:00"))
    assert format_event_dates(webinar) == "30 June 2022, 10:00-12:30 CEST"


def test_event_dates_with_a_start_time_only() -> None:
    talk = event(start=at("2022-12-01T14:00+01:00"))
    assert format_event_dates(talk) == "1 December 2022, 14:00 CET"


@pytest.mark.parametrize(
    ("deadline", "text"),
    [
        ("2022-07-29T18:00:00+02:00", "29 July 2022, 18:00 CEST"),
        ("2023-01-31T18:00:00+01:00", "31 January 2023, 18:00 CET"),
    ],
)
def test_deadline_shows_time_and_zone_abbreviation(deadline: str, text: str) -> None:
    assert format_deadline(call(deadline=at(deadline), timezone=BRUSSELS)) == text


def test_a_date_deadline_is_shown_with_its_implied_23_59() -> None:
    assert format_deadline(call(deadline=date(2023, 3, 31))) == "31 March 2023, 23:59 CEST"


@pytest.mark.parametrize(
    ("deadline", "zone", "text"),
    [
        # In January Brussels keeps +01:00, so +02:00 is not "CET" or "CEST".
        ("2023-01-31T18:00:00+02:00", BRUSSELS, "31 January 2023, 18:00 UTC+02:00"),
        # London is +01:00 in July: the written offset wins, without a false name.
        ("2022-07-29T18:00:00+02:00", LONDON, "29 July 2022, 18:00 UTC+02:00"),
        ("2022-07-29T18:00:00-05:30", LONDON, "29 July 2022, 18:00 UTC-05:30"),
    ],
)
def test_deadline_falls_back_to_the_utc_offset_when_zone_and_offset_disagree(
    deadline: str, zone: ZoneInfo, text: str
) -> None:
    assert format_deadline(call(deadline=at(deadline), timezone=zone)) == text


def test_zone_label_without_a_zone_is_the_utc_offset() -> None:
    assert zone_label(at("2022-07-29T18:00+02:00"), None) == "UTC+02:00"


def test_format_in_zone_shows_the_same_instant_on_another_clock() -> None:
    deadline = at("2022-07-29T18:00:00+02:00")
    assert format_in_zone(deadline, LONDON) == "29 July 2022, 17:00 BST"


NOW = at("2022-07-01T09:00:00+02:00")


@pytest.mark.parametrize(
    ("delta", "text"),
    [
        (timedelta(days=3), "in 3 days"),
        (timedelta(days=1), "in 1 day"),
        (timedelta(hours=5), "in 5 hours"),
        (timedelta(minutes=20), "in 20 minutes"),
        (timedelta(days=28, hours=9), "in 28 days"),
        (timedelta(days=-61), "2 months ago"),
        (timedelta(days=-3), "3 days ago"),
        (timedelta(days=800), "in 2 years"),
    ],
)
def test_relative_wording(delta: timedelta, text: str) -> None:
    assert relative(NOW + delta, NOW) == text
