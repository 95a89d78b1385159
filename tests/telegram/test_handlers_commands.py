"""Commands: the menu set at start-up, the welcome, lists and what comes next."""

from __future__ import annotations

from bot.telegram.profile import command_menu
from tests.conversation import buttons, said


async def test_the_menu_sent_at_start_up_is_the_command_list(fake_api, bot):
    call = next(c for c in fake_api.sent("setMyCommands") if "scope" not in c)
    expected = [{"command": c.command, "description": c.description} for c in command_menu()]
    assert call["commands"] == expected


async def test_start_welcomes_and_lists_the_commands(fake_api, bot):
    reply = await said(fake_api, 42, "/start")
    assert reply["text"].startswith("Hello!")
    assert "/events /calls /briefs /next" in reply["text"]


async def test_next_is_the_nearest_event_or_deadline(fake_api, bot):
    reply = await said(fake_api, 42, "/next")
    assert "Clusters meet Regions workshops" in reply["text"]
    assert "29 July 2022, 18:00 CEST" in reply["text"]
    assert "Add to calendar" in [b["text"] for b in buttons(reply)]


async def test_calls_lists_the_open_call_with_a_button_to_open_it(fake_api, bot):
    reply = await said(fake_api, 42, "/calls")
    assert reply["text"].startswith("<b>Calls still open or to come</b> (page 1 of 1)")
    assert [b["callback_data"] for b in buttons(reply)] == ["show:clusters-meet-regions-eoi-2022"]


async def test_briefs_lists_the_published_briefs(fake_api, bot):
    reply = await said(fake_api, 42, "/briefs")
    assert "Policy brief: clusters driving the green and digital twin transitions" in reply["text"]


async def test_events_upcoming_first(fake_api, bot):
    reply = await said(fake_api, 42, "/events")
    lines = reply["text"].splitlines()[1:]
    assert [line.split(" (")[0] for line in lines] == [
        "• European Cluster Collaboration Platform Annual Conference 2022",
        "• Clusters meet Regions workshop: Porto",
        "• Clusters meet Regions workshop: Lodz",
    ]
