"""Buttons under answers: calendar files, deep links and zones chosen from a list."""

from __future__ import annotations

from datetime import date, timedelta

from icalendar import Calendar

from tests.conversation import button, buttons, pressed, said


async def calendar_file(fake_api, question):
    reply = await said(fake_api, 42, question)
    await pressed(fake_api, 42, button(reply, "Add to calendar")["callback_data"])
    (sent,) = await fake_api.wait_for("sendDocument", chat_id=42)
    assert sent["document"].file_name.endswith(".ics")
    (entry,) = Calendar.from_ical(sent["document"].data).walk("VEVENT")
    return entry


async def test_a_call_goes_into_the_calendar_at_its_deadline_with_an_alarm(fake_api, bot):
    entry = await calendar_file(fake_api, "cmr call deadline")
    start = entry.decoded("dtstart")
    assert (start.tzinfo.key, start.day, start.hour) == ("Europe/Brussels", 29, 18)
    (alarm,) = entry.walk("VALARM")
    assert alarm.decoded("trigger") == timedelta(days=-1)


async def test_an_all_day_event_goes_into_the_calendar_as_dates(fake_api, bot):
    entry = await calendar_file(fake_api, "when is the eccp conference 2022?")
    assert entry.decoded("dtstart") == date(2022, 9, 26)
    assert entry.decoded("dtend") == date(2022, 9, 28)


async def test_an_unknown_deep_link_gets_the_welcome(fake_api, bot):
    reply = await said(fake_api, 42, "/start item-no-such-thing")
    assert reply["text"].startswith("Hello!")
    assert "/events" in reply["text"]


async def test_a_zone_chosen_by_button_shows_answers_in_that_zone_too(fake_api, bot):
    reply = await said(fake_api, 42, "/settings")
    await pressed(fake_api, 42, button(reply, "Europe/Helsinki")["callback_data"])
    (edit,) = await fake_api.wait_for("editMessageText", chat_id=42)
    assert "Europe/Helsinki" in edit["text"]
    answer = await said(fake_api, 42, "when is cmr porto?")
    assert "Your time: 20 October 2022, 11:00 EEST" in answer["text"]


async def test_did_you_mean_answers_the_same_question_about_the_choice(fake_api, bot):
    reply = await said(fake_api, 42, "where is the clusters meet regions workshop?")
    choices = [b for b in buttons(reply) if b["text"].startswith("Did you mean")]
    lodz = next(b for b in choices if "Lodz" in b["text"])
    await pressed(fake_api, 42, lodz["callback_data"])
    await fake_api.wait_for("sendMessage", 2, chat_id=42)
    assert "Lodz, Poland" in fake_api.last_text(42)
