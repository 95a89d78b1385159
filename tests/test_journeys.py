"""User journeys through the real `main.py run` and the fake Bot API, on the shipped knowledge.

The shipped `knowledge/` (all of it in 2022) is copied next to items
generated relative to the real clock: a call whose 1-hour reminder falls due
seconds after start-up and carries the shipped multi-word tag "clusters meet
regions".  Five people do what users do (press Remind me, /subscribe to a
tag phrase, follow workshops in plain words and say yes, follow everything,
try a call that closed in 2022); then the call's deadline is moved and a new
workshop file is dropped into the folder.  Everyone must get what they
follow, once, on time; the counts are printed as a JOURNEY line.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import urllib.error
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.processes import ROOT, FakeServer, start_bot, stop

pytestmark = pytest.mark.slow

REMIND_ME, TAGGER, WORKSHOPPER, EVERYTHING, LATECOMER = 101, 102, 103, 104, 105
CALL = """
[[calls]]
id = "cmr-call-next"
title = "Call for Expression of Interest to host the next Clusters meet Regions workshops"
aliases = ["next CmR call"]
deadline = {deadline}
timezone = "Europe/Brussels"
url = "https://clustercollaboration.eu/"
tags = ["clusters meet regions", "expression of interest"]
"""
WORKSHOP = """
[[events]]
id = "cmr-workshop-lisbon"
title = "Clusters meet Regions workshop in Lisbon"
kind = "workshop"
start = {start}
timezone = "Europe/Lisbon"
location = "Lisbon, Portugal"
tags = ["Clusters Meet Regions", "regions"]
"""


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def knowledge(folder: Path, deadline: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "knowledge" / "eccp-2022.toml", folder / "eccp-2022.toml")
    (folder / "generated.toml").write_text(CALL.format(deadline=stamp(deadline)), "utf-8")
    return folder


def texts(fake: FakeServer, chat: int) -> list[str]:
    return [c["params"]["text"] for c in fake.sends() if int(c["params"]["chat_id"]) == chat]


def last_buttons(fake: FakeServer, chat: int) -> tuple[int, list[dict[str, Any]]]:
    """The message id and buttons of the chat's last message."""
    sent = [c for c in fake.sends() if int(c["params"]["chat_id"]) == chat][-1]
    markup = sent["params"].get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    buttons = [b for row in markup.get("inline_keyboard", []) for b in row]
    message_id = (sent.get("result") or {}).get("message_id", 1)
    return int(message_id), buttons


def press(
    fake: FakeServer,
    chat: int,
    label_start: str,
    message: tuple[int, list[dict[str, Any]]] | None = None,
) -> None:
    """Press a button of the chat's last message (or of the one given)."""
    message_id, buttons = message or last_buttons(fake, chat)
    found = [b["callback_data"] for b in buttons if b["text"].startswith(label_start)]
    assert found, f"no {label_start!r} button in {[b['text'] for b in buttons]}"
    data = found[0]
    fake.control("updates", {"type": "callback", "chat_id": chat, "message_id": message_id,
                             "data": data})  # fmt: skip


def say(fake: FakeServer, chat: int, text: str) -> str:
    """Send a message and wait for the chat's next reply."""
    before = len(texts(fake, chat))
    fake.message(chat, text)
    fake.wait("sendMessage", count=before + 1, chat_id=chat)
    return texts(fake, chat)[-1]


def wait_for(fake: FakeServer, chat: int, count: int, timeout: float = 30) -> list[str]:
    with contextlib.suppress(urllib.error.HTTPError):  # the assertions say what is missing
        fake.wait("sendMessage", count=count, chat_id=chat, timeout=timeout)
    return texts(fake, chat)


def next_texts(fake: FakeServer, chat: int, before: int, more: int = 1) -> list[str]:
    """Wait until the chat has `more` messages beyond `before`; the new ones."""
    return wait_for(fake, chat, before + more)[before:]


