"""Logging: one line an event, JSON on request, and the token never written.

httpx logs every request URL at INFO, and a Bot API URL contains the token,
so its logger is kept at WARNING and every record passes a filter that
replaces the token wherever it appears, tracebacks included.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

from bot.config import Settings


class RedactToken(logging.Filter):
    """Replace the token in the message, its arguments and any traceback."""

    def __init__(self, token: str | None) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        if self.token:
            record.msg = record.getMessage().replace(self.token, "<token>")
            record.args = None
            if record.exc_info:
                text = logging.Formatter().formatException(record.exc_info)
                record.exc_text = text.replace(self.token, "<token>")
                record.exc_info = None
        return True


class JsonLines(logging.Formatter):
    """One JSON object a line, for log collectors."""

    def format(self, record: logging.LogRecord) -> str:
        """The record as JSON."""
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_text or record.exc_info:
            entry["exception"] = record.exc_text or self.formatException(record.exc_info)  # type: ignore[arg-type]
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(settings: Settings) -> None:
    """Set up the root logger from the settings (level, JSON, token redaction)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactToken(settings.telegram_token))
    if settings.log_json:
        handler.setFormatter(JsonLines())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(settings.log_level)
    for noisy in ("httpx", "httpcore", "apscheduler", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
