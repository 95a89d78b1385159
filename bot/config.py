"""Settings: a TOML file for the operator, the environment for secrets and overrides.

The token is only ever read from the environment and is kept out of `repr`,
so a logged `Settings` never leaks it.
"""

from __future__ import annotations

import os
import socket
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_DATABASE_URL = "sqlite:///eccp-bot.sqlite3"
DEFAULT_TIMEZONE = "Europe/Brussels"


class ConfigError(ValueError):
    """A setting is missing or malformed; the message says which and why."""


@dataclass(frozen=True)
class ReminderSettings:
    """When reminders go out, as durations before the deadline or start."""

    call_offsets: tuple[str, ...] = ("7d", "1d", "1h")
    event_offsets: tuple[str, ...] = ("1d",)


@dataclass(frozen=True)
class DeliverySettings:
    """Telegram's sending limits, kept with a margin."""

    global_per_second: float = 25.0
    per_chat_interval_s: float = 1.0
    max_retries: int = 5
    reply_per_second: float = 30.0  # unused: answers share `global_per_second` with fan-outs
    claim_lease_s: float = 60.0  # a claimed message is taken over only this long after its
    # sender stopped renewing it (the sender renews every third of it)
    leader_lease_s: float = 30.0  # the scheduler lease, renewed every third of it
    retry_every_s: float = 2.0  # how often the leader sends what waits in the ledger
    unauthorized_limit: int = 3  # consecutive 401s from the Bot API that end the process
    dead_after_s: float = 120.0  # no Bot API answer for this long ends the process


