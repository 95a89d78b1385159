"""The bot as real processes: start-up errors, graceful stop, webhooks, crashes, two instances."""

from __future__ import annotations

import signal
import urllib.error
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import store as db
from bot.reminders.targets import DeliveryStatus, Target, TargetKind
from tests.processes import (
    TOKEN,
    FakeServer,
    due_call,
    free_port,
    get,
    start_bot,
    stop,
)
from tests.telegram_harness import write_knowledge

pytestmark = pytest.mark.slow


@pytest.fixture
def fake():
    server = FakeServer()
    yield server
    server.stop()


def env_for(fake: FakeServer, tmp_path: Path, database_url: str, **extra: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": database_url,
        "KNOWLEDGE_DIR": str(extra.pop("knowledge", write_knowledge(tmp_path / "knowledge"))),
        "INSTANCE_ID": extra.pop("instance", "instance-a"),
        **extra,
    }


def seed_followers(database_url: str, count: int) -> None:
    engine = db.create_db_engine(database_url)
    try:
        db.upgrade_schema(engine)
        then = datetime.now(UTC) - timedelta(days=30)
        with db.Store(engine).session() as s:
            for chat in range(1, count + 1):
                db.record_chat(s, chat, chat_type="private", language=None, now=then)
                db.add_subscription(s, chat, Target(TargetKind.ITEM, "cmr-call"), then)
    finally:
        engine.dispose()


def ledger(database_url: str) -> dict[DeliveryStatus, int]:
    engine = db.create_db_engine(database_url)
    try:
        with db.Store(engine).session() as s:
            return db.delivery_counts(s)
    finally:
        engine.dispose()


def config(tmp_path: Path, per_second: int) -> str:
    """Delivery settings; short leases, so a killed process's work is resumed in seconds."""
    path = tmp_path / "config.toml"
    path.write_text(
        f"[delivery]\nglobal_per_second = {per_second}\nper_chat_interval_s = 0\n"
        "claim_lease_s = 5\nleader_lease_s = 3\nretry_every_s = 0.5\n",
        "utf-8",
    )
    return str(path)


def test_a_rejected_token_is_one_clear_line_and_exit_1(fake, tmp_path):
    env = env_for(fake, tmp_path, f"sqlite:///{tmp_path}/b.sqlite3")
    env["TELEGRAM_BOT_TOKEN"] = "999999:WRONG-token"
    bot = start_bot(env, "run")
    assert bot.wait(timeout=60) == 1
    lines = bot.stderr.read().strip().splitlines() if bot.stderr else []
    assert lines == ["error: Telegram rejected the token (TELEGRAM_BOT_TOKEN)"]
    stop(bot)


def test_run_answers_a_message_and_stops_gracefully_on_sigterm(fake, tmp_path):
    bot = start_bot(env_for(fake, tmp_path, f"sqlite:///{tmp_path}/b.sqlite3"), "run")
    try:
        fake.wait("setMyCommands")
        fake.message(42, "when is the eccp conference 2022?")
        fake.wait("sendMessage", chat_id=42)
        assert "26-27 September 2022" in fake.sends()[-1]["params"]["text"]
    finally:
        code = stop(bot)
    assert code == 0


def test_webhook_mode_checks_the_secret_and_serves_healthz(fake, tmp_path):
    port = free_port()
    env = env_for(
        fake, tmp_path, f"sqlite:///{tmp_path}/b.sqlite3",
        WEBHOOK_URL="https://bot.example.org/telegram", WEBHOOK_PORT=str(port),
        WEBHOOK_SECRET_TOKEN="s3cret-token",
    )  # fmt: skip
    bot = start_bot(env, "run", "--webhook")
    try:
        fake.wait("setWebhook")  # sent once the bot listens
        assert get(f"http://127.0.0.1:{port}/healthz") == (200, "ok")
        update = (
            b'{"update_id": 1, "message": {"message_id": 1, "date": 0, "text": "hello",'
            b' "chat": {"id": 42, "type": "private"}, "from": {"id": 42, "is_bot": false,'
            b' "first_name": "T"}}}'
        )
        wrong = get(
            f"http://127.0.0.1:{port}/telegram", update, {"X-Telegram-Bot-Api-Secret-Token": "no"}
        )
        assert wrong[0] == 403
        headers = {
            "X-Telegram-Bot-Api-Secret-Token": "s3cret-token",
            "Content-Type": "application/json",
        }
        assert get(f"http://127.0.0.1:{port}/telegram", update, headers)[0] == 200
        fake.wait("sendMessage", chat_id=42)
    finally:
        assert stop(bot) == 0


def test_sigterm_mid_fan_out_lets_in_flight_sends_finish_and_be_recorded(fake, tmp_path):
    url = f"sqlite:///{tmp_path}/b.sqlite3"
    seed_followers(url, 400)
    env = env_for(fake, tmp_path, url, knowledge=due_call(tmp_path / "k"))
    bot = start_bot(env, "--config", config(tmp_path, 100), "run")
    fake.wait("sendMessage", 40)
    assert stop(bot, signal.SIGTERM) == 0
    counts = ledger(url)
    assert counts[DeliveryStatus.CLAIMED] == 0, "every claim was settled before exit"
    assert counts[DeliveryStatus.SENT] == sum(fake.per_chat().values())


def test_a_crash_mid_fan_out_loses_nobody_and_doubles_only_what_was_in_flight(fake, tmp_path):
    url = f"sqlite:///{tmp_path}/b.sqlite3"
    followers = 600
    seed_followers(url, followers)
    env = env_for(fake, tmp_path, url, knowledge=due_call(tmp_path / "k"))
    settings = config(tmp_path, 150)
    bot = start_bot(env, "--config", settings, "run")
    fake.wait("sendMessage", 150)
    stop(bot, signal.SIGKILL)
    in_flight = ledger(url)[DeliveryStatus.CLAIMED]
    sent_before = sum(fake.per_chat().values())
    assert 0 < sent_before < followers, "killed in the middle of the fan-out"
    again = start_bot(env, "--config", settings, "run")
    try:
        wait_until_everyone_has_one(fake, followers)
    finally:
        stop(again)
    got = fake.per_chat()
    lost = [chat for chat in range(1, followers + 1) if got[chat] == 0]
    duplicates = sum(n - 1 for n in got.values() if n > 1)
    assert lost == []
    assert duplicates <= in_flight
    assert ledger(url)[DeliveryStatus.CLAIMED] == 0


def wait_until_everyone_has_one(fake: FakeServer, followers: int) -> None:
    """Wait for sends until every follower has one, or no send comes for 10 seconds."""
    while True:
        got = fake.per_chat()
        if len(got) >= followers:
            return
        try:
            fake.wait("sendMessage", sum(got.values()) + 1, timeout=10)
        except urllib.error.HTTPError:
            return  # no progress: let the assertions say who is missing


def test_two_instances_sharing_a_database_send_each_reminder_once(fake, tmp_path, database_url):
    url = database_url
    followers = 150
    seed_followers(url, followers)
    knowledge = due_call(tmp_path / "k")
    settings = config(tmp_path, 200)
    bots = [
        start_bot(
            env_for(fake, tmp_path, url, knowledge=knowledge, instance=name),
            "--config",
            settings,
            "run",
        )
        for name in ("instance-a", "instance-b")
    ]
    try:
        fake.wait("setMyCommands", 2)
        fake.wait("sendMessage", followers)
    finally:
        codes = [stop(bot) for bot in bots]
    assert codes == [0, 0]
    got = fake.per_chat()
    assert sorted(got) == list(range(1, followers + 1))
    assert set(got.values()) == {1}
