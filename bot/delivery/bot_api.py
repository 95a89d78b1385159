"""Delivery over the Bot API itself: one `sendMessage` POST per message, via aiohttp.

Fan-outs send thousands of messages; python-telegram-bot's `Bot` spends about
2 ms of CPU per request in httpx and object building, which caps a fan-out
near 500 a second on this machine.  A plain aiohttp POST of the same JSON
costs a fraction of that, so deliveries use it, and the interactive bot keeps
PTB.  Pacing, retries and back-off stay in `bot.delivery.deliverer`; this adapter only
translates Telegram's answers (429 retry_after, 403, 400, 5xx) into outcomes.
The token is part of the URL, so it is scrubbed from every error text.
"""

from __future__ import annotations

import html
import json
from typing import Any

import aiohttp

from bot.delivery.messages import Message, Outcome, Result
from bot.health import ApiWatch
from bot.knowledge.items import Link

TELEGRAM_API = "https://api.telegram.org/bot"
GONE = ("chat not found", "user is deactivated", "bot was kicked", "have no rights to send")


def payload(message: Message) -> dict[str, Any]:
    """The sendMessage body: escaped HTML text, link buttons, no link previews."""
    body: dict[str, Any] = {
        "chat_id": message.chat_id,
        "text": html.escape(message.text, quote=False),
        "parse_mode": "HTML",
        "link_preview_options": {"is_disabled": True},
    }
    if message.links:
        body["reply_markup"] = {"inline_keyboard": _buttons(message.links)}
    return body


def _buttons(links: tuple[Link, ...]) -> list[list[dict[str, str]]]:
    return [[{"text": link.label, "url": link.url}] for link in links]


def outcome_of(status: int, answer: dict[str, Any] | None) -> Outcome:
    """Telegram's HTTP status and JSON answer as a delivery outcome."""
    if answer is not None and answer.get("ok"):
        return Outcome(Result.SENT)
    description = str((answer or {}).get("description", f"HTTP {status}"))
    parameters = (answer or {}).get("parameters") or {}
    if status == 401:
        return Outcome(Result.UNAUTHORIZED, error=description)
    if status == 400 and parameters.get("migrate_to_chat_id"):
        return Outcome(
            Result.MIGRATED,
            error=description,
            migrate_to_chat_id=int(parameters["migrate_to_chat_id"]),
        )
    if status == 429:
        wait = float(parameters.get("retry_after", 1))
        return Outcome(Result.RETRY_AFTER, wait, description)
    if status == 403:
        return Outcome(Result.BLOCKED, error=description)
    if status == 400:
        gone = any(reason in description.lower() for reason in GONE)
        return Outcome(Result.BLOCKED if gone else Result.PERMANENT, error=description)
    if status >= 500 or answer is None:
        return Outcome(Result.TRANSIENT, error=description)
    return Outcome(Result.PERMANENT, error=description)


class BotApiSender:
    """Sends `Message`s with one shared HTTP session; use `async with`."""

    def __init__(
        self,
        token: str,
        base_url: str | None = None,
        connections: int = 16,
        watch: ApiWatch | None = None,
    ) -> None:
        self._url = f"{base_url or TELEGRAM_API}{token}/sendMessage"
        self._watch = watch
        self._token = token
        self._connections = connections
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> BotApiSender:
        connector = aiohttp.TCPConnector(limit=self._connections)
        timeout = aiohttp.ClientTimeout(total=20, connect=5)
        self._session = aiohttp.ClientSession(connector=connector, timeout=timeout)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._session is not None:
            await self._session.close()

    async def send(self, message: Message) -> Outcome:
        """Try once and say what happened; never raises for Telegram or the network."""
        assert self._session is not None, "use BotApiSender inside 'async with'"
        try:
            async with self._session.post(self._url, json=payload(message)) as response:
                answer = await _json(response)
        except (TimeoutError, aiohttp.ClientError) as exc:
            if self._watch is not None:
                self._watch.unreachable()
            return Outcome(Result.TRANSIENT, error=self._scrubbed(repr(exc)))
        if self._watch is not None:
            self._watch.answered(response.status)
        return outcome_of(response.status, answer)

    def _scrubbed(self, text: str) -> str:
        return text.replace(self._token, "<token>")


async def _json(response: aiohttp.ClientResponse) -> dict[str, Any] | None:
    """The JSON body, or None for a proxy's HTML error page."""
    try:
        answer = json.loads(await response.read())
    except ValueError:
        return None
    return answer if isinstance(answer, dict) else None
