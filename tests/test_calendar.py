"""Calendar files: parsed back with icalendar and vobject, checked field by field and instant
by instant."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import vobject
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from bot.calendar import dated, feed, item_calendar
from bot.knowledge.dates import call_deadline
from bot.knowledge.items import Call
from tests.factories import at, brief, call, event, knowledge

ROOT = Path(__file__).resolve().parent.parent

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


# --- two parsers, every instant: what Google, Apple and Outlook would read ----------------------

ZONES = [
    "Europe/Brussels", "Europe/Lisbon", "Europe/London", "Europe/Dublin", "Europe/Helsinki",
    "America/New_York", "America/Santiago", "Australia/Sydney", "Australia/Lord_Howe",
    "Asia/Kolkata", "Asia/Tehran", "Pacific/Chatham", "UTC",
]  # fmt: skip
# Zones whose changes follow no yearly rule (Morocco's Ramadan pauses) are spelt out change
# by change, as RFC 5545 allows; icalendar reads them right, vobject (dateutil) does not.
IRREGULAR = ["Africa/Casablanca"]


def instants_by_icalendar(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    parsed = Calendar.from_ical(data)
    return {
        str(e["uid"]): (e.decoded("dtstart"), e.decoded("dtend")) for e in parsed.walk("VEVENT")
    }


def instants_by_vobject(data: bytes) -> dict[str, tuple[datetime, datetime]]:
    """vobject builds each zone from the file's own VTIMEZONE, not from the system's.

    It also keeps zones by TZID across files; cleared here, as a fresh app would start.
    """
    vars(vobject.icalendar)["__tzidMap"].clear()
    parsed = vobject.readOne(data.decode())
    return {
        e.uid.value: (e.dtstart.value, e.dtend.value) for e in getattr(parsed, "vevent_list", [])
    }


def utc_of(moment):
    return moment.astimezone(UTC) if isinstance(moment, datetime) else moment


def expected_instants(item):
    if isinstance(item, Call):
        deadline = call_deadline(item)
        return deadline, deadline + timedelta(minutes=30)
    return item.start, item.end or item.start


def test_vobject_reads_brussels_in_summer_as_plus_two_like_icalendar():
    cmr = call("cmr-call", deadline=at("2022-07-29T18:00:00+02:00"))
    data = feed(knowledge(cmr), STAMP)
    start, _ = instants_by_vobject(data)["cmr-call@eccp-bot"]
    assert start.utcoffset() == timedelta(hours=2)
    assert utc_of(start) == at("2022-07-29T16:00:00+00:00")


def test_zones_are_rules_that_do_not_stop_in_2038():
    late = event("late", start=at("2041-07-01T10:00:00+02:00"))
    data = feed(knowledge(late), STAMP)
    assert b"2038" not in data
    assert b"RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in data
    (start, _) = instants_by_vobject(data)["late@eccp-bot"]
    assert utc_of(start) == at("2041-07-01T08:00:00+00:00")


@pytest.mark.parametrize("zone", IRREGULAR)
def test_an_irregular_zone_is_spelt_out_and_read_right_by_icalendar(zone):
    tz = ZoneInfo(zone)
    items = [call(f"c{n}", deadline=date(2021 + n, 3, 15), timezone=tz) for n in range(8)]
    by_icalendar = instants_by_icalendar(feed(knowledge(*items), STAMP))
    for item in items:
        start, _ = by_icalendar[f"{item.id}@eccp-bot"]
        assert utc_of(start) == call_deadline(item).astimezone(UTC)


def test_a_zone_with_a_rule_is_the_same_block_whatever_years_a_file_needs():
    def zone_block(day):
        data = feed(knowledge(call(deadline=day, timezone=LISBON)), STAMP)
        return data[data.index(b"BEGIN:VTIMEZONE") : data.index(b"END:VTIMEZONE")]

    assert zone_block(date(2022, 7, 29)) == zone_block(date(2044, 1, 5))


@settings(max_examples=40)
@given(
    zone=st.sampled_from(ZONES),
    day=st.dates(date(2020, 1, 1), date(2045, 12, 31)),
    minutes=st.integers(0, 24 * 60 - 1),
    hours=st.integers(1, 30),
    deadline_day=st.dates(date(2020, 1, 1), date(2045, 12, 31)),
)
def test_icalendar_and_vobject_agree_on_every_instant_in_any_zone_and_year(
    zone, day, minutes, hours, deadline_day
):
    tz = ZoneInfo(zone)
    start = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(minutes=minutes)
    items = knowledge(
        event(
            "timed", start=start.astimezone(tz), end=start + timedelta(hours=hours), timezone=tz
        ),
        call("dated", deadline=deadline_day, timezone=tz),
        call("timed-call", deadline=start.astimezone(tz), timezone=tz),
    )
    data = feed(items, STAMP)
    by_icalendar, by_vobject = instants_by_icalendar(data), instants_by_vobject(data)
    for item in items.items:
        want = tuple(utc_of(m) for m in expected_instants(item))
        uid = f"{item.id}@eccp-bot"
        assert tuple(utc_of(m) for m in by_icalendar[uid]) == want, uid
        assert tuple(utc_of(m) for m in by_vobject[uid]) == want, uid


def test_the_shipped_knowledge_reads_alike_in_both_parsers_and_counts_match(tmp_path):
    from bot.knowledge.parse import parse_knowledge
    from bot.knowledge.source import read_sources

    shipped = parse_knowledge(read_sources(ROOT / "knowledge"), ZoneInfo("Europe/Brussels"))
    data = feed(shipped, STAMP)
    by_icalendar, by_vobject = instants_by_icalendar(data), instants_by_vobject(data)
    assert len(by_icalendar) == len(dated(shipped)) == len(by_vobject)
    for uid, (start, end) in by_icalendar.items():
        assert (utc_of(start), utc_of(end)) == tuple(utc_of(m) for m in by_vobject[uid])


def test_export_ics_says_how_many_entries_it_wrote_and_why_briefs_are_not_among_them(tmp_path):
    out = tmp_path / "all.ics"
    done = subprocess.run(
        [sys.executable, "main.py", "export", "ics", str(out)], cwd=ROOT,
        capture_output=True, text=True, timeout=60,
        env={k: v for k, v in os.environ.items() if not k.startswith("KNOWLEDGE")},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    written = len(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert done.stderr.strip() == (
        f"wrote {written} events and deadlines to {out} (1 brief(s) have no date and are left out)"
    )
