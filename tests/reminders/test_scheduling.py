"""The scheduler: one leader plans under one timer; reloads re-plan; a lost lease stops it."""

from __future__ import annotations

import os
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import store as db
from bot.answering.engine import Engine
from bot.delivery.deliverer import Deliverer, RateLimiter
from bot.knowledge.source import KnowledgeSource
from bot.reminders.rules import parse_duration
from bot.reminders.scheduling import Scheduler, slot_id
from bot.reminders.service import ReminderService
from bot.reminders.targets import Target, TargetKind
from tests.factories import at
from tests.recording import RecordingSender, VirtualTime

NOW = at("2022-07-01T09:00:00+02:00")
CALL = """
[[calls]]
id = "cmr-call"
title = "Clusters meet Regions call"
deadline = {deadline}
url = "https://example.org/cmr"
"""


def write(folder, deadline="2022-07-29T18:00:00+02:00", extra=""):
    path = folder / "calls.toml"
    path.write_text(CALL.format(deadline=deadline) + extra, encoding="utf-8")
    stamp = path.stat().st_mtime + 10
    os.utime(path, (stamp, stamp))  # a visible change without waiting


def make(database, source, time, instance):
    sender = RecordingSender(time)
    limiter = RateLimiter(None, 0.0, monotonic=time.monotonic, sleep=time.sleep)
    deliverer = Deliverer(
        database, sender, limiter, claimer=instance, clock=time.now, sleep=time.sleep
    )
    reminders = ReminderService(
        database, lambda: source.snapshot.knowledge, deliverer,
        call_offsets=[parse_duration(o) for o in ("7d", "1d", "1h")], event_offsets=[],
    )  # fmt: skip
    return Scheduler(reminders, source, database, clock=time.now, instance=instance), sender


@pytest.fixture
def folder(tmp_path):
    write(tmp_path)
    return tmp_path


@pytest.fixture
def time():
    return VirtualTime(NOW)


@pytest.fixture
async def leader(store, folder, time):
    source = KnowledgeSource(folder, ZoneInfo("Europe/Brussels"), Engine)
    scheduler, sender = make(store, source, time, "instance-a")
    await scheduler.start(paused=True)
    yield scheduler, sender
    await scheduler.stop()


def slot_jobs(scheduler):
    return [(slot.due_at, slot_id(slot)) for slot in scheduler.planned()]


async def test_the_leader_plans_every_slot_under_one_timer_at_the_first_due_time(leader):
    scheduler, _ = leader
    assert scheduler.leader
    deadline = at("2022-07-29T18:00:00+02:00")
    expected = [  # the whole offset menu, so any follower's choice has its slot
        deadline - timedelta(days=14),
        deadline - timedelta(days=7),
        deadline - timedelta(days=3),
        deadline - timedelta(days=1),
        deadline - timedelta(hours=1),
    ]
    assert [moment for moment, _ in slot_jobs(scheduler)] == expected
    assert scheduler.next_run() == expected[0]
    assert [job.id for job in scheduler.aps.get_jobs() if job.id == "next-slot"] == ["next-slot"]


async def test_a_second_instance_does_not_schedule_while_the_first_leads(
    leader, store, folder, time
):
    source = KnowledgeSource(folder, ZoneInfo("Europe/Brussels"), Engine)
    other, _ = make(store, source, time, "instance-b")
    await other.start(paused=True)
    try:
        assert not other.leader
        assert slot_jobs(other) == []
    finally:
        await other.stop()


async def test_the_other_instance_takes_over_when_the_leader_stops(leader, store, folder, time):
    scheduler, _ = leader
    source = KnowledgeSource(folder, ZoneInfo("Europe/Brussels"), Engine)
    other, _ = make(store, source, time, "instance-b")
    await other.start(paused=True)
    try:
        await scheduler.stop()
        await other.renew_lease()
        await other._leading
        assert other.leader
        assert len(slot_jobs(other)) == 5
    finally:
        await other.stop()


async def test_a_job_fires_the_reminder_to_followers(leader, store, time):
    scheduler, sender = leader
    with store.session() as s:
        db.record_chat(s, 9, chat_type="private", language=None, now=NOW)
        db.add_subscription(s, 9, Target(TargetKind.ITEM, "cmr-call"), NOW)
    slot = next(s for s in scheduler.reminders.slots(NOW) if s.offset == timedelta(days=7))
    time.elapsed = (slot.due_at - NOW).total_seconds()
    assert not scheduler.holds_lease(), "weeks later the lease must have been renewed"
    await scheduler.renew_lease()
    await scheduler.fire_due()
    assert "closes in 7 days" in sender.texts_for(9)[0]
    assert [due for due, _ in slot_jobs(scheduler)][0] > slot.due_at
    assert scheduler.next_run() == scheduler.planned()[0].due_at


async def test_an_edited_deadline_is_reloaded_and_re_planned(leader, folder):
    scheduler, _ = leader
    before = slot_jobs(scheduler)
    write(folder, deadline="2022-08-05T18:00:00+02:00")
    await scheduler.watch()
    after = slot_jobs(scheduler)
    assert len(after) == 5
    assert {i for _, i in after}.isdisjoint({i for _, i in before})


async def test_a_broken_edit_keeps_the_last_good_knowledge_and_plan(leader, folder):
    scheduler, _ = leader
    before = slot_jobs(scheduler)
    write(folder, deadline='"next friday"')
    result = await scheduler.reload()
    assert not result.ok
    assert "deadline" in str(result.problems[0])
    assert scheduler.source.snapshot.knowledge.get("cmr-call") is not None
    assert slot_jobs(scheduler) == before


async def test_a_reminder_due_while_its_item_is_briefly_missing_is_sent_at_the_next_plan(
    leader, store, folder, time
):
    scheduler, sender = leader
    with store.session() as s:
        db.record_chat(s, 9, chat_type="private", language=None, now=NOW)
        db.add_subscription(s, 9, Target(TargetKind.ITEM, "cmr-call"), NOW)
    slot = next(s for s in scheduler.planned() if s.offset == timedelta(days=7))
    (folder / "calls.toml").rename(folder / "moving.toml.part")  # mid-edit: the item is gone
    (folder / "other.toml").write_text(
        CALL.replace("cmr-call", "other-call").format(deadline="2022-09-30T18:00:00+02:00"),
        encoding="utf-8",
    )
    time.elapsed = (slot.due_at - NOW).total_seconds() + 60
    await scheduler.renew_lease()
    await scheduler.reload()
    await scheduler.fire_due()
    assert sender.texts_for(9) == []
    (folder / "moving.toml.part").rename(folder / "calls.toml")
    await scheduler.reload()  # the item is back: the next plan sends its reminder
    await scheduler.fire_due()
    assert len(sender.texts_for(9)) == 1
    assert "closes in 7 days" in sender.texts_for(9)[0]


async def test_a_failing_scheduler_task_is_logged_and_fails_health(leader, caplog):
    scheduler, _ = leader

    def broken(now):
        raise OverflowError("date value out of range")

    scheduler.reminders.slots = broken
    await scheduler._guarded("plan", scheduler.plan)()
    assert not scheduler.health.ok
    assert "scheduler task plan failed" in scheduler.health.problems[0]
    assert "OverflowError" in caplog.text
