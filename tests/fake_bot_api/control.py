"""Control endpoints under /_control/, for tests that run the fake in another process."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

if TYPE_CHECKING:
    from tests.fake_bot_api.server import FakeBotApi

from tests.fake_bot_api.constants import Handler, JsonDict
from tests.fake_bot_api.errors import ApiError


def _guarded(handler: Handler) -> Handler:
    """Turn a bad control request into a 400 that names the problem, not a 500."""

    async def guarded(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiError as error:
            return web.json_response({"ok": False, "description": error.description}, status=400)
        except (KeyError, TypeError, ValueError) as error:
            return web.json_response({"ok": False, "description": repr(error)}, status=400)

    return guarded


def _ok(result: Any = True, **extra: Any) -> web.Response:
    return web.json_response({"ok": True, "result": result, **extra})


def _query_bool(value: str | None) -> bool | None:
    return None if value is None else value.lower() in {"1", "true", "yes"}


class Control:
    """The HTTP twin of FakeBotApi's Python API, for a fake running in another process."""

    def __init__(self, fake: FakeBotApi) -> None:
        self.fake = fake

    def register(self, router: web.UrlDispatcher) -> None:
        routes: list[tuple[str, str, Handler]] = [
            ("POST", "updates", self.updates),
            ("GET", "requests", self.requests),
            ("GET", "wait", self.wait),
            ("POST", "fail", self.fail),
            ("POST", "block", self.block),
            ("POST", "unblock", self.unblock),
            ("POST", "latency", self.latency),
            ("POST", "reset", self.reset),
            ("POST", "outage", self.outage),
            ("POST", "migrate", self.migrate),
            ("POST", "limit", self.limit),
            ("GET", "faults", self.faults),
            ("POST", "member", self.member),
        ]
        for verb, name, handler in routes:
            router.add_route(verb, f"/_control/{name}", _guarded(handler))

    async def updates(self, request: web.Request) -> web.Response:
        """Queue one update or a list: {"type": "message"|"callback"|"inline_query"|"update"}."""
        body = await request.json()
        items = body if isinstance(body, list) else [body]
        return _ok([self._queue(dict(item)) for item in items])

    def _queue(self, item: JsonDict) -> JsonDict:
        builders: dict[str, Callable[..., JsonDict]] = {
            "message": self.fake.queue_message,
            "callback": self.fake.queue_callback,
            "inline_query": self.fake.queue_inline_query,
            "update": self.fake.queue_update,
            "edit": self.fake.queue_edit,
        }
        return builders[item.pop("type", "message")](**item)

    async def requests(self, request: web.Request) -> web.Response:
        """Recorded calls, filtered by ?method=&chat_id=&ok=; ?since=N skips the first N."""
        query = request.query
        calls = self.fake.calls(
            query.get("method"),
            query.get("chat_id"),
            ok=_query_bool(query.get("ok")),
            since=int(query.get("since", 0)),
        )
        return _ok([call.to_json() for call in calls], total=len(self.fake.requests))

    async def wait(self, request: web.Request) -> web.Response:
        """Long-poll until ?method= has ?count= calls (ok only unless ?include_failed=1)."""
        query = request.query
        try:
            params = await self.fake.wait_for(
                query["method"],
                count=int(query.get("count", 1)),
                timeout=float(query.get("timeout", 5.0)),
                chat_id=query.get("chat_id"),
                include_failed=bool(_query_bool(query.get("include_failed"))),
            )
        except TimeoutError as error:
            return web.json_response({"ok": False, "description": str(error)}, status=408)
        return _ok(len(params))

    async def fail(self, request: web.Request) -> web.Response:
        """Body: {"method", "status", "description"?, "retry_after"?, "times"?}."""
        self.fake.fail_next(**await request.json())
        return _ok()

    async def block(self, request: web.Request) -> web.Response:
        self.fake.block_chat(**await request.json())
        return _ok()

    async def unblock(self, request: web.Request) -> web.Response:
        self.fake.unblock_chat(**await request.json())
        return _ok()

    async def latency(self, request: web.Request) -> web.Response:
        self.fake.latency = float((await request.json())["seconds"])
        return _ok()

    async def member(self, request: web.Request) -> web.Response:
        """Body: {"chat_id", "user_id", "status"}: who administers a group."""
        self.fake.set_member_status(**await request.json())
        return _ok()

    async def reset(self, request: web.Request) -> web.Response:
        self.fake.reset()
        return _ok()

    async def outage(self, request: web.Request) -> web.Response:
        """Body: {"method", "status", "seconds", "retry_after"?}: fail calls for a while."""
        self.fake.faults.outage(**await request.json())
        return _ok()

    async def migrate(self, request: web.Request) -> web.Response:
        """Body: {"old", "new"}: the group `old` became the supergroup `new`."""
        self.fake.faults.migrate(**await request.json())
        return _ok()

    async def limit(self, request: web.Request) -> web.Response:
        """Body: {"per_second"}: sends beyond it in any second get 429 (null lifts it)."""
        self.fake.faults.limit((await request.json())["per_second"])
        return _ok()

    async def faults(self, request: web.Request) -> web.Response:
        """Accepted sends per arrival second, to check a limit was kept."""
        return _ok(self.fake.faults.to_json())
