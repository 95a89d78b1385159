"""Turning free text into comparable tokens: case, accents, punctuation, plurals, ordinals.

Questions and knowledge go through the same functions, so "Łódź", "lodz" and
"LODZ" meet as one token, and "workshops" finds "Workshop".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that Unicode decomposition leaves alone but people type without marks.
_TRANSLITERATION = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "’": "'",
    }
)
_NON_WORD = re.compile(r"[^a-z0-9]+")
_ORDINAL_SUFFIX = re.compile(r"^(\d+)(st|nd|rd|th)$")
_SEGMENT = re.compile(r"[:—–(),;]| - ")
_NAME_PART = re.compile(r"[:—–()]| - ")  # not commas: "Digital, Industry and Space" is one part

ORDINALS = {
    "first": "1",
    "second": "2",
    "third": "3",
    "fourth": "4",
    "fifth": "5",
    "sixth": "6",
    "seventh": "7",
    "eighth": "8",
    "ninth": "9",
    "tenth": "10",
}


def fold(text: str) -> str:
    """Lower-case text without accents: 'Łódź' -> 'lodz'."""
    if text.isascii():
        return text.lower()  # most text: nothing to decompose, ten times faster
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.translate(_TRANSLITERATION)


def words(text: str) -> list[str]:
    """Folded words, punctuation removed; apostrophes join ("what's" -> "whats")."""
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w for w in _NON_WORD.split(fold(text).replace("'", "")) if w)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light English stemmer: plurals only, which is what names and questions differ by."""
    if word.isdigit() or len(word) <= 3:
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def canonical(word: str) -> str:
    """Ordinals become numbers so 'second', '2nd' and '2' agree."""
    if word in ORDINALS:
        return ORDINALS[word]
    match = _ORDINAL_SUFFIX.match(word)
    return match.group(1) if match else word


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[str, ...]:
    return tuple(canonical(stem(w)) for w in words(text))


def tokens(text: str) -> list[str]:
    """Words of `text` as the index compares them: folded, stemmed, ordinals as numbers."""
    return list(_tokens(text))


def is_year(token: str) -> bool:
    """Four digits that read as a year of this era."""
    return len(token) == 4 and token.isdigit() and token[:2] in {"19", "20"}


def is_number(token: str) -> bool:
    """A bare whole number such as '4' or '13' (years count separately)."""
    return token.isdigit() and not is_year(token)


def segments(text: str) -> list[str]:
    """The parts of a title people use as names on their own ('X: Y (Z)' -> X, Y, Z)."""
    return [part for part in _NAME_PART.split(text) if part.strip()]


def fuzzy_ordinal(word: str) -> str | None:
    """An ordinal typed with one slip ('secnd', 'thrid') as its number.

    A letter dropped, doubled or swapped; not a letter changed, which makes
    other words ('fifty' is not 'fifth').
    """
    if len(word) < 5 or word in ORDINALS:
        return None
    for ordinal, number in ORDINALS.items():
        if abs(len(ordinal) - len(word)) <= 1 and _one_edit(word, ordinal):
            return number
    return None


def _one_edit(a: str, b: str) -> bool:
    """Whether two words differ by one inserted, deleted or swapped letter."""
    if a == b:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        swap = len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]]
        return swap and a[diff[1]] == b[diff[0]]
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def leading_acronyms(text: str) -> set[str]:
    """Acronyms of a whole part of a name, or of its first words: 'eccp', 'een', 'pri'.

    Only leading runs: the tail of "... cluster internationalisation in the
    Baltic Sea Region" spells 'bsr', but that names the region, not the item.
    """
    found: set[str] = set()
    for part in _NAME_PART.split(text):
        initials = [w[0] for w in words(part) if w not in _ACRONYM_FILLER and not w.isdigit()]
        found |= {"".join(initials[:size]) for size in range(3, min(6, len(initials)) + 1)}
    return found


_ACRONYM_FILLER = frozenset("a an the of for to in on at by with and or from".split())


def acronyms(text: str, stopwords: frozenset[str]) -> set[str]:
    """Acronyms of 3-6 words at the start or end of a name's part: 'eccp', 'cmr', 'ewrc'.

    People shorten a name by the capitals of a run of its words, and that run
    starts or ends where the name (or a part after ':' or '—') does.  Runs in
    the middle would invent acronyms nobody uses ('Expression of Interest:
    Clusters' is not 'EIC').
    """
    found: set[str] = set()
    for part in _SEGMENT.split(text):
        initials = [w[0] for w in words(part) if w not in stopwords and not w.isdigit()]
        for size in range(3, min(6, len(initials)) + 1):
            found.add("".join(initials[:size]))
            found.add("".join(initials[-size:]))
    return found
