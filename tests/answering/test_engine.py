"""The engine end to end on a small knowledge modelled on the seed story, with a fixed clock."""

from __future__ import annotations

import json
from datetime import date
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.answers import Answer, AnswerKind, Intent
from bot.answering.engine import Engine
from tests.factories import at, brief, call, event, knowledge

ECCP = "European Cluster Collaboration Platform"
SEED = knowledge(
    event(
        "eccp-annual-conference-2022",
        f"{ECCP} Annual Conference 2022",
        date(2022, 9, 26),
        date(2022, 9, 27),
        kind="conference",
        timezone=ZoneInfo("Europe/Prague"),
        aliases=["ECCP conference 2022", "ECCP 2022"],
        location="Prague, Czechia",
        registration_url="https://eccp.example/2022/register",
        url="https://eccp.example/2022",
        organiser=ECCP,
        summary="The yearly gathering of the European cluster community, with plenaries "
        "and matchmaking on the green and digital transitions.",
        tags=["clusters", "eccp"],
    ),
    event(
        "eccp-annual-conference-2023",
        f"{ECCP} Annual Conference 2023",
        date(2023, 10, 17),
        date(2023, 10, 18),
        kind="conference",
        aliases=["ECCP conference 2023", "ECCP 2023"],
        location="Brussels, Belgium",
        registration_url="https://eccp.example/2023/register",
        url="https://eccp.example/2023",
        organiser=ECCP,
        summary="The 2023 edition of the ECCP annual conference, on cluster partnerships "
        "for strategic autonomy.",
        tags=["clusters", "eccp"],
    ),
    event(
        "cmr-porto-2022",
        "Clusters meet Regions workshop: Porto",
        date(2022, 10, 20),
        date(2022, 10, 21),
        kind="workshop",
        timezone=ZoneInfo("Europe/Lisbon"),
        aliases=["CmR Porto"],
        location="Porto, Portugal",
        registration_url="https://cmr.example/porto/register",
        url="https://cmr.example/porto",
        organiser=ECCP,
        summary="Workshop hosted by the Norte region on the sea economy and textile clusters.",
        tags=["clusters meet regions", "blue economy"],
    ),
    event(
        "cmr-lodz-2022",
        "Clusters meet Regions workshop: Łódź",
        date(2022, 11, 17),
        date(2022, 11, 18),
        kind="workshop",
        timezone=ZoneInfo("Europe/Warsaw"),
        aliases=["CmR Lodz"],
        location="Łódź, Poland",
        registration_url="https://cmr.example/lodz/register",
        url="https://cmr.example/lodz",
        organiser=ECCP,
        summary="Workshop in the Łódzkie region on fashion, medtech and the circular economy.",
        tags=["clusters meet regions", "fashion"],
    ),
    call(
        "clusters-meet-regions-eoi-2022",
        "Call for Expression of Interest: Clusters meet Regions workshops",
        at("2022-07-29T18:00:00+02:00"),
        opens=date(2022, 6, 15),
        aliases=["Clusters meet Regions call", "CmR call"],
        url="https://cmr.example/call",
        organiser=ECCP,
        summary="Regions and cluster organisations apply to host a Clusters meet Regions "
        "workshop. First cut-off date.",
        tags=["clusters", "regions"],
    ),
    call(
        "clusters-meet-regions-eoi-2023",
        "Call for Expression of Interest: Clusters meet Regions workshops, second cut-off",
        at("2023-01-31T18:00:00+01:00"),
        opens=date(2022, 9, 1),
        aliases=["second Clusters meet Regions call", "CmR call second round"],
        url="https://cmr.example/call-2",
        organiser=ECCP,
        summary="Second cut-off of the call for regions to host Clusters meet Regions "
        "workshops in 2023.",
        tags=["clusters", "regions"],
    ),
    brief(
        "policy-brief-clusters-twin-transition",
        "Policy brief: clusters driving the green and digital twin transitions",
        date(2022, 5, 10),
        aliases=["twin transition brief"],
        url="https://plp.example/brief",
        organiser="Interreg Europe Policy Learning Platform",
        summary="How regional authorities can use cluster organisations to speed up the "
        "green and digital transitions of SMEs.",
        tags=["clusters", "twin transition"],
    ),
    call(
        "eic-accelerator-oct-2022",
        "EIC Accelerator: October 2022 cut-off",
        at("2022-10-05T17:00:00+02:00"),
        opens=date(2022, 1, 12),
        aliases=["EIC Accelerator"],
        url="https://eic.example/accelerator",
        organiser="European Innovation Council",
        summary="Grants and equity investment for start-ups and SMEs scaling up "
        "breakthrough innovations.",
        tags=["eic", "startups"],
    ),
)
ENGINE = Engine(SEED)
IDS = frozenset(item.id for item in SEED)

