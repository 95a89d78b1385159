"""Settings: defaults, the TOML file, environment overrides, and errors that say what is wrong."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from bot.config import (
    DEFAULT_DATABASE_URL,
    ConfigError,
    DeliverySettings,
    ReminderSettings,
    Settings,
    WebhookSettings,
    load_settings,
)

TOKEN = "123456:AAE-secret-Part_of-the-token"

FULL_FILE = """
[telegram]
api_base_url = "http://127.0.0.1:8081/bot"

[database]
url = "sqlite:///from-file.sqlite3"

[knowledge]
dir = "file-knowledge"
default_timezone = "Europe/Lisbon"

[admin]
user_ids = [11, "12"]

[reminders]
call_offsets = ["3d", "2h"]
event_offsets = ["2d"]

[delivery]
global_per_second = 10
per_chat_interval_s = 2.5
max_retries = 3
reply_per_second = 0

[webhook]
url = "https://bot.example.org/telegram"
listen = "0.0.0.0"
port = 8443

[logging]
level = "warning"
json = true
"""


@pytest.fixture
def config_file(tmp_path: Path):
    """Write TOML text to a config file and return its path."""

    def write(text: str) -> Path:
        path = tmp_path / "config.toml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


# --- defaults -----------------------------------------------------------------------------------


def test_without_a_file_or_environment_every_setting_has_its_default():
    settings = load_settings(None, environ={})
    assert settings == Settings(instance_id=socket.gethostname())


def test_the_defaults_are_polling_sqlite_and_brussels():
    settings = load_settings(None, environ={})
    assert settings.telegram_token is None
    assert settings.telegram_api_base_url is None
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.knowledge_dir == Path("knowledge")
    assert settings.zone.key == "Europe/Brussels"
    assert settings.admin_user_ids == frozenset()
    assert settings.reminders == ReminderSettings(("7d", "1d", "1h"), ("1d",))
    assert settings.delivery == DeliverySettings(25.0, 1.0, 5, 30.0)
    assert settings.webhook == WebhookSettings(None, "127.0.0.1", 8080, None)
    assert (settings.log_level, settings.log_json) == ("INFO", False)


def test_an_empty_file_gives_the_defaults(config_file):
    assert load_settings(config_file(""), environ={}) == load_settings(None, environ={})


# --- the file -----------------------------------------------------------------------------------


def test_every_setting_is_read_from_the_file(config_file):
    settings = load_settings(config_file(FULL_FILE), environ={})
    assert settings.telegram_api_base_url == "http://127.0.0.1:8081/bot"
    assert settings.database_url == "sqlite:///from-file.sqlite3"
    assert settings.knowledge_dir == Path("file-knowledge")
    assert settings.zone.key == "Europe/Lisbon"
    assert settings.admin_user_ids == frozenset({11, 12})
    assert settings.reminders == ReminderSettings(("3d", "2h"), ("2d",))
    assert settings.delivery == DeliverySettings(10.0, 2.5, 3, 0.0)
    assert settings.webhook == WebhookSettings("https://bot.example.org/telegram", "0.0.0.0", 8443)
    assert (settings.log_level, settings.log_json) == ("WARNING", True)


# --- the environment ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("DATABASE_URL", "postgresql+psycopg://db/b", "database_url", "postgresql+psycopg://db/b"),
        ("TELEGRAM_API_BASE_URL", "http://h:9/bot", "telegram_api_base_url", "http://h:9/bot"),
        ("KNOWLEDGE_DIR", "/srv/knowledge", "knowledge_dir", Path("/srv/knowledge")),
        ("BOT_ADMIN_IDS", "1, 2", "admin_user_ids", frozenset({1, 2})),
        ("BOT_ADMIN_IDS", " 7 ,, 8 ,", "admin_user_ids", frozenset({7, 8})),
        ("LOG_JSON", "1", "log_json", True),
        ("LOG_JSON", "true", "log_json", True),
        ("LOG_LEVEL", "debug", "log_level", "DEBUG"),
        ("INSTANCE_ID", "bot-a", "instance_id", "bot-a"),
        ("INSTANCE_ID", "x" * 100, "instance_id", "x" * 64),
    ],
)
def test_the_environment_sets_a_value_without_a_file(variable, value, field, expected):
    assert getattr(load_settings(None, environ={variable: value}), field) == expected


@pytest.mark.parametrize(
    ("variable", "value", "field", "expected"),
    [
        ("DATABASE_URL", "sqlite:///env.sqlite3", "database_url", "sqlite:///env.sqlite3"),
        ("TELEGRAM_API_BASE_URL", "http://env/bot", "telegram_api_base_url", "http://env/bot"),
        ("KNOWLEDGE_DIR", "env-knowledge", "knowledge_dir", Path("env-knowledge")),
        ("BOT_ADMIN_IDS", "1, 2", "admin_user_ids", frozenset({1, 2})),
        ("LOG_LEVEL", "error", "log_level", "ERROR"),
    ],
)
def test_the_environment_overrides_the_file(config_file, variable, value, field, expected):
    settings = load_settings(config_file(FULL_FILE), environ={variable: value})
    assert getattr(settings, field) == expected


def test_the_environment_overrides_the_webhook_and_carries_its_secret(config_file):
    environ = {
        "WEBHOOK_URL": "https://env/hook",
        "WEBHOOK_PORT": "9000",
        "WEBHOOK_SECRET_TOKEN": "s",
    }
    webhook = load_settings(config_file(FULL_FILE), environ=environ).webhook
    assert webhook == WebhookSettings("https://env/hook", "0.0.0.0", 9000, "s")


def test_log_json_off_in_the_environment_overrides_json_on_in_the_file(config_file):
    settings = load_settings(config_file("[logging]\njson = true\n"), environ={"LOG_JSON": "0"})
    assert settings.log_json is False


def test_empty_environment_variables_are_as_good_as_unset(config_file):
    environ = dict.fromkeys(["DATABASE_URL", "KNOWLEDGE_DIR", "BOT_ADMIN_IDS", "LOG_LEVEL"], "")
    settings = load_settings(config_file(FULL_FILE), environ=environ)
    assert settings == load_settings(config_file(FULL_FILE), environ={})


# --- the token ----------------------------------------------------------------------------------


def test_the_token_comes_from_the_environment():
    assert load_settings(None, environ={"TELEGRAM_BOT_TOKEN": TOKEN}).telegram_token == TOKEN


@pytest.mark.parametrize(
    "text",
    [f'token = "{TOKEN}"\n', f'[telegram]\ntoken = "{TOKEN}"\n', f'telegram_token = "{TOKEN}"\n'],
    ids=["top level", "telegram table", "field name"],
)
def test_a_token_in_the_file_is_ignored(config_file, text):
    assert load_settings(config_file(text), environ={}).telegram_token is None


def test_the_token_and_the_webhook_secret_never_appear_in_the_settings_repr():
    environ = {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET_TOKEN": "hook-secret"}
    settings = load_settings(None, environ=environ)
    for shown in (repr(settings), str(settings)):
        assert "secret" not in shown


# --- errors -------------------------------------------------------------------------------------


def test_a_missing_file_is_a_config_error_naming_it(tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(ConfigError, match=f"cannot read config file {missing}: No such file"):
        load_settings(missing, environ={})


def test_a_directory_given_as_the_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config file .*: Is a directory"):
        load_settings(tmp_path, environ={})


def test_a_file_that_is_not_utf8_is_a_config_error_naming_it(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes("# café au lait\n".encode("latin-1"))
    with pytest.raises(ConfigError, match="latin1.toml"):
        load_settings(path, environ={})


@pytest.mark.parametrize(
    "text", ["[database\nurl = 'x'\n", "level = \n", "a = 1\na = 2\n"], ids=repr
)
def test_bad_toml_is_a_config_error_naming_the_file(config_file, text):
    path = config_file(text)
    with pytest.raises(ConfigError, match=rf"^{path}: not valid TOML: "):
        load_settings(path, environ={})


@pytest.mark.parametrize(
    "section",
    ["telegram", "database", "knowledge", "admin", "reminders", "delivery", "webhook", "logging"],
)
def test_a_section_that_is_not_a_table_is_a_config_error(config_file, section):
    with pytest.raises(ConfigError, match=rf"^\[{section}\] must be a table$"):
        load_settings(config_file(f'{section} = "oops"\n'), environ={})


@pytest.mark.parametrize("zone", ["Europe/Atlantis", "CEST", "", "../etc/passwd"], ids=repr)
def test_an_unknown_default_timezone_is_a_config_error(config_file, zone):
    path = config_file(f'[knowledge]\ndefault_timezone = "{zone}"\n')
    with pytest.raises(ConfigError, match=f"unknown default_timezone '{zone}'"):
        load_settings(path, environ={})


@pytest.mark.parametrize("ids", ["1,two", "1;2", "0x10", "1.5"])
def test_admin_ids_from_the_environment_must_be_whole_numbers(ids):
    with pytest.raises(ConfigError, match="admin user ids must be whole numbers"):
        load_settings(None, environ={"BOT_ADMIN_IDS": ids})


@pytest.mark.parametrize("ids", ['["alice"]', "[1.5]", "[true]"])
def test_admin_ids_from_the_file_must_be_whole_numbers(config_file, ids):
    with pytest.raises(ConfigError, match="admin user ids must be whole numbers"):
        load_settings(config_file(f"[admin]\nuser_ids = {ids}\n"), environ={})


@pytest.mark.parametrize("rate", ["0", "-1", "0.0"])
def test_a_global_rate_that_is_not_positive_is_a_config_error(config_file, rate):
    path = config_file(f"[delivery]\nglobal_per_second = {rate}\n")
    with pytest.raises(ConfigError, match="delivery.global_per_second must be positive"):
        load_settings(path, environ={})


@pytest.mark.parametrize(
    ("text", "environ", "setting"),
    [
        ('[delivery]\nglobal_per_second = "fast"\n', {}, "global_per_second"),
        ('[delivery]\nmax_retries = "many"\n', {}, "max_retries"),
        ("", {"WEBHOOK_PORT": "https"}, "port"),
    ],
    ids=["rate in the file", "retries in the file", "port in the environment"],
)
def test_a_number_that_is_not_a_number_is_a_config_error_naming_the_setting(
    config_file, text, environ, setting
):
    with pytest.raises(ConfigError, match=rf"(?i){setting}"):
        load_settings(config_file(text), environ=environ)


@pytest.mark.parametrize(
    ("text", "environ"),
    [
        ('[logging]\nlevel = "verbose"\n', {}),
        ("", {"LOG_LEVEL": "CRITICAL"}),
        ("", {"LOG_LEVEL": "1"}),
    ],
    ids=["file", "critical", "number"],
)
def test_a_bad_log_level_is_a_config_error_listing_the_good_ones(config_file, text, environ):
    with pytest.raises(ConfigError, match="logging.level must be DEBUG, INFO, WARNING or ERROR"):
        load_settings(config_file(text), environ=environ)


def test_config_error_is_a_value_error():
    assert issubclass(ConfigError, ValueError)
