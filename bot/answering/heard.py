"""The question as the index hears it: for each word, the index tokens it may stand for.

Built once per question; the evidence for every candidate item reads it.
Relative years ("this year", "next year's edition") are heard as the year
they mean, as a hint that picks an edition but never rules one out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from bot.answering.item_words import NAME_STOPWORDS
from bot.answering.matching import MatchIndex
from bot.answering.question import Question
from bot.answering.question_words import CLOSED_VOCABULARY, MONTHS, STOPWORDS
from bot.answering.roles import GREETINGS, KIND_NOUNS, NUMBERED_NOUNS, THANKS, TIME_MODIFIERS
from bot.answering.text import canonical, stem

RELATIVE_YEARS = {"this": 0, "next": 1, "last": -1, "coming": 1, "previous": -1}


@dataclass(frozen=True, slots=True)
class Heard:
    """Words, their index tokens, and where each token is said."""

    question: Question
    forms: tuple[tuple[str, ...], ...]
    where: Mapping[str, tuple[int, ...]]
    hints: frozenset[int]
    tokens: tuple[str, ...]  # each word stemmed, ordinals as numbers
    kinds: tuple[str, ...]  # the kind noun each word is, or ''

    @property
    def words(self) -> tuple[str, ...]:
        """The question's folded words."""
        return self.question.words

    def clause(self, i: int) -> int:
        """The clause the i-th word is in."""
        return self.question.clauses[i]

    def naming_word(self, i: int) -> bool:
        """Whether the i-th word could name something: no function, question or greeting word."""
        word = self.words[i]
        return not (
            len(word) <= 2
            or word.isdigit()
            or word in STOPWORDS
            or word in NAME_STOPWORDS
            or word in CLOSED_VOCABULARY
            or word in GREETINGS
            or word in THANKS
        )


def hear(question: Question, index: MatchIndex, now: datetime) -> Heard:
    """Look every word of the question up in the index once."""
    question = _short_years(question, index)
    forms = [index.forms(w) for w in question.words]
    for i in range(len(question.words) - 1):  # "go-cluster" (or "go cluster"): "gocluster"
        joined = canonical(stem(question.words[i] + question.words[i + 1]))
        if index.knows(joined):
            forms[i] = tuple(dict.fromkeys((*forms[i], joined)))
            forms[i + 1] = tuple(dict.fromkeys((*forms[i + 1], joined)))
    hints: set[int] = set()
    for i in range(1, len(question.words)):
        shift = RELATIVE_YEARS.get(question.words[i - 1])
        if shift is not None and question.words[i] in {"year", "years"}:
            forms[i] = (str(now.year + shift),)
            hints.add(i)
    where: dict[str, list[int]] = {}
    for i, found in enumerate(forms):
        for token in found:
            where.setdefault(token, []).append(i)
    said = tuple(canonical(stem(w)) for w in question.words)
    kinds = tuple(_kind(question.words, said, forms, i) for i in range(len(said)))
    spots = {t: tuple(p) for t, p in where.items()}
    return Heard(question, tuple(forms), spots, frozenset(hints), said, kinds)


def _short_years(question: Question, index: MatchIndex) -> Question:
    """'EWRC 26 over?', 'regions week 27': two digits after a name are its year, if one has it.

    Only when the knowledge has that year and no name has the number itself,
    and the word before is a name's word, not one that numbers ("module 26").
    """
    found = list(question.words)
    for i in range(1, len(found)):
        word, before = found[i], found[i - 1]
        year = f"20{word}"
        if not (len(word) == 2 and word.isdigit() and 20 <= int(word) <= 49):
            continue
        if stem(before) in NUMBERED_NOUNS or before in MONTHS or _word(found, i + 1) in MONTHS:
            continue
        if index.knows(year) and not index.knows(word) and index.forms(before):
            found[i] = year
    return replace(question, words=tuple(found)) if found != list(question.words) else question


def _word(found: list[str], i: int) -> str:
    return found[i] if 0 <= i < len(found) else ""


def _kind(
    words: tuple[str, ...], said: tuple[str, ...], forms: list[tuple[str, ...]], i: int
) -> str:
    """The kind noun a word is ('' if none), read through typos ('confrence')."""
    if said[i] in {"day", "week"} and i > 0 and words[i - 1] in TIME_MODIFIERS:
        return ""  # "last week", "every day": a time, not a kind of event
    if said[i] in KIND_NOUNS:
        return said[i]
    return next((f for f in forms[i] if f in KIND_NOUNS), "")
