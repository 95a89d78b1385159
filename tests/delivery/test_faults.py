"""Faults injected into real processes: each row of issue 10's table, against `main.py run`.

The fake Bot API runs as its own process and breaks on command (outages,
429 storms, 401s, per-second limits, migrations); the bot runs as one to
three real processes sharing SQLite or PostgreSQL, killed with SIGKILL when
the test says.  Leases are seconds long (configured), so each test takes
seconds; the assertions compare the ledger with what the fake received.
"""

from __future__ import annotations

import signal
import urllib.error
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import store as db
from bot.reminders.targets import DeliveryStatus, Target, TargetKind
from tests.processes import (
    FakeServer,
    delivery_config,
    outage,
    sends_per_second,
    start_bot,
    stop,
    until,
)
from tests.telegram_harness import write_knowledge

pytestmark = pytest.mark.slow

CALL = """
[[calls]]
id = "cmr-call"
title = "Call for Expression of Interest: Clusters meet Regions workshops"
deadline = {deadline}
url = "https://example.org/cmr"
"""


@pytest.fixture
def fake():
    server = FakeServer()
    yield server
    server.stop()


def env_for(fake: FakeServer, knowledge: Path, url: str, **extra: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": "123456:TEST-process-token",
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": url,
        "KNOWLEDGE_DIR": str(knowledge),
        "BOT_ADMIN_IDS": "1000",
        **extra,
    }


def due_call(folder: Path, minutes: int = 30) -> Path:
    """A call closing soon, so its last reminder is due the moment the bot starts."""
    deadline = (datetime.now(UTC) + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return write_knowledge(folder, CALL.format(deadline=deadline))


def seed(url: str, count: int, first: int = 1) -> list[int]:
    """`count` chats following the call, subscribed a month ago."""
    chats = list(range(first, first + count))
    engine = db.create_db_engine(url)
    try:
        db.upgrade_schema(engine)
        then = datetime.now(UTC) - timedelta(days=30)
        with db.Store(engine).session() as s:
            db.record_chats(s, [(c, "private", None, then) for c in chats])
            for chat in chats:
                db.add_subscription(s, chat, Target(TargetKind.ITEM, "cmr-call"), then)
    finally:
        engine.dispose()
    return chats


def ledger(url: str) -> Counter[DeliveryStatus]:
    """The ledger's counts, without the superseded reminders a catch-up records as skipped."""
    engine = db.create_db_engine(url)
    try:
        with db.Store(engine).session() as s:
            counts = db.delivery_counts(s)
    finally:
        engine.dispose()
    counts.pop(DeliveryStatus.SKIPPED)
    return Counter({status: count for status, count in counts.items() if count})


def wait_for_everyone(fake: FakeServer, chats: list[int], quiet_s: float = 12) -> Counter[int]:
    """Wait until every chat got a message, or nothing arrived for `quiet_s`."""
    while True:
        got = fake.per_chat()
        if all(got[c] for c in chats):
            return got
        try:
            fake.wait("sendMessage", sum(got.values()) + 1, timeout=quiet_s)
        except urllib.error.HTTPError:
            return fake.per_chat()


def duplicates(got: Counter[int]) -> int:
    return sum(n - 1 for n in got.values() if n > 1)


def test_two_instances_with_the_same_instance_id_lead_one_at_a_time(fake, tmp_path, database_url):
    chats = seed(database_url, 200)
    knowledge = due_call(tmp_path / "k")
    config = delivery_config(tmp_path, 60)
    env = env_for(fake, knowledge, database_url, INSTANCE_ID="same-host")
    bots = [start_bot(env, "--config", config, "run") for _ in range(2)]
    try:
        got = wait_for_everyone(fake, chats)
    finally:
        codes = [stop(bot) for bot in bots]
    assert codes == [0, 0]
    assert [c for c in chats if not got[c]] == []
    assert duplicates(got) == 0
    assert max(sends_per_second(fake).values()) <= 60


def test_a_retry_after_longer_than_the_lease_never_doubles_or_fails(fake, tmp_path):
    url = f"sqlite:///{tmp_path}/b.sqlite3"
    chats = seed(url, 60)
    config = delivery_config(tmp_path, 100)
    fake.control("fail", {"method": "sendMessage", "status": 429, "retry_after": 8})
    bot = start_bot(env_for(fake, due_call(tmp_path / "k"), url), "--config", config, "run")
    try:
        got = wait_for_everyone(fake, chats, quiet_s=15)
    finally:
        stop(bot)
    assert [c for c in chats if not got[c]] == []
    assert duplicates(got) == 0, "the 8 s wait outlived the 3 s lease: renewed, not taken"
    assert ledger(url) == {DeliveryStatus.SENT: 60}


@pytest.mark.parametrize(("status", "seconds"), [(429, 4), (502, 6)])
def test_a_429_storm_or_a_502_outage_delays_but_never_fails_a_message(
    fake, tmp_path, status, seconds
):
    url = f"sqlite:///{tmp_path}/b.sqlite3"
    chats = seed(url, 80)
    config = delivery_config(tmp_path, 100, max_retries=1)
    outage(fake, "sendMessage", status, seconds)
    bot = start_bot(env_for(fake, due_call(tmp_path / "k"), url), "--config", config, "run")
    try:
        got = wait_for_everyone(fake, chats, quiet_s=20)
    finally:
        stop(bot)
    assert [c for c in chats if not got[c]] == []
    assert duplicates(got) == 0
    assert ledger(url) == {DeliveryStatus.SENT: 80}


def test_a_reminder_whose_deadline_passes_during_an_outage_is_expired_not_sent(fake, tmp_path):
    url = f"sqlite:///{tmp_path}/b.sqlite3"
    seed(url, 5)
    deadline = (datetime.now(UTC) + timedelta(seconds=4)).strftime("%Y-%m-%dT%H:%M:%SZ")
    knowledge = write_knowledge(tmp_path / "k", CALL.format(deadline=deadline))
    outage(fake, "sendMessage", 502, 12)
    config = delivery_config(tmp_path, 100, max_retries=1)
    bot = start_bot(env_for(fake, knowledge, url), "--config", config, "run")
    try:
        until(fake, lambda: ledger(url)[DeliveryStatus.EXPIRED] == 5, 15)
    finally:
        stop(bot)
    assert ledger(url) == {DeliveryStatus.EXPIRED: 5}
    assert fake.sends() == []
