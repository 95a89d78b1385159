"""The fake server: `FakeBotApi`, its update builders, failure injection and recording."""

from __future__ import annotations

import asyncio
import time
from collections import Counter, deque
from typing import Any

from aiohttp import web

from tests.fake_bot_api.constants import (
    DEFAULT_BOT_USERNAME,
    DEFAULT_TOKEN,
    HOST,
    MAX_UPLOAD_BYTES,
    NOT_FOUND_METHOD,
    JsonDict,
    Params,
)
from tests.fake_bot_api.control import Control
from tests.fake_bot_api.errors import ApiError, error_response
from tests.fake_bot_api.faults import Faults
from tests.fake_bot_api.methods import Telegram, without
from tests.fake_bot_api.params import read_params
from tests.fake_bot_api.recording import (
    Failure,
    RecordedCall,
    default_block_description,
    default_description,
)
from tests.fake_bot_api.state import (
    Broadcast,
    Chats,
    Tally,
    UpdateQueue,
    bot_user,
    chat_for,
    detect_entities,
    make_user,
    sender_id,
)


class FakeBotApi:
    """A loopback Telegram Bot API: serves a real PTB bot, records it, fails on demand.

    Point PTB at ``base_url``/``base_file_url``; feed it with ``queue_*``; read what it sent
    with ``sent``/``last_text``/``wait_for``; break it with ``fail_next``/``block_chat``/
    ``latency``. The same controls exist over HTTP under ``/_control/`` (see ``Control``).
    """

    def __init__(
        self,
        token: str = DEFAULT_TOKEN,
        *,
        port: int = 0,
        bot_username: str = DEFAULT_BOT_USERNAME,
        latency: float = 0.0,
    ) -> None:
        self.token = token
        self.port = port
        self.latency = latency
        self.bot = bot_user(token, bot_username)
        self.requests: list[RecordedCall] = []
        self._initial_latency = latency
        self._recorded = Broadcast()
        self._updates = UpdateQueue()
        self._chats = Chats()
        self._api = Telegram(self.bot, self._chats, self._updates)
        self._failures: dict[str, deque[Failure]] = {}
        self.faults = Faults()
        self._blocked: dict[str, str] = {}
        self._runner: web.AppRunner | None = None
        self._inflight: set[asyncio.Task[web.Response]] = set()

    async def __aenter__(self) -> FakeBotApi:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def start(self) -> None:
        """Listen on 127.0.0.1; with port 0 the OS picks a free port, read back into .port."""
        # handler_cancellation: a long poll whose client went away must not linger.
        runner = web.AppRunner(
            self._make_app(), access_log=None, handler_cancellation=True, shutdown_timeout=1.0
        )
        await runner.setup()
        await web.TCPSite(runner, HOST, self.port).start()
        self._runner = runner
        self.port = runner.addresses[0][1]

    async def close(self) -> None:
        """Stop serving; parked long polls return at once, so shutdown never waits them out."""
        self._updates.close()
        for task in list(self._inflight):
            task.cancel()
        await asyncio.gather(*self._inflight, return_exceptions=True)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def base_url(self) -> str:
        """The value for ApplicationBuilder().base_url(); PTB appends "{token}/{method}"."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        return f"{self.url}/file/bot"

    @property
    def bot_username(self) -> str:
        return str(self.bot["username"])

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Updates not yet confirmed by a getUpdates offset."""
        return list(self._updates.pending)

    # update builders

    def queue_message(
        self,
        chat_id: int,
        text: str,
        user_id: int | None = None,
        chat_type: str = "private",
        username: str | None = "tester",
        reply_to: int | None = None,
        entities: list[JsonDict] | None = None,
        *,
        first_name: str = "Test",
        title: str | None = None,
        thread_id: int | None = None,
        language_code: str | None = "en",
    ) -> JsonDict:
        """Queue a user's text message; /commands and @mentions get entities automatically.

        `thread_id` puts it in that topic of a forum supergroup; `language_code`
        is the sender's app language (their later button presses keep it).
        """
        sender = sender_id(chat_id, user_id, chat_type)
        user = make_user(sender, username, first_name, language_code)
        self._chats.remember_user(user)
        chat = chat_for(chat_id, chat_type, user, title)
        if thread_id is not None:
            chat["is_forum"] = True
        chat = self._chats.remember(chat)
        body: JsonDict = {"from": user, "text": text}
        if thread_id is not None:
            body |= {"message_thread_id": thread_id, "is_topic_message": True}
        found = detect_entities(text) if entities is None else entities
        if found:
            body["entities"] = found
        if reply_to is not None:
            body["reply_to_message"] = self._reply_source(chat_id, reply_to)
        return self._updates.put({"message": self._chats.add(chat, body)})

    def queue_callback(
        self, chat_id: int, message_id: int, data: str, user_id: int | None = None
    ) -> JsonDict:
        """Queue a button press; the query stays open until the bot answers it once."""
        chat = self._chats.resolve(chat_id)
        user = self._chats.user(sender_id(chat_id, user_id, chat["type"]))
        # A message the fake never saw arrives the way Telegram sends old ones: inaccessible.
        message = self._chats.get(chat["id"], message_id) or {
            "chat": chat,
            "message_id": message_id,
            "date": 0,
        }
        query = {
            "id": self._api.open_query(),
            "from": user,
            "message": message,
            "chat_instance": f"instance{chat_id}",
            "data": data,
        }
        return self._updates.put({"callback_query": query})

    def queue_inline_query(self, user_id: int, query: str, offset: str = "") -> JsonDict:
        """Queue an inline query; answerInlineQuery must use its id, once."""
        inline = {
            "id": self._api.open_query(),
            "from": self._chats.user(user_id),
            "query": query,
            "offset": offset,
            "chat_type": "sender",
        }
        return self._updates.put({"inline_query": inline})

    def queue_edit(self, chat_id: int, message_id: int, text: str) -> JsonDict:
        """Queue an edited_message update: the user changed the text of their message."""
        old = self._chats.get(chat_id, message_id)
        if old is None or old.get("from", {}).get("id") == self.bot["id"]:
            raise ValueError(f"no user message {message_id} in chat {chat_id} to edit")
        edited = {**without(old, "entities"), "text": text, "edit_date": int(time.time())}
        found = detect_entities(text)
        if found:
            edited["entities"] = found
        self._chats.replace(edited)
        return self._updates.put({"edited_message": edited})

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """Make a user 'creator', 'administrator', 'member' ... of a group (getChatMember)."""
        self._api.profile.set_status(chat_id, user_id, status)

    def queue_update(self, update: JsonDict) -> JsonDict:
        """Queue any update body as given (its update_id is replaced to keep ids increasing)."""
        return self._updates.put(update)

    def _reply_source(self, chat_id: int, message_id: int) -> JsonDict:
        message = self._chats.get(chat_id, message_id)
        if message is None:
            raise ValueError(f"no message {message_id} in chat {chat_id} to reply to")
        return without(message, "reply_to_message")

    # failure injection

    def fail_next(
        self,
        method: str,
        status: int = 400,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """Make the next `times` calls of `method` ("*" for any method) fail like Telegram.

        429 gets ``parameters.retry_after`` (default 1); 502-504 get a proxy's HTML page.
        """
        name = method if method == "*" else self._api.canonical(method)
        if name is None:
            raise ValueError(f"unknown Bot API method {method!r}")
        if status == 429 and retry_after is None:
            retry_after = 1
        text = description or default_description(status, retry_after)
        self._failures.setdefault(name, deque()).append(Failure(status, text, retry_after, times))

    def block_chat(self, chat_id: int | str, description: str | None = None) -> None:
        """Answer every call aimed at chat_id with 403 until unblock_chat, like a blocked bot."""
        self._blocked[str(chat_id)] = description or default_block_description(chat_id)

    def unblock_chat(self, chat_id: int | str) -> None:
        self._blocked.pop(str(chat_id), None)

    def reset(self) -> None:
        """Forget calls, updates, chats, failures and latency; update ids keep increasing."""
        self.requests.clear()
        self._failures.clear()
        self._blocked.clear()
        self.faults.clear()
        self.latency = self._initial_latency
        self._updates.clear()
        self._chats.clear()
        self._api.clear()
        self._recorded.notify()

    # recording

    def calls(
        self,
        method: str | None = None,
        chat_id: int | str | None = None,
        *,
        ok: bool | None = None,
        since: int = 0,
    ) -> list[RecordedCall]:
        """Recorded calls, oldest first, filtered by method, chat and success.

        `since` skips the first N entries of .requests, for incremental reads in benchmarks.
        """
        name = self._method_filter(method)
        return [call for call in self.requests[since:] if call.matches(name, chat_id, ok)]

    def _method_filter(self, method: str | None) -> str | None:
        return None if method is None else self._api.canonical(method) or method

    def sent(self, method: str = "sendMessage", chat_id: int | str | None = None) -> list[Params]:
        """Parameters of the successful calls of `method`: what actually reached users."""
        return [call.params for call in self.calls(method, chat_id, ok=True)]

    def last_text(self, chat_id: int | str) -> str | None:
        """What the user now sees in the bot's latest message to chat_id.

        That is the plain text after HTML parsing and edits (the caption for documents), so
        tests can assert on wording without caring about markup; None if there is no message.
        """
        message = self._chats.latest_from(int(chat_id), self.bot["id"])
        return None if message is None else message.get("text", message.get("caption"))

    async def wait_for(
        self,
        method: str,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109 - the agreed API, as in asyncio.wait_for
        chat_id: int | str | None = None,
        *,
        include_failed: bool = False,
    ) -> list[Params]:
        """Wait (woken on each recorded call, never polling) until `count` calls match.

        Returns the matching calls' parameters; raises TimeoutError listing what was recorded.
        """
        name, ok = self._method_filter(method), None if include_failed else True
        tally = Tally(self.requests, lambda call: call.matches(name, chat_id, ok))
        if not await self._recorded.wait_until(lambda: tally.count() >= count, timeout):
            seen = Counter(f"{call.method}:{call.status}" for call in self.requests)
            raise TimeoutError(
                f"{count} x {method} not recorded within {timeout}s; saw {dict(seen)}"
            )
        return [call.params for call in tally.matched]

    async def wait_for_poller(self, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until a getUpdates long poll is parked here, to prove it wakes on new updates."""
        if not await self._updates.changed.wait_until(lambda: self._updates.pollers > 0, timeout):
            raise TimeoutError(f"no getUpdates long poll arrived within {timeout}s")

    # HTTP

    def _make_app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_UPLOAD_BYTES)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{path:.+}", self._handle_file)
        Control(self).register(app.router)
        app.router.add_route("*", "/{tail:.*}", _not_found)
        return app

    async def _handle_method(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return error_response(401, "Unauthorized")
        arrived = time.time()
        method = self._api.canonical(request.match_info["method"]) or request.match_info["method"]
        try:
            params = await read_params(request)
        except ApiError as error:
            self._record(RecordedCall(method, {}, arrived, error.status, error.description))
            return error.response()
        work = asyncio.create_task(self._process(method, params, arrived))
        self._inflight.add(work)
        work.add_done_callback(self._inflight.discard)
        return await self._outcome(method, work)

    @staticmethod
    async def _outcome(method: str, work: asyncio.Task[web.Response]) -> web.Response:
        """Finish a call even if the client hangs up, as Telegram does.

        A bot that times out on sendMessage may still have sent it; crash tests rely on that.
        A long poll whose client left just ends.
        """
        try:
            return await asyncio.shield(work)
        except asyncio.CancelledError:
            if method == "getUpdates":
                work.cancel()
            raise

    async def _process(self, method: str, params: Params, arrived: float) -> web.Response:
        try:
            result = await self._call(method, params)
        except ApiError as error:
            self._record(RecordedCall(method, params, arrived, error.status, error.description))
            return error.response()
        self._record(RecordedCall(method, params, arrived, 200))
        return web.json_response({"ok": True, "result": result})

    async def _call(self, method: str, params: Params) -> Any:
        if self.latency > 0:
            await asyncio.sleep(self.latency)
        handler = self._api.handlers.get(method)
        if handler is None:
            raise ApiError(404, NOT_FOUND_METHOD)
        failure = self._take_failure(method)
        if failure is not None:
            raise failure.error()
        fault = self.faults.check(method, params, time.time())
        if fault is not None:
            raise fault
        blocked = self._blocked.get(str(params.get("chat_id")))
        if blocked is not None:
            raise ApiError(403, blocked)
        return await handler(params)

    def _take_failure(self, method: str) -> Failure | None:
        for key in (method, "*"):
            queue = self._failures.get(key)
            if queue:
                failure = queue[0]
                failure.remaining -= 1
                if failure.remaining <= 0:
                    queue.popleft()
                return failure
        return None

    def _record(self, call: RecordedCall) -> None:
        self.requests.append(call)
        self._recorded.notify()

    async def _handle_file(self, request: web.Request) -> web.Response:
        if request.match_info["token"] != self.token:
            return error_response(401, "Unauthorized")
        stored = self._api.file_at(request.match_info["path"])
        if stored is None:
            return error_response(404, "Not Found")
        return web.Response(
            body=stored.upload.data, headers={"Content-Type": stored.upload.mime_type}
        )


async def _not_found(request: web.Request) -> web.Response:
    return error_response(404, "Not Found")
