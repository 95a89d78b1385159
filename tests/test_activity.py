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


def test_one_lone_surrogate_never_loses_the_other_users_rows(store):
    log = ActivityLog(store, Clock())
    for chat in range(1, 21):
        log.chat_seen(chat, "private", "en")
        log.question(f"when is the conference {chat}?", True)
    log.question("what about \ud800 this?", False)  # a broken client's half emoji
    log.flush()
    with store.session() as s:
        assert all(db.get_chat(s, chat) is not None for chat in range(1, 21))
        assert db.question_counts(s, NOW - timedelta(days=1)) == (20, 1)
        assert db.top_unanswered(s, NOW - timedelta(days=1)) == [("what about ? this?", 1)]


def test_a_batch_the_database_refuses_is_written_row_by_row(store):
    log = ActivityLog(store, Clock())
    log.chat_seen(1, "private", "en")
    log.chat_seen(2, "x" * 100, "en")  # too long for chat_type on PostgreSQL; fine on SQLite
    log.question("hello", True)
    log.flush()
    with store.session() as s:
        assert db.get_chat(s, 1) is not None
        assert db.question_counts(s, NOW - timedelta(days=1)) == (1, 0)


def test_a_chat_forgotten_after_a_sighting_is_not_written_back(store):
    log = ActivityLog(store, Clock())
    log.chat_seen(7, "private", "en")  # the /stop message itself is a sighting
    log.forget(7)
    log.flush()
    with store.session() as s:
        assert db.get_chat(s, 7) is None


def test_questions_older_than_the_retention_are_deleted(store):
    clock = Clock()
    log = ActivityLog(store, clock, retention=timedelta(days=90))
    log.question("is jane.doe@example.org registered? call +32 2 123 45 67", False)
    log.flush()
    with store.session() as s:
        assert db.top_unanswered(s, NOW - timedelta(days=1)) == [
            ("is <e-mail> registered? call <number>", 1)
        ]
    clock.now = NOW + timedelta(days=89)
    assert log.purge() == 0
    clock.now = NOW + timedelta(days=91)
    assert log.purge() == 1
    with store.session() as s:
        assert db.top_unanswered(s, NOW - timedelta(days=1)) == []
