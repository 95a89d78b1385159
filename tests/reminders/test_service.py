"""Reminders end to end over a real store: on time, once, after moves and downtime."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import store as db
from bot.delivery.deliverer import Deliverer, Message, RateLimiter
from bot.delivery.messages import decode, encode
from bot.knowledge.items import Knowledge
from bot.reminders.rules import parse_duration
from bot.reminders.service import ReminderService
from bot.reminders.targets import DeliveryKey, DeliveryStatus, ReminderKind, Target, TargetKind
from bot.store.models import DeliveryRow
from tests.factories import at, call, event
from tests.recording import RecordingSender, VirtualTime

DEADLINE = at("2022-07-29T18:00:00+02:00")
CALL = call(
    "cmr-call", "Clusters meet Regions call", deadline=DEADLINE, url="https://example.org/cmr"
)
WORKSHOP = event("cmr-porto", "CmR Porto", at("2022-10-20T09:00:00+01:00"), kind="workshop")
OFFSETS = tuple(parse_duration(o) for o in ("7d", "1d", "1h"))
LONG_AGO = at("2022-06-01T00:00:00+02:00")


class Setup:
    """A service over a knowledge holder that tests can swap, with virtual time."""

    def __init__(self, database, knowledge):
        self.database = database
        self.knowledge = knowledge
        self.time = VirtualTime(LONG_AGO)
        self.sender = RecordingSender(self.time)
        limiter = RateLimiter(None, 0.0, monotonic=self.time.monotonic, sleep=self.time.sleep)
        deliverer = Deliverer(
            database, self.sender, limiter, claimer="instance-a", clock=self.time.now,
            sleep=self.time.sleep,
        )  # fmt: skip
        self.service = ReminderService(
            database, lambda: self.knowledge, deliverer,
            call_offsets=OFFSETS, event_offsets=(timedelta(days=1),),
        )  # fmt: skip

    def follow(self, chat, target, when=LONG_AGO, app_language=None, chosen_language=None):
        with self.database.session() as s:
            db.record_chat(s, chat, chat_type="private", language=app_language, now=when)
            if chosen_language is not None:
                db.set_chat_language(s, chat, chosen_language)
            db.add_subscription(s, chat, target, when)

    def ledger_texts(self):
        """The text stored in the ledger for each chat's message."""
        with self.database.session() as s:
            rows = s.execute(select(DeliveryRow.chat_id, DeliveryRow.payload)).all()
        return {chat: decode(chat, payload).text for chat, payload in rows}


@pytest.fixture
def setup(store):
    return Setup(store, Knowledge((CALL, WORKSHOP)))


def first_default(slots):
    """The first slot whose offset is a configured default (followers who chose none get it)."""
    return next(s for s in slots if s.offset in {timedelta(days=7), timedelta(days=1)})


