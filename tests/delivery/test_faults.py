"""Faults injected into real processes: each row of issue 10's table, against `main.py run`.

The fake Bot API runs as its own process and breaks on command (outages,
429 storms, 401s, per-second limits, migrations); the bot runs as one to
three real processes sharing SQLite or PostgreSQL, killed with SIGKILL when
the test says.  Leases are seconds long (configured), so each test takes
seconds; the assertions compare the ledger with what the fake received.
"""

from __future__ import annotations

import random
import signal
import urllib.error
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot import store as db
from bot.reminders.targets import DeliveryStatus, Target, TargetKind
from tests.processes import (
    CALL,
    TOKEN,
    FakeServer,
    delivery_config,
    due_call,
    outage,
    sends_per_second,
    start_bot,
    stop,
    until,
)
from tests.telegram_harness import write_knowledge

pytestmark = pytest.mark.slow


@pytest.fixture
def fake():
    server = FakeServer()
    yield server
    server.stop()


def env_for(fake: FakeServer, knowledge: Path, url: str, **extra: str) -> dict[str, str]:
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": url,
        "KNOWLEDGE_DIR": str(knowledge),
        "BOT_ADMIN_IDS": "1000",
        **extra,
    }


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
    chats = seed(url, 1)  # one message, so it meets both 429s
    config = delivery_config(tmp_path, 100, max_retries=1)
    fake.control("fail", {"method": "sendMessage", "status": 429, "retry_after": 6, "times": 2})
    bot = start_bot(env_for(fake, due_call(tmp_path / "k"), url), "--config", config, "run")
    try:
        fake.wait("deleteWebhook")  # up and polling: the 12 s of waits start from here
        got = wait_for_everyone(fake, chats, quiet_s=15)
    finally:
        stop(bot)
    assert [c for c in chats if not got[c]] == []
    assert duplicates(got) == 0, "12 s of waits outlived the 5 s lease: renewed, not taken"
    assert ledger(url) == {DeliveryStatus.SENT: 1}


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
    deadline = (datetime.now(UTC) + timedelta(seconds=8)).strftime("%Y-%m-%dT%H:%M:%SZ")
    knowledge = write_knowledge(tmp_path / "k", CALL.format(deadline=deadline))
    outage(fake, "sendMessage", 502, 30)
    config = delivery_config(tmp_path, 100, max_retries=1)
    bot = start_bot(env_for(fake, knowledge, url), "--config", config, "run")
    try:
        until(fake, lambda: ledger(url)[DeliveryStatus.EXPIRED] == 5, 25)
    finally:
        stop(bot)
    assert ledger(url) == {DeliveryStatus.EXPIRED: 5}
    assert fake.sends() == []


ADMIN = 1000
NOTICE = "The CmR call deadline moved to 5 August"


def announce(fake: FakeServer, text: str, round_: int = 1) -> None:
    """The admin's `round_`-th /announce, then Send under its preview.

    User and bot messages share one id sequence per chat, so the preview's id
    is the bot's messages so far plus the admin's `round_` commands.
    """
    before = len(fake.control(f"requests?method=sendMessage&chat_id={ADMIN}&ok=1"))
    fake.message(ADMIN, f"/announce {text}")
    fake.wait("sendMessage", before + 1, chat_id=ADMIN)
    sent = fake.control(f"requests?method=sendMessage&chat_id={ADMIN}&ok=1")
    preview = sent[-1]["params"]
    send = next(b for row in preview["reply_markup"]["inline_keyboard"] for b in row
                if b["text"] == "Send")  # fmt: skip
    message_id = len(sent) + round_
    fake.control("updates", {"type": "callback", "chat_id": ADMIN, "message_id": message_id,
                             "data": send["callback_data"]})  # fmt: skip


def notices(fake: FakeServer) -> Counter[int]:
    return Counter(
        int(call["params"]["chat_id"]) for call in fake.sends() if call["params"]["text"] == NOTICE
    )


def test_an_announcement_killed_mid_fan_out_reaches_everyone_and_a_resend_nobody_twice(
    fake, tmp_path, database_url
):
    chats = seed(database_url, 600, first=2000)
    config = delivery_config(tmp_path, 300)
    env = env_for(fake, write_knowledge(tmp_path / "k"), database_url)
    bot = start_bot(env, "--config", config, "run")
    fake.wait("setMyCommands")
    announce(fake, NOTICE)
    until(fake, lambda: sum(notices(fake).values()) >= 150, 20)
    stop(bot, signal.SIGKILL)
    in_flight = ledger(database_url)[DeliveryStatus.CLAIMED]
    before = sum(notices(fake).values())
    assert before < len(chats), "killed in the middle of the announcement"
    again = start_bot(env, "--config", config, "run")
    try:
        until(fake, lambda: all(notices(fake)[c] for c in chats), 30)
        announce(fake, NOTICE, round_=2)  # the admin, unsure, sends it again
        fake.wait("sendMessage", 4, chat_id=ADMIN)  # preview, "sent to", preview, "sent to"
    finally:
        stop(again)
    got = notices(fake)
    assert [c for c in chats if not got[c]] == []
    assert duplicates(Counter({c: got[c] for c in chats})) <= in_flight
    assert ledger(database_url)[DeliveryStatus.CLAIMED] == 0
    last = fake.control(f"requests?method=sendMessage&chat_id={ADMIN}&ok=1")[-1]
    assert last["params"]["text"].startswith("Announcement sent to 0 chat(s)")


