"""One lexicon per language the bot reads besides English: its question words, glossed.

Each module holds one language's tables as plain text (see `glossing.entries`),
so a speaker of the language can review them without reading the engine.
"""

from __future__ import annotations

from bot.answering.glossing import Lexicon
from bot.answering.lexicons import de, es, fr, it, pl

LEXICONS: dict[str, Lexicon] = {
    lexicon.language: lexicon
    for lexicon in (de.LEXICON, fr.LEXICON, es.LEXICON, it.LEXICON, pl.LEXICON)
}
