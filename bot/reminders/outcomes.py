"""What a subscription request came to: an outcome to show, or a proposal to confirm."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.answering.subscription_requests import Action
from bot.knowledge.items import AnyItem
from bot.reminders.preferences import Offsets
from bot.reminders.targets import Target


class Status(StrEnum):
    """What a subscription request came to."""

    ADDED = "added"
    ALREADY = "already"
    REMOVED = "removed"
    NOT_SUBSCRIBED = "not subscribed"
    CHOOSE = "choose"  # several items fit: `candidates`
    NOTHING_TO_COME = "nothing to come"  # over, under way or undated: `alternatives`
    NOT_FOUND = "not found"
    USAGE = "usage"
    SET = "set"  # a preference changed


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of a request, with a sentence to show and the choices to offer."""

    status: Status
    text: str
    target: Target | None = None
    candidates: tuple[AnyItem, ...] = ()
    alternatives: tuple[Target, ...] = ()
    offsets: Offsets | None = None


@dataclass(frozen=True, slots=True)
class Proposal:
    """A plain-words request understood, waiting for the person's yes."""

    action: Action
    question: str
    target: Target | None = None
    offsets: Offsets | None = None
    subscription_id: int | None = None
