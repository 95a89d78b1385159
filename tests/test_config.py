"""Settings: defaults, the TOML file, environment overrides, and errors that say what is wrong."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.config import (
    DEFAULT_DATABASE_URL,
    ConfigError,
    DeliverySettings,
    HealthSettings,
    ReminderSettings,
    Settings,
    WebhookSettings,
    load_settings,
)
from bot.config.schema import SCHEMA
from bot.reminders.rules import parse_duration

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
user_ids = [11, 12]

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

[health]
listen = "0.0.0.0"
port = 8081

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
    assert settings.health == HealthSettings("0.0.0.0", 8081)


def test_the_example_file_loads_and_names_every_setting():
    example = (Path(__file__).resolve().parent.parent / "config.example.toml").read_text()
    uncommented = "\n".join(line.removeprefix("# ") for line in example.splitlines())
    for section, keys in SCHEMA.items():
        assert f"[{section}]" in example
        for key in keys:
            assert f"\n{key} = " in uncommented, f"[{section}] {key} is not in the example"
    assert load_settings(Path(__file__).parent.parent / "config.example.toml", environ={})


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
        ("WEBHOOK_LISTEN", "0.0.0.0", "webhook", WebhookSettings(listen="0.0.0.0")),
        ("HEALTH_PORT", "8081", "health", HealthSettings(port=8081)),
        ("HEALTH_LISTEN", "::", "health", HealthSettings(listen="::")),
        ("LOG_JSON", "off", "log_json", False),
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


# --- the token ---------------------------------------------------------------------------------


def test_the_token_comes_from_the_environment():
    assert load_settings(None, environ={"TELEGRAM_BOT_TOKEN": TOKEN}).telegram_token == TOKEN


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (f'token = "{TOKEN}"\n', "token"),
        (f'[telegram]\ntoken = "{TOKEN}"\n', "[telegram] token"),
        (f'[telegram]\nbot_token = "{TOKEN}"\n', "[telegram] bot_token"),
        (f'telegram_token = "{TOKEN}"\n', "telegram_token"),
    ],
    ids=["top level", "telegram table", "bot_token", "field name"],
)
def test_a_token_in_the_file_is_refused_without_repeating_it(config_file, text, where):
    path = config_file(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ={})
    (line,) = caught.value.problems
    assert line.startswith(f"{path}: {where}")
    assert line.endswith(
        "secrets are never read from the file: remove "
        f"{where.split()[-1]} and set TELEGRAM_BOT_TOKEN instead"
    )
    assert "secret-Part" not in line


def test_a_webhook_secret_in_the_file_is_refused_naming_its_variable(config_file):
    with pytest.raises(ConfigError, match="set WEBHOOK_SECRET_TOKEN instead"):
        load_settings(config_file('[webhook]\nsecret_token = "s"\n'), environ={})


def test_the_token_and_the_webhook_secret_never_appear_in_the_settings_repr():
    environ = {"TELEGRAM_BOT_TOKEN": TOKEN, "WEBHOOK_SECRET_TOKEN": "hook-secret"}
    settings = load_settings(None, environ=environ)
    for shown in (repr(settings), str(settings)):
        assert "secret" not in shown


# --- reading the file ---------------------------------------------------------------------------


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


# --- every rule, with its message ---------------------------------------------------------------


def problems(config_file, text: str, environ: dict[str, str] | None = None) -> list[str]:
    """Every problem of a file (its path left out), as the operator reads them."""
    path = config_file(text)
    with pytest.raises(ConfigError) as caught:
        load_settings(path, environ=environ or {})
    return [line.removeprefix(f"{path}: ") for line in caught.value.problems]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[admin]\nuser_id = [123]\n", "[admin] user_id is not a setting: did you mean user_ids?"),
        ("[delivry]\nmax_retries = 3\n", "unknown section [delivry]: did you mean [delivery]?"),
        ("[Logging]\njson = true\n", "unknown section [Logging]: did you mean [logging]?"),
        (
            "[colours]\nred = 1\n",
            "unknown section [colours]: the sections are telegram, database, knowledge, "
            "admin, reminders, delivery, questions, webhook, health, logging",
        ),
        ('[logging]\nlevl = "INFO"\n', "[logging] levl is not a setting: did you mean level?"),
        ("[logging]\nport = 1\n", "[logging] port is not a setting: it belongs in [webhook]"),
        ("[admin]\nfoo = 1\n", "[admin] foo is not a setting: [admin] has user_ids"),
        ('level = "DEBUG"\n', "level is outside any section; it belongs in [logging]"),
        ("whatever = 1\n", "whatever is outside any section"),
        ('logging = "oops"\n', '[logging] must be a table (a [logging] line), not "oops"'),
    ],
    ids=repr,
)
def test_unknown_sections_and_keys_are_errors_with_a_suggestion(config_file, text, message):
    assert problems(config_file, text) == [message]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            '[admin]\nuser_ids = "123"\n',
            '[admin] user_ids must be a list of whole numbers such as [123, 456], not "123"',
        ),
        (
            '[admin]\nuser_ids = [11, "12"]\n',
            "[admin] user_ids entry 2 must be a user id, a whole number (without quotes), "
            'not "12"',
        ),
        (
            '[admin]\nuser_ids = ["alice"]\n',
            '[admin] user_ids entry 1 must be a user id, a whole number, not "alice"',
        ),
        (
            "[admin]\nuser_ids = [true]\n",
            "[admin] user_ids entry 1 must be a user id, a whole number, not true",
        ),
        (
            "[admin]\nuser_ids = [1.5]\n",
            "[admin] user_ids entry 1 must be a user id, a whole number, not 1.5",
        ),
        (
            '[logging]\njson = "false"\n',
            '[logging] json must be true or false without quotes, not "false"',
        ),
        (
            '[reminders]\ncall_offsets = ["7 days"]\n',
            "[reminders] call_offsets entry 1 must be a positive number and d, h or m "
            'such as "7d", "12h" or "30m", not "7 days"',
        ),
        (
            '[reminders]\nevent_offsets = "1d"\n',
            '[reminders] event_offsets must be a list such as ["7d", "1d", "1h"], not "1d"',
        ),
        (
            '[reminders]\ncall_offsets = ["0d"]\n',
            "[reminders] call_offsets entry 1 must be a positive number and d, h or m "
            'such as "7d", "12h" or "30m", not "0d"',
        ),
        (
            "[delivery]\nglobal_per_second = 0\n",
            "[delivery] global_per_second must be more than 0 and at most 1000, not 0",
        ),
        (
            "[delivery]\nglobal_per_second = -1.5\n",
            "[delivery] global_per_second must be more than 0 and at most 1000, not -1.5",
        ),
        (
            '[delivery]\nglobal_per_second = "fast"\n',
            '[delivery] global_per_second must be a number without quotes, not "fast"',
        ),
        (
            "[delivery]\nmax_retries = 2.5\n",
            "[delivery] max_retries must be a whole number without quotes, not 2.5",
        ),
        (
            "[delivery]\nmax_retries = 100\n",
            "[delivery] max_retries must be at least 0 and at most 20, not 100",
        ),
        (
            "[delivery]\nper_chat_interval_s = -1\n",
            "[delivery] per_chat_interval_s must be at least 0 and at most 60, not -1",
        ),
        ("[webhook]\nport = 0\n", "[webhook] port must be at least 1 and at most 65535, not 0"),
        (
            "[webhook]\nport = 70000\n",
            "[webhook] port must be at least 1 and at most 65535, not 70000",
        ),
        (
            '[webhook]\nport = "8080"\n',
            '[webhook] port must be a whole number without quotes, not "8080"',
        ),
        (
            '[webhook]\nurl = "bot.example.org"\n',
            '[webhook] url must be an address such as "https://bot.example.org/telegram", '
            'not "bot.example.org"',
        ),
        (
            '[telegram]\napi_base_url = "ftp://x/bot"\n',
            '[telegram] api_base_url must be an address such as "http://127.0.0.1:8081/bot", '
            'not "ftp://x/bot"',
        ),
        (
            '[database]\nurl = "eccp.sqlite3"\n',
            '[database] url must be an address such as "sqlite:///eccp-bot.sqlite3", '
            'not "eccp.sqlite3"',
        ),
        ('[knowledge]\ndir = ""\n', "[knowledge] dir is empty: write a value, or remove the line"),
        ("[knowledge]\ndir = 3\n", "[knowledge] dir must be text in double quotes, not 3"),
        (
            '[knowledge]\ndefault_timezone = "Europe/Atlantis"\n',
            '[knowledge] default_timezone must be an IANA zone such as "Europe/Brussels", '
            'not "Europe/Atlantis"',
        ),
        (
            '[knowledge]\ndefault_timezone = "../etc/passwd"\n',
            '[knowledge] default_timezone must be an IANA zone such as "Europe/Brussels", '
            'not "../etc/passwd"',
        ),
        (
            '[logging]\nlevel = "verbose"\n',
            '[logging] level must be DEBUG, INFO, WARNING or ERROR, not "verbose"',
        ),
        (
            f'[telegram]\nshort_description = "{"x" * 121}"\n',
            "[telegram] short_description is 121 characters long; Telegram allows 120",
        ),
        (
            f'[telegram]\ndescription = "{"x" * 513}"\n',
            "[telegram] description is 513 characters long; Telegram allows 512",
        ),
        ("[health]\nport = -1\n", "[health] port must be at least 0 and at most 65535, not -1"),
    ],
    ids=repr,
)
def test_every_value_is_checked_for_its_type_and_range(config_file, text, message):
    assert problems(config_file, text) == [message]


@pytest.mark.parametrize(
    ("environ", "message"),
    [
        (
            {"BOT_ADMIN_IDS": "1,two"},
            "BOT_ADMIN_IDS (environment, [admin] user_ids) entry 2 must be a user id, "
            'a whole number, not "two"',
        ),
        (
            {"BOT_ADMIN_IDS": "1;2"},
            "BOT_ADMIN_IDS (environment, [admin] user_ids) entry 1 must be a user id, "
            'a whole number, not "1;2"',
        ),
        (
            {"WEBHOOK_PORT": "https"},
            'WEBHOOK_PORT (environment, [webhook] port) must be a whole number, not "https"',
        ),
        (
            {"LOG_JSON": "maybe"},
            'LOG_JSON (environment, [logging] json) must be 1 or 0, not "maybe"',
        ),
        (
            {"LOG_LEVEL": "CRITICAL"},
            "LOG_LEVEL (environment, [logging] level) must be DEBUG, INFO, WARNING or ERROR, "
            'not "CRITICAL"',
        ),
        (
            {"DATABASE_URL": "localhost"},
            "DATABASE_URL (environment, [database] url) must be an address such as "
            '"sqlite:///eccp-bot.sqlite3", not "localhost"',
        ),
    ],
    ids=repr,
)
def test_environment_overrides_are_checked_by_the_same_rules(environ, message):
    with pytest.raises(ConfigError) as caught:
        load_settings(None, environ=environ)
    assert caught.value.problems == (message,)


def test_every_problem_is_reported_at_once_one_line_each(config_file):
    text = (
        '[admin]\nuser_id = [123]\n[delivry]\nx = 1\n[logging]\njson = "false"\n'
        '[reminders]\ncall_offsets = ["7 days"]\n'
    )
    found = problems(config_file, text, {"WEBHOOK_PORT": "x"})
    assert len(found) == 5
    assert all("\n" not in line for line in found)
    assert found[-1].startswith("WEBHOOK_PORT (environment")


def test_config_error_is_a_value_error_whose_text_is_one_line_a_problem():
    error = ConfigError(["one", "two"])
    assert isinstance(error, ValueError)
    assert str(error) == "one\ntwo"


# --- properties: anything the loader accepts, the bot can use -----------------------------------


@given(
    port=st.integers(-10, 70000),
    rate=st.floats(-5, 2000, allow_nan=False),
    retries=st.integers(-3, 30),
    offsets=st.lists(st.from_regex(r"[0-9]{1,3}[dhms]?", fullmatch=True), max_size=3),
)
def test_anything_accepted_is_in_range_and_parses_as_the_bot_reads_it(
    tmp_path_factory, port, rate, retries, offsets
):
    path = tmp_path_factory.mktemp("c") / "config.toml"
    quoted = ", ".join(f'"{o}"' for o in offsets)
    path.write_text(
        f"[webhook]\nport = {port}\n[delivery]\nglobal_per_second = {rate!r}\n"
        f"max_retries = {retries}\n[reminders]\ncall_offsets = [{quoted}]\n"
    )
    try:
        settings = load_settings(path, environ={})
    except ConfigError as exc:
        problems = exc.problems
        assert problems, "a refusal names its problems"
        return
    assert 1 <= settings.webhook.port <= 65535
    assert 0 < settings.delivery.global_per_second <= 1000
    assert 0 <= settings.delivery.max_retries <= 20
    assert all(parse_duration(o).total_seconds() > 0 for o in settings.reminders.call_offsets)
