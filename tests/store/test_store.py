"""The store's engine, schema and chat repository, on SQLite and PostgreSQL."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import StatementError

from bot.reminders.targets import DeliveryKey, ReminderKind, Target
from bot.store import (
    Store,
    UnknownChatError,
    acquire_lease,
    add_subscription,
    alembic_config,
    chat_languages,
    claim,
    claim_many,
    count_chats,
    count_subscriptions,
    create_db_engine,
    current_revision,
    forget_chat,
    get_chat,
    get_delivery,
    known_item_versions,
    list_subscriptions,
    mark_chat_blocked,
    normalize_question,
    normalize_url,
    question_counts,
    record_chat,
    record_question,
    release_lease,
    save_item_versions,
    set_chat_language,
    set_chat_timezone,
    take_due,
    top_unanswered,
    upgrade_schema,
)
from bot.store.engine import SQLITE_BUSY_TIMEOUT_MS
from bot.store.models import Base

NOW = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
TABLES = {
    "chats", "subscriptions", "deliveries", "known_items", "questions", "leases",
    "alembic_version",
}  # fmt: skip
HEAD = "0005"


def _chat(store: Store, chat_id: int, now: datetime = NOW, language: str | None = "en") -> None:
    with store.session() as s:
        record_chat(s, chat_id, chat_type="private", language=language, now=now)


# --- engine -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "driver"),
    [
        ("postgres://u@h/db", "postgresql+psycopg"),
        ("postgresql://u@h/db", "postgresql+psycopg"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg"),
        ("sqlite:///x.sqlite3", "sqlite"),
    ],
)
def test_database_urls_are_normalised_to_psycopg(url: str, driver: str) -> None:
    assert normalize_url(url).drivername == driver


def test_unsupported_database_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValueError, match="unsupported database URL"):
        create_db_engine("mysql://u@h/db")


def test_in_memory_sqlite_is_one_database_for_every_session() -> None:
    engine = create_db_engine("sqlite://")
    try:
        upgrade_schema(engine)
        store = Store(engine)
        _chat(store, 1)
        with store.session() as s:
            assert count_chats(s) == 1
    finally:
        engine.dispose()


def test_sqlite_file_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path}/p.sqlite3")
    try:
        with engine.connect() as connection:
            pragma = connection.exec_driver_sql
            assert pragma("PRAGMA journal_mode").scalar() == "wal"
            assert pragma("PRAGMA foreign_keys").scalar() == 1
            assert pragma("PRAGMA busy_timeout").scalar() == SQLITE_BUSY_TIMEOUT_MS
    finally:
        engine.dispose()


# --- schema -------------------------------------------------------------------------------


def test_upgrade_from_empty_creates_every_table(database_url: str) -> None:
    engine = create_db_engine(database_url)
    try:
        assert current_revision(engine) is None
        upgrade_schema(engine)
        upgrade_schema(engine)  # a second run is a no-op
        assert current_revision(engine) == HEAD
        assert set(inspect(engine).get_table_names()) == TABLES
    finally:
        engine.dispose()


def test_upgrade_from_the_previous_revision_keeps_the_data(database_url: str) -> None:
    engine = create_db_engine(database_url)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "0001")
        assert current_revision(engine) == "0001"
        with engine.begin() as connection:  # rows as revision 0001 wrote them
            connection.execute(
                text(
                    "INSERT INTO chats (chat_id, chat_type, language, first_seen, last_seen,"
                    " blocked) VALUES (5, 'private', 'en', :now, :now, false)"
                ),
                {"now": NOW.replace(tzinfo=None)},
            )
            for n, key in enumerate(OLD_TAG_KEYS, 1):
                connection.execute(
                    text(
                        "INSERT INTO subscriptions (id, chat_id, target_key, created_at)"
                        " VALUES (:id, 5, :key, :now)"
                    ),
                    {"id": n, "key": key, "now": NOW.replace(tzinfo=None)},
                )
        upgrade_schema(engine)
        assert current_revision(engine) == HEAD
        assert "leases" in inspect(engine).get_table_names()
        with Store(engine).session() as s:
            assert get_chat(s, 5) is not None
            keys = sorted(sub.target.key for sub in list_subscriptions(s, 5))
        assert keys == ["tag:clusters meet regions", "tag:energy"], "old tag keys re-keyed"
    finally:
        engine.dispose()


# Tag keys written before tags were phrases: spaces had become hyphens.
OLD_TAG_KEYS = ("tag:clusters-meet-regions", "tag:energy", "tag:clusters meet regions")


def test_instances_starting_together_migrate_once(database_url: str) -> None:
    engines = [create_db_engine(database_url) for _ in range(3)]
    try:
        with ThreadPoolExecutor(3) as pool:
            list(pool.map(upgrade_schema, engines))
        assert current_revision(engines[0]) == HEAD
    finally:
        for engine in engines:
            engine.dispose()


def test_migrations_build_exactly_what_the_models_describe(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_session_commits_on_success_and_rolls_back_on_error(store: Store) -> None:
    def record_then_fail() -> None:
        with store.session() as s:
            record_chat(s, 2, chat_type="group", language=None, now=NOW)
            raise RuntimeError("boom")

    _chat(store, 1)
    with pytest.raises(RuntimeError):
        record_then_fail()
    with store.session() as s:
        assert get_chat(s, 1) is not None
        assert get_chat(s, 2) is None


def test_aware_datetimes_come_back_as_the_same_instant_in_utc(store: Store) -> None:
    brussels_summer = timezone(timedelta(hours=2))
    local = datetime(2025, 7, 1, 12, 0, 0, 123456, tzinfo=brussels_summer)
    _chat(store, 1, now=local)
    with store.session() as s:
        seen = get_chat(s, 1)
    assert seen is not None
    assert seen.first_seen == local
    assert seen.first_seen.tzinfo is UTC
    assert seen.first_seen.hour == 10


def test_times_in_any_zone_are_stored_as_the_same_instant(store: Store) -> None:
    plus_two = timezone(timedelta(hours=2))
    local = NOW.astimezone(plus_two)
    key = DeliveryKey(1, "item", ReminderKind.START, 0, "v")
    other = DeliveryKey(2, "item", ReminderKind.START, 0, "v")
    with store.session() as s:
        record_chat(s, 1, chat_type="private", language=None, now=local - timedelta(days=1))
        record_chat(s, 1, chat_type="private", language=None, now=local)
        mark_chat_blocked(s, 1, local)
        claim(s, key, due_at=local, now=local, claimer="a")
        claim_many(s, [(other, local)], local, "a")
        save_item_versions(s, {"item": ("v", local)}, local)
        save_item_versions(s, {"item": ("v2", local)}, local)
        record_question(s, "q", False, local)
    with store.session() as s:
        chat = get_chat(s, 1)
        record = get_delivery(s, key)
        assert known_item_versions(s) == {"item": ("v2", NOW)}
        assert question_counts(s, since=local) == (0, 1)
        assert question_counts(s, since=local + timedelta(microseconds=1)) == (0, 0)
        bulk = get_delivery(s, other)
        assert take_due(s, local, "c", local, 9) == []  # leases end at `local`: not yet lapsed
        taken = take_due(s, local + timedelta(seconds=1), "b", local + timedelta(seconds=9), 9)
        assert [claimed.key for claimed in taken] == [key, other]
    assert chat is not None
    assert (chat.last_seen, chat.blocked_at) == (NOW, NOW)
    assert record is not None
    assert (record.due_at, record.claimed_at) == (NOW, NOW)
    assert bulk is not None
    assert (bulk.due_at, bulk.claimed_at) == (NOW, NOW)


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(StatementError, match="naive datetime"), store.session() as s:
        record_chat(s, 1, chat_type="private", language=None, now=datetime(2025, 1, 1))  # noqa: DTZ001


def test_schema_enforces_ledger_statuses(store: Store) -> None:
    insert = text(
        "INSERT INTO deliveries (chat_id, item_id, reminder_kind, offset_s, item_version,"
        " status, due_at, claimed_at, claimed_by, attempts)"
        " VALUES (1, 'x', 'deadline', 0, 'v', 'lost', :t, :t, 'me', 1)"
    )
    with pytest.raises(StatementError, match="ck_deliveries_status"), store.session() as s:
        s.execute(insert, {"t": NOW.replace(tzinfo=None)})


# --- chats --------------------------------------------------------------------------------


def test_a_new_chat_is_recorded_with_first_and_last_seen(store: Store) -> None:
    with store.session() as s:
        info = record_chat(s, -100123, chat_type="supergroup", language="fr", now=NOW)
    assert (info.chat_id, info.chat_type, info.language) == (-100123, "supergroup", "fr")
    assert info.first_seen == info.last_seen == NOW
    assert not info.blocked
    assert info.timezone is None


def test_recording_a_known_chat_keeps_first_seen_and_unblocks_it(store: Store) -> None:
    later = NOW + timedelta(days=3)
    _chat(store, 1)
    with store.session() as s:
        mark_chat_blocked(s, 1, NOW + timedelta(days=1))
        info = record_chat(s, 1, chat_type="private", language="de", now=later)
    assert (info.first_seen, info.last_seen, info.language) == (NOW, later, "de")
    assert not info.blocked
    assert info.blocked_at is None


def test_a_chat_without_a_language_keeps_the_one_we_knew(store: Store) -> None:
    _chat(store, 1, language="it")
    _chat(store, 1, language=None)
    with store.session() as s:
        info = get_chat(s, 1)
    assert info is not None
    assert info.language == "it"


def test_unknown_chat_reads_as_none(store: Store) -> None:
    with store.session() as s:
        assert get_chat(s, 404) is None


def test_timezone_is_set_and_cleared(store: Store) -> None:
    _chat(store, 1)
    with store.session() as s:
        assert set_chat_timezone(s, 1, "Europe/Lisbon").timezone == "Europe/Lisbon"
    with store.session() as s:
        info = get_chat(s, 1)
        assert info is not None
        assert info.timezone == "Europe/Lisbon"
        assert set_chat_timezone(s, 1, None).timezone is None


def test_a_chosen_language_wins_over_the_apps_and_is_cleared(store: Store) -> None:
    with store.session() as s:
        record_chat(s, 1, chat_type="private", language="de-AT", now=NOW)
        record_chat(s, 2, chat_type="private", language="en", now=NOW)
        record_chat(s, 3, chat_type="private", language="pt-br", now=NOW)
        assert get_chat(s, 1).reply_language == "de"  # type: ignore[union-attr]
        assert set_chat_language(s, 2, "pl").reply_language == "pl"
        assert set_chat_language(s, 1, "en").reply_language == "en"
    with store.session() as s:
        assert chat_languages(s, [1, 2, 3, 4]) == {2: "pl"}  # English chats are not listed
        # the app's language is refreshed by every update; the choice stays
        record_chat(s, 2, chat_type="private", language="fr", now=NOW)
        assert get_chat(s, 2).reply_language == "pl"  # type: ignore[union-attr]
        assert set_chat_language(s, 2, None).reply_language == "fr"
        assert chat_languages(s, [1, 2, 3]) == {2: "fr"}


@pytest.mark.parametrize("language", ["xx", "", "klingon", "pt"])
def test_a_language_the_bot_does_not_speak_is_refused(store: Store, language: str) -> None:
    _chat(store, 1)
    with store.session() as s, pytest.raises(ValueError, match="not a language"):
        set_chat_language(s, 1, language)


@pytest.mark.parametrize("zone", ["Mars/Olympus_Mons", "", "../etc/passwd", "Europe/"])
def test_invalid_timezone_is_refused_with_its_name(store: Store, zone: str) -> None:
    _chat(store, 1)
    with pytest.raises(ValueError, match="unknown time zone"), store.session() as s:
        set_chat_timezone(s, 1, zone)


def test_timezone_of_an_unknown_chat_is_an_error(store: Store) -> None:
    with pytest.raises(UnknownChatError, match="chat 7 is not known"), store.session() as s:
        set_chat_timezone(s, 7, "UTC")


def test_blocking_keeps_the_first_blocked_time(store: Store) -> None:
    _chat(store, 1)
    with store.session() as s:
        assert mark_chat_blocked(s, 1, NOW)
        assert mark_chat_blocked(s, 1, NOW + timedelta(hours=1))
        assert not mark_chat_blocked(s, 2, NOW)
        info = get_chat(s, 1)
    assert info is not None
    assert info.blocked
    assert info.blocked_at == NOW


def test_count_chats_can_leave_out_blocked_ones(store: Store) -> None:
    for chat_id in (1, 2, 3):
        _chat(store, chat_id)
    with store.session() as s:
        mark_chat_blocked(s, 2, NOW)
        assert count_chats(s) == 3
        assert count_chats(s, active_only=True) == 2


def test_forget_chat_removes_everything_of_that_chat_and_nothing_else(store: Store) -> None:
    keys = {
        chat_id: DeliveryKey(chat_id, "item", ReminderKind.DEADLINE, 60, "v1")
        for chat_id in (1, 2)
    }
    for chat_id in (1, 2):
        _chat(store, chat_id)
        with store.session() as s:
            add_subscription(s, chat_id, Target.parse("tag:clusters"), NOW)
            add_subscription(s, chat_id, Target.parse("all:"), NOW)
            claim(s, keys[chat_id], due_at=NOW, now=NOW, claimer="test")
    with store.session() as s:
        assert forget_chat(s, 1) == 4  # chat, two subscriptions, one ledger row
        assert forget_chat(s, 1) == 0
    with store.session() as s:
        assert get_chat(s, 1) is None
        assert list_subscriptions(s, 1) == []
        assert get_delivery(s, keys[1]) is None
        assert get_chat(s, 2) is not None
        assert len(list_subscriptions(s, 2)) == 2
        assert get_delivery(s, keys[2]) is not None
        assert (count_chats(s), count_subscriptions(s)) == (1, 2)


# --- known items --------------------------------------------------------------------------


def test_item_versions_are_remembered_and_updated(store: Store) -> None:
    deadline = datetime(2025, 6, 30, 15, tzinfo=UTC)
    with store.session() as s:
        assert known_item_versions(s) == {}
        save_item_versions(s, {"a": ("v1", deadline), "b": ("v1", None)}, NOW)
    with store.session() as s:
        save_item_versions(s, {"a": ("v2", deadline + timedelta(days=7))}, NOW + timedelta(days=1))
    with store.session() as s:
        assert known_item_versions(s) == {
            "a": ("v2", deadline + timedelta(days=7)),
            "b": ("v1", None),
        }


def test_saving_no_versions_is_harmless(store: Store) -> None:
    with store.session() as s:
        save_item_versions(s, {}, NOW)
        assert known_item_versions(s) == {}


def test_thousands_of_item_versions_are_saved_in_chunks(store: Store) -> None:
    versions = {f"item-{n}": (f"v{n}", NOW + timedelta(hours=n)) for n in range(2500)}
    with store.session() as s:
        save_item_versions(s, versions, NOW)
    with store.session() as s:
        assert known_item_versions(s) == versions


# --- questions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text_in", "stored"),
    [
        ("  When is   the\tCLUSTERS meeting?\n", "when is the clusters meeting?"),
        ("x" * 400, "x" * 300),
        ("   ", ""),
    ],
)
def test_questions_are_normalised(text_in: str, stored: str) -> None:
    assert normalize_question(text_in) == stored


def test_questions_are_counted_and_ranked_without_who_asked(store: Store) -> None:
    asked = [("Where is it?", False), ("where  is it?", False), ("When?", True), ("Who?", False)]
    with store.session() as s:
        record_question(s, "old question", False, NOW - timedelta(days=30))
        assert record_question(s, "   ", False, NOW) is None
        for question, answered in asked:
            record_question(s, question, answered, NOW)
    with store.session() as s:
        since = NOW - timedelta(days=7)
        assert question_counts(s, since) == (1, 3)
        assert top_unanswered(s, since) == [("where is it?", 2), ("who?", 1)]
        assert top_unanswered(s, since, limit=1) == [("where is it?", 2)]
    columns = {column["name"] for column in inspect(store.engine).get_columns("questions")}
    assert columns == {"id", "normalized_text", "answered", "asked_at"}  # nobody's identity


# --- leases -------------------------------------------------------------------------------

TTL = timedelta(seconds=30)


def test_one_instance_holds_the_lease_until_it_expires(store: Store) -> None:
    with store.session() as s:
        assert acquire_lease(s, "scheduler", "a", NOW, TTL)
        assert not acquire_lease(s, "scheduler", "b", NOW + timedelta(seconds=10), TTL)
        assert acquire_lease(s, "scheduler", "a", NOW + timedelta(seconds=20), TTL), "renewal"
        assert not acquire_lease(s, "scheduler", "b", NOW + timedelta(seconds=45), TTL)
        assert acquire_lease(s, "scheduler", "b", NOW + timedelta(seconds=51), TTL), "expired"


def test_a_released_lease_is_taken_at_once(store: Store) -> None:
    with store.session() as s:
        assert acquire_lease(s, "scheduler", "a", NOW, TTL)
        assert release_lease(s, "scheduler", "a")
        assert acquire_lease(s, "scheduler", "b", NOW, TTL)
        assert not release_lease(s, "scheduler", "a"), "only the holder releases"


def test_instances_racing_for_a_free_lease_get_exactly_one_winner(database_url: str) -> None:
    engines = [create_db_engine(database_url) for _ in range(4)]
    try:
        upgrade_schema(engines[0])

        def race(n: int) -> bool:
            with Store(engines[n]).session() as s:
                return acquire_lease(s, "scheduler", f"instance-{n}", NOW, TTL)

        with ThreadPoolExecutor(4) as pool:
            assert sorted(pool.map(race, range(4))) == [False, False, False, True]
    finally:
        for engine in engines:
            engine.dispose()
