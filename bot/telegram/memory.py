"""What the adapter remembers between updates, bounded: answers it may edit, lists it may page.

Both live in the process only: after a restart an edited question is answered
anew and an old "Show all" button says it has expired, which is honest and
cheap.  The bound keeps a busy bot's memory flat.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
REMEMBERED = 10_000


class Bounded(Generic[K, V]):
    """A mapping that forgets its oldest entries beyond `limit`."""

    def __init__(self, limit: int = REMEMBERED) -> None:
        self.limit = limit
        self._entries: OrderedDict[K, V] = OrderedDict()

    def put(self, key: K, value: V) -> None:
        """Remember (or refresh) one entry."""
        self._entries[key] = value
        self._entries.move_to_end(key)
        while len(self._entries) > self.limit:
            self._entries.popitem(last=False)

    def get(self, key: K) -> V | None:
        """The entry, if still remembered."""
        return self._entries.get(key)

    def clear(self) -> None:
        """Forget every entry."""
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class Memory:
    """The answers sent per question, the item lists behind "Show all" buttons, and languages.

    `spoken` is the language of the chat's latest answer, which its buttons keep.
    """

    def __init__(self, limit: int = REMEMBERED) -> None:
        self.answers: Bounded[tuple[int, int], tuple[int, ...]] = Bounded(limit)
        self.lists: Bounded[str, tuple[str, tuple[str, ...]]] = Bounded(limit)
        self.spoken: Bounded[int, str] = Bounded(limit)
