"""Defect patterns a held-out probe found, one test per general rule, with why.

Past lists worded by a verb of completion ("which deadlines have passed?")
came back as the upcoming list; a lower-case name that is an English word
used as a verb after a modal ("prices will surge") or as a noun after "a"
("a surge of ideas") was read as the item.  The items are invented here.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering.answers import AnswerKind, Intent
from bot.answering.engine import Engine
from tests.factories import at, call, event, knowledge

KNOWLEDGE = knowledge(
    event(
        "surge-meeting",
        "SURGE partner meeting 2027",
        date(2027, 2, 9),
        kind="meeting",
        aliases=["SURGE"],
        location="Vilnius, Lithuania",
        registration_url="https://surge.example/register",
    ),
    event(
        "harbour-day",
        "Harbour cluster day 2026",
        date(2026, 5, 12),
        location="Gdansk, Poland",
        registration_url="https://harbour.example/register",
    ),
    call(
        "tide-call",
        "TIDE open call for cluster projects",
        at("2026-06-30T17:00:00+02:00"),
        opens=date(2026, 3, 1),
        aliases=["TIDE call"],
        url="https://tide.example/apply",
    ),
    call(
        "reef-call",
        "Reef innovation vouchers 2027",
        at("2027-03-31T17:00:00+02:00"),
        opens=date(2026, 9, 1),
        url="https://reef.example/apply",
    ),
)
ENGINE = Engine(KNOWLEDGE)
AUTUMN = at("2026-10-01T10:00:00+02:00")


def listed(question: str) -> list[str]:
    answer = ENGINE.ask(question, AUTUMN)
    assert answer.kind is AnswerKind.LIST, answer
    return sorted(answer.items)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which deadlines did I already miss?", ["tide-call"]),
        ("what deadlines have passed?", ["tide-call"]),
        ("which events have already taken place?", ["harbour-day"]),
        ("which events took place already?", ["harbour-day"]),
    ],
)
def test_a_verb_of_completion_asks_for_the_past_list(question: str, expected: list[str]) -> None:
    """'Passed', 'missed', 'took place' say the list is of what is over, not what is ahead."""
    assert listed(question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which deadlines haven't passed yet?", ["reef-call"]),
        ("which events have not taken place?", ["surge-meeting"]),
    ],
)
def test_a_denied_completion_asks_for_what_is_ahead(question: str, expected: list[str]) -> None:
    """'Haven't passed yet' is the opposite of 'passed': the list of what is still to come."""
    assert listed(question) == expected


def test_a_list_without_a_completion_verb_is_still_upcoming() -> None:
    """The rule adds past words; 'which deadlines are coming?' still lists open calls."""
    assert listed("which deadlines are coming up?") == ["reef-call"]


@pytest.mark.parametrize(
    "question",
    [
        "do you think interest rates will surge next year?",
        "prices will surge again",
        "is there any hope our budget could surge?",
        "we need a surge of creativity in our cluster",
    ],
)
def test_a_lower_case_name_as_a_verb_after_a_modal_or_a_noun_after_a_names_nothing(
    question: str,
) -> None:
    """After 'will'/'could' the word is a verb, after 'a' a noun: English, not the SURGE item."""
    assert ENGINE.ask(question, AUTUMN).item_id is None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when is surge?", Intent.WHEN),
        ("will surge be held online?", Intent.WHERE),
        ("is there a surge meeting in february?", None),
        ("where is the surge meeting?", Intent.WHERE),
        ("Prices will SURGE: when is it?", Intent.WHEN),
    ],
)
def test_the_same_word_with_a_kind_noun_or_as_subject_still_names_the_item(
    question: str, intent: Intent | None
) -> None:
    """A kind noun after it, a verb it is the subject of, or capitals keep it a name."""
    answer = ENGINE.ask(question, AUTUMN)
    assert answer.item_id == "surge-meeting"
    if intent is not None:
        assert answer.intent is intent


TYPO_KNOWLEDGE = knowledge(
    call(
        "kelp-call",
        "KELP call for regional hubs",
        at("2026-11-05T17:00:00+01:00"),
        opens=date(2026, 9, 1),
        aliases=["KELP call"],
        url="https://kelp.example/apply",
    ),
    event(
        "kelp-info-day",
        "KELP call: online info day for applicants",
        date(2026, 9, 15),
        aliases=["KELP info day"],
        location="online",
        registration_url="https://kelp.example/info-day",
    ),
    event(
        "moor-ceremony",
        "Moor Cluster Award ceremony 2026",
        date(2026, 10, 28),
        location="Porto, Portugal",
        registration_url="https://moor.example/ceremony",
    ),
    event(
        "heath-ceremony",
        "Heath Cluster Award ceremony 2026",
        date(2026, 11, 12),
        location="Leeds, United Kingdom",
        registration_url="https://heath.example/ceremony",
    ),
    event(
        "fjord-summit",
        "Fjord Cluster Summit 2027",
        date(2027, 5, 4),
        date(2027, 5, 5),
        kind="conference",
        location="Bergen, Norway",
        registration_url="https://fjord.example/register",
    ),
)
TYPO_ENGINE = Engine(TYPO_KNOWLEDGE)


def test_a_kind_noun_with_its_double_letter_typed_once_is_the_kind() -> None:
    """'cal' is too short for other slips, but a doubled letter typed once is the commonest:
    'kelp cal deadlin' asks for the call's deadline, not the info day about the call."""
    answer = TYPO_ENGINE.ask("kelp cal deadlin", AUTUMN)
    assert (answer.item_id, answer.intent) == ("kelp-call", Intent.WHEN)


def test_a_typo_as_near_a_name_word_as_a_question_word_is_the_name_if_the_clause_asks() -> None:
    """'sumit' is one slip from 'summit' and from 'submit'; 'dates' already asks when."""
    answer = TYPO_ENGINE.ask("fjord clustr sumit 2027 dates", AUTUMN)
    assert (answer.item_id, answer.intent) == ("fjord-summit", Intent.WHEN)


def test_the_same_typo_still_asks_when_nothing_else_does() -> None:
    """With no other question word the tie still goes to the question word: 'how to sumit'."""
    answer = TYPO_ENGINE.ask("how to sumit to the fjord summit", AUTUMN)
    assert (answer.item_id, answer.intent) == ("fjord-summit", Intent.REGISTER)


@pytest.mark.parametrize("question", ["surge and shine!", "what a surge of joy"])
def test_a_lower_case_name_said_in_passing_names_nothing(question: str) -> None:
    """Nothing asked, no kind beside it, words no item has around it: an English phrase."""
    assert ENGINE.ask(question, AUTUMN).item_id is None


@pytest.mark.parametrize("question", ["surge?", "surge", "surge vilnius"])
def test_a_lower_case_name_said_alone_or_with_its_own_words_still_names_the_item(
    question: str,
) -> None:
    """Said alone or beside words the item has, the lower-case name is still the name."""
    assert ENGINE.ask(question, AUTUMN).item_id == "surge-meeting"


def test_a_short_name_word_with_its_double_letter_typed_once_is_still_heard() -> None:
    """'mor' is too short for the typo lookup, so with 'cerimony' two name words were lost;
    a doubled letter typed once is heard in short words too ('mor' is 'moor')."""
    answer = TYPO_ENGINE.ask("mor cluster award cerimony time?", AUTUMN)
    assert (answer.item_id, answer.intent) == ("moor-ceremony", Intent.WHEN)
