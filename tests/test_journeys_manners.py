"""User journeys through the real `main.py run` and the fake Bot API, on the shipped knowledge
plus calls generated relative to the clock: a forum group, an edited question, an unknown
command, a group member who tries /stop, a long list opened with "Show all", a German user
who switches to Polish."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from tests.processes import ROOT, TOKEN, FakeServer, start_bot, stop

pytestmark = pytest.mark.slow
GROUP = -1009876
TOPIC = 12


def generated_calls(count: int) -> str:
    """Calls closing over the coming weeks, relative to today."""
    soon = datetime.now(UTC) + timedelta(days=3)
    return "".join(
        f'\n[[calls]]\nid = "generated-call-{n}"\ntitle = "Generated call number {n}"\n'
        f"deadline = {(soon + timedelta(days=n)).strftime('%Y-%m-%dT17:00:00Z')}\n"
        f'timezone = "UTC"\n'
        for n in range(count)
    )


@pytest.fixture(scope="module")
def running(tmp_path_factory):
    folder = tmp_path_factory.mktemp("journeys")
    knowledge = folder / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    (knowledge / "generated.toml").write_text(generated_calls(14), encoding="utf-8")
    fake = FakeServer()
    bot = start_bot(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url,
            "DATABASE_URL": f"sqlite:///{folder}/bot.sqlite3", "KNOWLEDGE_DIR": str(knowledge),
            "BOT_ADMIN_IDS": "4242",
        },
        "run",
    )  # fmt: skip
    fake.wait("getUpdates")
    yield fake
    assert stop(bot) == 0
    fake.stop()


def say(fake: FakeServer, chat_id: int, text: str, **extra) -> dict:
    before = len(fake.control(f"requests?method=sendMessage&ok=1&chat_id={chat_id}"))
    fake.control("updates", {"type": "message", "chat_id": chat_id, "text": text, **extra})
    fake.wait("sendMessage", count=before + 1, chat_id=chat_id)
    return fake.control(f"requests?method=sendMessage&ok=1&chat_id={chat_id}")[-1]


def in_topic(fake: FakeServer, text: str, user_id: int) -> dict:
    return say(fake, GROUP, text, chat_type="supergroup", user_id=user_id, thread_id=TOPIC)[
        "params"
    ]


def test_the_admin_gets_a_menu_of_their_own(running):
    calls = running.control("requests?method=setMyCommands&ok=1")
    scoped = [c for c in calls if c["params"].get("scope")]
    assert len(scoped) == 6  # one per language
    default = [c for c in scoped if not c["params"].get("language_code")]
    assert len(default) == 1
    assert "reload" in str(default[0]["params"]["commands"])


def test_everyone_gets_a_menu_in_each_language(running):
    calls = running.control("requests?method=setMyCommands&ok=1")
    menus = {c["params"].get("language_code"): c for c in calls if not c["params"].get("scope")}
    assert set(menus) == {None, "de", "fr", "es", "it", "pl"}
    assert "Willkommen und was ich kann" in str(menus["de"]["params"]["commands"])


def test_a_german_user_asks_in_german_then_chooses_polish(running):
    german = {"language_code": "de"}
    asked = say(running, 4250, "Wann ist die ECCP-Konferenz?", **german)["params"]
    assert "European Cluster Collaboration Platform Annual Conference 2022" in asked["text"]
    assert "Befehle: /start" in say(running, 4250, "/help", **german)["params"]["text"]
    chosen = say(running, 4250, "/settings language pl", **german)["params"]
    assert chosen["text"] == "Gotowe: od teraz piszę w języku: Polski."
    assert "Polecenia: /start" in say(running, 4250, "/help", **german)["params"]["text"]
    asked = say(running, 4250, "Wann ist die ECCP-Konferenz?", **german)["params"]
    assert "European Cluster Collaboration Platform Annual Conference 2022" in asked["text"]


def test_the_german_users_answers_are_worded_in_german_then_polish(running):
    german = {"language_code": "de"}
    asked = say(running, 4251, "Wann ist die ECCP-Konferenz?", **german)["params"]
    assert "took place" not in asked["text"]
    assert "2022" in asked["text"]
    say(running, 4251, "/settings Polski", **german)
    asked = say(running, 4251, "Wann ist die ECCP-Konferenz?", **german)["params"]
    assert "września 2022" in asked["text"]


def test_a_forum_group_asks_and_gets_a_reply_in_its_topic(running):
    reply = in_topic(running, "@fake_test_bot when is the eccp conference?", 7)
    assert "26-27 September 2022" in reply["text"]
    assert int(reply["message_thread_id"]) == TOPIC
    assert "reply_parameters" in reply


def test_a_member_cannot_stop_the_group_but_its_admin_can(running):
    refused = in_topic(running, "/stop@fake_test_bot", 7)
    assert refused["text"] == "Only this group's admins can change its reminders."
    running.control("member", {"chat_id": GROUP, "user_id": 8, "status": "administrator"})
    done = in_topic(running, "/stop@fake_test_bot", 8)
    assert done["text"] != refused["text"]


def test_an_edited_question_edits_the_answer(running):
    first = say(running, 4242, "when is the eccp conference?")
    assert "26-27 September 2022" in first["params"]["text"]
    sent = running.control("requests?method=sendMessage&ok=1&chat_id=4242")
    question_id = len(sent) * 2 - 1  # the user and the bot share ids: question, answer, ...
    running.control(
        "updates", {"type": "edit", "chat_id": 4242, "message_id": question_id,
                    "text": "link to the cmr call"},
    )  # fmt: skip
    running.wait("editMessageText", chat_id=4242)
    (edit,) = running.control("requests?method=editMessageText&ok=1&chat_id=4242")
    assert "Clusters meet Regions" in edit["params"]["text"]


def test_an_unknown_command_is_answered(running):
    reply = say(running, 4243, "/foo")
    assert reply["params"]["text"] == "I don't know /foo. Send /help to see what I can do."


def test_a_long_list_is_capped_and_show_all_pages_it(running):
    reply = say(running, 4244, "which calls are still open?")["params"]
    assert reply["text"].count("\n•") == 10
    keyboard = reply["reply_markup"]
    keyboard = keyboard if isinstance(keyboard, dict) else json.loads(keyboard)
    (show_all,) = [b for row in keyboard["inline_keyboard"] for b in row]
    assert show_all["text"].startswith("Show all ")
    sent = running.control("requests?method=sendMessage&ok=1&chat_id=4244")
    running.control(
        "updates", {"type": "callback", "chat_id": 4244, "message_id": len(sent) * 2,
                    "data": show_all["callback_data"]},
    )  # fmt: skip
    running.wait("editMessageText", chat_id=4244)
    (page,) = running.control("requests?method=editMessageText&ok=1&chat_id=4244")
    assert "(page 1 of " in page["params"]["text"]