@dataclass(frozen=True)
class WebhookSettings:
    """Webhook mode: where Telegram posts updates and the secret they must carry."""

    url: str | None = None
    listen: str = "127.0.0.1"
    port: int = 8080
    secret_token: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs at start-up, validated once."""

    telegram_token: str | None = field(default=None, repr=False)
    telegram_api_base_url: str | None = None
    database_url: str = DEFAULT_DATABASE_URL
    knowledge_dir: Path = Path("knowledge")
    default_timezone: str = DEFAULT_TIMEZONE
    admin_user_ids: frozenset[int] = frozenset()
    reminders: ReminderSettings = ReminderSettings()
    delivery: DeliverySettings = DeliverySettings()
    webhook: WebhookSettings = WebhookSettings()
    allow_empty_knowledge: bool = False  # a folder with 0 items is refused unless this is set
    question_retention_days: float = 90.0  # question texts are deleted after this
    log_level: str = "INFO"
    log_json: bool = False
    instance_id: str = field(default_factory=socket.gethostname)

    @property
    def zone(self) -> ZoneInfo:
        """The default zone for items and users that name none."""
        return ZoneInfo(self.default_timezone)


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the TOML file (if any), then apply environment overrides."""
    env = os.environ if environ is None else environ
    raw: dict[str, Any] = {}
    if path is not None:
        try:
            raw = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise ConfigError(f"cannot read config file {path}: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
        except UnicodeDecodeError as exc:
            raise ConfigError(f"{path}: not UTF-8 text (save it as UTF-8)") from exc
    return _validated(_from_sections(raw, env))


def _section(raw: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    value = raw.get(name, {})
    if not isinstance(value, Mapping):
        raise ConfigError(f"[{name}] must be a table")
    return value


def _from_sections(raw: Mapping[str, Any], env: Mapping[str, str]) -> Settings:
    telegram = _section(raw, "telegram")
    database = _section(raw, "database")
    knowledge = _section(raw, "knowledge")
    admin = _section(raw, "admin")
    reminders = _section(raw, "reminders")
    delivery = _section(raw, "delivery")
    webhook = _section(raw, "webhook")
    logging = _section(raw, "logging")
    questions = _section(raw, "questions")
    admins = env.get("BOT_ADMIN_IDS")
    return Settings(
        telegram_token=env.get("TELEGRAM_BOT_TOKEN") or None,
        telegram_api_base_url=env.get("TELEGRAM_API_BASE_URL") or telegram.get("api_base_url"),
        database_url=env.get("DATABASE_URL") or database.get("url", DEFAULT_DATABASE_URL),
        knowledge_dir=Path(env.get("KNOWLEDGE_DIR") or knowledge.get("dir", "knowledge")),
        default_timezone=knowledge.get("default_timezone", DEFAULT_TIMEZONE),
        admin_user_ids=_ids(admins.split(",") if admins else admin.get("user_ids", [])),
        reminders=ReminderSettings(
            call_offsets=tuple(reminders.get("call_offsets", ReminderSettings.call_offsets)),
            event_offsets=tuple(reminders.get("event_offsets", ReminderSettings.event_offsets)),
        ),
        delivery=DeliverySettings(
            global_per_second=_number(delivery, "global_per_second", 25.0, "delivery"),
            per_chat_interval_s=_number(delivery, "per_chat_interval_s", 1.0, "delivery"),
            max_retries=int(_number(delivery, "max_retries", 5, "delivery")),
            reply_per_second=_number(delivery, "reply_per_second", 30.0, "delivery"),
            claim_lease_s=_positive(
                _number(delivery, "claim_lease_s", 60.0, "delivery"), "delivery.claim_lease_s"
            ),
            leader_lease_s=_positive(
                _number(delivery, "leader_lease_s", 30.0, "delivery"), "delivery.leader_lease_s"
            ),
            retry_every_s=_positive(
                _number(delivery, "retry_every_s", 2.0, "delivery"), "delivery.retry_every_s"
            ),
            unauthorized_limit=int(
                _positive(
                    _number(delivery, "unauthorized_limit", 3, "delivery"),
                    "delivery.unauthorized_limit",
                )
            ),
            dead_after_s=_positive(
                _number(delivery, "dead_after_s", 120.0, "delivery"), "delivery.dead_after_s"
            ),
        ),
        webhook=WebhookSettings(
            url=env.get("WEBHOOK_URL") or webhook.get("url"),
            listen=webhook.get("listen", "127.0.0.1"),
            port=_port(env.get("WEBHOOK_PORT") or webhook.get("port", 8080)),
            secret_token=env.get("WEBHOOK_SECRET_TOKEN") or None,
        ),
        allow_empty_knowledge=bool(knowledge.get("allow_empty", False)),
        question_retention_days=_positive(
            _number(questions, "retention_days", 90.0, "questions"), "questions.retention_days"
        ),
        log_level=(env.get("LOG_LEVEL") or logging.get("level", "INFO")).upper(),
        log_json=_flag(env["LOG_JSON"]) if "LOG_JSON" in env else bool(logging.get("json", False)),
        instance_id=(env.get("INSTANCE_ID") or socket.gethostname())[:64],
    )


def _positive(value: float, name: str) -> float:
    """A setting that must be above zero, or a ConfigError that names it."""
    if value <= 0:
        raise ConfigError(f"{name} must be positive, not {value}")
    return value


def _number(section: Mapping[str, Any], key: str, default: float, name: str) -> float:
    """A numeric setting, or a ConfigError that names it."""
    value = section.get(key, default)
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ConfigError(f"{name}.{key} must be a number, not {value!r}") from None


def _port(value: Any) -> int:
    """The webhook port: a whole number, or a ConfigError that says so."""
    return int(_number({"port": value}, "port", 8080, "webhook"))


def _ids(values: Any) -> frozenset[int]:
    try:
        return frozenset(int(str(v).strip()) for v in values if str(v).strip())
    except ValueError as exc:
        raise ConfigError(f"admin user ids must be whole numbers: {exc}") from exc


def _flag(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _validated(settings: Settings) -> Settings:
    try:
        ZoneInfo(settings.default_timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"unknown default_timezone {settings.default_timezone!r}") from exc
    if settings.delivery.global_per_second <= 0:
        raise ConfigError("delivery.global_per_second must be positive")
    if settings.log_level not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ConfigError(
            f"logging.level must be DEBUG, INFO, WARNING or ERROR, not {settings.log_level}"
        )
    return settings
