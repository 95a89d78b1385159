"""Helpers for conversation tests: say something to the bot, read its buttons."""

from __future__ import annotations

from typing import Any

from tests.fake_bot_api import FakeBotApi


async def said(fake_api: FakeBotApi, chat_id: int, text: str, count: int = 1, **kw: Any) -> Any:
    """Queue a user's message and wait for the bot's `count`-th reply to that chat."""
    before = len(fake_api.sent("sendMessage", chat_id))
    fake_api.queue_message(chat_id, text, **kw)
    return (await fake_api.wait_for("sendMessage", before + count, chat_id=chat_id))[-1]


async def pressed(fake_api: FakeBotApi, chat_id: int, data: str) -> None:
    """Press a button with this data under the bot's latest message to the chat."""
    fake_api.queue_callback(chat_id, last_message_id(fake_api, chat_id), data)


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    """The inline buttons of a sent message, row after row."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
    return [button for row in rows for button in row]


def button(message: dict[str, Any], label: str) -> dict[str, Any]:
    """The button with this label."""
    return next(b for b in buttons(message) if b["text"] == label)


def last_message_id(fake_api: FakeBotApi, chat_id: int) -> int:
    """The id of the bot's latest message to the chat."""
    message = fake_api._chats.latest_from(chat_id, fake_api.bot["id"])
    assert message is not None, f"the bot has not written to chat {chat_id}"
    return int(message["message_id"])
