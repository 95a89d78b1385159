"""What the operators' commands do: statistics, unanswered questions, announcements.

Only the people whose Telegram user ids are in the settings may use them;
`is_admin` is the one check every adapter calls.  Announcements go through
the same ledger and rate limit as reminders, keyed by the text and audience,
so pressing Send twice still sends once.  Every chat of the audience is
queued in the ledger before the first message goes out, so after a crash
the rest is sent by whichever instance leads, and pressing Send again
reaches exactly the chats that did not get it yet.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot import store
from bot.delivery.deliverer import Deliverer, Delivery, Message, Report
from bot.knowledge.items import Knowledge
from bot.languages.speech import N_, _, ngettext
from bot.reminders.targets import DeliveryKey, ReminderKind, Target, TargetKind

WEEK = timedelta(days=7)
NOT_ALLOWED = N_("Sorry, that command is for the bot's editors only.")  # shown as _(NOT_ALLOWED)


def is_admin(admin_ids: frozenset[int], user_id: int | None) -> bool:
    """Whether this Telegram user may run operators' commands."""
    return user_id is not None and user_id in admin_ids


@dataclass(frozen=True, slots=True)
class Stats:
    """The numbers /stats shows."""

    chats: int
    active_chats: int
    subscriptions: int
    answered: int
    unanswered: int
    items: int


def stats(database: store.Store, knowledge: Knowledge, now: datetime) -> Stats:
    """Users, subscriptions and this week's questions."""
    with database.session() as s:
        answered, unanswered = store.question_counts(s, now - WEEK)
        return Stats(
            chats=store.count_chats(s),
            active_chats=store.count_chats(s, active_only=True),
            subscriptions=store.count_subscriptions(s),
            answered=answered,
            unanswered=unanswered,
            items=len(knowledge),
        )


def format_stats(numbers: Stats) -> str:
    """/stats as text."""
    asked = numbers.answered + numbers.unanswered
    share = ""
    if asked:
        share = " " + _("({percent}% answered)").format(percent=numbers.answered * 100 // asked)
    lines = (
        _("Users: {chats} ({active} active, {blocked} blocked the bot)"),
        _("Active subscriptions: {subscriptions}"),
        _("Questions this week: {asked}{share}, {unanswered} unanswered"),
        _("Items in the knowledge: {items}"),
    )
    return "\n".join(lines).format(
        chats=numbers.chats,
        active=numbers.active_chats,
        blocked=numbers.chats - numbers.active_chats,
        subscriptions=numbers.subscriptions,
        asked=asked,
        share=share,
        unanswered=numbers.unanswered,
        items=numbers.items,
    )


def unanswered(database: store.Store, now: datetime, limit: int = 15) -> str:
    """The questions the bot could not answer this week, most asked first (never who asked)."""
    with database.session() as s:
        rows = store.top_unanswered(s, now - WEEK, limit)
    if not rows:
        return _("No unanswered questions this week.")
    lines = [_("Most asked questions I could not answer this week:")]
    lines += [f"{count}× {text}" for text, count in rows]
    return "\n".join(lines)


@dataclass(frozen=True, slots=True)
class Announcement:
    """A message to everyone or to a tag's followers, before it is sent."""

    text: str
    audience: Target | None  # None: everyone

    @property
    def key(self) -> str:
        """A short stable id: the same text to the same audience is one announcement."""
        audience = self.audience.key if self.audience else "everyone"
        digest = hashlib.sha256(f"{audience}\n{self.text}".encode()).hexdigest()
        return digest[:16]

    def describe(self) -> str:
        """'everyone' or 'followers of tag “clusters”'."""
        if self.audience is None:
            return _("everyone")
        return _("followers of tag “{tag}”").format(tag=self.audience.value)


def parse_announcement(text: str) -> Announcement | str:
    """'/announce [#tag] text': the announcement, or a sentence saying what is wrong."""
    body = text.strip()
    if not body:
        return _("Write the message after the command: /announce [#tag] text")
    first, _space, rest = body.partition(" ")
    if first.startswith("#") and len(first) > 1:
        if not rest.strip():
            return _("Write the message after the tag: /announce #clusters text")
        try:  # a tag phrase with hyphens: #clusters-meet-regions is "clusters meet regions"
            return Announcement(rest.strip(), Target(TargetKind.TAG, first[1:]))
        except ValueError as exc:
            return _("{problem}. Write e.g. /announce #clusters-meet-regions text").format(
                problem=exc
            )
    return Announcement(body, None)


def audience(database: store.Store, announcement: Announcement) -> list[int]:
    """The chats an announcement reaches."""
    with database.session() as s:
        if announcement.audience is None:
            return store.active_chat_ids(s)
        subs = store.subscriptions_for_targets(s, [announcement.audience.key])
    return sorted({sub.chat_id for sub in subs})


def preview(database: store.Store, announcement: Announcement) -> str:
    """What Send will do, shown before anything goes out."""
    count = len(audience(database, announcement))
    head = ngettext(
        "Announcement to {audience} ({count} chats):",
        "Announcement to {audience} ({count} chats):",
        count,
    ).format(audience=announcement.describe(), count=count)
    send = _("Send it?")
    return f"{head}\n\n{announcement.text}\n\n{send}"


async def send_announcement(
    deliverer: Deliverer,
    database: store.Store,
    announcement: Announcement,
    clock: Callable[[], datetime],
) -> Report:
    """Queue for the whole audience, then send: each chat once, however often Send is pressed.

    On an instance that does not lead, the leader sends what was queued.
    """
    now = clock()
    deliveries = (
        Delivery(
            DeliveryKey(
                chat, f"announcement-{announcement.key}", ReminderKind.ANNOUNCEMENT, 0, "1"
            ),
            now,
            Message(chat, announcement.text),
        )
        for chat in audience(database, announcement)
    )
    return await deliverer.deliver(deliveries)
