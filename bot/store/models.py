"""The tables, as typed SQLAlchemy models; only the store modules see these rows.

The schema itself is created by the Alembic migrations in `bot.migrations`;
these models must describe exactly what the migrations build (a test compares
them), so change both together.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from bot.reminders.targets import DeliveryStatus, ReminderKind

# Fixed constraint names, so migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# SQLite only auto-increments a column declared exactly INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out, on every database.

    SQLite has no time zones and hands back naive values; storing UTC and
    tagging it on the way out keeps comparisons and arithmetic honest.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Refuse naive datetimes: their zone would be a guess."""
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"naive datetime {value.isoformat()} given; pass an aware datetime")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Return UTC whatever zone the connection reported."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def _in(column: str, values: type[DeliveryStatus] | type[ReminderKind]) -> str:
    return f"{column} IN ({', '.join(repr(v.value) for v in values)})"


class Base(DeclarativeBase):
    """Shared metadata for every table of the bot."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ChatRow(Base):
    """A chat that has talked to the bot."""

    __tablename__ = "chats"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    chat_type: Mapped[str] = mapped_column(String(16))
    language: Mapped[str | None] = mapped_column(String(16))
    timezone: Mapped[str | None] = mapped_column(String(64))
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen: Mapped[datetime] = mapped_column(UTCDateTime)
    blocked: Mapped[bool] = mapped_column(default=False)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    reminder_offsets: Mapped[str | None] = mapped_column(String(64))  # seconds, comma-separated
    quiet_hours: Mapped[str | None] = mapped_column(String(16))  # "22-8", "off"; None: default
    chosen_language: Mapped[str | None] = mapped_column(String(8))  # /settings; None: the app's


class SubscriptionRow(Base):
    """One chat following one target key."""

    __tablename__ = "subscriptions"
    __table_args__ = (
        UniqueConstraint("chat_id", "target_key", name="uq_subscriptions_chat_target"),
        Index("ix_subscriptions_target_key", "target_key"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    chat_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("chats.chat_id", ondelete="CASCADE")
    )
    target_key: Mapped[str] = mapped_column(String(220))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    offsets: Mapped[str | None] = mapped_column(String(64))  # seconds; None: the chat's


DELIVERY_KEY_COLUMNS = ("chat_id", "item_id", "reminder_kind", "offset_s", "item_version")


class DeliveryRow(Base):
    """The ledger: one row per message ever queued, whatever became of it.

    A row is `pending` until a process claims it under a lease (`lease_until`,
    renewed while it works), then settles as sent, blocked, failed, expired or
    back to pending with a `next_attempt_at`.  `payload` holds the message
    itself, so any process can resume it without recomputing it.

    There is deliberately no foreign key to `chats`: a claim must never fail
    because a chat said /stop a moment earlier.
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint(*DELIVERY_KEY_COLUMNS, name="uq_deliveries_key"),
        CheckConstraint(_in("status", DeliveryStatus), name="status"),
        CheckConstraint(_in("reminder_kind", ReminderKind), name="reminder_kind"),
        Index("ix_deliveries_status_claimed_at", "status", "claimed_at"),
        Index("ix_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    item_id: Mapped[str] = mapped_column(String(200))
    reminder_kind: Mapped[str] = mapped_column(String(16))
    offset_s: Mapped[int] = mapped_column(Integer)
    item_version: Mapped[str] = mapped_column(String(128))
    status: Mapped[str] = mapped_column(String(16))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    last_error: Mapped[str | None] = mapped_column(Text)
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    payload: Mapped[str | None] = mapped_column(Text)  # the message as JSON: resumable as is


class KnownItemRow(Base):
    """The last version of each item we saw, to spot new items and moved dates."""

    __tablename__ = "known_items"

    item_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    version: Mapped[str] = mapped_column(String(128))
    when_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_seen: Mapped[datetime] = mapped_column(UTCDateTime)


class QuestionRow(Base):
    """A question asked, without who asked it, so editors see what is missing."""

    __tablename__ = "questions"
    __table_args__ = (Index("ix_questions_asked_at", "asked_at"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    normalized_text: Mapped[str] = mapped_column(String(300))
    answered: Mapped[bool]
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)


class LeaseRow(Base):
    """A named lease that one instance holds until it expires: who runs the scheduler."""

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    holder: Mapped[str] = mapped_column(String(64))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
