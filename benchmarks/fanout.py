"""Fan-out of one deadline reminder to 1,000, 10,000 and 100,000 subscribers.

The call carries multi-word tags ("clusters meet regions"), and half the
subscribers follow that tag rather than the call itself.

The fake Bot API server runs as its own process on 127.0.0.1 (as Telegram
would be another machine), the bot's real delivery path sends to it over
HTTP: the followers looked up by item and by multi-word tags, the whole
audience queued in the ledger, claims under leases, the Telegram sender,
outcome records.  First the fake's own capacity is measured with a bare
client (the same number of connections, nothing else), then for each size:

    BENCH fanout_capacity msgs_per_s=...
    BENCH fanout subscribers=N plan_ms=... msgs_per_s=... of_capacity=... rss_mb=...
          lost=0 duplicates=0

with the rate limit lifted, then one run at the default limit (25 a second):

    BENCH fanout_limited messages=N limit_per_s=25 msgs_per_s=... max_in_any_second=...

Usage: python benchmarks/fanout.py [--sizes 1000,10000,100000] [--limited 250]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert  # noqa: E402

from bot.delivery.bot_api import BotApiSender  # noqa: E402
from bot.delivery.deliverer import Deliverer, Message, RateLimiter  # noqa: E402
from bot.knowledge.items import Call, Knowledge  # noqa: E402
from bot.reminders.rules import parse_duration  # noqa: E402
from bot.reminders.service import ReminderService  # noqa: E402
from bot.store import Store, create_db_engine, upgrade_schema  # noqa: E402
from bot.store.models import ChatRow, SubscriptionRow  # noqa: E402

TOKEN = "123456:BENCH-fanout-token"
CONNECTIONS = 16
NOW = datetime(2022, 7, 28, 18, 0, 30, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent
TAG_KEY = "tag:clusters meet regions"  # followers of a shipped multi-word tag


def start_fake() -> tuple[subprocess.Popen[str], str]:
    """The fake Bot API as a separate process; returns it and its URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_bot_api", "--port", "0", "--token", TOKEN],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline().strip()
    if not line.startswith("FAKE_BOT_API_READY "):
        raise SystemExit(f"fake Bot API did not start: {line!r}")
    return process, line.split()[1]


