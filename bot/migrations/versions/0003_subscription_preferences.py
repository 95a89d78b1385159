"""Subscription preferences: reminder offsets per chat and per subscription, quiet hours.

Tags became phrases keyed by their normal form (`bot.knowledge.tags.tag_key`):
tag subscriptions stored before (lower-cased, spaces as hyphens, e.g.
"tag:clusters-meet-regions") are re-keyed, so they keep working; when a chat
held two keys that now mean one tag, one subscription is kept.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_subscriptions = sa.table(
    "subscriptions",
    sa.column("id", sa.BigInteger),
    sa.column("chat_id", sa.BigInteger),
    sa.column("target_key", sa.String),
)


def upgrade() -> None:
    with op.batch_alter_table("chats") as chats:
        chats.add_column(sa.Column("reminder_offsets", sa.String(64), nullable=True))
        chats.add_column(sa.Column("quiet_hours", sa.String(16), nullable=True))
    with op.batch_alter_table("subscriptions") as subscriptions:
        subscriptions.add_column(sa.Column("offsets", sa.String(64), nullable=True))
    _rekey_tags()


def _rekey_tags() -> None:
    """Old tag keys to the normal form; duplicates the new form creates are dropped."""
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(_subscriptions.c.id, _subscriptions.c.chat_id, _subscriptions.c.target_key)
        .where(_subscriptions.c.target_key.like("tag:%"))
        .order_by(_subscriptions.c.id)
    ).all()
    taken = {(chat, key) for _, chat, key in rows}
    for sub_id, chat, key in rows:
        new = "tag:" + tag_key(key.removeprefix("tag:"))
        if new == key:
            continue
        statement: sa.Executable
        if (chat, new) in taken or new == "tag:":
            statement = sa.delete(_subscriptions).where(_subscriptions.c.id == sub_id)
        else:
            statement = (
                sa.update(_subscriptions)
                .where(_subscriptions.c.id == sub_id)
                .values(target_key=new)
            )
            taken.add((chat, new))
        connection.execute(statement)


def tag_key(tag: str) -> str:
    """The normal form of `bot.knowledge.tags.tag_key` as of this revision (frozen here, so
    the migration does the same whatever that function becomes)."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", tag).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", plain.replace("ł", "l").replace("ø", "o")).strip()


def downgrade() -> None:
    with op.batch_alter_table("subscriptions") as subscriptions:
        subscriptions.drop_column("offsets")
    with op.batch_alter_table("chats") as chats:
        chats.drop_column("quiet_hours")
        chats.drop_column("reminder_offsets")
