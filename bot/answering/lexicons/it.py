"""it: the words questions in this language ask with, glossed into the engine's English roles."""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

PHRASES = entries(
    """
    """
)

LEXICON = Lexicon("it", PHRASES)
