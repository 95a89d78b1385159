"""Persistence: chats, subscriptions, the delivery ledger, item versions and questions.

Open it with `create_db_engine(url)`, `upgrade_schema(engine)` and
`Store(engine)`; then do each unit of work in `with store.session() as s:`
and call the repository functions below with `s`.  They return the domain
values of `bot.reminders.targets` and `bot.reminders.preferences` (chats'
choices), never ORM rows, so no caller depends on SQL.
"""

from bot.store.chats import (
    UnknownChatError,
    active_chat_ids,
    all_chat_timezones,
    chat_preferences,
    chat_timezones,
    chats_preferences,
    count_chats,
    forget_chat,
    get_chat,
    mark_chat_blocked,
    move_chat,
    record_chat,
    record_chats,
    set_chat_offsets,
    set_chat_quiet_hours,
    set_chat_timezone,
)
from bot.store.deliveries import (
    delivery_counts,
    get_delivery,
    mark_blocked,
    mark_failed,
    mark_sent,
    mark_sent_many,
    mark_skipped,
)
from bot.store.engine import Store, create_db_engine, normalize_url
from bot.store.known_items import ItemVersion, known_item_versions, save_item_versions
from bot.store.leases import acquire_lease, release_lease
from bot.store.ledger import (
    Claimed,
    Queued,
    claim,
    claim_many,
    enqueue,
    expire_overdue,
    record_skipped,
    release_claims,
    renew_leases,
    retry_later,
    settle,
    settle_sent,
    take_due,
)
from bot.store.questions import (
    normalize_question,
    purge_questions,
    question_counts,
    record_question,
    record_questions,
    top_unanswered,
)
from bot.store.schema import alembic_config, current_revision, upgrade_schema
from bot.store.subscriptions import (
    add_subscription,
    count_subscriptions,
    list_subscriptions,
    remove_subscription,
    remove_target,
    subscriptions_for_targets,
)

__all__ = [
    "Claimed",
    "Queued",
    "enqueue",
    "expire_overdue",
    "move_chat",
    "purge_questions",
    "record_skipped",
    "release_claims",
    "renew_leases",
    "retry_later",
    "settle",
    "settle_sent",
    "take_due",
    "ItemVersion",
    "Store",
    "UnknownChatError",
    "acquire_lease",
    "active_chat_ids",
    "all_chat_timezones",
    "chat_preferences",
    "chats_preferences",
    "add_subscription",
    "alembic_config",
    "claim",
    "chat_timezones",
    "claim_many",
    "count_chats",
    "count_subscriptions",
    "create_db_engine",
    "current_revision",
    "delivery_counts",
    "forget_chat",
    "get_chat",
    "get_delivery",
    "known_item_versions",
    "list_subscriptions",
    "mark_blocked",
    "mark_chat_blocked",
    "mark_failed",
    "mark_sent",
    "mark_sent_many",
    "mark_skipped",
    "release_lease",
    "normalize_question",
    "normalize_url",
    "question_counts",
    "record_chat",
    "record_chats",
    "record_question",
    "record_questions",
    "remove_subscription",
    "remove_target",
    "save_item_versions",
    "set_chat_offsets",
    "set_chat_quiet_hours",
    "set_chat_timezone",
    "subscriptions_for_targets",
    "top_unanswered",
    "upgrade_schema",
]
