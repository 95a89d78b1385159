"""Questions and their variants for the metamorphic tests: what must not change an answer.

A base question names one item by one of its names ("when is the Vinnväxt
webinar?").  Its variants wrap it in context, put a human typo in one name
word, or turn the word order around, and must keep the item; a variant with
a year that no item has must get no item at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bot.answering.engine import Engine
from bot.answering.text import words
from bot.knowledge.parse import parse_knowledge
from bot.knowledge.source import read_sources

ROOT = Path(__file__).resolve().parents[2]
SETS = {
    "shipped": (ROOT / "knowledge", "2022-07-01T09:00:00+02:00"),
    "dev": (ROOT.parent / "shared/qa/dev/knowledge", "2022-07-01T09:00:00+02:00"),
    "dev-chat": (ROOT.parent / "shared/qa/dev-chat/knowledge", "2025-05-20T10:00:00+02:00"),
}
ASKING = ("when is the {}?", "where is the {}?", "link to the {}", "tell me about the {}")
TURNED = {
    "when is the {}?": "{}: when is it?",
    "link to the {}": "{} link",
    "tell me about the {}": "{}, tell me about it",
}
PLACES = ("Navarra", "Castilla y León", "Västerbotten", "Emilia-Romagna", "Limburg", "Styria")
BEFORE = (
    "hi, we're a cluster from {place}, ",
    "sorry if this was asked before, but ",
    "good morning! quick one: ",
    "hello, I work for a regional development agency in {place} and ",
    "thanks for your help earlier. ",
)
AFTER = (", thanks a lot", " thanks!", " (asking for a colleague)", "")
NO_ITEM_YEAR = "2031"
_YEAR = re.compile(r"\b20\d\d\b")


@dataclass(frozen=True)
class Case:
    """A question the engine answers with an item, and what to ask it with."""

    engine: Engine
    now: datetime
    template: str
    name: str
    item_id: str

    @property
    def question(self) -> str:
        """The base question."""
        return self.template.format(self.name)


def engines() -> Iterator[tuple[str, Engine, datetime]]:
    """An engine per knowledge set that is present (dev sets live outside the project)."""
    for label, (folder, now) in SETS.items():
        if folder.is_dir():
            knowledge = parse_knowledge(read_sources(folder), ZoneInfo("Europe/Brussels"))
            yield label, Engine(knowledge), datetime.fromisoformat(now)


def cases(engine: Engine, now: datetime) -> list[Case]:
    """Base questions, one per item name and way of asking, that name their item."""
    found = []
    for item in engine.knowledge.items:
        for name in dict.fromkeys((*item.aliases, item.title)):
            for template in ASKING:
                case = Case(engine, now, template, name, item.id)
                if engine.ask(case.question, now).item_id == item.id:
                    found.append(case)
    return found


def unknown_places(engine: Engine) -> list[str]:
    """Places of context that no item knows, so they can only be context."""
    return [p for p in PLACES if not any(engine.index.forms(w) for w in words(p))]


def typo(name: str, choice: int) -> str | None:
    """The name with two inner letters of one longer word swapped, as fast typists do."""
    spots = [m for m in re.finditer(r"[A-Za-z]{6,}", name)]
    if not spots:
        return None
    spot = spots[choice % len(spots)]
    word = spot.group()
    i = 1 + choice % (len(word) - 3)
    swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    return name[: spot.start()] + swapped + name[spot.end() :]


def with_unknown_year(name: str) -> str:
    """The name with its year replaced by, or followed by, one that no item has."""
    if _YEAR.search(name):
        return _YEAR.sub(NO_ITEM_YEAR, name)
    return f"{name} {NO_ITEM_YEAR}"
