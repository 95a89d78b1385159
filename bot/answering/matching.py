"""Finding the item a question names: a token index for candidates, rapidfuzz to rank them.

A full fuzzy scan of every title is too slow at 10,000 items, and it happily
matches unrelated items on shared filler words.  Instead each item's tokens go
into an inverted index, weighted by where they occur (name, context, summary)
and by how rare they are.  A question's words are typo-corrected against the
index vocabulary (a symmetric-deletion lookup, verified with rapidfuzz's OSA
distance), candidates are scored by how much of the question they explain and
how much of their name the question mentions, and rapidfuzz's token ratio
breaks ties between near-identical names.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from bot.answering.item_words import (
    NAME_STOPWORDS,
    context_tokens,
    item_years,
    joined_name,
    name_tokens,
)
from bot.answering.question_words import CLOSED_VOCABULARY, STOPWORDS
from bot.answering.roles import KIND_NOUNS
from bot.answering.spelling import Spelling
from bot.answering.text import (
    acronyms,
    canonical,
    fuzzy_ordinal,
    is_number,
    is_year,
    leading_acronyms,
    numbered_words,
    segments,
    stem,
    tokens,
    words,
)
from bot.knowledge.items import AnyItem, Event, Knowledge

NAME = 1.0  # title, aliases, id
ACRONYM = 0.95  # derived from the title
CONTEXT = 0.85  # tags, place, organiser, kind, months and years of its dates
SUMMARY = 0.6
TYPO = 0.9  # a corrected word counts a little less than an exact one
CONTRADICTION = 1.5  # extra weight of a question word that names other items, not this one
CANDIDATES = 30  # how many candidates get the full (rapidfuzz) scoring
COMMON_SHARE = 20  # a word on more than 1/20 of the items does not find candidates...
COMMON_FLOOR = 100  # ...unless the knowledge is small


@dataclass(frozen=True, slots=True)
class Match:
    """One candidate item with its score in [0, 1] and why."""

    item: AnyItem
    score: float
    question_cover: float  # share of the question's weight this item explains
    name_cover: float  # share of the item's best name that the question mentions
    conflict: bool  # the question names a year or number this item does not have


@dataclass(frozen=True, slots=True)
class QueryToken:
    """A question word with the index words it may stand for."""

    text: str
    forms: tuple[str, ...]
    exact: bool
    weight: float


class MatchIndex:
    """An inverted index over one knowledge snapshot; immutable once built."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.items: tuple[AnyItem, ...] = knowledge.items
        self._postings: dict[str, dict[int, float]] = defaultdict(dict)
        self._names: list[list[tuple[str, ...]]] = []
        self._name_texts: list[list[str]] = []
        self._numbers: list[tuple[frozenset[str], frozenset[str]]] = []
        self._numbered: list[dict[str, frozenset[str]]] = []
        self._places: list[frozenset[str]] = []
        self._acronyms: list[frozenset[str]] = []
        self._alias_kinds: list[frozenset[str]] = []
        self._name_words: list[frozenset[str]] = []
        self._plurals: list[tuple[str, str]] = []  # "-ies" plurals as written, with their token
        for position, item in enumerate(self.items):
            self._add(position, item)
        self._postings = dict(self._postings)
        self._positions = {item.id: position for position, item in enumerate(self.items)}
        self._place_words = frozenset(t for place in self._places for t in place)
        self._name_counts = {
            t: sum(1 for s in posts.values() if s >= ACRONYM)
            for t, posts in self._postings.items()
        }
        self._kinds: dict[int, frozenset[str]] = {}
        count = max(1, len(self.items))
        self._idf = {
            token: math.log(1 + count / max(0.5, sum(1 for s in posts.values() if s > SUMMARY)))
            for token, posts in self._postings.items()
        }
        self.unknown_weight = math.log(1 + count / 0.5)
        self._spelling = Spelling(self._postings, self._plurals)

    def _add(self, position: int, item: AnyItem) -> None:
        names = [item.title, *item.aliases, item.id.replace("-", " ")]
        names += [part for part in segments(item.title) if part not in names]
        names += [j for j in (joined_name(n) for n in (item.title, *item.aliases)) if j]
        token_names = [name_tokens(n) for n in names]
        heads = (
            next((t for t in reversed(name_tokens(a)) if t in KIND_NOUNS), "")
            for a in item.aliases
        )
        self._alias_kinds.append(frozenset(heads) - {""})
        self._names.append(list(dict.fromkeys(n for n in token_names if n)))
        location = item.location if isinstance(item, Event) else None
        self._places.append(frozenset(tokens(location or "")))
        self._name_texts.append([" ".join(n) for n in token_names if n])
        for name in token_names:
            self._post(position, name, NAME)
        found = {a for text in (item.title, *item.aliases) for a in acronyms(text, NAME_STOPWORDS)}
        self._post(position, found, ACRONYM)
        leading = {a for text in (item.title, *item.aliases) for a in leading_acronyms(text)}
        self._acronyms.append(frozenset(leading))
        self._name_words.append(frozenset(stem(w) for n in names for w in words(n)))
        plurals = {w for n in names for w in words(n) if w.endswith("ies") and len(w) > 4}
        self._plurals += [(w, stem(w)) for w in plurals]
        self._post(position, context_tokens(item), CONTEXT)
        self._post(position, tokens(item.summary or ""), SUMMARY)
        numbered: dict[str, frozenset[str]] = {}
        for text in (item.title, *item.aliases):
            for noun, numbers in numbered_words(words(text)).items():
                numbered[noun] = numbered.get(noun, frozenset()) | numbers
        self._numbered.append(numbered)
        all_name_tokens = {t for n in token_names for t in n}
        self._numbers.append(
            (
                frozenset(t for t in all_name_tokens if is_number(t)),
                frozenset(t for t in all_name_tokens if is_year(t)) | item_years(item),
            )
        )

    def _post(self, position: int, found: Iterable[str], strength: float) -> None:
        for token in found:
            posting = self._postings[token]
            if posting.get(position, 0.0) < strength:
                posting[position] = strength

    def __len__(self) -> int:
        return len(self.items)

    def name_words(self, position: int) -> frozenset[str]:
        """Every word of an item's names as typed, small words included (stemmed)."""
        return self._name_words[position]

    def alias_kinds(self, position: int) -> frozenset[str]:
        """The kind nouns that end an item's aliases ('go-cluster annual *meeting* 2025')."""
        return self._alias_kinds[position]

    def acronyms(self, position: int) -> frozenset[str]:
        """Acronyms made from an item's title and aliases ('eccp')."""
        return self._acronyms[position]

    def position(self, item_id: str) -> int:
        """Where an item sits in the index."""
        return self._positions[item_id]

    def names(self, position: int) -> list[tuple[str, ...]]:
        """An item's names as tokens: title, its parts, aliases and id."""
        return self._names[position]

    def strength(self, token: str, position: int) -> float:
        """How strongly an item holds a token: NAME, ACRONYM, CONTEXT, SUMMARY or 0."""
        posting = self._postings.get(token)
        return posting.get(position, 0.0) if posting else 0.0

    def naming(self, token: str) -> bool:
        """Whether some item holds the token in a name or its context (not just a summary)."""
        posting = self._postings.get(token)
        return posting is not None and any(s > SUMMARY for s in posting.values())

    def few_hold(self, found: frozenset[str], limit: int) -> bool:
        """Whether few items hold these tokens in their names: at most `limit` hold the rarest.

        "Clusters meet regions" may be in many names; with "Porto" beside it, in one.
        Words that are each in more than `limit` names are taken to be common
        together too: counting exactly would walk thousands of postings.
        """
        return bool(found) and min(self._name_counts.get(t, 0) for t in found) <= limit

    def kinds_held(self, position: int, kinds: Iterable[str]) -> frozenset[str]:
        """Which of these kind nouns the item's text holds anywhere (worked out once per item)."""
        held = self._kinds.get(position)
        if held is None:
            held = frozenset(k for k in kinds if self.strength(k, position) > 0)
            self._kinds[position] = held
        return held

    def is_place(self, token: str) -> bool:
        """Whether some event's location holds the token ('online', 'berlin')."""
        return token in self._place_words

    def places(self, position: int) -> frozenset[str]:
        """Tokens of an event's location."""
        return self._places[position]

    def numbers_and_years(self, position: int) -> tuple[frozenset[str], frozenset[str]]:
        """The numbers in an item's names, and the years of its names and dates."""
        return self._numbers[position]

    def numbered(self, position: int) -> dict[str, frozenset[str]]:
        """The numbers an item's names give each word ('round': {'2'} of "second round")."""
        return self._numbered[position]

    def forms(self, word: str) -> tuple[str, ...]:
        """The index tokens a folded question word may stand for (itself, or typo fixes)."""
        token = canonical(stem(word))
        if token in NAME_STOPWORDS:
            return ()
        if token in self._postings:
            return (token,)
        ordinal = fuzzy_ordinal(token)
        if ordinal is not None:
            return (ordinal,) if ordinal in self._postings else ()
        if real_word(word):
            return ()
        found = self._spelling.corrections(token)
        if not found and token != word:  # the plural rule cut a typo short: "exprses"
            found = self._spelling.corrections(word)
        if not found and len(word) >= 5:  # "citeis" for "cities", whose token is "city"
            found = self._spelling.plural_slip(word)
        return found[:3]

    def knows(self, token: str) -> bool:
        """Whether the token is a word of some item (as spelt, no typo fixed)."""
        return token in self._postings

    def vocabulary(self) -> frozenset[str]:
        """Every token the index knows, for telling item words from question words."""
        return frozenset(self._postings)

    def weight(self, token: str) -> float:
        """How much a token tells items apart: rare tokens weigh more, unknown ones most."""
        return self._idf.get(token, self.unknown_weight)

    def query_tokens(self, question_words: Sequence[str]) -> list[QueryToken]:
        """Stem, canonicalise and typo-correct question words against the vocabulary."""
        result = []
        for word in _joined_compounds(question_words, self._postings):
            token = canonical(stem(word))
            if token in NAME_STOPWORDS:
                continue
            if token in self._postings:
                result.append(QueryToken(token, (token,), True, self.weight(token)))
                continue
            forms = () if real_word(word) else self._spelling.corrections(token)
            weight = max((self.weight(f) for f in forms), default=self.unknown_weight)
            result.append(QueryToken(token, forms, False, weight))
        return result

    def candidates(self, question_words: Sequence[str], limit: int, share: float) -> list[int]:
        """Positions of the items sharing the most weight with the words, best first.

        Only the inverted index is used, no fuzzy scoring: the engine weighs
        these candidates itself.  Items below `share` of the best are left out.
        """
        query = self.query_tokens(question_words)
        if not query:
            return []
        partial = self._accumulate(query)
        best = sorted(partial, key=lambda p: (-partial[p], p))[:limit]
        floor = partial[best[0]] * share if best else 0.0
        return [p for n, p in enumerate(best) if n < limit // 2 or partial[p] >= floor]

    def find(self, question_words: Sequence[str], limit: int = 5) -> list[Match]:
        """Items the words name, best first; empty when nothing shares a word with them."""
        query = self.query_tokens(question_words)
        total = sum(q.weight for q in query)
        if not query or total == 0:
            return []
        partial = self._accumulate(query)
        best = sorted(partial, key=partial.__getitem__, reverse=True)[:CANDIDATES]
        matches = [self._score(p, self._question_cover(p, query), query) for p in best]
        matches.sort(key=lambda m: (-m.score, m.item.id))
        return matches[:limit]

    def _accumulate(self, query: Sequence[QueryToken]) -> dict[int, float]:
        """Sum, per item, the weight of the question's rarer words it contains.

        Words shared by a large share of the items ("clusters" in a cluster
        community) cannot pick an item, and walking their postings is most of
        the cost; they still count in the exact scoring of the shortlist.
        """
        scores: dict[int, float] = defaultdict(float)
        for q in self._selective(query):
            factor = q.weight * (1.0 if q.exact else TYPO)
            postings = [self._postings[f] for f in q.forms if f in self._postings]
            merged = postings[0] if len(postings) == 1 else _merged(postings)
            for position, strength in merged.items():
                scores[position] += factor * strength
        return scores

    def _selective(self, query: Sequence[QueryToken]) -> list[QueryToken]:
        """The question words rare enough to find candidates with (all, if none is)."""
        limit = max(COMMON_FLOOR, len(self.items) // COMMON_SHARE)
        sizes = {q.text: sum(len(self._postings.get(f, ())) for f in q.forms) for q in query}
        rare = [q for q in query if sizes[q.text] <= limit]
        return rare or sorted(query, key=lambda q: sizes[q.text])[:2]

    def _question_cover(self, position: int, query: Sequence[QueryToken]) -> float:
        """Share of the question's weight the item explains.

        A word the item lacks but another item's name has ("week" in "smart
        specialisation week") points away from this item, so it weighs more.
        """
        explained = total = 0.0
        numbers = self._numbers[position][0]
        for q in query:
            strength = max((self._postings[f].get(position, 0.0) for f in q.forms), default=0.0)
            if q.text == "1" and strength == 0 and not numbers:
                continue  # "the first call" of an unnumbered series is that call
            factor = 1.0 if q.exact else TYPO
            explained += q.weight * factor * strength
            elsewhere = strength == 0 and any(
                f in self._idf and self._idf[f] < self.unknown_weight for f in q.forms
            )
            total += q.weight * (CONTRADICTION if elsewhere else 1.0)
        return explained / total if total else 0.0

    def best_likeness(self, word: str) -> float:
        """0-100: how much a word looks like one of the index's words (100: it is one)."""
        token = canonical(stem(word))
        if token in self._postings:
            return 100.0
        forms = self._spelling.corrections(token)
        return max((Indel.normalized_similarity(token, f) * 100 for f in forms), default=0.0)

    def _score(self, position: int, question_cover: float, query: Sequence[QueryToken]) -> Match:
        item = self.items[position]
        said = {f for q in query for f in q.forms}
        name_cover = max((self._cover(name, said) for name in self._names[position]), default=0)
        conflict = self._conflicts(position, query)
        text = " ".join(q.forms[0] if q.forms else q.text for q in query)
        ratio = max(fuzz.token_sort_ratio(text, n) for n in self._name_texts[position]) / 100
        score = 0.55 * question_cover + 0.3 * name_cover + 0.15 * ratio
        return Match(
            item, score * (0.5 if conflict else 1.0), question_cover, name_cover, conflict
        )

    def _cover(self, name: tuple[str, ...], said: set[str]) -> float:
        total = sum(self.weight(t) for t in name)
        return sum(self.weight(t) for t in name if t in said) / total if total else 0.0

    def _conflicts(self, position: int, query: Sequence[QueryToken]) -> bool:
        """A year the item lacks, or a number where its name has other numbers."""
        numbers, years = self._numbers[position]
        for q in query:
            if is_year(q.text) and q.text not in years:
                return True
            if is_number(q.text) and numbers and q.text not in numbers:
                return True
        return False


def real_word(word: str) -> bool:
    """A question or function word spelt right is itself, never a typo of an item's word.

    "How do I register?" does not say "REGIOSTARS", though the two are two
    letters apart: only a word the question vocabulary lacks is corrected.
    """
    return word in CLOSED_VOCABULARY or word in STOPWORDS


def _merged(postings: Sequence[dict[int, float]]) -> dict[int, float]:
    """One posting list for a word that stands for several index words (typos)."""
    merged: dict[int, float] = {}
    for posting in postings:
        for position, strength in posting.items():
            if merged.get(position, 0.0) < strength:
                merged[position] = strength
    return merged


def _joined_compounds(
    question_words: Sequence[str], known: dict[str, dict[int, float]]
) -> list[str]:
    """'euro clusters' -> 'euroclusters' when only the joined form is known."""
    result: list[str] = []
    skip = False
    following = [*question_words[1:], ""] if question_words else []
    for first, second in zip(question_words, following, strict=True):
        if skip:
            skip = False
            continue
        joined = canonical(stem(first + second))
        if second and first not in known and joined in known:
            result.append(first + second)
            skip = True
        else:
            result.append(first)
    return result
