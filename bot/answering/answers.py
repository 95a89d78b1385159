"""The answer value that every adapter renders: the `ask --json` contract plus links.

It lives in its own module so that adapters (terminal, Telegram) can depend on
the shape of an answer without importing the engine that makes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from bot.knowledge.items import Link


class Intent(StrEnum):
    """What the person wants to know; the values are the `ask --json` contract."""

    WHEN = "when"
    WHERE = "where"
    REGISTER = "register"
    LINK = "link"
    ABOUT = "about"
    LIST = "list"
    HELP = "help"
    UNKNOWN = "unknown"


class AnswerKind(StrEnum):
    """How the answer is shaped, so an adapter knows which buttons fit."""

    ITEM = "item"  # about one item: item_id is set
    LIST = "list"  # several items, in `items`
    AMBIGUOUS = "ambiguous"  # could not choose: `items` are the candidates
    HELP = "help"
    UNKNOWN = "unknown"  # nothing in the knowledge matches


@dataclass(frozen=True, slots=True)
class Answer:
    """One reply: plain text plus the data an adapter needs to decorate it."""

    question: str
    intent: Intent
    kind: AnswerKind
    text: str
    item_id: str | None = None
    items: tuple[str, ...] = ()
    confidence: float = 0.0
    links: tuple[Link, ...] = ()
    language: str = "en"  # the language `text` is written in

    def to_json(self) -> dict[str, Any]:
        """The object `python main.py ask --json` prints, key for key."""
        return {
            "question": self.question,
            "intent": self.intent.value,
            "item_id": self.item_id,
            "items": list(self.items),
            "answer": self.text,
            "confidence": round(self.confidence, 3),
        }