JULY = at("2022-07-01T09:00:00+02:00")  # the CmR call is open, every event is ahead
AUGUST = at("2022-08-01T09:00:00+02:00")  # the first CmR cut-off has passed
DURING_CONFERENCE = at("2022-09-26T15:00:00+02:00")
OCTOBER = at("2022-10-01T09:00:00+02:00")  # the 2022 conference is over, 2023 ahead
LATER = at("2024-01-01T09:00:00+01:00")  # everything is over


def ask(question: str, now=JULY) -> Answer:
    return ENGINE.ask(question, now)


@pytest.mark.parametrize(
    ("question", "intent", "item_id", "facts"),
    [
        (
            "when is the eccp conference 2022?",
            Intent.WHEN,
            "eccp-annual-conference-2022",
            ["26-27 September 2022", "Prague"],
        ),
        (
            "where is the eccp conference 2023",
            Intent.WHERE,
            "eccp-annual-conference-2023",
            ["Brussels"],
        ),
        (
            "register for the eccp conference 2022",
            Intent.REGISTER,
            "eccp-annual-conference-2022",
            ["https://eccp.example/2022/register"],
        ),
        (
            "where can I apply for the cmr call",
            Intent.REGISTER,
            "clusters-meet-regions-eoi-2022",
            ["https://cmr.example/call", "29 July 2022, 18:00 CEST"],
        ),
        (
            "link to the twin transition brief",
            Intent.LINK,
            "policy-brief-clusters-twin-transition",
            ["https://plp.example/brief"],
        ),
        (
            "what is the eic accelerator",
            Intent.ABOUT,
            "eic-accelerator-oct-2022",
            ["start-ups and SMEs"],
        ),
        (
            "tell me about cmr lodz",
            Intent.ABOUT,
            "cmr-lodz-2022",
            ["fashion, medtech"],
        ),
        (
            "when was the twin transition brief published",
            Intent.WHEN,
            "policy-brief-clusters-twin-transition",
            ["10 May 2022"],
        ),
        (
            "until when can I apply to the cmr call",
            Intent.WHEN,
            "clusters-meet-regions-eoi-2022",
            ["29 July 2022, 18:00 CEST", "in 28 days"],
        ),
    ],
)
def test_each_intent_answers_about_the_named_item(
    question: str, intent: Intent, item_id: str, facts: list[str]
) -> None:
    answer = ask(question)
    assert (answer.intent, answer.kind, answer.item_id) == (intent, AnswerKind.ITEM, item_id)
    assert answer.items == (item_id,)
    for fact in facts:
        assert fact in answer.text


@pytest.mark.parametrize(
    "question",
    ["hi", "hello!", "good morning", "what can you do?", "/help", "help"],
)
def test_greetings_and_help_get_the_help_text(question: str) -> None:
    answer = ask(question)
    assert (answer.intent, answer.kind, answer.item_id, answer.items) == (
        Intent.HELP,
        AnswerKind.HELP,
        None,
        (),
    )
    assert "events" in answer.text


@pytest.mark.parametrize(
    ("question", "now", "items"),
    [
        (
            "which calls are open?",
            JULY,
            ["clusters-meet-regions-eoi-2022", "eic-accelerator-oct-2022"],
        ),
        (
            "which calls are open?",
            OCTOBER,
            ["eic-accelerator-oct-2022", "clusters-meet-regions-eoi-2023"],
        ),
        (
            "upcoming events",
            OCTOBER,
            ["cmr-porto-2022", "cmr-lodz-2022", "eccp-annual-conference-2023"],
        ),
        ("past events", OCTOBER, ["eccp-annual-conference-2022"]),
        ("closed calls", OCTOBER, ["clusters-meet-regions-eoi-2022"]),
        ("events in october 2022", JULY, ["cmr-porto-2022"]),
        ("deadlines in january 2023", JULY, ["clusters-meet-regions-eoi-2023"]),
        ("workshops", JULY, ["cmr-porto-2022", "cmr-lodz-2022"]),
        ("any webinars?", JULY, []),
        ("policy briefs", JULY, ["policy-brief-clusters-twin-transition"]),
        (
            "which calls close this week?",
            at("2022-07-25T12:00:00+02:00"),
            [
                "clusters-meet-regions-eoi-2022",
            ],
        ),
    ],
)
def test_list_questions_list_the_right_items_in_order(question, now, items) -> None:
    answer = ask(question, now)
    assert (answer.intent, answer.kind, answer.item_id) == (Intent.LIST, AnswerKind.LIST, None)
    assert list(answer.items) == items


def test_whats_coming_up_lists_events_and_calls_but_no_brief() -> None:
    answer = ask("what's coming up?")
    assert answer.intent is Intent.LIST
    assert set(answer.items) == IDS - {"policy-brief-clusters-twin-transition"}


