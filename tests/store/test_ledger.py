"""The delivery ledger: claims are atomic, outcomes are recorded, crashes are recoverable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest

from bot.reminders.targets import DeliveryKey, DeliveryStatus, ReminderKind
from bot.store import (
    Store,
    claim,
    claim_many,
    create_db_engine,
    delivery_counts,
    get_delivery,
    mark_blocked,
    mark_failed,
    mark_sent,
    mark_skipped,
    take_due,
)

T = TypeVar("T")
NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
DUE = NOW - timedelta(minutes=1)
KEY = DeliveryKey(1, "clusters-meet-regions-eoi-2022", ReminderKind.DEADLINE, 86_400, "v1")


def _key(chat_id: int = 1, **changes: object) -> DeliveryKey:
    fields: dict[str, object] = {
        "chat_id": chat_id,
        "item_id": KEY.item_id,
        "reminder_kind": KEY.reminder_kind,
        "offset_s": KEY.offset_s,
        "item_version": KEY.item_version,
        **changes,
    }
    return DeliveryKey(**fields)  # type: ignore[arg-type]


def _claim(store: Store, key: DeliveryKey = KEY, now: datetime = NOW, by: str = "a") -> bool:
    with store.session() as s:
        return claim(s, key, due_at=DUE, now=now, claimer=by)


def test_a_key_is_claimed_only_once(store: Store) -> None:
    assert _claim(store)
    assert not _claim(store)
    assert not _claim(store, by="another-instance")
    with store.session() as s:
        record = get_delivery(s, KEY)
    assert record is not None
    assert (record.status, record.claimed_by, record.attempts) == (DeliveryStatus.CLAIMED, "a", 1)
    assert (record.due_at, record.claimed_at, record.sent_at) == (DUE, NOW, None)


@pytest.mark.parametrize(
    "other",
    [
        _key(2),
        _key(item_id="another-item"),
        _key(reminder_kind=ReminderKind.START),
        _key(offset_s=3600),
        _key(item_version="v2"),
    ],
)
def test_every_part_of_the_key_makes_a_new_message(store: Store, other: DeliveryKey) -> None:
    assert _claim(store)
    assert _claim(store, other)


def test_a_sent_message_is_never_claimed_again(store: Store) -> None:
    _claim(store)
    with store.session() as s:
        assert mark_sent(s, KEY, NOW)
        assert take_due(s, NOW + timedelta(days=1), "b", NOW + timedelta(days=2), 10) == []
    assert not _claim(store, now=NOW + timedelta(days=1))


def _race(store: Store, attempts: int, work: Callable[[Store], T]) -> list[T]:
    """Run `work` from `attempts` threads at once, each on its own engine (like processes)."""
    url = store.engine.url.render_as_string(hide_password=False)
    engines = [create_db_engine(url) for _ in range(attempts)]
    start = threading.Barrier(attempts)

    def contender(index: int) -> T:
        start.wait()
        return work(Store(engines[index]))

    try:
        with ThreadPoolExecutor(attempts) as pool:
            return list(pool.map(contender, range(attempts)))
    finally:
        for engine in engines:
            engine.dispose()


def test_concurrent_claims_of_one_key_have_exactly_one_winner(store: Store) -> None:
    results = _race(store, 6, _claim)
    assert sorted(results) == [False] * 5 + [True]


def test_a_claim_waits_for_an_uncommitted_claim_and_then_loses(store: Store) -> None:
    other = Store(create_db_engine(store.engine.url.render_as_string(hide_password=False)))
    holding = threading.Event()

    def hold_claim_open() -> bool:
        with store.session() as s:
            won = claim(s, KEY, due_at=DUE, now=NOW, claimer="slow")
            holding.set()
            threading.Event().wait(0.3)  # still uncommitted while the other one tries
            return won

    try:
        with ThreadPoolExecutor(1) as pool:
            slow = pool.submit(hold_claim_open)
            holding.wait(5)
            assert not _claim(other, by="fast")
            assert slow.result()
    finally:
        other.dispose()


def test_claim_many_returns_only_new_keys_in_input_order(store: Store) -> None:
    first, second, third = _key(1), _key(2), _key(3)
    _claim(store, second)
    with store.session() as s:
        won = claim_many(s, [(third, DUE), (second, DUE), (first, DUE), (third, NOW)], NOW, "b")
    assert won == [third, first]
    with store.session() as s:
        record = get_delivery(s, third)
        assert claim_many(s, [], NOW, "b") == []
    assert record is not None
    assert (record.due_at, record.claimed_by) == (DUE, "b")


def test_claim_many_handles_a_10_000_chat_fan_out(store: Store) -> None:
    keys = [_key(chat_id) for chat_id in range(10_000)]
    _claim(store, keys[1234])
    with store.session() as s:
        won = claim_many(s, ((key, DUE) for key in keys), NOW, "tick")
    assert won == keys[:1234] + keys[1235:]
    with store.session() as s:
        assert claim_many(s, [(key, DUE) for key in keys], NOW, "tick") == []
        assert delivery_counts(s)[DeliveryStatus.CLAIMED] == 10_000


def test_overlapping_fan_outs_from_two_instances_never_double(store: Store) -> None:
    keys = [_key(chat_id) for chat_id in range(2000)]
    orders = iter([keys, keys[::-1]])
    lock = threading.Lock()

    def fan_out(contender: Store) -> list[DeliveryKey]:
        with lock:
            mine = next(orders)
        with contender.session() as s:
            return claim_many(s, [(key, DUE) for key in mine], NOW, "x")

    first, second = _race(store, 2, fan_out)
    assert not set(first) & set(second)
    assert set(first) | set(second) == set(keys)


def test_outcomes_are_recorded(store: Store) -> None:
    keys = [_key(chat_id) for chat_id in (1, 2, 3, 4)]
    later = NOW + timedelta(seconds=5)
    for key in keys:
        _claim(store, key)
    with store.session() as s:
        assert mark_sent(s, keys[0], later)
        assert mark_skipped(s, keys[1], later, "item was removed")
        assert mark_blocked(s, keys[2], later)
        assert mark_failed(s, keys[3], later, "x" * 2000)
    with store.session() as s:
        sent, skipped, blocked, failed = (get_delivery(s, key) for key in keys)
    assert sent is not None
    assert skipped is not None
    assert blocked is not None
    assert failed is not None
    assert (sent.status, sent.sent_at) == (DeliveryStatus.SENT, later)
    assert (skipped.status, skipped.last_error) == (DeliveryStatus.SKIPPED, "item was removed")
    assert (blocked.status, blocked.sent_at) == (DeliveryStatus.BLOCKED, None)
    assert (failed.status, failed.last_error) == (DeliveryStatus.FAILED, "x" * 500)
    assert {r.finished_at for r in (sent, skipped, blocked, failed)} == {later}


def test_outcomes_of_unclaimed_keys_report_false(store: Store) -> None:
    with store.session() as s:
        assert not mark_sent(s, KEY, NOW)
        assert not mark_skipped(s, KEY, NOW, "why")
        assert not mark_blocked(s, KEY, NOW)
        assert not mark_failed(s, KEY, NOW, "boom")


def _claim_leased(store: Store, key: DeliveryKey, now: datetime, by: str, lease_s: int) -> None:
    with store.session() as s:
        claim(
            s, key, due_at=DUE, now=now, claimer=by, lease_until=now + timedelta(seconds=lease_s)
        )


def _take(store: Store, now: datetime = NOW, by: str = "b") -> list[DeliveryKey]:
    with store.session() as s:
        return [c.key for c in take_due(s, now, by, now + timedelta(seconds=60), 100)]


def test_only_claims_whose_lease_expired_are_taken_over(store: Store) -> None:
    lapsed, live, sent = _key(1), _key(2), _key(3)
    _claim_leased(store, lapsed, NOW - timedelta(minutes=5), "crashed", 60)
    _claim_leased(store, live, NOW - timedelta(hours=1), "alive", 4000)  # renewed lease
    _claim_leased(store, sent, NOW - timedelta(hours=1), "crashed", 60)
    with store.session() as s:
        mark_sent(s, sent, NOW)
    assert _take(store) == [lapsed]


def test_a_lapsed_claim_is_taken_over_once(store: Store) -> None:
    _claim_leased(store, KEY, NOW - timedelta(hours=1), "crashed", 60)
    assert _take(store, by="b") == [KEY]
    assert _take(store, by="c") == []
    with store.session() as s:
        record = get_delivery(s, KEY)
    assert record is not None
    assert (record.claimed_by, record.claimed_at, record.attempts) == ("b", NOW, 2)
    assert record.lease_until == NOW + timedelta(seconds=60)


def test_concurrent_takeovers_of_a_lapsed_claim_have_one_winner(store: Store) -> None:
    _claim_leased(store, KEY, NOW - timedelta(hours=1), "crashed", 60)

    def take_over(contender: Store) -> bool:
        with contender.session() as s:
            return bool(take_due(s, NOW, "x", NOW + timedelta(seconds=60), 10))

    assert sorted(_race(store, 4, take_over)) == [False, False, False, True]


def test_delivery_counts_cover_every_status(store: Store) -> None:
    with store.session() as s:
        assert delivery_counts(s) == dict.fromkeys(DeliveryStatus, 0)
    _claim(store, _key(1))
    _claim(store, _key(2))
    with store.session() as s:
        mark_sent(s, _key(1), NOW)
        counts = delivery_counts(s)
    assert counts[DeliveryStatus.SENT] == counts[DeliveryStatus.CLAIMED] == 1
    assert sum(counts.values()) == 2


def test_unknown_reminder_kind_is_refused_with_the_choices() -> None:
    with pytest.raises(ValueError, match="unknown reminder kind 'nag'.*deadline"):
        _key(reminder_kind="nag")


def test_upgrading_revives_messages_failed_for_a_429_or_5xx(database_url: str) -> None:
    from alembic import command
    from sqlalchemy import text

    from bot.store import alembic_config, upgrade_schema

    def _stored(moment: datetime) -> object:
        is_sqlite = engine.dialect.name == "sqlite"
        return moment.replace(tzinfo=None) if is_sqlite else moment

    engine = create_db_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0002")
        rows = [  # as schema 0002 held them: a transient failure, a real one, a stranded claim
            (1, "failed", "transient: HTTP 502"),
            (2, "failed", "permanent: can't parse"),
            (3, "claimed", None),
        ]
        with engine.begin() as connection:
            for chat, status, error in rows:
                connection.execute(
                    text(
                        "INSERT INTO deliveries (chat_id, item_id, reminder_kind, offset_s,"
                        " item_version, status, due_at, claimed_at, claimed_by, finished_at,"
                        " attempts, last_error) VALUES (:c, :i, 'deadline', 86400, 'v1', :s,"
                        " :t, :t, 'a', :f, 1, :e)"
                    ),
                    {"c": chat, "i": KEY.item_id, "s": status, "t": _stored(NOW),
                     "f": _stored(NOW) if error else None, "e": error},
                )  # fmt: skip
        upgrade_schema(engine)
        with Store(engine).session() as s:
            revived, refused, stranded = (get_delivery(s, _key(c)) for c in (1, 2, 3))
            assert take_due(s, NOW, "b", NOW + timedelta(seconds=60), 10)
    finally:
        engine.dispose()
    assert (revived.status, revived.next_attempt_at) == (DeliveryStatus.PENDING, NOW)
    assert refused.status is DeliveryStatus.FAILED
    assert (stranded.status, stranded.lease_until) == (DeliveryStatus.CLAIMED, NOW)
