"""A fake Telegram Bot API server that records calls, queues updates and injects failures.

Why a server rather than mocks: the bot under test keeps its whole python-telegram-bot stack
(``Bot``, ``HTTPXRequest``, ``Application``, ``Updater``) and only its ``base_url`` changes
(style guideline 4). Tests then assert on what was actually *sent* (guideline 7), and PTB's own
serialisation, error mapping and retry paths run exactly as in production.

In-process, from async tests::

    async with FakeBotApi(token=TOKEN) as fake:
        async with Bot(TOKEN, base_url=fake.base_url, base_file_url=fake.base_file_url) as bot:
            ...

Standalone, for crash tests and benchmarks (controlled over ``/_control/*``)::

    python -m tests.fake_bot_api --port 8081 --token 123:ABC
    # prints "FAKE_BOT_API_READY http://127.0.0.1:8081" once it listens

Error texts copy Telegram's where the team relies on them. The fake is deliberately stricter
than Telegram in two places, so that our escaping bugs surface in tests: a bare ``&`` that is
not an entity is rejected, and button URLs need an explicit http(s)/tg scheme.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import itertools
import json
import re
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from aiohttp import BodyPartReader, web

Params = dict[str, Any]
JsonDict = dict[str, Any]
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

HOST = "127.0.0.1"
READY_PREFIX = "FAKE_BOT_API_READY"
DEFAULT_TOKEN = "123456:FAKE-test-token"
DEFAULT_BOT_USERNAME = "fake_test_bot"
DEFAULT_USER_ID = 1000
MAX_TEXT_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_INLINE_RESULTS = 50
MAX_INLINE_RESULT_ID_BYTES = 64
MAX_COMMANDS = 100
MAX_UPLOAD_BYTES = 50 * 1024 * 1024

NOT_FOUND_METHOD = "Not Found: method not found"
BLOCKED_BY_USER = "Forbidden: bot was blocked by the user"
KICKED_FROM_GROUP = "Forbidden: bot was kicked from the group chat"
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
QUERY_EXPIRED = "query is too old and response timeout expired or query ID is invalid"
CONFLICT_POLL = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)
CONFLICT_WEBHOOK = (
    "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to "
    "delete the webhook first"
)
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: BLOCKED_BY_USER,
    404: "Not Found",
    409: CONFLICT_POLL,
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}
# A reverse proxy in front of Telegram answers these with an HTML page, not with JSON.
PROXY_STATUSES = frozenset({502, 503, 504})
CHAT_ACTIONS = frozenset(
    "typing upload_photo record_video upload_video record_voice upload_voice "
    "upload_document choose_sticker find_location record_video_note upload_video_note".split()
)
BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
# Parameters that Telegram treats as strings even when they look like JSON ("123", "true").
STRING_FIELDS = frozenset(
    "text caption parse_mode callback_query_id inline_query_id inline_message_id url "
    "secret_token next_offset action language_code business_connection_id message_effect_id "
    "file_id document query title description".split()
)


# --- errors ------------------------------------------------------------------------------


class ApiError(Exception):
    """A Bot API error reply; method handlers raise it so that their happy path stays flat."""

    def __init__(self, status: int, description: str, parameters: JsonDict | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def response(self) -> web.Response:
        """Render the reply as Telegram (or, for 502-504, a proxy in front of it) would."""
        if self.status in PROXY_STATUSES:
            return proxy_error_page(self.status, self.description)
        return error_response(self.status, self.description, self.parameters)


def bad_request(reason: str) -> ApiError:
    return ApiError(400, f"Bad Request: {reason}")


def error_response(
    status: int, description: str, parameters: JsonDict | None = None
) -> web.Response:
    body: JsonDict = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return web.json_response(body, status=status)


def proxy_error_page(status: int, reason: str) -> web.Response:
    page = f"<html><head><title>{status} {reason}</title></head><body>{reason}</body></html>"
    return web.Response(status=status, text=page, content_type="text/html")


# --- Telegram HTML ---------------------------------------------------------------------------

TAG_ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ENTITY_RE = re.compile(r"&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));")
_SPECIAL_RE = re.compile(r"[<&]")
_TAG_NAME_RE = re.compile(r"[^\s>]*")
_SPACE_RE = re.compile(r"\s*")
_ATTRIBUTE_RE = re.compile(r"""([^\s=>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>"']+))?""")


@dataclass(frozen=True)
class FormattedText:
    """Text as Telegram stores it: plain characters plus entities with UTF-16 offsets."""

    text: str
    entities: tuple[JsonDict, ...] = ()


@dataclass
class _OpenTag:
    name: str
    attributes: dict[str, str]
    start: int
    language: str | None = None


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram's entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def decode_entity(match: re.Match[str]) -> str | None:
    """Decode one HTML entity, or None if Telegram would not accept it."""
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED_ENTITIES.get(name)
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF:
        return chr(code)
    return None


def _scan(pattern: re.Pattern[str], text: str, pos: int) -> tuple[str, int]:
    """Match a pattern that accepts the empty string; return (matched text, end)."""
    match = pattern.match(text, pos)
    return (match.group(), match.end()) if match else ("", pos)


def _html_error(reason: str) -> ApiError:
    return bad_request(f"can't parse entities: {reason}")


class _HtmlParser:
    """Telegram's HTML subset, after tdlib's parse_html, so that errors match the real API."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.pos = 0
        self.chunks: list[str] = []
        self.offset = 0
        self.open_tags: list[_OpenTag] = []
        self.entities: list[JsonDict] = []

    def parse(self) -> FormattedText:
        while self.pos < len(self.source):
            if self.source.startswith("&", self.pos):
                self._entity()
            elif self.source.startswith("</", self.pos):
                self._end_tag()
            elif self.source.startswith("<", self.pos):
                self._start_tag()
            else:
                self._text()
        if self.open_tags:
            name = self.open_tags[-1].name
            raise _html_error(f'Can\'t find end tag corresponding to start tag "{name}"')
        return strip_text("".join(self.chunks), self.entities)

    def _byte_offset(self) -> int:
        return len(self.source[: self.pos].encode())

    def _emit(self, text: str) -> None:
        self.chunks.append(text)
        self.offset += utf16_len(text)

    def _text(self) -> None:
        match = _SPECIAL_RE.search(self.source, self.pos)
        end = match.start() if match else len(self.source)
        self._emit(self.source[self.pos : end])
        self.pos = end

    def _entity(self) -> None:
        match = _ENTITY_RE.match(self.source, self.pos)
        char = decode_entity(match) if match else None
        if match is None or char is None:
            offset = self._byte_offset()
            raise _html_error(f'Unescaped "&" at byte offset {offset}; write "&amp;"')
        self._emit(char)
        self.pos = match.end()

    def _start_tag(self) -> None:
        begin = self._byte_offset()
        raw_name, pos = _scan(_TAG_NAME_RE, self.source, self.pos + 1)
        name = raw_name.lower()
        if pos >= len(self.source):
            raise _html_error(f"Unclosed start tag at byte offset {begin}")
        if name not in TAG_ENTITY_TYPES:
            raise _html_error(f'Unsupported start tag "{name}" at byte offset {begin}')
        attributes, self.pos = self._attributes(name, pos, begin)
        _check_tag_attributes(name, attributes, begin)
        self.open_tags.append(_OpenTag(name, attributes, self.offset))

    def _attributes(self, tag: str, pos: int, begin: int) -> tuple[dict[str, str], int]:
        attributes: dict[str, str] = {}
        while True:
            _, pos = _scan(_SPACE_RE, self.source, pos)
            if pos >= len(self.source):
                raise _html_error(f"Unclosed start tag at byte offset {begin}")
            if self.source[pos] == ">":
                return attributes, pos + 1
            name, value, pos = self._attribute(tag, pos, begin)
            attributes[name] = value

    def _attribute(self, tag: str, pos: int, begin: int) -> tuple[str, str, int]:
        match = _ATTRIBUTE_RE.match(self.source, pos)
        if match is None:
            raise _html_error(f'Empty attribute name in the tag "{tag}" at byte offset {begin}')
        name, value = match.group(1).lower(), match.group(2)
        if value is None and (tag, name) != ("blockquote", "expandable"):
            raise _html_error(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {begin}"
            )
        return name, _attribute_value(value or ""), match.end()

    def _end_tag(self) -> None:
        begin = self._byte_offset()
        if not self.open_tags:
            raise _html_error(f"Unexpected end tag at byte offset {begin}")
        close = self.source.find(">", self.pos)
        if close == -1:
            raise _html_error(f"Unclosed end tag at byte offset {begin}")
        name = self.source[self.pos + 2 : close].strip().lower()
        tag = self.open_tags.pop()
        if name != tag.name:
            raise _html_error(
                f'Unmatched end tag at byte offset {begin}, expected "</{tag.name}>", '
                f'found "</{name}>"'
            )
        self.pos = close + 1
        self._close(tag)

    def _close(self, tag: _OpenTag) -> None:
        parent = self.open_tags[-1] if self.open_tags else None
        if tag.name == "code" and parent is not None and parent.name == "pre":
            # <pre><code class="language-x"> is one entity: pre with a language.
            parent.language = parent.language or _code_language(tag.attributes)
            return
        entity = _entity_for(tag, self.offset - tag.start)
        if entity is not None:
            self.entities.append(entity)


def _attribute_value(raw: str) -> str:
    unquoted = raw[1:-1] if raw[:1] in {'"', "'"} else raw
    return _ENTITY_RE.sub(lambda match: decode_entity(match) or match.group(), unquoted)


def _check_tag_attributes(name: str, attributes: Mapping[str, str], begin: int) -> None:
    if name == "span" and attributes.get("class") != "tg-spoiler":
        raise _html_error(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
    if name == "tg-emoji" and not attributes.get("emoji-id"):
        raise _html_error(f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {begin}')


def _code_language(attributes: Mapping[str, str]) -> str | None:
    css_class = attributes.get("class", "")
    return css_class.removeprefix("language-") if css_class.startswith("language-") else None


def _entity_for(tag: _OpenTag, length: int) -> JsonDict | None:
    """Build the entity for a closed tag; Telegram drops empty ones and <a> without href."""
    if length == 0 or (tag.name == "a" and not tag.attributes.get("href")):
        return None
    entity: JsonDict = {"type": TAG_ENTITY_TYPES[tag.name], "offset": tag.start, "length": length}
    if tag.name == "a":
        entity["url"] = tag.attributes["href"]
    elif tag.name == "pre" and tag.language:
        entity["language"] = tag.language
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes["emoji-id"]
    return entity


def strip_text(text: str, entities: Iterable[JsonDict]) -> FormattedText:
    """Trim surrounding whitespace as Telegram does, moving the entities along."""
    stripped = text.strip()
    shift = utf16_len(text[: len(text) - len(text.lstrip())])
    limit = utf16_len(stripped)
    moved = [entity for raw in entities if (entity := _shift_entity(raw, shift, limit))]
    moved.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return FormattedText(stripped, tuple(moved))


def _shift_entity(entity: JsonDict, shift: int, limit: int) -> JsonDict | None:
    start = max(entity["offset"] - shift, 0)
    end = min(entity["offset"] + entity["length"] - shift, limit)
    return {**entity, "offset": start, "length": end - start} if end > start else None


def format_text(text: str, parse_mode: Any, entities: Any) -> FormattedText:
    """Turn a text parameter into what Telegram would store, or raise its parse error."""
    mode = str(parse_mode or "").lower()
    if mode == "html":
        return _HtmlParser(text).parse()
    if mode in {"", "markdown", "markdownv2"}:
        # Markdown is passed through unparsed: the team formats with HTML only.
        return strip_text(text, _entity_list(entities))
    raise bad_request("unsupported parse_mode")


def _entity_list(entities: Any) -> list[JsonDict]:
    if entities is None:
        return []
    valid = isinstance(entities, list) and all(
        isinstance(entity, dict) and isinstance(entity.get("offset"), int) for entity in entities
    )
    if not valid or not all(isinstance(entity.get("length"), int) for entity in entities):
        raise bad_request("can't parse entities JSON object")
    return list(entities)


def message_text(text: Any, parse_mode: Any, entities: Any) -> FormattedText:
    """Validate a message text like sendMessage/editMessageText do."""
    formatted = format_text(str(text or ""), parse_mode, entities)
    if not formatted.text:
        raise bad_request("message text is empty")
    if len(formatted.text) > MAX_TEXT_LENGTH:
        raise bad_request("message is too long")
    return formatted


def caption_text(params: Params) -> FormattedText:
    caption = str(params.get("caption") or "")
    entities = json_param(params, "caption_entities")
    formatted = format_text(caption, params.get("parse_mode"), entities)
    if len(formatted.text) > MAX_CAPTION_LENGTH:
        raise bad_request("message caption is too long")
    return formatted


def text_content(
    text: FormattedText, text_key: str = "text", entities_key: str = "entities"
) -> JsonDict:
    content: JsonDict = {text_key: text.text}
    if text.entities:
        content[entities_key] = list(text.entities)
    return content


# --- keyboards, inline results, commands -----------------------------------------------------


def parse_reply_markup(value: Any) -> JsonDict | None:
    """Decode and check reply_markup, which PTB sends as a JSON string inside the form."""
    if value is None:
        return None
    markup = _loads(value, "reply keyboard markup") if isinstance(value, str) else value
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    rows = markup.get("inline_keyboard", [])
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request("can't parse reply keyboard markup JSON object")
    for row in rows:
        for button in row:
            check_inline_button(button)
    return markup


def check_inline_button(button: Any) -> None:
    """Reject buttons that Telegram rejects: no action, long callback data, odd URLs."""
    if not isinstance(button, dict) or not isinstance(button.get("text"), str):
        raise bad_request('can\'t parse inline keyboard button: Field "text" must be a String')
    if not any(button.get(action) not in (None, "", False) for action in BUTTON_ACTIONS):
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )
    data = button.get("callback_data")
    if data is not None and len(str(data).encode()) > MAX_CALLBACK_DATA_BYTES:
        raise bad_request("BUTTON_DATA_INVALID")
    if "url" in button:
        check_button_url(str(button["url"]))


def check_button_url(url: str) -> None:
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme.lower(), parts.hostname
    except ValueError:  # e.g. a broken IPv6 literal
        scheme, host = "", None
    if scheme not in {"http", "https", "tg"}:
        raise bad_request(
            f"inline keyboard button URL '{url}' is invalid: Unsupported URL protocol"
        )
    if scheme != "tg" and not host:
        raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")


def inline_keyboard(params: Params) -> JsonDict:
    """Validate reply_markup; Telegram echoes only inline keyboards back in the message."""
    markup = parse_reply_markup(params.get("reply_markup"))
    if markup and "inline_keyboard" in markup:
        return {"reply_markup": {"inline_keyboard": markup["inline_keyboard"]}}
    return {}


def check_inline_results(results: Any) -> None:
    if not isinstance(results, list) or not all(isinstance(item, dict) for item in results):
        raise bad_request("can't parse inline query results JSON object")
    if len(results) > MAX_INLINE_RESULTS:
        raise bad_request("RESULTS_TOO_MUCH")
    ids = [str(result.get("id") or "") for result in results]
    if not all(0 < len(result_id.encode()) <= MAX_INLINE_RESULT_ID_BYTES for result_id in ids):
        raise bad_request("RESULT_ID_INVALID")
    if len(set(ids)) != len(ids):
        raise bad_request("RESULT_ID_DUPLICATE")
    for result in results:
        _check_inline_result(result)


def _check_inline_result(result: JsonDict) -> None:
    parse_reply_markup(result.get("reply_markup"))
    content = result.get("input_message_content")
    if isinstance(content, dict) and "message_text" in content:
        message_text(content["message_text"], content.get("parse_mode"), content.get("entities"))


_COMMAND_NAME_RE = re.compile(r"[a-z0-9_]{1,32}")


def check_commands(commands: Any) -> None:
    if not isinstance(commands, list) or not all(isinstance(item, dict) for item in commands):
        raise bad_request("can't parse commands JSON object")
    if len(commands) > MAX_COMMANDS:
        raise bad_request("BOT_COMMANDS_TOO_MUCH")
    for command in commands:
        if not _COMMAND_NAME_RE.fullmatch(str(command.get("command", ""))):
            raise bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")


# --- parameters ------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadedFile:
    """A file the bot uploaded in a multipart request; kept whole so tests can compare bytes."""

    part_name: str
    file_name: str
    mime_type: str
    data: bytes

    @property
    def size(self) -> int:
        return len(self.data)

    def to_json(self) -> JsonDict:
        digest = hashlib.sha256(self.data).hexdigest()
        return {
            "file_name": self.file_name,
            "mime_type": self.mime_type,
            "size": self.size,
            "sha256": digest,
        }


def _loads(raw: str, what: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        raise bad_request(f"can't parse {what} JSON object") from None


def decode_form_value(name: str, raw: str) -> Any:
    """Undo PTB's encoding: every non-string parameter travels as JSON text in the form."""
    if name in STRING_FIELDS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def json_param(params: Params, name: str) -> Any:
    """A structured parameter, decoding it if a JSON body sent it as a string."""
    value = params.get(name)
    return _loads(value, name.replace("_", " ")) if isinstance(value, str) else value


def int_param(params: Params, name: str, missing: str) -> int:
    try:
        return int(params[name])
    except (KeyError, TypeError, ValueError):
        raise bad_request(missing) from None


def optional_number(params: Params, name: str) -> float | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        raise bad_request(f"wrong parameter {name} in request") from None


async def read_params(request: web.Request) -> Params:
    """Read query, JSON, urlencoded or multipart parameters: Telegram accepts them all."""
    params: Params = {key: decode_form_value(key, value) for key, value in request.query.items()}
    if request.content_type == "application/json":
        body = _loads(await request.text(), "request body")
        params.update(body if isinstance(body, dict) else {})
    elif request.content_type == "multipart/form-data":
        params.update(await _read_multipart(request))
    elif request.body_exists:
        form = await request.post()
        params.update(
            {key: decode_form_value(key, v) for key, v in form.items() if isinstance(v, str)}
        )
    return _resolve_attachments(params)


async def _read_multipart(request: web.Request) -> Params:
    params: Params = {}
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if isinstance(part, BodyPartReader) and part.name:
            params[part.name] = await _read_part(part)
        else:
            await part.release()
    return params


async def _read_part(part: BodyPartReader) -> Any:
    name = part.name or ""
    if part.filename is None:
        return decode_form_value(name, await part.text())
    mime_type = part.headers.get("Content-Type", "application/octet-stream")
    return UploadedFile(name, part.filename, mime_type, bytes(await part.read()))


def _resolve_attachments(params: Params) -> Params:
    """Swap "attach://name" references (thumbnails) for the uploaded part they name."""
    return {key: _attachment(params, value) for key, value in params.items()}


def _attachment(params: Params, value: Any) -> Any:
    if isinstance(value, str) and value.startswith("attach://"):
        return params.get(value.removeprefix("attach://"), value)
    return value


# --- recorded calls and injected failures ----------------------------------------------------


@dataclass(frozen=True)
class RecordedCall:
    """One Bot API call as the fake saw it; failed calls are kept too, with their status."""

    method: str
    params: Params
    time: float
    status: int
    description: str | None = None

    @property
    def ok(self) -> bool:
        return self.status == 200

    def matches(self, method: str | None, chat_id: int | str | None, ok: bool | None) -> bool:
        return (
            (method is None or self.method == method)
            and (chat_id is None or str(self.params.get("chat_id")) == str(chat_id))
            and (ok is None or self.ok == ok)
        )

    def to_json(self) -> JsonDict:
        params = {
            key: value.to_json() if isinstance(value, UploadedFile) else value
            for key, value in self.params.items()
        }
        return {
            "method": self.method,
            "params": params,
            "time": self.time,
            "status": self.status,
            "description": self.description,
        }


@dataclass
class _Failure:
    status: int
    description: str
    retry_after: int | None
    remaining: int

    def error(self) -> ApiError:
        parameters = None if self.retry_after is None else {"retry_after": self.retry_after}
        return ApiError(self.status, self.description, parameters)


def default_description(status: int, retry_after: int | None) -> str:
    if status == 429:
        return f"Too Many Requests: retry after {retry_after}"
    return DEFAULT_DESCRIPTIONS.get(status, f"Injected error {status}")


def default_block_description(chat_id: int | str) -> str:
    return KICKED_FROM_GROUP if str(chat_id).startswith("-") else BLOCKED_BY_USER


# --- state: waiting, updates, chats ----------------------------------------------------------


class _Broadcast:
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


class _Tally:
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


class _UpdateQueue:
    """Updates waiting for getUpdates, with Telegram's offset confirmation and long polling."""

    def __init__(self) -> None:
        self.pending: list[JsonDict] = []
        self.closing = False
        self.pollers = 0
        self._ids = itertools.count(1)
        self._generation = 0
        self.changed = _Broadcast()

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


def make_user(user_id: int, username: str | None = None, first_name: str = "Test") -> JsonDict:
    user: JsonDict = {"id": user_id, "is_bot": False, "first_name": first_name}
    if username:
        user["username"] = username
    user["language_code"] = "en"
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


class _Chats:
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
class _StoredFile:
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


# --- the Bot API methods ---------------------------------------------------------------------

MethodHandler = Callable[[Params], Awaitable[Any]]


class _Telegram:
    """The Bot API methods as state transitions on chats, updates, files and open queries."""

    def __init__(self, bot: JsonDict, chats: _Chats, updates: _UpdateQueue) -> None:
        self.bot = bot
        self.chats = chats
        self.updates = updates
        self.files: dict[str, _StoredFile] = {}
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
        self._names = {name.lower(): name for name in self.handlers}

    def canonical(self, name: str) -> str | None:
        """Method names are case-insensitive on Telegram; record them one way."""
        return self._names.get(name.lower())

    def clear(self) -> None:
        self.files.clear()
        self.open_queries.clear()
        self.commands.clear()
        self.webhook = {}

    def open_query(self) -> str:
        """Register a callback or inline query id that the bot may answer once."""
        query_id = str(next(self._ids))
        self.open_queries.add(query_id)
        return query_id

    def file_at(self, path: str) -> _StoredFile | None:
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
        kept = _without(old, "text", "entities", "reply_markup", "edit_date")
        return self._store_edit(old, kept | text_content(text) | keyboard)

    async def edit_message_reply_markup(self, params: Params) -> JsonDict | bool:
        keyboard = inline_keyboard(params)
        if params.get("inline_message_id"):
            return True
        old = self._editable(params)
        return self._store_edit(old, _without(old, "reply_markup", "edit_date") | keyboard)

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
        return None if target is None else _without(target, "reply_to_message")

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
        if _without(old, "edit_date") == new:
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

    def _store_file(self, upload: UploadedFile) -> _StoredFile:
        number = next(self._ids)
        path = f"documents/file_{number}_{upload.file_name}"
        stored = _StoredFile(f"fake-file-{number}", f"fake-unique-{number}", path, upload)
        self.files[stored.file_id] = stored
        return stored


def _without(message: JsonDict, *keys: str) -> JsonDict:
    return {key: value for key, value in message.items() if key not in keys}


def _commands_key(params: Params) -> str:
    scope = json_param(params, "scope") or {"type": "default"}
    return json.dumps([scope, params.get("language_code") or ""], sort_keys=True)


# --- the server --------------------------------------------------------------------------


class FakeBotApi:
    """A loopback Telegram Bot API: serves a real PTB bot, records it, fails on demand.

    Point PTB at ``base_url``/``base_file_url``; feed it with ``queue_*``; read what it sent
    with ``sent``/``last_text``/``wait_for``; break it with ``fail_next``/``block_chat``/
    ``latency``. The same controls exist over HTTP under ``/_control/`` (see ``_Control``).
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
        self._recorded = _Broadcast()
        self._updates = _UpdateQueue()
        self._chats = _Chats()
        self._api = _Telegram(self.bot, self._chats, self._updates)
        self._failures: dict[str, deque[_Failure]] = {}
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
    ) -> JsonDict:
        """Queue a user's text message; /commands and @mentions get entities automatically."""
        user = make_user(sender_id(chat_id, user_id, chat_type), username, first_name)
        self._chats.remember_user(user)
        chat = self._chats.remember(chat_for(chat_id, chat_type, user, title))
        body: JsonDict = {"from": user, "text": text}
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

    def queue_update(self, update: JsonDict) -> JsonDict:
        """Queue any update body as given (its update_id is replaced to keep ids increasing)."""
        return self._updates.put(update)

    def _reply_source(self, chat_id: int, message_id: int) -> JsonDict:
        message = self._chats.get(chat_id, message_id)
        if message is None:
            raise ValueError(f"no message {message_id} in chat {chat_id} to reply to")
        return _without(message, "reply_to_message")

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
        self._failures.setdefault(name, deque()).append(_Failure(status, text, retry_after, times))

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
        tally = _Tally(self.requests, lambda call: call.matches(name, chat_id, ok))
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
        _Control(self).register(app.router)
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
        blocked = self._blocked.get(str(params.get("chat_id")))
        if blocked is not None:
            raise ApiError(403, blocked)
        return await handler(params)

    def _take_failure(self, method: str) -> _Failure | None:
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


# --- control endpoints -------------------------------------------------------------------


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


class _Control:
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

    async def reset(self, request: web.Request) -> web.Response:
        self.fake.reset()
        return _ok()


# --- standalone process --------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fake_bot_api", description="Serve a fake Telegram Bot API."
    )
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--token", default=DEFAULT_TOKEN)
    parser.add_argument("--bot-username", default=DEFAULT_BOT_USERNAME)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added per call")
    return parser.parse_args(argv)


async def serve(args: argparse.Namespace) -> None:
    """Run until SIGINT/SIGTERM; the READY line tells the parent the port and that we listen."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    fake = FakeBotApi(
        args.token, port=args.port, bot_username=args.bot_username, latency=args.latency
    )
    async with fake:
        print(f"{READY_PREFIX} {fake.url}", flush=True)
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    asyncio.run(serve(parse_args(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
