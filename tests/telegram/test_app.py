"""Whole conversations with the real bot over the fake Bot API (no Bot method is mocked)."""

from __future__ import annotations

import gc
import logging

from bot import store as db
from bot.reminders.targets import Target, TargetKind
from bot.telegram.app import freeze_start_up_objects
from tests.conversation import buttons, last_message_id, said
from tests.telegram_harness import ADMIN, bot_settings, running_bot, write_knowledge


async def test_the_command_menu_is_set_at_start_up(fake_api, bot):
    call = next(c for c in fake_api.sent("setMyCommands") if "scope" not in c)
    names = [c["command"] for c in call["commands"]]
    assert names[:3] == ["start", "help", "events"]
    assert "subscribe" in names


async def test_a_question_gets_an_escaped_html_answer_with_fitting_buttons(fake_api, bot):
    reply = await said(fake_api, 42, "what is the eccp conference 2022 about?")
    assert reply["parse_mode"] == "HTML"
    assert "&amp; its &lt;partners&gt;" in reply["text"]
    assert fake_api.last_text(42).endswith("More: https://example.org/eccp")
    labels = [b["text"] for b in buttons(reply)]
    assert labels == ["Register", "Read more", "Add to calendar", "Remind me"]


async def test_a_follow_up_uses_the_item_just_discussed(fake_api, bot):
    await said(fake_api, 42, "when is the eccp conference 2022?")
    reply = await said(fake_api, 42, "link to register")
    assert "https://example.org/eccp/register" in reply["text"]


async def test_add_to_calendar_sends_an_ics_in_the_events_zone(fake_api, bot):
    reply = await said(fake_api, 42, "cmr porto")
    data = next(b["callback_data"] for b in buttons(reply) if b["text"] == "Add to calendar")
    fake_api.queue_callback(42, 1, data)
    (document,) = await fake_api.wait_for("sendDocument", chat_id=42)
    ics = document["document"].data.decode()
    assert "TZID=Europe/Lisbon" in ics
    assert "SUMMARY:Clusters meet Regions workshop: Porto" in ics


async def test_remind_me_subscribes_the_chat_to_the_item(fake_api, bot):
    reply = await said(fake_api, 42, "cmr call")
    data = next(b["callback_data"] for b in buttons(reply) if b["text"] == "Remind me")
    fake_api.queue_callback(42, 1, data)
    await fake_api.wait_for("sendMessage", 2, chat_id=42)
    with bot.database.session() as s:
        (sub,) = db.list_subscriptions(s, 42)
    assert sub.target == Target(TargetKind.ITEM, "clusters-meet-regions-eoi-2022")


async def test_an_ambiguous_question_offers_did_you_mean_buttons(fake_api, bot):
    reply = await said(fake_api, 42, "when is the clusters meet regions workshop?")
    choices = [b for b in buttons(reply) if b["text"].startswith("Did you mean")]
    assert len(choices) == 2
    fake_api.queue_callback(42, 1, choices[0]["callback_data"])
    await fake_api.wait_for("sendMessage", 2, chat_id=42)
    assert "takes place on" in fake_api.last_text(42)


async def test_an_unknown_question_says_so_and_suggests_lists(fake_api, bot):
    reply = await said(fake_api, 42, "when is the olympics?")
    assert "I don't know that one" in reply["text"]
    assert [b["text"] for b in buttons(reply)] == ["Upcoming events", "Open calls"]


async def test_a_deep_link_opens_the_item(fake_api, bot):
    reply = await said(fake_api, 42, "/start item-cmr-porto-2022")
    assert reply["text"].startswith("Clusters meet Regions workshop: Porto: a workshop on")


async def test_lists_page_with_next_and_previous_buttons(fake_api, tmp_path):
    many = "".join(
        f'\n[[events]]\nid = "w{n}"\ntitle = "Workshop number {n}"\nstart = 2022-08-{n:02d}\n'
        for n in range(1, 13)
    )
    settings = bot_settings(fake_api, tmp_path)
    write_knowledge(settings.knowledge_dir, many)
    async with running_bot(settings):
        reply = await said(fake_api, 42, "/events")
        assert "(page 1 of 3)" in reply["text"]
        next_data = next(b["callback_data"] for b in buttons(reply) if b["text"] == "Next ›")
        fake_api.queue_callback(42, last_message_id(fake_api, 42), next_data)
        (edit,) = await fake_api.wait_for("editMessageText", chat_id=42)
        assert "(page 2 of 3)" in edit["text"]
        assert {b["text"] for b in buttons(edit)} >= {"‹ Previous", "Next ›"}


