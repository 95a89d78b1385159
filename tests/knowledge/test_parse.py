"""Parsing and validating knowledge files: every rule of shared/knowledge-format.md."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.knowledge.items import AnyItem, Brief, Call, Event, EventKind, Translation
from bot.knowledge.parse import (
    KnowledgeError,
    Problem,
    parse_knowledge,
    parse_knowledge_report,
)
from bot.reminders.rules import live_slots

BRUSSELS = ZoneInfo("Europe/Brussels")
ROOT = Path(__file__).resolve().parents[2]
DEV_SET = ROOT.parent / "shared" / "qa" / "dev" / "knowledge"
SEED = ROOT / "knowledge"

REQUIRED = {
    "events": {"id": '"an-event"', "title": '"An event"', "start": "2022-09-26"},
    "calls": {"id": '"a-call"', "title": '"A call"', "deadline": "2022-07-29"},
    "briefs": {"id": '"a-brief"', "title": '"A brief"'},
}


def entry(table: str, **fields: str | None) -> str:
    """One TOML entry: the required fields, overridden (None removes one) or extended."""
    values = {**REQUIRED[table], **fields}
    lines = [f"{name} = {value}" for name, value in values.items() if value is not None]
    return "\n".join([f"[[{table}]]", *lines, ""])


def parse(*texts: str) -> tuple[AnyItem, ...]:
    """The items of these texts, as files one.toml, two.toml, ..."""
    return parse_knowledge(_named(texts), BRUSSELS).items


def problems(*texts: str) -> list[str]:
    """Every problem these texts have, as the editor reads them."""
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge(_named(texts), BRUSSELS)
    return [str(p) for p in caught.value.problems]


def _named(texts: tuple[str, ...]) -> list[tuple[str, str]]:
    names = ("one.toml", "two.toml", "three.toml")
    return list(zip(names, texts, strict=False))


def folder_sources(folder: Path) -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.toml"))]


# What loads, and how it is kept


def test_a_full_event_keeps_every_field_with_strings_stripped():
    text = entry(
        "events",
        title='"  ECCP Annual Conference  "',
        kind='"conference"',
        aliases='[" ECCP conference ", "ECCP 2022"]',
        end="2022-09-27",
        timezone='"Europe/Prague"',
        location='"Prague, Czechia"',
        registration_url='"https://clustercollaboration.eu/"',
        url='"http://example.org/page"',
        organiser='"ECCP"',
        summary='"The yearly gathering."',
        tags='["clusters"]',
    )
    (event,) = parse(text)
    assert event == Event(
        id="an-event",
        title="ECCP Annual Conference",
        kind=EventKind.CONFERENCE,
        aliases=("ECCP conference", "ECCP 2022"),
        start=date(2022, 9, 26),
        end=date(2022, 9, 27),
        timezone=ZoneInfo("Europe/Prague"),
        location="Prague, Czechia",
        registration_url="https://clustercollaboration.eu/",
        url="http://example.org/page",
        organiser="ECCP",
        summary="The yearly gathering.",
        tags=("clusters",),
        source="one.toml",
    )


def test_an_offset_datetime_is_kept_exactly_as_written():
    (call,) = parse(entry("calls", deadline="2022-07-29T18:00:00+02:00"))
    assert isinstance(call, Call)
    assert call.deadline == datetime(2022, 7, 29, 18, tzinfo=timezone(timedelta(hours=2)))
    assert isinstance(call.deadline, datetime)
    assert call.deadline.utcoffset() == timedelta(hours=2)


def test_a_missing_timezone_and_kind_take_their_defaults():
    (event,) = parse(entry("events"))
    assert event.timezone == BRUSSELS
    assert isinstance(event, Event)
    assert event.kind is EventKind.OTHER


def test_items_remember_their_file_and_keep_file_order():
    items = parse(entry("briefs", published="2022-05-10"), entry("events") + entry("calls"))
    assert [(type(i), i.source) for i in items] == [
        (Brief, "one.toml"),
        (Event, "two.toml"),
        (Call, "two.toml"),
    ]


def test_related_ids_may_point_into_another_file():
    items = parse(entry("events", related='["a-call"]'), entry("calls"))
    assert items[0].related == ("a-call",)


def test_an_empty_file_is_no_items():
    assert parse("# nothing yet\n") == ()


@pytest.mark.parametrize(
    ("table", "fields"),
    [
        ("events", {"end": "2022-09-26"}),
        ("events", {"start": "2022-06-30T10:00:00+02:00", "end": "2022-06-30"}),
        ("calls", {"opens": "2022-07-29", "deadline": "2022-07-29"}),
        ("calls", {"opens": "2022-07-29T18:00:00+02:00", "deadline": "2022-07-29"}),
    ],
)
def test_an_end_on_the_start_day_and_opening_on_deadline_day_are_fine(table, fields):
    assert len(parse(entry(table, **fields))) == 1


# Each rule, with the message it gives


@pytest.mark.parametrize(
    ("table", "fields", "expected"),
    [
        (
            "events",
            {"id": None},
            "events[1]: field 'id': missing; it is required, "
            'e.g. id = "eccp-annual-conference-2022"',
        ),
        (
            "events",
            {"title": None},
            "field 'title': missing; it is required, e.g. title = \"ECCP Annual Conference 2022\"",
        ),
        ("events", {"start": None}, "field 'start': missing; it is required, e.g. start = 2022"),
        ("calls", {"deadline": None}, "field 'deadline': missing; it is required, e.g. deadline"),
        (
            "events",
            {"id": '"ECCP Conference 2022"'},
            "field 'id': \"ECCP Conference 2022\" is not a valid id: use lowercase letters, "
            'digits and hyphens, e.g. "eccp-conference-2022"',
        ),
        ("events", {"id": "12"}, "field 'id': not text (12): write it in double quotes"),
        (
            "events",
            {"kind": '"festival"'},
            "field 'kind': \"festival\" is not a kind: "
            "use one of conference, workshop, webinar, meeting, other",
        ),
        (
            "events",
            {"start": "2022-09-26T10:00:00"},
            "field 'start': a datetime without offset (2022-09-26T10:00:00): add the UTC offset, "
            "e.g. 2022-09-26T10:00:00+02:00 in Europe/Brussels, or write only the date",
        ),
        (
            "events",
            {"end": "10:00:00"},
            "field 'end': a time of day without a date (10:00:00): "
            "write e.g. 2022-09-26T10:00:00+02:00",
        ),
        (
            "calls",
            {"deadline": '"2022-07-29"'},
            "field 'deadline': text in quotes (\"2022-07-29\"), "
            "not a date or an offset datetime: write 2022-07-29",
        ),
        (
            "calls",
            {"deadline": '"2022-13-01"'},
            "calls[1] 'a-call': field 'deadline': "
            'not a date or an offset datetime ("2022-13-01"): '
            "write e.g. 2022-09-26 or 2022-09-26T10:00:00+02:00, without quotes",
        ),
        (
            "calls",
            {"opens": "true"},
            "field 'opens': not a date or an offset datetime (true)",
        ),
        (
            "briefs",
            {"published": "2022-05-10T09:00:00+02:00"},
            "field 'published': a datetime (2022-05-10T09:00:00+02:00): "
            "write only the date, 2022-05-10",
        ),
        (
            "events",
            {"start": "2022-09-27", "end": "2022-09-26"},
            "field 'end': before the start (2022-09-26 < 2022-09-27)",
        ),
        (
            "calls",
            {"opens": "2022-08-01", "deadline": "2022-07-29T18:00:00+02:00"},
            "field 'opens': after the deadline (2022-08-01 > 2022-07-29T18:00:00+02:00)",
        ),
        (
            "events",
            {"timezone": '"Europe/Prag"'},
            "field 'timezone': unknown timezone \"Europe/Prag\": use an IANA name such as "
            '"Europe/Brussels"; did you mean "Europe/Prague"?',
        ),
        ("calls", {"timezone": '"CEST"'}, "field 'timezone': unknown timezone \"CEST\""),
        (
            "events",
            {"url": '"www.clustercollaboration.eu"'},
            "field 'url': not a web address (\"www.clustercollaboration.eu\"): "
            "write it in full, starting with https://",
        ),
        ("events", {"registration_url": '"ftp://x.org/f"'}, "field 'registration_url': not a web"),
        ("briefs", {"url": '"https://"'}, "field 'url': not a web address"),
        ("calls", {"url": '"https://x.org/a page"'}, "field 'url': not a web address"),
        ("events", {"aliases": '"ECCP"'}, "field 'aliases': not a list: write [\"ECCP\"]"),
        ("calls", {"tags": "3"}, 'field \'tags\': not a list (3): write ["first", "second"]'),
        (
            "briefs",
            {"tags": '["clusters", "  "]'},
            "field 'tags': entry 2 is empty: write some text, or remove the line",
        ),
        ("events", {"related": "[1]"}, "field 'related': entry 1 is not text (1)"),
        (
            "events",
            {"title": '"   "'},
            "field 'title': empty: write some text, or remove the line",
        ),
        ("events", {"location": '""'}, "field 'location': empty"),
        ("calls", {"organiser": "[]"}, "field 'organiser': not text (a list)"),
        ("briefs", {"summary": "2022-01-01"}, "field 'summary': not text (2022-01-01)"),
    ],
)
def test_a_broken_field_is_refused_with_a_message_that_says_what_to_write(table, fields, expected):
    found = problems(entry(table, **fields))
    assert len(found) == 1, found
    assert expected in found[0]
    assert found[0].startswith(f"one.toml: {table}[1]")


def test_a_problem_reads_file_item_field_and_message():
    problem = Problem("calls.toml", "calls[2] 'my-call-id'", "deadline", "bad")
    assert str(problem) == "calls.toml: calls[2] 'my-call-id': field 'deadline': bad"
    assert str(Problem("calls.toml", None, None, "bad")) == "calls.toml: bad"


def test_items_are_counted_from_one_within_their_table():
    text = entry("events", id='"first"') + entry("calls") + entry("events", id='"x"', start='""')
    assert problems(text) == [
        "one.toml: events[2] 'x': field 'start': not a date or an offset datetime (\"\"): "
        "write e.g. 2022-09-26 or 2022-09-26T10:00:00+02:00, without quotes"
    ]


def test_every_problem_in_every_file_is_reported_not_just_the_first():
    one = entry("events", id='"Bad"', start='"soon"') + entry("calls", deadline=None)
    two = entry("briefs", url='"nowhere"', published='"may"')
    found = problems(one, two)
    assert [p.split(": field ")[1].split("'")[1] for p in found] == [
        "id",
        "start",
        "deadline",
        "url",
        "published",
    ]
    assert [p.split(":")[0] for p in found] == ["one.toml"] * 3 + ["two.toml"] * 2


def test_knowledge_error_carries_problems_and_lists_them_in_its_message():
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge([("a.toml", entry("events", start=None, title=None))], BRUSSELS)
    error = caught.value
    assert [p.field for p in error.problems] == ["title", "start"]
    assert all(p.file == "a.toml" and p.item == "events[1] 'an-event'" for p in error.problems)
    assert str(error).splitlines()[0] == "2 problems in the knowledge files:"
    assert str(error).splitlines()[1:] == [f"  {p}" for p in error.problems]


def test_a_duplicate_id_across_files_names_both_places():
    found = problems(entry("events", id='"eccp-2022"'), entry("calls", id='"eccp-2022"'))
    assert found == [
        "two.toml: calls[1] 'eccp-2022': field 'id': "
        "duplicate id: already used by events[1] 'eccp-2022' in one.toml"
    ]


def test_a_duplicate_id_in_one_file_points_to_the_earlier_entry():
    found = problems(entry("events") + entry("events"))
    assert found == [
        "one.toml: events[2] 'an-event': field 'id': "
        "duplicate id: already used by events[1] 'an-event' in this file"
    ]


def test_a_related_id_must_exist_somewhere_and_a_near_miss_is_suggested():
    found = problems(entry("events", related='["a-cal", "nothing-like-it"]'), entry("calls"))
    assert found == [
        "one.toml: events[1] 'an-event': field 'related': "
        'no item has the id "a-cal"; did you mean "a-call"?',
        "one.toml: events[1] 'an-event': field 'related': no item has the id \"nothing-like-it\"",
    ]


def test_a_toml_syntax_error_reports_file_and_line():
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge(
            [("ok.toml", entry("events")), ("bad.toml", "[[calls]]\nid = \n")], BRUSSELS
        )
    (problem,) = caught.value.problems
    assert problem.line == 2
    assert str(problem) == "bad.toml: not valid TOML at line 2, column 6: Invalid value"


def test_a_syntax_error_elsewhere_does_not_make_related_ids_look_missing():
    found = problems(entry("events", related='["in-the-broken-file"]'), "[[calls]\n")
    assert len(found) == 1
    assert found[0].startswith("two.toml: not valid TOML at line 1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "[[event]]\nid = 'x'\n",
            "one.toml: unknown table 'event': the tables are [[events]], [[calls]] and "
            "[[briefs]]; did you mean [[events]]?",
        ),
        ("[settings]\nx = 1\n", "one.toml: unknown table 'settings': the tables are"),
        (
            'title = "stray"\n' + entry("events"),
            "one.toml: 'title' is outside any entry: "
            "move it below an [[events]], [[calls]] or [[briefs]] line",
        ),
        (
            "[events]\nid = 'x'\n",
            "one.toml: 'events' must be entries that each start with [[events]] (two brackets)",
        ),
        ("calls = 3\n", "one.toml: 'calls' must be entries that each start with [[calls]]"),
        ("briefs = [1]\n", "one.toml: briefs[1]: not a table: start each entry with [[briefs]]"),
    ],
)
def test_anything_but_the_three_tables_at_top_level_is_refused(text, expected):
    found = problems(text)
    assert len(found) == 1, found
    assert found[0].startswith(expected)


# Unknown fields: refused, with the closest known field


def test_unknown_fields_are_problems_with_the_closest_known_field():
    text = entry(
        "events",
        registraton_url='"https://x.org"',
        deadline="2022-07-29",
        colour='"blue"',
    )
    assert problems(text) == [
        "one.toml: events[1] 'an-event': field 'registraton_url': "
        'unknown field: did you mean "registration_url"?',
        "one.toml: events[1] 'an-event': field 'deadline': "
        "unknown field: it belongs in [[calls]], not [[events]]",
        "one.toml: events[1] 'an-event': field 'colour': "
        "unknown field: not in the knowledge format",
    ]


@pytest.mark.parametrize(
    ("table", "typo", "meant"),
    [
        ("events", "registraton_url", "registration_url"),
        ("events", "locaton", "location"),
        ("calls", "deadlin", "deadline"),
        ("calls", "Summary", "summary"),
        ("briefs", "publshed", "published"),
        ("briefs", "tag", "tags"),
    ],
)
def test_a_misspelt_field_refuses_the_item_and_names_the_field_meant(table, typo, meant):
    (found,) = problems(entry(table, **{typo: '"x"'}))
    assert found.endswith(f"field '{typo}': unknown field: did you mean \"{meant}\"?")


# Offsets against the item's zone


def test_an_offset_that_contradicts_the_items_zone_is_refused_with_the_right_one():
    text = entry("calls", deadline="2022-11-15T18:00:00+02:00", timezone='"Europe/Brussels"')
    assert problems(text) == [
        "one.toml: calls[1] 'a-call': field 'deadline': the offset +02:00 contradicts "
        'timezone "Europe/Brussels", which is +01:00 on 2022-11-15: '
        "write 2022-11-15T18:00:00+01:00, or fix the timezone"
    ]


@pytest.mark.parametrize(
    ("field", "value", "zone"),
    [
        ("start", "2022-06-30T10:00:00+02:00", "Europe/Brussels"),
        ("start", "2022-12-30T10:00:00+01:00", "Europe/Brussels"),
        ("start", "2022-09-26T09:00:00+02:00", "Europe/Prague"),
        ("start", "2022-09-26T09:00:00Z", "UTC"),
        ("start", "2022-09-26T09:00:00+05:30", "Asia/Kolkata"),
    ],
)
def test_offsets_that_agree_with_the_zone_load(field, value, zone):
    (item,) = parse(entry("events", **{field: value}, timezone=f'"{zone}"'))
    assert isinstance(item, Event)


def test_both_ends_of_an_event_are_checked_against_its_zone():
    text = entry(
        "events",
        start="2022-06-30T10:00:00+02:00",
        end="2022-06-30T12:00:00+01:00",
        timezone='"Europe/Brussels"',
    )
    (found,) = problems(text)
    assert "field 'end': the offset +01:00 contradicts" in found


def test_a_utc_time_agrees_with_any_zone_because_it_names_the_instant_explicitly():
    text = entry("calls", deadline="2022-11-15T17:00:00Z", timezone='"Europe/Brussels"')
    (item,) = parse(text)
    assert isinstance(item, Call)
    assert item.deadline.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("name", "value"),
    [("title_de", '"ECCP-Jahreskonferenz"'), ("aliases_fr", '["conférence ECCP"]'),
     ("summary_pl", '"Coroczna konferencja."')],
)  # fmt: skip
def test_translated_titles_aliases_and_summaries_load(name, value):
    (item,) = parse(entry("events", **{name: value}))
    assert isinstance(item, Event)


def test_translations_are_kept_on_the_item_one_per_language():
    text = entry(
        "events",
        title_de='"ECCP-Jahreskonferenz"',
        aliases_de='["ECCP-Konferenz"]',
        summary_pl='"Coroczna konferencja."',
    )
    (item,) = parse(text)
    assert item.translations == (
        Translation(language="de", title="ECCP-Jahreskonferenz", aliases=("ECCP-Konferenz",)),
        Translation(language="pl", summary="Coroczna konferencja."),
    )
    assert item.translated("pl") == item.translations[1]
    assert item.translated("fr") is None


def test_an_item_without_translations_has_none_and_stays_hashable():
    (item,) = parse(entry("events", title_de='"Veranstaltung"'))
    (plain,) = parse(entry("events"))
    assert plain.translations == ()
    assert len({item, plain}) == 2


@pytest.mark.parametrize(
    ("name", "value", "found"),
    [("title_de", "3", "field 'title_de': not text"), ("title_xx", '"x"', "unknown field"),
     ("location_de", '"Prag"', "unknown field")],
)  # fmt: skip
def test_a_translation_is_checked_like_its_original_and_only_known_ones_load(name, value, found):
    (problem,) = problems(entry("events", **{name: value}))
    assert found in problem


def test_an_offset_without_a_named_zone_is_taken_as_written():
    (item,) = parse(entry("calls", deadline="2022-11-15T18:00:00+02:00"))
    assert isinstance(item, Call)
    assert item.deadline.utcoffset() == timedelta(hours=2)


def test_clean_knowledge_has_no_warnings():
    report = parse_knowledge_report([("one.toml", entry("calls", opens="2022-06-01"))], BRUSSELS)
    assert report.warnings == ()


# Real folders


@pytest.mark.skipif(not DEV_SET.is_dir(), reason="the shared dev set is not beside the repo")
def test_the_dev_set_loads_with_29_items_and_no_warnings():
    report = parse_knowledge_report(folder_sources(DEV_SET), BRUSSELS)
    assert len(report.knowledge) == 29
    assert report.warnings == ()


def test_the_seed_knowledge_loads_cleanly_without_warnings():
    report = parse_knowledge_report(folder_sources(SEED), BRUSSELS)
    knowledge = report.knowledge
    assert report.warnings == ()
    assert {i.id for i in knowledge} >= {
        "eccp-annual-conference-2022",
        "clusters-meet-regions-eoi-2022",
        "policy-brief-clusters-twin-transition",
    }
    call = knowledge.get("clusters-meet-regions-eoi-2022")
    assert isinstance(call, Call)
    assert call.deadline == datetime(2022, 7, 29, 18, tzinfo=timezone(timedelta(hours=2)))
    assert call.timezone == BRUSSELS


def test_a_deadline_the_scheduler_cannot_represent_is_a_load_error_with_file_item_and_field():
    text = (
        '[[calls]]\nid = "far"\ntitle = "Far call"\ndeadline = 9999-12-31\n'
        'timezone = "America/New_York"\n'
    )
    with pytest.raises(KnowledgeError) as caught:
        parse_knowledge([("calls.toml", text)], ZoneInfo("Europe/Brussels"))
    (problem,) = caught.value.problems
    assert (problem.file, problem.field) == ("calls.toml", "deadline")
    assert "far" in str(problem)
    assert "too far in the past or future" in problem.message


@example(moment=date(9999, 12, 31), zone="America/New_York")
@example(moment=date(1, 1, 1), zone="Pacific/Kiritimati")
@given(
    moment=st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
    zone=st.sampled_from(["America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC"]),
)
def test_any_date_the_loader_accepts_the_scheduler_can_plan(moment, zone):
    text = (
        f'[[calls]]\nid = "c"\ntitle = "C"\ndeadline = {moment.isoformat()}\ntimezone = "{zone}"\n'
    )
    try:
        knowledge = parse_knowledge([("c.toml", text)], ZoneInfo("Europe/Brussels"))
    except KnowledgeError:
        return
    offsets = [timedelta(days=7), timedelta(days=1), timedelta(hours=1)]
    for now in (datetime(1, 1, 2, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)):
        for slot in live_slots(knowledge, offsets, [timedelta(days=1)], now):
            assert slot.due_at <= slot.moment


def test_tags_are_phrases_and_one_nobody_could_follow_is_refused_at_load():
    (item,) = parse(
        entry("calls", tags='["clusters meet regions", "Green Transition", "e-mobility"]')
    )
    assert item.tags == ("clusters meet regions", "Green Transition", "e-mobility")
    found = problems(entry("calls", tags='["clusters", "--", "' + "x" * 201 + '"]'))
    assert found == [
        "one.toml: calls[1] 'a-call': field 'tags': entry 2 is \"--\" has no letters or digits, "
        "so nobody could follow it"
    ]
    (too_long,) = problems(entry("calls", tags='["' + "x" * 201 + '"]'))
    assert too_long.endswith("entry 1 is longer than 200 characters (201): shorten it")


def test_an_id_longer_than_reminders_can_key_is_refused_at_load():
    (problem,) = problems(entry("calls", id='"' + "a" * 201 + '"'))
    assert "field 'id': longer than 200 characters (201)" in problem
