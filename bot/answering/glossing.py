"""Reading a question written in another language: its question words glossed into English.

The engine's word roles (question words, list signals, months, kinds, status)
are English.  A German, French, Spanish, Italian or Polish question is read by
replacing the words that ask (“wann”, “quels événements”, “w przyszłym
miesiącu”) with the English words of the same role, and leaving every other
word as written: names, places, acronyms and years are the item's own and
mean the same in any language.  A word that some item's name contains is not
glossed ("Giornata", "Tag", "Konferenz" in a title stay as they are), so the
knowledge's own wording wins over the dictionary; only small words ("de",
"la") are, and a name word said with no other word of a name ("ayuda").

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

from bot.answering.question_words import CLOSED_VOCABULARY, STOPWORDS
from bot.answering.roles import KIND_NOUNS
from bot.answering.text import fold
from bot.answering.text import stem as english_stem

Words = tuple[str, ...]
_ASKING = (CLOSED_VOCABULARY | STOPWORDS) - frozenset(KIND_NOUNS)
Likeness = Callable[[str], float]  # 0-100: how much a word looks like a word of some item
_TOKEN = re.compile(r"[^\W_]+|[\W_]+")
_APOSTROPHES = re.compile(r"['’`´]")
_JOINER = re.compile(r"^(\s+|-)$")  # words of one phrase: "la semaine prochaine", "est-ce"
MIN_GUESS_SLIP = 6  # a slip tells the language only in a longer word
SHORT_WORD = 3  # "a", "de", "la", "en": in some name, yet they never make a phrase a name
_DOTTED_ORDINAL = re.compile(r"(?<![\d.])\b(\d{1,2})\.(?=[ \t]+[^\W\d_])")
MIN_TYPO_LENGTH = 5  # shorter words are too easily another word with one slip
MIN_TAIL = 5  # the shortest known tail that reads a German compound: not "ware" in "Software"
MIN_SHORT_TAIL = 4  # a shorter known tail reads a compound whose head is known too
MIN_SLIP_TARGET = 4  # the shortest lexicon word an unknown word may be a slip of


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
    dotted_ordinals: bool = False  # "4. Aufruf", "am 5. März": a number and a dot is an ordinal
    noun_endings: tuple[str, ...] = ()  # common nouns' endings, where all nouns have capitals
    shared: frozenset[str] = frozenset()  # glossed, but common in other languages: no evidence
    capitalised_names: bool = False  # a capital inside a sentence marks a name, never a typo
    kind_before_name: bool = False  # "la conferenza ECCP": read as "the ECCP conference"
    # An inflected name's ending and the name's own: Polish ("ie", "a") reads
    # "Warszawie" as "Warszawa", ("ie", "") "Berlinie" as "Berlin", ("dze", "ga") "Anudze".
    name_endings: tuple[tuple[str, str], ...] = ()
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
        return tuple(k[0] for k in self.exact if len(k) == 1 and len(k[0]) >= MIN_SLIP_TARGET)

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """Every word of the lexicon's phrases and its markers (stems without their '*').

        Words in `shared` are left out: "sie" is also Polish "się", "es" Spanish.
        A word of one or two letters counts only as a phrase of its own: inside
        a phrase ("pokaż mi", "da się") it is as likely another language's.  So is
        a word spelt as its English gloss ("digital", "innovation", "transitions"):
        it says nothing of the language it is written in.
        """
        said = {
            w.rstrip("*")
            for k, gloss in self.phrases.items()
            for w in k.split()
            if (len(w.rstrip("*")) > 2 or " " not in k) and not _cognate(w.rstrip("*"), gloss)
        }
        return frozenset(said | self.markers) - self.shared

    @cached_property
    def written(self) -> frozenset[str]:
        """Every word the lexicon's phrases are written with, English-looking ones too."""
        return frozenset(w.rstrip("*") for k in self.phrases for w in k.split())

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
        found = self.match((word,), 0)
        return (
            found is not None
            and not _cognate(word, found[1])
            and self.name_form(word, keep) is None
        )

    def asks(self, word: str) -> bool:
        """Whether the word's gloss only asks ('ayuda' -> 'help', 'quando' -> 'when').

        Such a word names nothing even where a title holds it; a word glossed into
        a kind or a topic ('Giornata' -> 'day', 'pôles' -> 'clusters') may.
        """
        gloss = self.exact.get((word,), "").split()
        return bool(gloss) and all(w in _ASKING for w in gloss)

    def small(self, word: str) -> bool:
        """Whether the lexicon drops the word or glosses it into English stopwords only."""
        gloss = self.exact.get((word,))
        return gloss is not None and all(w in STOPWORDS for w in gloss.split())

    @cached_property
    def stems_by_start(self) -> dict[tuple[int, str], tuple[tuple[int, Words, str], ...]]:
        """Stem phrases by their length and the first letters of their first word.

        Every question word is looked up once per language: a scan of all
        stems each time cost ten times the rest of answering.  The rank keeps
        the order `stems` gives (longest first, then as the table lists them).
        """
        found: dict[tuple[int, str], list[tuple[int, Words, str]]] = {}
        for rank, (phrase, gloss) in enumerate(self.stems):
            first = phrase[0].rstrip("*")
            found.setdefault((len(phrase), first[:2]), []).append((rank, phrase, gloss))
        return {key: tuple(entries) for key, entries in found.items()}

    def match(self, words: Words, start: int) -> tuple[int, str] | None:
        """The longest phrase at `start`: how many words it takes and its gloss."""
        for size in range(min(self.longest, len(words) - start), 0, -1):
            said = words[start : start + size]
            gloss = self.exact.get(said)
            if gloss is not None:
                return size, gloss
            first = said[0]
            candidates = sorted(
                self.stems_by_start.get((size, first[:2]), ())
                + self.stems_by_start.get((size, first[:1]), ())
            )
            for _rank, phrase, stem_gloss in candidates:
                if _stem_match(phrase, said):
                    return size, stem_gloss
        return None

    def unknown_noun(self, written: str) -> str | None:
        """An unknown capitalised word with a common noun's ending, lower-cased.

        German capitalises every noun, so the capital of "Eröffnung" or
        "Teilnahmegebühr" says nothing of a name; written lower-case, the word
        beside an item's name is not taken for another name ("TCI Konferenz
        Eröffnung").  Names ("Hannover", "Asien") keep their capital.
        """
        titled = written[:1].isupper() and not written.isupper() and len(written) > 4
        return written.lower() if titled and fold(written).endswith(self.noun_endings) else None

    def read_word(
        self,
        word: str,
        keep: Callable[[str], bool] = lambda _w: False,
        likeness: Likeness | None = None,
    ) -> str | None:
        """An unknown word read through an ending, a compound's tail, or one slip.

        A slip is read as the lexicon word it is nearest (an added or dropped
        letter before a changed one: "limte" is "limite", not "liste"), unless the
        word looks at least as much like a word of some item ("expres" is the
        name's "express"): `likeness` gives that, 0-100.
        """
        inflected = self._inflected(word) or self._kept_base(word, keep)
        if inflected is not None:
            return inflected
        if self.compounds and len(word) >= MIN_TAIL + 3:
            compound = self.read_compound(word, keep)
            if compound is not None:
                return compound
        best = self.slip(word)
        if best is not None and _likeness(word, best) > (likeness(word) if likeness else 0):
            return self.exact[(best,)]
        stem = self._slipped_stem(word) if len(word) >= MIN_TYPO_LENGTH else None
        return None if stem is None else stem[1]

    def _inflected(self, word: str, shortest: int = 3) -> str | None:
        """A known word with an inflection ending: 'Konferenzen' -> 'konferenz'."""
        for ending in self.endings:
            if word.endswith(ending) and len(word) - len(ending) >= shortest:
                found = self.match((word[: -len(ending)],), 0)
                if found is not None:
                    return found[1]
        return None

    def _kept_base(self, word: str, keep: Callable[[str], bool]) -> str | None:
        """A word of some item's name with an inflection ending: 'Clustern' -> 'cluster'."""
        for ending in self.endings:
            base = word[: -len(ending)]
            if word.endswith(ending) and len(base) >= MIN_TAIL and keep(base):
                return base
        return None

    def read_compound(self, word: str, keep: Callable[[str], bool]) -> str | None:
        """A compound read by its longest known tail, with its head when that is known too.

        "Einreichungsfrist" -> "submission deadline", "Clusterkongress" -> "cluster
        conference" (the head a word of some item's name), "Xyzfrist" -> "deadline".
        A tail that is a word of some item's name, or shorter than MIN_TAIL, counts
        only under a known head: "Lebensmittelcluster" -> "food cluster",
        "Industrietage" -> "industry days", but "Software" is not "ware".
        """
        for cut in range(3, len(word) - MIN_SHORT_TAIL + 1):
            head, tail = word[:cut], word[cut:]
            tail_gloss = tail if keep(tail) else self._known(tail)
            if not tail_gloss:
                continue
            head_gloss = self._head(head, keep)
            if head_gloss is not None:
                return f"{head_gloss} {tail_gloss}".strip()
            if not keep(tail) and len(tail) >= MIN_TAIL:
                return tail_gloss
        return None

    def _known(self, word: str) -> str | None:
        """The gloss of a compound's part as written or with an inflection ending.

        The part without its ending is at least MIN_TAIL long: "Hannover" is not
        "han" + "nov" + "er".
        """
        found = self.match((word,), 0)
        return found[1] if found is not None else self._inflected(word, MIN_TAIL)

    def _head(self, head: str, keep: Callable[[str], bool]) -> str | None:
        """A compound's head as a known word, also without its linking 's' ('Einreichungs')."""
        for form in (head, head[:-1] if head.endswith("s") else ""):
            if len(form) < 3:
                continue
            if keep(form):
                return form
            found = self._known(form)
            if found is not None:
                return found
        return None

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


