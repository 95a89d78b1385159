"""Score the project's own question sets (tests/answering/data) the way score.py does.

Each row names its knowledge ("shipped", "dev", "dev-chat"); rows whose
knowledge is not beside the project are left out.  Run

    python -m tests.answering.own_questions [tuning|heldout ...]

to print one SCORE line per set, with the same metrics as ../shared/qa/score.py.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from pathlib import Path
from statistics import fmean
from typing import Any
from zoneinfo import ZoneInfo

from bot.answering.engine import Engine
from bot.knowledge.parse import parse_knowledge
from bot.knowledge.source import read_sources
from tests.answering.metamorphic import SETS

DATA = Path(__file__).resolve().parent / "data"
LOOSE = {"when", "where", "register", "link", "about"}  # 'unknown' also right on a null item


@dataclass
class Tally:
    """What score.py counts, per metric."""

    top1: list[bool] = field(default_factory=list)
    reject: list[bool] = field(default_factory=list)
    intent: list[bool] = field(default_factory=list)
    listf1: list[float] = field(default_factory=list)
    facts: list[int] = field(default_factory=lambda: [0, 0])

    def metrics(self) -> dict[str, float]:
        """The five metrics; nan for one that no question of the set measures."""
        return {
            "top1": _mean(self.top1),
            "reject": _mean(self.reject),
            "intent": _mean(self.intent),
            "facts": self.facts[0] / self.facts[1] if self.facts[1] else 1.0,
            "listf1": _mean(self.listf1),
        }

    @property
    def combined(self) -> float:
        """Mean of the metrics that apply."""
        return fmean(v for v in self.metrics().values() if v == v)

    def line(self, name: str) -> str:
        """One SCORE line, as score.py prints it."""
        shown = " ".join(f"{k}={v:.3f}" for k, v in self.metrics().items())
        return f"SCORE set={name} combined={self.combined:.3f} {shown} n={len(self.intent)}"


def _mean(values: list[Any]) -> float:
    return fmean(values) if values else float("nan")


@cache
def engine_for(label: str) -> Engine | None:
    """An engine over a knowledge set, or None when that set is not here."""
    folder = SETS[label][0]
    if not folder.is_dir():
        return None
    return Engine(parse_knowledge(read_sources(folder), ZoneInfo("Europe/Brussels")))


def score(name: str) -> Tally:
    """Answer every question of a set whose knowledge is here, and tally as score.py does."""
    tally = Tally()
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            engine = engine_for(row["knowledge"])
            if engine is not None:
                _judge(row, engine.ask(row["q"], datetime.fromisoformat(row["now"])), tally)
    return tally


def _judge(row: dict[str, Any], answer: Any, tally: Tally) -> None:
    expected = row.get("item_id")
    accepted = {row["intent"]} | (
        {"unknown"} if not expected and row["intent"] in LOOSE else set()
    )
    tally.intent.append(answer.intent.value in accepted)
    if row["intent"] == "list":
        tally.listf1.append(_f1(set(answer.items), set(row.get("items", []))))
    elif expected:
        tally.top1.append(answer.item_id == expected)
    else:
        tally.reject.append(answer.item_id is None)
    facts = row.get("facts", [])
    tally.facts[0] += sum(f.lower() in answer.text.lower() for f in facts)
    tally.facts[1] += len(facts)


def _f1(got: set[str], want: set[str]) -> float:
    if not got and not want:
        return 1.0
    hit = len(got & want)
    return 0.0 if not hit else 2 * hit / (len(got) + len(want))


if __name__ == "__main__":
    for set_name in sys.argv[1:] or ["tuning", "heldout"]:
        print(score(set_name).line(set_name))
