"""Item versions seen so far, so a restart can still tell new items and moved dates."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.store._sql import upsert
from bot.store.models import KnownItemRow

ItemVersion = tuple[str, datetime | None]


def known_item_versions(s: Session) -> dict[str, ItemVersion]:
    """Each remembered item id with its last version and date."""
    statement = select(KnownItemRow.item_id, KnownItemRow.version, KnownItemRow.when_at)
    return {item_id: (version, when) for item_id, version, when in s.execute(statement)}


def save_item_versions(s: Session, versions: Mapping[str, ItemVersion], now: datetime) -> None:
    """Remember these versions; `first_seen` is kept for items already known.

    Items missing from `versions` are kept too: an item removed by mistake and
    restored later must not be announced as new a second time.
    """
    if not versions:
        return
    rows = [_row(item_id, version, now) for item_id, version in versions.items()]
    statement = upsert(s, KnownItemRow.__table__)
    changed = {"version": statement.excluded.version, "when_at": statement.excluded.when_at}
    s.execute(statement.on_conflict_do_update(index_elements=["item_id"], set_=changed), rows)


def _row(item_id: str, version: ItemVersion, now: datetime) -> dict[str, Any]:
    return {"item_id": item_id, "version": version[0], "when_at": version[1], "first_seen": now}
