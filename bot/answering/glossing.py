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
from functools import cached_property

from rapidfuzz.distance import OSA
from rapidfuzz.process import extractOne

from bot.answering.text import fold

Words = tuple[str, ...]
_TOKEN = re.compile(r"[^\W_]+|[\W_]+")
_APOSTROPHES = re.compile(r"['’`´]")
_SPACE_ONLY = re.compile(r"^\s+$")
MIN_TYPO_LENGTH = 5  # shorter words are too easily another word with one slip
MIN_TAIL = 4  # the shortest known tail that reads a German compound


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
    # An inflected name's ending and the name's own: Polish ("ie", "a") reads
    # "Warszawie" as "Warszawa", ("ie", "") "Berlinie" as "Berlin", ("dze", "ga") "Anudze".
    name_endings: tuple[tuple[str, str], ...] = ()

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
        """Every word of the lexicon's phrases and its markers (stems without their '*').

        A word of one or two letters counts only as a phrase of its own: inside
        a phrase ("pokaż mi", "da się") it is as likely another language's.
        """
        said = {
            w.rstrip("*")
            for k in self.phrases
            for w in k.split()
            if len(w.rstrip("*")) > 2 or " " not in k
        }
        return frozenset(said | self.markers)

    def name_form(self, word: str, keep: Callable[[str], bool]) -> str | None:
        """The name's word that `word` inflects ('berlinie' -> 'berlin'), if `keep` knows it."""
        for ending, base in self.name_endings:
            stem = word[: -len(ending)]
            name = stem + base
            fits = word.endswith(ending) and len(stem) >= 3 and len(name) >= MIN_TAIL
            if fits and name != word and keep(name):
                return name
        return None

    def says(self, word: str, keep: Callable[[str], bool]) -> bool:
        """Whether a folded word is the language's own: a phrase's word, or a stem's form.

        A stem's form that is a name's word inflected ("krajowy" for a name's
        "Krajowe") is the name's, not the asker's language.
        """
        if word in self.vocabulary:
            return True
        return self.match((word,), 0) is not None and self.name_form(word, keep) is None

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

    def read_word(self, word: str) -> str | None:
        """An unknown word read through an ending, a compound's tail, or one slip."""
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
        if len(word) < MIN_TYPO_LENGTH:
            return None
        slips = 2 if len(word) >= 9 else 1
        best = None
        if self.single_words:
            best = extractOne(word, self.single_words, scorer=OSA.distance, score_cutoff=slips)
        stem = self._slipped_stem(word)
        if stem is not None and (best is None or stem[0] < best[1]):
            return stem[1]
        return None if best is None else self.exact[(best[0],)]

    @cached_property
    def one_word_stems(self) -> tuple[tuple[str, str], ...]:
        """Stems of one word long enough to be read through a slip ('nadchodz*'), with glosses."""
        return tuple(
            (phrase[0][:-1], gloss)
            for phrase, gloss in self.stems
            if len(phrase) == 1 and len(phrase[0]) > MIN_TYPO_LENGTH
        )

    def _slipped_stem(self, word: str) -> tuple[int, str] | None:
        """The stem the word starts with but for one slip ('nachodzące' -> 'nadchodz*')."""
        found: tuple[int, str] | None = None
        for stem, gloss in self.one_word_stems:
            for cut in (len(stem) - 1, len(stem), len(stem) + 1):
                slips = OSA.distance(word[:cut], stem, score_cutoff=1)
                if cut <= len(word) and slips <= 1 and (found is None or slips < found[0]):
                    found = (slips, gloss)
        return found


def _stem_match(phrase: Words, words: Words) -> bool:
    return all(
        w.startswith(p[:-1]) if p.endswith("*") else w == p
        for p, w in zip(phrase, words, strict=True)
    )


def gloss(
    text: str,
    lexicon: Lexicon,
    keep: Callable[[str], bool],
    english: frozenset[str] = frozenset(),
) -> str:
    """The question with its words in `lexicon` replaced by their English glosses.

    `keep(folded_word)` says a word belongs to some item's name: it stays as written.
    An `english` word the lexicon lacks is the engine's already ("conference",
    "deadline" typed in a Polish question): it is never read as a slip of another.
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
        named = [_names(pieces, j, w, keep) for j, w in zip(run, folded, strict=True)]
        found = None if named[0] else _phrase(lexicon, folded, named)
        if found is not None:
            out.append(found[1])
            i = run[found[0] - 1] + 1
            continue
        as_is = named[0] or folded[0].isdigit() or folded[0] in english
        read = None if as_is else _read(folded[0], lexicon, keep)
        out.append(piece if read is None else read)
        i += 1
    return _tidy("".join(out))


def _phrase(lexicon: Lexicon, folded: Words, named: list[bool]) -> tuple[int, str] | None:
    """The longest phrase at the start that keeps the names inside it, or one before them."""
    found = lexicon.match(folded, 0)
    if found is None or _keeps_names(found, folded, named):
        return found
    return lexicon.match(folded[: named.index(True, 1)], 0)


def _keeps_names(found: tuple[int, str], folded: Words, named: list[bool]) -> bool:
    """Whether a phrase's gloss keeps the name words inside it ('spotkania B2B' -> 'b2b ...')."""
    said = set(found[1].split())
    return all(folded[j] in said for j in range(1, found[0]) if named[j])


def _names(pieces: list[str], j: int, folded: str, keep: Callable[[str], bool]) -> bool:
    """Whether the j-th piece of the question is a word of some item's name.

    A word of one or two letters is a name's only when typed as an acronym
    ("AI", "EU") or hyphened to another word ("Co-Innovation"): alone and in
    lower case it is the language's small word ("co", "to", "o" in Polish),
    which a title's "Co-Innovation" or "2021 to 2024" must not keep from being read.
    """
    if not keep(folded):
        return False
    hyphened = "-" in (pieces[j - 1] if j else "", pieces[j + 1] if j + 1 < len(pieces) else "")
    return len(folded) > 2 or pieces[j].isupper() or hyphened


def _read(word: str, lexicon: Lexicon, keep: Callable[[str], bool]) -> str | None:
    """An unknown word read as an inflected name ('Berlinie' -> 'berlin'), or by the lexicon."""
    return lexicon.name_form(word, keep) or lexicon.read_word(word)


def _word_run(pieces: list[str], start: int, most: int) -> list[int]:
    """Indexes of up to `most` words from `start` separated by spaces only."""
    run = [start]
    j = start + 1
    while len(run) < most and j + 1 < len(pieces) and _SPACE_ONLY.match(pieces[j]):
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
    says nothing of the asker's language); a word two languages share counts for both.
    A word a stem covers counts too ("nadchodzące").
    """
    said = [w for w in (fold(p) for p in _TOKEN.findall(_APOSTROPHES.sub(" ", text))) if w]
    said = [w for w in said if w.isalpha() and not keep(w)]
    raw = " ".join(p for p in _TOKEN.findall(text) if p[0].isalnum() and not keep(fold(p)))
    scores = {"en": float(sum(1 for w in said if w in english))}
    for language, lexicon in lexicons.items():
        hits = sum(1 for w in said if lexicon.says(w, keep))
        hints = sum(1 for c in raw.lower() if c in lexicon.letters)
        scores[language] = hits + 0.5 * min(hints, 2)
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > 0 and top > second else None
