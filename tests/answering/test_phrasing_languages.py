"""Answers in the reply's language: the bot's own words translated, names as editors wrote them."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from bot.answering import phrasing
from bot.answering.engine import Engine
from bot.answering.list_signals import ListSignals
from bot.answering.listing import list_request
from bot.knowledge.items import Translation
from bot.languages.speech import speaking
from tests.factories import at, brief, call, event, knowledge

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
    summary="The yearly gathering of the European cluster community.",
    translations=(
        Translation(
            language="de",
            title="ECCP-Jahreskonferenz 2022",
            aliases=("Europäische Clusterkonferenz",),
            summary="Das jährliche Treffen der europäischen Cluster-Community.",
        ),
    ),
)
CALL = call(
    "clusters-meet-regions-eoi-2022",
    "Clusters meet Regions: call for expressions of interest",
    at("2022-07-29T18:00+02:00"),
    url="https://cmr.example/apply",
)
SEPTEMBER = at("2022-09-23T10:00+02:00")
JULY = at("2022-07-27T10:00+02:00")


def test_an_upcoming_event_is_worded_in_german_with_its_translated_title():
    with speaking("de"):
        text = phrasing.when(CONFERENCE, SEPTEMBER)
    assert text == (
        "ECCP-Jahreskonferenz 2022 findet vom 26. bis 27. September 2022 statt (in 3 Tagen), "
        "Ort: Prague, Czechia."
    )


def test_a_language_without_a_translated_title_uses_the_editors_own():
    with speaking("fr"):
        text = phrasing.when(CONFERENCE, SEPTEMBER)
    assert text.startswith("ECCP Annual Conference 2022 a lieu du 26 au 27 septembre 2022")


def test_the_summary_is_the_translated_one_when_the_editor_gave_it():
    with speaking("de"):
        assert "Das jährliche Treffen" in phrasing.about(CONFERENCE, SEPTEMBER)
    with speaking("it"):
        assert "The yearly gathering" in phrasing.about(CONFERENCE, SEPTEMBER)


def test_an_open_call_closes_in_polish_days_with_time_and_zone():
    with speaking("pl"):
        text = phrasing.when(CALL, JULY)
    assert text == (
        "Clusters meet Regions: call for expressions of interest: nabór jest otwarty i kończy "
        "się za 2 dni, 29 lipca 2022, godz. 18:00 CEST."
    )


def test_a_closed_call_is_closed_in_spanish():
    with speaking("es"):
        text = phrasing.when(CALL, SEPTEMBER)
    assert "convocatoria cerrada" in text
    assert "29 de julio de 2022, a las 18:00 CEST" in text


@pytest.mark.parametrize(
    ("language", "heading"),
    [("de", "Offene Ausschreibungen (1):"), ("fr", "Appels ouverts (1):"),
     ("es", "Convocatorias abiertas (1):"), ("it", "Bandi aperti (1):"),
     ("pl", "Otwarte nabory (1):"), ("en", "Open calls (1):")],
)  # fmt: skip
def test_a_list_heading_agrees_with_its_noun(language, heading):
    request = list_request(ListSignals(kinds=frozenset({"calls"}), status="open"), JULY)
    with speaking(language):
        assert phrasing.listing([CALL], request, JULY, "").splitlines()[0] == heading


def test_an_empty_list_with_a_month_says_so_in_german():
    request = list_request(ListSignals(kinds=frozenset({"events"}), month=10, year=2022), JULY)
    with speaking("de"):
        text = phrasing.listing([], request, JULY, "")
    assert text == "Keine Treffer: Veranstaltungen im Oktober 2022."


def test_the_unknown_answer_echoes_the_question_and_gives_examples_in_the_language():
    with speaking("it"):
        text = phrasing.unknown("dov'è il congresso xyz?")
    assert "«dov'è il congresso xyz?»" in text
    assert "«quali bandi sono aperti?»" in text


def test_buttons_are_labelled_in_the_language():
    with speaking("de"):
        labels = [link.label for link in phrasing.links_for(CONFERENCE, SEPTEMBER)]
    assert labels == ["Anmelden"]


def test_a_brief_published_later_is_future_tense_in_french():
    paper = brief("twin-brief", "Twin transition brief", date(2022, 10, 3))
    with speaking("fr"):
        assert (
            phrasing.when(paper, SEPTEMBER)
            == "Twin transition brief sera publié le 3 octobre 2022."
        )


def test_a_translated_alias_names_the_item():
    engine = Engine(knowledge(CONFERENCE, CALL))
    assert [item.id for item in engine.search("Europäische Clusterkonferenz")] == [CONFERENCE.id]


def test_the_engine_answers_in_the_chosen_language_with_the_translated_title():
    engine = Engine(knowledge(CONFERENCE, CALL))
    answer = engine.ask("ECCP-Jahreskonferenz 2022", SEPTEMBER, language="de")
    assert answer.item_id == CONFERENCE.id
    assert answer.language == "de"
    assert answer.text.startswith(
        "ECCP-Jahreskonferenz 2022: eine Konferenz vom 26. bis 27. September"
    )
