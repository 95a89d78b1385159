"""Chats: who talks to the bot, in which language and zone, and who blocked it."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import delete, func, literal, or_, select, update
from sqlalchemy.orm import Session

from bot.languages.codes import ENGLISH, reply_language, supported
from bot.reminders.preferences import (
    ChatPreferences,
    Offsets,
    QuietHours,
    from_stored,
    quiet_to_stored,
    stored_quiet,
    to_stored,
)
from bot.reminders.targets import ChatInfo, check_zone_name
from bot.store._sql import chunks, distinct, rowcount, upsert
from bot.store.models import ChatRow, DeliveryRow, SubscriptionRow, UTCDateTime


class UnknownChatError(LookupError):
    """The chat has never talked to the bot (or said /stop); record it first."""

    def __init__(self, chat_id: int) -> None:
        super().__init__(f"chat {chat_id} is not known; call record_chat first")
        self.chat_id = chat_id


def record_chat(
    s: Session, chat_id: int, *, chat_type: str, language: str | None, now: datetime
) -> ChatInfo:
    """Note that a chat talked to us: new chats are added, known ones refreshed.

    Talking to us again proves the chat is no longer blocking the bot, so the
    blocked flag is cleared; a missing language keeps the one we knew.  The
    upsert is atomic, so two updates from the same chat cannot collide.
    """
    values = {"chat_type": chat_type, "language": language, "last_seen": now}
    statement = upsert(s, ChatRow).values(chat_id=chat_id, first_seen=now, **values)
    refresh = {
        **values,
        "language": func.coalesce(statement.excluded.language, ChatRow.language),
        "blocked": False,
        "blocked_at": None,
    }
    s.execute(statement.on_conflict_do_update(index_elements=["chat_id"], set_=refresh))
    return _require(s, chat_id)


def record_chats(s: Session, seen: Iterable[tuple[int, str, str | None, datetime]]) -> int:
    """Record many chats at once (chat id, type, language, when), as `record_chat` does each.

    One statement executed for all rows: the bot notes who talks to it in
    memory and writes it in batches, not once per message.
    """
    rows = [
        {"chat_id": c, "chat_type": t, "language": lang, "first_seen": at, "last_seen": at}
        for c, t, lang, at in seen
    ]
    if not rows:
        return 0
    statement = upsert(s, ChatRow)
    refresh = {
        "chat_type": statement.excluded.chat_type,
        "last_seen": statement.excluded.last_seen,
        "language": func.coalesce(statement.excluded.language, ChatRow.language),
        "blocked": False,
        "blocked_at": None,
    }
    s.execute(statement.on_conflict_do_update(index_elements=["chat_id"], set_=refresh), rows)
    return len(rows)


def get_chat(s: Session, chat_id: int) -> ChatInfo | None:
    """What we know about a chat, or None."""
    row = s.get(ChatRow, chat_id, populate_existing=True)
    return None if row is None else _chat_info(row)


def set_chat_timezone(s: Session, chat_id: int, zone_name: str | None) -> ChatInfo:
    """Set (or, with None, clear) the chat's IANA zone; ValueError if it does not exist."""
    zone = None if zone_name is None else check_zone_name(zone_name)
    _update(s, chat_id, timezone=zone)
    return _require(s, chat_id)


def set_chat_language(s: Session, chat_id: int, language: str | None) -> ChatInfo:
    """Set the language the chat chose (None: back to its app's); ValueError if not spoken."""
    chosen = None if language is None else supported(language)
    if language is not None and chosen is None:
        raise ValueError(f"not a language the bot speaks: {language!r}")
    _update(s, chat_id, chosen_language=chosen)
    return _require(s, chat_id)


def all_chosen_languages(s: Session) -> dict[int, str]:
    """Every chat that chose a language in /settings, with it: kept in memory, like zones."""
    statement = select(ChatRow.chat_id, ChatRow.chosen_language).where(
        ChatRow.chosen_language.is_not(None)
    )
    return {chat_id: language for chat_id, language in s.execute(statement) if language}


