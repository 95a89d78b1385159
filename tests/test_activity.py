"""Chats and questions noted in memory, written in batches."""

from __future__ import annotations

from datetime import timedelta

from bot import store as db
from bot.activity import ActivityLog
from tests.factories import at

NOW = at("2022-07-20T10:00:00+02:00")


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now


def test_nothing_is_written_before_a_flush_and_everything_after(store):
    clock = Clock()
    log = ActivityLog(store, clock)
    log.chat_seen(1, "private", "en")
    log.question("When is ECCP?", True)
    log.question("   ", False)
    with store.session() as s:
        assert db.get_chat(s, 1) is None
    log.flush()
    with store.session() as s:
        assert db.get_chat(s, 1).language == "en"
        assert db.question_counts(s, NOW - timedelta(days=1)) == (1, 0)


def test_a_known_chat_is_rewritten_only_every_ten_minutes(store):
    clock = Clock()
    log = ActivityLog(store, clock)
    log.chat_seen(1, "private", "en")
    log.flush()
    clock.now = NOW + timedelta(minutes=5)
    log.chat_seen(1, "private", "de")
    log.flush()
    with store.session() as s:
        assert db.get_chat(s, 1).language == "en"
    clock.now = NOW + timedelta(minutes=11)
    log.chat_seen(1, "private", "de")
    log.flush()
    with store.session() as s:
        chat = db.get_chat(s, 1)
    assert chat.language == "de"
    assert chat.last_seen == NOW + timedelta(minutes=11)


def test_talking_again_clears_blocked_but_a_forgotten_sighting_does_not(store):
    clock = Clock()
    log = ActivityLog(store, clock)
    log.chat_seen(1, "private", None)
    log.flush()
    with store.session() as s:
        db.mark_chat_blocked(s, 1, NOW)
    clock.now = NOW + timedelta(minutes=20)
    log.chat_seen(1, "private", None)
    log.forget(1)
    log.flush()
    with store.session() as s:
        assert db.get_chat(s, 1).blocked