def _compound_of(lexicon: Lexicon, word: str, keep: Callable[[str], bool]) -> bool:
    """Whether a word unknown as a whole is a compound in the lexicon's language."""
    return (
        lexicon.compounds
        and len(word) >= MIN_TAIL + 3
        and (lexicon.read_compound(word, keep) is not None)
    )


def _cognate(word: str, gloss: str) -> bool:
    """Whether a word is spelt as a word of its own English gloss, but for a plural."""
    return any(english_stem(word) == english_stem(g) for g in gloss.split())


def _stem_match(phrase: Words, words: Words) -> bool:
    return all(
        w.startswith(p[:-1]) if p.endswith("*") else w == p
        for p, w in zip(phrase, words, strict=True)
    )


def gloss(
    text: str,
    lexicon: Lexicon,
    keep: Callable[[str], bool],
    likeness: Likeness | None = None,
    english: frozenset[str] = frozenset(),
) -> str:
    """The question with its words in `lexicon` replaced by their English glosses.

    `keep(folded_word)` says a word belongs to some item's name: it stays as written;
    `likeness` says how much an unknown word looks like an item's (a typo of a name).
    A phrase of several words is glossed unless all of them are a name's words:
    "in arrivo" is a phrase even though "in" is in some title.  An `english` word
    the lexicon lacks is the engine's already ("conference", "deadline" typed in a
    Polish question): it is never read as a slip of another.
    """
    if lexicon.dotted_ordinals:
        text = _DOTTED_ORDINAL.sub(_ordinal, text)
    pieces = _TOKEN.findall(_APOSTROPHES.sub(" ", text))
    in_a_name, keep = keep, names_kept(pieces, lexicon, keep)
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
        named = [_names(pieces, j, w, keep, in_a_name) for j, w in zip(run, folded, strict=True)]
        found = _phrase_at(folded, lexicon, named)
        if found is not None:
            said = found[1].split()
            out.append((found[1], "kind" if said and said[-1] in KIND_NOUNS else "word"))
            i = run[found[0] - 1] + 1
            continue
        typo = not named[0] and folded[0] not in english and _may_be_typo(pieces, i, lexicon)
        read = _read(folded[0], lexicon, keep, likeness) if typo else None
        if read is None and not named[0]:
            read = lexicon.unknown_noun(piece)
        name = read is None and keep(folded[0]) and not folded[0].isdigit()
        out.append((piece if read is None else read, "name" if name else "word"))
        i += 1
    if lexicon.kind_before_name:
        out = _name_before_kind(out)
    glossed = _tidy("".join(text for text, _ in out))
    return _verb_first(glossed) if lexicon.yes_no_by_tone else glossed


