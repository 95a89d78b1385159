"""Initial schema: chats, subscriptions, the delivery ledger, known items, questions.

Revision ID: 0001
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Written out rather than imported, so this migration never changes under our feet.
UTC_DATETIME = sa.DateTime(timezone=True)
BIG_ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
STATUSES = "'claimed', 'sent', 'skipped', 'blocked', 'failed'"
REMINDER_KINDS = "'deadline', 'start', 'new_item', 'moved', 'announcement'"


def upgrade() -> None:
    _chats()
    _subscriptions()
    _deliveries()
    _known_items()
    _questions()


def downgrade() -> None:
    for table in ("questions", "known_items", "deliveries", "subscriptions", "chats"):
        op.drop_table(table)


def _chats() -> None:
    op.create_table(
        "chats",
        sa.Column("chat_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_type", sa.String(16), nullable=False),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("timezone", sa.String(64), nullable=True),
        sa.Column("first_seen", UTC_DATETIME, nullable=False),
        sa.Column("last_seen", UTC_DATETIME, nullable=False),
        sa.Column("blocked", sa.Boolean(), nullable=False),
        sa.Column("blocked_at", UTC_DATETIME, nullable=True),
        sa.PrimaryKeyConstraint("chat_id", name="pk_chats"),
    )


def _subscriptions() -> None:
    op.create_table(
        "subscriptions",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("target_key", sa.String(220), nullable=False),
        sa.Column("created_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_subscriptions"),
        sa.ForeignKeyConstraint(
            ["chat_id"],
            ["chats.chat_id"],
            name="fk_subscriptions_chat_id_chats",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("chat_id", "target_key", name="uq_subscriptions_chat_target"),
    )
    op.create_index("ix_subscriptions_target_key", "subscriptions", ["target_key"])


def _deliveries() -> None:
    op.create_table(
        "deliveries",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("reminder_kind", sa.String(16), nullable=False),
        sa.Column("offset_s", sa.Integer(), nullable=False),
        sa.Column("item_version", sa.String(128), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("due_at", UTC_DATETIME, nullable=False),
        sa.Column("claimed_at", UTC_DATETIME, nullable=False),
        sa.Column("claimed_by", sa.String(64), nullable=False),
        sa.Column("sent_at", UTC_DATETIME, nullable=True),
        sa.Column("finished_at", UTC_DATETIME, nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_deliveries"),
        sa.UniqueConstraint(
            "chat_id",
            "item_id",
            "reminder_kind",
            "offset_s",
            "item_version",
            name="uq_deliveries_key",
        ),
        sa.CheckConstraint(f"status IN ({STATUSES})", name="ck_deliveries_status"),
        sa.CheckConstraint(
            f"reminder_kind IN ({REMINDER_KINDS})", name="ck_deliveries_reminder_kind"
        ),
    )
    op.create_index("ix_deliveries_status_claimed_at", "deliveries", ["status", "claimed_at"])


def _known_items() -> None:
    op.create_table(
        "known_items",
        sa.Column("item_id", sa.String(200), nullable=False),
        sa.Column("version", sa.String(128), nullable=False),
        sa.Column("when_at", UTC_DATETIME, nullable=True),
        sa.Column("first_seen", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("item_id", name="pk_known_items"),
    )


def _questions() -> None:
    op.create_table(
        "questions",
        sa.Column("id", BIG_ID, autoincrement=True, nullable=False),
        sa.Column("normalized_text", sa.String(300), nullable=False),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("asked_at", UTC_DATETIME, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_questions"),
    )
    op.create_index("ix_questions_asked_at", "questions", ["asked_at"])
