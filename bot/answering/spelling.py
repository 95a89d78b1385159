"""Spelling: the index words a typed word may stand for, through typos and inflections.

Built once per knowledge snapshot from its vocabulary.  One slip (a letter
dropped, added, changed or two swapped) is found through a symmetric-deletion
lookup checked with rapidfuzz's OSA distance; two slips in long words by a
bounded scan of the words sharing the first letter; another ending of a
long word ("krajowy", "krajowe", "krajowego") by a shared prefix; and a slip
in an "-ies" plural ("citeis") through the plural's own spelling.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA


class Spelling:
    """Typo and inflection lookups over a fixed vocabulary."""

    def __init__(self, vocabulary: Iterable[str], plurals: Iterable[tuple[str, str]]) -> None:
        known = list(vocabulary)
        self._deletes = _deletion_index(known)
        self._by_initial = _by_initial(known)
        self._by_prefix = _by_prefix(known)
        self._plurals: dict[str, str] = {}
        for written, token in plurals:
            for spelling in _near_spellings(written):
                self._plurals.setdefault(spelling, token)

    def corrections(self, token: str) -> tuple[str, ...]:
        """Vocabulary words within one edit (two for long words) of a word it lacks."""
        if token.isdigit():
            return ()
        if len(token) < 5:  # too short for any slip but the commonest: 'gren', 'cal'
            return tuple(sorted(w for w in self._deletes.get(token, ()) if _undoubled(token, w)))
        near = {token} | {token[:i] + token[i + 1 :] for i in range(len(token))}
        found = {c for d in near for c in self._deletes.get(d, ()) if OSA.distance(token, c) <= 1}
        if not found and len(token) >= 8:
            bucket = self._by_initial.get(token[0], [])
            best = process.extractOne(token, bucket, scorer=OSA.distance, score_cutoff=2)
            found = {best[0]} if best else set()
        if not found and len(token) >= 6:
            found = set(_inflections(token, self._by_prefix.get(token[:5], ())))
        return tuple(sorted(found))[:3]

    def plural_slip(self, word: str) -> tuple[str, ...]:
        """The token of an "-ies" plural typed with one slip ('citeis' -> 'city')."""
        found = {self._plurals.get(w, "") for w in _near_spellings(word)} - {""}
        return tuple(sorted(found))


def _undoubled(token: str, word: str) -> bool:
    """Whether the token is the word with one of its doubled letters typed once."""
    return len(word) == len(token) + 1 and any(
        word[i] == word[i + 1] and word[:i] + word[i + 1 :] == token for i in range(len(word) - 1)
    )


def _near_spellings(word: str) -> set[str]:
    """The word and its one-letter deletions: two spellings one edit apart share one."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _inflections(token: str, bucket: Sequence[str]) -> list[str]:
    """Index words that differ from a long word only in its ending ('krajowy', 'krajowego')."""
    found = []
    for other in bucket:
        shared = next(
            (i for i, (a, b) in enumerate(zip(token, other, strict=False)) if a != b), None
        )
        shared = min(len(token), len(other)) if shared is None else shared
        if shared >= max(5, len(token) - 2) and abs(len(other) - len(token)) <= 3:
            found.append(other)
    return found


def _by_prefix(vocabulary: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Words of six letters or more grouped by their first five, for inflected forms."""
    groups: dict[str, list[str]] = defaultdict(list)
    for token in vocabulary:
        if len(token) >= 6 and not token.isdigit():
            groups[token[:5]].append(token)
    return {k: tuple(v) for k, v in groups.items()}


def _deletion_index(vocabulary: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Every word of five letters or more under itself and its one-letter deletions."""
    index: dict[str, set[str]] = defaultdict(set)
    for token in vocabulary:
        if len(token) < 4 or token.isdigit():
            continue
        index[token].add(token)
        for i in range(len(token)):
            index[token[:i] + token[i + 1 :]].add(token)
    return {k: tuple(v) for k, v in index.items()}


def _by_initial(vocabulary: Sequence[str]) -> dict[str, list[str]]:
    """Long words grouped by first letter, for the rare two-typo lookup."""
    groups: dict[str, list[str]] = defaultdict(list)
    for token in vocabulary:
        if len(token) >= 7:
            groups[token[0]].append(token)
    return dict(groups)
