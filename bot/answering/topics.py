"""What narrows a list question: the leftover words that name something in the knowledge.

"Which calls have closed already?" is narrowed by nothing ("already" names
nothing); "online events coming up" by the place "online"; "upcoming events in
Valencia", when no item is in Valencia, by a place nothing has, so the list is
empty rather than everything.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.heard import Heard
from bot.answering.intents import MASK, Reading
from bot.answering.matching import MatchIndex
from bot.answering.question_words import (
    CLOSED_VOCABULARY,
    PLURAL_KINDS,
    SINGULAR_KINDS,
    STOPWORDS,
)
from bot.answering.roles import ATTACHING_PREPOSITIONS, FILLER_AFTER_PREPOSITION, KIND_NOUNS

FIRST_PERSON = frozenset("i we our my us me im ive".split())
Need = tuple[str, ...]  # an item must hold one of these tokens
NOTHING: list[Need] = [()]  # a need no item meets: the list is empty


@dataclass(frozen=True, slots=True)
class Topic:
    """The naming words of a list question, and whether it also says unknown things."""

    needs: list[Need]
    unknown: bool
    unknown_place: bool


def wants_list(reading: Reading) -> bool:
    """With an item named, a list is meant only by a plural kind with a list verb or scope."""
    plural = [w for w in reading.words if w in PLURAL_KINDS and w != "deadlines"]
    return bool(plural) and reading.signals.strength == 2


def list_topic(index: MatchIndex, heard: Heard, reading: Reading) -> list[Need] | None:
    """The needs that narrow a list question, or None when the question is not one."""
    topic = _topic(index, heard, reading)
    needs = NOTHING if topic.unknown_place else topic.needs
    if reading.signals.strength == 2 or _only_kinds(reading):
        return needs
    if reading.signals.strength == 1 and not topic.unknown:
        return needs
    return None


def _only_kinds(reading: Reading) -> bool:
    """'webinars', 'calls?': a kind alone asks for the list of that kind."""
    content = [w for w in reading.content_words if w != "policy"]
    return bool(content) and all(w in PLURAL_KINDS or w in SINGULAR_KINDS for w in content)


def _topic(index: MatchIndex, heard: Heard, reading: Reading) -> Topic:
    needs: list[Need] = []
    unknown = unknown_place = False
    context = _about_the_asker(heard)
    for i, word in enumerate(reading.words):
        if i in reading.list_words or word in STOPWORDS or word == MASK:
            continue
        if heard.clause(i) in context:
            continue  # "we are a cluster in Navarra, which calls are open?"
        if word in FILLER_AFTER_PREPOSITION:
            continue
        naming = tuple(f for f in heard.forms[i] if _narrows(index, f))
        if naming:
            needs.append(naming)
        elif heard.naming_word(i):
            unknown = True
            unknown_place = (  # "calls in Valencia", "COSME calls": names what we lack
                unknown_place
                or _after_preposition(reading.words, i)
                or word in heard.question.capitals
            )
    return Topic(needs, unknown, unknown_place)


def _about_the_asker(heard: Heard) -> frozenset[int]:
    """Clauses before the question that speak of the asker ("we are a cluster in Navarra").

    They say who asks, not what to list; a clause naming a thing ("COSME call for
    clusters - where to apply?") still narrows the list.
    """
    last = max(heard.question.clauses, default=0)  # "..., events next month": asked last
    return frozenset(
        heard.clause(i)
        for i, word in enumerate(heard.words)
        if word in FIRST_PERSON and heard.clause(i) < max(heard.question.focus, last)
    )


def _narrows(index: MatchIndex, token: str) -> bool:
    """A token that names a place, tag or name (not a kind or a question word)."""
    if token in KIND_NOUNS or (token in CLOSED_VOCABULARY and not index.is_place(token)):
        return False
    return index.naming(token)


def _after_preposition(words: tuple[str, ...], i: int) -> bool:
    before = [w for w in words[max(0, i - 2) : i] if w not in {"the", "a"}]
    return bool(before) and before[-1] in ATTACHING_PREPOSITIONS
