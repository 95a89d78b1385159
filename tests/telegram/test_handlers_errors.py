"""When things fail: the user gets an apology, the log a traceback, never the token."""

from __future__ import annotations

import io
import logging

import pytest
from telegram.error import TimedOut

from bot.logs import configure_logging
from bot.telegram.app import build_application
from bot.telegram.handlers import errors
from bot.telegram.handlers.context import BotContext
from tests.conversation import said
from tests.telegram_harness import TOKEN


@pytest.fixture
def log(bot):
    """The bot's own logging set-up (token filter included), writing into a buffer."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level
    out = io.StringIO()
    configure_logging(bot.settings, stream=out)
    yield out
    root.handlers[:], level = saved
    root.setLevel(level)


async def test_a_failing_handler_apologises_and_logs_the_traceback_without_the_token(
    fake_api, bot, log
):
    fake_api.fail_next("sendMessage", status=400, description=f"Bad Request: no {TOKEN} here")
    reply = await said(fake_api, 42, "when is cmr porto?")
    assert reply["text"] == "Sorry, something went wrong on my side. Please try again in a moment."
    text = log.getvalue()
    assert "update failed" in text
    assert "Traceback" in text
    assert "<token>" in text, "the exception quoted the token, and the filter replaced it"
    assert TOKEN.partition(":")[2].lower() not in text.lower()


async def test_the_apology_itself_failing_is_only_logged(fake_api, bot, log):
    fake_api.fail_next("sendMessage", status=400, times=2)
    fake_api.queue_message(42, "when is cmr porto?")
    await fake_api.wait_for("sendMessage", 2, chat_id=42, include_failed=True)
    reply = await said(fake_api, 42, "when is cmr lodz?")
    assert "17 November 2022" in reply["text"], "the bot carries on"


async def test_stale_buttons_from_an_older_knowledge_are_answered_politely(fake_api, bot):
    await said(fake_api, 42, "hello")
    stale = ["cal:no-such-item", "show:#0123456789ab", "sub:gone", "page:events:99999", "unsub:²"]
    for data in stale:
        fake_api.queue_callback(42, 1, data)
    answers = await fake_api.wait_for("answerCallbackQuery", len(stale))
    assert [a["text"] for a in answers] == ["This button has expired; ask me again."] * len(stale)


async def test_a_failed_poll_is_one_warning_line_not_a_traceback(app_services, caplog):
    app = build_application(app_services)
    context = BotContext.from_error(None, TimedOut("Timed out"), app)
    await errors.on_error(None, context)
    (entry,) = caplog.records
    assert entry.levelno == logging.WARNING
    assert entry.getMessage() == "polling for updates failed, retrying: Timed out"
    assert entry.exc_info is None


async def test_the_apology_is_in_the_users_language(fake_api, bot):
    fake_api.fail_next("sendMessage", status=400, description="Bad Request: something odd")
    reply = await said(fake_api, 43, "Wann ist der Workshop in Porto?", language_code="de")
    assert reply["text"].startswith("Entschuldigung, bei mir ist etwas schiefgelaufen.")
