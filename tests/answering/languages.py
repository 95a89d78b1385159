"""What the five language test files share: the dev-chat knowledge and one engine over it."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.answering.engine import Engine
from bot.knowledge.parse import parse_knowledge
from bot.knowledge.source import read_sources

DEV_CHAT = Path(__file__).resolve().parents[2].parent / "shared/qa/dev-chat/knowledge"
needs_dev_chat = pytest.mark.skipif(not DEV_CHAT.is_dir(), reason="dev-chat knowledge absent")


@cache
def dev_chat_engine() -> Engine:
    """The engine over dev-chat's 35 items, built once (the test skips where it is absent)."""
    if not DEV_CHAT.is_dir():
        pytest.skip("the dev-chat knowledge is not here")
    return Engine(parse_knowledge(read_sources(DEV_CHAT), ZoneInfo("Europe/Brussels")))
