"""Finding the item a question names: a token index for candidates, rapidfuzz to rank them.

A full fuzzy scan of every title is too slow at 10,000 items, and it happily
matches unrelated items on shared filler words.  Instead each item's tokens go
into an inverted index (`bot.answering.item_index`), weighted by where they
occur (name, context, summary) and by how rare they are.  A question's words
are typo-corrected against the index vocabulary (a symmetric-deletion lookup,
verified with rapidfuzz's OSA distance), candidates are scored by how much of
the question they explain and how much of their name the question mentions,
and rapidfuzz's token ratio breaks ties between near-identical names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from bot.answering.item_index import ItemIndex
from bot.answering.item_words import NAME_STOPWORDS
from bot.answering.question_words import CLOSED_VOCABULARY, STOPWORDS
from bot.answering.spelling import Spelling
from bot.answering.text import canonical, fuzzy_ordinal, is_number, is_year, stem
from bot.knowledge.items import AnyItem, Knowledge

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


class MatchIndex(ItemIndex):
    """The item index read for a question: candidates found, typos fixed, matches scored."""

    def __init__(self, knowledge: Knowledge) -> None:
        super().__init__(knowledge)
        self._spelling = Spelling(self._postings, self._plurals)

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

    def name_likeness(self, word: str) -> float:
        """0-100: how much a word looks like the index word it may stand for ("expres": express).

        Through the same typo fixes as `forms`, so a name misspelt in another
        language's question is left for item matching rather than glossed.
        """
        return max(
            (Indel.normalized_similarity(word, f) * 100 for f in self.forms(word)), default=0.0
        )

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
