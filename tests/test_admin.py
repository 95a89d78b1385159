"""Operators' tools: stats, unanswered questions, announcements sent once."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot import admin
from bot import store as db
from bot.delivery.deliverer import Deliverer, RateLimiter
from bot.knowledge.items import Knowledge
from bot.languages.speech import speaking
from bot.reminders.targets import Target, TargetKind
from tests.factories import at, call
from tests.recording import RecordingSender, VirtualTime

NOW = at("2022-07-22T12:00:00+02:00")


def chats(database, *ids, blocked=()):
    with database.session() as s:
        for chat in ids:
            db.record_chat(s, chat, chat_type="private", language="en", now=NOW)
        for chat in blocked:
            db.mark_chat_blocked(s, chat, NOW)


def test_only_listed_user_ids_are_admins():
    assert admin.is_admin(frozenset({42}), 42)
    assert not admin.is_admin(frozenset({42}), 43)
    assert not admin.is_admin(frozenset(), None)


def test_stats_count_users_subscriptions_and_this_weeks_questions(store):
    chats(store, 1, 2, 3, blocked=[3])
    with store.session() as s:
        db.add_subscription(s, 1, Target(TargetKind.ALL), NOW)
        db.record_question(s, "when is eccp?", True, NOW)
        db.record_question(s, "weather?", False, NOW)
        db.record_question(s, "old question", False, NOW - timedelta(days=8))
    numbers = admin.stats(store, Knowledge((call(),)), NOW)
    assert numbers == admin.Stats(3, 2, 1, 1, 1, 1)
    text = admin.format_stats(numbers)
    assert "Users: 3 (2 active, 1 blocked the bot)" in text
    assert "Questions this week: 2 (50% answered), 1 unanswered" in text


def test_unanswered_lists_the_most_asked_texts_with_counts(store):
    with store.session() as s:
        for text in ["Tourism brief?", "tourism brief?", "weather"]:
            db.record_question(s, text, False, NOW)
    lines = admin.unanswered(store, NOW).splitlines()
    assert lines[1:] == ["2× tourism brief?", "1× weather"]


def test_no_unanswered_questions_is_said_plainly(store):
    assert admin.unanswered(store, NOW) == "No unanswered questions this week."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  ", "Write the message after the command"),
        ("#clusters", "Write the message after the tag"),
        ("#-- hello", "tag '--': \"--\" has no letters or digits"),
    ],
)
def test_a_malformed_announcement_says_what_to_write(text, expected):
    assert admin.parse_announcement(text).startswith(expected)


def test_an_announcement_goes_to_everyone_or_to_a_tags_followers():
    everyone = admin.parse_announcement("New workshops announced!")
    tagged = admin.parse_announcement("#Clusters New workshops announced!")
    assert everyone.audience is None
    assert tagged.audience == Target(TargetKind.TAG, "clusters")
    assert tagged.text == "New workshops announced!"
    assert everyone.key != tagged.key


def test_an_announcement_reaches_a_multi_word_tag_written_with_hyphens():
    tagged = admin.parse_announcement("#Clusters-Meet-Regions New host regions chosen")
    assert tagged.audience == Target(TargetKind.TAG, "clusters meet regions")


async def test_send_twice_still_reaches_each_chat_once_and_skips_blocked_chats(store):
    chats(store, 1, 2, 3, blocked=[3])
    time = VirtualTime(NOW)
    sender = RecordingSender(time)
    limiter = RateLimiter(25.0, 1.0, monotonic=time.monotonic, sleep=time.sleep)
    deliverer = Deliverer(store, sender, limiter, claimer="t", clock=time.now, sleep=time.sleep)
    note = admin.parse_announcement("The call deadline moved to 5 August.")
    assert "to everyone (2 chats)" in admin.preview(store, note)
    await admin.send_announcement(deliverer, store, note, time.now)
    await admin.send_announcement(deliverer, store, note, time.now)
    assert sorted(m.chat_id for m in sender.sent) == [1, 2]


def test_stats_read_in_german_for_a_german_editor() -> None:
    with speaking("de"):
        text = admin.format_stats(admin.Stats(3, 2, 1, 3, 1, 7))
    assert text == (
        "Nutzer: 3 (2 aktiv, 1 haben den Bot blockiert)\n"
        "Aktive Abonnements: 1\n"
        "Fragen diese Woche: 4 (75 % beantwortet), 1 unbeantwortet\n"
        "Einträge im Wissensbestand: 7"
    )


@pytest.mark.parametrize(("count", "chats"), [(1, "1 czat"), (3, "3 czaty"), (5, "5 czatów")])
def test_the_announcement_preview_counts_chats_in_polish(store, count: int, chats: str) -> None:
    with store.session() as s:
        for chat in range(1, count + 1):
            db.record_chat(s, chat, chat_type="private", language=None, now=NOW)
    note = admin.parse_announcement("Nowe warsztaty!")
    assert isinstance(note, admin.Announcement)
    with speaking("pl"):
        preview = admin.preview(store, note)
    assert preview == f"Ogłoszenie dla wszystkich ({chats}):\n\nNowe warsztaty!\n\nWysłać?"
