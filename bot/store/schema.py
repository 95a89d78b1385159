"""Creating and upgrading the schema with Alembic, without an alembic.ini on disk.

The migration scripts ship inside the `bot.migrations` package, so the
configuration is built here from the package's location: an installed bot
upgrades its database the same way a checkout does.
"""

from __future__ import annotations

from importlib.resources import files

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, Engine, text

import bot.migrations

_LOCK_KEY = 0x6563_6370_626F_74  # any constant unique to this application: 'eccpbot'


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic config pointing at our migrations, optionally bound to a connection."""
    config = Config()
    config.set_main_option("script_location", str(files(bot.migrations)))
    config.attributes["connection"] = connection
    return config


def upgrade_schema(engine: Engine) -> None:
    """Bring the database to the newest migration ("alembic upgrade head").

    Two instances starting together must not both create the tables: on
    PostgreSQL a transaction-scoped advisory lock queues them (SQLite already
    does, through BEGIN IMMEDIATE), and the second finds the schema at head.
    """
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        command.upgrade(alembic_config(connection), "head")


def current_revision(engine: Engine) -> str | None:
    """The migration the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