async def test_stale_or_forged_button_data_gets_a_polite_answer(fake_api, bot):
    await said(fake_api, 42, "hello")
    for data in ["page:events:notanumber", "nonsense", "ask:when:no-such-item", "tz"]:
        fake_api.queue_callback(42, 1, data)
    answers = await fake_api.wait_for("answerCallbackQuery", 4)
    assert all("expired" in a.get("text", "") for a in answers)


async def test_settings_by_name_then_times_show_in_that_zone(fake_api, bot):
    reply = await said(fake_api, 42, "/settings America/New_York")
    assert "America/New_York" in reply["text"]
    answer = await said(fake_api, 42, "when is cmr porto?")
    assert "Your time: 20 October 2022, 04:00 EDT" in answer["text"]


async def test_settings_offers_zone_buttons_and_rejects_unknown_zones(fake_api, bot):
    reply = await said(fake_api, 42, "/settings")
    zone = next(b for b in buttons(reply) if b["text"] == "Europe/Lisbon")
    fake_api.queue_callback(42, last_message_id(fake_api, 42), zone["callback_data"])
    await fake_api.wait_for("editMessageText", chat_id=42)
    assert "Europe/Lisbon" in fake_api.last_text(42)
    wrong = await said(fake_api, 42, "/settings Mars/Olympus")
    assert 'know the time zone "Mars/Olympus"' in wrong["text"]


async def test_inline_mode_offers_matching_items(fake_api, bot):
    fake_api.queue_inline_query(7, "twin transition brief")
    (answer,) = await fake_api.wait_for("answerInlineQuery")
    titles = [r["title"] for r in answer["results"]]
    assert titles[0] == "Policy brief: clusters driving the green and digital twin transitions"


async def test_in_groups_only_mentions_and_replies_are_answered(fake_api, bot):
    fake_api.queue_message(-500, "when is the eccp conference 2022?", chat_type="group", user_id=7)
    mention = f"@{fake_api.bot_username} when is the eccp conference 2022?"
    reply = await said(fake_api, -500, mention, chat_type="group", user_id=7)
    assert "26-27 September 2022" in reply["text"]
    assert len(fake_api.sent("sendMessage", -500)) == 1, "the one without a mention was ignored"
    reply_to = last_message_id(fake_api, -500)
    again = await said(
        fake_api, -500, "link to register", chat_type="group", user_id=7, reply_to=reply_to
    )
    assert "register" in again["text"]


async def test_a_429_is_waited_out_and_the_answer_arrives_once(fake_api, bot):
    fake_api.fail_next("sendMessage", status=429, retry_after=1)
    reply = await said(fake_api, 42, "cmr call deadline")
    assert "29 July 2022, 18:00 CEST" in reply["text"]
    assert len(fake_api.sent("sendMessage", 42)) == 1


async def test_a_502_is_retried(fake_api, bot):
    fake_api.fail_next("sendMessage", status=502)
    reply = await said(fake_api, 42, "cmr call deadline")
    assert "29 July 2022" in reply["text"]


async def test_a_user_who_blocked_the_bot_is_marked_blocked(fake_api, bot):
    fake_api.block_chat(77)
    fake_api.queue_message(77, "hello")
    await fake_api.wait_for("sendMessage", chat_id=77, include_failed=True)
    await fake_api.wait_for("getUpdates", 3)
    with bot.database.session() as s:
        assert db.get_chat(s, 77).blocked


async def test_a_failing_handler_apologises_and_logs_without_the_token(fake_api, bot, caplog):
    caplog.set_level(logging.ERROR)
    fake_api.fail_next("sendMessage", status=400, description="Bad Request: something broke")
    reply = await said(fake_api, 42, "cmr call", count=1)
    assert reply["text"].startswith("Sorry, something went wrong")
    assert "update failed" in caplog.text


