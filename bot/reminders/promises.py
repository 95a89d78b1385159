"""Honest promises: what a subscription can still bring, and when it next sends.

Subscribing to a call that closed in 2022 must not answer "I will remind
you".  These rules say where an item stands for reminders (open, over,
under way, undated), what could still come instead (its tags, its kind, the
next edition, related items still ahead), and for any subscription the next
reminder it will send and when, quiet hours included.  Pure: `now` is passed in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot.knowledge.dates import event_end
from bot.knowledge.items import AnyItem, Call, Event, Knowledge
from bot.knowledge.tags import tag_key, tag_problem
from bot.reminders.preferences import (
    ChatPreferences,
    Defaults,
    Offsets,
    effective_offsets,
    offset_words,
    release_time,
)
from bot.reminders.rules import item_moment
from bot.reminders.targets import SUBSCRIBABLE_EVENT_KINDS, Target, TargetKind, target_keys_for

_EDITION = re.compile(r"\b(19|20)\d\d\b|\d+")
MAX_ALTERNATIVES = 5


class Standing(StrEnum):
    """Where an item stands for reminders."""

    AHEAD = "ahead"  # its deadline or start is still to come
    UNDER_WAY = "under way"  # an event that started and has not ended
    OVER = "over"  # a closed call, a past event
    UNDATED = "undated"  # a brief: nothing to count down to


def standing(item: AnyItem, now: datetime) -> Standing:
    """Ahead, under way, over or undated."""
    moment = item_moment(item)
    if moment is None:
        return Standing.UNDATED
    if moment > now:
        return Standing.AHEAD
    if isinstance(item, Event) and event_end(item) > now:
        return Standing.UNDER_WAY
    return Standing.OVER


def alternatives(item: AnyItem, knowledge: Knowledge, now: datetime) -> list[Target]:
    """What can still come instead: the next edition, related items ahead, kind, tags."""
    later = _later_editions(item, knowledge, now)
    found: list[Target] = [Target(TargetKind.ITEM, i.id) for i in later]
    found += [
        Target(TargetKind.ITEM, i.id)
        for i in (knowledge.get(r) for r in item.related)
        if i is not None and standing(i, now) is Standing.AHEAD
    ]
    found.append(_kind_target(item))
    tags = sorted((t for t in item.tags if tag_problem(t) is None), key=lambda t: -len(t.split()))
    found += [Target(TargetKind.TAG, t) for t in tags]  # the most specific phrase first
    return list(dict.fromkeys(found))[:MAX_ALTERNATIVES]


def _kind_target(item: AnyItem) -> Target:
    if isinstance(item, Event) and item.kind.value in SUBSCRIBABLE_EVENT_KINDS:
        return Target(TargetKind.EVENT_KIND, item.kind.value)
    return Target(TargetKind.CATEGORY, item.category.value)


def _later_editions(item: AnyItem, knowledge: Knowledge, now: datetime) -> list[AnyItem]:
    """Items of the same series (the title without years and numbers) still ahead."""
    series = _series(item.title)
    return [
        other
        for other in knowledge.items
        if other.id != item.id
        and other.category is item.category
        and _series(other.title) == series
        and standing(other, now) is Standing.AHEAD
    ]


def _series(title: str) -> str:
    return tag_key(_EDITION.sub(" ", title))


def items_of(target: Target, knowledge: Knowledge) -> list[AnyItem]:
    """The items a target follows today."""
    if target.kind is TargetKind.ITEM:
        item = knowledge.get(target.value)
        return [item] if item is not None else []
    return [item for item in knowledge.items if target.key in target_keys_for(item)]


@dataclass(frozen=True, slots=True)
class NextSend:
    """The next reminder a subscription sends: about what, how long before, and when."""

    item: AnyItem
    offset_words: str
    at: datetime


def next_send(
    target: Target,
    own: Offsets | None,
    subscribed_at: datetime,
    chat: ChatPreferences,
    knowledge: Knowledge,
    defaults: Defaults,
    now: datetime,
) -> NextSend | None:
    """The soonest reminder still to go out for this subscription, or None."""
    best: NextSend | None = None
    zone = chat.zone or defaults.zone
    for item in items_of(target, knowledge):
        moment = item_moment(item)
        if moment is None or moment <= now:
            continue
        chosen = effective_offsets(own, chat.offsets, defaults.offsets_for(isinstance(item, Call)))
        for offset in chosen:
            due = moment - offset
            if due <= now or due < subscribed_at:
                continue
            at = release_time(due, moment, zone, chat.quiet)
            if best is None or at < best.at:
                best = NextSend(item, offset_words(offset), at)
    return best
