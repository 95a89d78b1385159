"""Subscribing in Telegram: plain words confirmed by a button, honest refusals with choices,
/settings offsets and quiet hours, all over the fake Bot API (test knowledge, July 2022)."""

from __future__ import annotations

from datetime import timedelta

from bot import store as db
from bot.reminders.preferences import DEFAULT_QUIET
from bot.reminders.targets import Target, TargetKind
from tests.conversation import button, buttons, pressed, said


def subscriptions_of(bot, chat: int) -> list[Target]:
    with bot.database.session() as s:
        return [sub.target for sub in db.list_subscriptions(s, chat)]


async def test_plain_words_ask_first_and_subscribe_on_yes(fake_api, bot):
    reply = await said(fake_api, 42, "please remind me 3 days before the CmR deadline")
    assert reply["text"] == (
        "Follow Call for Expression of Interest: Clusters meet Regions workshops, 3 days before?"
    )
    assert [b["text"] for b in buttons(reply)] == ["Yes", "No"]
    assert subscriptions_of(bot, 42) == []
    await pressed(fake_api, 42, button(reply, "Yes")["callback_data"])
    (*_, done) = await fake_api.wait_for("sendMessage", 2, chat_id=42)
    assert "3 days before its deadline, on 26 July 2022" in done["text"]
    assert subscriptions_of(bot, 42) == [Target(TargetKind.ITEM, "clusters-meet-regions-eoi-2022")]


async def test_no_stores_nothing(fake_api, bot):
    reply = await said(fake_api, 42, "subscribe me to all calls")
    assert reply["text"] == "Follow all calls?"
    await pressed(fake_api, 42, button(reply, "No")["callback_data"])
    (edit,) = await fake_api.wait_for("editMessageText", chat_id=42)
    assert edit["text"] == "OK, nothing changed."
    assert subscriptions_of(bot, 42) == []


async def test_a_multi_word_tag_is_followed_by_its_phrase(fake_api, bot):
    reply = await said(fake_api, 42, "/subscribe tag Clusters-Meet Regions")
    assert "you follow tag “clusters meet regions”" in reply["text"]
    assert "next reminder: Clusters meet Regions workshop: Porto" in reply["text"]
    assert subscriptions_of(bot, 42) == [Target(TargetKind.TAG, "clusters meet regions")]


async def test_an_ordinary_question_about_reminders_is_answered_not_subscribed(fake_api, bot):
    reply = await said(fake_api, 42, "what is the notification procedure of the cmr call")
    assert "Follow" not in reply["text"]
    assert subscriptions_of(bot, 42) == []


async def test_stop_reminding_me_asks_then_removes(fake_api, bot):
    await said(fake_api, 42, "/subscribe cmr call")
    reply = await said(fake_api, 42, "stop reminding me about the cmr call")
    assert reply["text"].startswith("Stop following Call for Expression of Interest")
    await pressed(fake_api, 42, button(reply, "Yes")["callback_data"])
    await fake_api.wait_for("answerCallbackQuery", chat_id=None)
    await fake_api.wait_for("sendMessage", 3, chat_id=42)
    assert subscriptions_of(bot, 42) == []


async def test_settings_toggles_offsets_and_quiet_hours(fake_api, bot):
    reply = await said(fake_api, 42, "/settings")
    assert "Reminders: the defaults" in reply["text"]
    assert "Quiet hours: 22:00-08:00 your time" in reply["text"]
    labels = [b["text"] for b in buttons(reply)]
    assert [x for x in labels if x[:-1].isdigit()] == ["14d", "7d", "3d", "1d", "1h"]
    await pressed(fake_api, 42, button(reply, "3d")["callback_data"])
    (edit,) = await fake_api.wait_for("editMessageText", chat_id=42)
    assert edit["text"].startswith("Done: reminders 3 days before.")
    assert "✓ 3d" in [b["text"] for b in buttons(edit)]
    await pressed(fake_api, 42, button(edit, "Quiet hours: on (tap for off)")["callback_data"])
    (_, edit) = await fake_api.wait_for("editMessageText", 2, chat_id=42)
    assert edit["text"].startswith("Done: reminders may come at any hour.")
    chosen = bot.subscriptions.preferences(42)
    assert chosen.offsets == (timedelta(days=3),)
    assert chosen.quiet is None
    reply = await said(fake_api, 42, "/settings quiet 23-07")
    assert reply["text"].startswith("Done: no reminders 23:00-07:00 your time")
    assert bot.subscriptions.preferences(42).quiet != DEFAULT_QUIET
