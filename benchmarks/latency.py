"""Answer latency while the scheduler plans, catches up and re-plans, with 100,000 subscribers.

Questions are answered on the event loop; everything the scheduler does
shares it.  A probe asks a question every 20 ms on the loop (as a handler
would) and records how late each answer is ready, measured from when it
was due, so a stalled loop shows up in full.  Phases, each over the real
store (SQLite), the real scheduler and the fake Bot API in its own process:

- take_lead: becoming the leader: changes detected, missed slots recorded, planned;
- plan:     `Scheduler.plan()` over 400 items (1,200 slots);
- catch_up: taking the lead with a call whose reminders came due while
            down: 100,000 followers queued, superseded ones recorded skipped
            in bulk, then the fan-out at the default 25 a second (probed 10 s);
- re_plan:  a knowledge reload with every item's date changed.

    BENCH latency phase=plan answers=N p50_ms=... p99_ms=... max_ms=...

Usage: python benchmarks/latency.py [--subscribers 100000] [--items 400]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fanout import TOKEN, seed, start_fake  # noqa: E402
from bot.answering.engine import Engine  # noqa: E402
from bot.delivery.bot_api import BotApiSender  # noqa: E402
from bot.delivery.deliverer import Deliverer, RateLimiter  # noqa: E402
from bot.knowledge.source import KnowledgeSource  # noqa: E402
from bot.reminders.rules import parse_duration  # noqa: E402
from bot.reminders.scheduling import Scheduler  # noqa: E402
from bot.reminders.service import ReminderService  # noqa: E402
from bot.store import Store, create_db_engine, upgrade_schema  # noqa: E402

NOW = datetime.now(UTC).replace(microsecond=0)
PROBE_EVERY_S = 0.02
CATCH_UP_WINDOW_S = 10.0


def knowledge_text(items: int, shift_days: int) -> str:
    """`items` calls; the first closes in 30 minutes, so its 1-day reminder is overdue."""
    calls = []
    for n in range(items):
        deadline = NOW + (timedelta(minutes=30) if n == 0 else timedelta(days=20 + n % 200))
        deadline += timedelta(days=shift_days if n else 0)
        calls.append(
            f'[[calls]]\nid = "call-{n}"\ntitle = "Clusters meet Regions call number {n}"\n'
            f"deadline = {deadline.strftime('%Y-%m-%dT%H:%M:%SZ')}\n"
            f'url = "https://example.org/{n}"\ntags = ["clusters", "regional-innovation"]\n'
        )
    return "\n".join(calls)


class Probe:
    """Asks a question every 20 ms on the loop; keeps how late each answer was."""

    def __init__(self, source: KnowledgeSource) -> None:
        self.source = source
        self.late_ms: list[float] = []

    async def run(self) -> None:
        due = time.perf_counter()
        while True:
            due += PROBE_EVERY_S
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            self.source.snapshot.engine.ask("when does call number 7 close?", NOW)
            self.late_ms.append((time.perf_counter() - due) * 1000)

    def report(self, phase: str) -> None:
        late = sorted(self.late_ms)
        p99 = late[int(len(late) * 0.99)] if late else 0.0
        print(
            f"BENCH latency phase={phase} answers={len(late)} "
            f"p50_ms={statistics.median(late) if late else 0:.1f} p99_ms={p99:.1f} "
            f"max_ms={max(late, default=0):.1f}",
            flush=True,
        )
        self.late_ms.clear()


async def measure(probe: Probe, phase: str, work: object, window_s: float | None = None) -> None:
    """Run the work with the probe going; report the probe's latencies."""
    task = asyncio.create_task(probe.run())
    await asyncio.sleep(0.2)
    probe.late_ms.clear()
    job = asyncio.ensure_future(work)  # type: ignore[arg-type]
    with suppress(TimeoutError):
        await asyncio.wait_for(asyncio.shield(job), window_s)
    probe.report(phase)
    task.cancel()
    if not job.done():
        return
    job.result()


async def main_async(subscribers: int, items: int) -> None:
    process, url = start_fake()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "knowledge"
            folder.mkdir()
            (folder / "calls.toml").write_text(knowledge_text(items, 0), "utf-8")
            engine = create_db_engine(f"sqlite:///{tmp}/latency.sqlite3")
            upgrade_schema(engine)
            database = Store(engine)
            seed(database, "call-0", subscribers, 1)
            source = KnowledgeSource(folder, ZoneInfo("Europe/Brussels"), Engine)
            async with BotApiSender(TOKEN, f"{url}/bot") as sender:
                limiter = RateLimiter()  # the default pace, 25 a second, as in production
                deliverer = Deliverer(database, sender, limiter, claimer="bench", clock=_now)
                reminders = ReminderService(
                    database, lambda: source.snapshot.knowledge, deliverer,
                    call_offsets=[parse_duration(o) for o in ("7d", "1d", "1h")],
                    event_offsets=[],
                )  # fmt: skip
                scheduler = Scheduler(reminders, source, database, clock=_now, instance="b")
                probe = Probe(source)
                await measure(probe, "take_lead", scheduler.start(paused=True))
                # the timer (paused here: APScheduler keeps real time) would fire this at once
                await measure(probe, "catch_up", scheduler.fire_due(), CATCH_UP_WINDOW_S)
                await deliverer.stop(grace_s=30)
                deliverer._stopping = False  # the benchmark goes on; a real stop would not
                await measure(probe, "plan", scheduler.plan())
                (folder / "calls.toml").write_text(knowledge_text(items, 3), "utf-8")
                await measure(probe, "re_plan", scheduler.reload())
                await scheduler.stop()
            engine.dispose()
    finally:
        process.terminate()
        process.wait(timeout=10)


def _now() -> datetime:
    return datetime.now(UTC)


def main() -> None:
    """Parse the sizes and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=100_000)
    parser.add_argument("--items", type=int, default=400)
    args = parser.parse_args()
    asyncio.run(main_async(args.subscribers, args.items))


if __name__ == "__main__":
    main()
