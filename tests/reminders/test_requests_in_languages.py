"""Subscription requests in the user's language: the examples the help gives work.

The help tells a German user to write „erinnern Sie mich an die CmR-Ausschreibung“;
each quoted example of that message, in each catalogue, must be read as the
request it shows (follow, unfollow or offsets) over the shipped knowledge.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answering.engine import Engine
from bot.answering.subscription_requests import Action
from bot.cli import load_knowledge
from bot.languages.codes import LANGUAGES
from bot.languages.speech import _, speaking
from bot.reminders.proposals import read_in_any_language

ROOT = Path(__file__).resolve().parents[2]
HELP = (
    "For reminders, say so: “remind me about the CmR call”, “notify me of new "
    "workshops”, “remind me 3 days before”, “stop reminding me about the CmR "
    "call”; I ask before I change anything. /settings chooses when reminders "
    "come, your quiet hours and my language."
)
QUOTED = re.compile(r"[“„«»]\s?([^“”„«»]+?)\s?[”“»«]")
SHOWN = (Action.FOLLOW, Action.FOLLOW, Action.OFFSETS, Action.UNFOLLOW)


@cache
def engine() -> Engine:
    return Engine(load_knowledge(ROOT / "knowledge", ZoneInfo("Europe/Brussels")))


def examples(language: str) -> list[str]:
    with speaking(language):
        return QUOTED.findall(_(HELP))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_example_of_the_help_is_read_as_the_request_it_shows(language: str) -> None:
    said = examples(language)
    assert len(said) == len(SHOWN), said
    read = [read_in_any_language(text, engine().index.in_a_name) for text in said]
    assert [r.action if r else None for r in read] == list(SHOWN), said
