"""The start-up and memory cost of speaking six languages.

Each measurement runs in a fresh interpreter (imports and caches are per
process), the median of `--runs` runs:

- import:     `import bot.answering.engine` (Babel, the wording, the lexicons);
- po:         the five catalogues read from their `.po` and compiled in memory
              (`catalogues.translations`), as a fresh clone does;
- mo:         the same from compiled `.mo` files (`pybabel compile`), written
              to a temporary copy of the locale folder;
- first_reply: the first German answer after that (CLDR locale data loaded lazily).

    BENCH languages import_ms=... import_rss_mb=... po_ms=... po_kib=... po_rss_kib=...
          mo_ms=... mo_kib=... first_reply_ms=... messages=N

Times are untraced; `*_kib` is what tracemalloc sees allocated and kept (in
another run), `*_rss_*` the growth of the peak resident set (ru_maxrss).
Usage: python benchmarks/languages.py [--runs 5]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TRANSLATED = ("de", "fr", "es", "it", "pl")


def rss_kib() -> int:
    """The peak resident set of this process so far, in KiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure_import() -> dict[str, float]:
    before, start = rss_kib(), time.perf_counter()
    import bot.answering.engine  # noqa: F401, PLC0415 - the import is what is measured

    return {"ms": (time.perf_counter() - start) * 1000, "rss_kib": rss_kib() - before}


def measure_catalogues(locale: str | None, traced: bool) -> dict[str, float]:
    """Load the five catalogues: timed untraced (tracemalloc slows allocation), or traced."""
    from bot.languages import catalogues  # noqa: PLC0415

    if locale is not None:
        catalogues.LOCALE = Path(locale)
    before = rss_kib()
    if traced:
        tracemalloc.start()
    start = time.perf_counter()
    loaded = [catalogues.translations(language) for language in TRANSLATED]
    elapsed = (time.perf_counter() - start) * 1000
    kept = tracemalloc.get_traced_memory()[0] if traced else 0
    tracemalloc.stop()
    messages = sum(len(getattr(t, "_catalog", {})) for t in loaded)
    return {"ms": elapsed, "kib": kept / 1024, "rss_kib": rss_kib() - before, "messages": messages}


def measure_first_reply() -> dict[str, float]:
    from bot.answering import phrasing  # noqa: PLC0415
    from bot.languages.catalogues import translations  # noqa: PLC0415
    from bot.languages.speech import speaking  # noqa: PLC0415
    from tests.factories import at, call  # noqa: PLC0415

    translations("de")
    the_call = call(deadline=at("2025-10-01T12:00:00+02:00"))
    start = time.perf_counter()
    with speaking("de"):
        phrasing.when(the_call, at("2025-09-01T10:00:00+02:00"))
    return {"ms": (time.perf_counter() - start) * 1000}


def compiled_locale(into: Path) -> Path:
    """A copy of the locale folder, each `.po` compiled beside it as `pybabel compile` would."""
    from bot.languages import catalogues  # noqa: PLC0415

    locale = into / "locale"
    shutil.copytree(catalogues.LOCALE, locale)
    for language in TRANSLATED:
        po = locale / language / "LC_MESSAGES" / "messages.po"
        po.with_suffix(".mo").write_bytes(catalogues.compile_po(po))
    return locale


def child(phase: str, locale: str | None) -> None:
    """Run one phase in this (fresh) process and print its figures as JSON."""
    if phase == "import":
        result = measure_import()
    elif phase == "first_reply":
        result = measure_first_reply()
    else:
        result = measure_catalogues(locale, traced=phase.endswith("_memory"))
    print(json.dumps(result))


def run_phase(phase: str, runs: int, locale: Path | None = None) -> dict[str, float]:
    """The median of each figure over `runs` fresh interpreters."""
    results = []
    for _ in range(runs):
        command = [sys.executable, __file__, "--phase", phase]
        command += ["--locale", str(locale)] if locale else []
        out = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {key: statistics.median(r[key] for r in results) for key in results[0]}


def memory(figures: dict[str, float]) -> dict[str, float]:
    """Only the memory figures of a traced run (its time is slowed by tracing)."""
    return {"kib": figures["kib"], "rss_kib": figures["rss_kib"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--phase", help=argparse.SUPPRESS)
    parser.add_argument("--locale", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        child(args.phase, args.locale)
        return
    imported = run_phase("import", args.runs)
    from_po = run_phase("po", args.runs) | memory(run_phase("po_memory", args.runs))
    with tempfile.TemporaryDirectory() as tmp:
        locale = compiled_locale(Path(tmp))
        from_mo = run_phase("mo", args.runs, locale) | memory(run_phase("mo_memory", 1, locale))
    first = run_phase("first_reply", args.runs)
    print(
        f"BENCH languages import_ms={imported['ms']:.0f} "
        f"import_rss_mb={imported['rss_kib'] / 1024:.1f} "
        f"po_ms={from_po['ms']:.1f} po_kib={from_po['kib']:.0f} "
        f"po_rss_kib={from_po['rss_kib']:.0f} mo_ms={from_mo['ms']:.1f} "
        f"mo_kib={from_mo['kib']:.0f} first_reply_ms={first['ms']:.1f} "
        f"messages={from_po['messages']:.0f}"
    )


if __name__ == "__main__":
    main()
