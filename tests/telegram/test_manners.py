"""Telegram manners, through the fake Bot API: menus per scope, descriptions, unknown
commands, edited questions, replies in forum topics, group admins, zones by city,
the reader's time in lists and cards, and capped lists with "Show all"."""

from __future__ import annotations

import json
from dataclasses import replace

from bot.telegram.handlers.commands import ADMIN_COMMANDS, COMMANDS
from bot.telegram.handlers.groups import ONLY_ADMINS
from tests.conversation import button, buttons, last_message_id, said
from tests.telegram_harness import ADMIN, bot_settings, running_bot, write_knowledge

SUPERGROUP = -1001234
TOPIC = 77


def decoded(value):
    return json.loads(value) if isinstance(value, str) else value


def menus(fake_api) -> dict[str, list[str]]:
    """Scope (as JSON) -> the command names set for it."""
    found = {}
    for call in fake_api.sent("setMyCommands"):
        scope = decoded(call.get("scope")) or {"type": "default"}
        found[json.dumps(scope, sort_keys=True)] = [c["command"] for c in call["commands"]]
    return found


# --- what Telegram shows before anyone asks -----------------------------------------------------


async def test_everyone_gets_the_users_menu_and_each_admin_a_menu_of_their_own(fake_api, bot):
    found = menus(fake_api)
    users = [name for name, _ in COMMANDS]
    assert found['{"type": "default"}'] == users
    admin_scope = json.dumps({"chat_id": ADMIN, "type": "chat"}, sort_keys=True)
    assert found[admin_scope] == users + list(ADMIN_COMMANDS)
    assert len(found) == 2


async def test_the_description_and_short_description_come_from_the_settings(fake_api, tmp_path):
    settings = replace(
        bot_settings(fake_api, tmp_path),
        description="Ask me about cluster events & calls.",
        short_description="Cluster events and calls.",
    )
    async with running_bot(settings):
        (long,) = fake_api.sent("setMyDescription")
        (short,) = fake_api.sent("setMyShortDescription")
    assert long["description"] == "Ask me about cluster events & calls."
    assert short["short_description"] == "Cluster events and calls."


async def test_menus_and_descriptions_that_telegram_refuses_do_not_stop_the_bot(
    fake_api, tmp_path
):
    fake_api.fail_next("setMyCommands", 400, description="Bad Request: chat not found", times=2)
    fake_api.fail_next("setMyDescription", 500)
    settings = bot_settings(fake_api, tmp_path)
    async with running_bot(settings):
        reply = await said(fake_api, 42, "/help")
    assert "Ask in plain words" in reply["text"]


# --- unknown commands and edited questions ------------------------------------------------------


async def test_an_unknown_command_gets_a_short_reply(fake_api, bot):
    reply = await said(fake_api, 42, "/foo")
    assert reply["text"] == "I don't know /foo. Send /help to see what I can do."


async def test_in_a_group_an_unknown_command_is_answered_only_when_addressed_to_us(fake_api, bot):
    fake_api.queue_message(-500, "/foo", chat_type="group", user_id=7)
    reply = await said(
        fake_api, -500, f"/bar@{fake_api.bot_username}", chat_type="group", user_id=7
    )
    assert reply["text"].startswith("I don't know /bar.")
    assert len(fake_api.sent("sendMessage", -500)) == 1


async def test_an_edited_question_is_answered_again_by_editing_the_earlier_answer(fake_api, bot):
    first = await said(fake_api, 42, "when is cmr porto?")
    assert "20 October 2022" in first["text"]
    question_id = last_message_id(fake_api, 42) - 1
    answer_id = last_message_id(fake_api, 42)
    fake_api.queue_edit(42, question_id, "when is cmr lodz?")
    (edit,) = await fake_api.wait_for("editMessageText", chat_id=42)
    assert int(edit["message_id"]) == answer_id
    assert "17 November 2022" in edit["text"]
    assert len(fake_api.sent("sendMessage", 42)) == 1


async def test_an_edit_of_a_question_this_process_never_answered_is_answered_anew(fake_api, bot):
    chat = {"id": 42, "type": "private", "first_name": "Test"}
    user = {"id": 42, "is_bot": False, "first_name": "Test"}
    edited = {"message_id": 9, "date": 0, "edit_date": 1, "chat": chat, "from": user}
    fake_api.queue_update({"edited_message": {**edited, "text": "when is cmr porto?"}})
    (reply,) = await fake_api.wait_for("sendMessage", chat_id=42)
    assert "20 October 2022" in reply["text"]
    assert fake_api.sent("editMessageText", 42) == []


# --- groups: replies, topics, admins ------------------------------------------------------------


async def test_a_group_answer_is_a_reply_in_the_same_forum_topic(fake_api, bot):
    reply = await said(
        fake_api, SUPERGROUP, f"@{fake_api.bot_username} when is cmr porto?",
        chat_type="supergroup", user_id=7, thread_id=TOPIC,
    )  # fmt: skip
    assert "20 October 2022" in reply["text"]
    assert int(reply["message_thread_id"]) == TOPIC
    question_id = last_message_id(fake_api, SUPERGROUP) - 1
    assert decoded(reply["reply_parameters"])["message_id"] == question_id


