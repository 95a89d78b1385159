"""Everything the bot's adapters share, built once at start-up: one typed door.

Handlers reach the knowledge, the store and the clock through `Services`
(as PTB's contexttypesbot example reaches its data through a context
property), never through untyped `bot_data` lookups.  No Telegram here.
"""

from __future__ import annotations

import os
import secrets
import socket
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from bot import store
from bot.activity import ActivityLog
from bot.answering.engine import Engine
from bot.config import Settings
from bot.delivery.bot_api import BotApiSender
from bot.delivery.deliverer import Deliverer, RateLimiter
from bot.health import ApiWatch, Health
from bot.knowledge.source import KnowledgeSource
from bot.reminders.rules import parse_duration
from bot.reminders.scheduling import Scheduler
from bot.reminders.service import ReminderService
from bot.reminders.subscribing import SubscriptionService


def utc_now() -> datetime:
    """The real clock; everything else receives time as an argument."""
    return datetime.now(UTC)


@dataclass
class Conversations:
    """Per-chat memory kept in the process: the item being discussed, chosen zone and language."""

    last_item: dict[int, str] = field(default_factory=dict)
    zones: dict[int, str] = field(default_factory=dict)
    languages: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Services:
    """The knowledge, the store, the clock and the services built on them."""

    settings: Settings
    source: KnowledgeSource[Engine]
    database: store.Store
    clock: Callable[[], datetime]
    sender: BotApiSender
    deliverer: Deliverer
    reminders: ReminderService
    scheduler: Scheduler
    subscriptions: SubscriptionService
    activity: ActivityLog
    health: Health
    watch: ApiWatch
    limiter: RateLimiter
    identity: str
    conversations: Conversations = field(default_factory=Conversations)

    @property
    def engine(self) -> Engine:
        """The engine of the knowledge in use right now (swapped whole on reload)."""
        return self.source.snapshot.engine

    def zone_of(self, chat_id: int) -> ZoneInfo | None:
        """The zone the chat chose, from memory: no database query per message."""
        name = self.conversations.zones.get(chat_id)
        return ZoneInfo(name) if name else None

    def language_chosen(self, chat_id: int) -> str | None:
        """The language the chat chose in /settings, from memory: no query per message."""
        return self.conversations.languages.get(chat_id)

    def refresh_zones(self) -> None:
        """Load every chosen zone and language (also those set through another instance)."""
        with self.database.session() as s:
            self.conversations.zones = dict(store.all_chat_timezones(s))
            self.conversations.languages = dict(store.all_chosen_languages(s))


def process_identity(instance_id: str) -> str:
    """Who claims messages and leases: unique per process, whatever INSTANCE_ID says.

    Two units on one host (or a blue/green restart) share the host name, the
    default INSTANCE_ID; were it the claimer, each would take the other's
    live claims for its own.  The instance name stays first, for the logs.
    """
    host = socket.gethostname()[:16]
    return f"{instance_id[:24]}/{host}:{os.getpid()}:{secrets.token_hex(4)}"


def build_services(settings: Settings, clock: Callable[[], datetime] = utc_now) -> Services:
    """Open the store (migrated), load the knowledge, and wire the services."""
    engine = store.create_db_engine(settings.database_url)
    store.upgrade_schema(engine)
    database = store.Store(engine)
    source = KnowledgeSource(
        settings.knowledge_dir, settings.zone, Engine, allow_empty=settings.allow_empty_knowledge
    )
    delivery = settings.delivery
    health = Health()
    watch = ApiWatch(
        health, unauthorized_limit=delivery.unauthorized_limit, dead_after_s=delivery.dead_after_s
    )
    sender = BotApiSender(
        settings.telegram_token or "", settings.telegram_api_base_url, watch=watch
    )
    limiter = RateLimiter(delivery.global_per_second, delivery.per_chat_interval_s)
    identity = process_identity(settings.instance_id)
    deliverer = Deliverer(
        database, sender, limiter, claimer=identity, clock=clock,
        max_retries=delivery.max_retries, lease=timedelta(seconds=delivery.claim_lease_s),
    )  # fmt: skip
    reminders = ReminderService(
        database, lambda: source.snapshot.knowledge, deliverer,
        call_offsets=[parse_duration(o) for o in settings.reminders.call_offsets],
        event_offsets=[parse_duration(o) for o in settings.reminders.event_offsets],
        default_zone=settings.zone,
    )  # fmt: skip
    scheduler = Scheduler(
        reminders, source, database, clock=clock, instance=identity, health=health,
        lease_ttl=timedelta(seconds=delivery.leader_lease_s),
        retry_every=timedelta(seconds=delivery.retry_every_s),
    )  # fmt: skip
    subscriptions = SubscriptionService(
        database, lambda: source.snapshot.engine, clock, reminders.defaults
    )
    activity = ActivityLog(
        database, clock, retention=timedelta(days=settings.question_retention_days)
    )
    services = Services(
        settings, source, database, clock, sender, deliverer, reminders, scheduler, subscriptions,
        activity, health, watch, limiter, identity,
    )  # fmt: skip
    services.refresh_zones()
    return services
