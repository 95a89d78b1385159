"""A python-telegram-bot request backend over aiohttp instead of httpx.

PTB lets the HTTP transport be swapped (`ApplicationBuilder().request(...)`),
as httpx lets its own be.  Under load, httpx's connection-pool bookkeeping
costs about 2 ms of CPU per Bot API call on this machine; aiohttp does the
same request for a fraction of that, which is most of the difference between
~100 and 300+ answered questions a second.  Parameters are sent exactly as
PTB's own HTTPXRequest sends them: form fields, multipart when there are files.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

from bot.health import ApiWatch


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
