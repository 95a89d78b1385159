"""Subscribing, listing and unsubscribing, for every adapter (terminal and Telegram).

Every answer is an honest promise: following an open call says when its
next reminder goes out; following a call that closed says so and offers
what can still come (its tags, its kind, the next edition) instead of
storing a subscription that would never send anything.  Requests in plain
words ("remind me 3 days before the CmR deadline") become a `Proposal` that
the adapter confirms (a button, a yes/no prompt) before anything is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from bot import store
from bot.answering.engine import Engine
from bot.answering.subscription_requests import Action
from bot.answering.tongues import read_question_in
from bot.knowledge.items import AnyItem, Call, Event
from bot.languages import dates as spoken
from bot.languages.codes import ENGLISH
from bot.languages.speech import _
from bot.reminders import promises, proposals
from bot.reminders.outcomes import Outcome, Proposal, Status
from bot.reminders.preferences import (
    ChatPreferences,
    Defaults,
    Offsets,
    QuietHours,
    list_words,
)
from bot.reminders.promises import Standing, standing
from bot.reminders.target_words import USAGE, describe, parse_target
from bot.reminders.targets import Subscription, Target, TargetKind

DEFAULTS = Defaults(
    (timedelta(days=7), timedelta(days=1), timedelta(hours=1)),
    (timedelta(days=1),),
    ZoneInfo("Europe/Brussels"),
)


class SubscriptionService:
    """The subscription actions, over the store and the current engine."""

    def __init__(
        self,
        database: store.Store,
        engine: Callable[[], Engine],
        clock: Callable[[], datetime],
        defaults: Defaults = DEFAULTS,
    ) -> None:
        self.database = database
        self.engine = engine
        self.clock = clock
        self.defaults = defaults

    def subscribe(self, chat_id: int, text: str, chat_type: str = "private") -> Outcome:
        """Follow what the words name (/subscribe), or say why not."""
        found = self.resolve(text)
        if isinstance(found, Outcome):
            return found
        return self.follow(chat_id, found, chat_type)

    def follow(
        self,
        chat_id: int,
        target: Target,
        chat_type: str = "private",
        offsets: Offsets | None = None,
    ) -> Outcome:
        """Add one target (a Remind me button, a confirmed request), unless nothing can come."""
        now = self.clock()
        refusal = self.nothing_to_come(target, now)
        if refusal is not None:
            return refusal
        with self.database.session() as s:
            if store.get_chat(s, chat_id) is None:
                store.record_chat(s, chat_id, chat_type=chat_type, language=None, now=now)
            sub, created = store.add_subscription(s, chat_id, target, now, offsets)
            chat = store.chat_preferences(s, chat_id)
        label = describe(target, self.engine().knowledge)
        promise = self.promise(sub, chat, now)
        if not created and offsets is None:
            text = _("You already follow {label}. {promise}")
            return Outcome(Status.ALREADY, text.format(label=label, promise=promise), target)
        text = _("Done: you follow {label}. {promise}")
        return Outcome(Status.ADDED, text.format(label=label, promise=promise), target)

    def subscriptions(self, chat_id: int) -> list[tuple[Subscription, str]]:
        """The chat's subscriptions, each with a label and what it sends next, oldest first."""
        now = self.clock()
        with self.database.session() as s:
            found = store.list_subscriptions(s, chat_id)
            chat = store.chat_preferences(s, chat_id)
        knowledge = self.engine().knowledge
        return [
            (sub, f"{describe(sub.target, knowledge)}: {self.promise(sub, chat, now)}")
            for sub in found
        ]

    def promise(self, sub: Subscription, chat: ChatPreferences, now: datetime) -> str:
        """What the subscription will next send and when, or that nothing is scheduled."""
        knowledge = self.engine().knowledge
        upcoming = promises.next_send(
            sub.target, sub.offsets, sub.created_at, chat, knowledge, self.defaults, now
        )
        offsets = self._offsets_words(sub.offsets, chat)
        news = sub.target.kind is not TargetKind.ITEM
        if upcoming is None:
            if news:
                text = _(
                    "New items are announced; no reminder is scheduled right now ({offsets})."
                )
            else:
                text = _("No reminder is scheduled right now ({offsets}).")
            return text.format(offsets=offsets)
        when = spoken.format_in_zone(upcoming.at, chat.zone or self.defaults.zone)
        return _next_reminder(upcoming, news).format(
            title=upcoming.item.title, before=upcoming.offset_words, when=when, offsets=offsets
        )

    def _offsets_words(self, own: Offsets | None, chat: ChatPreferences) -> str:
        chosen = own if own is not None else chat.offsets
        if chosen is not None:
            return _("reminders {offsets} before").format(offsets=list_words(chosen))
        calls, events = self.defaults.call_offsets, self.defaults.event_offsets
        if not calls and not events:
            return _("no reminders")
        return _("reminders {calls} before deadlines, {events} before starts").format(
            calls=list_words(calls), events=list_words(events)
        )

    def nothing_to_come(self, target: Target, now: datetime) -> Outcome | None:
        """For an item that is over, under way or undated: say so and offer what can come."""
        knowledge = self.engine().knowledge
        item = knowledge.get(target.value) if target.kind is TargetKind.ITEM else None
        if item is None:
            return None
        where = standing(item, now)
        if where is Standing.AHEAD:
            return None
        others = tuple(promises.alternatives(item, knowledge, now))
        text = f"{_why_nothing(item, where)} {_instead(others)}"
        return Outcome(Status.NOTHING_TO_COME, text, target, alternatives=others)

    def resolve(self, text: str, last_item: str | None = None) -> Target | Outcome:
        """The target words name ('it' given as `last_item`), or the outcome saying why not."""
        if not text.strip():
            if last_item is not None and self.engine().knowledge.get(last_item) is not None:
                return Target(TargetKind.ITEM, last_item)
            return Outcome(Status.USAGE, _(USAGE))
        try:
            found = self._target(text)
        except ValueError as exc:  # e.g. a tag longer than a key may be
            why = _("I can't follow that: {problem}.").format(problem=exc)
            return Outcome(Status.NOT_FOUND, f"{why} {_(USAGE)}")
        if found is None:
            nothing = _("I found nothing called “{words}”.").format(words=text.strip())
            return Outcome(Status.NOT_FOUND, f"{nothing} {_(USAGE)}")
        if isinstance(found, tuple):
            return Outcome(Status.CHOOSE, _("Which one do you mean?"), candidates=found)
        return found

    def _target(self, text: str) -> Target | tuple[AnyItem, ...] | None:
        """What the words name, read as English first, then in the language they are in.

        "/subscribe alle Ausschreibungen" is "all calls"; item names are read as written.
        """
        engine = self.engine()
        found = parse_target(text, engine, self.clock())
        if found is not None:
            return found
        reading = read_question_in(text, engine.index.in_a_name)
        if reading.language == ENGLISH:
            return None
        return parse_target(reading.text, engine, self.clock())

    def propose(
        self, chat_id: int, text: str, last_item: str | None = None
    ) -> Proposal | Outcome | None:
        """A plain-words request, to be confirmed; an Outcome if it cannot be; None if none."""
        return proposals.propose(self, chat_id, text, last_item)

    def accept(self, chat_id: int, proposal: Proposal, chat_type: str = "private") -> Outcome:
        """Do what a confirmed proposal says."""
        if proposal.action is Action.FOLLOW and proposal.target is not None:
            return self.follow(chat_id, proposal.target, chat_type, proposal.offsets)
        if proposal.action is Action.UNFOLLOW and proposal.subscription_id is not None:
            return self.remove(chat_id, proposal.subscription_id)
        return self.set_offsets(chat_id, proposal.offsets, chat_type)

    def set_offsets(
        self, chat_id: int, offsets: Offsets | None, chat_type: str = "private"
    ) -> Outcome:
        """The chat's reminder offsets (None: the defaults), for every subscription of its own."""
        self._ensure_chat(chat_id, chat_type)
        with self.database.session() as s:
            store.set_chat_offsets(s, chat_id, offsets)
        chosen = self._offsets_words(None, ChatPreferences(offsets=offsets))
        return Outcome(Status.SET, _("Done: {chosen}.").format(chosen=chosen), offsets=offsets)

    def set_quiet_hours(
        self, chat_id: int, quiet: QuietHours | None, chat_type: str = "private"
    ) -> Outcome:
        """Quiet hours on (a window), or off (None)."""
        self._ensure_chat(chat_id, chat_type)
        with self.database.session() as s:
            store.set_chat_quiet_hours(s, chat_id, quiet)
        if quiet is None:
            return Outcome(Status.SET, _("Done: reminders may come at any hour."))
        text = _(
            "Done: no reminders {hours} your time, unless a deadline comes before the morning."
        )
        return Outcome(Status.SET, text.format(hours=quiet))

    def preferences(self, chat_id: int) -> ChatPreferences:
        """The chat's choices (the defaults for an unknown chat)."""
        with self.database.session() as s:
            return store.chat_preferences(s, chat_id)

    def _ensure_chat(self, chat_id: int, chat_type: str) -> None:
        with self.database.session() as s:
            if store.get_chat(s, chat_id) is None:
                store.record_chat(s, chat_id, chat_type=chat_type, language=None, now=self.clock())

    def unsubscribe(self, chat_id: int, text: str) -> Outcome:
        """Stop following: by the number shown in the list, or by the same words as /subscribe."""
        current = self.subscriptions(chat_id)
        chosen = _by_number(text, current)
        if chosen is None:
            parsed = parse_target(text, self.engine(), self.clock())
            chosen = next((sub for sub, _label in current if sub.target == parsed), None)
        if chosen is None:
            return Outcome(Status.NOT_SUBSCRIBED, _(proposals.NOT_FOLLOWED))
        return self.remove(chat_id, chosen.id)

    def remove(self, chat_id: int, subscription_id: int) -> Outcome:
        """Remove one subscription by id (the remove buttons)."""
        with self.database.session() as s:
            labels = {
                sub.id: describe(sub.target, self.engine().knowledge)
                for sub in store.list_subscriptions(s, chat_id)
            }
            removed = store.remove_subscription(s, chat_id, subscription_id)
        if not removed:
            return Outcome(Status.NOT_SUBSCRIBED, _("That subscription was already removed."))
        text = _("You no longer follow {label}.").format(label=labels[subscription_id])
        return Outcome(Status.REMOVED, text)

    def stop(self, chat_id: int) -> Outcome:
        """Forget the chat: every subscription and everything stored about it."""
        with self.database.session() as s:
            store.forget_chat(s, chat_id)
        return Outcome(
            Status.REMOVED,
            _(
                "Done: I removed all your subscriptions and everything I stored about this chat. "
                "Send me a message any time to start again."
            ),
        )


