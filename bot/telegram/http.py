"""Our HTTP side: the webhook receiver and the health endpoint, on aiohttp.

The receiver refuses what is not Telegram's: a missing or wrong secret
token (403), a body over the size limit (413, aiohttp's own), JSON that is
not an update (400).  Only a real update reaches the Application's queue.
`/healthz` reads `Health` (200 "ok", or 503 and one problem a line), in
polling mode on its own port, in webhook mode also next to the receiver.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Coroutine
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from bot.health import Health

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_UPDATE_BYTES = 1 << 20  # an update is a few kB; a message is at most 4,096 characters
Receiver = Callable[[web.Request], Coroutine[Any, Any, web.StreamResponse]]


def health_server(health: Health) -> web.Application:
    """An aiohttp app that serves only GET /healthz."""
    server = web.Application()
    server.router.add_get("/healthz", _healthz(health))
    return server


def webhook_server(
    app: Application[Any, Any, Any, Any, Any, Any], path: str, secret: str, health: Health
) -> web.Application:
    """The receiver at `path` plus /healthz, with the body size limited."""
    server = web.Application(client_max_size=MAX_UPDATE_BYTES)
    server.router.add_post(path or "/", _receiver(app, secret))
    server.router.add_get("/healthz", _healthz(health))
    return server


def _healthz(health: Health) -> Receiver:
    async def healthz(_: web.Request) -> web.StreamResponse:
        if health.ok:
            return web.Response(text="ok")
        return web.Response(status=503, text="\n".join(health.problems))

    return healthz


def _receiver(app: Application[Any, Any, Any, Any, Any, Any], secret: str) -> Receiver:
    async def receive(request: web.Request) -> web.StreamResponse:
        given = request.headers.get(SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return web.Response(status=403, text="wrong secret token")
        update = parse_update(await request.read(), app)
        if update is None:
            return web.Response(status=400, text="not an update")
        await app.update_queue.put(update)
        return web.Response(text="ok")

    return receive


def parse_update(body: bytes, app: Application[Any, Any, Any, Any, Any, Any]) -> Update | None:
    """The update a body holds, or None for anything else ({}, [], "x", broken JSON)."""
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if not isinstance(data, dict) or type(data.get("update_id")) is not int:
        return None
    try:
        return Update.de_json(data, app.bot)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


class Listeners:
    """The HTTP servers this process runs, bound before the bot starts and closed after."""

    def __init__(self) -> None:
        self._runners: list[web.AppRunner] = []

    async def listen(self, server: web.Application, host: str, port: int) -> None:
        """Serve `server` at host:port; an address in use raises OSError here, at start-up."""
        runner = web.AppRunner(server, access_log=None)
        await runner.setup()
        self._runners.append(runner)
        await web.TCPSite(runner, host, port).start()

    async def close(self) -> None:
        """Stop every server."""
        for runner in reversed(self._runners):
            await runner.cleanup()
        self._runners.clear()
