"""Who wants to hear about what, and which reminder went where: pure values.

The store keeps these values and the delivery code passes them around, but
nothing here knows about SQL or Telegram.  A subscription names its target by
a short string key ("tag:clusters meet regions", "all:") so that one indexed
column answers "who follows any of these targets?" for a whole fan-out in a
single query.  Tags are phrases, keyed by their normal form (`tag_key`), so
"Clusters-meet Regions" typed by a user and "clusters meet regions" written
in a file are one target.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.knowledge.items import AnyItem, Category, Event, EventKind
from bot.knowledge.tags import MAX_TAG_LENGTH, tag_key, tag_problem
from bot.languages.codes import reply_language

MAX_VALUE_LENGTH = MAX_TAG_LENGTH
MAX_VERSION_LENGTH = 128
MAX_ZONE_LENGTH = 64


class TargetKind(StrEnum):
    """What a subscription follows: one item, a tag, a category, an event kind, or all."""

    ITEM = "item"
    TAG = "tag"
    CATEGORY = "category"
    EVENT_KIND = "event_kind"
    ALL = "all"


# Subscribing to "other" events would be meaningless to a user, so it is left out.
SUBSCRIBABLE_EVENT_KINDS = frozenset(k.value for k in EventKind if k is not EventKind.OTHER)
SUBSCRIBABLE_CATEGORIES = frozenset(c.value for c in Category)
_CHOICES = {
    TargetKind.CATEGORY: SUBSCRIBABLE_CATEGORIES,
    TargetKind.EVENT_KIND: SUBSCRIBABLE_EVENT_KINDS,
}


class ReminderKind(StrEnum):
    """Why a message goes out; part of the delivery key so each reason is sent once."""

    DEADLINE = "deadline"
    START = "start"
    NEW_ITEM = "new_item"
    MOVED = "moved"
    ANNOUNCEMENT = "announcement"


class DeliveryStatus(StrEnum):
    """Where a delivery stands in the ledger."""

    PENDING = "pending"  # waiting for its next attempt (new, or retried after 429/5xx)
    CLAIMED = "claimed"  # a process is sending it, under a lease it renews
    SENT = "sent"
    SKIPPED = "skipped"
    BLOCKED = "blocked"  # refused for good by the chat (403, chat gone)
    FAILED = "failed"  # refused for good by Telegram (400 for this message)
    EXPIRED = "expired"  # not sent before its deadline: too late to be useful


@dataclass(frozen=True, slots=True)
class Target:
    """Something a chat can subscribe to; compare and store it by `key`."""

    kind: TargetKind
    value: str = ""

    def __post_init__(self) -> None:
        kind = _target_kind(self.kind)
        object.__setattr__(self, "kind", kind)
        object.__setattr__(self, "value", _target_value(kind, self.value))

    @property
    def key(self) -> str:
        """The stored form, e.g. "tag:clusters" or "all:"."""
        return f"{self.kind}:{self.value}"

    @classmethod
    def parse(cls, key: str) -> Target:
        """Read a key written by `key`; raises ValueError with the reason if it is malformed."""
        kind, sep, value = key.partition(":")
        if not sep:
            raise ValueError(f"target key {key!r} has no ':' (expected e.g. 'tag:clusters')")
        return cls(_target_kind(kind), value)


def _target_kind(kind: str) -> TargetKind:
    try:
        return TargetKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in TargetKind)
        raise ValueError(f"unknown target kind {kind!r}; expected one of: {allowed}") from None


def _target_value(kind: TargetKind, value: str) -> str:
    """Normalise and check the value, so equal targets always have equal keys."""
    value = value.strip()
    if kind is TargetKind.ALL:
        if value:
            raise ValueError(f"target 'all' takes no value, got {value!r}")
        return value
    if kind is TargetKind.TAG:
        return _tag_value(value)
    if kind is not TargetKind.ITEM:
        value = value.lower()  # categories and kinds match case-insensitively
    _check_choice(kind, value)
    return value


def _tag_value(value: str) -> str:
    problem = tag_problem(value) if value else "empty"
    if problem is not None:
        raise ValueError(f"tag {value[:40]!r}: {problem}")
    return tag_key(value)


def _check_choice(kind: TargetKind, value: str) -> None:
    if not value:
        raise ValueError(f"target {kind.value!r} needs a value")
    if len(value) > MAX_VALUE_LENGTH or any(ch.isspace() for ch in value):
        raise ValueError(f"{kind.value} {value[:40]!r} must be one word of at most 200 characters")
    allowed = _CHOICES.get(kind)
    if allowed is not None and value not in allowed:
        raise ValueError(f"unknown {kind.value} {value!r}; expected one of: {sorted(allowed)}")


def target_keys_for(item: AnyItem) -> frozenset[str]:
    """Every target key whose subscribers want news of this item; never raises.

    The loader refuses tags nobody could follow; an item built in code with
    such a tag (or an over-long id) simply has fewer keys, since this runs
    at send time, where an exception would cost everyone their reminder.
    """
    keys = {Target(TargetKind.ALL).key, f"{TargetKind.CATEGORY}:{item.category.value}"}
    keys.update(f"{TargetKind.TAG}:{tag_key(t)}" for t in item.tags if tag_problem(t) is None)
    if item.id and len(item.id) <= MAX_VALUE_LENGTH:
        keys.add(f"{TargetKind.ITEM}:{item.id}")
    if isinstance(item, Event) and item.kind.value in SUBSCRIBABLE_EVENT_KINDS:
        keys.add(f"{TargetKind.EVENT_KIND}:{item.kind.value}")
    return frozenset(keys)


def item_key(item_id: str) -> str:
    """The key of following one item by id."""
    return f"{TargetKind.ITEM}:{item_id}"


def check_zone_name(name: str) -> str:
    """Return the IANA zone name if it exists; raise ValueError naming it otherwise."""
    try:
        if not name or len(name) > MAX_ZONE_LENGTH:
            raise ValueError
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        raise ValueError(f"unknown time zone {name!r} (expected e.g. 'Europe/Brussels')") from None
    return name


@dataclass(frozen=True, slots=True)
class Subscription:
    """One chat following one target; `offsets` None means the chat's choice (or the defaults)."""

    id: int
    chat_id: int
    target: Target
    created_at: datetime
    offsets: tuple[timedelta, ...] | None = None