def chat_languages(s: Session, chat_ids: Iterable[int]) -> dict[int, str]:
    """The reply language of each chat that is not written to in English (fan-outs word per chat).

    A chat's choice wins over the language its app reports; chats not listed get English.
    """
    found: dict[int, str] = {}
    for ids in chunks(distinct(chat_ids)):
        statement = select(ChatRow.chat_id, ChatRow.chosen_language, ChatRow.language).where(
            ChatRow.chat_id.in_(ids),
            or_(ChatRow.chosen_language.is_not(None), ChatRow.language.is_not(None)),
        )
        for chat_id, chosen, usual in s.execute(statement):
            language = reply_language(chosen, None, usual)
            if language != ENGLISH:
                found[chat_id] = language
    return found


def all_chat_timezones(s: Session) -> dict[int, str]:
    """Every chat that chose a zone, with it: few do, so the bot keeps them all in memory."""
    statement = select(ChatRow.chat_id, ChatRow.timezone).where(ChatRow.timezone.is_not(None))
    return {chat_id: zone for chat_id, zone in s.execute(statement) if zone}


def chat_timezones(s: Session, chat_ids: Iterable[int]) -> dict[int, str]:
    """The zone names chats chose, for those that chose one (fan-outs word times per chat)."""
    found: dict[int, str] = {}
    for ids in chunks(distinct(chat_ids)):
        statement = select(ChatRow.chat_id, ChatRow.timezone).where(
            ChatRow.chat_id.in_(ids), ChatRow.timezone.is_not(None)
        )
        found.update({chat_id: zone for chat_id, zone in s.execute(statement) if zone})
    return found


def set_chat_offsets(s: Session, chat_id: int, offsets: Offsets | None) -> None:
    """The chat's reminder offsets (None: back to the configured defaults)."""
    _update(s, chat_id, reminder_offsets=to_stored(offsets))


def set_chat_quiet_hours(s: Session, chat_id: int, quiet: QuietHours | None) -> None:
    """The chat's quiet hours (None: none at all)."""
    _update(s, chat_id, quiet_hours=quiet_to_stored(quiet))


def chat_preferences(s: Session, chat_id: int) -> ChatPreferences:
    """One chat's choices; the defaults for a chat we do not know."""
    return chats_preferences(s, [chat_id]).get(chat_id, ChatPreferences())


def chats_preferences(s: Session, chat_ids: Iterable[int]) -> dict[int, ChatPreferences]:
    """The choices of the chats that made any (zone, offsets, quiet hours); a fan-out's query.

    Chats that chose nothing are left out: the caller applies the defaults,
    so 100,000 followers who never opened /settings cost no rows.
    """
    found: dict[int, ChatPreferences] = {}
    columns = (ChatRow.chat_id, ChatRow.timezone, ChatRow.reminder_offsets, ChatRow.quiet_hours)
    chosen = or_(
        ChatRow.timezone.is_not(None),
        ChatRow.reminder_offsets.is_not(None),
        ChatRow.quiet_hours.is_not(None),
    )
    for ids in chunks(distinct(chat_ids)):
        statement = select(*columns).where(ChatRow.chat_id.in_(ids), chosen)
        for chat_id, zone, offsets, quiet in s.execute(statement):
            found[chat_id] = _preferences(zone, offsets, quiet)
    return found


def _preferences(zone: str | None, offsets: str | None, quiet: str | None) -> ChatPreferences:
    return ChatPreferences(
        ZoneInfo(zone) if zone else None, from_stored(offsets), stored_quiet(quiet)
    )


def mark_chat_blocked(s: Session, chat_id: int, now: datetime) -> bool:
    """Remember that the chat blocked the bot, so fan-outs skip it; False if unknown.

    The first blocking time is kept when the chat was already blocked.
    """
    since = func.coalesce(ChatRow.blocked_at, literal(now, UTCDateTime))  # keep UTC storage
    statement = update(ChatRow).where(ChatRow.chat_id == chat_id)
    return rowcount(s, statement.values(blocked=True, blocked_at=since)) == 1


