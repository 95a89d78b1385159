"""One notion of health for the process: what `/healthz` reports and a supervisor acts on.

Anything that can fail silently in the background (a scheduler task, the
Bot API refusing the token, a Bot API that stopped answering) calls
`mark_failed` with a reason; `/healthz` then answers 503 with the reasons,
and a fatal problem also ends the process with a non-zero exit status.

Liveness (`ApiWatch`): python-telegram-bot stops polling for good on the
first 401 and otherwise retries a dead server forever; either way the process stays alive and does
nothing, so a supervisor (`Restart=on-failure`) never helps.  `ApiWatch` sees
the status of every Bot API response and every network failure; when the
token is refused `unauthorized_limit` times in a row, or no response at all
arrived for `dead_after_s`, it marks health failed and `fatal` becomes the
reason, and the application stops with a non-zero exit status.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


class Health:
    """The problems this process has right now; healthy when there are none."""

    def __init__(self) -> None:
        self._problems: dict[str, None] = {}  # ordered and without repeats

    def mark_failed(self, reason: str) -> None:
        """Record a problem (logged once); health stays failed until `mark_ok`."""
        if reason not in self._problems:
            log.error("unhealthy: %s", reason)
        self._problems[reason] = None

    def mark_ok(self) -> None:
        """Forget every problem: the process is healthy again."""
        self._problems.clear()

    @property
    def ok(self) -> bool:
        """Whether no problem is recorded."""
        return not self._problems

    @property
    def problems(self) -> tuple[str, ...]:
        """The recorded problems, oldest first."""
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