def control(url: str, name: str, body: object | None = None) -> dict:
    """Call one of the fake's /_control endpoints."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(
        f"{url}/_control/{name}", data=data, method="POST" if data else "GET"
    )
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


def sends(url: str) -> list[dict]:
    """Every sendMessage the fake accepted."""
    return control(url, "requests?method=sendMessage&ok=1")["result"]


def seed(database: Store, item_id: str, count: int, first_chat: int) -> None:
    """`count` chats, each following the call, inserted in bulk (set-up, not measured)."""
    created = NOW - timedelta(days=30)
    for start in range(0, count, 5000):  # in chunks, so set-up does not inflate peak memory
        ids = range(first_chat + start, first_chat + min(count, start + 5000))
        chats = [
            {"chat_id": c, "chat_type": "private", "first_seen": created,
             "last_seen": created, "blocked": False}
            for c in ids
        ]  # fmt: skip
        subs = [  # half follow the call itself, half its multi-word tag
            {"chat_id": c, "target_key": f"item:{item_id}" if c % 2 else TAG_KEY,
             "created_at": created}
            for c in ids
        ]  # fmt: skip
        with database.session() as s:
            s.execute(insert(ChatRow), chats)
            s.execute(insert(SubscriptionRow), subs)


def the_call(item_id: str) -> Call:
    """A call whose one-day reminder fell due 30 seconds before NOW."""
    return Call(
        id=item_id,
        title=f"Call for Expression of Interest: Clusters meet Regions ({item_id})",
        deadline=NOW + timedelta(days=1) - timedelta(seconds=30),
        timezone=ZoneInfo("Europe/Brussels"),
        url="https://clustercollaboration.eu/",
        tags=("clusters meet regions", "Expression of Interest", "eccp"),
    )


async def fan_out(url: str, folder: Path, count: int, limiter: RateLimiter, first_chat: int):
    """Seed, plan and send one reminder; returns (plan_ms, seconds, report)."""
    item_id = f"cmr-call-{count}-{first_chat}"
    engine = create_db_engine(f"sqlite:///{folder}/fanout-{item_id}.sqlite3")
    upgrade_schema(engine)
    database = Store(engine)
    seed(database, item_id, count, first_chat)
    knowledge = Knowledge((the_call(item_id),))
    async with BotApiSender(TOKEN, f"{url}/bot") as sender:
        deliverer = Deliverer(
            database, sender, limiter, claimer="bench", clock=lambda: NOW, workers=CONNECTIONS
        )
        service = ReminderService(
            database, lambda: knowledge, deliverer,
            call_offsets=(parse_duration("1d"),), event_offsets=(),
        )  # fmt: skip
        start = time.perf_counter()
        (slot,) = [s for s in service.slots(NOW) if s.offset == timedelta(days=1)]
        service.queue(slot, NOW)  # followers looked up, messages worded, all queued
        plan_ms = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        report = await deliverer.drain()
        seconds = time.perf_counter() - start
    engine.dispose()
    return plan_ms, seconds, report


def lost_and_duplicates(url: str, first_chat: int, count: int) -> tuple[int, int]:
    """Subscribers who got nothing, and messages beyond one per subscriber."""
    got = Counter(int(call["params"]["chat_id"]) for call in sends(url))
    wanted = range(first_chat, first_chat + count)
    lost = sum(1 for chat in wanted if got[chat] == 0)
    duplicates = sum(max(0, got[chat] - 1) for chat in wanted)
    return lost, duplicates


def busiest_second(url: str) -> int:
    """The most messages the fake received within any one-second window."""
    times = sorted(call["time"] for call in sends(url))
    most, left = 0, 0
    for right, moment in enumerate(times):
        while moment - times[left] >= 1.0:
            left += 1
        most = max(most, right - left + 1)
    return most


async def capacity(url: str, count: int = 5000) -> float:
    """Messages a second the fake accepts from a bare client: the ceiling to compare with."""
    async with BotApiSender(TOKEN, f"{url}/bot", connections=CONNECTIONS) as sender:
        chats = iter(range(1, count + 1))

        async def blast() -> None:
            for chat in chats:
                await sender.send(Message(chat, "capacity probe"))

        start = time.perf_counter()
        await asyncio.gather(*(blast() for _ in range(CONNECTIONS)))
        return count / (time.perf_counter() - start)


async def main_async(sizes: list[int], limited: int) -> None:
    """The fake's capacity, every size unlimited, then the default limit."""
    process, url = start_fake()
    try:
        ceiling = await capacity(url)
        print(f"BENCH fanout_capacity msgs_per_s={ceiling:.0f}", flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            for n, count in enumerate(sizes):
                control(url, "reset", {})
                first = 1_000_000 * (n + 1)
                unlimited = RateLimiter(per_second=None, per_chat_interval_s=0.0)
                plan_ms, seconds, _ = await fan_out(url, Path(tmp), count, unlimited, first)
                # Peak memory of the fan-out, before this process reads back every request.
                rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
                lost, duplicates = lost_and_duplicates(url, first, count)
                print(
                    f"BENCH fanout subscribers={count} plan_ms={plan_ms:.0f} "
                    f"msgs_per_s={count / seconds:.0f} "
                    f"of_capacity={count / seconds / ceiling:.2f} "
                    f"rss_mb={rss:.0f} "
                    f"lost={lost} duplicates={duplicates}",
                    flush=True,
                )
            control(url, "reset", {})
            limiter = RateLimiter(per_second=25.0, per_chat_interval_s=1.0)
            _, seconds, _ = await fan_out(url, Path(tmp), limited, limiter, 900_000_000)
            times = sorted(call["time"] for call in sends(url))
            rate = (len(times) - 1) / (times[-1] - times[0])
            print(
                f"BENCH fanout_limited messages={limited} limit_per_s=25 "
                f"msgs_per_s={rate:.2f} max_in_any_second={busiest_second(url)}",
                flush=True,
            )
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> None:
    """Parse the sizes and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--limited", type=int, default=250)
    args = parser.parse_args()
    asyncio.run(main_async([int(s) for s in args.sizes.split(",")], args.limited))


if __name__ == "__main__":
    main()
