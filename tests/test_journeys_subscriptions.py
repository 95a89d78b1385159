"""User journeys through the real `main.py run` and the fake Bot API, on the shipped knowledge.

The shipped `knowledge/` (all of it in 2022) is copied next to items
generated relative to the real clock, carrying the shipped multi-word tag
"clusters meet regions": a workshop whose 1-day reminder falls due half a
minute after start-up, and a call closing in three days.  Five people do what
users do (press Remind me, /subscribe to a tag phrase, follow workshops in
plain words and say yes, follow everything, try a call that closed in 2022);
then the call's deadline is moved to an hour from now (its 1-hour reminder
falls due seconds later) and a new workshop file is dropped into the folder.
Everyone must get what they follow, once, on time; the counts are printed as
a JOURNEY line.  (An item's version is its deadline to the minute, so the
move is one of days, not seconds.)
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

from tests.processes import ROOT, FakeServer, start_bot

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
SOON = """
[[events]]
id = "cmr-workshop-porto"
title = "Clusters meet Regions workshop in Porto"
kind = "workshop"
start = {start}
timezone = "Europe/Lisbon"
location = "Porto, Portugal"
tags = ["clusters meet regions"]
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


def generated(deadline: datetime, soon: datetime) -> str:
    return CALL.format(deadline=stamp(deadline)) + SOON.format(start=stamp(soon))


def knowledge(folder: Path, deadline: datetime, soon: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(ROOT / "knowledge" / "eccp-2022.toml", folder / "eccp-2022.toml")
    (folder / "generated.toml").write_text(generated(deadline, soon), "utf-8")
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
    t0 = datetime.now(UTC).replace(microsecond=0)  # as the files write it
    first_deadline, soon = t0 + timedelta(days=3, hours=5), t0 + timedelta(days=1, seconds=30)
    folder = knowledge(tmp_path / "knowledge", first_deadline, soon)
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
        assert "1 day before its deadline" in reply
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
        assert datetime.now(UTC) < soon - timedelta(days=1), "set up before the first reminder"
        seen = {chat: len(texts(fake, chat)) for chat in FOLLOWERS}

        # The workshop's 1-day reminder: to its tag's, its kind's and everything's followers.
        for chat in (TAGGER, WORKSHOPPER, EVERYTHING):
            (reminder,) = next_texts(fake, chat, seen[chat])
            assert reminder.startswith("⏰ Reminder: Clusters meet Regions workshop in Porto")
        # The call's deadline moves to an hour from now: a notice to the item's follower.
        second_deadline = datetime.now(UTC).replace(microsecond=0) + timedelta(hours=1, seconds=12)
        (folder / "generated.toml").write_text(generated(second_deadline, soon), "utf-8")
        (notice,) = next_texts(fake, REMIND_ME, seen[REMIND_ME])
        assert "has moved" in notice
        # A new workshop file dropped in the folder: announced to tag, kind and all followers.
        start = stamp(datetime.now(UTC) + timedelta(days=40))
        (folder / "workshop.toml").write_text(WORKSHOP.format(start=start), "utf-8")
        # The moved call's 1-hour reminder, to its followers by item, tag and everything.
        expected = {REMIND_ME: 2, TAGGER: 3, WORKSHOPPER: 2, EVERYTHING: 3}  # then no more
        for chat, count in expected.items():
            wait_for(fake, chat, seen[chat] + count)
    finally:
        bot.terminate()
        _, log = bot.communicate(timeout=30)
        print(log[-4000:])  # the bot's log, shown if the journey fails
        fake_sends = fake.sends()
        fake.stop()
    assert bot.returncode == 0
    report(
        fake_sends,
        {"soon": soon - timedelta(days=1), "moved": second_deadline - timedelta(hours=1)},
    )


FOLLOWERS = (REMIND_ME, TAGGER, WORKSHOPPER, EVERYTHING)


def press_and_wait(
    fake: FakeServer,
    chat: int,
    label: str,
    message: tuple[int, list[dict[str, Any]]] | None = None,
) -> list[str]:
    before = len(texts(fake, chat))
    press(fake, chat, label, message)
    return next_texts(fake, chat, before)


def report(sends: list[dict[str, Any]], due: dict[str, datetime]) -> None:
    """Count what each follower received against what they follow, and print it."""
    got: dict[str, Counter[int]] = {"reminder": Counter(), "new": Counter(), "moved": Counter()}
    lateness: list[float] = []
    for call in sends:
        text, chat = call["params"]["text"], int(call["params"]["chat_id"])
        if text.startswith("⏰ Reminder"):
            got["reminder"][chat] += 1
            planned = due["soon"] if "Porto" in text else due["moved"]
            lateness.append(call["time"] - planned.timestamp())
        elif text.startswith("New workshop"):
            got["new"][chat] += 1
        elif "has moved" in text:
            got["moved"][chat] += 1
    expected = {
        "reminder": {REMIND_ME: 1, TAGGER: 2, WORKSHOPPER: 1, EVERYTHING: 2},
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
        + f" duplicates={duplicates} latest_s={max(lateness):.1f}"
    )
    assert all(-0.5 < s < 10 for s in lateness), f"each reminder on time: {lateness}"
    for kind in got:
        assert dict(got[kind]) == expected[kind], kind
