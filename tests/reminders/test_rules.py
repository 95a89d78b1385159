"""Pure reminder rules: durations, slots, catch-up, change detection."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.knowledge.items import Knowledge
from bot.reminders.rules import (
    SlotState,
    catch_up,
    detect_changes,
    format_offset,
    item_version,
    live_slots,
    parse_duration,
    slots_for,
    versions_of,
    wanted_by,
)
from bot.reminders.targets import ReminderKind
from tests.factories import at, brief, call, event

DAYS = (timedelta(days=7), timedelta(days=1), timedelta(hours=1))
DEADLINE = at("2022-07-29T18:00:00+02:00")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("14d", timedelta(days=14)), ("2h", timedelta(hours=2)), (" 30m ", timedelta(minutes=30))],
)
def test_durations_read_days_hours_and_minutes(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "7", "7 days", "0d", "-1h", "1w", "1.5h"])
def test_a_bad_duration_says_which_form_to_write(text):
    with pytest.raises(ValueError, match="like 14d, 2h or 30m"):
        parse_duration(text)


def test_offsets_are_worded_in_the_largest_whole_unit():
    assert [format_offset(o) for o in DAYS] == ["7 days", "1 day", "1 hour"]


def test_a_call_gets_one_slot_per_offset_before_its_deadline():
    slots = slots_for(call(deadline=DEADLINE), DAYS, ())
    assert [s.due_at for s in slots] == [DEADLINE - o for o in DAYS]
    assert {s.kind for s in slots} == {ReminderKind.DEADLINE}


def test_an_event_counts_down_to_its_start_and_a_brief_to_nothing():
    start = at("2022-09-26T00:00:00+02:00")
    (slot,) = slots_for(event(start=start), DAYS, (timedelta(days=1),))
    assert slot.kind is ReminderKind.START
    assert slot.due_at == start - timedelta(days=1)
    assert slots_for(brief(), DAYS, DAYS) == []


def test_slot_is_future_then_due_then_missed():
    (slot,) = slots_for(call(deadline=DEADLINE), (timedelta(days=1),), ())
    assert slot.state(DEADLINE - timedelta(days=2)) is SlotState.FUTURE
    assert slot.state(DEADLINE - timedelta(hours=3)) is SlotState.DUE
    assert slot.state(DEADLINE) is SlotState.MISSED


def test_live_slots_leave_out_items_already_past():
    knowledge = Knowledge(
        (call("old", deadline=DEADLINE), call("new", deadline=at("2023-01-31T18:00:00+01:00")))
    )
    slots = live_slots(knowledge, DAYS, (), now=at("2022-09-01T00:00:00+02:00"))
    assert {s.item_id for s in slots} == {"new"}


def test_catch_up_groups_the_overdue_slots_of_an_item_latest_first():
    slots = slots_for(call(deadline=DEADLINE), DAYS, ())
    (group,) = catch_up(slots, now=DEADLINE - timedelta(minutes=30))
    assert [s.offset for s in group] == [timedelta(hours=1), timedelta(days=1), timedelta(days=7)]


def test_a_reminder_due_before_someone_subscribed_is_not_theirs():
    (slot,) = slots_for(call(deadline=DEADLINE), (timedelta(days=7),), ())
    assert wanted_by(slot, subscribed_at=slot.due_at - timedelta(hours=1))
    assert not wanted_by(slot, subscribed_at=slot.due_at + timedelta(hours=1))


def test_version_changes_exactly_when_the_deadline_moves():
    before = call(deadline=DEADLINE)
    same_instant = call(deadline=at("2022-07-29T16:00:00+00:00"))
    later = call(deadline=at("2022-08-05T18:00:00+02:00"))
    assert item_version(before) == item_version(same_instant)
    assert item_version(before) != item_version(later)


def test_nothing_is_new_on_the_very_first_start():
    assert detect_changes({}, Knowledge((call(),))).new_items == ()


def test_new_items_and_moved_deadlines_are_detected():
    old = Knowledge((call("c", deadline=DEADLINE),))
    new = Knowledge(
        (call("c", deadline=at("2022-08-05T18:00:00+02:00")), event("w", kind="workshop"))
    )
    changes = detect_changes(versions_of(old), new)
    assert [i.id for i in changes.new_items] == ["w"]
    (move,) = changes.moved
    assert move.item.id == "c"
    assert move.before == DEADLINE
