"""Typos in question words ("wesbite", "deadilne") corrected before items are matched.

Question words come from a small closed vocabulary, so a misspelt one can be
put right with confidence, unless the word looks more like an item's word
('spply' is nearer 'supply' than 'apply') or is itself a real word.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA, Indel

from bot.answering.question_words import (
    CLOSED_VOCABULARY,
    LINK,
    REGISTER,
    STOPWORDS,
    STRONG_ABOUT,
    WHEN,
    WHEN_FIRST,
    WHERE,
)

# Words spelt right are never typos of question words: "were" is not "where".
_NOT_TYPOS = CLOSED_VOCABULARY | STOPWORDS


def correct_question_words(
    words: Sequence[str], item_likeness: Callable[[str], float] = lambda _: 0.0
) -> list[str]:
    """Fix typos in question words ('wesbite' -> 'website').

    A word that looks more like an item's word ('spply' is nearer 'supply' than
    'apply') is left for item matching; `item_likeness` gives that similarity
    (100 for a word an item has, 0 for none).
    """
    asking = any(w in _asking_words() for w in words)
    return [w if w in _NOT_TYPOS else _corrected(w, item_likeness, asking) for w in words]


def _corrected(word: str, item_likeness: Callable[[str], float], asking: bool) -> str:
    """The question word a typo stands for; a tie goes to the item if the clause already asks.

    "nordic clustr sumit 2027 dates": 'sumit' is as near 'summit' as 'submit',
    and 'dates' already asks, so the typo is more likely the name's word.
    """
    found = _closest_question_word(word)
    if found is None:
        return word
    best, similarity = found
    likeness = item_likeness(word)
    return best if similarity > likeness or (similarity == likeness and not asking) else word


@lru_cache(maxsize=1)
def _asking_words() -> frozenset[str]:
    """One-word question phrases: a clause with one of them asks without any typo's help."""
    strong = (WHEN_FIRST, REGISTER, LINK, STRONG_ABOUT, WHERE, WHEN)  # not 'info', 'day'
    return frozenset(p[0] for phrases in strong for p in phrases if len(p) == 1)


@lru_cache(maxsize=16384)
def _closest_question_word(word: str) -> tuple[str, float] | None:
    """The question word a typo stands for, with its similarity (0-100), if any."""
    if len(word) < 4 or word.isdigit():
        return None
    best = min(CLOSED_VOCABULARY, key=lambda v: (OSA.distance(word, v, score_cutoff=2), v))
    limit = 1 if len(word) < 8 else 2
    if OSA.distance(word, best) > limit or abs(len(best) - len(word)) > 2 or len(best) < 4:
        return None  # a three-letter word is no typo target: 'form' is not 'for'

    if _substitution_only(word, best):
        return None  # 'summit' is a word, not a typo of 'submit'; typists swap, add or drop
    return best, Indel.normalized_similarity(word, best) * 100


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(a: str, b: str) -> bool:
    """Whether two letters sit next to each other on a QWERTY keyboard."""
    spots = {c: (r, i) for r, row in enumerate(_KEYBOARD_ROWS) for i, c in enumerate(row)}
    if a not in spots or b not in spots:
        return False
    (ra, ia), (rb, ib) = spots[a], spots[b]
    return abs(ra - rb) <= 1 and abs(ia - ib) <= 1


def _substitution_only(word: str, other: str) -> bool:
    """A one-letter swap for a letter that is not a neighbouring key: another word, not a typo."""
    if len(word) != len(other) or sorted(word) == sorted(other):
        return False
    pairs = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
    return not (len(pairs) == 1 and _neighbours(*pairs[0]))
