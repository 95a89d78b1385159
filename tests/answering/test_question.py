"""Reading a message as clauses: where the question is, and which words are shorthand."""

from __future__ import annotations

import pytest

from bot.answering.question import expand, parse


def _clauses(text: str) -> list[str]:
    question = parse(text)
    found: dict[int, list[str]] = {}
    for word, clause in zip(question.words, question.clauses, strict=True):
        found.setdefault(clause, []).append(word)
    return [" ".join(words) for _, words in sorted(found.items())]


def test_punctuation_and_but_split_a_message_into_clauses() -> None:
    assert _clauses("I watched the webinar in May, but when is the deadline?") == [
        "i watched the webinar in may",
        "when is the deadline",
    ]


def test_the_focus_is_the_last_clause_that_asks() -> None:
    # Context first, question last: "like module 1" after the question asks nothing.
    question = parse("is module 3 also in Berlin, like module 1?")
    assert question.focus == 0
    assert parse("we went to Köln last year; when is the next one?").focus == 1


def test_and_before_a_question_word_starts_the_question() -> None:
    # "we are a cluster from Navarra and when is ..." is context, then a question.
    assert _clauses("we are a cluster from Navarra and when is the conference") == [
        "we are a cluster from navarra",
        "when is the conference",
    ]


def test_a_bit_cut_off_by_punctuation_stays_with_its_clause() -> None:
    # "(AEI) 2025 thanks!" is the end of a name, not a clause of its own.
    assert _clauses("link to the Ayudas (AEI) 2025 thanks!") == [
        "link to the ayudas aei 2025 thanks"
    ]


def test_typo_corrections_come_before_the_focus_is_found() -> None:
    def correct(found: list[str]) -> list[str]:
        return ["when" if w == "wehn" else w for w in found]

    assert parse("the congress in November, wehn is it?", correct).focus == 1


@pytest.mark.parametrize(
    ("said", "read"),
    [
        (["reg", "link"], ["registration", "link"]),
        (["eccp", "conf"], ["eccp", "conference"]),
        (["tci2025"], ["tci", "2025"]),
        (["wen", "is", "it"], ["when", "is", "it"]),
        (["2025"], ["2025"]),
    ],
)
def test_shorthand_and_glued_years_are_read_as_words(said: list[str], read: list[str]) -> None:
    assert expand(said) == read


def test_words_in_capitals_are_remembered_as_possible_acronyms() -> None:
    assert parse("link to the EWRC annual conference").capitals == frozenset({"ewrc"})


@pytest.mark.parametrize(
    ("said", "read"),
    [
        # a day beside its month says when, never which item
        ("the meeting on 3 December", "the meeting on december"),
        ("the meeting on the 3rd of December", "the meeting on the of december"),
        ("webinar December 3rd", "webinar december"),
        # a number after a numbered noun stays: it says which module
        ("module 3 december", "module 3 december"),
        # "may" before a number is the verb as often as the month
        ("may 3 people join", "may 3 people join"),
    ],
)
def test_a_day_of_the_month_is_dropped(said: str, read: str) -> None:
    assert " ".join(parse(said).words) == read
