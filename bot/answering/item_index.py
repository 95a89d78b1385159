"""What the index holds about each item: weighted token postings and per-item facts.

Building the index (every item's names, acronyms, context, summary, numbers
and places, with how rare each token is) is apart from reading a question
against it (`bot.answering.matching`), so the evidence and mention rules can
ask plain facts of an item without the lookup and scoring machinery.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable

from bot.answering.item_words import (
    NAME_STOPWORDS,
    context_tokens,
    item_years,
    joined_name,
    name_tokens,
)
from bot.answering.naming import translated_names
from bot.answering.roles import KIND_NOUNS
from bot.answering.text import (
    acronyms,
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


class ItemIndex:
    """An inverted index over one knowledge snapshot, with per-item facts; immutable once built."""

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
        self._any_name_words = frozenset().union(*self._name_words) | self._place_words
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

    def _add(self, position: int, item: AnyItem) -> None:
        translated = translated_names(item)  # matched as names; no acronyms made of them
        names = [item.title, *item.aliases, *translated, item.id.replace("-", " ")]
        names += [part for part in segments(item.title) if part not in names]
        names += [
            j for j in (joined_name(n) for n in (item.title, *item.aliases, *translated)) if j
        ]
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

    def in_a_name(self, word: str) -> bool:
        """Whether a folded word is part of some item's name or place ('giornata', 'koln').

        The small words names are read without ('de', 'la', 'of') name nothing.
        """
        if word in NAME_STOPWORDS:
            return False
        return word in self._any_name_words or stem(word) in self._any_name_words

    def knows(self, token: str) -> bool:
        """Whether the token is a word of some item (as spelt, no typo fixed)."""
        return token in self._postings

    def vocabulary(self) -> frozenset[str]:
        """Every token the index knows, for telling item words from question words."""
        return frozenset(self._postings)

    def weight(self, token: str) -> float:
        """How much a token tells items apart: rare tokens weigh more, unknown ones most."""
        return self._idf.get(token, self.unknown_weight)
