"""Who talks to the bot and what they ask, noted in memory and written in batches.

Every message would otherwise cost two database transactions (the chat's
last-seen time and the question log) before the answer goes out.  Neither is
needed that instant: the statistics can be a couple of seconds late, and a
chat that subscribes is recorded by the subscription itself.  So they are
buffered here and flushed every few seconds, before /stats, and at shutdown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot import store

log = logging.getLogger(__name__)
REFRESH = timedelta(minutes=10)  # a known chat's last-seen time is refreshed this often


class ActivityLog:
    """Buffers chat sightings and questions; `flush` writes them in one transaction."""

    def __init__(self, database: store.Store, clock: Callable[[], datetime]) -> None:
        self.database = database
        self.clock = clock
        self._chats: dict[int, tuple[int, str, str | None, datetime]] = {}
        self._questions: list[tuple[str, bool, datetime]] = []
        self._recorded: dict[int, datetime] = {}

    def chat_seen(self, chat_id: int, chat_type: str, language: str | None) -> None:
        """Note a chat; written at the next flush unless written in the last ten minutes."""
        now = self.clock()
        last = self._recorded.get(chat_id)
        if last is None or now - last >= REFRESH:
            self._chats[chat_id] = (chat_id, chat_type, language, now)

    def forget(self, chat_id: int) -> None:
        """Drop a pending sighting (the chat just blocked us: do not undo that)."""
        self._chats.pop(chat_id, None)

    def question(self, text: str, answered: bool) -> None:
        """Note a question (never who asked it)."""
        self._questions.append((text, answered, self.clock()))

    def flush(self) -> None:
        """Write everything noted so far."""
        chats, self._chats = list(self._chats.values()), {}
        questions, self._questions = self._questions, []
        if not chats and not questions:
            return
        with self.database.session() as s:
            store.record_chats(s, chats)
            store.record_questions(s, questions)
        self._recorded.update({chat: at for chat, _, _, at in chats})
        log.debug("recorded %d chats and %d questions", len(chats), len(questions))
