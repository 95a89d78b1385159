"""Leases: one instance at a time holds a named lease, renewing it before it expires.

Several instances may share one database behind a load balancer; each answers
questions, but only the lease holder runs the reminder scheduler, so fan-outs
are not computed twice.  (Were two to run anyway, the ledger's claims would
still send each message once.)  A lease rather than a PostgreSQL advisory
lock works on SQLite too, survives connection drops, and is tested with an
injected clock.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, or_, update
from sqlalchemy.orm import Session

from bot.store._sql import rowcount, upsert
from bot.store.models import LeaseRow


def acquire_lease(s: Session, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew the lease; True if `holder` has it until now + ttl."""
    insert = upsert(s, LeaseRow).values(name=name, holder=holder, expires_at=now - ttl)
    s.execute(insert.on_conflict_do_nothing(index_elements=["name"]))
    statement = (
        update(LeaseRow)
        .where(LeaseRow.name == name, or_(LeaseRow.holder == holder, LeaseRow.expires_at <= now))
        .values(holder=holder, expires_at=now + ttl)
    )
    return rowcount(s, statement) == 1


def release_lease(s: Session, name: str, holder: str) -> bool:
    """Give the lease up at shutdown, so another instance takes over at once."""
    statement = delete(LeaseRow).where(LeaseRow.name == name, LeaseRow.holder == holder)
    return rowcount(s, statement) == 1
