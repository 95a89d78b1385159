"""The language a chat chose in /settings, apart from the one its Telegram app reports.

`chats.language` keeps what Telegram sends with every update (`language_code`);
`chats.chosen_language` is the user's own choice and wins over it.  Existing
chats have made no choice, so the column starts empty.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("chats") as chats:
        chats.add_column(sa.Column("chosen_language", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("chats") as chats:
        chats.drop_column("chosen_language")
