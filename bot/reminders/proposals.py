"""Plain-word requests ("remind me 3 days before the CmR deadline") made into proposals.

`bot.answering.subscription_requests` reads what is asked; this module
resolves its target through the subscription service (the engine's own
matching, "it" as the item just discussed), refuses honestly what can no
longer send anything, and returns a `Proposal` for the adapter to confirm.
Nothing is stored here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from bot.answering.subscription_requests import Action, Request, read_request
from bot.answering.tongues import Reading, read_question_in
from bot.languages.codes import ENGLISH
from bot.languages.speech import N_, _
from bot.reminders.outcomes import Outcome, Proposal, Status
from bot.reminders.preferences import Offsets, in_menu, list_words
from bot.reminders.target_words import describe
from bot.reminders.targets import Target

if TYPE_CHECKING:
    from bot.reminders.subscribing import SubscriptionService

NOT_FOLLOWED = N_("You don't follow that. /subscriptions lists what you do.")
WHICH = N_("Which one? /subscriptions lists what you follow, each with a remove button.")
Reader = Callable[[str, Callable[[str], bool]], Reading]


def propose(
    service: SubscriptionService, chat_id: int, text: str, last_item: str | None = None
) -> Proposal | Outcome | None:
    """A plain-words request, to be confirmed; an Outcome if it cannot be; None if none."""
    request = read_in_any_language(text, service.engine().index.in_a_name)
    if request is None:
        return None
    try:
        offsets = in_menu(request.offsets) if request.offsets else None
    except ValueError as exc:
        text = _("I can remind you only so long before: {problem}.").format(problem=exc)
        return Outcome(Status.USAGE, text)
    if request.action is Action.OFFSETS:
        assert offsets is not None
        question = _("Remind you {offsets} before every deadline and start?").format(
            offsets=list_words(offsets)
        )
        return Proposal(Action.OFFSETS, question, offsets=offsets)
    if request.action is Action.UNFOLLOW:
        return _propose_unfollow(service, chat_id, request, last_item)
    return _propose_follow(service, request, offsets, last_item)


def read_in_any_language(
    text: str, keep: Callable[[str], bool], read: Reader = read_question_in
) -> Request | None:
    """The request in English, else in another of the bot's languages glossed into English.

    The glossing is the engine's own (`tongues`): "erinnere mich an den CmR call"
    reads as "remind me about the CmR call" once the German lexicon glosses
    "erinnere mich an"; the words of item names (`keep`) stay as written.
    """
    request = read_request(text)
    if request is not None:
        return request
    reading = read(text, keep)
    return None if reading.language == ENGLISH else read_request(reading.text)


def _propose_follow(
    service: SubscriptionService, request: Request, offsets: Offsets | None, last_item: str | None
) -> Proposal | Outcome:
    found = service.resolve(request.target, last_item if request.refers_back else None)
    if not isinstance(found, Target):
        return found
    refusal = service.nothing_to_come(found, service.clock())
    if refusal is not None:
        return refusal
    label = describe(found, service.engine().knowledge)
    if offsets:
        question = _("Follow {label}, {offsets} before?").format(
            label=label, offsets=list_words(offsets)
        )
    else:
        question = _("Follow {label}?").format(label=label)
    return Proposal(Action.FOLLOW, question, found, offsets)


def _propose_unfollow(
    service: SubscriptionService, chat_id: int, request: Request, last_item: str | None
) -> Proposal | Outcome:
    found = service.resolve(request.target, last_item if request.refers_back else None)
    if isinstance(found, Outcome):
        return Outcome(Status.USAGE, _(WHICH)) if found.status is Status.USAGE else found
    current = service.subscriptions(chat_id)
    chosen = next((sub for sub, _label in current if sub.target == found), None)
    if chosen is None:
        return Outcome(Status.NOT_SUBSCRIBED, _(NOT_FOLLOWED))
    label = describe(chosen.target, service.engine().knowledge)
    question = _("Stop following {label}?").format(label=label)
    return Proposal(Action.UNFOLLOW, question, subscription_id=chosen.id)