async def test_a_command_in_a_topic_is_answered_in_that_topic(fake_api, bot):
    reply = await said(
        fake_api, SUPERGROUP, f"/events@{fake_api.bot_username}",
        chat_type="supergroup", user_id=7, thread_id=TOPIC,
    )  # fmt: skip
    assert int(reply["message_thread_id"]) == TOPIC


async def test_a_private_answer_is_not_a_reply(fake_api, bot):
    reply = await said(fake_api, 42, "when is cmr porto?")
    assert "reply_parameters" not in reply
    assert "message_thread_id" not in reply


async def in_group(fake_api, text, user_id):
    return await said(fake_api, -500, text, chat_type="group", user_id=user_id)


async def test_a_group_member_cannot_stop_or_subscribe_the_group(fake_api, bot):
    fake_api.set_member_status(-500, 8, "administrator")
    done = await in_group(fake_api, f"/subscribe@{fake_api.bot_username} all calls", 8)
    assert done["text"].startswith("Done")
    for command in ("stop", "subscribe all events", "unsubscribe 1"):
        refused = await in_group(fake_api, f"/{command}", 7)
        assert refused["text"] == ONLY_ADMINS
    listing = await in_group(fake_api, "/subscriptions", 7)
    assert "1. all calls" in listing["text"]
    calls = fake_api.sent("getChatMember")
    assert {int(c["user_id"]) for c in calls} == {7, 8}


async def test_the_groups_owner_may_stop_it(fake_api, bot):
    fake_api.set_member_status(-500, 9, "creator")
    await in_group(fake_api, "/subscribe all calls", 9)
    stopped = await in_group(fake_api, "/stop", 9)
    assert stopped["text"] != ONLY_ADMINS
    listing = await in_group(fake_api, "/subscriptions", 9)
    assert "1. all calls" not in listing["text"]


async def test_a_member_pressing_remind_me_in_a_group_is_refused(fake_api, bot):
    reply = await in_group(fake_api, f"@{fake_api.bot_username} cmr porto", 7)
    fake_api.queue_callback(
        -500, last_message_id(fake_api, -500), button(reply, "Remind me")["callback_data"],
        user_id=7,
    )  # fmt: skip
    (answered,) = await fake_api.wait_for("answerCallbackQuery")
    assert answered["text"] == ONLY_ADMINS


# --- zones by city, and the reader's time in lists and cards ------------------------------------


async def test_settings_takes_a_city_or_a_zone_in_any_case(fake_api, bot):
    for written, zone in [
        ("Lisbon", "Europe/Lisbon"),
        ("europe/paris", "Europe/Paris"),
        ("new york", "America/New_York"),
    ]:
        reply = await said(fake_api, 42, f"/settings {written}")
        assert reply["text"] == f"Done: I will also show times in {zone}."


async def test_lists_and_item_cards_show_the_readers_own_time(fake_api, bot):
    await said(fake_api, 42, "/settings New York")
    calls = await said(fake_api, 42, "/calls")
    assert "your time: 29 July 2022, 12:00 EDT" in calls["text"]
    card = await said(fake_api, 42, "what is the cmr call?")
    assert "(Your time: 29 July 2022, 12:00 EDT.)" in card["text"]
    events = await said(fake_api, 42, "/events")
    assert "your time: 20 October 2022, 04:00 EDT" in events["text"]


async def test_without_a_zone_lists_show_only_the_items_time(fake_api, bot):
    calls = await said(fake_api, 42, "/calls")
    assert "your time" not in calls["text"]


# --- capped free-text lists ---------------------------------------------------------------------


def many_calls(count: int) -> str:
    return "".join(
        f'\n[[calls]]\nid = "call-{n}"\ntitle = "Call {n}"\ndeadline = 2022-08-{n % 28 + 1:02d}\n'
        for n in range(count)
    )


async def test_show_all_opens_the_whole_list_as_pages(fake_api, tmp_path):
    settings = bot_settings(fake_api, tmp_path)
    write_knowledge(settings.knowledge_dir, many_calls(23))
    async with running_bot(settings):
        reply = await said(fake_api, 42, "which calls are still open?")
        assert reply["text"].count("\n•") == 10
        fake_api.queue_callback(
            42, last_message_id(fake_api, 42), button(reply, "Show all 23")["callback_data"]
        )
        (page,) = await fake_api.wait_for("editMessageText", chat_id=42)
        assert "(page 1 of 5)" in page["text"]
        fake_api.queue_callback(
            42, last_message_id(fake_api, 42), button(page, "Next ›")["callback_data"]
        )
        pages = await fake_api.wait_for("editMessageText", 2, chat_id=42)
        assert "(page 2 of 5)" in pages[-1]["text"]
        labels = [b["text"] for b in buttons(pages[-1])]
        assert labels[-2:] == ["‹ Previous", "Next ›"]


async def test_a_short_list_is_not_capped(fake_api, bot):
    reply = await said(fake_api, 42, "upcoming workshops")
    assert "Show all" not in [b["text"] for b in buttons(reply)]
