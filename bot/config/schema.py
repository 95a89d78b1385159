"""The settings an operator may write: sections, keys, their checks, defaults and variables.

One table, so the file, the environment, the error messages and
`config.example.toml` (checked by a test) all speak of the same keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.config import values as v

DEFAULT_DATABASE_URL = "sqlite:///eccp-bot.sqlite3"
DEFAULT_TIMEZONE = "Europe/Brussels"
DESCRIPTION = (
    "I answer questions about events, calls for proposals and policy briefs of the "
    "European cluster and regional-policy community, in plain words, and remind you "
    "of deadlines. Ask me anything, e.g. \u201cwhich calls are still open?\u201d"
)
SHORT_DESCRIPTION = "Events, calls and briefs of the European cluster community, with reminders."
SECRETS = {"token", "bot_token", "telegram_token", "telegram_bot_token", "secret_token", "secret"}


@dataclass(frozen=True)
class Key:
    """One setting: how it is checked, its default and the variable that overrides it."""

    check: v.Check
    default: object
    env: str | None = None


SCHEMA: dict[str, dict[str, Key]] = {
    "telegram": {
        "api_base_url": Key(
            v.url("http://127.0.0.1:8081/bot", ("http", "https")), None, "TELEGRAM_API_BASE_URL"
        ),
        "description": Key(v.text(512), DESCRIPTION),
        "short_description": Key(v.text(120), SHORT_DESCRIPTION),
    },
    "database": {
        "url": Key(v.url("sqlite:///eccp-bot.sqlite3"), DEFAULT_DATABASE_URL, "DATABASE_URL"),
    },
    "knowledge": {
        "dir": Key(v.text(4096), "knowledge", "KNOWLEDGE_DIR"),
        "default_timezone": Key(v.zone, DEFAULT_TIMEZONE),
        "allow_empty": Key(v.flag, False),
    },
    "admin": {"user_ids": Key(v.user_ids, frozenset(), "BOT_ADMIN_IDS")},
    "reminders": {
        "call_offsets": Key(v.durations, ("7d", "1d", "1h")),
        "event_offsets": Key(v.durations, ("1d",)),
    },
    "delivery": {
        "global_per_second": Key(v.Between(0, 1000, open_low=True), 25.0),
        "per_chat_interval_s": Key(v.Between(0, 60), 1.0),
        "max_retries": Key(v.Between(0, 20, whole=True), 5),
        "reply_per_second": Key(v.Between(0, 1000), 30.0),
        "claim_lease_s": Key(v.Between(0, 3600, open_low=True), 60.0),
        "leader_lease_s": Key(v.Between(0, 3600, open_low=True), 30.0),
        "retry_every_s": Key(v.Between(0, 600, open_low=True), 2.0),
        "unauthorized_limit": Key(v.Between(1, 100, whole=True), 3),
        "dead_after_s": Key(v.Between(0, 86400, open_low=True), 120.0),
    },
    "questions": {"retention_days": Key(v.Between(0, 36500, open_low=True), 90.0)},
    "webhook": {
        "url": Key(
            v.url("https://bot.example.org/telegram", ("https", "http")), None, "WEBHOOK_URL"
        ),
        "listen": Key(v.text(255), "127.0.0.1", "WEBHOOK_LISTEN"),
        "port": Key(v.Between(1, 65535, whole=True), 8080, "WEBHOOK_PORT"),
    },
    "health": {
        "listen": Key(v.text(255), "127.0.0.1", "HEALTH_LISTEN"),
        "port": Key(v.Between(0, 65535, whole=True), 0, "HEALTH_PORT"),
    },
    "logging": {
        "level": Key(v.level, "INFO", "LOG_LEVEL"),
        "json": Key(v.flag, False, "LOG_JSON"),
    },
}
