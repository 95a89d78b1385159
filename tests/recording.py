"""Test doubles that record: a Sender that keeps every message, and virtual time."""

from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from bot.delivery.deliverer import Message, Outcome, Result


@dataclass
class VirtualTime:
    """A clock that moves only when someone sleeps on it: no test ever waits for real."""

    start: datetime
    elapsed: float = 0.0
    slept: list[float] = field(default_factory=list)

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed)

    def monotonic(self) -> float:
        return self.elapsed

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.elapsed += max(0.0, seconds)


@dataclass
class RecordingSender:
    """Keeps what was sent, when (virtual seconds), and answers with scripted outcomes."""

    time: VirtualTime | None = None
    sent: list[Message] = field(default_factory=list)
    attempts: list[tuple[int, float]] = field(default_factory=list)
    scripts: dict[int, deque[Outcome]] = field(default_factory=lambda: defaultdict(deque))

    def script(self, chat_id: int, *outcomes: Outcome) -> None:
        self.scripts[chat_id].extend(outcomes)

    async def send(self, message: Message) -> Outcome:
        self.attempts.append((message.chat_id, self.time.elapsed if self.time else 0.0))
        queued = self.scripts.get(message.chat_id)
        outcome = queued.popleft() if queued else Outcome(Result.SENT)
        if outcome.result is Result.SENT:
            self.sent.append(message)
        return outcome

    def texts_for(self, chat_id: int) -> list[str]:
        return [m.text for m in self.sent if m.chat_id == chat_id]
