"""Logs: the token never reaches them, in any form; JSON lines when asked."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.config import Settings
from bot.logs import JsonLines, RedactToken, configure_logging
from tests.factories import at

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


QUIETED = ("httpx", "httpcore", "alembic", "apscheduler")


@pytest.fixture
def root_logging():
    """Put the root logger and the quieted libraries' loggers back as pytest had them."""
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {name: logging.getLogger(name).level for name in QUIETED}
    yield
    root.handlers[:] = handlers
    root.setLevel(level)
    for name, saved in levels.items():
        logging.getLogger(name).setLevel(saved)


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


# --- RedactToken --------------------------------------------------------------------------------


def test_the_token_is_removed_from_the_message_itself():
    line = redacted(f"POST https://api.telegram.org/bot{TOKEN}/sendMessage failed")
    assert line == "POST https://api.telegram.org/bot<token>/sendMessage failed"


@pytest.mark.parametrize(
    ("message", "args"),
    [
        ("%s", (TOKEN,)),
        ("%r then %d", (TOKEN, 3)),
        ("%(url)s", ({"url": f"https://api.telegram.org/bot{TOKEN}/getMe"},)),
        ("%s", (ValueError(TOKEN),)),
    ],
    ids=["string", "repr", "mapping", "exception"],
)
def test_the_token_is_removed_from_percent_arguments(message, args):
    line = redacted(message, *args)
    assert TOKEN.partition(":")[2] not in line
    assert "<token>" in line


@pytest.fixture
def redacting_logger():
    """A logger writing through a redacting handler, and the StringIO it writes to."""
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(RedactToken(TOKEN))
    logger = logging.getLogger("tests.logs.redacting")
    logger.addHandler(handler)
    logger.propagate = False
    yield logger, out
    logger.removeHandler(handler)
    logger.propagate = True


def test_a_logged_exception_reaches_the_stream_without_the_token(redacting_logger):
    logger, out = redacting_logger
    try:
        raise ConnectionError(f"cannot reach https://api.telegram.org/bot{TOKEN}/getUpdates")
    except ConnectionError:
        logger.exception("polling failed for %s", TOKEN)
    text = out.getvalue()
    assert "polling failed for <token>" in text
    assert "ConnectionError: cannot reach https://api.telegram.org/bot<token>/getUpdates" in text
    assert "Traceback (most recent call last)" in text
    assert "secret" not in text.lower()


# --- JsonLines ----------------------------------------------------------------------------------

CREATED = at("2022-07-20T10:00:00.250+02:00")


def json_record(message, *args, exc_info=None, level=logging.INFO):
    entry = logging.LogRecord(
        "bot.delivery.deliverer", level, __file__, 1, message, args, exc_info
    )
    entry.created = CREATED.timestamp()
    return entry


def test_a_json_line_has_time_level_logger_and_message():
    line = JsonLines().format(json_record("sent %d of %d", 3, 4))
    assert json.loads(line) == {
        "time": "2022-07-20T08:00:00.250+00:00",
        "level": "INFO",
        "logger": "bot.delivery.deliverer",
        "message": "sent 3 of 4",
    }


def test_a_json_line_carries_the_exception_when_there_is_one():
    line = JsonLines().format(json_record("failed", exc_info=failure("boom"), level=logging.ERROR))
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR"
    assert parsed["exception"].startswith("Traceback (most recent call last)")
    assert parsed["exception"].endswith("RuntimeError: boom")


def test_every_record_is_one_line_of_valid_json():
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.setFormatter(JsonLines())
    messages = ["plain", 'quotes " and \\ backslashes', "two\nlines", "naïve ünïcode ✓"]
    for message in messages:
        handler.handle(json_record(message))
    handler.handle(json_record("failed", exc_info=failure("multi\nline")))
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["message"] for line in lines] == [*messages, "failed"]


# --- configure_logging --------------------------------------------------------------------------


@pytest.mark.usefixtures("root_logging")
@pytest.mark.parametrize("level", ["DEBUG", "INFO", "WARNING", "ERROR"])
def test_configured_logging_takes_the_level_from_the_settings(level):
    configure_logging(Settings(log_level=level), stream=io.StringIO())
    assert logging.getLogger().level == logging.getLevelName(level)


@pytest.mark.usefixtures("root_logging")
@pytest.mark.parametrize("name", ["httpx", "httpcore", "alembic"])
def test_configured_logging_keeps_chatty_libraries_at_warning_even_at_debug(name):
    configure_logging(Settings(log_level="DEBUG"), stream=io.StringIO())
    assert logging.getLogger(name).getEffectiveLevel() == logging.WARNING


@pytest.mark.usefixtures("root_logging")
def test_configured_logging_replaces_the_root_handlers_with_one():
    logging.getLogger().addHandler(logging.NullHandler())
    configure_logging(Settings(), stream=io.StringIO())
    assert len(logging.getLogger().handlers) == 1


@pytest.mark.usefixtures("root_logging")
def test_configured_json_logging_writes_json_lines():
    out = io.StringIO()
    configure_logging(Settings(log_json=True), stream=out)
    logging.getLogger("bot.test").warning("careful with %s", "that")
    (line,) = out.getvalue().splitlines()
    assert json.loads(line)["message"] == "careful with that"
