"""The Bot API transport: requests over aiohttp, and the limiter drawing on the one budget.

PTB lets the HTTP transport be swapped (`ApplicationBuilder().request(...)`),
as httpx lets its own be.  Under load, httpx's connection-pool bookkeeping
costs about 2 ms of CPU per Bot API call on this machine; aiohttp does the
same request for a fraction of that, which is most of the difference between
~100 and 300+ answered questions a second.  Parameters are sent exactly as
PTB's own HTTPXRequest sends them: form fields, multipart when there are files.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import BadRequest, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter
from telegram.request import BaseRequest, RequestData

from bot.delivery.pacing import RateLimiter
from bot.health import ApiWatch

log = logging.getLogger(__name__)
NETWORK_RETRIES = 3
RETRY_AFTER_RETRIES = 3


class AiohttpRequest(BaseRequest):
    """One aiohttp session per request object (PTB keeps one for updates, one for the rest)."""

    def __init__(
        self,
        connections: int = 64,
        read_timeout: float | None = 5.0,
        *,
        watch: ApiWatch | None = None,
        polling: bool = False,
    ) -> None:
        self._connections = connections
        self._read_timeout = read_timeout
        self._watch = watch  # sees every status: a revoked token must end the process
        self._polling = polling
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout (getUpdates adds its long-poll time to it)."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session (inside the running event loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._connections)
            self._session = aiohttp.ClientSession(connector=connector)

    async def shutdown(self) -> None:
        """Close the session."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one Bot API request; timeouts become TimedOut, other failures NetworkError."""
        if self._session is None or self._session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        read = self._read_timeout if isinstance(read_timeout, DefaultValue) else read_timeout
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=5.0, sock_read=read)
        try:
            async with self._session.request(
                method, url, data=_body(request_data), timeout=timeout,
                headers={"User-Agent": self.USER_AGENT},
            ) as response:  # fmt: skip
                answer = response.status, await response.read()
        except TimeoutError as exc:
            self._unreachable()
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            self._unreachable()
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        if self._watch is not None:
            self._watch.answered(answer[0], polling=self._polling)
        return answer

    def _unreachable(self) -> None:
        if self._watch is not None:
            self._watch.unreachable()


def _body(request_data: RequestData | None) -> Any:
    """Form fields, or multipart form data when files are attached (as PTB sends them)."""
    if request_data is None:
        return None
    fields = request_data.json_parameters
    files = request_data.multipart_data
    if not files:
        return fields
    form = aiohttp.FormData()
    for name, value in fields.items():
        form.add_field(name, value)
    for name, (filename, content, mime) in _files(files):
        form.add_field(name, content, filename=filename, content_type=mime)
    return form


def _files(files: dict[str, Any]) -> list[tuple[str, tuple[str, Any, str]]]:
    """(part name, (file name, content, mime type)) for each uploaded file."""
    found = []
    for name, part in files.items():
        filename, content, *rest = part
        found.append((name, (filename, content, rest[0] if rest else "application/octet-stream")))
    return found


class SharedBudgetLimiter(AIORateLimiter):
    """PTB's limiter for its group limits, drawing on the process's one sending budget.

    Every Bot API call (answers, buttons, files) first takes an urgent slot of
    the shared `RateLimiter` that fan-outs also use, so answers and reminders
    together never exceed the configured rate; a 429 pauses both for its
    `retry_after`.  Network errors are retried with a short back-off.  A
    timed-out send may have reached Telegram, so a retry can double a reply;
    for answers to questions that is better than losing them.
    """

    def __init__(self, budget: RateLimiter) -> None:
        super().__init__(overall_max_rate=0, max_retries=0)
        self.budget = budget

    async def process_request(self, *args: Any, **kwargs: Any) -> Any:
        """Wait for a slot, call; on 429 pause all sending and retry; retry network errors."""
        network_errors = 0
        for _ in range(RETRY_AFTER_RETRIES + 1 + NETWORK_RETRIES):
            await self.budget.wait_turn(urgent=True)
            try:
                return await super().process_request(*args, **kwargs)
            except RetryAfter as exc:
                self.budget.pause(
                    exc.retry_after.total_seconds()
                    if isinstance(exc.retry_after, timedelta)
                    else float(exc.retry_after)
                )
            except NetworkError as exc:
                if isinstance(exc, BadRequest) or network_errors == NETWORK_RETRIES:
                    raise
                log.info("network error, retrying: %s", type(exc).__name__)
                await asyncio.sleep(0.5 * 2**network_errors)
                network_errors += 1
        return await super().process_request(*args, **kwargs)


def _seconds(wait: timedelta | float) -> float:
    return wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
