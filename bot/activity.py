"""Who talks to the bot and what they ask, noted in memory and written in batches.

Every message would otherwise cost two database transactions (the chat's
last-seen time and the question log) before the answer goes out.  Neither is
needed that instant: the statistics can be a couple of seconds late, and a
chat that subscribes is recorded by the subscription itself.  So they are
buffered here and flushed every few seconds, before /stats, and at shutdown.

Two promises hold across the batching.  A chat that says /stop is forgotten
here too, so a sighting noted a moment earlier (the /stop message itself) is
never written back.  And one row the database refuses (a text no driver can
encode) never costs the rest of the batch: the batch is then written row by
row, and only the bad row is dropped, with a log line.  Questions older than
the retention are deleted by `purge`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta

from bot import store

log = logging.getLogger(__name__)
REFRESH = timedelta(minutes=10)
Sighting = tuple[int, str, str | None, datetime]  # chat id, type, language, when
Asked = tuple[
    str, bool, datetime
]  # text, answered, when  # a known chat's last-seen time is refreshed this often


class ActivityLog:
    """Buffers chat sightings and questions; `flush` writes them in one transaction."""

    def __init__(
        self,
        database: store.Store,
        clock: Callable[[], datetime],
        retention: timedelta = timedelta(days=90),
    ) -> None:
        self.database = database
        self.clock = clock
        self.retention = retention
        self._chats: dict[int, Sighting] = {}
        self._questions: list[Asked] = []
        self._recorded: dict[int, datetime] = {}

    def chat_seen(self, chat_id: int, chat_type: str, language: str | None) -> None:
        """Note a chat; written at the next flush unless written in the last ten minutes."""
        now = self.clock()
        last = self._recorded.get(chat_id)
        if last is None or now - last >= REFRESH:
            self._chats[chat_id] = (chat_id, chat_type, language, now)

    def forget(self, chat_id: int) -> None:
        """Drop a pending sighting (the chat said /stop or blocked us: do not undo that)."""
        self._chats.pop(chat_id, None)
        self._recorded.pop(chat_id, None)

    def question(self, text: str, answered: bool) -> None:
        """Note a question (never who asked it)."""
        self._questions.append((text, answered, self.clock()))

    def flush(self) -> None:
        """Write everything noted so far."""
        chats, self._chats = list(self._chats.values()), {}
        questions, self._questions = self._questions, []
        if not chats and not questions:
            return
        try:
            self._write(chats, questions)
        except Exception:
            log.warning("batch of %d chats and %d questions refused; writing them one by one",
                        len(chats), len(questions), exc_info=True)  # fmt: skip
            chats, questions = self._write_each(chats, questions)
        self._recorded.update({chat: at for chat, _, _, at in chats})
        log.debug("recorded %d chats and %d questions", len(chats), len(questions))

    def purge(self) -> int:
        """Delete questions older than the retention; returns how many went."""
        with self.database.session() as s:
            return store.purge_questions(s, self.clock() - self.retention)

    def _write(self, chats: list[Sighting], questions: list[Asked]) -> None:
        with self.database.session() as s:
            store.record_chats(s, chats)
            store.record_questions(s, questions)

    def _write_each(
        self, chats: list[Sighting], questions: list[Asked]
    ) -> tuple[list[Sighting], list[Asked]]:
        """Write row by row, dropping (and logging) only the rows the database refuses."""
        written_chats = [c for c in chats if self._try([c], [])]
        written = [q for q in questions if self._try([], [q])]
        return written_chats, written

    def _try(self, chats: list[Sighting], questions: list[Asked]) -> bool:
        try:
            self._write(chats, questions)
        except Exception:
            log.error("one activity row refused by the database; dropped", exc_info=True)
            return False
        return True
