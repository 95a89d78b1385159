"""A fan-out's words, written once per (language, zone) and shared by the chats that read alike.

Reminders are stored in the ledger as text when queued, so each follower's
copy must be worded in that chat's language (and with its own clock) right
then.  100,000 followers read in a handful of languages and zones: each pair
is worded once, inside `speaking(language)`, and its text is shared.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from zoneinfo import ZoneInfo

from bot.knowledge.items import Link
from bot.languages.speech import speaking

Key = tuple[str | None, ZoneInfo | None]
Words = tuple[str, tuple[Link, ...]]  # a message's text and its link buttons


class PerChat:
    """The words of one fan-out for any of its chats, worded lazily per (language, zone)."""

    def __init__(
        self,
        word: Callable[[ZoneInfo | None], str],
        links: Callable[[], tuple[Link, ...]],
        languages: Mapping[int, str],
        zones: Mapping[int, ZoneInfo | None] | None = None,
    ) -> None:
        self._word = word  # the text, given the reader's zone, in the current language
        self._links = links  # the buttons, in the current language
        self._languages = languages  # chats not written to in English
        self._zones = zones or {}
        self._worded: dict[Key, Words] = {}

    def words(self, chat: int) -> Words:
        """The chat's copy: its language's words, its zone's times."""
        key = (self._languages.get(chat), self._zones.get(chat))
        worded = self._worded.get(key)
        if worded is None:
            worded = self._worded[key] = self._write(key)
        return worded

    def _write(self, key: Key) -> Words:
        language, zone = key
        with speaking(language):
            return self._word(zone), self._links()