@pytest.mark.parametrize(
    ("question", "item_id"),
    [
        ("wehn is the eccp confrence 2022", "eccp-annual-conference-2022"),
        ("whre is the eccp conference 2022", "eccp-annual-conference-2022"),
        ("clsuter meet regions porto", "cmr-porto-2022"),
        ("registre for cmr lodz", "cmr-lodz-2022"),
        ("deadilne for the eic accelerator", "eic-accelerator-oct-2022"),
        ("wesbite of the eic accelerator", "eic-accelerator-oct-2022"),
        ("twin transtion brief", "policy-brief-clusters-twin-transition"),
    ],
)
def test_typos_still_find_the_item(question: str, item_id: str) -> None:
    assert ask(question).item_id == item_id


@pytest.mark.parametrize(
    ("question", "item_id"),
    [
        ("eccp conference 2022", "eccp-annual-conference-2022"),
        ("eccp conference 2023", "eccp-annual-conference-2023"),
        ("eccp conference in prague", "eccp-annual-conference-2022"),
        ("eccp conference brussels", "eccp-annual-conference-2023"),
        ("when is the cmr workshop in porto", "cmr-porto-2022"),
        ("when is the cmr workshop in lodz", "cmr-lodz-2022"),
        ("register for clusters meet regions in łódź", "cmr-lodz-2022"),
        ("cmr call 2022 deadline", "clusters-meet-regions-eoi-2022"),
        ("first cut-off cmr call deadline", "clusters-meet-regions-eoi-2022"),
        ("deadline of the second round of the cmr call", "clusters-meet-regions-eoi-2023"),
        ("when is the second cmr call deadline", "clusters-meet-regions-eoi-2023"),
        ("cmr call 2nd cut-off", "clusters-meet-regions-eoi-2023"),
        ("when does the first round of the cmr call close", "clusters-meet-regions-eoi-2022"),
    ],
)
def test_confusable_items_are_told_apart_by_year_city_and_round(
    question: str, item_id: str
) -> None:
    assert ask(question).item_id == item_id


@pytest.mark.parametrize(
    "question",
    ["eic call deadline", "is the eic call still open"],
)
def test_an_acronym_said_outright_beats_one_hidden_inside_another_title(question: str) -> None:
    # "Expression of Interest: Clusters" also spells e-i-c; the EIC call is the one meant.
    assert ask(question).item_id == "eic-accelerator-oct-2022"


@pytest.mark.parametrize(
    ("question", "now", "item_id"),
    [
        ("when is the eccp conference?", JULY, "eccp-annual-conference-2022"),
        ("when is the eccp conference?", DURING_CONFERENCE, "eccp-annual-conference-2022"),
        ("when is the eccp conference?", OCTOBER, "eccp-annual-conference-2023"),
        ("where is the eccp annual conference", OCTOBER, "eccp-annual-conference-2023"),
        ("register for the ECCP annual conference", OCTOBER, "eccp-annual-conference-2023"),
        ("when is the eccp conference?", LATER, "eccp-annual-conference-2023"),
    ],
)
def test_an_edition_without_a_year_is_the_next_one_to_come_else_the_latest(
    question: str, now, item_id: str
) -> None:
    answer = ask(question, now)
    assert (answer.kind, answer.item_id) == (AnswerKind.ITEM, item_id)


@pytest.mark.parametrize(
    "question",
    ["when is the clusters meet regions workshop?", "clusters meet regions workshop"],
)
def test_a_truly_ambiguous_question_offers_the_candidates(question: str) -> None:
    answer = ask(question)
    assert answer.kind is AnswerKind.AMBIGUOUS
    assert answer.item_id is None
    assert {"cmr-porto-2022", "cmr-lodz-2022"} <= set(answer.items)
    assert "Which one do you mean?" in answer.text
    assert "Porto" in answer.text
    assert "Łódź" in answer.text


@pytest.mark.parametrize("question", ["what's happening in prague", "cmr"])
def test_a_choice_is_only_offered_between_several_items(question: str) -> None:
    answer = ask(question)
    assert answer.kind is not AnswerKind.AMBIGUOUS or len(answer.items) >= 2, answer.text


NOT_IN_THE_KNOWLEDGE = [
    "clusters meet regions workshop in vienna",
    "cmr workshop in bilbao",
    "eccp conference 2019",
    "when is the ECCP annual conference 2019?",
    "eccp conference 2024",
    "eccp conference in vienna",
    "policy brief on fisheries",
    "horizon europe cluster 6 call",
    "third cut-off of the cmr call",
    "when is the eic summit",
    "smart specialisation week",
    "weather in prague",
    "what is the capital of france",
    "tell me a joke",
    "asdfgh",
]