async def test_a_long_list_answer_is_capped_with_a_show_all_button(fake_api, tmp_path):
    many = "".join(
        f'\n[[calls]]\nid = "call-{n}"\ntitle = "Call {n} for ' + "very " * 20
        + f'long names"\ndeadline = 2022-08-{n % 28 + 1:02d}\n'
        for n in range(60)
    )  # fmt: skip
    settings = bot_settings(fake_api, tmp_path)
    write_knowledge(settings.knowledge_dir, many)
    async with running_bot(settings):
        fake_api.queue_message(42, "upcoming deadlines")
        (reply,) = await fake_api.wait_for("sendMessage", 1, chat_id=42)
        assert len(reply["text"]) <= 4096
        assert reply["text"].count("\n•") == 10
        assert reply["text"].endswith("… and 50 more.")
        assert [b["text"] for b in buttons(reply)] == ["Show all 60"]


async def test_subscribe_list_and_remove_with_buttons(fake_api, bot):
    await said(fake_api, 42, "/subscribe all calls")
    listing = await said(fake_api, 42, "/subscriptions")
    assert "1. all calls" in listing["text"]
    remove = next(b for b in buttons(listing) if b["text"] == "Remove 1")
    fake_api.queue_callback(42, last_message_id(fake_api, 42), remove["callback_data"])
    await fake_api.wait_for("sendMessage", 3, chat_id=42)
    assert "You follow nothing yet" in fake_api.last_text(42)


async def test_stop_forgets_the_chat(fake_api, bot):
    await said(fake_api, 42, "/subscribe workshops")
    reply = await said(fake_api, 42, "/stop")
    assert "removed all your subscriptions" in reply["text"]
    with bot.database.session() as s:
        assert db.list_subscriptions(s, 42) == []


async def test_admin_commands_are_refused_to_others(fake_api, bot):
    for command in ["/stats", "/unanswered", "/reload", "/announce hello"]:
        reply = await said(fake_api, 42, command)
        assert reply["text"] == "Sorry, that command is for the bot's editors only."


async def test_an_admin_sees_stats_and_unanswered_questions(fake_api, bot):
    await said(fake_api, 42, "when is the olympics?")
    stats = await said(fake_api, ADMIN, "/stats")
    assert "Questions this week: 1 (0% answered), 1 unanswered" in stats["text"]
    unanswered = await said(fake_api, ADMIN, "/unanswered")
    assert "1× when is the olympics?" in unanswered["text"]


async def test_an_announcement_is_previewed_then_sent_once_to_everyone(fake_api, bot):
    await said(fake_api, 42, "hello")
    await said(fake_api, 43, "hello")
    preview = await said(fake_api, ADMIN, "/announce The CmR call deadline moved!")
    assert "to everyone (3 chats)" in preview["text"]
    send = next(b for b in buttons(preview) if b["text"] == "Send")
    fake_api.queue_callback(ADMIN, last_message_id(fake_api, ADMIN), send["callback_data"])
    await fake_api.wait_for("sendMessage", 3, chat_id=ADMIN)  # preview, the announcement, "sent"
    assert fake_api.last_text(43) == "The CmR call deadline moved!"
    assert fake_api.sent("sendMessage", 42)[-1]["text"] == "The CmR call deadline moved!"
    assert "sent to 3 chat(s)" in fake_api.last_text(ADMIN)


async def test_reload_with_a_broken_file_keeps_the_knowledge_and_lists_problems(fake_api, bot):
    (bot.settings.knowledge_dir / "broken.toml").write_text('[[calls]]\nid = "x"\n', "utf-8")
    reply = await said(fake_api, ADMIN, "/reload")
    assert "Kept the last good knowledge" in reply["text"]
    assert "deadline" in reply["text"]
    answer = await said(fake_api, 42, "cmr call deadline")
    assert "29 July 2022" in answer["text"]


def test_start_up_objects_are_kept_out_of_later_full_collections():
    try:
        freeze_start_up_objects()
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()


async def test_stop_as_a_chats_first_message_leaves_nothing_stored(fake_api, bot):
    reply = await said(fake_api, 77, "/stop")
    assert "removed all your subscriptions" in reply["text"]
    bot.activity.flush()  # the batched sighting of the /stop message itself
    with bot.database.session() as s:
        assert db.get_chat(s, 77) is None