def _next_reminder(upcoming: promises.NextSend, news: bool) -> str:
    """The sentence for the next reminder, with {title}, {before}, {when} and {offsets}."""
    if isinstance(upcoming.item, Call):
        if news:
            return _(
                "New items are announced; next reminder: {title}, {before} before its deadline, "
                "on {when} ({offsets})."
            )
        return _("Next reminder: {title}, {before} before its deadline, on {when} ({offsets}).")
    if news:
        return _(
            "New items are announced; next reminder: {title}, {before} before it starts, "
            "on {when} ({offsets})."
        )
    return _("Next reminder: {title}, {before} before it starts, on {when} ({offsets}).")


def _why_nothing(item: AnyItem, where: Standing) -> str:
    if where is Standing.UNDATED:
        return _("{title} has no date, so there is nothing to remind you of.").format(
            title=item.title
        )
    if isinstance(item, Call):
        return _("{title} closed on {deadline}: nothing is left to remind you of.").format(
            title=item.title, deadline=spoken.format_deadline(item)
        )
    assert isinstance(item, Event)
    dates = spoken.format_event_dates(item)
    if where is Standing.UNDER_WAY:
        text = _("{title} is already under way ({dates}): no start is left to remind you of.")
        return text.format(title=item.title, dates=dates)
    text = _("{title} is over ({dates}): nothing is left to remind you of.")
    return text.format(title=item.title, dates=dates)


def _instead(others: Sequence[Target]) -> str:
    return _("You can follow what is still to come instead:") if others else ""


def _by_number(text: str, current: Sequence[tuple[Subscription, str]]) -> Subscription | None:
    stripped = text.strip().lstrip("#")
    if stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= len(current):
        return current[int(stripped) - 1][0]
    return None


def format_list(entries: Sequence[tuple[Subscription, str]]) -> str:
    """'You follow:' and a numbered list, each with what it sends next, or how to start."""
    if not entries:
        return " ".join((_("You follow nothing yet."), _(USAGE)))
    lines = [_("You follow:")] + [f"{n}. {label}" for n, (_sub, label) in enumerate(entries, 1)]
    return "\n".join(lines)
