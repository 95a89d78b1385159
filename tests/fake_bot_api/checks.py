"""Checks of keyboards, inline results and command lists, with Telegram's limits."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from tests.fake_bot_api.constants import (
    BUTTON_ACTIONS,
    MAX_CALLBACK_DATA_BYTES,
    MAX_COMMANDS,
    MAX_INLINE_RESULT_ID_BYTES,
    MAX_INLINE_RESULTS,
    JsonDict,
    Params,
)
from tests.fake_bot_api.errors import bad_request
from tests.fake_bot_api.params import loads
from tests.fake_bot_api.telegram_html import message_text


def parse_reply_markup(value: Any) -> JsonDict | None:
    """Decode and check reply_markup, which PTB sends as a JSON string inside the form."""
    if value is None:
        return None
    markup = loads(value, "reply keyboard markup") if isinstance(value, str) else value
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
