"""Subscriptions in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from bot.reminders.targets import Target, TargetKind
from bot.store import (
    Store,
    UnknownChatError,
    add_subscription,
    count_subscriptions,
    list_subscriptions,
    mark_chat_blocked,
    record_chat,
    remove_subscription,
    remove_target,
    subscriptions_for_targets,
)
from bot.store.models import UTCDateTime

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
CLUSTERS = Target(TargetKind.TAG, "clusters")
CALLS = Target(TargetKind.CATEGORY, "call")
ITEM = Target(TargetKind.ITEM, "clusters-meet-regions-eoi-2022")


@pytest.fixture
def chats(store: Store) -> Store:
    """The store with chats 1, 2 and 3 known."""
    with store.session() as s:
        for chat_id in (1, 2, 3):
            record_chat(s, chat_id, chat_type="private", language="en", now=NOW)
    return store


def test_subscribing_twice_keeps_one_subscription(chats: Store) -> None:
    with chats.session() as s:
        first, created = add_subscription(s, 1, CLUSTERS, NOW)
        again, created_again = add_subscription(s, 1, CLUSTERS, NOW + timedelta(hours=1))
    assert (created, created_again) == (True, False)
    assert again == first
    assert (first.chat_id, first.target, first.created_at) == (1, CLUSTERS, NOW)


def test_subscribing_an_unknown_chat_is_an_error(store: Store) -> None:
    with pytest.raises(UnknownChatError), store.session() as s:
        add_subscription(s, 99, CLUSTERS, NOW)


def test_subscriptions_are_listed_oldest_first(chats: Store) -> None:
    with chats.session() as s:
        for minutes, target in enumerate([ITEM, CLUSTERS, CALLS]):
            add_subscription(s, 1, target, NOW + timedelta(minutes=minutes))
        add_subscription(s, 2, CALLS, NOW)
    with chats.session() as s:
        assert [sub.target for sub in list_subscriptions(s, 1)] == [ITEM, CLUSTERS, CALLS]
        assert list_subscriptions(s, 3) == []


def test_removing_by_id_only_touches_the_chats_own_subscription(chats: Store) -> None:
    with chats.session() as s:
        mine, _ = add_subscription(s, 1, CLUSTERS, NOW)
        assert not remove_subscription(s, 2, mine.id)
        assert remove_subscription(s, 1, mine.id)
        assert not remove_subscription(s, 1, mine.id)
        assert list_subscriptions(s, 1) == []


def test_removing_by_target(chats: Store) -> None:
    with chats.session() as s:
        add_subscription(s, 1, CLUSTERS, NOW)
        add_subscription(s, 1, CALLS, NOW)
        assert remove_target(s, 1, Target.parse("tag:CLUSTERS"))
        assert not remove_target(s, 1, CLUSTERS)
        assert [sub.target for sub in list_subscriptions(s, 1)] == [CALLS]
        assert count_subscriptions(s) == 1


def test_fan_out_finds_followers_of_any_target_except_blocked_chats(chats: Store) -> None:
    with chats.session() as s:
        add_subscription(s, 1, CLUSTERS, NOW)
        add_subscription(s, 1, ITEM, NOW)
        add_subscription(s, 2, CALLS, NOW)
        add_subscription(s, 3, CLUSTERS, NOW)
        add_subscription(s, 3, Target(TargetKind.ALL), NOW)
        mark_chat_blocked(s, 3, NOW)
    with chats.session() as s:
        found = subscriptions_for_targets(s, iter([ITEM.key, CLUSTERS.key, "all:", ITEM.key]))
        assert [(sub.chat_id, sub.target) for sub in found] == [(1, CLUSTERS), (1, ITEM)]
        assert subscriptions_for_targets(s, []) == []
        assert subscriptions_for_targets(s, ["tag:nobody-follows"]) == []


def test_fan_out_to_100_000_subscribers(store: Store) -> None:
    with store.session() as s:
        _many_followers_of_all(s, 100_000)
        mark_chat_blocked(s, 50_000, NOW)
    with store.session() as s:
        found = subscriptions_for_targets(s, ["all:", CLUSTERS.key])
    assert len(found) == 99_999
    assert [sub.chat_id for sub in found[:2]] == [1, 2]
    assert 50_000 not in {sub.chat_id for sub in found}
    assert {sub.target for sub in found} == {Target(TargetKind.ALL)}


def _many_followers_of_all(s: Session, count: int) -> None:
    """Chats 1..count all following "all:", generated inside the database for speed."""
    numbers = (
        "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < :count)"
    )
    s.execute(
        text(
            f"INSERT INTO chats (chat_id, chat_type, first_seen, last_seen, blocked) {numbers}"
            " SELECT n, 'private', :now, :now, false FROM seq"
        ).bindparams(bindparam("now", type_=UTCDateTime)),
        {"count": count, "now": NOW},
    )
    s.execute(
        text(
            f"INSERT INTO subscriptions (chat_id, target_key, created_at) {numbers}"
            " SELECT n, 'all:', :now FROM seq"
        ).bindparams(bindparam("now", type_=UTCDateTime)),
        {"count": count, "now": NOW},
    )