async def test_each_offset_fires_once_at_its_time(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    setup.follow(2, Target(TargetKind.CATEGORY, "call"))
    for slot in setup.service.slots(LONG_AGO):
        await setup.service.fire(slot, slot.due_at)
        await setup.service.fire(slot, slot.due_at + timedelta(minutes=1))
    texts = setup.sender.texts_for(1)
    assert len(texts) == 3
    assert len(setup.sender.texts_for(2)) == 3
    assert "closes in 7 days" in texts[0]
    assert "closes in 1 hour" in texts[2]
    assert "29 July 2022, 18:00 CEST" in texts[0]


async def test_a_reminder_carries_the_apply_button(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    slot = first_default(s for s in setup.service.slots(LONG_AGO) if s.item_id == "cmr-call")
    await setup.service.fire(slot, slot.due_at)
    assert [(link.label, link.url) for link in setup.sender.sent[0].links] == [
        ("Apply", "https://example.org/cmr")
    ]


async def test_a_chat_following_by_two_targets_gets_one_reminder(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    setup.follow(1, Target(TargetKind.ALL))
    slot = first_default(setup.service.slots(LONG_AGO))
    await setup.service.fire(slot, slot.due_at)
    assert len(setup.sender.texts_for(1)) == 1


async def test_a_slot_is_not_sent_before_its_time(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    slot = first_default(setup.service.slots(LONG_AGO))
    await setup.service.fire(slot, slot.due_at - timedelta(seconds=1))
    assert setup.sender.sent == []


async def test_someone_who_subscribed_after_the_slot_is_not_sent_it(setup):
    slot = first_default(setup.service.slots(LONG_AGO))
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"), when=slot.due_at + timedelta(hours=1))
    await setup.service.fire(slot, slot.due_at + timedelta(hours=2))
    assert setup.sender.sent == []


async def test_a_moved_deadline_is_announced_once_and_reminders_follow_it(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    await setup.service.announce_changes(LONG_AGO)  # first start: remembers, announces nothing
    old_slots = setup.service.slots(LONG_AGO)
    moved = call("cmr-call", CALL.title, deadline=DEADLINE + timedelta(days=7), url=CALL.url)
    setup.knowledge = Knowledge((moved, WORKSHOP))
    await setup.service.announce_changes(LONG_AGO)
    await setup.service.announce_changes(LONG_AGO)
    (notice,) = setup.sender.texts_for(1)
    assert "has moved" in notice
    assert "5 August 2022" in notice
    assert "was 29 July 2022" in notice
    await setup.service.fire(first_default(old_slots), first_default(old_slots).due_at)
    assert len(setup.sender.texts_for(1)) == 1, "the old slot no longer matches the item"
    new_slot = first_default(setup.service.slots(LONG_AGO))
    await setup.service.fire(new_slot, new_slot.due_at)
    assert "5 August 2022" in setup.sender.texts_for(1)[1]


async def test_a_new_workshop_is_announced_once_to_workshop_followers(setup):
    setup.follow(1, Target(TargetKind.EVENT_KIND, "workshop"))
    setup.follow(2, Target(TargetKind.CATEGORY, "call"))
    await setup.service.announce_changes(LONG_AGO)
    lodz = event("cmr-lodz", "CmR Lodz", at("2022-11-17T09:00:00+01:00"), kind="workshop")
    setup.knowledge = Knowledge((CALL, WORKSHOP, lodz))
    await setup.service.announce_changes(LONG_AGO)
    await setup.service.announce_changes(LONG_AGO)
    assert setup.sender.texts_for(1) == ["New workshop: CmR Lodz, 17 November 2022, 09:00 CET."]
    assert setup.sender.texts_for(2) == []


async def test_after_downtime_only_the_latest_due_reminder_is_sent_with_the_true_time_left(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    back_up = DEADLINE - timedelta(minutes=30)
    await setup.service.start_up(back_up)
    (text,) = setup.sender.texts_for(1)
    assert "closes in 30 minutes" in text
    with setup.database.session() as s:
        counts = db.delivery_counts(s)
    assert counts[DeliveryStatus.SENT] == 1
    assert counts[DeliveryStatus.SKIPPED] == 2


async def test_reminders_missed_while_down_are_recorded_as_skipped(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    await setup.service.start_up(DEADLINE + timedelta(hours=2))
    assert setup.sender.sent == []
    with setup.database.session() as s:
        assert db.delivery_counts(s)[DeliveryStatus.SKIPPED] == 3


async def test_start_up_twice_sends_nothing_twice(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    await setup.service.start_up(DEADLINE - timedelta(minutes=30))
    await setup.service.start_up(DEADLINE - timedelta(minutes=20))
    assert len(setup.sender.texts_for(1)) == 1


async def test_claims_a_crashed_process_left_are_sent_once_its_lease_lapses(setup):
    key = DeliveryKey(1, "cmr-call", ReminderKind.DEADLINE, 3600, "2022-07-29T16:00Z")
    stored = encode(Message(1, "The call closes in 1 hour"))
    now = setup.time.now()
    with setup.database.session() as s:
        db.enqueue(s, [db.Queued(key, now, stored, DEADLINE)], now, "crashed")
        assert db.take_due(s, now, "crashed", now + timedelta(seconds=60), 10)
    await setup.service.deliverer.drain()
    assert setup.sender.sent == [], "the lease is still the crashed process's"
    setup.time.elapsed += 61
    await setup.service.deliverer.drain()
    assert setup.sender.texts_for(1) == ["The call closes in 1 hour"]
    with setup.database.session() as s:
        assert db.get_delivery(s, key).status is DeliveryStatus.SENT


async def test_a_slot_whose_item_is_missing_at_fire_time_is_not_dropped(setup):
    setup.follow(1, Target(TargetKind.ITEM, "cmr-call"))
    slot = next(s for s in setup.service.slots(LONG_AGO) if s.offset == timedelta(days=7))
    setup.knowledge = Knowledge((WORKSHOP,))
    assert await setup.service.fire(slot, slot.due_at) is None
    setup.knowledge = Knowledge((CALL, WORKSHOP))
    assert (await setup.service.fire(slot, slot.due_at + timedelta(minutes=5))).sent == 1


def follow_in_three_languages(setup):
    """Chat 1 chose nothing, chat 2 chose German, chat 3's Telegram app is Polish."""
    target = Target(TargetKind.ITEM, "cmr-call")
    setup.follow(1, target, app_language="en")
    setup.follow(2, target, app_language="en", chosen_language="de")
    setup.follow(3, target, app_language="pl-PL")


def test_each_follower_of_one_item_gets_the_reminder_in_their_own_language(setup):
    follow_in_three_languages(setup)
    slot = first_default(setup.service.slots(LONG_AGO))
    setup.service.queue(slot, slot.due_at)
    texts = setup.ledger_texts()
    assert texts[1].startswith("⏰ Reminder: Clusters meet Regions call closes in 7 days, on 29")
    assert texts[2].startswith("⏰ Erinnerung: Clusters meet Regions call endet in 7 Tagen, am")
    assert texts[3].startswith("⏰ Przypomnienie: termin Clusters meet Regions call upływa za 7")


async def test_a_moved_deadline_is_announced_in_each_followers_language(setup):
    follow_in_three_languages(setup)
    await setup.service.announce_changes(LONG_AGO)
    moved = call("cmr-call", CALL.title, deadline=DEADLINE + timedelta(days=7), url=CALL.url)
    setup.knowledge = Knowledge((moved, WORKSHOP))
    await setup.service.announce_changes(LONG_AGO)
    texts = setup.ledger_texts()
    assert "has moved: the deadline is now 5 August 2022" in texts[1]
    assert "wurde verschoben: Die Frist endet jetzt am 5. August 2022" in texts[2]
    assert "zmiana terminu, termin upływa teraz 5 sierpnia 2022" in texts[3]


def test_a_message_worded_again_after_a_crash_is_in_the_chats_language(setup):
    setup.follow(2, Target(TargetKind.ITEM, "cmr-call"), chosen_language="de")
    key = DeliveryKey(
        2,
        "cmr-call",
        ReminderKind.DEADLINE,
        86400,
        first_default(setup.service.slots(LONG_AGO)).version,
    )
    message = setup.service.recompose(key)
    assert message is not None
    assert message.text.startswith("⏰ Erinnerung: Clusters meet Regions call endet in ")
