"""Claim, send, record: each message once, within Telegram's limits and errors."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from bot import store as db
from bot.delivery.deliverer import Deliverer, Delivery, Message, Outcome, RateLimiter, Result
from bot.reminders.targets import DeliveryKey, DeliveryStatus, ReminderKind
from tests.factories import at
from tests.recording import RecordingSender, VirtualTime

NOW = at("2022-07-22T18:00:00+02:00")


def deliveries(chats, item="cmr-call", version="v1"):
    return [
        Delivery(
            DeliveryKey(chat, item, ReminderKind.DEADLINE, 604800, version),
            NOW,
            Message(chat, f"reminder for {chat}"),
        )
        for chat in chats
    ]


@pytest.fixture
def time() -> VirtualTime:
    return VirtualTime(NOW)


def deliverer(database, sender, time, per_second=None, per_chat=0.0, retries=3):
    limiter = RateLimiter(per_second, per_chat, monotonic=time.monotonic, sleep=time.sleep)
    return Deliverer(
        database, sender, limiter, claimer="test", clock=time.now, sleep=time.sleep,
        max_retries=retries, workers=4,
    )  # fmt: skip


def known_chats(database, chats):
    with database.session() as s:
        for chat in chats:
            db.record_chat(s, chat, chat_type="private", language=None, now=NOW)


def statuses(database, keys):
    with database.session() as s:
        return [db.get_delivery(s, d.key).status for d in keys]


async def test_each_message_is_sent_once_and_recorded_sent(store, time):
    sender = RecordingSender(time)
    batch = deliveries(range(1, 121))
    report = await deliverer(store, sender, time).deliver(batch)
    assert report.sent == 120
    assert len(sender.sent) == 120
    assert set(statuses(store, batch)) == {DeliveryStatus.SENT}


async def test_delivering_the_same_keys_again_sends_nothing(store, time):
    sender = RecordingSender(time)
    batch = deliveries(range(1, 11))
    await deliverer(store, sender, time).deliver(batch)
    again = await deliverer(store, sender, time).deliver(batch)
    assert again.already_claimed == 10
    assert again.sent == 0
    assert len(sender.sent) == 10


async def test_a_429_waits_retry_after_then_sends_once(store, time):
    sender = RecordingSender(time)
    sender.script(7, Outcome(Result.RETRY_AFTER, retry_after_s=3.0))
    report = await deliverer(store, sender, time).deliver(deliveries([7]))
    assert report.sent == 1
    assert sender.texts_for(7) == ["reminder for 7"]
    assert 3.0 in time.slept


async def test_a_403_marks_the_chat_blocked_and_the_delivery_blocked(store, time):
    known_chats(store, [5])
    sender = RecordingSender(time)
    sender.script(5, Outcome(Result.BLOCKED, error="bot was blocked by the user"))
    batch = deliveries([5])
    report = await deliverer(store, sender, time).deliver(batch)
    assert report.blocked == 1
    assert statuses(store, batch) == [DeliveryStatus.BLOCKED]
    with store.session() as s:
        assert db.get_chat(s, 5).blocked


async def test_network_errors_are_retried_with_backoff(store, time):
    sender = RecordingSender(time)
    sender.script(
        3, Outcome(Result.TRANSIENT, error="502"), Outcome(Result.TRANSIENT, error="502")
    )
    report = await deliverer(store, sender, time).deliver(deliveries([3]))
    assert report.sent == 1
    assert len(sender.attempts) == 3
    assert time.slept[:2] == [1.0, 2.0]


async def test_a_message_that_keeps_failing_waits_in_the_ledger_and_is_sent_later(store, time):
    sender = RecordingSender(time)
    sender.script(3, *[Outcome(Result.TRANSIENT, error="502")] * 3)
    batch = deliveries([3])
    worker = deliverer(store, sender, time, retries=2)
    report = await worker.deliver(batch)
    assert (report.retrying, report.failed, len(sender.attempts)) == (1, 0, 3)
    with store.session() as s:
        record = db.get_delivery(s, batch[0].key)
    assert record.status is DeliveryStatus.PENDING
    assert "502" in record.last_error
    assert record.next_attempt_at > time.now()
    time.elapsed += 60
    assert (await worker.drain()).sent == 1
    assert statuses(store, batch) == [DeliveryStatus.SENT]


async def test_a_reminder_not_sent_before_its_deadline_is_expired_not_sent(store, time):
    sender = RecordingSender(time)
    sender.script(3, *[Outcome(Result.TRANSIENT, error="502")] * 3)
    deadline = NOW + timedelta(seconds=30)
    batch = [replace(d, expires_at=deadline) for d in deliveries([3])]
    worker = deliverer(store, sender, time, retries=2)
    await worker.deliver(batch)
    time.elapsed += 60
    report = await worker.drain()
    assert (report.expired, len(sender.sent)) == (0, 0), "expired before it was taken again"
    assert statuses(store, batch) == [DeliveryStatus.EXPIRED]


async def test_429_never_spends_a_message_it_pauses_and_sends_later(store, time):
    sender = RecordingSender(time)
    sender.script(3, *[Outcome(Result.RETRY_AFTER, 70.0)] * 20)
    report = await deliverer(store, sender, time, retries=0).deliver(deliveries([3, 4]))
    assert report.sent == 2
    assert time.elapsed >= 70 * 20


async def test_a_bad_request_is_not_retried(store, time):
    sender = RecordingSender(time)
    sender.script(3, Outcome(Result.PERMANENT, error="can't parse entities"))
    report = await deliverer(store, sender, time).deliver(deliveries([3]))
    assert report.failed == 1
    assert len(sender.attempts) == 1


async def test_the_global_rate_is_never_exceeded(time):
    limiter = RateLimiter(5.0, 0.0, monotonic=time.monotonic, sleep=time.sleep)
    moments = []
    for chat in range(20):
        await limiter.wait_turn(chat)
        moments.append(time.monotonic())
    assert moments[-1] - moments[0] >= 19 / 5.0 - 1e-9
    assert moments[-1] - moments[0] <= 19 / (5.0 * 0.95)
    assert all(b - a >= 0.2 - 1e-9 for a, b in zip(moments, moments[1:], strict=False))


async def test_one_chat_gets_at_most_one_message_a_second(time):
    limiter = RateLimiter(None, 1.0, monotonic=time.monotonic, sleep=time.sleep)
    moments = []
    for _ in range(3):
        await limiter.wait_turn(42)
        moments.append(time.monotonic())
    assert moments == [0.0, 1.0, 2.0]


async def test_many_chats_are_not_held_back_by_the_per_chat_interval(time):
    limiter = RateLimiter(None, 1.0, monotonic=time.monotonic, sleep=time.sleep)
    for chat in range(100):
        await limiter.wait_turn(chat)
    assert time.monotonic() == 0.0


def test_virtual_time_starts_at_the_given_moment(time):
    assert isinstance(time.now(), datetime)
    assert time.now() == NOW


class SlowSender(RecordingSender):
    """Holds every send until released, to stop a fan-out half-way."""

    def __init__(self, time):
        super().__init__(time)
        self.release = asyncio.Event()
        self.started = asyncio.Event()

    async def send(self, message):
        self.started.set()
        await self.release.wait()
        return await super().send(message)


async def test_stop_lets_in_flight_sends_finish_and_claims_nothing_new(store, time):
    sender = SlowSender(time)
    worker = deliverer(store, sender, time)
    fan_out = asyncio.create_task(worker.deliver(deliveries(range(1, 1001))))
    await sender.started.wait()
    stopping = asyncio.create_task(worker.stop(grace_s=5))
    sender.release.set()
    assert await stopping
    report = await fan_out
    assert report.sent == len(sender.sent) == 4, "only the sends in flight were finished"
    with store.session() as s:
        counts = db.delivery_counts(s)
    assert (counts[DeliveryStatus.CLAIMED], counts[DeliveryStatus.PENDING]) == (0, 996)