def _phrase_at(folded: Words, lexicon: Lexicon, named: list[bool]) -> tuple[int, str] | None:
    """The longest phrase at the run's start that says no word of an item's name.

    A phrase whose gloss keeps the name words inside it is read whole
    ("spotkania B2B" -> "b2b meetings"), and so is a gloss of small words only
    (`_glue`).  Otherwise a short word ("a", "de", "la") that some name holds
    does not make a phrase a name: "quand *a* lieu", "*de* quoi parle", "*en*
    mai" are still read, though the short word alone stays as written.
    """
    found = lexicon.match(folded, 0)
    whole = found is not None and not named[0] and _keeps_names(found, folded, named)
    if found is not None and (_glue(found[1]) or whole):
        return found
    free = 0
    while free < len(folded) and (
        not named[free] or (len(folded[free]) <= SHORT_WORD and len(folded) > 1)
    ):
        free += 1
    while free > 0:
        found = lexicon.match(folded[:free], 0)
        if found is None:
            return None
        if _glue(found[1]) or not all(named[: found[0]]):
            return found
        free = found[0] - 1
    return None


def _keeps_names(found: tuple[int, str], folded: Words, named: list[bool]) -> bool:
    """Whether a phrase's gloss keeps the name words inside it ('spotkania B2B' -> 'b2b ...')."""
    said = set(found[1].split())
    return all(folded[j] in said for j in range(1, found[0]) if named[j])


