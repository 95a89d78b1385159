"""Everything the bot's adapters share, built once at start-up: one typed door.

Handlers reach the knowledge, the store and the clock through `Services`
(as PTB's contexttypesbot example reaches its data through a context
property), never through untyped `bot_data` lookups.  No Telegram here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from bot import store
from bot.activity import ActivityLog
from bot.answering.engine import Engine
from bot.config import Settings
from bot.delivery.bot_api import BotApiSender
from bot.delivery.deliverer import Deliverer, RateLimiter
from bot.health import Health
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
    """Per-chat memory kept in the process: the item being discussed, the chosen zone."""

    last_item: dict[int, str] = field(default_factory=dict)
    zones: dict[int, str] = field(default_factory=dict)


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
    conversations: Conversations = field(default_factory=Conversations)
    health: Health = field(default_factory=Health)

    @property
    def engine(self) -> Engine:
        """The engine of the knowledge in use right now (swapped whole on reload)."""
        return self.source.snapshot.engine

    def zone_of(self, chat_id: int) -> ZoneInfo | None:
        """The zone the chat chose, from memory: no database query per message."""
        name = self.conversations.zones.get(chat_id)
        return ZoneInfo(name) if name else None

    def refresh_zones(self) -> None:
        """Load every chosen zone (also those set through another instance)."""
        with self.database.session() as s:
            self.conversations.zones = dict(store.all_chat_timezones(s))


def build_services(settings: Settings, clock: Callable[[], datetime] = utc_now) -> Services:
    """Open the store (migrated), load the knowledge, and wire the services."""
    engine = store.create_db_engine(settings.database_url)
    store.upgrade_schema(engine)
    database = store.Store(engine)
    source = KnowledgeSource(settings.knowledge_dir, settings.zone, Engine)
    sender = BotApiSender(settings.telegram_token or "", settings.telegram_api_base_url)
    delivery = settings.delivery
    limiter = RateLimiter(delivery.global_per_second, delivery.per_chat_interval_s)
    deliverer = Deliverer(
        database, sender, limiter, claimer=settings.instance_id, clock=clock,
        max_retries=delivery.max_retries,
    )  # fmt: skip
    reminders = ReminderService(
        database, lambda: source.snapshot.knowledge, deliverer,
        call_offsets=[parse_duration(o) for o in settings.reminders.call_offsets],
        event_offsets=[parse_duration(o) for o in settings.reminders.event_offsets],
        default_zone=settings.zone,
    )  # fmt: skip
    scheduler = Scheduler(reminders, source, database, clock=clock, instance=settings.instance_id)
    subscriptions = SubscriptionService(
        database, lambda: source.snapshot.engine, clock, reminders.defaults
    )
    activity = ActivityLog(database, clock)
    services = Services(
        settings, source, database, clock, sender, deliverer, reminders, scheduler, subscriptions,
        activity,
    )  # fmt: skip
    services.refresh_zones()
    return services
