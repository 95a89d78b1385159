"""Which language a question is written in, which the reply is, and the question read in English.

The engine reads English; `read_question_in` guesses the asker's language from
the question's own words (never from the item names in it), glosses the
question into English when it is in another of the bot's languages, and picks
the reply's language by `bot.languages.codes`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answering.glossing import Likeness, gloss, guess_language
from bot.answering.lexicons import LEXICONS
from bot.answering.question_words import CLOSED_VOCABULARY, STOPWORDS, WINDOW_PHRASES
from bot.answering.roles import (
    FILLER_AFTER_PREPOSITION,
    KIND_NOUNS,
    NUMBERED_NOUNS,
    TIME_MODIFIERS,
)
from bot.languages.codes import ENGLISH, reading_language, reply_language

_FOREIGN_GREETINGS = frozenset(
    "bonjour salut hola ciao buongiorno guten tag moin servus hej ahoj czesc ola bom dia merci "
    "gracias grazie danke hallo".split()
)
# The English the engine itself knows: question words, small words, kinds, windows.
ENGLISH_WORDS = (
    STOPWORDS
    | CLOSED_VOCABULARY
    | frozenset(KIND_NOUNS)
    | frozenset(w for phrase in WINDOW_PHRASES for w in phrase)
    | FILLER_AFTER_PREPOSITION
    | TIME_MODIFIERS
    | NUMBERED_NOUNS
) - _FOREIGN_GREETINGS


@dataclass(frozen=True, slots=True)
class Reading:
    """A question as the engine reads it, and the languages it is read and answered in."""

    text: str  # the question in the engine's English words (as written, when English)
    language: str  # the language the question was read in
    reply: str  # the language the answer is written in


def read_question_in(
    question: str,
    keep: Callable[[str], bool],
    chosen: str | None = None,
    usual: str | None = None,
    likeness: Likeness | None = None,
) -> Reading:
    """The question glossed for the engine, with its reading and reply languages.

    `chosen` is the user's explicit choice (/settings, `--lang`); `usual` the
    language their Telegram app reports; `keep` tells a word of some item's name,
    `likeness` how much a word looks like one (a misspelt name is not glossed).
    """
    heard = guess_language(question, LEXICONS, ENGLISH_WORDS, keep)
    language = reading_language(chosen, heard, usual)
    reply = reply_language(chosen, heard, usual)
    if language == ENGLISH:
        return Reading(question, language, reply)
    glossed = gloss(question, LEXICONS[language], keep, likeness, ENGLISH_WORDS)
    return Reading(glossed, language, reply)
