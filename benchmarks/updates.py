"""Questions end to end: the fake Bot API (its own process) to the running bot and back.

The bot runs as `python main.py run` (polling, handlers, store, engine) and
the fake Bot API server as another process, as Telegram would be another
machine; this process only offers questions and reads the results.
Questions from distinct users are offered at a steady rate; each one's
latency runs from the moment it is
queued at the fake to the moment the fake records the bot's answer.  Prints

    BENCH updates n=... offered_per_s=... per_s=... p50_ms=... p99_ms=...

Usage: python benchmarks/updates.py [--n 2000] [--rate 400]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.processes import TOKEN, FakeServer, start_bot, stop  # noqa: E402

QUESTIONS = (
    "when is the eccp conference?",
    "which calls are still open?",
    "what is the clusters meet regions call about?",
    "link to the twin transition brief",
    "where is the eccp conference",
    "upcoming events",
    "when is the olympics?",
    "register for the eccp conference",
)
FIRST_CHAT = 10_000_000


def bot_environment(fake: FakeServer, folder: Path) -> dict[str, str]:
    """The bot's environment; its config lifts the reply rate limit (we measure our code)."""
    config = folder / "config.toml"
    config.write_text("[delivery]\nreply_per_second = 0\n", encoding="utf-8")
    return {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3",
        "INSTANCE_ID": "bench",
        "LOG_LEVEL": "WARNING",
        "BENCH_CONFIG": str(config),
    }


def offer(fake: FakeServer, n: int, rate: float) -> dict[int, float]:
    """Queue n questions from n users at a steady rate; when each was queued."""
    queued: dict[int, float] = {}
    batch = max(1, int(rate / 100))  # a batch every ~10 ms
    start = time.time()
    for first in range(0, n, batch):
        chats = range(first, min(n, first + batch))
        updates = [
            {"type": "message", "chat_id": FIRST_CHAT + c, "text": QUESTIONS[c % len(QUESTIONS)]}
            for c in chats
        ]
        due = start + first / rate
        time.sleep(max(0.0, due - time.time()))
        fake.control("updates", updates)
        now = time.time()
        queued.update({FIRST_CHAT + c: now for c in chats})
    return queued


def run(n: int, rate: float) -> None:
    """Start the fake and the bot, offer the questions, measure, stop."""
    fake = FakeServer()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = bot_environment(fake, Path(tmp))
            bot = start_bot(env, "--config", env["BENCH_CONFIG"], "run")
            try:
                fake.wait("setMyCommands", timeout=60)
                queued = offer(fake, n, rate)
                fake.wait("sendMessage", n, timeout=120)
            finally:
                stop(bot)
        report(fake, queued, rate)
    finally:
        fake.stop()


def report(fake: FakeServer, queued: dict[int, float], rate: float) -> None:
    """Latency per question and throughput over the whole run."""
    answered = {int(c["params"]["chat_id"]): c["time"] for c in fake.sends()}
    latencies = sorted((answered[chat] - at) * 1000 for chat, at in queued.items())
    span = max(answered.values()) - min(queued.values())
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"BENCH updates n={len(latencies)} offered_per_s={rate:.0f} "
        f"per_s={len(latencies) / span:.0f} p50_ms={p50:.1f} p99_ms={p99:.1f}"
    )


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=400.0, help="questions offered a second")
    args = parser.parse_args()
    run(args.n, args.rate)


if __name__ == "__main__":
    main()
