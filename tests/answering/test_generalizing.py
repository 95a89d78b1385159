"""Defects a fresh-eyes probe found after issue 12, one test per general rule, with why.

Each test failed on the engine before its rule: a common word typo-corrected
into an item's name ("register" read as REGIOSTARS-like names), a lower-case
verb read as an acronym, the shorthand "info" overriding a real question word,
a round or call number mapped onto another one, another item's city beside a
full title.  The items are invented here, not the probe's.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering.answers import Intent
from bot.answering.engine import Engine
from bot.answering.question import parse
from tests.factories import at, call, event, knowledge

KNOWLEDGE = knowledge(
    call(
        "registrar-awards",
        "REGISTRAS Awards 2027: call for applications",
        at("2027-03-31T23:59:00+02:00"),
        opens=date(2026, 11, 20),
        aliases=["REGISTRAS awards", "REGISTRAS 2027"],
        url="https://registras.example/apply",
    ),
    event(
        "lift-conference",
        "LIFT final conference: Linking Innovation For Tomorrow",
        date(2027, 3, 16),
        date(2027, 3, 17),
        kind="conference",
        aliases=["LIFT conference"],
        location="Tartu, Estonia",
        registration_url="https://lift.example/register",
    ),
    event(
        "arch-info-day",
        "ARCH info day: cross-border partnerships call",
        date(2026, 11, 26),
        aliases=["ARCH info day"],
        location="Ghent, Belgium",
        registration_url="https://arch.example/info-day",
    ),
    event(
        "smartspec-conference",
        "Smart Specialisation Forum Annual Conference 2027",
        date(2027, 5, 25),
        date(2027, 5, 26),
        kind="conference",
        aliases=["S3 Forum annual conference 2027"],
        location="Seville, Spain",
        registration_url="https://s3.example/2027",
    ),
    event(
        "regions-days",
        "Danube Regions Days 2026",
        date(2026, 10, 12),
        date(2026, 10, 15),
        kind="conference",
        aliases=["Danube days 2026"],
        location="Brussels, Belgium",
        registration_url="https://danube.example/2026",
    ),
    call(
        "north-call-3-round-1",
        "Interreg North third call for proposals, first round",
        at("2026-10-16T13:00:00+02:00"),
        opens=date(2026, 7, 1),
        aliases=["Interreg North third call round 1"],
        url="https://north.example/call3/1",
    ),
    call(
        "north-call-3-round-2",
        "Interreg North third call for proposals, second round",
        at("2027-04-22T13:00:00+02:00"),
        opens=date(2027, 1, 11),
        aliases=["Interreg North third call round 2"],
        url="https://north.example/call3/2",
    ),
)
ENGINE = Engine(KNOWLEDGE)
AUTUMN = at("2026-09-01T10:00:00+02:00")


def item_of(question: str) -> str | None:
    return ENGINE.ask(question, AUTUMN).item_id


def intent_of(question: str) -> Intent:
    return ENGINE.ask(question, AUTUMN).intent


@pytest.mark.parametrize(
    "question", ["how do I register?", "I want to register my cluster", "where to apply?"]
)
def test_a_question_word_spelt_right_is_never_corrected_into_an_items_name(question: str) -> None:
    """'register' is two letters from 'registras', but it is a word, not a typo of a name."""
    assert item_of(question) is None


def test_the_same_name_with_a_real_typo_is_still_found() -> None:
    """The rule spares only words the question vocabulary has: 'registars' is still a typo."""
    assert item_of("when do the registars awards close?") == "registrar-awards"


def test_were_is_not_read_as_where() -> None:
    """'We're' / 'were' are English words; correcting them to 'where' changed the intent."""
    assert intent_of("we're curious what the LIFT conference dates are") is Intent.WHEN
    assert intent_of("were the LIFT conference dates moved?") is Intent.WHEN


@pytest.mark.parametrize(
    "question",
    [
        "how can I lift the visibility of my cluster?",
        "any tips to lift SME participation in our cluster?",
    ],
)
def test_a_lower_case_name_used_as_a_verb_names_nothing(question: str) -> None:
    """An acronym that is also an English verb, typed as the verb, is not the LIFT conference."""
    assert item_of(question) is None


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when is lift?", Intent.WHEN),
        ("how to register for lift", Intent.REGISTER),
        ("can we attend LIFT the conference?", Intent.REGISTER),
    ],
)
def test_the_same_word_used_as_a_name_still_names_the_item(question: str, intent: Intent) -> None:
    """Only a verb slot ('can I lift the...', 'to lift SME...') makes the name a verb."""
    answer = ENGINE.ask(question, AUTUMN)
    assert (answer.item_id, answer.intent) == ("lift-conference", intent)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when is the ARCH info day?", Intent.WHEN),
        ("where is the ARCH info day held?", Intent.WHERE),
        ("what's the ARCH info day about?", Intent.ABOUT),
        ("any info on the ARCH day dates?", Intent.WHEN),
        ("more info on the ARCH info day", Intent.LINK),
    ],
)
def test_info_asks_for_the_link_only_when_nothing_else_asks(question: str, intent: Intent) -> None:
    """'Info' in the name is the name; as shorthand it never overrides 'when' or 'where'."""
    answer = ENGINE.ask(question, AUTUMN)
    assert (answer.item_id, answer.intent) == ("arch-info-day", intent)


