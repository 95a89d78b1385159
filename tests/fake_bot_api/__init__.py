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

The package, in the order a request meets it: ``server`` (``FakeBotApi``) receives it,
``params`` reads its parameters, ``methods`` runs the Bot API method against ``state``
(chats, messages, the update queue), checked by ``telegram_html`` and ``checks``;
``recording`` keeps every call and the injected failures; ``control`` serves the same
controls over HTTP, and ``__main__`` runs the fake as its own process.
"""

from __future__ import annotations

from tests.fake_bot_api.constants import (
    BLOCKED_BY_USER,
    CONFLICT_POLL,
    CONFLICT_WEBHOOK,
    DEFAULT_BOT_USERNAME,
    DEFAULT_TOKEN,
    DEFAULT_USER_ID,
    HOST,
    KICKED_FROM_GROUP,
    MAX_CALLBACK_DATA_BYTES,
    MAX_CAPTION_LENGTH,
    MAX_COMMANDS,
    MAX_INLINE_RESULT_ID_BYTES,
    MAX_INLINE_RESULTS,
    MAX_TEXT_LENGTH,
    MAX_UPLOAD_BYTES,
    NOT_MODIFIED,
    QUERY_EXPIRED,
    READY_PREFIX,
    JsonDict,
    Params,
)
from tests.fake_bot_api.errors import ApiError
from tests.fake_bot_api.params import UploadedFile
from tests.fake_bot_api.recording import RecordedCall
from tests.fake_bot_api.server import FakeBotApi

__all__ = [
    "BLOCKED_BY_USER",
    "CONFLICT_POLL",
    "CONFLICT_WEBHOOK",
    "DEFAULT_BOT_USERNAME",
    "DEFAULT_TOKEN",
    "DEFAULT_USER_ID",
    "HOST",
    "KICKED_FROM_GROUP",
    "MAX_CALLBACK_DATA_BYTES",
    "MAX_CAPTION_LENGTH",
    "MAX_COMMANDS",
    "MAX_INLINE_RESULTS",
    "MAX_INLINE_RESULT_ID_BYTES",
    "MAX_TEXT_LENGTH",
    "MAX_UPLOAD_BYTES",
    "NOT_MODIFIED",
    "QUERY_EXPIRED",
    "READY_PREFIX",
    "ApiError",
    "FakeBotApi",
    "JsonDict",
    "Params",
    "RecordedCall",
    "UploadedFile",
]
