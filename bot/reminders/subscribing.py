"""Subscribing, listing and unsubscribing, for every adapter (terminal and Telegram).

People say what they want to follow in their own words: "all calls",
"workshops", "tag clusters", "#energy", "everything", or an item's name with
typos ("cmr call").  Names go through the answering engine's own decision,
so a subscription never lands on a guessed item: when it cannot tell, it
offers the candidates.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from bot import store
from bot.answering.engine import Engine
from bot.answering.text import fold, words
from bot.knowledge.items import AnyItem, Knowledge
from bot.reminders.targets import Subscription, Target, TargetKind

ALL_WORDS = frozenset({"all", "everything", "anything", "all items", "every item", "all of it"})
CATEGORY_WORDS = {
    "call": "call", "calls": "call", "deadline": "call", "deadlines": "call",
    "event": "event", "events": "event", "brief": "brief", "briefs": "brief",
    "policy briefs": "brief",
}  # fmt: skip
KIND_WORDS = {
    "workshop": "workshop", "workshops": "workshop", "conference": "conference",
    "conferences": "conference", "webinar": "webinar", "webinars": "webinar",
    "meeting": "meeting", "meetings": "meeting",
}  # fmt: skip
FILLER = frozenset({"all", "new", "the", "me", "to", "for", "about", "on", "of", "every", "any"})


class Status(StrEnum):
    """What a subscription request came to."""

    ADDED = "added"
    ALREADY = "already"
    REMOVED = "removed"
    NOT_SUBSCRIBED = "not subscribed"
    CHOOSE = "choose"  # several items fit: `candidates`
    NOT_FOUND = "not found"
    USAGE = "usage"


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of a request, with a sentence to show and the candidates to offer."""

    status: Status
    text: str
    target: Target | None = None
    candidates: tuple[AnyItem, ...] = ()


USAGE = (
    "Tell me what to follow: a call or event by name (“/subscribe cmr call”), "
    "a kind (“all calls”, “workshops”, “events”, “briefs”), a tag (“tag clusters”) "
    "or “everything”."
)


def parse_target(text: str, engine: Engine, now: datetime) -> Target | tuple[AnyItem, ...] | None:
    """A target from free words; the candidates when a name is ambiguous; None if nothing."""
    folded = " ".join(words(text))
    if not folded:
        return None
    if folded in ALL_WORDS:
        return Target(TargetKind.ALL)
    kept = " ".join(w for w in folded.split() if w not in FILLER) or folded
    if kept in CATEGORY_WORDS:
        return Target(TargetKind.CATEGORY, CATEGORY_WORDS[kept])
    if kept in KIND_WORDS:
        return Target(TargetKind.EVENT_KIND, KIND_WORDS[kept])
    tag = _tag(text, engine.knowledge)
    if tag is not None:
        return Target(TargetKind.TAG, tag)
    item, candidates = engine.identify(text, now)
    if item is not None:
        return Target(TargetKind.ITEM, item.id)
    return candidates or None


def _tag(text: str, knowledge: Knowledge) -> str | None:
    """'tag clusters', '#clusters', or exactly a tag's name; tags are one word in targets."""
    raw = text.strip()
    explicit = raw.startswith("#") or fold(raw).startswith("tag ")
    wanted = fold(raw.lstrip("#").removeprefix("tag ").removeprefix("Tag ")).strip()
    tags = {fold(t): t.replace(" ", "-").lower() for i in knowledge.items for t in i.tags}
    if wanted in tags:
        return tags[wanted]
    return wanted.replace(" ", "-") if explicit and wanted else None


def describe(target: Target, knowledge: Knowledge) -> str:
    """Words for a target: 'all calls', 'workshops', 'tag “clusters”', an item's title."""
    if target.kind is TargetKind.ALL:
        return "everything"
    if target.kind is TargetKind.CATEGORY:
        return f"all {target.value}s"
    if target.kind is TargetKind.EVENT_KIND:
        return f"new {target.value}s"
    if target.kind is TargetKind.TAG:
        return f"tag “{target.value}”"
    item = knowledge.get(target.value)
    return item.title if item else f"{target.value} (no longer in the knowledge)"


