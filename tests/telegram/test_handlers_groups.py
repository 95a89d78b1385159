"""In groups the bot speaks when spoken to: commands, mentions, replies; quiet otherwise."""

from __future__ import annotations

from tests.conversation import said

GROUP = -500


async def in_group(fake_api, text, **kw):
    return await said(fake_api, GROUP, text, chat_type="group", user_id=7, **kw)


def quietly(fake_api, text):
    fake_api.queue_message(GROUP, text, chat_type="group", user_id=7)


async def test_a_command_addressed_to_the_bot_is_answered(fake_api, bot):
    reply = await in_group(fake_api, f"/events@{fake_api.bot_username}")
    assert "Upcoming events" in reply["text"]


async def test_a_command_for_another_bot_is_ignored(fake_api, bot):
    quietly(fake_api, "/events@some_other_bot")
    reply = await in_group(fake_api, "/help")
    assert "Ask in plain words" in reply["text"]
    assert len(fake_api.sent("sendMessage", GROUP)) == 1


async def test_a_mention_in_any_case_is_answered_without_the_mention_in_the_question(
    fake_api, bot
):
    reply = await in_group(fake_api, f"@{fake_api.bot_username.upper()}, when is cmr porto?")
    assert "20 October 2022" in reply["text"]


async def test_a_mention_of_a_similarly_named_bot_is_not_for_us(fake_api, bot):
    quietly(fake_api, f"@{fake_api.bot_username}2 when is cmr porto?")
    await in_group(fake_api, f"@{fake_api.bot_username} when is cmr porto?")
    assert len(fake_api.sent("sendMessage", GROUP)) == 1
