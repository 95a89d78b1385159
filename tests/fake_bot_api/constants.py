"""Type aliases, limits and Telegram's error texts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

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
