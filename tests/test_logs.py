"""Logs: the token never reaches them, in any form; JSON lines when asked."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.config import Settings
from bot.logs import JsonLines, RedactToken, configure_logging

TOKEN = "123456:AAE-secret-Part_of-the-token"


def record(message, *args, exc_info=None):
    return logging.LogRecord("bot.test", logging.ERROR, __file__, 1, message, args, exc_info)


def redacted(message, *args, exc_info=None):
    entry = record(message, *args, exc_info=exc_info)
    assert RedactToken(TOKEN).filter(entry) is True, "records are rewritten, never dropped"
    return logging.Formatter().format(entry)


def failure(text):
    try:
        raise RuntimeError(text)
    except RuntimeError as exc:
        return (type(exc), exc, exc.__traceback__)


@pytest.mark.parametrize(
    "text",
    [
        f"GET https://api.telegram.org/bot{TOKEN}/getMe",
        TOKEN.lower(),  # PTB capitalises error texts, lowercasing a quoted token
        f"token=...{TOKEN.partition(':')[2]}",
        f"https://api.telegram.org/bot123456%3A{TOKEN.partition(':')[2]}/getMe",
    ],
    ids=["as is", "lowercased", "secret half", "url-encoded"],
)
def test_the_token_is_replaced_in_every_form(text):
    line = redacted("request: %s", text)
    assert "secret" not in line.lower()
    assert "<token>" in line


def test_the_token_is_replaced_in_tracebacks():
    line = redacted("update failed", exc_info=failure(f"bad url .../bot{TOKEN}/x"))
    assert "Traceback" in line
    assert "RuntimeError: bad url .../bot<token>/x" in line
    assert "secret" not in line.lower()


def test_without_a_token_records_pass_unchanged():
    entry = record("hello %s", "world")
    assert RedactToken(None).filter(entry)
    assert (entry.msg, entry.args) == ("hello %s", ("world",))


def test_json_lines_carry_the_redacted_exception_on_one_line():
    entry = record("update failed", exc_info=failure(TOKEN))
    RedactToken(TOKEN).filter(entry)
    line = JsonLines().format(entry)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR"
    assert parsed["message"] == "update failed"
    assert "RuntimeError: <token>" in parsed["exception"]


@pytest.fixture
def root_logging():
    """Put the root logger back as pytest had it."""
    root = logging.getLogger()
    saved = root.handlers[:], root.level, logging.getLogger("httpx").level
    yield
    root.handlers[:], level, httpx_level = saved
    root.setLevel(level)
    logging.getLogger("httpx").setLevel(httpx_level)


@pytest.mark.usefixtures("root_logging")
@pytest.mark.parametrize("as_json", [False, True])
def test_configured_logging_redacts_records_from_every_logger(as_json):
    out = io.StringIO()
    configure_logging(Settings(telegram_token=TOKEN, log_json=as_json), stream=out)
    logging.getLogger("telegram.ext.Application").error(
        "no luck with %s", TOKEN, exc_info=failure(TOKEN)
    )
    text = out.getvalue()
    assert "no luck with <token>" in text
    assert "secret" not in text.lower()
    assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING, "URLs hold tokens"