def _names(
    pieces: list[str],
    j: int,
    folded: str,
    keep: Callable[[str], bool],
    in_a_name: Callable[[str], bool],
) -> bool:
    """Whether the j-th piece of the question is a word of some item's name.

    A word of one or two letters is a name's only when typed as an acronym
    ("AI", "EU") or hyphened to another word ("Co-Innovation"): alone and in
    lower case it is the language's small word ("co", "to", "o" in Polish),
    which a title's "Co-Innovation" or "2021 to 2024" must not keep from being read.
    `keep` is what this question keeps of names (`names_kept`); `in_a_name` any name.
    """
    hyphened = "-" in (pieces[j - 1] if j else "", pieces[j + 1] if j + 1 < len(pieces) else "")
    if in_a_name(folded) and (hyphened or (pieces[j].isupper() and len(pieces[j]) > 1)):
        return True
    return keep(folded) and len(folded) > 2


def _read(
    word: str, lexicon: Lexicon, keep: Callable[[str], bool], likeness: Likeness | None
) -> str | None:
    """An unknown word read as an inflected name ('Berlinie' -> 'berlin'), or by the lexicon."""
    return lexicon.name_form(word, keep) or lexicon.read_word(word, keep, likeness)


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
            if not _of_the_name(pieces, end + 1):
                break
            end += 2
        if pieces[k][1] == "kind" and end > start:
            names = pieces[start + 1 : end]
            pieces[k:end] = [*names, (" ", "sep"), (pieces[k][0], "word")]
            k += len(names) + 1
        k += 1
    return pieces


_NAME_JOIN = re.compile(r"^(\s+|-)$")  # the words of one name: "go-cluster Jahrestagung"


def _of_the_name(pieces: list[tuple[str, str]], at: int) -> bool:
    """Whether a word belongs to the name being moved: a name's word, or one hyphened to it.

    "il bando Interreg Italia-Austria": "Italia" is glued to "Austria", so the
    whole "Interreg Italia-Austria" goes before "call", where the engine sees
    that "Italia" is no part of any Interreg call it knows.
    """
    if pieces[at][1] == "name":
        return True
    glued_after = at + 2 < len(pieces) and pieces[at + 1][0] == "-"
    glued_before = at >= 2 and pieces[at - 1][0] == "-"
    return (glued_after and pieces[at + 2][1] == "name") or (
        glued_before and pieces[at - 2][1] == "name"
    )


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


def _ordinal(number: re.Match[str]) -> str:
    """'4.' as '4th', so the dot neither ends the clause nor loses the rank."""
    figure = number.group(1)
    teen = figure[-2:-1] == "1"
    suffix = "th" if teen else {"1": "st", "2": "nd", "3": "rd"}.get(figure[-1], "th")
    return figure + suffix


