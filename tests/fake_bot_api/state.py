"""The fake's state: waiting for calls, the update queue, chats and messages."""

from __future__ import annotations

import asyncio
import itertools
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tests.fake_bot_api.constants import CONFLICT_POLL, DEFAULT_USER_ID, JsonDict
from tests.fake_bot_api.errors import ApiError, bad_request
from tests.fake_bot_api.params import UploadedFile
from tests.fake_bot_api.recording import RecordedCall
from tests.fake_bot_api.telegram_html import utf16_len


class Broadcast:
    """Wakes every waiter on each change; notify() is sync, so update builders need no await."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()
        self._event = asyncio.Event()

    async def wait_until(self, predicate: Callable[[], bool], seconds: float) -> bool:
        """Wait until predicate() holds or `seconds` pass; return whether it holds."""
        try:
            async with asyncio.timeout(max(seconds, 0.0)):
                while not predicate():
                    await self._event.wait()
        except TimeoutError:
            return predicate()
        return True


class Tally:
    """Counts matching calls incrementally, so waiting on a long benchmark log stays linear."""

    def __init__(self, log: list[RecordedCall], wanted: Callable[[RecordedCall], bool]) -> None:
        self.log = log
        self.wanted = wanted
        self.matched: list[RecordedCall] = []
        self.scanned = 0

    def count(self) -> int:
        if self.scanned > len(self.log):  # reset() emptied the log meanwhile
            self.matched.clear()
            self.scanned = 0
        self.matched.extend(call for call in self.log[self.scanned :] if self.wanted(call))
        self.scanned = len(self.log)
        return len(self.matched)


def update_kind(update: JsonDict) -> str:
    return next((key for key in update if key != "update_id"), "")


class UpdateQueue:
    """Updates waiting for getUpdates, with Telegram's offset confirmation and long polling."""

    def __init__(self) -> None:
        self.pending: list[JsonDict] = []
        self.closing = False
        self.pollers = 0
        self._ids = itertools.count(1)
        self._generation = 0
        self.changed = Broadcast()

    def put(self, body: JsonDict) -> JsonDict:
        update: JsonDict = {"update_id": next(self._ids)}
        update.update((key, value) for key, value in body.items() if key != "update_id")
        self.pending.append(update)
        self.changed.notify()
        return update

    def confirm(self, offset: int | None) -> None:
        """Forget updates below offset; a negative offset keeps only the last -offset ones."""
        if offset is not None and offset < 0:
            self.pending = self.pending[offset:]
        elif offset is not None:
            self.pending = [update for update in self.pending if update["update_id"] >= offset]

    def available(self, allowed: list[str] | None) -> list[JsonDict]:
        return [update for update in self.pending if not allowed or update_kind(update) in allowed]

    def clear(self) -> None:
        self.pending.clear()
        self.changed.notify()

    def close(self) -> None:
        """End parked long polls at once, so the server shuts down without waiting them out."""
        self.closing = True
        self.changed.notify()

    async def poll(
        self, offset: int | None, limit: int, seconds: float, allowed: list[str] | None
    ) -> list[JsonDict]:
        self.confirm(offset)
        self._generation += 1
        generation = self._generation
        self.pollers += 1
        self.changed.notify()  # an older parked poll now ends with 409, as on Telegram

        def ready() -> bool:
            superseded = self._generation != generation
            return superseded or self.closing or bool(self.available(allowed))

        try:
            await self.changed.wait_until(ready, seconds)
        finally:
            self.pollers -= 1
        if self._generation != generation:
            raise ApiError(409, CONFLICT_POLL)
        return self.available(allowed)[:limit]


def make_user(
    user_id: int,
    username: str | None = None,
    first_name: str = "Test",
    language_code: str | None = "en",
) -> JsonDict:
    """A user as Telegram sends it; `language_code` is their app's (None: Telegram sent none)."""
    user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    if language_code:
        user["language_code"] = language_code
    return user


def bot_user(token: str, username: str) -> JsonDict:
    """The getMe result; its id is the token's numeric prefix, as on Telegram."""
    prefix = token.split(":", 1)[0]
    return {
        "id": int(prefix) if prefix.isdigit() else 123456,
        "is_bot": True,
        "first_name": "Fake Test Bot",
        "username": username,
        "can_join_groups": True,
        "can_read_all_group_messages": False,
        "supports_inline_queries": True,
        "can_connect_to_business": False,
        "has_main_web_app": False,
    }


def default_chat(chat_id: int) -> JsonDict:
    """A chat the bot was never told about: private if positive, a group if negative."""
    if chat_id > 0:
        return {"id": chat_id, "type": "private", "first_name": "Test"}
    kind = "supergroup" if str(chat_id).startswith("-100") else "group"
    return {"id": chat_id, "type": kind, "title": f"Test {kind}"}


