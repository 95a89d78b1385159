"""Alembic migrations; run them with `bot.store.upgrade_schema(engine)`."""
