"""Reading a question written in another language: its question words glossed into English.

The engine's word roles (question words, list signals, months, kinds, status)
are English.  A German, French, Spanish, Italian or Polish question is read by
replacing the words that ask (“wann”, “quels événements”, “w przyszłym
miesiącu”) with the English words of the same role, and leaving every other
word as written: names, places, acronyms and years are the item's own and
mean the same in any language.  A word that some item's name contains is never
glossed ("Giornata", "Tag", "Konferenz" in a title stay as they are), so the
knowledge's own wording wins over the dictionary.

Each language is a `Lexicon`: phrases mapped to English (an empty gloss drops a
small word), stems for inflected forms ("wydarze*"), and for German the rule
that an unknown compound is read by its known tail ("Einreichungsfrist" ->
"frist" -> "deadline").  Unknown words with one slip are read as the nearest
lexicon word.  The same tables guess which language a question is in.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cached_property, lru_cache

from rapidfuzz.distance import OSA, Indel
from rapidfuzz.process import extract, extractOne

from bot.answering.text import fold

Words = tuple[str, ...]
Likeness = Callable[[str], float]  # 0-100: how much a word looks like a word of some item
_TOKEN = re.compile(r"[^\W_]+|[\W_]+")
_APOSTROPHES = re.compile(r"['’`´]")
_JOINER = re.compile(r"^(\s+|-)$")  # words of one phrase: "la semaine prochaine", "est-ce"
MIN_TYPO_LENGTH = 5  # shorter words are too easily another word with one slip
MIN_GUESS_SLIP = 6  # a slip tells the language only in a longer word
MIN_TAIL = 4  # the shortest known tail that reads a German compound
SHORT_WORD = 3  # "a", "de", "la", "en": in some name, yet they never make a phrase a name


def entries(text: str) -> dict[str, str]:
    """A lexicon table from lines 'english gloss: phrase | phrase | ...'.

    An empty gloss (': der | die | das') drops the phrases; a phrase ending in '*'
    is a stem that any ending may follow.  Lines starting with '#' are notes.
    """
    table: dict[str, str] = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        gloss, _, phrases = line.partition(":")
        for phrase in phrases.split("|"):
            key = " ".join(fold(_APOSTROPHES.sub(" ", phrase)).split())
            if key:
                table[key] = gloss.strip()
    return table


@dataclass(frozen=True)
class Lexicon:
    """What one language's questions say, in the English words of the same role."""

    language: str
    phrases: Mapping[str, str]
    markers: frozenset[str] = frozenset()  # words that say the language without a gloss
    letters: str = ""  # letters that hint at the language ("ß", "ñ", "ł")
    compounds: bool = False  # an unknown long word is read by its known tail
    endings: tuple[str, ...] = ()  # inflection endings removed before a second look

    @cached_property
    def exact(self) -> dict[Words, str]:
        """Phrases without stems, as word tuples."""
        return {tuple(k.split()): v for k, v in self.phrases.items() if "*" not in k}

    @cached_property
    def stems(self) -> tuple[tuple[Words, str], ...]:
        """Phrases with a stem word ('wydarze*'), longest first."""
        found = [(tuple(k.split()), v) for k, v in self.phrases.items() if "*" in k]
        return tuple(sorted(found, key=lambda p: -len(p[0])))

    @cached_property
    def longest(self) -> int:
        """The most words any phrase has."""
        return max((len(k) for k in (*self.exact, *(s for s, _ in self.stems))), default=1)

    @cached_property
    def single_words(self) -> tuple[str, ...]:
        """One-word phrases, for reading typos and compound tails."""
        return tuple(k[0] for k in self.exact if len(k) == 1 and len(k[0]) >= MIN_TAIL)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the lexicon's phrases and its markers (stems without their '*')."""
        said = {w.rstrip("*") for k in self.phrases for w in k.split()}
        return frozenset(said | self.markers)

    def match(self, words: Words, start: int) -> tuple[int, str] | None:
        """The longest phrase at `start`: how many words it takes and its gloss."""
        for size in range(min(self.longest, len(words) - start), 0, -1):
            gloss = self.exact.get(words[start : start + size])
            if gloss is not None:
                return size, gloss
            for phrase, stem_gloss in self.stems:
                if len(phrase) == size and _stem_match(phrase, words[start : start + size]):
                    return size, stem_gloss
        return None

    def read_word(self, word: str, likeness: Likeness | None = None) -> str | None:
        """An unknown word read through an ending, a compound's tail, or one slip.

        A slip is read as the lexicon word it is nearest (an added or dropped
        letter before a changed one: "limte" is "limite", not "liste"), unless the
        word looks at least as much like a word of some item ("expres" is the
        name's "express"): `likeness` gives that, 0-100.
        """
        for ending in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= 3:
                found = self.match((word[: -len(ending)],), 0)
                if found is not None:
                    return found[1]
        if self.compounds and len(word) >= MIN_TAIL + 3:
            for cut in range(3, len(word) - MIN_TAIL + 1):
                found = self.match((word[cut:],), 0)
                if found is not None and found[1]:
                    return found[1]
        best = self.slip(word)
        if best is not None and _likeness(word, best) > (likeness(word) if likeness else 0):
            return self.exact[(best,)]
        return None

    def slip(self, word: str) -> str | None:
        """The lexicon word an unknown word is one slip from (two when long), nearest first."""
        if len(word) < MIN_TYPO_LENGTH or not self.single_words:
            return None
        slips = 2 if len(word) >= 9 else 1
        near = extract(word, self.single_words, scorer=OSA.distance, score_cutoff=slips)
        return max((n[0] for n in near), key=lambda n: _likeness(word, n), default=None)


