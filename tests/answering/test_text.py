"""Folding, stemming, ordinals and acronyms: how questions and names become tokens."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answering.text import (
    acronyms,
    canonical,
    fold,
    fuzzy_ordinal,
    is_number,
    is_year,
    leading_acronyms,
    stem,
    tokens,
    words,
)

NO_STOPWORDS: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Łódź", "lodz"),
        ("LODZ", "lodz"),
        ("Košice", "kosice"),
        ("São Paulo", "sao paulo"),
        ("Zürich", "zurich"),
        ("Straße", "strasse"),
        ("Ærø", "aero"),
        ("Œuvre", "oeuvre"),
        ("Málaga", "malaga"),
    ],
)
def test_fold_lowercases_and_strips_accents_and_special_letters(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_lodz_written_three_ways_gives_one_token() -> None:
    assert tokens("Łódź") == tokens("lodz") == tokens("LODZ") == ["lodz"]


def test_words_drop_punctuation_and_join_apostrophes() -> None:
    assert words("What's on in Łódź, 2022?!") == ["whats", "on", "in", "lodz", "2022"]


def test_words_of_punctuation_only_is_empty() -> None:
    assert words(" ?! … ") == []


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [
        ("workshops", "workshop"),
        ("calls", "call"),
        ("clusters", "cluster"),
        ("opportunities", "opportunity"),
        ("policies", "policy"),
        ("briefs", "brief"),
    ],
)
def test_plurals_are_stemmed_to_the_singular(word: str, stemmed: str) -> None:
    assert stem(word) == stemmed


@pytest.mark.parametrize("word", ["business", "campus", "analysis", "bus", "2022", "eccp"])
def test_words_that_only_look_plural_are_left_alone(word: str) -> None:
    assert stem(word) == word


@pytest.mark.parametrize(
    ("word", "number"),
    [("first", "1"), ("second", "2"), ("2nd", "2"), ("third", "3"), ("3rd", "3"), ("21st", "21")],
)
def test_ordinals_become_numbers(word: str, number: str) -> None:
    assert canonical(word) == number


def test_second_and_2nd_and_2_are_the_same_token() -> None:
    assert tokens("second round") == tokens("2nd round") == tokens("2 round") == ["2", "round"]


def test_ordinary_words_are_not_mistaken_for_ordinals() -> None:
    assert canonical("nd") == "nd"
    assert canonical("thirds") == "thirds"


def test_tokens_fold_stem_and_number_in_one_go() -> None:
    assert tokens("The Second Clusters Workshops in Łódź") == [
        "the",
        "2",
        "cluster",
        "workshop",
        "in",
        "lodz",
    ]


@pytest.mark.parametrize(
    ("token", "year", "number"),
    [("2022", True, False), ("1999", True, False), ("4", False, True), ("2500", False, True)],
)
def test_years_and_numbers_are_told_apart(token: str, year: bool, number: bool) -> None:
    assert (is_year(token), is_number(token)) == (year, number)


def test_european_cluster_collaboration_platform_gives_eccp() -> None:
    assert "eccp" in acronyms("European Cluster Collaboration Platform", NO_STOPWORDS)


def test_acronyms_skip_stopwords_and_numbers() -> None:
    found = acronyms(
        "European Cluster Collaboration Platform Annual Conference 2022", frozenset({"the"})
    )
    assert {"eccp", "eccpac", "ccpac"} <= found
    assert not any(ch.isdigit() for a in found for ch in a)


def test_acronyms_ignore_listed_stopwords() -> None:
    assert "eic" in acronyms("European Innovation Council", frozenset({"of"}))
    assert "eic" in acronyms("European of Innovation Council", frozenset({"of"}))


def test_two_word_names_have_no_acronym() -> None:
    assert acronyms("Smart Specialisation", NO_STOPWORDS) == set()


@pytest.mark.parametrize(("typed", "number"), [("secnd", "2"), ("thrid", "3"), ("fourht", "4")])
def test_an_ordinal_with_one_slip_is_still_its_number(typed: str, number: str) -> None:
    assert fuzzy_ordinal(typed) == number


def test_a_word_that_only_looks_like_an_ordinal_is_not_one() -> None:
    assert fuzzy_ordinal("second") is None  # exact ordinals are canonical() already
    assert fuzzy_ordinal("fifty") is None


def test_only_leading_runs_make_acronyms_for_names() -> None:
    # The tail of "... in the Baltic Sea Region" spells the region, not the item.
    found = leading_acronyms("Innovation Express: joint call in the Baltic Sea Region")
    assert "bsr" not in found
    assert "eccp" in leading_acronyms("European Cluster Collaboration Platform Conference")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_folding_ascii_text_is_lower_casing_it(text: str) -> None:
    # fold() skips Unicode decomposition for ASCII, which must change nothing.
    slow = "".join(
        c for c in unicodedata.normalize("NFKD", text.casefold()) if not unicodedata.combining(c)
    )
    assert fold(text) == slow
