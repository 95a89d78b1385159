"""Which language a question is read in: English stays English, the others are heard.

Over every English question we have (the shared dev and dev-chat sets, our own
sets and the probes) the guess never names another language, so the gloss can
never change an English answer; over the five language sets it names the
question's language.  The item names of the knowledge never count as words of
a language ("Journée des pôles" in a German question is not French).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answering.engine import Engine
from bot.answering.tongues import read_question_in
from bot.cli import load_knowledge

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared" / "qa"
DATA = Path(__file__).resolve().parent / "data"
ENGLISH_SETS = [
    SHARED / "dev" / "questions.jsonl",
    SHARED / "dev-chat" / "questions.jsonl",
    DATA / "tuning.jsonl",
    DATA / "heldout.jsonl",
    DATA / "probes" / "a" / "questions.jsonl",
    DATA / "probes" / "a" / "targeted.jsonl",
    DATA / "probes" / "c" / "questions.jsonl",
]
LANGUAGE_SETS = sorted((DATA / "languages").glob("*/questions.jsonl"))


def _questions(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@cache
def _engine() -> Engine:
    return Engine(load_knowledge(SHARED / "dev-chat" / "knowledge", ZoneInfo("Europe/Brussels")))


def _keep(word: str) -> bool:
    return _engine().index.in_a_name(word)


@pytest.mark.parametrize("path", [p for p in ENGLISH_SETS if p.is_file()], ids=lambda p: p.stem)
def test_english_questions_are_never_read_as_another_language(path: Path) -> None:
    """A foreign greeting in an English set ('hola') may be heard as what it is."""
    misread = [
        (q["q"], reading.language)
        for q in _questions(path)
        if (reading := read_question_in(str(q["q"]), _keep)).language != "en"
        and q.get("intent") != "help"
    ]
    assert misread == []


@pytest.mark.parametrize("path", LANGUAGE_SETS, ids=lambda p: p.parent.name)
def test_questions_in_the_five_languages_are_heard_as_theirs(path: Path) -> None:
    """Greetings, '/start' and bare names may say nothing; nearly all others must."""
    language = path.parent.name
    rows = _questions(path)
    misread = [q["q"] for q in rows if read_question_in(str(q["q"]), _keep).language != language]
    assert len(misread) <= len(rows) // 10, misread


@pytest.mark.parametrize(
    ("chosen", "usual", "question", "reading", "reply"),
    [
        (None, None, "when is the Vinnväxt webinar?", "en", "en"),
        (None, "de", "when is the Vinnväxt webinar?", "en", "en"),  # the words say English
        ("pl", None, "when is the Vinnväxt webinar?", "en", "pl"),  # the choice words the reply
        (None, "fr", "Vinnväxt 2025?", "fr", "fr"),  # nothing said: the app's language
        (None, None, "Vinnväxt 2025?", "en", "en"),
    ],
)
def test_the_reading_and_reply_languages(
    chosen: str | None, usual: str | None, question: str, reading: str, reply: str
) -> None:
    found = read_question_in(question, _keep, chosen, usual)
    assert (found.language, found.reply) == (reading, reply)
