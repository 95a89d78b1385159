"""Reloading 10,000 items while questions keep being answered.

The reload parses the files and builds the new engine in a worker thread (as
the scheduler does), while the event loop keeps answering questions from the
current snapshot; the swap is one reference assignment.  Prints

    BENCH reload items=N reload_ms=... questions=... failed_questions=0 p99_ms=...

where `questions` were answered during the reload and `p99_ms` is their
latency.  Usage: python benchmarks/reload.py [--items 10000]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from qa import percentile, questions, synthetic_items, write_files  # noqa: E402

from bot.answering.engine import Engine
from bot.knowledge.source import KnowledgeSource  # noqa: E402

NOW = datetime(2023, 6, 1, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))


async def ask_while(
    source: KnowledgeSource[Engine], asked: list[str], done: asyncio.Event, per_second: float
) -> list[float]:
    """Answer questions at a steady rate until the reload is done; latencies in ms.

    A steady rate, as users produce, not a spin: a loop that never waits
    would starve the reload thread of the GIL, which no real bot does.
    """
    latencies = []
    n = 0
    while not done.is_set():
        start = time.perf_counter()
        answer = source.snapshot.engine.ask(asked[n % len(asked)], NOW)
        latencies.append((time.perf_counter() - start) * 1000)
        if not answer.text:
            raise AssertionError(f"empty answer to {asked[n % len(asked)]!r}")
        n += 1
        await asyncio.sleep(1 / per_second)
    return latencies


async def run(size: int, rate: float) -> None:
    """Load, edit every file, reload in a thread while answering."""
    rng = random.Random(size)
    blocks = synthetic_items(size, rng)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, blocks)
        source = KnowledgeSource(folder, ZoneInfo("Europe/Brussels"), Engine)
        asked = questions([i.title for i in source.snapshot.knowledge.items], rng, 500)
        write_files(folder, synthetic_items(size, random.Random(size + 1)))
        done = asyncio.Event()
        failed = 0
        asking = asyncio.create_task(ask_while(source, asked, done, rate))
        start = time.perf_counter()
        result = await asyncio.to_thread(source.reload)
        reload_ms = (time.perf_counter() - start) * 1000
        done.set()
        try:
            latencies = await asking
        except AssertionError:
            failed, latencies = 1, [0.0]
    assert result.ok, result.problems[:3]
    print(
        f"BENCH reload items={size} reload_ms={reload_ms:.0f} questions={len(latencies)} "
        f"answered_per_s={len(latencies) / (reload_ms / 1000):.0f} "
        f"failed_questions={failed} p99_ms={percentile(latencies, 0.99):.2f}"
    )


def main() -> None:
    """Parse the size and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--rate", type=float, default=300.0, help="questions a second")
    args = parser.parse_args()
    asyncio.run(run(args.items, args.rate))


if __name__ == "__main__":
    main()