def test_a_revoked_token_ends_the_process_with_exit_1_so_a_supervisor_restarts_it(fake, tmp_path):
    env = env_for(fake, write_knowledge(tmp_path / "k"), f"sqlite:///{tmp_path}/b.sqlite3")
    bot = start_bot(env, "--config", delivery_config(tmp_path, 30), "run")
    try:
        fake.wait("setMyCommands")
        outage(fake, "*", 401, 6)
        code = bot.wait(timeout=20)
        errors = bot.stderr.read() if bot.stderr else ""
    finally:
        stop(bot)
    assert code == 1
    assert "error: the Bot API rejects the token" in errors, errors[-3000:]


def test_answers_and_a_fan_out_share_one_budget_under_telegrams_limit(fake, tmp_path):
    url = f"sqlite:///{tmp_path}/b.sqlite3"
    chats = seed(url, 150)
    fake.control("limit", {"per_second": 30})
    config = delivery_config(tmp_path, 28)
    bot = start_bot(env_for(fake, due_call(tmp_path / "k"), url), "--config", config, "run")
    askers = list(range(5000, 5040))
    try:
        fake.wait("setMyCommands")
        fake.control("updates", [{"type": "message", "chat_id": c, "text": "which calls are open?"}
                                 for c in askers])  # fmt: skip
        got = wait_for_everyone(fake, chats + askers, quiet_s=15)
    finally:
        stop(bot)
    assert [c for c in chats + askers if not got[c]] == []
    refused = [c for c in fake.control("requests?method=sendMessage&ok=0") if c["status"] == 429]
    assert refused == [], "the bot kept under Telegram's limit: no 429 at all"
    assert max(sends_per_second(fake).values()) <= 30


def leader_pid(url: str) -> int | None:
    """The pid in the scheduler lease holder's identity (instance/host:pid:random)."""
    engine = db.create_db_engine(url)
    try:
        with engine.connect() as connection:
            holder = connection.exec_driver_sql("SELECT holder FROM leases").scalar()
    finally:
        engine.dispose()
    return int(holder.rsplit(":", 2)[1]) if holder else None


@pytest.mark.parametrize("seed_value", [10])
def test_three_instances_killed_at_random_moments_under_faults_lose_nothing(
    fake, tmp_path, database_url, seed_value
):
    rng = random.Random(seed_value)
    chats = seed(database_url, 600)
    rate = 100
    config = delivery_config(tmp_path, rate, max_retries=1)
    env = env_for(fake, due_call(tmp_path / "k"), database_url)
    bots = [start_bot(env, "--config", config, "run") for _ in range(3)]
    kills, in_flight = 0, 0
    try:
        fake.wait("setMyCommands", 3)
        for round_ in range(3):
            target = sum(fake.per_chat().values()) + rng.randint(40, 160)
            until(fake, lambda target=target: sum(fake.per_chat().values()) >= target, 20)
            if round_ == 1:
                outage(fake, "sendMessage", 502, rng.uniform(0.5, 2))
            if round_ == 2:
                fake.control("fail", {"method": "sendMessage", "status": 429, "retry_after": 2})
            pid = leader_pid(database_url) if rng.random() < 0.75 else None
            victim = next((b for b in bots if b.pid == pid), rng.choice(bots))
            stop(victim, signal.SIGKILL)
            kills += 1
            in_flight += ledger(database_url)[DeliveryStatus.CLAIMED]
            bots[bots.index(victim)] = start_bot(env, "--config", config, "run")
        got = wait_for_everyone(fake, chats, quiet_s=15)
    finally:
        codes = [stop(bot) for bot in bots]
    per_second = sends_per_second(fake)
    print(
        f"BENCH fault_run db={database_url.split(':')[0]} processes=3 kills={kills} "
        f"messages={len(chats)} delivered={sum(1 for c in chats if got[c])} "
        f"duplicates={duplicates(got)} in_flight_at_kills={in_flight} "
        f"max_per_second={max(per_second.values())} limit={rate}"
    )
    assert codes == [0, 0, 0]
    assert [c for c in chats if not got[c]] == []
    assert duplicates(got) <= in_flight
    assert max(per_second.values()) <= rate
    assert ledger(database_url)[DeliveryStatus.CLAIMED] == 0