def test_a_kind_of_event_beside_an_award_call_is_not_the_call() -> None:
    """'The REGISTRAS award ceremony' is an event the knowledge lacks, not the awards call."""
    assert item_of("where is the REGISTRAS award ceremony?") is None


def test_another_items_city_after_a_full_title_rules_the_item_out() -> None:
    """Brussels is a place the knowledge knows (Danube days), but not this conference's."""
    assert item_of("S3 Forum annual conference 2027 in Brussels?") is None
    assert item_of("S3 Forum annual conference 2027 in Seville?") == "smartspec-conference"


@pytest.mark.parametrize(
    "question",
    [
        "the third round of the Interreg North third call, deadline?",
        "round 3 of the Interreg North call - when does it close?",
        "Interreg North second call deadline",
        "what is the deadline of the Interreg North third call third round?",
    ],
)
def test_a_round_or_call_number_the_knowledge_lacks_is_refused(question: str) -> None:
    """Every number said is some item's (3 is the call, 2 a round), but not for that word."""
    assert item_of(question) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Interreg North third call round 2 deadline", "north-call-3-round-2"),
        ("interreg north third call, first round: when does it close?", "north-call-3-round-1"),
        ("the second round of the interreg north third call", "north-call-3-round-2"),
    ],
)
def test_the_numbers_the_item_has_for_those_words_still_pick_it(
    question: str, expected: str
) -> None:
    """The rule compares numbers word by word; it never refuses a round that exists."""
    assert item_of(question) == expected


def test_an_intent_word_of_the_title_said_apart_from_the_name_still_asks() -> None:
    """'Application form for the REGISTRAS awards': the title says 'applications' too, but
    here the word stands apart from the mention of the name, so it asks to register."""
    answer = ENGINE.ask("application form for the REGISTRAS awards", AUTUMN)
    assert (answer.item_id, answer.intent) == ("registrar-awards", Intent.REGISTER)


def test_a_word_is_never_corrected_into_a_three_letter_question_word() -> None:
    """'Form' is one letter from 'for'; a slip into a three-letter word cannot be told apart."""
    heard = ENGINE.hear("application form for the LIFT conference", AUTUMN)
    assert "form" in heard.words


@pytest.mark.parametrize(
    "question",
    [
        "is the Danube days 2026 happening now?",
        "is Danube Regions Days 2026 on today?",
        "are the Danube days 2026 happening right now?",
        "is Danube Regions Days 2026 this week?",
        "the Danube Regions Days 2026 in Brussels, is it this week?",  # yes-no after context
    ],
)
def test_a_yes_or_no_question_about_now_asks_when(question: str) -> None:
    """'Is it happening now?' wants the dates and the status, not the description."""
    during = at("2026-10-13T11:00:00+02:00")
    answer = ENGINE.ask(question, during)
    assert (answer.item_id, answer.intent) == ("regions-days", Intent.WHEN)
    assert "15 October 2026" in answer.text


SERIES = Engine(
    knowledge(
        event(
            "rw-2026",
            "European Week of Rivers 2026",
            date(2026, 10, 12),
            date(2026, 10, 15),
            kind="conference",
            aliases=["ERW 2026"],
            location="Brussels, Belgium",
            registration_url="https://rivers.example/2026",
        ),
        event(
            "rw-2027",
            "European Week of Rivers 2027",
            date(2027, 10, 11),
            date(2027, 10, 14),
            kind="conference",
            aliases=["ERW 2027"],
            location="Brussels, Belgium",
            registration_url="https://rivers.example/2027",
        ),
        event(
            "academy-1",
            "Rivers Academy, Module 1: mapping",
            date(2026, 9, 15),
            location="Aveiro, Portugal",
            kind="workshop",
        ),
        event(
            "academy-2",
            "Rivers Academy, Module 2: funding",
            date(2026, 11, 5),
            location="Turku, Finland",
            kind="workshop",
        ),
    )
)
DURING_2026 = at("2026-10-13T11:00:00+02:00")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("ERW '26 where", "rw-2026"),
        ("ERW'27 registration", "rw-2027"),
        ("ERW 26 over?", "rw-2026"),
        ("rivers week 27 when", "rw-2027"),
    ],
)
def test_two_digits_after_a_name_are_its_year(question: str, expected: str) -> None:
    """People write "'26" and "27" for years; the knowledge has those years, not those numbers."""
    assert SERIES.ask(question, DURING_2026).item_id == expected


def test_two_digits_the_knowledge_has_no_year_for_stay_a_number() -> None:
    """'ERW 31' is not a year of any item: still refused, never mapped onto 2026 or 2027."""
    assert SERIES.ask("ERW 31 where", DURING_2026).item_id is None


