"""What one delivery is: the message, the outcome of an attempt, and how a message is stored.

The ledger stores every queued message as JSON (`encode`/`decode`), so any
process, after any crash, can send exactly the text that was queued, without
recomputing it from knowledge that may have changed meanwhile.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum
from typing import Protocol

from bot.knowledge.items import Link
from bot.reminders.targets import DeliveryKey


class Result(StrEnum):
    """What happened to one send attempt."""

    SENT = "sent"
    BLOCKED = "blocked"  # 403 or chat gone: the chat refuses messages for good
    RETRY_AFTER = "retry after"  # 429: pause all sending retry_after seconds, then again
    TRANSIENT = "transient"  # 5xx or a network error: back off and retry
    PERMANENT = "permanent"  # 400 for this message: retrying will not help
    MIGRATED = "migrated"  # the group became a supergroup: send to `migrate_to_chat_id`
    UNAUTHORIZED = "unauthorized"  # 401: the token was revoked; keep the message for later
    EXPIRED = "expired"  # not attempted: its deadline passed, too late to be useful


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one attempt, with the wait Telegram asked for or the chat it moved to."""

    result: Result
    retry_after_s: float = 0.0
    error: str = ""
    migrate_to_chat_id: int | None = None


@dataclass(frozen=True, slots=True)
class Message:
    """Plain text and link buttons for one chat; the adapter escapes and renders."""

    chat_id: int
    text: str
    links: tuple[Link, ...] = ()

    def to(self, chat_id: int) -> Message:
        """The same message for another chat (a migrated group)."""
        return replace(self, chat_id=chat_id)


class Sender(Protocol):
    """Something that can put a message in front of a chat (Telegram, a test fake)."""

    async def send(self, message: Message) -> Outcome:
        """Try once; never raise for Telegram's answers, return them as an Outcome."""
        ...


@dataclass(frozen=True, slots=True)
class Delivery:
    """One message to queue under one ledger key; pointless after `expires_at`, if set."""

    key: DeliveryKey
    due_at: datetime
    message: Message
    expires_at: datetime | None = None


def encode(message: Message) -> str:
    """The message as stored in the ledger (the chat is the ledger key's)."""
    links = [[link.label, link.url] for link in message.links]
    return json.dumps({"text": message.text, "links": links}, ensure_ascii=False)


def decode(chat_id: int, payload: str) -> Message:
    """The stored message back; ValueError if the payload is not one of ours."""
    data = json.loads(payload)
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        raise ValueError("not a stored message")
    links = tuple(Link(str(label), str(url)) for label, url in data.get("links", []))
    return Message(chat_id, data["text"], links)
