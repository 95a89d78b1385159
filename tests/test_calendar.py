"""Calendar files: parsed back with icalendar, checked field by field."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from bot.calendar import feed, item_calendar
from tests.factories import at, brief, call, event, knowledge

STAMP = at("2022-07-20T10:00:00+02:00")
LISBON = ZoneInfo("Europe/Lisbon")


def only_event(data: bytes | None):
    assert data is not None
    (entry,) = Calendar.from_ical(data).walk("VEVENT")
    return entry


def test_a_timed_event_keeps_its_own_zone():
    porto = event(
        "cmr-porto",
        start=at("2022-10-20T09:00:00+01:00"),
        end=at("2022-10-20T17:00:00+01:00"),
        timezone=LISBON,
        location="Porto",
    )
    data = item_calendar(porto, STAMP)
    entry = only_event(data)
    assert entry.decoded("dtstart").tzinfo.key == "Europe/Lisbon"
    assert entry.decoded("dtstart").hour == 9
    assert entry.decoded("dtend").hour == 17
    assert entry["location"] == "Porto"
    assert b"DTSTART;TZID=Europe/Lisbon:20221020T090000" in data
    zones = [z["tzid"] for z in Calendar.from_ical(data).walk("VTIMEZONE")]
    assert zones == ["Europe/Lisbon"], "the zone is described in the file"


def test_an_event_given_as_dates_is_all_day_with_an_exclusive_end():
    conference = event("eccp", start=date(2022, 9, 26), end=date(2022, 9, 27))
    data = item_calendar(conference, STAMP)
    entry = only_event(data)
    assert entry.decoded("dtstart") == date(2022, 9, 26)
    assert entry.decoded("dtend") == date(2022, 9, 28)
    assert b"DTSTART;VALUE=DATE:20220926" in data


def test_a_one_day_event_lasts_that_day():
    entry = only_event(item_calendar(event("lodz", start=date(2022, 11, 17)), STAMP))
    assert entry.decoded("dtend") - entry.decoded("dtstart") == timedelta(days=1)


def test_a_call_is_its_deadline_with_an_alarm_a_day_before():
    cmr = call("cmr-call", "CmR call", deadline=at("2022-07-29T18:00:00+02:00"))
    entry = only_event(item_calendar(cmr, STAMP))
    assert entry["summary"] == "Deadline: CmR call"
    start = entry.decoded("dtstart")
    assert (start.tzinfo.key, start.hour) == ("Europe/Brussels", 18)
    (alarm,) = entry.walk("VALARM")
    assert alarm["action"] == "DISPLAY"
    assert alarm.decoded("trigger") == timedelta(days=-1)


def test_a_call_due_on_a_date_closes_at_the_end_of_that_day():
    entry = only_event(item_calendar(call(deadline=date(2022, 7, 29)), STAMP))
    assert entry.decoded("dtstart").strftime("%Y-%m-%d %H:%M") == "2022-07-29 23:59"


def test_links_and_summary_travel_in_the_entry():
    item = event(url="https://example.org/e", summary="Clusters & <regions>")
    entry = only_event(item_calendar(item, STAMP))
    assert entry["url"] == "https://example.org/e"
    assert entry["description"] == "Clusters & <regions>\n\nhttps://example.org/e"
    assert entry["uid"] == "an-event@eccp-bot"


def test_a_brief_has_no_calendar_entry():
    assert item_calendar(brief(), STAMP) is None


def test_the_feed_holds_every_event_and_deadline_but_no_brief():
    data = feed(knowledge(event(), call(), brief()), STAMP)
    summaries = [str(e["summary"]) for e in Calendar.from_ical(data).walk("VEVENT")]
    assert summaries == ["An Event", "Deadline: A Call"]


def test_a_timed_event_given_in_another_offset_is_written_in_its_own_zones_local_time():
    porto = event(
        "cmr-porto",
        start=at("2022-10-20T08:00:00+00:00"),
        end=at("2022-10-20T16:30:00+00:00"),
        timezone=LISBON,
    )
    entry = only_event(item_calendar(porto, STAMP))
    assert entry["dtstart"].params["TZID"] == "Europe/Lisbon"
    assert entry["dtend"].params["TZID"] == "Europe/Lisbon"
    assert entry.decoded("dtstart").replace(tzinfo=None).isoformat() == "2022-10-20T09:00:00"
    assert entry.decoded("dtend").replace(tzinfo=None).isoformat() == "2022-10-20T17:30:00"


def test_an_all_day_event_has_dates_not_times():
    entry = only_event(item_calendar(event(start=date(2022, 9, 26)), STAMP))
    assert type(entry.decoded("dtstart")) is date
    assert type(entry.decoded("dtend")) is date
    assert "TZID" not in entry["dtstart"].params


def test_a_call_keeps_its_zone_and_has_one_alarm_a_day_before():
    cmr = call("cmr-call", deadline=at("2022-07-29T16:00:00+00:00"), timezone=LISBON)
    entry = only_event(item_calendar(cmr, STAMP))
    assert entry["dtstart"].params["TZID"] == "Europe/Lisbon"
    assert entry.decoded("dtstart").replace(tzinfo=None).isoformat() == "2022-07-29T17:00:00"
    assert [a.decoded("trigger") for a in entry.walk("VALARM")] == [timedelta(days=-1)]


def test_the_stamp_is_written_in_utc():
    entry = only_event(item_calendar(event(), STAMP))
    assert entry.decoded("dtstamp") == STAMP
    assert entry.decoded("dtstamp").utcoffset() == timedelta(0)


@pytest.mark.parametrize("item", [event("cmr-porto"), call("cmr-call")], ids=["event", "call"])
def test_the_uid_is_the_item_id_at_eccp_bot_whenever_the_file_is_made(item):
    later = at("2023-01-01T00:00:00+00:00")
    uids = {str(only_event(item_calendar(item, stamp))["uid"]) for stamp in (STAMP, later)}
    assert uids == {f"{item.id}@eccp-bot"}


def test_the_feed_has_one_entry_per_event_and_call_and_a_timezone_for_each_zone():
    items = knowledge(
        event("porto", start=at("2022-10-20T09:00:00+01:00"), timezone=LISBON),
        event("prague", start=date(2022, 9, 26)),
        call("cmr-call", deadline=at("2022-07-29T18:00:00+02:00")),
        call("lisbon-call", deadline=date(2022, 8, 1), timezone=LISBON),
        brief("twin-brief"),
    )
    parsed = Calendar.from_ical(feed(items, STAMP))
    uids = [str(entry["uid"]) for entry in parsed.walk("VEVENT")]
    assert uids == [f"{i}@eccp-bot" for i in ("porto", "prague", "cmr-call", "lisbon-call")]
    assert {str(z["tzid"]) for z in parsed.walk("VTIMEZONE")} == {
        "Europe/Lisbon",
        "Europe/Brussels",
    }


def test_an_empty_knowledge_gives_an_empty_but_valid_feed():
    parsed = Calendar.from_ical(feed(knowledge(), STAMP))
    assert parsed["version"] == "2.0"
    assert parsed.walk("VEVENT") == []