def names_kept(
    pieces: list[str], lexicon: Lexicon, keep: Callable[[str], bool]
) -> Callable[[str], bool]:
    """Which name words stay as written: a lexicon word only beside a name's own words.

    "ayudas AEI 2026" names the AEI grants, so "ayudas" stays; a bare "ayuda"
    ("help") names nothing, for no word of a name outside the lexicon is said.
    Only words that ask are glossed so: a bare "Giornata" or "pôles" still names.
    Small words ("de", "la", "o", "der": the lexicon drops them or glosses
    them into English stopwords) are glossed even in a name: kept, they would
    join an unknown place to a known name ("la conferencia TCI *de* Lima" is
    not the TCI conference in Gdańsk) or hide a question ("Lyon *o* París").
    """
    said = {fold(p) for p in pieces if p[0].isalnum()}
    if any(keep(w) and w not in lexicon.vocabulary and not w.isdigit() for w in said):
        return lambda word: keep(word) and not lexicon.small(word)
    return lambda word: keep(word) and not lexicon.asks(word)


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
    says nothing of the asker's language), nor small words inside a name ("des"
    in "journee des poles 2027"); a word two other languages share counts for
    both, but an English word is evidence of English only ("location", "info",
    "module" are loanwords elsewhere), so an English question never reads foreign;
    a long word no language knows counts half for each it is a slip from
    ("inscritpion module 1 berlin"), unless the word slipped from is English too.
    """
    pieces = _TOKEN.findall(_APOSTROPHES.sub(" ", text))
    alpha = [w for w in (fold(p) for p in pieces) if w.isalpha()]
    raw = " ".join(p for p in _TOKEN.findall(text) if p[0].isalnum() and not keep(fold(p)))
    # English small words inside an (English) name count half: "registr for alpine space
    # info sesion" is English, "Call for Expression of Interest Frist?" undecided; so do
    # loanwords other languages use too ("link", "webinar", "deadline").
    loans = _loans(tuple(lexicons.values()))
    marked = {fold(p) for p in pieces if not p.isascii()}  # "conférence" is not English
    scores = {
        "en": sum(
            0.5 if keep(w) or w in loans else 1.0
            for w in alpha
            if w in english and w not in marked
        )
    }
    for language, lexicon in lexicons.items():
        hits = _evidence(alpha, lexicon, names_kept(pieces, lexicon, keep), english, keep)
        hints = sum(1 for c in raw.lower() if c in lexicon.letters)
        scores[language] = hits + 0.5 * min(hints, 2)
    _add_slips(scores, alpha, lexicons, english, keep)
    ranked = sorted(scores.items(), key=lambda pair: -pair[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > 0 and top > second else None


def _add_slips(
    scores: dict[str, float],
    said: list[str],
    lexicons: Mapping[str, Lexicon],
    english: frozenset[str],
    keep: Callable[[str], bool],
) -> None:
    """Half a point for each long unknown word that is a slip from a language's word.

    Looking for slips is the costly part of guessing, so it is done only when
    they could still change which language leads.
    """
    unknown = [
        w
        for w in said
        if len(w) >= MIN_GUESS_SLIP
        and not keep(w)
        and w not in english
        and not any(w in lexicon.vocabulary for lexicon in lexicons.values())
    ]
    top, second = sorted(scores.values(), reverse=True)[:2]
    if not unknown or 0.5 * len(unknown) < top - second:
        return
    unknown = [w for w in unknown if not _english_slip(w, english)]
    for language, lexicon in lexicons.items():
        scores[language] += 0.5 * sum(1 for w in unknown if _slips_from(lexicon, w, english))


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


def _evidence(
    said: list[str],
    lexicon: Lexicon,
    kept: Callable[[str], bool],
    english: frozenset[str],
    keep: Callable[[str], bool],
) -> float:
    """How many of the question's words are the lexicon's language.

    A phrase of two or more words counts whole, English-looking words included
    ("come funziona" is Italian); a single word, or a form a stem covers
    ("nadchodzące"), counts only when English does not have it too ("module",
    "location", "info" are loanwords everywhere).  Words of names and small
    words inside names never count, nor words the lexicon shares.
    """

    def counts(at: int) -> bool:
        """Not a name's word, nor a small word inside a name ('journee *des* poles')."""
        word = said[at]
        inside = 0 < at < len(said) - 1 and keep(said[at - 1]) and keep(said[at + 1])
        return not kept(word) and not ((keep(word) or inside) and lexicon.small(word))

    hits = 0
    i = 0
    while i < len(said):
        found = lexicon.match(tuple(said[i : i + lexicon.longest]), 0)
        if found is not None and found[0] >= 2:
            span = range(i, i + found[0])
            hits += sum(1 for j in span if counts(j) and said[j] not in lexicon.shared)
            i += found[0]
            continue
        word = said[i]
        if counts(i) and word not in english:
            hits += lexicon.says(word, keep) or _compound_of(lexicon, word, keep)
        i += 1
    return hits


_LOANS: dict[tuple[int, ...], tuple[tuple[Lexicon, ...], frozenset[str]]] = {}


def _loans(lexicons: tuple[Lexicon, ...]) -> frozenset[str]:
    """Every word any of the lexicons is written with, built once per set of lexicons."""
    key = tuple(id(lexicon) for lexicon in lexicons)
    if key not in _LOANS:
        _LOANS[key] = (lexicons, frozenset().union(*(lexicon.written for lexicon in lexicons)))
    return _LOANS[key][1]
