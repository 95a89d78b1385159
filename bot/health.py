"""Whether the bot is well, as the health endpoints report it (200 "ok" or 503 with problems).

Components that notice a lasting failure mark it here; the endpoint in
both modes (webhook `/healthz`, and the `[health]` port in polling mode)
only reads it.  Plain state, no I/O: the delivery and scheduling services
may import it.

Liveness (`ApiWatch`): python-telegram-bot stops polling for good on the
first 401 and otherwise retries a dead server forever; either way the
process stays alive and does nothing, so a supervisor (`Restart=on-failure`)
never helps.  `ApiWatch` sees the status of every Bot API response and every
network failure; when the token is refused `unauthorized_limit` times in a
row (once on getUpdates), or no response at all arrived for `dead_after_s`,
it marks health failed and `fatal` becomes the reason, and the application
stops with a non-zero exit status.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Health:
    """The problems noticed so far; healthy while there are none."""

    def __init__(self) -> None:
        self._problems: dict[str, None] = {}  # insertion-ordered set

    def mark_failed(self, reason: str) -> None:
        """Note a problem (once, however often it is noticed); logged the first time."""
        if reason not in self._problems:
            log.error("unhealthy: %s", reason)
        self._problems[reason] = None

    def mark_ok(self) -> None:
        """Forget every problem: the component that noticed them works again."""
        self._problems.clear()

    @property
    def ok(self) -> bool:
        """True while no problem is noted."""
        return not self._problems

    @property
    def problems(self) -> tuple[str, ...]:
        """The problems noted, oldest first."""
        return tuple(self._problems)


class ApiWatch:
    """Counts 401s and the time since the last answer from the Bot API."""

    def __init__(
        self,
        health: Health,
        *,
        unauthorized_limit: int = 3,
        dead_after_s: float = 120.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.health = health
        self.unauthorized_limit = unauthorized_limit
        self.dead_after_s = dead_after_s
        self.monotonic = monotonic
        self.fatal: str | None = None
        self._unauthorized = 0
        self._last_answer = monotonic()

    def answered(self, status: int, *, polling: bool = False) -> None:
        """A response arrived; a 401 on getUpdates is fatal at once (PTB stops polling)."""
        self._last_answer = self.monotonic()
        if status != 401:
            self._unauthorized = 0
            return
        self._unauthorized += 1
        if polling or self._unauthorized >= self.unauthorized_limit:
            self.refused()

    def refused(self) -> None:
        """The token was refused where nothing can go on without it (getUpdates, start-up)."""
        self._fail("the Bot API rejects the token (401 Unauthorized)")

    def unreachable(self) -> None:
        """A request failed without any response (refused, reset, timed out)."""
        silent = self.monotonic() - self._last_answer
        if silent >= self.dead_after_s:
            self._fail(f"no answer from the Bot API for {silent:.0f}s")

    def check(self) -> str | None:
        """Called periodically: the fatal reason, if any (silence counts without requests)."""
        if self.fatal is None and self.monotonic() - self._last_answer >= self.dead_after_s:
            self.unreachable()
        return self.fatal

    def _fail(self, reason: str) -> None:
        self.fatal = self.fatal or reason
        self.health.mark_failed(reason)