def test_everyone_gets_what_they_follow_once_on_time(tmp_path):
    fake = FakeServer()
    first_deadline = datetime.now(UTC) + timedelta(hours=1, seconds=20)
    folder = knowledge(tmp_path / "knowledge", first_deadline)
    env = {
        "TELEGRAM_BOT_TOKEN": "123456:TEST-process-token",
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path}/journey.sqlite3",
        "KNOWLEDGE_DIR": str(folder),
        "INSTANCE_ID": "journey",
    }
    bot = start_bot(env, "run")
    try:
        fake.wait("setMyCommands")
        for chat in (REMIND_ME, TAGGER, WORKSHOPPER, EVERYTHING):
            assert "Done" in say(fake, chat, "/settings quiet off")  # the journey runs any hour
        # Remind me: the answer's button follows the item.
        assert "next Clusters meet Regions" in say(fake, REMIND_ME, "when is the next cmr call?")
        (reply,) = press_and_wait(fake, REMIND_ME, "Remind me")
        assert "Done: you follow Call for Expression of Interest to host the next" in reply
        assert "Next reminder" in reply
        assert "1 hour before its deadline" in reply
        # /subscribe to a shipped multi-word tag.
        reply = say(fake, TAGGER, "/subscribe clusters meet regions")
        assert "you follow tag “clusters meet regions”" in reply
        # Plain words, confirmed with the Yes button before anything is stored.
        assert say(fake, WORKSHOPPER, "notify me of new workshops") == "Follow new workshops?"
        question = last_buttons(fake, WORKSHOPPER)
        assert "nothing yet" in say(fake, WORKSHOPPER, "/subscriptions")
        (reply,) = press_and_wait(fake, WORKSHOPPER, "Yes", question)
        assert "you follow new workshops" in reply
        assert "you follow everything" in say(fake, EVERYTHING, "/subscribe everything")
        # An honest promise: the shipped CmR call closed in 2022.
        closed = say(fake, LATECOMER, "/subscribe cmr call")
        assert "closed on 29 July 2022" in closed
        assert "Done" not in closed
        labels = [b["text"] for b in last_buttons(fake, LATECOMER)[1]]
        assert "Follow tag “clusters meet regions”" in labels
        assert "Follow all calls" in labels
        seen = {chat: len(texts(fake, chat)) for chat in (REMIND_ME, TAGGER, EVERYTHING)}

        # The 1-hour reminder goes out at its time to the three who follow the call.
        for chat in (REMIND_ME, TAGGER, EVERYTHING):
            (reminder,) = next_texts(fake, chat, seen[chat])
            assert reminder.startswith("⏰ Reminder")
            assert "closes in 60 minutes" in reminder

        # The deadline moves: a notice to the item's follower, reminders follow the new date.
        second_deadline = datetime.now(UTC) + timedelta(hours=1, seconds=12)
        (folder / "generated.toml").write_text(CALL.format(deadline=stamp(second_deadline)))
        (notice,) = next_texts(fake, REMIND_ME, seen[REMIND_ME] + 1)
        assert "has moved" in notice
        # A new workshop file dropped in the folder: announced to tag, kind and all followers.
        start = stamp(datetime.now(UTC) + timedelta(days=40))
        (folder / "workshop.toml").write_text(WORKSHOP.format(start=start), "utf-8")
        wait_for(fake, WORKSHOPPER, len(texts(fake, WORKSHOPPER)) + 1)
        for chat, more in ((REMIND_ME, 3), (TAGGER, 3), (EVERYTHING, 3)):
            wait_for(fake, chat, seen[chat] + more)  # reminder, notice or news, new reminder
    finally:
        code = stop(bot)
        fake_sends = fake.sends()
        fake.stop()
    assert code == 0
    report(fake_sends)


def press_and_wait(
    fake: FakeServer,
    chat: int,
    label: str,
    message: tuple[int, list[dict[str, Any]]] | None = None,
) -> list[str]:
    before = len(texts(fake, chat))
    press(fake, chat, label, message)
    return next_texts(fake, chat, before)


def report(sends: list[dict[str, Any]]) -> None:
    """Count what each follower received against what they follow, and print it."""
    got: dict[str, Counter[int]] = {"reminder": Counter(), "new": Counter(), "moved": Counter()}
    for call in sends:
        text, chat = call["params"]["text"], int(call["params"]["chat_id"])
        if text.startswith("⏰ Reminder"):
            got["reminder"][chat] += 1
        elif text.startswith("New workshop"):
            got["new"][chat] += 1
        elif "has moved" in text:
            got["moved"][chat] += 1
    expected = {
        "reminder": {REMIND_ME: 2, TAGGER: 2, EVERYTHING: 2},  # 1 hour before, each version
        "new": {TAGGER: 1, WORKSHOPPER: 1, EVERYTHING: 1},
        "moved": {REMIND_ME: 1},
    }
    duplicates = sum(
        max(0, n - expected[kind].get(chat, 0)) for kind in got for chat, n in got[kind].items()
    )
    print(
        "JOURNEY "
        + " ".join(
            f"{kind}_expected={sum(expected[kind].values())} "
            f"{kind}_received={sum(got[kind].values())}"
            for kind in got
        )
        + f" duplicates={duplicates}"
    )
    for kind in got:
        assert dict(got[kind]) == expected[kind], kind