def chat_for(chat_id: int, chat_type: str, user: JsonDict, title: str | None) -> JsonDict:
    if chat_type == "private":
        if chat_id <= 0:
            raise ValueError(f"private chat ids are positive, got {chat_id}")
        names: JsonDict = {key: user[key] for key in ("first_name", "username") if key in user}
        return {"id": chat_id, "type": "private", **names}
    if chat_type not in {"group", "supergroup"}:
        raise ValueError(f"unsupported chat_type {chat_type!r}")
    if chat_id >= 0:
        raise ValueError(f"group chat ids are negative, got {chat_id}")
    return {"id": chat_id, "type": chat_type, "title": title or f"Test {chat_type}"}


def sender_id(chat_id: int, user_id: int | None, chat_type: str) -> int:
    """In a private chat the sender is the chat; in groups a default member speaks."""
    if user_id is not None:
        return user_id
    return chat_id if chat_type == "private" else DEFAULT_USER_ID


_COMMAND_RE = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?")
_MENTION_RE = re.compile(r"(?<![\w@/])@[A-Za-z0-9_]{3,32}")


def detect_entities(text: str) -> list[JsonDict]:
    """Find /commands and @mentions the way Telegram clients mark them."""
    found = [_found("bot_command", text, match) for match in _COMMAND_RE.finditer(text)]
    found += [_found("mention", text, match) for match in _MENTION_RE.finditer(text)]
    return sorted(found, key=lambda entity: entity["offset"])


def _found(kind: str, text: str, match: re.Match[str]) -> JsonDict:
    offset = utf16_len(text[: match.start()])
    return {"type": kind, "offset": offset, "length": utf16_len(match.group())}


class Chats:
    """Chats, users and messages, so that replies, edits and deletes fail as on Telegram."""

    def __init__(self) -> None:
        self.chats: dict[int, JsonDict] = {}
        self.users: dict[int, JsonDict] = {}
        self.messages: dict[tuple[int, int], JsonDict] = {}
        self._last_ids: dict[int, int] = {}

    def clear(self) -> None:
        self.chats.clear()
        self.users.clear()
        self.messages.clear()
        self._last_ids.clear()

    def resolve(self, chat_id: Any) -> JsonDict:
        if chat_id is None or chat_id == "":
            raise bad_request("chat_id is empty")
        if isinstance(chat_id, str) and chat_id.startswith("@"):
            return self._by_username(chat_id.removeprefix("@"))
        try:
            numeric = int(chat_id)
        except (TypeError, ValueError):
            raise bad_request("chat not found") from None
        return self.chats.setdefault(numeric, default_chat(numeric))

    def _by_username(self, username: str) -> JsonDict:
        for chat in self.chats.values():
            if str(chat.get("username", "")).lower() == username.lower():
                return chat
        raise bad_request("chat not found")

    def remember(self, chat: JsonDict) -> JsonDict:
        self.chats[chat["id"]] = chat
        return chat

    def remember_user(self, user: JsonDict) -> JsonDict:
        self.users[user["id"]] = user
        return user

    def user(self, user_id: int) -> JsonDict:
        return self.users.get(user_id) or self.remember_user(make_user(user_id, f"user{user_id}"))

    def add(self, chat: JsonDict, body: JsonDict) -> JsonDict:
        """Store a new message; ids grow per chat and are shared by the user and the bot."""
        message_id = self._last_ids.get(chat["id"], 0) + 1
        self._last_ids[chat["id"]] = message_id
        message = {"message_id": message_id, "date": int(time.time()), "chat": chat, **body}
        self.messages[(chat["id"], message_id)] = message
        return message

    def get(self, chat_id: int, message_id: int) -> JsonDict | None:
        return self.messages.get((chat_id, message_id))

    def replace(self, message: JsonDict) -> None:
        self.messages[(message["chat"]["id"], message["message_id"])] = message

    def delete(self, chat_id: int, message_id: int) -> bool:
        return self.messages.pop((chat_id, message_id), None) is not None

    def latest_from(self, chat_id: int, user_id: int) -> JsonDict | None:
        mine = [
            message
            for (in_chat, _), message in self.messages.items()
            if in_chat == chat_id and message.get("from", {}).get("id") == user_id
        ]
        return max(mine, key=lambda message: message["message_id"], default=None)


@dataclass(frozen=True)
class StoredFile:
    file_id: str
    unique_id: str
    path: str
    upload: UploadedFile

    def document(self) -> JsonDict:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.unique_id,
            "file_name": self.upload.file_name,
            "mime_type": self.upload.mime_type,
            "file_size": self.upload.size,
        }

    def file(self) -> JsonDict:
        return {
            "file_id": self.file_id,
            "file_unique_id": self.unique_id,
            "file_size": self.upload.size,
            "file_path": self.path,
        }
