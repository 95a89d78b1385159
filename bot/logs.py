"""Logging: one line an event, JSON on request, and the token never written.

httpx logs every request URL at INFO, and a Bot API URL contains the token,
so its logger is kept at WARNING and every record passes a filter that
replaces the token wherever it appears, tracebacks included.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import TextIO

from bot.config import Settings


class RedactToken(logging.Filter):
    """Replace the token in the message, its arguments and any traceback.

    The match ignores case (PTB capitalises error texts, which lowercases a
    token quoted in them) and also catches the secret half alone, which is
    all a leak needs: the part before the colon is the public bot id.
    """

    def __init__(self, token: str | None) -> None:
        super().__init__()
        forms = [f for f in (token, (token or "").partition(":")[2]) if f]
        self.pattern = re.compile("|".join(map(re.escape, forms)), re.IGNORECASE)
        self.active = bool(forms)

    def redact(self, text: str) -> str:
        """The text with every form of the token replaced by <token>."""
        return self.pattern.sub("<token>", text) if self.active else text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        if not self.active:
            return True
        record.msg = self.redact(record.getMessage())
        record.args = None
        if record.exc_info:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redact(record.stack_info)
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


def configure_logging(settings: Settings, stream: TextIO | None = None) -> None:
    """Set up the root logger from the settings (level, JSON, token redaction)."""
    handler = logging.StreamHandler(stream or sys.stderr)
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
