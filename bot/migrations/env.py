"""Alembic environment: runs migrations on the connection `upgrade_schema` passes in.

Run through the `alembic` command line instead (for `revision --autogenerate`),
it connects to DATABASE_URL.  Offline (`--sql`) mode is not supported: the
bot always migrates a live database.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from bot.config import DEFAULT_DATABASE_URL
from bot.store.engine import create_db_engine
from bot.store.models import Base


def run_on(connection: Connection) -> None:
    """Migrate over an open connection, in its current schema (search_path)."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    """Use the caller's connection, or open one to DATABASE_URL."""
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    engine = create_db_engine(os.environ.get("DATABASE_URL", DEFAULT_DATABASE_URL))
    try:
        with engine.begin() as own:
            run_on(own)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; migrate a live database")
run_online()