def _likeness(word: str, other: str) -> float:
    """0-100, counting a changed letter as two slips: typists add and drop letters more."""
    return Indel.normalized_similarity(word, other) * 100


def _stem_match(phrase: Words, words: Words) -> bool:
    return all(
        w.startswith(p[:-1]) if p.endswith("*") else w == p
        for p, w in zip(phrase, words, strict=True)
    )


def gloss(
    text: str, lexicon: Lexicon, keep: Callable[[str], bool], likeness: Likeness | None = None
) -> str:
    """The question with its words in `lexicon` replaced by their English glosses.

    `keep(folded_word)` says a word belongs to some item's name: it stays as written;
    `likeness` says how much an unknown word looks like an item's (a typo of a name).
    """
    pieces = _TOKEN.findall(_APOSTROPHES.sub(" ", text))
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if not piece[0].isalnum():
            out.append(piece)
            i += 1
            continue
        run = _word_run(pieces, i, lexicon.longest)
        folded = tuple(fold(pieces[j]) for j in run)
        found = _phrase_at(folded, lexicon, keep)
        if found is not None:
            out.append(found[1])
            i = run[found[0] - 1] + 1
            continue
        read = (
            None
            if keep(folded[0]) or folded[0].isdigit()
            else lexicon.read_word(folded[0], likeness)
        )
        out.append(piece if read is None else read)
        i += 1
    return _tidy("".join(out))


def _phrase_at(
    folded: Words, lexicon: Lexicon, keep: Callable[[str], bool]
) -> tuple[int, str] | None:
    """The longest phrase at the run's start that says no word of an item's name.

    A short word ("a", "de", "la") that some name holds does not make a phrase
    a name: "quand *a* lieu", "*de* quoi parle", "*en* mai" are still read, though
    the short word alone stays as written.
    """
    free = 0
    while free < len(folded) and (
        not keep(folded[free]) or (len(folded[free]) <= SHORT_WORD and len(folded) > 1)
    ):
        free += 1
    while free > 0:
        found = lexicon.match(folded[:free], 0)
        if found is None:
            return None
        if not all(keep(w) for w in folded[: found[0]]):
            return found
        free = found[0] - 1
    return None


def _word_run(pieces: list[str], start: int, most: int) -> list[int]:
    """Indexes of up to `most` words from `start` separated by spaces or a hyphen ("est-ce")."""
    run = [start]
    j = start + 1
    while len(run) < most and j + 1 < len(pieces) and _JOINER.match(pieces[j]):
        run.append(j + 1)
        j += 2
    return run


def _tidy(text: str) -> str:
    """Spaces left by dropped words closed up."""
    text = re.sub(r"[ \t]{2,}", " ", text)
    return re.sub(r" +([,;?!.])", r"\1", text).strip()


def guess_language(
    text: str,
    lexicons: Mapping[str, Lexicon],
    english: frozenset[str],
    keep: Callable[[str], bool],
) -> str | None:
    """The language the question's own words are in, or None when they do not tell.

    Words of item names are not counted ("Journée des pôles" in a German question
    says nothing of the asker's language); a word two languages share counts for both;
    a long word no language knows counts half for each it is a slip from
    ("inscritpion module 1 berlin"), unless the word slipped from is English too.
    """
    said = [w for w in (fold(p) for p in _TOKEN.findall(_APOSTROPHES.sub(" ", text))) if w]
    said = [w for w in said if w.isalpha() and not keep(w)]
    raw = " ".join(p for p in text.split() if not keep(fold(p)))
    scores = {"en": float(sum(1 for w in said if w in english))}
    unknown = [
        w
        for w in said
        if len(w) >= MIN_GUESS_SLIP
        and w not in english
        and not any(w in lexicon.vocabulary for lexicon in lexicons.values())
        and not _english_slip(w, english)
    ]
    for language, lexicon in lexicons.items():
        hits = sum(1 for w in said if w in lexicon.vocabulary)
        slips = sum(1 for w in unknown if _slips_from(lexicon, w, english))
        hints = sum(1 for c in raw.lower() if c in lexicon.letters)
        scores[language] = hits + 0.5 * slips + 0.5 * min(hints, 2)
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > 0 and top > second else None


def _slips_from(lexicon: Lexicon, word: str, english: frozenset[str]) -> bool:
    """Whether a word is a slip from a word of the lexicon that English does not share."""
    found = lexicon.slip(word)
    return found is not None and found not in english


def _english_slip(word: str, english: frozenset[str]) -> bool:
    """Whether a word is one slip from an English word ("registr"): it tells no other language."""
    return extractOne(word, _sorted(english), scorer=OSA.distance, score_cutoff=1) is not None


@lru_cache(maxsize=4)
def _sorted(words: frozenset[str]) -> tuple[str, ...]:
    return tuple(sorted(words))
