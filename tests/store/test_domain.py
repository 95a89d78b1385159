"""The pure values the store keeps: targets, keys and zone names (bot/reminders/targets.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot.knowledge.items import Brief, Call, Event, EventKind
from bot.knowledge.tags import tag_key, tag_problem
from bot.reminders.targets import (
    DeliveryKey,
    ReminderKind,
    Target,
    TargetKind,
    check_zone_name,
    target_keys_for,
)
from bot.store import normalize_question

BRUSSELS = ZoneInfo("Europe/Brussels")
WORD = st.text(st.characters(blacklist_categories=("Z", "C")), min_size=1, max_size=50)


@pytest.mark.parametrize(
    ("target", "key"),
    [
        (
            Target(TargetKind.ITEM, "clusters-meet-regions-eoi-2022"),
            "item:clusters-meet-regions-eoi-2022",
        ),
        (Target(TargetKind.TAG, "clusters"), "tag:clusters"),
        (Target(TargetKind.CATEGORY, "call"), "category:call"),
        (Target(TargetKind.EVENT_KIND, "workshop"), "event_kind:workshop"),
        (Target(TargetKind.ALL), "all:"),
    ],
)
def test_targets_have_readable_keys(target: Target, key: str) -> None:
    assert target.key == key
    assert Target.parse(key) == target


def test_tags_and_choices_are_case_insensitive_but_item_ids_are_not() -> None:
    assert Target.parse("tag: Clusters ").key == "tag:clusters"
    assert Target.parse("category:CALL").key == "category:call"
    assert Target.parse("item:Mixed-Case").key == "item:Mixed-Case"


def test_a_string_kind_is_accepted() -> None:
    assert Target("tag", "x").kind is TargetKind.TAG  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("key", "message"),
    [
        ("colour:blue", "unknown target kind 'colour'; expected one of: item, tag, category"),
        ("clusters", "has no ':'"),
        ("tag:", "tag '': empty"),
        ("tag:--", "has no letters or digits"),
        ("tag:" + "x" * 201, "longer than 200 characters"),
        ("item:two words", "must be one word"),
        ("category:newsletter", "unknown category 'newsletter'; expected one of"),
        ("event_kind:other", "unknown event_kind 'other'"),
        ("all:items", "target 'all' takes no value"),
        ("item:" + "x" * 201, "at most 200 characters"),
    ],
)
def test_bad_target_keys_are_refused_with_the_reason(key: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Target.parse(key)


@given(kind=st.sampled_from([TargetKind.ITEM, TargetKind.TAG]), value=WORD)
def test_any_valid_target_survives_a_round_trip_through_its_key(
    kind: TargetKind, value: str
) -> None:
    assume(kind is TargetKind.ITEM or tag_problem(value) is None)
    target = Target(kind, value)
    assert Target.parse(target.key) == target


@given(st.text(max_size=60))
def test_any_followable_tag_phrase_keys_to_its_normal_form(phrase: str) -> None:
    assume(tag_problem(phrase) is None)
    target = Target(TargetKind.TAG, phrase)
    assert target.value == tag_key(phrase) == tag_key(target.value)
    assert Target.parse(target.key) == target


@pytest.mark.parametrize(
    "written", ["clusters meet regions", "Clusters-Meet  Regions", "#clusters_meet_regions"]
)
def test_a_tag_phrase_is_one_target_however_it_is_written(written: str) -> None:
    assert Target(TargetKind.TAG, written).key == "tag:clusters meet regions"


@given(st.text(max_size=400))
def test_normalised_questions_are_short_stable_and_tidy(text: str) -> None:
    once = normalize_question(text)
    assert normalize_question(once) == once
    assert len(once) <= 300
    assert once == once.strip()
    assert "  " not in once


def test_an_item_matches_its_id_tags_category_kind_and_all() -> None:
    event = Event(
        id="clusters-meet-regions-2025",
        title="Clusters meet regions",
        timezone=BRUSSELS,
        tags=("Clusters", "regions"),
        start=datetime(2025, 5, 1, 9, tzinfo=UTC),
        kind=EventKind.WORKSHOP,
    )
    assert target_keys_for(event) == {
        "all:",
        "item:clusters-meet-regions-2025",
        "category:event",
        "tag:clusters",
        "tag:regions",
        "event_kind:workshop",
    }


def test_calls_and_briefs_have_no_event_kind_target() -> None:
    call = Call(
        id="eoi", title="EOI", timezone=BRUSSELS, deadline=datetime(2025, 1, 1, tzinfo=UTC)
    )
    brief = Brief(id="paper", title="Paper", timezone=BRUSSELS)
    assert target_keys_for(call) == {"all:", "item:eoi", "category:call"}
    assert target_keys_for(brief) == {"all:", "item:paper", "category:brief"}


def test_zone_names_are_checked() -> None:
    assert check_zone_name("America/New_York") == "America/New_York"
    with pytest.raises(ValueError, match="unknown time zone 'Nowhere/Special'"):
        check_zone_name("Nowhere/Special")


def test_delivery_keys_accept_kind_names_and_check_lengths() -> None:
    key = DeliveryKey(1, "item", "moved", 0, "v")  # type: ignore[arg-type]
    assert key.reminder_kind is ReminderKind.MOVED
    with pytest.raises(ValueError, match="item_id"):
        DeliveryKey(1, "", ReminderKind.START, 0, "v")
    with pytest.raises(ValueError, match="item_version is longer than 128"):
        DeliveryKey(1, "item", ReminderKind.START, 0, "v" * 129)
