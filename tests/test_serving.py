"""The real process's HTTP side: the webhook refuses what is not an update, health in both modes.

`main.py run` on the shipped knowledge against the fake Bot API server, as
an operator runs it (WEBHOOK_LISTEN and HEALTH_PORT from the environment).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.processes import ROOT, TOKEN, FakeServer, free_port, get, start_bot, stop

pytestmark = pytest.mark.slow
SECRET = "s3cret-token"
UPDATE = {
    "update_id": 7,
    "message": {
        "message_id": 1, "date": 0, "text": "when is the eccp conference?",
        "chat": {"id": 42, "type": "private"},
        "from": {"id": 42, "is_bot": False, "first_name": "T"},
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def fake():
    server = FakeServer()
    yield server
    server.stop()


def base_env(fake: FakeServer, tmp_path, **extra: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/b.sqlite3",
        **extra,
    }


@pytest.fixture(scope="module")
def webhook(fake, tmp_path_factory):
    """One bot in webhook mode for the module's requests (each start costs seconds)."""
    tmp_path = tmp_path_factory.mktemp("webhook")
    port = free_port()
    env = base_env(
        fake, tmp_path, WEBHOOK_URL="https://bot.example.org/telegram",
        WEBHOOK_LISTEN="0.0.0.0", WEBHOOK_PORT=str(port), WEBHOOK_SECRET_TOKEN=SECRET,
    )  # fmt: skip
    bot = start_bot(env, "run", "--webhook")
    fake.wait("setWebhook")  # sent once the bot listens
    yield f"http://127.0.0.1:{port}"
    assert stop(bot) == 0


def post(url: str, body: bytes, secret: str | None = SECRET) -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    return get(url, body, headers)


@pytest.mark.parametrize(
    "body",
    [b"{}", b"[]", b'"update"', b"42", b"{not json", b'{"update_id": "7"}', b"\xff\xfe"],
    ids=repr,
)
def test_the_webhook_answers_400_to_a_body_that_is_not_an_update(webhook, body):
    assert post(f"{webhook}/telegram", body) == (400, "not an update")


@pytest.mark.parametrize("secret", [None, "", "wrong", SECRET + "x"], ids=repr)
def test_the_webhook_answers_403_without_the_right_secret(webhook, secret):
    assert post(f"{webhook}/telegram", json.dumps(UPDATE).encode(), secret)[0] == 403


def test_the_webhook_refuses_a_body_over_the_size_limit(webhook):
    huge = json.dumps({**UPDATE, "padding": "x" * (2 << 20)}).encode()
    assert post(f"{webhook}/telegram", huge)[0] == 413


def test_a_real_update_through_the_webhook_is_answered_and_healthz_is_ok(webhook, fake):
    assert get(f"{webhook}/healthz") == (200, "ok")
    assert post(f"{webhook}/telegram", json.dumps(UPDATE).encode()) == (200, "ok")
    fake.wait("sendMessage", chat_id=42)
    assert "26-27 September 2022" in fake.sends()[-1]["params"]["text"]


def health_command(port: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "health"], cwd=ROOT, env={"HEALTH_PORT": str(port)},
        stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def test_polling_mode_serves_healthz_and_the_health_command_reads_it(fake, tmp_path):
    port = free_port()
    bot = start_bot(base_env(fake, tmp_path, HEALTH_PORT=str(port)), "run")
    try:
        fake.wait("getUpdates")
        assert get(f"http://127.0.0.1:{port}/healthz") == (200, "ok")
        done = health_command(port)
        assert (done.returncode, done.stdout.strip()) == (0, "ok")
    finally:
        assert stop(bot) == 0
    gone = health_command(port)
    assert gone.returncode == 1
    assert gone.stderr.startswith(f"error: no answer from http://127.0.0.1:{port}/healthz")