@pytest.mark.parametrize("question", NOT_IN_THE_KNOWLEDGE)
def test_things_not_in_the_knowledge_get_an_honest_dont_know(question: str) -> None:
    answer = ask(question)
    assert (answer.item_id, answer.items, answer.kind) == (None, (), AnswerKind.UNKNOWN)
    assert answer.intent is Intent.UNKNOWN
    assert "don't know" in answer.text


@pytest.mark.parametrize("question", ["", "   ", "?!", "when?", "the", "\x00\x01"])
def test_a_question_without_any_name_gets_no_item_and_no_crash(question: str) -> None:
    answer = ask(question)
    assert answer.item_id is None
    assert answer.kind in {AnswerKind.UNKNOWN, AnswerKind.HELP}
    assert answer.text


def test_an_open_call_says_how_long_is_left() -> None:
    text = ask("is the cmr call still open", JULY).text
    assert "is open and closes in 28 days, on 29 July 2022, 18:00 CEST" in text


def test_the_same_call_after_its_deadline_is_closed() -> None:
    answer = ask("is the cmr call still open", AUGUST)
    assert answer.item_id == "clusters-meet-regions-eoi-2022"
    assert "is closed" in answer.text


def test_an_event_is_on_now_during_it_and_took_place_after() -> None:
    assert "is on now" in ask("when is the eccp conference 2022", DURING_CONFERENCE).text
    assert "took place" in ask("when is the eccp conference 2022", OCTOBER).text


def test_registering_for_a_past_event_says_registration_has_closed() -> None:
    answer = ask("register for the eccp conference 2022", OCTOBER)
    assert answer.item_id == "eccp-annual-conference-2022"
    assert "registration has closed" in answer.text
    assert all(link.label != "Register" for link in answer.links)


def test_links_offer_register_while_it_is_possible() -> None:
    labels = [link.label for link in ask("eccp conference 2022", JULY).links]
    assert labels == ["Register", "Read more"]


def test_a_call_not_yet_open_says_when_it_opens() -> None:
    text = ask("second round cmr call deadline", JULY).text
    assert "opens on 1 September 2022" in text
    assert "31 January 2023, 18:00 CET" in text


def test_to_json_has_exactly_the_contract_keys() -> None:
    payload = ask("when is the eccp conference 2022?").to_json()
    assert list(payload) == ["question", "intent", "item_id", "items", "answer", "confidence"]
    assert payload["question"] == "when is the eccp conference 2022?"
    assert payload["intent"] == "when"
    assert payload["item_id"] == "eccp-annual-conference-2022"
    assert payload["items"] == ["eccp-annual-conference-2022"]
    assert isinstance(payload["answer"], str)
    assert 0.0 <= payload["confidence"] <= 1.0
    assert json.loads(json.dumps(payload)) == payload


def test_to_json_of_an_unknown_has_null_item_and_empty_items() -> None:
    payload = ask("tell me a joke").to_json()
    assert (payload["intent"], payload["item_id"], payload["items"]) == ("unknown", None, [])


def test_a_confident_answer_is_more_confident_than_a_partial_one() -> None:
    assert ask("eccp conference 2022").confidence >= ask("eccp conference").confidence


@settings(max_examples=150, deadline=None, database=None)
@given(
    st.one_of(
        st.text(),
        st.text(alphabet=st.characters(codec="utf-8"), min_size=1000, max_size=3000),
        st.lists(
            st.sampled_from(
                ["when", "eccp", "2019", "cmr", "call", "porto", "open", "in", "may", "?", "łódź"]
            ),
            max_size=8,
        ).map(" ".join),
    )
)
def test_any_text_gets_a_well_formed_answer(question: str) -> None:
    answer = ENGINE.ask(question, JULY)
    assert isinstance(answer.intent, Intent)
    assert 0.0 <= answer.confidence <= 1.0
    assert isinstance(answer.items, tuple)
    assert set(answer.items) <= IDS
    assert answer.item_id is None or answer.item_id in answer.items
    assert isinstance(answer.text, str)
    json.dumps(answer.to_json())


@pytest.mark.parametrize(
    "question",
    [
        "when is the horizon europe deadline?",
        "where is the hydrogen summit?",
        "wann ist die Frist für Horizon Europe?",
    ],
)
def test_after_an_item_a_question_about_something_unknown_is_not_a_follow_up(
    question: str,
) -> None:
    """The item just discussed answers only questions that name nothing of their own."""
    answer = ENGINE.ask(question, JULY, follow_up="eccp-annual-conference-2022")
    assert (answer.item_id, answer.kind) == (None, AnswerKind.UNKNOWN)


@pytest.mark.parametrize("question", ["link to register", "and where is it?", "registration?"])
def test_a_follow_up_made_of_question_words_is_about_the_item_just_discussed(
    question: str,
) -> None:
    answer = ENGINE.ask(question, JULY, follow_up="eccp-annual-conference-2022")
    assert answer.item_id == "eccp-annual-conference-2022"
