"""One notion of health for the process: what `/healthz` reports and a supervisor acts on.

Anything that can fail silently in the background (a scheduler task, the
Bot API refusing the token, a Bot API that stopped answering) calls
`mark_failed` with a reason; `/healthz` then answers 503 with the reasons,
and a fatal problem also ends the process with a non-zero exit status.
"""

from __future__ import annotations

import logging

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
