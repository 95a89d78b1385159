"""A question as words in clauses, with the clause that asks it.

People put context first and the question last: "I watched the Vinnova webinar
in May, but when is the actual Vinnväxt deadline?".  Punctuation and "but"
split a message into clauses; the last clause with a question phrase is the
focus, and an item named there wins over one named only as context.
Shorthand ("reg", "conf") is read as the word it stands for, and a name glued
to its year ("tci2025") as two words.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from bot.answering.intents import question_phrases
from bot.answering.question_words import CLOSED_VOCABULARY, MONTHS, STOPWORDS, find_phrases
from bot.answering.roles import ABBREVIATIONS, CARDINALS, GREETINGS, NUMBERED_NOUNS, THANKS
from bot.answering.text import ORDINALS, fold, fuzzy_ordinal, stem, words

_CLAUSE_BREAK = re.compile(
    r"[,;?!.()\[\]…]+|\s[-–—]\s|\bbut\b|\bhowever\b|\banyway\b"
    r"|\b(?:and|so|then)\s+(?=(?:when|where|what|which|how|who|is|are|can|could|do|does|did"
    r"|tell|give|show|send)\b)"
)  # "... an agency in Navarra and when is the ECCP conference?": the question starts at "when"
_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]{1,7}\b")
_TITLED = re.compile(r"(?<=[\w,;] )[A-ZÀ-Ý][a-zà-ÿ]+")  # not the first word of a sentence
_SHORT_YEAR = re.compile(r"['\u2019\u2018](\d\d)\b")  # "EWRC '26", "EWRC'27": a year
_GLUED_YEAR = re.compile(r"^([a-z]{2,})((?:19|20)\d\d)$")
_ORDINAL_DAY = re.compile(r"(?<=\d)(st|nd|rd|th)$")
_WH = frozenset(
    "when where what whats which who how is are can could do does did has have will until".split()
)


@dataclass(frozen=True, slots=True)
class Question:
    """Folded words, the clause of each word, and the focus clause."""

    words: tuple[str, ...]
    clauses: tuple[int, ...]
    focus: int
    capitals: frozenset[str] = frozenset()  # words written in capitals ("ECCP"), folded
    titled: frozenset[str] = frozenset()  # words written with a capital inside a sentence

    @cached_property
    def clause_count(self) -> int:
        """How many clauses the question has (at least one)."""
        return (max(self.clauses) + 1) if self.clauses else 1

    def clause_weight(self, clause: int) -> float:
        """How much a word in this clause says about what is asked: the focus most."""
        if clause == self.focus:
            return 1.0
        if clause < self.focus:
            return 0.4 ** (self.focus - clause)
        return 0.3


def parse(text: str, correct: Callable[[list[str]], list[str]] = list) -> Question:
    """Split a question into folded words and clauses, and find its focus.

    `correct` fixes typos in question words first, so "wehn is it" still asks.
    """
    capitals = frozenset(fold(w) for w in _CAPITALS.findall(text))  # "COSME" is no typo
    found: list[str] = []
    clauses: list[int] = []
    asking: list[int] = []
    for part in _CLAUSE_BREAK.split(_SHORT_YEAR.sub(r" 20\1", fold(text))):
        typed = without_days(spelt_numbers(expand(words(part))))
        part_words = [
            w if w in capitals else c for w, c in zip(typed, correct(typed), strict=True)
        ]
        if not part_words:
            continue
        if asking and _trailing(part_words):
            found += part_words  # "(AEI) 2031", "2021 to 2024": part of the clause before
            clauses += [len(asking) - 1] * len(part_words)
            continue
        clause = len(asking)
        asking.append(clause if asks(part_words) else -1)
        found += part_words
        clauses += [clause] * len(part_words)
    marked = [c for c in asking if c >= 0]
    focus = marked[-1] if marked else max(len(asking) - 1, 0)
    titled = frozenset(fold(w) for w in _TITLED.findall(text))
    return Question(tuple(found), tuple(clauses), focus, capitals, titled)


def spelt_numbers(found: Sequence[str]) -> list[str]:
    """A number word after a noun that is numbered is the figure: 'module two' -> 'module 2'.

    Elsewhere "one" stays a word ("the one in Brussels").
    """
    return [
        CARDINALS[w] if w in CARDINALS and i and stem(found[i - 1]) in NUMBERED_NOUNS else w
        for i, w in enumerate(found)
    ]


def without_days(found: Sequence[str]) -> list[str]:
    """A day of the month beside its month is dropped: 'on 3 December', 'December 3rd'.

    It says when, never which item ("the meeting on 3 December" is no third
    meeting), and a lone number would read as a number the name lacks.  A
    number after a numbered noun stays ("module 3 in December").
    """
    return [w for i, w in enumerate(found) if not _day_of_month(found, i)]


def _day_of_month(found: Sequence[str], i: int) -> bool:
    day = _ORDINAL_DAY.sub("", found[i])
    if not (day.isdigit() and 1 <= int(day) <= 31):
        return False
    if i and stem(found[i - 1]) in NUMBERED_NOUNS:
        return False
    after = found[i + 2] if i + 2 < len(found) and found[i + 1] == "of" else _at(found, i + 1)
    before = _at(found, i - 1) if i else ""
    return after in MONTHS or (before in MONTHS and before != "may")


def _at(found: Sequence[str], i: int) -> str:
    return found[i] if 0 <= i < len(found) else ""


def expand(found: Sequence[str]) -> list[str]:
    """Shorthand as the words it stands for; a name glued to its year as two words."""
    result: list[str] = []
    for word in found:
        glued = _GLUED_YEAR.match(word)
        if glued and word not in CLOSED_VOCABULARY:
            result += [glued.group(1), glued.group(2)]
        else:
            result += ABBREVIATIONS.get(word, (word,))
    return result


def _trailing(part_words: Sequence[str]) -> bool:
    """A bit cut off by punctuation that asks nothing and names nothing: "(AEI) 2025 thanks!"."""
    if asks(part_words):
        return False
    return len(part_words) == 1 or all(
        w.isdigit()
        or w in STOPWORDS
        or w in THANKS
        or w in GREETINGS
        or w in _ROUND_BITS
        or fuzzy_ordinal(w) is not None
        for w in part_words
    )


# ", second cut-off 2031": the end of a name, saying which round
_ROUND_BITS = frozenset(ORDINALS) | frozenset("round edition cut off cutoff part phase".split())


def asks(clause_words: Sequence[str]) -> bool:
    """Whether a clause holds a question word or phrase ("when", "link to", "did I miss")."""
    return bool(_WH.intersection(clause_words)) or any(
        find_phrases(clause_words, phrases) for phrases in question_phrases()
    )
