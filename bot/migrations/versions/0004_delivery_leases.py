"""Delivery leases: pending and expired messages, claim leases, retry times, stored messages.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UTC_DATETIME = sa.DateTime(timezone=True)
OLD_STATUSES = "'claimed', 'sent', 'skipped', 'blocked', 'failed'"
AS_NAMED = {"ck": "%(constraint_name)s"}  # reflected names are final, not templates
NEW_STATUSES = "'pending', 'claimed', 'sent', 'skipped', 'blocked', 'failed', 'expired'"


def upgrade() -> None:
    # batch mode: SQLite can only change a CHECK constraint by copying the table
    with op.batch_alter_table("deliveries", naming_convention=AS_NAMED) as table:
        table.add_column(sa.Column("lease_until", UTC_DATETIME, nullable=True))
        table.add_column(sa.Column("next_attempt_at", UTC_DATETIME, nullable=True))
        table.add_column(sa.Column("expires_at", UTC_DATETIME, nullable=True))
        table.add_column(sa.Column("payload", sa.Text(), nullable=True))
        table.drop_constraint("ck_deliveries_status", type_="check")
        table.create_check_constraint(op.f("ck_deliveries_status"), f"status IN ({NEW_STATUSES})")
    op.create_index(
        "ix_deliveries_status_next_attempt_at", "deliveries", ["status", "next_attempt_at"]
    )
    # claims made before leases existed: give them an expired lease, so they are resumed
    op.execute("UPDATE deliveries SET lease_until = claimed_at WHERE status = 'claimed'")
    # 429s and 5xx used to end a message as failed for good: they wait for an attempt again
    op.execute(
        "UPDATE deliveries SET status = 'pending', next_attempt_at = finished_at "
        "WHERE status = 'failed' AND (last_error LIKE 'transient:%' "
        "OR last_error LIKE 'retry after:%')"
    )


def downgrade() -> None:
    op.drop_index("ix_deliveries_status_next_attempt_at", "deliveries")
    op.execute("UPDATE deliveries SET status = 'failed' WHERE status IN ('pending', 'expired')")
    with op.batch_alter_table("deliveries", naming_convention=AS_NAMED) as table:
        table.drop_constraint("ck_deliveries_status", type_="check")
        table.create_check_constraint(op.f("ck_deliveries_status"), f"status IN ({OLD_STATUSES})")
        for column in ("payload", "expires_at", "next_attempt_at", "lease_until"):
            table.drop_column(column)
