"""Questions end to end: the fake Bot API (its own process) to the running bot and back.

The bot runs as `python main.py run` (polling, handlers, store, engine) and
the fake Bot API server as another process, as Telegram would be another
machine; this process only offers questions and reads the results.

N questions from C chats (each chat asks N/C of them, round robin) are
offered at a steady rate.  A warm-up round (every chat asks once, not
measured) comes first, so the figures are the steady state: the chats are
known, connections are open and the first database flush is behind us.  Each
question's latency runs from the moment it is queued at the fake to the
moment the fake records the bot's answer (a chat's k-th answer belongs to its
k-th question: one question is answered before the same chat asks again).
Prints

    BENCH updates n=... chats=... offered_per_s=... per_s=... p50_ms=... p99_ms=...

Usage: python benchmarks/updates.py [--n 2000] [--chats 200] [--rate 300] [--warmup 1]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import defaultdict
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
Question = tuple[int, str]  # (chat id, text)


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


def questions(n: int, chats: int, first: int = 0) -> list[Question]:
    """n questions from `chats` chats, round robin, so a chat asks again only after the rest."""
    return [(FIRST_CHAT + k % chats, QUESTIONS[(first + k) % len(QUESTIONS)]) for k in range(n)]


def offer(fake: FakeServer, asked: list[Question], rate: float) -> list[float]:
    """Queue the questions at a steady rate; when each was queued."""
    queued: list[float] = []
    batch = max(1, int(rate / 100))  # a batch every ~10 ms
    start = time.time()
    for first in range(0, len(asked), batch):
        chunk = asked[first : first + batch]
        due = start + first / rate
        time.sleep(max(0.0, due - time.time()))  # pacing the offered load, not waiting for it
        fake.control(
            "updates", [{"type": "message", "chat_id": c, "text": text} for c, text in chunk]
        )
        queued += [time.time()] * len(chunk)
    return queued


def latencies_ms(asked: list[Question], queued: list[float], answers: list[dict]) -> list[float]:
    """Each question's latency: its chat's answers are taken in order."""
    by_chat: dict[int, list[float]] = defaultdict(list)
    for call in answers:
        by_chat[int(call["params"]["chat_id"])].append(call["time"])
    seen: dict[int, int] = defaultdict(int)
    found = []
    for (chat, _), at in zip(asked, queued, strict=True):
        found.append((by_chat[chat][seen[chat]] - at) * 1000)
        seen[chat] += 1
    return sorted(found)


def run(n: int, chats: int, rate: float, warmup: int) -> None:
    """Start the fake and the bot, warm up, offer the questions, measure, stop."""
    fake = FakeServer()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = bot_environment(fake, Path(tmp))
            bot = start_bot(env, "--config", env["BENCH_CONFIG"], "run")
            try:
                fake.wait("setMyCommands", timeout=60)
                warm = questions(warmup * chats, chats)
                offer(fake, warm, rate)
                fake.wait("sendMessage", len(warm), timeout=120)
                before = len(fake.sends())
                asked = questions(n, chats, first=1)
                queued = offer(fake, asked, rate)
                fake.wait("sendMessage", before + n, timeout=120)
                answers = fake.sends()[before:]
            finally:
                stop(bot)
        report(latencies_ms(asked, queued, answers), answers, queued, chats, rate)
    finally:
        fake.stop()


def report(
    latencies: list[float], answers: list[dict], queued: list[float], chats: int, rate: float
) -> None:
    """Latency percentiles and throughput over the measured phase."""
    span = max(call["time"] for call in answers) - min(queued)
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(
        f"BENCH updates n={len(latencies)} chats={chats} offered_per_s={rate:.0f} "
        f"per_s={len(latencies) / span:.0f} p50_ms={p50:.1f} p99_ms={p99:.1f}"
    )


def main() -> None:
    """Parse arguments and run."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--chats", type=int, default=200)
    parser.add_argument("--rate", type=float, default=300.0, help="questions offered a second")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured questions per chat")
    args = parser.parse_args()
    run(args.n, args.chats, args.rate, args.warmup)


if __name__ == "__main__":
    main()
