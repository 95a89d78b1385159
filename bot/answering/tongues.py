"""Which language a question is written in, which the reply is, and the question read in English.

The engine reads English; `read_question_in` guesses the asker's language from
the question's own words (never from the item names in it), glosses the
question into English when it is in another of the bot's languages, and picks
the reply's language by `bot.languages.codes`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from bot.answering.glossing import gloss, guess_language
from bot.answering.lexicons import LEXICONS
from bot.answering.question_words import CLOSED_VOCABULARY, STOPWORDS
from bot.languages.codes import ENGLISH, reading_language, reply_language

_FOREIGN_GREETINGS = frozenset(
    "bonjour salut hola ciao buongiorno guten tag moin servus hej ahoj czesc ola bom dia merci "
    "gracias grazie danke hallo".split()
)
ENGLISH_WORDS = (STOPWORDS | CLOSED_VOCABULARY) - _FOREIGN_GREETINGS


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
) -> Reading:
    """The question glossed for the engine, with its reading and reply languages.

    `chosen` is the user's explicit choice (/settings, `--lang`); `usual` the
    language their Telegram app reports; `keep` tells a word of some item's name.
    """
    heard = guess_language(question, LEXICONS, ENGLISH_WORDS, keep)
    language = reading_language(chosen, heard, usual)
    reply = reply_language(chosen, heard, usual)
    if language == ENGLISH:
        return Reading(question, language, reply)
    return Reading(gloss(question, LEXICONS[language], keep, ENGLISH_WORDS), language, reply)
