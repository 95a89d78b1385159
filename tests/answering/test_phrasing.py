"""Wording: tense that follows the clock, closed calls said to be closed, unambiguous dates."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from bot.answering import phrasing
from bot.answering.list_signals import ListSignals
from bot.answering.listing import list_request
from bot.knowledge.items import Link
from tests.factories import at, brief, call, event

PRAGUE = ZoneInfo("Europe/Prague")
CONFERENCE = event(
    "eccp-annual-conference-2022",
    "ECCP Annual Conference 2022",
    date(2022, 9, 26),
    date(2022, 9, 27),
    kind="conference",
    timezone=PRAGUE,
    location="Prague, Czechia",
    registration_url="https://eccp.example/2022/register",
    url="https://eccp.example/2022",
    organiser="European Cluster Collaboration Platform",
    summary="The yearly gathering of the European cluster community.",
)
WEBINAR = event(
    "matchmaking-webinar",
    "Euroclusters matchmaking webinar",
    at("2022-12-01T14:00+01:00"),
    at("2022-12-01T15:30+01:00"),
    kind="webinar",
    location="online",
    registration_url="https://webinar.example/register",
)
CALL = call(
    "clusters-meet-regions-eoi-2022",
    "Clusters meet Regions call",
    at("2022-07-29T18:00:00+02:00"),
    opens=date(2022, 6, 15),
    url="https://cmr.example/call",
)
BRIEF = brief(
    "policy-brief-clusters-twin-transition",
    "Twin transition brief",
    date(2022, 5, 10),
    url="https://plp.example/brief",
    summary="How regions can use clusters to speed up the twin transition.",
)

BEFORE_CONFERENCE = at("2022-07-01T09:00:00+02:00")
DURING_CONFERENCE = at("2022-09-26T15:00:00+02:00")
AFTER_CONFERENCE = at("2022-10-01T09:00:00+02:00")
BEFORE_CALL_OPENS = at("2022-06-01T09:00:00+02:00")
THREE_DAYS_BEFORE_DEADLINE = at("2022-07-26T18:00:00+02:00")
AFTER_DEADLINE = at("2022-08-01T09:00:00+02:00")


def test_an_upcoming_event_takes_place_with_its_dates_and_city() -> None:
    text = phrasing.when(CONFERENCE, BEFORE_CONFERENCE)
    assert "takes place on 26-27 September 2022 in Prague, Czechia" in text
    assert "in 3 months" in text


def test_an_ongoing_event_is_on_now() -> None:
    text = phrasing.when(CONFERENCE, DURING_CONFERENCE)
    assert "is on now" in text
    assert "ends in 1 day" in text


@pytest.mark.parametrize(
    "say",
    [
        lambda item, now: phrasing.when(item, now),
        phrasing.where,
        phrasing.about,
        phrasing.short_line,
    ],
)
def test_a_past_event_is_told_in_the_past_tense(say) -> None:
    text = say(CONFERENCE, AFTER_CONFERENCE)
    assert "takes place" not in text
    assert any(word in text for word in ("took place", "held", "was"))


def test_when_of_a_past_event_says_it_took_place() -> None:
    assert phrasing.when(CONFERENCE, AFTER_CONFERENCE) == (
        "ECCP Annual Conference 2022 took place on 26-27 September 2022 in Prague, Czechia."
    )


def test_an_open_call_closes_in_n_days_on_its_deadline_with_time_and_zone() -> None:
    assert phrasing.when(CALL, THREE_DAYS_BEFORE_DEADLINE) == (
        "Clusters meet Regions call is open and closes in 3 days, on 29 July 2022, 18:00 CEST."
    )


def test_a_closed_call_is_said_to_be_closed() -> None:
    text = phrasing.when(CALL, AFTER_DEADLINE)
    assert "is closed" in text
    assert "29 July 2022, 18:00 CEST" in text
    assert "closes" not in text


def test_a_call_not_yet_open_says_when_it_opens_and_closes() -> None:
    text = phrasing.when(CALL, BEFORE_CALL_OPENS)
    assert "not open yet" in text
    assert "opens on 15 June 2022" in text
    assert "29 July 2022, 18:00 CEST" in text


def test_a_brief_was_published_on_its_date() -> None:
    text = phrasing.when(BRIEF, BEFORE_CONFERENCE)
    assert text == "Twin transition brief was published on 10 May 2022."


def test_an_undated_brief_has_no_publication_date() -> None:
    text = phrasing.when(brief("undated", "Undated brief"), BEFORE_CONFERENCE)
    assert "no publication date" in text


def test_a_deadline_is_also_given_on_the_reader_clock_when_it_differs() -> None:
    text = phrasing.when(CALL, THREE_DAYS_BEFORE_DEADLINE, ZoneInfo("America/New_York"))
    assert "Your time: 29 July 2022, 12:00 EDT" in text


def test_no_reader_time_when_the_reader_keeps_the_same_clock() -> None:
    text = phrasing.when(CALL, THREE_DAYS_BEFORE_DEADLINE, ZoneInfo("Europe/Paris"))
    assert "Your time" not in text


def test_where_names_the_city_of_an_event() -> None:
    text = phrasing.where(CONFERENCE, BEFORE_CONFERENCE)
    assert text == (
        "ECCP Annual Conference 2022 takes place in Prague, Czechia, on 26-27 September 2022."
    )


def test_where_says_an_online_event_is_online() -> None:
    assert "is an online event" in phrasing.where(WEBINAR, BEFORE_CONFERENCE)


def test_where_of_a_call_says_you_apply_online() -> None:
    text = phrasing.where(CALL, BEFORE_CONFERENCE)
    assert "apply online" in text
    assert "https://cmr.example/call" in text


def test_where_without_a_location_says_so() -> None:
    text = phrasing.where(event("somewhere", "Somewhere meeting"), BEFORE_CONFERENCE)
    assert "I don't know where" in text


def test_register_for_an_upcoming_event_gives_the_registration_link() -> None:
    text = phrasing.register(CONFERENCE, BEFORE_CONFERENCE)
    assert "https://eccp.example/2022/register" in text


def test_register_for_a_past_event_says_registration_has_closed() -> None:
    text = phrasing.register(CONFERENCE, AFTER_CONFERENCE)
    assert "registration has closed" in text
    assert "https://eccp.example/2022/register" not in text


def test_apply_to_an_open_call_gives_its_page_and_deadline() -> None:
    text = phrasing.register(CALL, THREE_DAYS_BEFORE_DEADLINE)
    assert "https://cmr.example/call" in text
    assert "29 July 2022, 18:00 CEST (in 3 days)" in text


def test_apply_to_a_closed_call_says_it_takes_no_more_applications() -> None:
    text = phrasing.register(CALL, AFTER_DEADLINE)
    assert "is closed" in text
    assert "no more applications" in text


def test_register_for_a_brief_says_there_is_nothing_to_register_for() -> None:
    assert "nothing to register for" in phrasing.register(BRIEF, BEFORE_CONFERENCE)


def test_link_gives_the_item_page() -> None:
    assert (
        phrasing.link(CONFERENCE)
        == "More about ECCP Annual Conference 2022: https://eccp.example/2022"
    )


def test_link_falls_back_to_the_registration_page() -> None:
    assert "https://webinar.example/register" in phrasing.link(WEBINAR)


def test_link_without_any_url_says_so() -> None:
    assert phrasing.link(event("bare", "Bare event")) == "I have no link for Bare event."


def test_about_gives_kind_dates_place_organiser_and_summary() -> None:
    text = phrasing.about(CONFERENCE, BEFORE_CONFERENCE)
    assert "a conference on 26-27 September 2022 in Prague, Czechia" in text
    assert "European Cluster Collaboration Platform" in text
    assert "The yearly gathering of the European cluster community." in text


def test_about_a_webinar_gives_its_hours_and_zone() -> None:
    assert "1 December 2022, 14:00-15:30 CET, online" in phrasing.about(WEBINAR, BEFORE_CONFERENCE)


@pytest.mark.parametrize(
    ("item", "now", "links"),
    [
        (
            CONFERENCE,
            BEFORE_CONFERENCE,
            (
                Link("Register", "https://eccp.example/2022/register"),
                Link("Read more", "https://eccp.example/2022"),
            ),
        ),
        (
            CONFERENCE,
            DURING_CONFERENCE,
            (
                Link("Register", "https://eccp.example/2022/register"),
                Link("Read more", "https://eccp.example/2022"),
            ),
        ),
        (CONFERENCE, AFTER_CONFERENCE, (Link("Read more", "https://eccp.example/2022"),)),
        (CALL, THREE_DAYS_BEFORE_DEADLINE, (Link("Apply", "https://cmr.example/call"),)),
        (CALL, AFTER_DEADLINE, (Link("Read more", "https://cmr.example/call"),)),
        (BRIEF, AFTER_DEADLINE, (Link("Read more", "https://plp.example/brief"),)),
        (event("bare", "Bare event"), BEFORE_CONFERENCE, ()),
    ],
)
def test_links_offer_register_or_apply_only_while_possible(item, now, links) -> None:
    assert phrasing.links_for(item, now) == links


ALL = (CONFERENCE, WEBINAR, CALL, BRIEF)


@pytest.mark.parametrize(
    "question",
    ["when is the eccp conference 2019?", "tell me a joke", "asdfgh", "", "x" * 500],
)
def test_unknown_never_names_an_item(question: str) -> None:
    text = phrasing.unknown(question)
    for item in ALL:
        assert item.title not in text
        assert item.id not in text
    assert len(text) < 400


def test_unknown_says_plainly_it_does_not_know() -> None:
    assert phrasing.unknown("what is the capital of France?").startswith("I don't know")


def test_unknown_quotes_a_long_question_shortened() -> None:
    text = phrasing.unknown("why " * 100)
    assert "..." in text
    assert "why " * 30 not in text


@pytest.mark.parametrize(
    ("item", "now", "expected"),
    [
        (CONFERENCE, BEFORE_CONFERENCE, "26-27 September 2022"),
        (CALL, BEFORE_CONFERENCE, "29 July 2022, 18:00 CEST"),
        (BRIEF, BEFORE_CONFERENCE, "10 May 2022"),
    ],
)
def test_dates_have_the_month_as_a_word(item, now, expected: str) -> None:
    assert expected in phrasing.when(item, now)
    assert expected in phrasing.short_line(item, now)


def test_short_line_of_a_closed_call_says_closed() -> None:
    assert phrasing.short_line(CALL, AFTER_DEADLINE) == (
        "Clusters meet Regions call (closed 29 July 2022, 18:00 CEST)"
    )


def test_a_list_has_a_heading_with_a_count_and_one_line_per_item() -> None:
    request = list_request(ListSignals(status="upcoming"), BEFORE_CONFERENCE)
    text = phrasing.listing([CALL, CONFERENCE], request, BEFORE_CONFERENCE, "")
    lines = text.splitlines()
    assert lines[0] == "Upcoming events and calls (2):"
    assert lines[1].startswith("• Clusters meet Regions call")
    assert lines[2].startswith("• ECCP Annual Conference 2022")


def test_an_empty_list_says_there_are_none() -> None:
    request = list_request(ListSignals(kinds=frozenset({"webinar"})), BEFORE_CONFERENCE)
    assert (
        phrasing.listing([], request, BEFORE_CONFERENCE, "") == "There are no upcoming webinars."
    )


def test_a_list_for_a_month_names_it() -> None:
    request = list_request(ListSignals(month=10, year=2022), BEFORE_CONFERENCE)
    text = phrasing.listing([], request, BEFORE_CONFERENCE, "")
    assert text == "There are no events and calls in October 2022."


def test_choose_lists_the_candidates_with_their_dates() -> None:
    text = phrasing.choose([CONFERENCE, CALL], BEFORE_CONFERENCE)
    assert "Which one do you mean?" in text
    assert "• ECCP Annual Conference 2022 (26-27 September 2022 in Prague, Czechia)" in text


def test_help_text_gives_examples() -> None:
    text = phrasing.help_text()
    assert "events" in text
    assert all(example in text for example in phrasing.EXAMPLES)
