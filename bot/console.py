"""The terminal adapter: `ask` output (text or JSON lines) and the `chat` conversation.

It calls the same `Engine.ask` as the Telegram handlers, so what works here
works in Telegram; only the decoration differs (plain text, links as URLs).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import TextIO

from bot.answers import Answer
from bot.qa import Engine

Clock = Callable[[], datetime]
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit", "bye"})


def format_text(answer: Answer) -> str:
    """An answer as the bot would send it, as plain text with its links spelled out."""
    extra = [f"{link.label}: {link.url}" for link in answer.links if link.url not in answer.text]
    return "\n".join([answer.text, *extra])


def format_json(answer: Answer) -> str:
    """One line of `ask --json` output."""
    return json.dumps(answer.to_json(), ensure_ascii=False)


def questions_from(lines: Iterable[str]) -> Iterator[str]:
    """Questions one a line, line endings removed (blank lines still get an answer)."""
    for line in lines:
        yield line.rstrip("\r\n")


def answer_all(
    engine: Engine, questions: Iterable[str], now: datetime, as_json: bool, out: TextIO
) -> int:
    """Answer each question in order, flushing each so pipes see answers as they come."""
    count = 0
    for question in questions:
        answer = engine.ask(question, now)
        out.write((format_json(answer) if as_json else format_text(answer) + "\n") + "\n")
        out.flush()
        count += 1
    return count


def chat(engine: Engine, clock: Clock, read: Callable[[str], str], out: TextIO) -> None:
    """A conversation in the terminal until end of input or /quit."""
    out.write(
        "Ask me about events, calls and policy briefs (/help for examples, /quit to leave).\n"
    )
    while True:
        try:
            line = read("you> ")
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return
        if line.strip().lower() in QUIT_WORDS:
            return
        if line.strip():
            out.write(f"bot> {format_text(engine.ask(line, clock()))}\n\n")
