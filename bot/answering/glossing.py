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

from bot.answering.roles import KIND_NOUNS
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
    capitalised_names: bool = False  # a capital inside a sentence marks a name, never a typo
    kind_before_name: bool = False  # "la conferenza ECCP": read as "the ECCP conference"
    unmarked: frozenset[str] = frozenset()  # glossed, but shared with neighbours: tell nothing
    yes_no_by_tone: bool = False  # "la conferenza è oggi?": a yes-or-no question keeps its order

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

        Words the language shares with its neighbours ("la", "con", "quand") are
        glossed but left out: a French "quand" says nothing for Italian.
        """
        said = {w.rstrip("*") for k in self.phrases for w in k.split()}
        return frozenset(said | self.markers) - self.unmarked

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
        if len(word) >= MIN_TYPO_LENGTH and self.single_words:
            slips = 2 if len(word) >= 9 else 1
            best = extractOne(word, self.single_words, scorer=OSA.distance, score_cutoff=slips)
            if best is not None:
                return self.exact[(best[0],)]
        return None


def _stem_match(phrase: Words, words: Words) -> bool:
    return all(
        w.startswith(p[:-1]) if p.endswith("*") else w == p
        for p, w in zip(phrase, words, strict=True)
    )


def gloss(text: str, lexicon: Lexicon, keep: Callable[[str], bool]) -> str:
    """The question with its words in `lexicon` replaced by their English glosses.

    `keep(folded_word)` says a word belongs to some item's name: it stays as written.
    A phrase of several words is glossed unless all of them are a name's words:
    "in arrivo" is a phrase even though "in" is in some title.
    """
    pieces = _TOKEN.findall(_APOSTROPHES.sub(" ", text))
    out: list[tuple[str, str]] = []  # each piece with its role: sep, kind, name or word
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if not piece[0].isalnum():
            out.append((piece, "sep"))
            i += 1
            continue
        run = _word_run(pieces, i, lexicon.longest)
        folded = tuple(fold(pieces[j]) for j in run)
        found = lexicon.match(folded, 0)
        if found is not None and (_glue(found[1]) or not all(keep(w) for w in folded[: found[0]])):
            said = found[1].split()
            out.append((found[1], "kind" if said and said[-1] in KIND_NOUNS else "word"))
            i = run[found[0] - 1] + 1
            continue
        typo = not keep(folded[0]) and _may_be_typo(pieces, i, lexicon)
        read = lexicon.read_word(folded[0]) if typo else None
        named = read is None and keep(folded[0]) and not folded[0].isdigit()
        out.append((piece if read is None else read, "name" if named else "word"))
        i += 1
    if lexicon.kind_before_name:
        out = _name_before_kind(out)
    glossed = _tidy("".join(text for text, _ in out))
    return _verb_first(glossed) if lexicon.yes_no_by_tone else glossed


_GLUE = frozenset("the a an in at of on from for with to and or is are by until".split())


def _glue(english: str) -> bool:
    """A gloss of small words only: glossed even when some title holds the word.

    No name is told by "a" or "dei" ("Giornata Nazionale *dei* Cluster"), while
    "a Parigi" must read "in paris" for the engine to see a place.
    """
    said = english.split()
    return bool(said) and all(w in _GLUE for w in said)


def _name_before_kind(out: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """'la scuola estiva ECCP' in the English order 'the ECCP summer school'.

    Where the kind noun comes before the name ("la riunione della Vanguard"),
    the engine, which checks the words after a name for a kind that does not
    fit, would not see it: the name's words are moved in front of the kind noun.
    """
    pieces = [p for p in out if p[0]]
    k = 0
    while k < len(pieces):
        start = k + 1
        if start + 2 < len(pieces) and pieces[start + 1] == ("of", "word"):
            start += 2  # "la riunione *della* Vanguard"
        end = start
        while end + 1 < len(pieces) and _NAME_JOIN.match(pieces[end][0]):
            if pieces[end + 1][1] != "name":
                break
            end += 2
        if pieces[k][1] == "kind" and end > start:
            names = pieces[start + 1 : end]
            pieces[k:end] = [*names, (" ", "sep"), (pieces[k][0], "word")]
            k += len(names) + 1
        k += 1
    return pieces


_NAME_JOIN = re.compile(r"^(\s+|-)$")  # the words of one name: "go-cluster Jahrestagung"
_YES_NO_VERBS = ("is", "are", "was", "will")
_ASKING_STARTS = frozenset(
    "when where what whats which who how why until is are was will can could do does did".split()
)


def _verb_first(glossed: str) -> str:
    """A yes-or-no question said by its tone, given the English order the engine reads.

    "la conferenza TCI è in corso?" glosses to "the conference TCI is ongoing?";
    English asks "is ... ongoing?", so the verb is said once more in front.
    """
    said = glossed.split()
    if not glossed.endswith("?") or not said or said[0].lower() in _ASKING_STARTS:
        return glossed
    verb = next((w for w in said if w in _YES_NO_VERBS), None)
    return glossed if verb is None else f"{verb} {glossed}"


def _may_be_typo(pieces: list[str], i: int, lexicon: Lexicon) -> bool:
    """Whether an unknown word may be a slip of a lexicon word rather than a name.

    Digits never are.  Where only names are capitalised (not German nouns), a
    capitalised word inside a sentence ("Parma", "COSME") is a name, not a
    typo of "parla" or "come".
    """
    word = pieces[i]
    if word.isdigit():
        return False
    if not lexicon.capitalised_names or not word[0].isupper():
        return True
    if len(word) > 1 and word.isupper():
        return False
    before = "".join(pieces[:i]).rstrip()
    return not before or before[-1] in ".!?:"


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
    """
    said = [w for w in (fold(p) for p in _TOKEN.findall(_APOSTROPHES.sub(" ", text))) if w]
    said = [w for w in said if w.isalpha() and not keep(w)]
    raw = " ".join(p for p in text.split() if not keep(fold(p)))
    scores = {"en": float(sum(1 for w in said if w in english))}
    for language, lexicon in lexicons.items():
        hits = sum(1 for w in said if w in lexicon.vocabulary)
        hints = sum(1 for c in raw.lower() if c in lexicon.letters)
        scores[language] = hits + 0.5 * min(hints, 2)
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > 0 and top > second else None
