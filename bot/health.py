"""Whether the bot is well, as the health endpoints report it (200 "ok" or 503 with problems).

Components that notice a lasting failure mark it here; the endpoint in
both modes (webhook `/healthz`, and the `[health]` port in polling mode)
only reads it.  Plain state, no I/O: the delivery and scheduling services
may import it.
"""

from __future__ import annotations


class Health:
    """The problems noticed so far; healthy while there are none."""

    def __init__(self) -> None:
        self._problems: dict[str, None] = {}  # insertion-ordered set

    def mark_failed(self, reason: str) -> None:
        """Note a problem (once, however often it is noticed)."""
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
