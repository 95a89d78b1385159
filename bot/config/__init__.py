"""Settings: a TOML file for the operator, the environment for secrets and overrides.

Strict on purpose: an unknown section or key is an error with the nearest
known one ("did you mean user_ids?"), every value is checked for its type
and range when it is read, and every problem is reported at once, one line
each.  A mistake silently ignored (`[admin] user_id`) ran the bot with no
admins.  Our own small schema (`schema.py`, `values.py`) rather than
pydantic-settings: the messages name the section, the key, what was written
and what to write, as the knowledge loader's do, with no dependency.

The token is only ever read from the environment and is kept out of `repr`,
so a logged `Settings` never leaks it.
"""

from __future__ import annotations

import difflib
import os
import socket
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from bot.config.schema import DEFAULT_DATABASE_URL, DEFAULT_TIMEZONE, SCHEMA, SECRETS, Key
from bot.config.values import Invalid, shown

__all__ = ["DEFAULT_DATABASE_URL", "DEFAULT_TIMEZONE", "ConfigError", "Settings", "load_settings"]
ENV_ONLY = {"token": "TELEGRAM_BOT_TOKEN", "secret": "WEBHOOK_SECRET_TOKEN"}


class ConfigError(ValueError):
    """Settings that must not be used; `problems` holds every one, a line each."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


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
class HealthSettings:
    """Where `GET /healthz` is served in any mode; port 0 serves none."""

    listen: str = "127.0.0.1"
    port: int = 0


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
    log_level: str = "INFO"
    log_json: bool = False
    instance_id: str = field(default_factory=socket.gethostname)
    description: str = str(SCHEMA["telegram"]["description"].default)
    short_description: str = str(SCHEMA["telegram"]["short_description"].default)
    health: HealthSettings = HealthSettings()
    allow_empty_knowledge: bool = False  # a folder with 0 items is refused unless this is set
    question_retention_days: float = 90.0  # question texts are deleted after this

    @property
    def zone(self) -> ZoneInfo:
        """The default zone for items and users that name none."""
        return ZoneInfo(self.default_timezone)


def load_settings(path: Path | None = None, environ: Mapping[str, str] | None = None) -> Settings:
    """Read the TOML file (if any), then apply environment overrides; every problem at once."""
    env = os.environ if environ is None else environ
    raw = _read(path) if path is not None else {}
    values: dict[tuple[str, str], Any] = {}
    problems = _from_file(raw, values, f"{path}: ") + _from_env(env, values)
    if problems:
        raise ConfigError(problems)
    return _settings(values, env)


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError([f"cannot read config file {path}: {exc.strerror}"]) from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError([f"{path}: not valid TOML: {exc}"]) from exc
    except UnicodeDecodeError as exc:
        raise ConfigError([f"{path}: not UTF-8 text (save it as UTF-8)"]) from exc


def _from_file(raw: Mapping[str, Any], values: dict[tuple[str, str], Any], at: str) -> list[str]:
    """Check every section and key of the file into `values`; the problems found."""
    problems = []
    for section, table in raw.items():
        if section not in SCHEMA or not isinstance(table, dict):
            problems.append(at + _misplaced(section, table))
            continue
        for key, value in table.items():
            spec = SCHEMA[section].get(key)
            if spec is None:
                problems.append(at + _unknown_key(section, key))
                continue
            try:
                values[section, key] = spec.check(value, False)
            except Invalid as exc:
                problems.append(f"{at}[{section}] {key} {exc}")
    return problems


def _from_env(env: Mapping[str, str], values: dict[tuple[str, str], Any]) -> list[str]:
    """Environment overrides (an empty variable counts as unset); the problems found."""
    problems = []
    for (section, key), spec in _keys():
        text = env.get(spec.env or "", "").strip()
        if not spec.env or not text:
            continue
        try:
            values[section, key] = spec.check(text, True)
        except Invalid as exc:
            problems.append(f"{spec.env} (environment, [{section}] {key}) {exc}")
    return problems


def _keys() -> list[tuple[tuple[str, str], Key]]:
    return [((s, k), spec) for s, keys in SCHEMA.items() for k, spec in keys.items()]


def _misplaced(section: str, value: object) -> str:
    """Why a top-level entry is not a section we know, and what was probably meant."""
    if section in SECRETS:
        return f"{section}: {_secret(section)}"
    if section in SCHEMA:
        return f"[{section}] must be a table (a [{section}] line), not {shown(value)}"
    if not isinstance(value, dict):
        home = [s for s, keys in SCHEMA.items() if section in keys]
        where = f"; it belongs in [{home[0]}]" if home else ""
        return f"{section} is outside any section{where}"
    guess = _closest(section, SCHEMA)
    hint = f"did you mean [{guess}]?" if guess else "the sections are " + _listed(SCHEMA)
    return f"unknown section [{section}]: {hint}"


def _unknown_key(section: str, key: str) -> str:
    if key in SECRETS:
        return f"[{section}] {key}: {_secret(key)}"
    home = [s for s, keys in SCHEMA.items() if key in keys and s != section]
    guess = _closest(key, SCHEMA[section])
    if guess:
        hint = f"did you mean {guess}?"
    elif home:
        hint = f"it belongs in [{home[0]}]"
    else:
        hint = f"[{section}] has {_listed(SCHEMA[section])}"
    return f"[{section}] {key} is not a setting: {hint}"


def _secret(key: str) -> str:
    variable = ENV_ONLY["secret"] if "secret" in key else ENV_ONLY["token"]
    return f"secrets are never read from the file: remove {key} and set {variable} instead"


def _closest(word: str, choices: Iterable[str]) -> str | None:
    folded = {c.casefold(): c for c in choices}
    found = difflib.get_close_matches(word.casefold(), list(folded), n=1, cutoff=0.75)
    return folded[found[0]] if found else None


def _listed(names: Iterable[str]) -> str:
    return ", ".join(names)


def _settings(values: Mapping[tuple[str, str], Any], env: Mapping[str, str]) -> Settings:
    """The checked values, defaults where none was given, as one frozen Settings."""

    def get(section: str, key: str) -> Any:
        return values.get((section, key), SCHEMA[section][key].default)

    return Settings(
        telegram_token=env.get("TELEGRAM_BOT_TOKEN", "").strip() or None,
        telegram_api_base_url=get("telegram", "api_base_url"),
        database_url=get("database", "url"),
        knowledge_dir=Path(get("knowledge", "dir")),
        default_timezone=get("knowledge", "default_timezone"),
        admin_user_ids=frozenset(get("admin", "user_ids")),
        reminders=ReminderSettings(
            get("reminders", "call_offsets"), get("reminders", "event_offsets")
        ),
        delivery=DeliverySettings(*(get("delivery", k) for k in SCHEMA["delivery"])),
        webhook=WebhookSettings(
            get("webhook", "url"),
            get("webhook", "listen"),
            get("webhook", "port"),
            env.get("WEBHOOK_SECRET_TOKEN", "").strip() or None,
        ),
        log_level=get("logging", "level"),
        log_json=get("logging", "json"),
        instance_id=(env.get("INSTANCE_ID", "").strip() or socket.gethostname())[:64],
        description=get("telegram", "description"),
        short_description=get("telegram", "short_description"),
        health=HealthSettings(*(get("health", k) for k in SCHEMA["health"])),
        allow_empty_knowledge=get("knowledge", "allow_empty"),
        question_retention_days=get("questions", "retention_days"),
    )
