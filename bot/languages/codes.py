"""The languages the bot speaks, and which one a reply is written in.

Telegram sends a `language_code` such as "de", "pt-br" or "en-GB"; the user may
choose another in /settings; and the words of a question tell a third.  One
rule decides, so the Telegram chat, the terminal chat and `ask` agree.
"""

from __future__ import annotations

ENGLISH = "en"
LANGUAGES = ("en", "de", "fr", "es", "it", "pl")
NAMES = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
    "pl": "Polski",
}


def supported(code: str | None) -> str | None:
    """The bot's language for a language tag ('de-AT' -> 'de'), or None if it has none."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def reply_language(chosen: str | None, heard: str | None, usual: str | None) -> str:
    """The language a reply is written in.

    The user's explicit choice wins; then the language the question is clearly
    written in; then the one their Telegram app uses; then English.
    """
    return supported(chosen) or supported(heard) or supported(usual) or ENGLISH


def reading_language(chosen: str | None, heard: str | None, usual: str | None) -> str:
    """The language a question is read in: what its words say first, then the user's."""
    return supported(heard) or supported(chosen) or supported(usual) or ENGLISH
