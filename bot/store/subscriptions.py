"""Subscriptions: which chat follows which target, and who gets a fan-out."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache

from sqlalchemy import ColumnElement, Row, delete, func, select, update
from sqlalchemy.orm import Session

from bot.reminders.preferences import Offsets, from_stored, to_stored
from bot.reminders.targets import Subscription, Target
from bot.store._sql import chunks, distinct, inserted, rowcount, upsert
from bot.store.chats import require_chat
from bot.store.models import ChatRow, SubscriptionRow

_COLUMNS = (
    SubscriptionRow.id,
    SubscriptionRow.chat_id,
    SubscriptionRow.target_key,
    SubscriptionRow.created_at,
    SubscriptionRow.offsets,
)


def add_subscription(
    s: Session, chat_id: int, target: Target, now: datetime, offsets: Offsets | None = None
) -> tuple[Subscription, bool]:
    """Follow a target; True if it is new, False if the chat already followed it.

    ON CONFLICT DO NOTHING makes a double tap on "subscribe" harmless even
    when both taps are handled at once.  Offsets given for a target already
    followed replace its own offsets ("remind me 3 days before the CmR call").
    """
    require_chat(s, chat_id)
    values = {"chat_id": chat_id, "target_key": target.key, "created_at": now}
    values["offsets"] = to_stored(offsets)
    statement = upsert(s, SubscriptionRow).values(**values).on_conflict_do_nothing()
    created = inserted(s, statement, SubscriptionRow.id)
    if not created and offsets is not None:
        change = update(SubscriptionRow).where(*_same(chat_id, target))
        s.execute(change.values(offsets=to_stored(offsets)))
    row = s.execute(select(*_COLUMNS).where(*_same(chat_id, target))).one()
    return _subscription(row), created


def remove_subscription(s: Session, chat_id: int, subscription_id: int) -> bool:
    """Unfollow by id; the chat id guards against removing another chat's subscription."""
    statement = delete(SubscriptionRow).where(
        SubscriptionRow.id == subscription_id, SubscriptionRow.chat_id == chat_id
    )
    return rowcount(s, statement) == 1


def remove_target(s: Session, chat_id: int, target: Target) -> bool:
    """Unfollow by target; False if the chat did not follow it."""
    return rowcount(s, delete(SubscriptionRow).where(*_same(chat_id, target))) == 1


def list_subscriptions(s: Session, chat_id: int) -> list[Subscription]:
    """A chat's subscriptions, oldest first."""
    statement = select(*_COLUMNS).where(SubscriptionRow.chat_id == chat_id)
    rows = s.execute(statement.order_by(SubscriptionRow.created_at, SubscriptionRow.id))
    return [_subscription(row) for row in rows]


def subscriptions_for_targets(s: Session, target_keys: Iterable[str]) -> list[Subscription]:
    """Every subscription to any of these keys from chats that have not blocked the bot.

    One indexed query per 1,000 keys (an item has a handful), reading plain
    columns rather than ORM objects, so a 100,000-chat fan-out stays cheap.
    Ordered by chat, so a chat following several matching targets is easy to
    deduplicate.
    """
    found: list[Subscription] = []
    for keys in chunks(distinct(target_keys)):
        statement = (
            select(*_COLUMNS)
            .join(ChatRow, ChatRow.chat_id == SubscriptionRow.chat_id)
            .where(SubscriptionRow.target_key.in_(keys), ChatRow.blocked.is_(False))
        )
        found.extend(_subscription(row) for row in s.execute(statement))
    return sorted(found, key=lambda sub: (sub.chat_id, sub.id))


def count_subscriptions(s: Session) -> int:
    """How many subscriptions exist, across all chats."""
    return s.scalar(select(func.count()).select_from(SubscriptionRow)) or 0


def _same(chat_id: int, target: Target) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    return (SubscriptionRow.chat_id == chat_id, SubscriptionRow.target_key == target.key)


def _subscription(row: Row[int, int, str, datetime, str | None]) -> Subscription:
    sub_id, chat_id, key, created_at, offsets = row
    return Subscription(sub_id, chat_id, _target(key), created_at, _offsets(offsets))


@lru_cache(maxsize=256)
def _offsets(stored: str | None) -> Offsets | None:
    return from_stored(stored)


@lru_cache(maxsize=4096)
def _target(key: str) -> Target:
    """Parse each distinct key once: a fan-out repeats the same few keys 100,000 times."""
    return Target.parse(key)
