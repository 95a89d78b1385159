"""One sending budget for the whole process: answers and fan-outs draw from the same pace.

Telegram counts every message a bot sends against one limit (about 30 a
second); two limiters that each keep it still exceed it together.  So one
`RateLimiter` hands out evenly spaced slots to everybody who sends.  Answers
to people ask `urgent=True` and go to the front: fan-out workers queue behind
one another and reserve at most one slot ahead, so a question waits for at
most a couple of slots, never for a fan-out's backlog.  A 429 `retry_after`
pauses all sending, answers and fan-outs alike, for the time Telegram asked.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

Sleep = Callable[[float], Awaitable[None]]


@dataclass
class RateLimiter:
    """A global pace (messages a second), a minimum interval per chat, and a shared pause.

    The pace keeps 3% headroom: requests leave evenly spaced but arrive with
    jitter, and Telegram counts arrivals.  `per_second=None` lifts the limit.
    """

    per_second: float | None = 25.0
    per_chat_interval_s: float = 1.0
    headroom: float = 0.97
    monotonic: Callable[[], float] = time.monotonic
    sleep: Sleep = asyncio.sleep
    _next_global: float = 0.0
    _paused_until: float = 0.0
    _next_for_chat: dict[int, float] = field(default_factory=dict)
    _queue: asyncio.Lock = field(default_factory=asyncio.Lock)

    async def wait_turn(self, chat_id: int | None = None, *, urgent: bool = False) -> None:
        """Sleep until this message may go: the chat's interval, the pause, the global pace."""
        if chat_id is not None and self.per_chat_interval_s > 0:
            await self._wait_for_chat(chat_id)
        if urgent:
            await self._reserve()
            return
        async with self._queue:  # fan-out: one waiter at a time, answers overtake it
            await self._reserve()

    def pause(self, seconds: float) -> None:
        """Telegram said 429: nobody sends for `seconds`."""
        self._paused_until = max(self._paused_until, self.monotonic() + seconds)

    @property
    def step_s(self) -> float:
        """The spacing between two messages at the configured pace."""
        return 1.0 / (self.per_second * self.headroom) if self.per_second else 0.0

    async def _reserve(self) -> None:
        while True:
            now = self.monotonic()
            slot = max(now, self._paused_until, self._next_global if self.per_second else now)
            if slot <= now:
                self._next_global = now + self.step_s
                return
            await self.sleep(slot - now)  # re-checked: a pause may have begun meanwhile

    async def _wait_for_chat(self, chat_id: int) -> None:
        now = self.monotonic()
        ready = max(now, self._next_for_chat.get(chat_id, now))
        self._next_for_chat[chat_id] = ready + self.per_chat_interval_s
        if len(self._next_for_chat) > 50_000:
            self._forget_idle(now)
        if ready > now:
            await self.sleep(ready - now)

    def _forget_idle(self, now: float) -> None:
        self._next_for_chat = {c: t for c, t in self._next_for_chat.items() if t > now}
