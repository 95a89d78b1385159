"""What the person wants to know, read from the words around the item's name.

`read_question` looks for question phrases ("when is", "link to", "sign up
for", "which calls are open") and returns the intent, the signals a list
question carries, and the positions of the words it used up; whatever is left
names the item.  The phrases themselves are in `question_words`, typos in
them are corrected by `question_typos`, and list signals read by
`list_signals`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.answering.answers import Intent
from bot.answering.list_signals import ListSignals, read_list_signals
from bot.answering.question_words import (
    ABOUT,
    GREETING,
    HELP,
    LINK,
    REGISTER,
    STATUS_WHEN,
    STOPWORDS,
    STRONG_ABOUT,
    WEAK_LINK,
    WEAK_WHEN,
    WEAK_WHERE,
    WHEN,
    WHEN_FIRST,
    WHERE,
    Phrase,
    find_phrases,
)


@dataclass(frozen=True, slots=True)
class Reading:
    """The outcome of reading a question: intent, list signals and the words that name the item."""

    intent: Intent
    words: tuple[str, ...]
    content: tuple[int, ...]
    list_words: frozenset[int] = frozenset()
    signals: ListSignals = field(default_factory=ListSignals)
    greeting_only: bool = False
    asked: bool = False  # a question phrase was found ("link to", "when is")

    @property
    def content_words(self) -> tuple[str, ...]:
        """The words left to name an item."""
        return tuple(self.words[i] for i in self.content)

    @property
    def topic_words(self) -> tuple[str, ...]:
        """The words left once a list question's kind, status and window are read."""
        return tuple(self.words[i] for i in self.content if i not in self.list_words)


MASK = "\x00"  # stands in for a word of the item's name: it never reads as a question word


def read_question(words: Sequence[str], masked: frozenset[int] = frozenset()) -> Reading:
    """Decide the intent of a question given as folded words.

    `masked` are the positions of the words that say the item's name: "Alpine
    Space info session" asks nothing by its "info", so those words are not read.
    """
    words = tuple(MASK if i in masked else w for i, w in enumerate(words))
    used: set[int] = set()
    found: dict[Intent, set[int]] = {}
    for intent, phrases in _INTENT_PHRASES:
        positions = find_phrases(words, phrases) - used
        if positions:
            found.setdefault(intent, set()).update(positions)
            used |= positions
    signals, list_used = read_list_signals(words)
    greeting = find_phrases(words, GREETING) | find_phrases(words, HELP)
    consumed = used | greeting
    content = tuple(
        i for i, w in enumerate(words) if i not in consumed and w not in STOPWORDS and w != MASK
    )
    intent = next(iter(found), Intent.ABOUT)
    greeting_only = bool(greeting) and not content and not found.keys() - {Intent.ABOUT}
    asked = bool(found)
    return Reading(intent, words, content, frozenset(list_used), signals, greeting_only, asked)


# In priority order: the first kind of phrase found decides the intent.
_INTENT_PHRASES: tuple[tuple[Intent, tuple[Phrase, ...]], ...] = (
    (Intent.WHEN, WHEN_FIRST),
    (Intent.REGISTER, REGISTER),
    (Intent.LINK, LINK),
    (Intent.ABOUT, STRONG_ABOUT),
    (Intent.WHERE, WHERE),
    (Intent.WHEN, WHEN),
    (Intent.WHEN, STATUS_WHEN),
    (Intent.LINK, WEAK_LINK),
    (Intent.WHEN, WEAK_WHEN),
    (Intent.WHERE, WEAK_WHERE),
    (Intent.ABOUT, ABOUT),
)


def question_phrases() -> tuple[tuple[Phrase, ...], ...]:
    """Every phrase set that marks a clause as asking something."""
    return tuple(phrases for _, phrases in _INTENT_PHRASES) + (HELP,)