def forget_chat(s: Session, chat_id: int) -> int:
    """Delete the chat, its subscriptions and its ledger rows (/stop); rows removed."""
    removed = rowcount(s, delete(DeliveryRow).where(DeliveryRow.chat_id == chat_id))
    removed += rowcount(s, delete(SubscriptionRow).where(SubscriptionRow.chat_id == chat_id))
    removed += rowcount(s, delete(ChatRow).where(ChatRow.chat_id == chat_id))
    s.expire_all()
    return removed


def move_chat(s: Session, old: int, new: int) -> None:
    """A group became a supergroup with a new id: its row, subscriptions and ledger follow.

    Subscriptions the new chat already has are kept once; ledger rows move
    unless the new chat already has the same key (then the old row stays as
    the record of what the old id was sent).
    """
    row = s.get(ChatRow, old)
    if row is not None and s.get(ChatRow, new) is None:
        s.add(ChatRow(**{**_columns(row), "chat_id": new}))
        s.flush()
    taken = select(SubscriptionRow.target_key).where(SubscriptionRow.chat_id == new)
    s.execute(
        delete(SubscriptionRow).where(
            SubscriptionRow.chat_id == old, SubscriptionRow.target_key.in_(taken)
        )
    )
    moved = update(SubscriptionRow).where(SubscriptionRow.chat_id == old)
    s.execute(moved.values(chat_id=new), execution_options={"synchronize_session": False})
    _move_ledger(s, old, new)
    s.execute(delete(ChatRow).where(ChatRow.chat_id == old))
    s.expire_all()


def _move_ledger(s: Session, old: int, new: int) -> None:
    other = DeliveryRow.__table__.alias("other")
    clash = (
        select(other.c.id)
        .where(
            other.c.chat_id == new,
            other.c.item_id == DeliveryRow.item_id,
            other.c.reminder_kind == DeliveryRow.reminder_kind,
            other.c.offset_s == DeliveryRow.offset_s,
            other.c.item_version == DeliveryRow.item_version,
        )
        .exists()
    )
    statement = update(DeliveryRow).where(DeliveryRow.chat_id == old, ~clash)
    s.execute(statement.values(chat_id=new), execution_options={"synchronize_session": False})


def _columns(row: ChatRow) -> dict[str, object]:
    names = "chat_type language chosen_language timezone first_seen last_seen blocked".split()
    return {name: getattr(row, name) for name in names} | {"blocked_at": row.blocked_at}


def count_chats(s: Session, active_only: bool = False) -> int:
    """How many chats we know; with `active_only`, those not blocking the bot."""
    statement = select(func.count()).select_from(ChatRow)
    if active_only:
        statement = statement.where(ChatRow.blocked.is_(False))
    return s.scalar(statement) or 0


def active_chat_ids(s: Session) -> list[int]:
    """Every chat that has not blocked the bot: the audience of an announcement to everyone."""
    statement = select(ChatRow.chat_id).where(ChatRow.blocked.is_(False)).order_by(ChatRow.chat_id)
    return list(s.scalars(statement))


def require_chat(s: Session, chat_id: int) -> None:
    """Raise UnknownChatError unless the chat exists."""
    found = s.scalar(select(ChatRow.chat_id).where(ChatRow.chat_id == chat_id))
    if found is None:
        raise UnknownChatError(chat_id)


def _update(s: Session, chat_id: int, **values: object) -> None:
    statement = update(ChatRow).where(ChatRow.chat_id == chat_id).values(**values)
    if rowcount(s, statement) != 1:
        raise UnknownChatError(chat_id)


def _require(s: Session, chat_id: int) -> ChatInfo:
    info = get_chat(s, chat_id)
    if info is None:
        raise UnknownChatError(chat_id)
    return info


def _chat_info(row: ChatRow) -> ChatInfo:
    return ChatInfo(
        chat_id=row.chat_id,
        chat_type=row.chat_type,
        language=row.language,
        timezone=row.timezone,
        first_seen=row.first_seen,
        last_seen=row.last_seen,
        blocked=row.blocked,
        blocked_at=row.blocked_at,
        chosen_language=row.chosen_language,
    )
