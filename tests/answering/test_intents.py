"""Reading a question: its intent, whether it is only a greeting, and what a list asks for."""

from __future__ import annotations

import pytest

from bot.answering.answers import Intent
from bot.answering.intents import Reading, read_question
from bot.answering.question_typos import correct_question_words
from bot.answering.text import words


def read(question: str) -> Reading:
    """Read a question the way the engine does, without item words to protect."""
    return read_question(correct_question_words(words(question)))


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("when is the eccp conference?", Intent.WHEN),
        ("what are the dates of the eccp conference", Intent.WHEN),
        ("what's the deadline of the cmr call", Intent.WHEN),
        ("until when can I apply to the cmr call", Intent.WHEN),
        ("until when can I apply", Intent.WHEN),
        ("is the call still open?", Intent.WHEN),
        ("when does it close", Intent.WHEN),
        ("how many days left to apply", Intent.WHEN),
        ("when was the twin transition brief published", Intent.WHEN),
        ("where is the eccp conference 2023", Intent.WHERE),
        ("venue of the eccp conference", Intent.WHERE),
        ("eccp conference location", Intent.WHERE),
        ("is it online", Intent.WHERE),
        ("register for cmr porto", Intent.REGISTER),
        ("how do I sign up for the webinar", Intent.REGISTER),
        ("is registration still open", Intent.REGISTER),
        ("link to register", Intent.REGISTER),
        ("link to apply for the eic accelerator", Intent.REGISTER),
        ("where can I apply", Intent.REGISTER),
        ("how do i apply", Intent.REGISTER),
        ("link to the twin transition brief", Intent.LINK),
        ("website of the eic accelerator", Intent.LINK),
        ("where can i find the brief", Intent.LINK),
        ("download the brief", Intent.LINK),
        ("more info on the eccp conference 2022", Intent.LINK),
        ("what is the eic accelerator", Intent.ABOUT),
        ("tell me about the eccp conference", Intent.ABOUT),
        ("who organises the conference", Intent.ABOUT),
        ("eccp conference", Intent.ABOUT),
    ],
)
def test_question_words_decide_the_intent(question: str, intent: Intent) -> None:
    assert read(question).intent is intent


@pytest.mark.parametrize(
    "question",
    [
        "where can I read more about the twin transition brief",
        "more info about the eccp conference",
    ],
)
def test_asking_for_more_about_an_item_is_a_link_question(question: str) -> None:
    # "more info on X" is a link question; "about" after "read more" must not win.
    assert read(question).intent is Intent.LINK


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("wesbite of the eic accelerator", Intent.LINK),
        ("websit of eccp", Intent.LINK),
        ("deadilne for the cmr call", Intent.WHEN),
        ("dedline eccp call", Intent.WHEN),
        ("registre for cmr porto", Intent.REGISTER),
        ("regsiter for eccp", Intent.REGISTER),
        ("registation for eccp", Intent.REGISTER),
        ("whre is the eccp conference", Intent.WHERE),
        ("locaton of eccp", Intent.WHERE),
        ("wehn is the conference", Intent.WHEN),
    ],
)
def test_typos_in_question_words_are_corrected(question: str, intent: Intent) -> None:
    assert read(question).intent is intent


def test_corrected_question_words_are_not_left_to_name_the_item() -> None:
    assert read("wesbite of the eic accelerator").content_words == ("eic", "accelerator")


def test_a_word_closer_to_an_item_word_is_not_corrected_into_a_question_word() -> None:
    def likeness(word: str) -> float:
        return 100.0 if word == "spply" else 0.0

    assert correct_question_words(["spply", "chain"], likeness) == ["spply", "chain"]
    assert correct_question_words(["aplly"]) == ["apply"]


def test_short_words_and_numbers_are_never_corrected() -> None:
    assert correct_question_words(["cmr", "2023", "eic"]) == ["cmr", "2023", "eic"]


def test_the_item_name_is_what_remains_after_the_question_words() -> None:
    assert read("when is the ECCP conference 2022?").content_words == (
        "eccp",
        "conference",
        "2022",
    )


@pytest.mark.parametrize(
    "question",
    [
        "hi",
        "hello!",
        "hello there",
        "good morning",
        "thanks",
        "help",
        "/help",
        "what can you do?",
        "who are you",
        "how does this work",
    ],
)
def test_greetings_and_help_requests_are_greeting_only(question: str) -> None:
    assert read(question).greeting_only


@pytest.mark.parametrize(
    "question",
    ["hi, when is the eccp conference?", "help me register for cmr porto", "tell me a joke"],
)
def test_a_greeting_with_a_real_question_is_not_greeting_only(question: str) -> None:
    assert not read(question).greeting_only


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("upcoming events", {"events"}),
        ("which calls are open?", {"calls"}),
        ("deadlines this month", {"calls"}),
        ("upcoming workshops", {"workshop"}),
        ("show me the webinars", {"webinar"}),
        ("past conferences", {"conference"}),
        ("show me the meetings", {"meeting"}),
        ("policy briefs", {"briefs"}),
        ("what's coming up?", set()),
    ],
)
def test_list_questions_name_their_kinds(question: str, kinds: set[str]) -> None:
    assert read(question).signals.kinds == kinds


@pytest.mark.parametrize(
    ("question", "status"),
    [
        ("upcoming events", "upcoming"),
        ("what's coming up?", "upcoming"),
        ("which calls are open?", "open"),
        ("closed calls", "closed"),
        ("expired calls", "closed"),
        ("past events", "past"),
        ("events that already happened", "past"),
        ("ongoing events", "ongoing"),
    ],
)
def test_list_questions_name_their_status(question: str, status: str) -> None:
    assert read(question).signals.status == status


@pytest.mark.parametrize(
    ("question", "window"),
    [
        ("events this week", ("this week",)),
        ("deadlines this month", ("this month",)),
        ("what's on next month", ("next month",)),
        ("anything happening today", ("today",)),
    ],
)
def test_list_questions_name_their_window(question: str, window: tuple[str, ...]) -> None:
    assert read(question).signals.window == window


@pytest.mark.parametrize(
    ("question", "month", "year"),
    [
        ("deadlines in march 2023", 3, 2023),
        ("events in may 2023", 5, 2023),
        ("events in may", 5, None),
        ("anything in october?", 10, None),
        ("events in oct 2022", 10, 2022),
        ("calls in sept", 9, None),
        ("conferences in 2023", None, 2023),
    ],
)
def test_list_questions_name_a_month_and_year(
    question: str, month: int | None, year: int | None
) -> None:
    signals = read(question).signals
    assert (signals.month, signals.year) == (month, year)


@pytest.mark.parametrize("question", ["may i register for the conference", "may I apply?"])
def test_may_as_a_verb_is_not_a_month(question: str) -> None:
    assert read(question).signals.month is None


@pytest.mark.parametrize(
    "question",
    [
        "upcoming events",
        "which calls are open?",
        "past events",
        "events this week",
        "deadlines in march 2023",
        "what's on next month",
        "show me the webinars",
    ],
)
def test_kind_with_status_or_window_is_surely_a_list(question: str) -> None:
    assert read(question).signals.strength == 2


@pytest.mark.parametrize(
    "question",
    ["when is the eccp conference", "register for cmr porto", "what is the eic accelerator"],
)
def test_questions_about_one_item_carry_no_list_signal(question: str) -> None:
    assert read(question).signals.strength == 0


def test_list_words_are_not_part_of_the_topic() -> None:
    reading = read("upcoming workshops on clusters in october")
    assert reading.topic_words == ("clusters",)
