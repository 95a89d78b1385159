"""The fan-out sender against the fake Bot API over HTTP: every Telegram answer translated."""

from __future__ import annotations

import pytest

from bot import store as db
from bot.delivery.bot_api import BotApiSender
from bot.delivery.deliverer import Deliverer, Delivery, Message, RateLimiter, Result
from bot.knowledge.items import Link
from bot.reminders.targets import DeliveryKey, DeliveryStatus, ReminderKind, Target, TargetKind
from tests.factories import at
from tests.fake_bot_api import FakeBotApi
from tests.recording import VirtualTime

TOKEN = "123456:TEST-sender-token"
MESSAGE = Message(7, "Reminder: R&D <call> closes soon", (Link("Apply", "https://example.org/a"),))


@pytest.fixture
async def fake():
    async with FakeBotApi(token=TOKEN) as server:
        yield server


@pytest.fixture
async def sender(fake):
    async with BotApiSender(TOKEN, fake.base_url) as api:
        yield api


async def test_a_message_goes_out_as_escaped_html_with_link_buttons(fake, sender):
    outcome = await sender.send(MESSAGE)
    assert outcome.result is Result.SENT
    (sent,) = fake.sent("sendMessage")
    assert fake.last_text(7) == "Reminder: R&D <call> closes soon"
    assert sent["reply_markup"]["inline_keyboard"] == [
        [{"text": "Apply", "url": "https://example.org/a"}]
    ]


async def test_429_becomes_retry_after_with_telegrams_wait(fake, sender):
    fake.fail_next("sendMessage", status=429, retry_after=7)
    outcome = await sender.send(MESSAGE)
    assert outcome.result is Result.RETRY_AFTER
    assert outcome.retry_after_s == 7.0


async def test_403_means_the_user_blocked_the_bot(fake, sender):
    fake.block_chat(7)
    assert (await sender.send(MESSAGE)).result is Result.BLOCKED


async def test_a_chat_that_no_longer_exists_counts_as_blocked(fake, sender):
    fake.fail_next("sendMessage", status=400, description="Bad Request: chat not found")
    assert (await sender.send(MESSAGE)).result is Result.BLOCKED


async def test_other_bad_requests_are_permanent(fake, sender):
    fake.fail_next("sendMessage", status=400, description="Bad Request: can't parse entities")
    assert (await sender.send(MESSAGE)).result is Result.PERMANENT


async def test_a_proxy_error_page_is_transient(fake, sender):
    fake.fail_next("sendMessage", status=502)
    assert (await sender.send(MESSAGE)).result is Result.TRANSIENT


async def test_an_unreachable_server_is_transient_and_the_token_never_shows():
    async with BotApiSender(TOKEN, "http://127.0.0.1:9/bot") as api:
        outcome = await api.send(MESSAGE)
    assert outcome.result is Result.TRANSIENT
    assert TOKEN not in outcome.error


async def test_a_fan_out_through_429_and_502_delivers_each_message_once(fake, sender, store):
    time = VirtualTime(at("2022-07-22T18:00:00+02:00"))
    fake.fail_next("sendMessage", status=429, retry_after=2)
    fake.fail_next("sendMessage", status=502)
    limiter = RateLimiter(None, 0.0, monotonic=time.monotonic, sleep=time.sleep)
    deliverer = Deliverer(store, sender, limiter, claimer="t", clock=time.now, sleep=time.sleep)
    batch = [
        Delivery(
            DeliveryKey(chat, "c", ReminderKind.DEADLINE, 60, "v"), time.now(), Message(chat, "hi")
        )
        for chat in range(1, 21)
    ]
    report = await deliverer.deliver(batch)
    assert report.sent == 20
    assert sorted(int(p["chat_id"]) for p in fake.sent("sendMessage")) == list(range(1, 21))


async def test_a_revoked_token_is_kept_for_later_not_failed(fake, sender):
    fake.faults.outage("*", 401, 5)
    outcome = await sender.send(MESSAGE)
    assert outcome.result is Result.UNAUTHORIZED


async def test_a_group_that_became_a_supergroup_moves_with_its_subscriptions(fake, sender, store):
    time = VirtualTime(at("2022-07-22T18:00:00+02:00"))
    group, supergroup = -4001, -1004001
    with store.session() as s:
        db.record_chat(s, group, chat_type="group", language=None, now=time.now())
        db.add_subscription(s, group, Target(TargetKind.ITEM, "c"), time.now())
    fake.faults.migrate(group, supergroup)
    limiter = RateLimiter(None, 0.0, monotonic=time.monotonic, sleep=time.sleep)
    deliverer = Deliverer(store, sender, limiter, claimer="t", clock=time.now, sleep=time.sleep)
    key = DeliveryKey(group, "c", ReminderKind.DEADLINE, 60, "v")
    report = await deliverer.deliver([Delivery(key, time.now(), Message(group, "hi"))])
    assert report.sent == 1
    assert [int(p["chat_id"]) for p in fake.sent("sendMessage")] == [supergroup]
    with store.session() as s:
        assert [sub.chat_id for sub in db.list_subscriptions(s, supergroup)] == [supergroup]
        assert db.list_subscriptions(s, group) == []
        assert db.get_chat(s, group) is None
        assert db.get_chat(s, supergroup).chat_type == "group"
        moved = db.get_delivery(s, DeliveryKey(supergroup, "c", ReminderKind.DEADLINE, 60, "v"))
    assert moved is not None
    assert moved.status is DeliveryStatus.SENT