class SubscriptionService:
    """The subscription actions, over the store and the current engine."""

    def __init__(
        self,
        database: store.Store,
        engine: Callable[[], Engine],
        clock: Callable[[], datetime],
    ) -> None:
        self.database = database
        self.engine = engine
        self.clock = clock

    def subscribe(self, chat_id: int, text: str, chat_type: str = "private") -> Outcome:
        """Follow what the words name, or say why not."""
        now = self.clock()
        found = parse_target(text, self.engine(), now)
        if found is None:
            if not text.strip():
                return Outcome(Status.USAGE, USAGE)
            return Outcome(Status.NOT_FOUND, f"I found nothing called “{text.strip()}”. {USAGE}")
        if isinstance(found, tuple):
            return Outcome(Status.CHOOSE, "Which one do you mean?", candidates=found)
        return self.follow(chat_id, found, chat_type)

    def follow(self, chat_id: int, target: Target, chat_type: str = "private") -> Outcome:
        """Add one target (e.g. from a Remind me button)."""
        now = self.clock()
        with self.database.session() as s:
            if store.get_chat(s, chat_id) is None:
                store.record_chat(s, chat_id, chat_type=chat_type, language=None, now=now)
            _, created = store.add_subscription(s, chat_id, target, now)
        label = describe(target, self.engine().knowledge)
        if not created:
            return Outcome(Status.ALREADY, f"You already follow {label}.", target)
        return Outcome(Status.ADDED, _added_text(target, label), target)

    def subscriptions(self, chat_id: int) -> list[tuple[Subscription, str]]:
        """The chat's subscriptions with a label each, oldest first."""
        with self.database.session() as s:
            found = store.list_subscriptions(s, chat_id)
        knowledge = self.engine().knowledge
        return [(sub, describe(sub.target, knowledge)) for sub in found]

    def unsubscribe(self, chat_id: int, text: str) -> Outcome:
        """Stop following: by the number shown in the list, or by the same words as /subscribe."""
        current = self.subscriptions(chat_id)
        chosen = _by_number(text, current)
        if chosen is None:
            parsed = parse_target(text, self.engine(), self.clock())
            chosen = next((sub for sub, _ in current if sub.target == parsed), None)
        if chosen is None:
            return Outcome(
                Status.NOT_SUBSCRIBED, "You don't follow that. /subscriptions lists what you do."
            )
        return self.remove(chat_id, chosen.id)

    def remove(self, chat_id: int, subscription_id: int) -> Outcome:
        """Remove one subscription by id (the remove buttons)."""
        labels = {sub.id: label for sub, label in self.subscriptions(chat_id)}
        with self.database.session() as s:
            removed = store.remove_subscription(s, chat_id, subscription_id)
        if not removed:
            return Outcome(Status.NOT_SUBSCRIBED, "That subscription was already removed.")
        return Outcome(Status.REMOVED, f"You no longer follow {labels[subscription_id]}.")

    def stop(self, chat_id: int) -> Outcome:
        """Forget the chat: every subscription and everything stored about it."""
        with self.database.session() as s:
            store.forget_chat(s, chat_id)
        return Outcome(
            Status.REMOVED,
            "Done: I removed all your subscriptions and everything I stored about this chat. "
            "Send me a message any time to start again.",
        )


def _by_number(text: str, current: Sequence[tuple[Subscription, str]]) -> Subscription | None:
    stripped = text.strip().lstrip("#")
    if stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= len(current):
        return current[int(stripped) - 1][0]
    return None


def _added_text(target: Target, label: str) -> str:
    if target.kind is TargetKind.ITEM:
        return f"Done: I will remind you of {label} before its deadline or start."
    if target.kind is TargetKind.EVENT_KIND:
        return f"Done: I will tell you about {label} and remind you before they start."
    return f"Done: you follow {label}; I will announce new items and remind you of deadlines."


def format_list(entries: Sequence[tuple[Subscription, str]]) -> str:
    """'You follow:' and a numbered list, or how to start."""
    if not entries:
        return f"You follow nothing yet. {USAGE}"
    lines = ["You follow:"] + [f"{n}. {label}" for n, (_, label) in enumerate(entries, 1)]
    return "\n".join(lines)
