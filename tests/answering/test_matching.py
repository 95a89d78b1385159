"""Finding the item a question names: typos, word order, partial names, acronyms, conflicts."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answering.matching import Match, MatchIndex
from bot.answering.text import words
from tests.factories import at, brief, call, event, knowledge

KNOWLEDGE = knowledge(
    event(
        "eccp-annual-conference-2022",
        "European Cluster Collaboration Platform Annual Conference 2022",
        date(2022, 9, 26),
        date(2022, 9, 27),
        kind="conference",
        location="Prague, Czechia",
        aliases=["ECCP conference 2022"],
    ),
    event(
        "cmr-tampere-2023",
        "Clusters meet Regions workshop: Tampere",
        date(2023, 9, 21),
        kind="workshop",
        location="Tampere, Finland",
        aliases=["CmR Tampere"],
    ),
    event(
        "cmr-porto-2022",
        "Clusters meet Regions workshop: Porto",
        date(2022, 10, 20),
        date(2022, 10, 21),
        kind="workshop",
        location="Porto, Portugal",
        aliases=["CmR Porto"],
    ),
    event(
        "cmr-lodz-2022",
        "Clusters meet Regions workshop: Łódź",
        date(2022, 11, 17),
        kind="workshop",
        location="Łódź, Poland",
    ),
    call(
        "euroclusters-open-call-smes-2023",
        "Euroclusters open call for SMEs",
        date(2023, 3, 31),
        aliases=["Euroclusters call"],
    ),
    call(
        "horizon-cl4-2022",
        "Horizon Europe Cluster 4: Digital, Industry and Space call",
        at("2022-11-16T17:00:00+01:00"),
        aliases=["Horizon Europe cluster 4 call"],
    ),
    brief(
        "policy-brief-clusters-twin-transition",
        "Policy brief: clusters driving the green and digital twin transitions",
        date(2022, 5, 10),
    ),
)
INDEX = MatchIndex(KNOWLEDGE)


def find(query: str, limit: int = 5) -> list[Match]:
    return INDEX.find(words(query), limit=limit)


def best(query: str) -> Match:
    matches = find(query)
    assert matches, f"nothing matched {query!r}"
    return matches[0]


def match_for(query: str, item_id: str) -> Match:
    return next(m for m in find(query, limit=len(KNOWLEDGE)) if m.item.id == item_id)


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("clsuter meet regions porto", "cmr-porto-2022"),
        ("clusters meet regoins porto", "cmr-porto-2022"),
        ("tamepre workshop", "cmr-tampere-2023"),
        ("euuroclusters call", "euroclusters-open-call-smes-2023"),
        ("european clutser collaboration platform conference", "eccp-annual-conference-2022"),
    ],
)
def test_typos_in_item_names_still_find_the_item(query: str, item_id: str) -> None:
    assert best(query).item.id == item_id


@pytest.mark.parametrize(
    "query",
    [
        "clusters meet regions porto",
        "regions meet clusters porto",
        "porto workshop clusters",
        "Porto: Clusters Meet Regions",
    ],
)
def test_word_order_does_not_matter(query: str) -> None:
    assert best(query).item.id == "cmr-porto-2022"


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("tampere", "cmr-tampere-2023"),
        ("annual conference", "eccp-annual-conference-2022"),
        ("twin transition brief", "policy-brief-clusters-twin-transition"),
        ("horizon cluster 4", "horizon-cl4-2022"),
        ("euro clusters call", "euroclusters-open-call-smes-2023"),
        ("lodz", "cmr-lodz-2022"),
        ("ŁÓDŹ workshop", "cmr-lodz-2022"),
    ],
)
def test_partial_names_find_the_item(query: str, item_id: str) -> None:
    assert best(query).item.id == item_id


@pytest.mark.parametrize(
    ("query", "item_id"),
    [
        ("eccp", "eccp-annual-conference-2022"),
        ("ECCP annual conference", "eccp-annual-conference-2022"),
        ("european cluster collaboration platform", "eccp-annual-conference-2022"),
        ("cmr tampere", "cmr-tampere-2023"),
    ],
)
def test_acronyms_and_their_long_forms_find_the_item(query: str, item_id: str) -> None:
    assert best(query).item.id == item_id


def test_a_name_said_in_full_explains_the_whole_question() -> None:
    match = best("Clusters meet Regions workshop: Tampere")
    assert match.item.id == "cmr-tampere-2023"
    assert match.question_cover == pytest.approx(1.0)
    assert match.name_cover == pytest.approx(1.0)


def test_a_year_the_item_lacks_is_a_conflict() -> None:
    assert match_for("eccp conference 2019", "eccp-annual-conference-2022").conflict


def test_the_item_own_year_is_no_conflict() -> None:
    match = best("eccp conference 2022")
    assert match.item.id == "eccp-annual-conference-2022"
    assert not match.conflict


def test_a_conflict_halves_the_score() -> None:
    right = match_for("eccp conference 2022", "eccp-annual-conference-2022")
    wrong = match_for("eccp conference 2019", "eccp-annual-conference-2022")
    assert wrong.score < right.score / 1.5


def test_a_number_other_than_the_one_in_the_name_is_a_conflict() -> None:
    assert match_for("cluster 6 call", "horizon-cl4-2022").conflict


def test_the_number_in_the_name_picks_the_item() -> None:
    match = best("cluster 4 call")
    assert match.item.id == "horizon-cl4-2022"
    assert not match.conflict


def test_a_number_is_no_conflict_for_an_item_without_numbers() -> None:
    assert not match_for("cluster 6 call", "euroclusters-open-call-smes-2023").conflict


@pytest.mark.parametrize(
    ("known", "with_unknown"),
    [
        ("cmr porto", "cmr porto bananas"),
        ("eccp conference prague", "eccp conference vienna"),
        ("twin transition brief", "twin transition brief fisheries"),
    ],
)
def test_unknown_words_lower_question_cover(known: str, with_unknown: str) -> None:
    assert best(with_unknown).question_cover < best(known).question_cover


def test_a_place_the_item_is_not_in_leaves_too_much_unexplained() -> None:
    assert best("eccp conference vienna").question_cover < 0.7


@pytest.mark.parametrize("query", ["xyzzy", "tell joke", "weather"])
def test_words_no_item_shares_find_nothing(query: str) -> None:
    assert find(query) == []


def test_no_words_find_nothing() -> None:
    assert INDEX.find([]) == []


QUERIES = [
    "eccp",
    "eccp conference 2019",
    "cluster 6 call",
    "cluster 4 call",
    "clsuter meet regions porto",
    "clusters",
    "call",
    "2022",
    "workshop tampere porto prague 2023",
    "twin transition brief fisheries",
]


@pytest.mark.parametrize("query", QUERIES)
def test_scores_and_covers_are_within_zero_and_one(query: str) -> None:
    for match in find(query, limit=len(KNOWLEDGE)):
        assert 0.0 <= match.score <= 1.0
        assert 0.0 <= match.question_cover <= 1.0
        assert 0.0 <= match.name_cover <= 1.0


@pytest.mark.parametrize("query", QUERIES)
def test_matches_come_best_first_within_the_limit(query: str) -> None:
    matches = find(query, limit=2)
    assert len(matches) <= 2
    assert [m.score for m in matches] == sorted((m.score for m in matches), reverse=True)


def test_the_vocabulary_holds_item_words_stemmed_and_folded() -> None:
    vocabulary = INDEX.vocabulary()
    assert {"cluster", "tampere", "eccp", "porto", "eurocluster", "lodz"} <= vocabulary


@pytest.mark.parametrize(
    ("word", "low", "high"),
    [("tampere", 100, 100), ("tamepre", 50, 99), ("xyzzy", 0, 0)],
)
def test_best_likeness_says_how_much_a_word_looks_like_an_item_word(
    word: str, low: float, high: float
) -> None:
    assert low <= INDEX.best_likeness(word) <= high


def test_an_empty_knowledge_matches_nothing() -> None:
    assert MatchIndex(knowledge()).find(["eccp"]) == []


def test_an_inflected_form_finds_the_word_of_a_name() -> None:
    # Polish, Czech, German names change their endings: "Krajowy Klaster Kluczowy".
    index = MatchIndex(
        knowledge(call("kkk", "Krajowe Klastry Kluczowe", at("2025-03-14T15:00+01:00")))
    )
    assert index.forms("krajowy") == ("krajowe",)
    assert index.forms("kluczowego") == ("kluczowe",)


def test_a_typo_in_a_plural_finds_its_singular_token() -> None:
    # "citeis": the plural rule turns the typo into "citei", which is no word at all.
    index = MatchIndex(knowledge(event("ewrc", "European Week of Regions and Cities")))
    assert index.forms("citeis") == ("city",)


def test_a_policy_brief_is_a_kind_not_a_name() -> None:
    index = MatchIndex(knowledge(brief("b", "Policy brief: the impact of clusters")))
    assert all("policy" not in name for name in index.names(0))


def test_small_words_of_other_languages_are_not_name_words() -> None:
    # "dei" of "Giornata Nazionale dei Cluster" must not pick the day for an Italian question.
    index = MatchIndex(knowledge(event("ctn", "Giornata Nazionale dei Cluster Tecnologici")))
    assert all("dei" not in name for name in index.names(0))


def test_a_two_letter_part_of_a_hyphenated_word_is_not_a_name_word() -> None:
    # "co" of "Co-Innovation" is Polish for "what"; the joined word still names the item.
    index = MatchIndex(knowledge(event("bf", "Business Finland webinar: Co-Innovation funding")))
    assert all("co" not in name for name in index.names(0))
    assert any("coinnovation" in name for name in index.names(0))
