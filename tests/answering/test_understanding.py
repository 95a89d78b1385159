"""How the engine reads questions the way people type them: one test per rule, with why.

Each rule comes from issue 12; the tests that describe a fixed defect failed
on the engine before it (it said "I don't know" to any question with a word
of context, read "info session" as a request for a link, and listed past
items for "is it over?").
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering.answers import AnswerKind, Intent
from bot.answering.engine import Engine
from tests.factories import at, brief, call, event, knowledge

KNOWLEDGE = knowledge(
    event(
        "eccp-2022",
        "European Cluster Collaboration Platform Annual Conference 2022",
        date(2022, 9, 26),
        date(2022, 9, 27),
        kind="conference",
        aliases=["ECCP conference 2022", "ECCP annual conference"],
        location="Prague, Czechia",
        registration_url="https://eccp.example/2022/register",
        url="https://eccp.example/2022",
    ),
    event(
        "eccp-2023",
        "European Cluster Collaboration Platform Annual Conference 2023",
        date(2023, 10, 17),
        kind="conference",
        aliases=["ECCP conference 2023"],
        location="Brussels, Belgium",
        url="https://eccp.example/2023",
    ),
    call(
        "ie-call",
        "Innovation Express 2025: joint call for cluster internationalisation",
        at("2025-10-30T15:00:00+02:00"),
        opens=date(2025, 9, 1),
        aliases=["Innovation Express 2025", "Innovation Express call"],
        url="https://ie.example/call",
    ),
    event(
        "ie-matchmaking",
        "Innovation Express 2025 matchmaking day",
        date(2025, 10, 8),
        aliases=["Innovation Express 2025"],
        location="Tallinn, Estonia",
        registration_url="https://ie.example/day",
    ),
    call(
        "alpine-call",
        "Interreg Alpine Space Programme: fourth call for classic projects",
        at("2026-03-05T12:00:00+01:00"),
        opens=date(2025, 12, 1),
        aliases=["Alpine Space call", "Alpine Space 4th call"],
        url="https://alpine.example/call",
    ),
    event(
        "alpine-session",
        "Alpine Space fourth call: online information session for applicants",
        at("2026-01-15T10:00:00+01:00"),
        kind="webinar",
        aliases=["Alpine Space info day"],
        location="online",
        registration_url="https://alpine.example/session",
    ),
    call(
        "vinnvaxt-call",
        "Vinnväxt 2025: call for regional innovation environments",
        at("2025-09-16T14:00:00+02:00"),
        opens=date(2025, 4, 15),
        aliases=["Vinnväxt call", "Vinnvaxt"],
        url="https://vinnova.example/call",
    ),
    event(
        "vinnova-webinar",
        "Vinnova information webinar: Vinnväxt 2025 call for regional innovation environments",
        at("2025-05-22T13:00:00+02:00"),
        kind="webinar",
        aliases=["Vinnova webinar", "Vinnväxt webinar"],
        location="online",
        registration_url="https://vinnova.example/webinar",
    ),
    event(
        "een-bilbao",
        "Advanced Manufacturing B2B Matchmaking at BIEMH 2026 (Enterprise Europe Network)",
        date(2026, 6, 9),
        aliases=["EEN Bilbao brokerage", "BIEMH brokerage"],
        location="Bilbao, Spain",
        registration_url="https://een.example/bilbao",
    ),
    event(
        "een-koeln",
        "Sustainable Food Systems B2B brokerage at Anuga 2025 (Enterprise Europe Network)",
        date(2025, 10, 6),
        aliases=["Anuga brokerage 2025", "EEN Köln brokerage"],
        location="Köln, Germany",
        registration_url="https://een.example/koeln",
    ),
    event(
        "go-cluster-2025",
        "go-cluster Jahrestagung 2025 (annual conference of the German cluster programme)",
        date(2025, 11, 25),
        kind="conference",
        aliases=["go-cluster annual meeting 2025", "go-cluster conference"],
        location="Berlin, Germany",
    ),
    event(
        "vanguard-meeting-2025",
        "Vanguard Initiative Annual Political Meeting 2025",
        date(2025, 12, 3),
        kind="meeting",
        aliases=["VI annual meeting 2025"],
        location="Brussels, Belgium",
    ),
    brief(
        "pri-brief",
        "JRC Science for Policy Brief: Partnerships for Regional Innovation",
        date(2024, 7, 9),
        aliases=["PRI brief"],
        url="https://jrc.example/pri",
    ),
    brief(
        "divide-brief",
        "JRC Science for Policy Brief: closing the regional innovation divide",
        date(2025, 4, 3),
        aliases=["innovation divide brief"],
        url="https://jrc.example/divide",
    ),
)
ENGINE = Engine(KNOWLEDGE)
ECCP_DAYS = at("2022-07-01T09:00:00+02:00")  # both ECCP conferences ahead, 2022 first
SEPTEMBER = at("2025-09-08T09:00:00+02:00")  # Vinnväxt and Innovation Express open
JANUARY = at("2026-01-12T09:00:00+01:00")  # Alpine Space call open, its session ahead


def item(question: str, now=SEPTEMBER, follow_up: str | None = None) -> str | None:
    return ENGINE.ask(question, now, follow_up=follow_up).item_id


# Context never deafens it ---------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "sorry if this was asked before, but when is the eccp conference?",
        "good morning! quick one: when is the eccp conference?",
        "hi, we are a small cluster organisation from Navarra and when is the eccp conference?",
        "when is the eccp conference? thanks a lot",
        "I work for a regional development agency in Limburg, when is the eccp conference?",
    ],
)
def test_greetings_apologies_and_who_is_asking_keep_the_answer(question: str) -> None:
    # Words no item name, tag or place holds cannot name an item: they are context.
    assert item(question, ECCP_DAYS) == "eccp-2022"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("wen is eccp confrence", "eccp-2022"),
        ("eccp conf 2023 where", "eccp-2023"),
        ("eccp2023 location", "eccp-2023"),
        ("wher is the innovaton express matchmaking", "ie-matchmaking"),
        ("vinnvaxt2025 dl", "vinnvaxt-call"),
    ],
)
def test_typos_shorthand_and_a_name_glued_to_its_year_are_read_as_words(
    question: str, expected: str
) -> None:
    assert item(question, ECCP_DAYS if "eccp" in question else SEPTEMBER) == expected


def test_which_city_hosts_asks_where() -> None:
    answer = ENGINE.ask("which city hosts the ECCP conference 2023?", ECCP_DAYS)
    assert (answer.item_id, answer.intent) == ("eccp-2023", Intent.WHERE)


# It never guesses -------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("when is the eccp summer school?", "a school beside a conference's name"),
        ("where is the ECCP Asia Pacific conference?", "unknown words inside the name"),
        ("where is the eccp conference in Vienna?", "a city after 'in' that no edition has"),
        ("registration for the EEN brokerage in Milan", "a city no brokerage has"),
        ("eccp conference 2019", "a year no edition has"),
        ("alpine space fifth call deadline", "a round the call does not have"),
        ("Business Finland webinar on Veturi", "a topic after 'on' that is unknown"),
        ("link to the EWRC annual conference", "an unknown acronym beside the name"),
        ("tell me about the JRC PRI brief 2031", "the best-named item is ruled out"),
        ("comment s'inscrire au webinaire Vinnova sur Veturi ?", "an unknown topic after 'sur'"),
        ("deadline of the Alpine Space Tirol call?", "an unknown proper name after the name"),
    ],
)
def test_a_question_naming_something_the_knowledge_lacks_gets_no_item(
    question: str, why: str
) -> None:
    answer = ENGINE.ask(question, ECCP_DAYS)
    assert answer.item_id is None, why
    assert answer.kind in {AnswerKind.UNKNOWN, AnswerKind.AMBIGUOUS}


def test_a_step_number_is_not_a_round() -> None:
    # Only a number beside a name word, a kind or a word like "round" picks an edition.
    question = "for the alpine space call, until when can we submit the step 1 concept note?"
    assert item(question, JANUARY) == "alpine-call"


def test_a_word_in_many_names_cannot_pick_an_item() -> None:
    # "regional innovation" is in four of twelve names: it cannot say which one is meant.
    assert item("tell me about regional innovation") is None


def test_a_hyphenated_name_is_heard_whole_and_an_alias_says_its_kind() -> None:
    # "go" alone is filler, "go-cluster" is a name; its alias calls the conference a meeting.
    assert item("any info on the go-cluster annual meeting?") == "go-cluster-2025"


def test_a_round_said_after_a_comma_still_belongs_to_the_name() -> None:
    assert item("where is the ECCP annual conference, 2023 edition?", ECCP_DAYS) == "eccp-2023"


def test_the_next_of_several_that_fit_is_the_one_to_come() -> None:
    assert item("when is the next EEN brokerage?") == "een-koeln"  # October, before Bilbao


def test_a_known_place_after_in_picks_the_edition() -> None:
    assert item("eccp conference in brussels", ECCP_DAYS) == "eccp-2023"
    assert item("the EEN brokerage in Bilbao, how do I register?") == "een-bilbao"


# Item first, then intent ---------------------------------------------------------


def test_a_titles_own_words_never_decide_the_intent() -> None:
    # "info session" is the session's name, not a request for its link.
    answer = ENGINE.ask("when is the alpine space info session?", JANUARY)
    assert (answer.item_id, answer.intent) == ("alpine-session", Intent.WHEN)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("innovation express deadline", "ie-call"),
        ("how do we apply to innovation express 2025?", "ie-call"),
        ("what does the innovation express 2025 call fund?", "ie-call"),
        ("where is innovation express 2025?", "ie-matchmaking"),
        ("what happens at the innovation express matchmaking day?", "ie-matchmaking"),
        ("alpine space 4th call topics", "alpine-call"),
    ],
)
def test_the_words_around_a_shared_name_tell_the_event_from_the_call(
    question: str, expected: str
) -> None:
    assert item(question) == expected


# Two items in one question ---------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected", "now"),
    [
        (
            "I watched the Vinnova webinar in May, but when is the actual Vinnväxt deadline?",
            "vinnvaxt-call",
            SEPTEMBER,
        ),
        (
            "after the Alpine Space info session, where do we submit our application "
            "for the fourth call?",
            "alpine-call",
            JANUARY,
        ),
        (
            "we went to the Anuga brokerage in Köln and liked it; when is the EEN one in Bilbao?",
            "een-bilbao",
            SEPTEMBER,
        ),
    ],
)
def test_the_item_asked_about_wins_over_one_named_as_context(
    question: str, expected: str, now
) -> None:
    assert item(question, now) == expected


# Status questions ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent", "expected", "fact"),
    [
        ("is the vinnväxt webinar over?", Intent.WHEN, "vinnova-webinar", "22 May 2025"),
        ("did I miss the Vinnväxt webinar?", Intent.WHEN, "vinnova-webinar", "took place"),
        ("is the innovation express call still open?", Intent.WHEN, "ie-call", "30 October"),
        ("has the alpine space call opened yet?", Intent.WHEN, "alpine-call", "1 December"),
        ("is it too late to apply for Vinnväxt?", Intent.REGISTER, "vinnvaxt-call", "Apply"),
    ],
)
def test_status_questions_answer_about_the_item_with_its_dates(
    question: str, intent: Intent, expected: str, fact: str
) -> None:
    answer = ENGINE.ask(question, SEPTEMBER)
    assert (answer.kind, answer.intent, answer.item_id) == (AnswerKind.ITEM, intent, expected)
    assert fact in answer.text


# Lists ---------------------------------------------------------------------------------


def test_a_leftover_word_that_names_nothing_does_not_empty_a_list() -> None:
    answer = ENGINE.ask("which events already happened?", SEPTEMBER)
    assert answer.intent is Intent.LIST
    assert set(answer.items) == {"eccp-2022", "eccp-2023", "vinnova-webinar"}


def test_a_place_narrows_a_list() -> None:
    answer = ENGINE.ask("online events coming up", SEPTEMBER)
    assert answer.items == ("alpine-session",)


def test_a_place_no_item_has_empties_a_list_instead_of_being_ignored() -> None:
    assert ENGINE.ask("upcoming events in Valencia", SEPTEMBER).items == ()


def test_calls_we_can_still_apply_to_are_the_open_ones_not_the_future_ones() -> None:
    answer = ENGINE.ask("which calls can we still apply to?", SEPTEMBER)
    assert set(answer.items) == {"ie-call", "vinnvaxt-call"}  # not the Alpine call (December)


# Greetings and help ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "/start",
        "Bonjour",
        "hola",
        "good morning! what kind of questions can I ask you?",
        "hello, is this the cluster events bot?",
        "what can I ask you about calls and events?",
    ],
)
def test_greetings_and_help_in_ordinary_forms_get_the_help(question: str) -> None:
    answer = ENGINE.ask(question, SEPTEMBER)
    assert (answer.intent, answer.kind, answer.item_id, answer.items) == (
        Intent.HELP,
        AnswerKind.HELP,
        None,
        (),
    )


def test_thanks_get_a_short_reply() -> None:
    answer = ENGINE.ask("thanks!", SEPTEMBER)
    assert (answer.intent, answer.item_id) == (Intent.HELP, None)
    assert "welcome" in answer.text


# Conversation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "intent"),
    [("where is it?", Intent.WHERE), ("deadlines", Intent.WHEN), ("link?", Intent.LINK)],
)
def test_a_follow_up_that_names_nothing_is_about_the_item_just_discussed(
    question: str, intent: Intent
) -> None:
    answer = ENGINE.ask(question, SEPTEMBER, follow_up="ie-matchmaking")
    assert (answer.item_id, answer.intent) == ("ie-matchmaking", intent)


def test_a_follow_up_that_names_another_item_is_about_that_item() -> None:
    assert item("and the Vinnväxt call?", follow_up="ie-matchmaking") == "vinnvaxt-call"


def test_a_list_question_after_an_item_is_still_a_list() -> None:
    answer = ENGINE.ask("upcoming events", SEPTEMBER, follow_up="ie-matchmaking")
    assert answer.intent is Intent.LIST
