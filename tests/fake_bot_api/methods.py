"""The Bot API methods the fake implements."""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit

from tests.fake_bot_api.checks import (
    check_commands,
    check_inline_results,
    inline_keyboard,
)
from tests.fake_bot_api.constants import (
    CHAT_ACTIONS,
    CONFLICT_WEBHOOK,
    NOT_MODIFIED,
    QUERY_EXPIRED,
    JsonDict,
    Params,
)
from tests.fake_bot_api.errors import ApiError, bad_request
from tests.fake_bot_api.params import (
    UploadedFile,
    int_param,
    json_param,
    optional_number,
)
from tests.fake_bot_api.profile import Profile
from tests.fake_bot_api.state import Chats, StoredFile, UpdateQueue
from tests.fake_bot_api.telegram_html import caption_text, message_text, text_content

MethodHandler = Callable[[Params], Awaitable[Any]]


class Telegram:
    """The Bot API methods as state transitions on chats, updates, files and open queries."""

    def __init__(self, bot: JsonDict, chats: Chats, updates: UpdateQueue) -> None:
        self.bot = bot
        self.chats = chats
        self.updates = updates
        self.files: dict[str, StoredFile] = {}
        self.open_queries: set[str] = set()
        self.commands: dict[str, Any] = {}
        self.webhook: JsonDict = {}
        self._ids = itertools.count(1)
        self.handlers: dict[str, MethodHandler] = {
            "getMe": self.get_me,
            "logOut": self.log_out,
            "close": self.log_out,
            "getUpdates": self.get_updates,
            "setWebhook": self.set_webhook,
            "deleteWebhook": self.delete_webhook,
            "getWebhookInfo": self.get_webhook_info,
            "setMyCommands": self.set_my_commands,
            "getMyCommands": self.get_my_commands,
            "deleteMyCommands": self.delete_my_commands,
            "sendMessage": self.send_message,
            "editMessageText": self.edit_message_text,
            "editMessageReplyMarkup": self.edit_message_reply_markup,
            "answerCallbackQuery": self.answer_callback_query,
            "answerInlineQuery": self.answer_inline_query,
            "sendDocument": self.send_document,
            "getFile": self.get_file,
            "sendChatAction": self.send_chat_action,
            "deleteMessage": self.delete_message,
        }
        self.profile = Profile(chats)
        self.handlers.update(self.profile.handlers())
        self._names = {name.lower(): name for name in self.handlers}

    def canonical(self, name: str) -> str | None:
        """Method names are case-insensitive on Telegram; record them one way."""
        return self._names.get(name.lower())

    def clear(self) -> None:
        self.profile.clear()
        self.files.clear()
        self.open_queries.clear()
        self.commands.clear()
        self.webhook = {}

    def open_query(self) -> str:
        """Register a callback or inline query id that the bot may answer once."""
        query_id = str(next(self._ids))
        self.open_queries.add(query_id)
        return query_id

    def file_at(self, path: str) -> StoredFile | None:
        return next((stored for stored in self.files.values() if stored.path == path), None)

    async def get_me(self, params: Params) -> JsonDict:
        return self.bot

    async def log_out(self, params: Params) -> bool:
        return True

    async def get_updates(self, params: Params) -> list[JsonDict]:
        if self.webhook.get("url"):
            raise ApiError(409, CONFLICT_WEBHOOK)
        offset = params.get("offset")
        return await self.updates.poll(
            offset=None if offset is None else int_param(params, "offset", "wrong offset"),
            limit=int(optional_number(params, "limit") or 100),
            seconds=optional_number(params, "timeout") or 0.0,
            allowed=json_param(params, "allowed_updates"),
        )

    async def set_webhook(self, params: Params) -> bool:
        url = str(params.get("url") or "")
        if url and urlsplit(url).scheme != "https":
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self.webhook = {"url": url} if url else {}
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def delete_webhook(self, params: Params) -> bool:
        self.webhook = {}
        if params.get("drop_pending_updates"):
            self.updates.clear()
        return True

    async def get_webhook_info(self, params: Params) -> JsonDict:
        return {
            "url": self.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": len(self.updates.pending),
        }

    async def set_my_commands(self, params: Params) -> bool:
        commands = json_param(params, "commands")
        check_commands(commands)
        self.commands[_commands_key(params)] = commands
        return True

    async def get_my_commands(self, params: Params) -> Any:
        return self.commands.get(_commands_key(params), [])

    async def delete_my_commands(self, params: Params) -> bool:
        self.commands.pop(_commands_key(params), None)
        return True

    async def send_message(self, params: Params) -> JsonDict:
        chat = self.chats.resolve(params.get("chat_id"))
        text = message_text(
            params.get("text"), params.get("parse_mode"), json_param(params, "entities")
        )
        return self._send(chat, params, text_content(text))

    async def send_document(self, params: Params) -> JsonDict:
        chat = self.chats.resolve(params.get("chat_id"))
        content: JsonDict = {"document": self._document(params.get("document"))}
        caption = caption_text(params)
        if caption.text:
            content.update(text_content(caption, "caption", "caption_entities"))
        return self._send(chat, params, content)

    async def get_file(self, params: Params) -> JsonDict:
        stored = self.files.get(str(params.get("file_id")))
        if stored is None:
            raise bad_request("invalid file_id")
        return stored.file()

    async def edit_message_text(self, params: Params) -> JsonDict | bool:
        text = message_text(
            params.get("text"), params.get("parse_mode"), json_param(params, "entities")
        )
        keyboard = inline_keyboard(params)
        if params.get("inline_message_id"):
            return True
        old = self._editable(params)
        if "text" not in old:
            raise bad_request("there is no text in the message to edit")
        kept = without(old, "text", "entities", "reply_markup", "edit_date")
        return self._store_edit(old, kept | text_content(text) | keyboard)

    async def edit_message_reply_markup(self, params: Params) -> JsonDict | bool:
        keyboard = inline_keyboard(params)
        if params.get("inline_message_id"):
            return True
        old = self._editable(params)
        return self._store_edit(old, without(old, "reply_markup", "edit_date") | keyboard)

    async def answer_callback_query(self, params: Params) -> bool:
        self._close_query(params.get("callback_query_id"))
        return True

    async def answer_inline_query(self, params: Params) -> bool:
        check_inline_results(json_param(params, "results"))
        self._close_query(params.get("inline_query_id"))
        return True

    async def send_chat_action(self, params: Params) -> bool:
        self.chats.resolve(params.get("chat_id"))
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def delete_message(self, params: Params) -> bool:
        chat = self.chats.resolve(params.get("chat_id"))
        message_id = int_param(params, "message_id", "message identifier is not specified")
        if not self.chats.delete(chat["id"], message_id):
            raise bad_request("message to delete not found")
        return True

    def _send(self, chat: JsonDict, params: Params, content: JsonDict) -> JsonDict:
        body: JsonDict = {"from": self.bot, **content}
        thread = params.get("message_thread_id")
        if thread not in (None, ""):
            body |= {"message_thread_id": int(str(thread)), "is_topic_message": True}
        reply = self._reply_target(chat, params)
        if reply is not None:
            body["reply_to_message"] = reply
        body.update(inline_keyboard(params))
        return self.chats.add(chat, body)

    def _reply_target(self, chat: JsonDict, params: Params) -> JsonDict | None:
        reply = json_param(params, "reply_parameters") or {}
        if not isinstance(reply, dict):
            raise bad_request("can't parse reply parameters JSON object")
        if "message_id" not in reply and "reply_to_message_id" not in params:
            return None
        merged = {"message_id": params.get("reply_to_message_id"), **reply}
        target = self.chats.get(chat["id"], int_param(merged, "message_id", "wrong message id"))
        lenient = merged.get("allow_sending_without_reply") or params.get(
            "allow_sending_without_reply"
        )
        if target is None and not lenient:
            raise bad_request("message to be replied not found")
        return None if target is None else without(target, "reply_to_message")

    def _editable(self, params: Params) -> JsonDict:
        chat = self.chats.resolve(params.get("chat_id"))
        message_id = int_param(params, "message_id", "message identifier is not specified")
        message = self.chats.get(chat["id"], message_id)
        if message is None:
            raise bad_request("message to edit not found")
        if message.get("from", {}).get("id") != self.bot["id"]:
            raise bad_request("message can't be edited")
        return message

    def _store_edit(self, old: JsonDict, new: JsonDict) -> JsonDict:
        if without(old, "edit_date") == new:
            raise bad_request(NOT_MODIFIED)
        new["edit_date"] = int(time.time())
        self.chats.replace(new)
        return new

    def _close_query(self, query_id: Any) -> None:
        if str(query_id) not in self.open_queries:
            raise bad_request(QUERY_EXPIRED)
        self.open_queries.discard(str(query_id))

    def _document(self, value: Any) -> JsonDict:
        if not value:
            raise bad_request("there is no document in the request")
        if isinstance(value, UploadedFile):
            return self._store_file(value).document()
        if str(value) in self.files:
            return self.files[str(value)].document()
        if str(value).startswith(("http://", "https://")):
            raise bad_request("failed to get HTTP URL content")
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _store_file(self, upload: UploadedFile) -> StoredFile:
        number = next(self._ids)
        path = f"documents/file_{number}_{upload.file_name}"
        stored = StoredFile(f"fake-file-{number}", f"fake-unique-{number}", path, upload)
        self.files[stored.file_id] = stored
        return stored


def without(message: JsonDict, *keys: str) -> JsonDict:
    return {key: value for key, value in message.items() if key not in keys}


def _commands_key(params: Params) -> str:
    scope = json_param(params, "scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)
