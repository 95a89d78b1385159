"""Answering speed on synthetic knowledge of 100, 1,000 and 10,000 items.

For each size it writes TOML files to a temporary folder, loads them through
the real loader, asks questions built from the items' names (with typos,
filler and some questions about things that are not there), and prints

    BENCH qa items=N load_ms=... build_ms=... p50_ms=... p99_ms=... rss_mb=...
    BENCH qa_baseline items=N p50_ms=... p99_ms=... engine_vs_baseline_p99=...

The baseline is the naive approach: `rapidfuzz.process.extractOne` over all
titles for every question.  Usage: python benchmarks/qa.py [--sizes 100,1000]
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rapidfuzz import process

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answering.engine import Engine  # noqa: E402
from bot.knowledge.parse import parse_knowledge  # noqa: E402
from bot.knowledge.source import read_sources  # noqa: E402

BRUSSELS = ZoneInfo("Europe/Brussels")  # the synthetic items' zone: deadlines carry its offset

TOPICS = (
    "hydrogen", "textiles", "agrifood", "mobility", "microelectronics", "tourism", "health",
    "construction", "aerospace", "creative industries", "circular economy", "batteries",
    "photonics", "maritime", "forestry", "defence", "retail", "digital skills", "robotics",
    "water", "biotech", "energy efficiency", "cybersecurity", "space", "logistics",
)  # fmt: skip
CITIES = (
    "Porto", "Lodz", "Kosice", "Bilbao", "Tampere", "Lyon", "Graz", "Turin", "Ghent", "Brno",
    "Cluj", "Tartu", "Malmo", "Aarhus", "Cork", "Seville", "Leipzig", "Gdansk", "Riga", "Split",
    "Varna", "Pecs", "Linz", "Bari", "Nantes", "Eindhoven", "Lille", "Vilnius", "Espoo", "Bergen",
)  # fmt: skip
KINDS = ("conference", "workshop", "webinar", "meeting")
SERIES = (
    "Cluster Days",
    "Regional Innovation Forum",
    "Smart Regions Summit",
    "Twin Transition Lab",
)
FILLERS = ("when is the {}?", "where is {}", "link to {}", "tell me about {}", "register for {}")
NEGATIVES = (
    "when is the olympics?", "what is the weather in paris", "tell me a joke",
    "link to the erasmus ka2 call", "where is mobile world congress", "asdfgh",
)  # fmt: skip


def synthetic_items(count: int, rng: random.Random) -> list[tuple[str, str]]:
    """(table, TOML text) pairs: a mix of events, calls and briefs with confusable names."""
    blocks = []
    for n in range(count):
        topic, city = rng.choice(TOPICS), rng.choice(CITIES)
        year = rng.choice((2022, 2023, 2024, 2025))
        table = rng.choices(("events", "calls", "briefs"), weights=(6, 3, 1))[0]
        blocks.append((table, _item_toml(table, n, topic, city, year, rng)))
    return blocks


def _item_toml(table: str, n: int, topic: str, city: str, year: int, rng: random.Random) -> str:
    day = date(year, 1, 1) + timedelta(days=rng.randrange(360))
    common = (
        f'id = "item-{n}"\norganiser = "Cluster Platform {n % 37}"\n'
        f'summary = "About {topic} clusters in {city}, edition {n}."\n'
        f'tags = ["{topic}", "clusters"]\ntimezone = "Europe/Brussels"\n'
    )
    if table == "events":
        kind = rng.choice(KINDS)
        title = f"{rng.choice(SERIES)} {kind} on {topic} in {city} {year} #{n}"
        return (
            f'[[events]]\ntitle = "{title}"\nkind = "{kind}"\nstart = {day:%Y-%m-%d}\n'
            f'location = "{city}"\nregistration_url = "https://example.org/e/{n}"\n{common}'
        )
    if table == "calls":
        title = f"Call for {topic} cluster projects {city} round {n % 5 + 1} {year} #{n}"
        deadline = datetime(day.year, day.month, day.day, 17, tzinfo=BRUSSELS).isoformat()
        return f'[[calls]]\ntitle = "{title}"\ndeadline = {deadline}\n{common}'
    title = f"Policy brief on {topic} in {city} {year} #{n}"
    return f'[[briefs]]\ntitle = "{title}"\npublished = {day:%Y-%m-%d}\n{common}'


def typo(text: str, rng: random.Random) -> str:
    """Swap two neighbouring letters of one longer word, as fast typists do."""
    words = text.split()
    long_words = [i for i, w in enumerate(words) if len(w) > 5]
    if not long_words:
        return text
    i = rng.choice(long_words)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
    return " ".join(words)


def questions(titles: list[str], rng: random.Random, count: int) -> list[str]:
    """Questions about random items, a third with a typo, one in ten about nothing known."""
    result = []
    for k in range(count):
        if k % 10 == 9:
            result.append(rng.choice(NEGATIVES))
            continue
        name = rng.choice(titles).rsplit(" #", 1)[0]
        question = rng.choice(FILLERS).format(name)
        result.append(typo(question, rng) if k % 3 == 0 else question)
    return result


def write_files(folder: Path, blocks: list[tuple[str, str]]) -> None:
    """Spread the items over a few files, as editors would."""
    for part in range(4):
        chunk = blocks[part::4]
        text = "\n".join(toml for _, toml in chunk)
        (folder / f"part-{part}.toml").write_text(text, encoding="utf-8")


def percentile(samples: list[float], share: float) -> float:
    """The sample below which `share` of them fall."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def timed(fn: object, items: list[str]) -> list[float]:
    """Milliseconds each call of fn(question) takes."""
    out = []
    for question in items:
        start = time.perf_counter()
        fn(question)  # type: ignore[operator]
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench(size: int, asked: int) -> None:
    """Load, build and answer for one knowledge size, then the baseline."""
    rng = random.Random(size)
    blocks = synthetic_items(size, rng)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, blocks)
        start = time.perf_counter()
        knowledge = parse_knowledge(read_sources(folder), ZoneInfo("Europe/Brussels"))
        load_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    engine = Engine(knowledge)
    build_ms = (time.perf_counter() - start) * 1000
    titles = [i.title for i in knowledge.items]
    qs = questions(titles, rng, asked)
    now = datetime(2023, 6, 1, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    engine_ms = timed(lambda q: engine.ask(q, now), qs)
    baseline_ms = timed(lambda q: process.extractOne(q, titles), qs)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p50, p99 = percentile(engine_ms, 0.5), percentile(engine_ms, 0.99)
    b50, b99 = percentile(baseline_ms, 0.5), percentile(baseline_ms, 0.99)
    print(
        f"BENCH qa items={size} load_ms={load_ms:.0f} build_ms={build_ms:.0f} "
        f"p50_ms={p50:.2f} p99_ms={p99:.2f} mean_ms={statistics.fmean(engine_ms):.2f} "
        f"rss_mb={rss_mb:.0f} questions={len(qs)}"
    )
    print(
        f"BENCH qa_baseline items={size} p50_ms={b50:.2f} p99_ms={b99:.2f} "
        f"engine_vs_baseline_p99={p99 / b99:.2f}"
    )


def main() -> None:
    """Run the sizes given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="100,1000,10000")
    parser.add_argument("--questions", type=int, default=1000)
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        bench(size, args.questions)


if __name__ == "__main__":
    main()
