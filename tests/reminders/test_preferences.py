"""Offsets chosen per chat and per subscription, and quiet hours, in the fan-out and as rules."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import store as db
from bot.knowledge.items import Knowledge
from bot.reminders.preferences import (
    OFFSET_MENU,
    QuietHours,
    from_mask,
    from_stored,
    in_menu,
    parse_quiet,
    release_time,
    to_mask,
    to_stored,
)
from bot.reminders.targets import DeliveryStatus, Target, TargetKind
from tests.factories import at, call
from tests.reminders.test_service import LONG_AGO, Setup

BRUSSELS = ZoneInfo("Europe/Brussels")
D, H = timedelta(days=1), timedelta(hours=1)
# Deadline at 18:00: the 3-day slot is due at 18:00, the 1-hour slot at 17:00 (Brussels).
DEADLINE = at("2022-07-29T18:00:00+02:00")
CALL = call("cmr-call", "Clusters meet Regions call", deadline=DEADLINE, tags=["clusters"])
NIGHT_CALL = call(
    "night-call", "A call closing at 03:00", deadline=at("2022-07-29T03:00:00+02:00")
)


@pytest.fixture
def setup(store):
    return Setup(store, Knowledge((CALL, NIGHT_CALL)))


def received(setup, chat):
    return len(setup.sender.texts_for(chat))


async def fire_all(setup, item_id="cmr-call"):
    for slot in setup.service.slots(LONG_AGO):
        if slot.item_id == item_id:
            await setup.service.fire(slot, slot.due_at)
    return setup.service.take_wakes()


async def test_each_follower_gets_the_offsets_they_chose(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))  # the defaults: 7d, 1d, 1h
    setup.follow(2, Target(TargetKind.ITEM, "cmr-call"))
    setup.follow(3, Target(TargetKind.TAG, "clusters"))
    with setup.database.session() as s:
        db.set_chat_offsets(s, 2, (3 * D,))
        db.set_chat_offsets(s, 3, (14 * D, H))
        for chat in (1, 2, 3):
            db.set_chat_quiet_hours(s, chat, None)
    await fire_all(setup)
    assert [received(setup, c) for c in (1, 2, 3)] == [3, 1, 2]
    assert "closes in 3 days" in setup.sender.texts_for(2)[0]


async def test_a_subscriptions_own_offsets_win_over_the_chats(setup):
    with setup.database.session() as s:
        db.record_chat(s, 1, chat_type="private", language=None, now=LONG_AGO)
        db.add_subscription(s, 1, Target(TargetKind.ITEM, "cmr-call"), LONG_AGO, (D,))
        db.set_chat_offsets(s, 1, (14 * D, 7 * D))
        db.set_chat_quiet_hours(s, 1, None)
    await fire_all(setup)
    (text,) = setup.sender.texts_for(1)
    assert "closes in 1 day" in text


async def test_quiet_hours_hold_a_reminder_until_the_morning_and_the_wake_sends_it(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    with setup.database.session() as s:
        db.set_chat_offsets(s, 1, (3 * D,))  # due at 18:00 Brussels
        db.set_chat_quiet_hours(s, 1, QuietHours(17, 9))
    wakes = await fire_all(setup)
    assert received(setup, 1) == 0
    ((slot, wake),) = wakes
    assert wake == at("2022-07-27T09:00:00+02:00")
    await setup.service.fire(slot, wake)
    await setup.service.fire(slot, wake + timedelta(minutes=1))  # a second wake: no double
    (text,) = setup.sender.texts_for(1)
    assert "closes in 2 days" in text


async def test_a_deadline_before_the_morning_is_not_held(setup):
    setup.follow(1, Target(TargetKind.ITEM, "night-call"))
    with setup.database.session() as s:
        db.set_chat_offsets(s, 1, (H,))  # due at 02:00 Brussels, deadline 03:00
    assert await fire_all(setup, "night-call") == []
    assert received(setup, 1) == 1


def test_quiet_hours_are_read_in_the_chats_zone():
    quiet = QuietHours(22, 8)
    lisbon_night = at("2022-07-20T23:30:00+01:00")
    far = at("2022-08-30T00:00:00+00:00")
    assert release_time(lisbon_night, far, ZoneInfo("Europe/Lisbon"), quiet) == at(
        "2022-07-21T08:00:00+01:00"
    )
    assert release_time(lisbon_night, far, ZoneInfo("America/New_York"), quiet) == lisbon_night
    assert release_time(lisbon_night, far, BRUSSELS, None) == lisbon_night


@pytest.mark.parametrize(
    ("text", "expected"),
    [("22-08", QuietHours(22, 8)), ("23:00-07:00", QuietHours(23, 7)), ("off", None),
     (None, QuietHours())],
)  # fmt: skip
def test_quiet_hours_are_read_from_words(text, expected):
    assert parse_quiet(text) == expected


@pytest.mark.parametrize("text", ["22", "25-08", "8-8", "night"])
def test_bad_quiet_hours_say_how_to_write_them(text):
    with pytest.raises(ValueError, match="quiet hours"):
        parse_quiet(text)


@given(st.sets(st.sampled_from(OFFSET_MENU), min_size=1))
def test_offsets_survive_masks_and_storage(chosen):
    offsets = in_menu(chosen)
    assert from_mask(to_mask(offsets)) == offsets
    assert from_stored(to_stored(offsets)) == offsets


def test_offsets_outside_the_menu_name_the_menu():
    with pytest.raises(ValueError, match="14 days, 7 days, 3 days, 1 day or 1 hour"):
        in_menu([2 * D])


async def test_after_downtime_each_follower_gets_the_latest_reminder_they_chose_once(setup):
    for chat in (1, 2, 3):
        setup.follow(chat, Target(TargetKind.ITEM, "cmr-call"))
    with setup.database.session() as s:
        db.set_chat_offsets(s, 2, (14 * D,))  # only 14 days: that one is the only one due
        db.set_chat_offsets(s, 3, (7 * D, 3 * D))
        for chat in (1, 2, 3):
            db.set_chat_quiet_hours(s, chat, None)
    back_up = DEADLINE - 2 * D  # down through the 14-, 7- and 3-day slots
    await setup.service.start_up(back_up)
    await setup.service.start_up(back_up + H)  # a second start sends nothing again
    texts = {chat: setup.sender.texts_for(chat) for chat in (1, 2, 3)}
    assert [len(t) for t in texts.values()] == [1, 1, 1]
    assert all("closes in 2 days" in t[0] for t in texts.values())
    with setup.database.session() as s:
        counts = db.delivery_counts(s)
    assert counts[DeliveryStatus.SENT] == 3
    assert counts[DeliveryStatus.SKIPPED] == 1  # chat 3's 7-day copy