def test_another_edition_named_as_context_does_not_veto_the_one_asked_about() -> None:
    """'After ERW 2026, when is ERW 2027?': the 2026 is in the clause that does not ask."""
    answer = SERIES.ask("after ERW 2026, when is ERW 2027?", DURING_2026)
    assert (answer.item_id, answer.intent) == ("rw-2027", Intent.WHEN)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("rivers academy module two - where?", "academy-2"),
        ("module one of rivers academy", "academy-1"),
    ],
)
def test_a_number_word_after_a_numbered_noun_is_the_number(question: str, expected: str) -> None:
    """'Module two' is module 2; without it two modules tie and the engine asks which."""
    assert SERIES.ask(question, DURING_2026).item_id == expected


def test_one_elsewhere_stays_a_word() -> None:
    """'The one in Aveiro' has no numbered noun before 'one': it stays a word, not module 1."""
    assert parse("when is the one in Aveiro?").words[3] == "one"
    assert parse("module one of rivers academy").words[1] == "1"


LISTS = Engine(
    knowledge(
        event(
            "spring-forum", "Spring cluster forum", date(2026, 3, 10), location="Ghent, Belgium"
        ),
        event(
            "autumn-forum", "Autumn cluster forum", date(2026, 11, 10), location="Ghent, Belgium"
        ),
        call(
            "open-call",
            "Open cluster vouchers call",
            at("2026-12-15T17:00:00+01:00"),
            opens=date(2026, 5, 1),
        ),
        call(
            "future-call",
            "Future cluster partnerships call",
            at("2027-03-15T17:00:00+01:00"),
            opens=date(2027, 1, 10),
        ),
        call("closed-call", "Closed cluster skills call", at("2026-04-15T17:00:00+02:00")),
    )
)
MID_2026 = at("2026-09-01T10:00:00+02:00")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what can we still apply for?", {"open-call"}),
        ("what happened already this year?", {"spring-forum"}),
        ("anything that closed already?", {"closed-call"}),
        ("calls opening soon", {"future-call"}),
        ("what's coming up?", {"autumn-forum", "open-call", "future-call"}),
    ],
)
def test_a_status_without_a_kind_word_says_which_kind(question: str, expected: set[str]) -> None:
    """One applies to calls and events happen: 'what can we still apply for' is open calls
    only, 'what happened' events only; 'opening soon' calls that are not open yet."""
    answer = LISTS.ask(question, MID_2026)
    assert (answer.intent, set(answer.items)) == (Intent.LIST, expected)


def test_an_event_of_no_particular_kind_is_called_an_event() -> None:
    """The description said "an other on 26 November" for events of kind 'other'."""
    answer = ENGINE.ask("what's the ARCH info day about?", AUTUMN)
    assert "ARCH info day: cross-border partnerships call: an event on 26 November 2026" in (
        answer.text
    )


def test_a_word_typed_in_capitals_is_never_corrected_as_a_question_word() -> None:
    """'COSME' is one slip from 'come'; written in capitals it is a name the knowledge lacks,
    so 'COSME call for clusters - where to apply?' lists no other cluster call."""
    answer = ENGINE.ask("COSME call for clusters - where to apply?", AUTUMN)
    assert "cosme" in ENGINE.hear("COSME call for clusters", AUTUMN).words
    assert answer.item_id is None
    assert not answer.items


@pytest.mark.parametrize(
    "question",
    [
        "hi, we are a cluster in Navarra and which calls are open?",
        "I work for a regional agency in Brittany. Which calls are open?",
    ],
)
def test_a_clause_about_the_asker_does_not_narrow_a_list(question: str) -> None:
    """'We are a cluster in Navarra' says who asks: the list is not of things in Navarra."""
    answer = LISTS.ask(question, MID_2026)
    assert (answer.intent, answer.items) == (Intent.LIST, ("open-call",))


def test_an_unknown_acronym_in_a_list_question_leaves_the_list_empty() -> None:
    """'Open XYZW calls' names calls the knowledge lacks: the list is empty, not every call."""
    answer = LISTS.ask("which XYZW calls are open?", MID_2026)
    assert (answer.intent, answer.items) == (Intent.LIST, ())


def test_the_final_module_is_the_highest_numbered_one() -> None:
    """'The final module of the rivers academy': every module is numbered, so the last is known."""
    answer = SERIES.ask("when's the final module of the rivers academy?", DURING_2026)
    assert (answer.item_id, answer.intent) == ("academy-2", Intent.WHEN)


def test_last_said_of_something_else_picks_no_module() -> None:
    """'Last' of a year, not of a module: the rivals stay rivals and the engine asks which."""
    answer = SERIES.ask("when was the rivers academy workshop last week?", DURING_2026)
    assert answer.item_id is None


def test_a_module_number_said_as_context_does_not_pick_that_module() -> None:
    """'We did module 1 in Aveiro, when is the Turku module?': the 1 is in the clause that
    does not ask; the place said where it asks picks the other module."""
    question = (
        "our managers did module 1 in Aveiro, when is the Turku module of the rivers academy?"
    )
    assert SERIES.ask(question, DURING_2026).item_id == "academy-2"