@dataclass(frozen=True, slots=True)
class ChatInfo:
    """What we remember about a chat: enough to answer in its language and zone."""

    chat_id: int
    chat_type: str
    language: str | None
    timezone: str | None
    first_seen: datetime
    last_seen: datetime
    blocked: bool
    blocked_at: datetime | None
    chosen_language: str | None = None  # chosen in /settings; wins over `language`

    @property
    def reply_language(self) -> str:
        """The language messages to this chat are written in: its choice, else its app's."""
        return reply_language(self.chosen_language, None, self.language)


@dataclass(frozen=True, slots=True)
class DeliveryKey:
    """The identity of one message: the same key is never sent twice.

    `item_version` changes when the item's dates change, so a moved deadline
    gets fresh reminders while an unchanged one does not.
    """

    chat_id: int
    item_id: str
    reminder_kind: ReminderKind
    offset_s: int
    item_version: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "reminder_kind", _reminder_kind(self.reminder_kind))
        if not self.item_id or len(self.item_id) > MAX_VALUE_LENGTH:
            raise ValueError(f"delivery item_id {self.item_id[:40]!r} must be 1-200 characters")
        if len(self.item_version) > MAX_VERSION_LENGTH:
            raise ValueError(
                f"delivery item_version is longer than {MAX_VERSION_LENGTH} characters"
            )


def _reminder_kind(kind: str) -> ReminderKind:
    if isinstance(kind, ReminderKind):
        return kind  # the fan-out builds 100,000 keys: skip the Enum lookup for real members
    try:
        return ReminderKind(kind)
    except ValueError:
        allowed = ", ".join(k.value for k in ReminderKind)
        raise ValueError(f"unknown reminder kind {kind!r}; expected one of: {allowed}") from None


@dataclass(frozen=True, slots=True)
class DeliveryRecord:
    """A ledger row as the delivery code and tests see it."""

    key: DeliveryKey
    status: DeliveryStatus
    due_at: datetime
    claimed_at: datetime
    claimed_by: str
    sent_at: datetime | None
    finished_at: datetime | None
    attempts: int
    last_error: str | None
    lease_until: datetime | None = None
    next_attempt_at: datetime | None = None
    expires_at: datetime | None = None
