"""Subscription requests in plain words: "remind me about the eccp conference".

`read_request` turns a message into a `Request` (follow, unfollow or set
offsets, with the target phrase and any "3 days before") or None when the
message is not a request at all, so that ordinary questions ("when is the
reminder deadline?", "what is the notification procedure of the call?") go
on to the answering engine untouched.  A request must *start* with a
subscribing verb addressed to the bot ("remind me", "notify me of",
"subscribe me to", "stop reminding me about"), after polite openings
("please", "can you"); typos in those verbs are forgiven.  Which item, tag
or kind the phrase names is decided later, by the engine's own matching.
Pure: no clock, no store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from rapidfuzz.distance import Levenshtein

from bot.answering.text import words


class Action(StrEnum):
    """What the person asks for."""

    FOLLOW = "follow"
    UNFOLLOW = "unfollow"
    OFFSETS = "offsets"  # "remind me 3 days before", with nothing named: the chat's default


@dataclass(frozen=True, slots=True)
class Request:
    """A subscription request: `target` is the phrase naming what (may be empty)."""

    action: Action
    target: str
    offsets: tuple[timedelta, ...] = ()
    refers_back: bool = False  # "remind me about it": the item just discussed


POLITE = (
    "please", "pls", "plz", "kindly", "hey", "hi", "hello", "ok", "okay", "bot", "also", "and",
    "now", "then", "so", "can you", "could you", "would you", "will you", "can u", "could u",
    "i want you to", "i would like you to", "id like you to", "i need you to",
)  # fmt: skip
FOLLOW_VERBS = (
    "remind me", "notify me", "alert me", "ping me", "warn me", "subscribe me", "sign me up",
    "keep me posted", "keep me updated", "keep me informed", "keep me in the loop",
    "let me know", "send me reminders", "send me notifications", "send me alerts",
    "send me updates", "set a reminder", "set reminder", "set reminders", "add a reminder",
    "i want reminders", "i want notifications", "i want alerts", "i want updates",
    "i want to follow", "i want to subscribe", "id like to subscribe", "id like to follow",
    "i would like to subscribe", "i would like to follow", "subscribe", "follow",
)  # fmt: skip
UNFOLLOW_VERBS = (
    "stop reminding me", "stop notifying me", "stop alerting me", "stop sending me",
    "stop following", "stop my subscription", "stop the reminders", "stop reminders",
    "dont remind me", "do not remind me", "dont notify me", "do not notify me",
    "no more reminders", "no more notifications", "no more alerts", "no more updates",
    "cancel my subscription", "cancel the reminders", "cancel reminders", "cancel the reminder",
    "remove the reminder", "remove my subscription", "delete the reminder",
    "unsubscribe me", "unsubscribe", "unfollow",
)  # fmt: skip
CONNECTORS = frozenset(
    "about of on for to from before when that regarding re abt with up any "
    "reminders reminder notifications notification alerts alert updates news".split()
)
TRAILING = frozenset(
    "please pls thanks thank you thx starts begins opens closes ends is due anymore again".split()
)
BACK_REFERENCES = frozenset(
    {"it", "this", "that", "this one", "that one", "this call", "that call", "this event",
     "that event", "this deadline", "that deadline", "the same", "its deadline", "its start"}
)  # fmt: skip
VOCABULARY = tuple(
    sorted({w for phrase in FOLLOW_VERBS + UNFOLLOW_VERBS for w in phrase.split() if len(w) > 4})
)
NUMBERS = {"a": 1, "an": 1, "one": 1, "the": 1, "two": 2, "three": 3, "seven": 7, "fourteen": 14}
UNITS = {"d": 1, "day": 1, "days": 1, "w": 7, "week": 7, "weeks": 7, "h": 0, "hour": 0, "hours": 0}
_AMOUNT = r"(\d+|a|an|one|two|three|seven|fourteen|the)\s*(days?|d|weeks?|w|hours?|h)"
_BEFORE = r"(before|ahead|prior|earlier|in advance)"
_OFFSETS = re.compile(rf"\b({_AMOUNT}(?:\s*(?:and|or)?\s*{_AMOUNT})*)\s+{_BEFORE}\b")
_ONE_AMOUNT = re.compile(_AMOUNT)


def read_request(text: str) -> Request | None:
    """The subscription request a message makes, or None if it makes none."""
    folded = " ".join(_corrected(words(text)))
    offsets, rest = _offsets(folded)
    rest = _without_prefixes(rest, POLITE)
    for action, verbs in ((Action.UNFOLLOW, UNFOLLOW_VERBS), (Action.FOLLOW, FOLLOW_VERBS)):
        verb = _leading(rest, verbs)
        if verb is not None:
            return _request(action, _target(rest[len(verb) :]), offsets)
    return None


def _request(action: Action, target: str, offsets: tuple[timedelta, ...]) -> Request:
    if target in BACK_REFERENCES:
        return Request(action, "", offsets, refers_back=True)
    if action is Action.FOLLOW and not target and offsets:
        return Request(Action.OFFSETS, "", offsets)
    return Request(action, target, offsets)


def _corrected(tokens: list[str]) -> list[str]:
    """The first few words with typos in subscribing verbs fixed ('remnd' -> 'remind')."""
    return [_fix(t) if n < 6 else t for n, t in enumerate(tokens)]


def _fix(token: str) -> str:
    if len(token) < 5 or token in VOCABULARY:
        return token
    allowed = 1 if len(token) < 8 else 2
    best = min(VOCABULARY, key=lambda v: Levenshtein.distance(token, v))
    return best if Levenshtein.distance(token, best) <= allowed else token


def _leading(text: str, phrases: tuple[str, ...]) -> str | None:
    """The longest phrase the text starts with (as whole words)."""
    found = [p for p in phrases if text == p or text.startswith(p + " ")]
    return max(found, key=len) if found else None


def _without_prefixes(text: str, prefixes: tuple[str, ...]) -> str:
    while (prefix := _leading(text, prefixes)) is not None:
        text = text[len(prefix) :].strip()
    return text


def _target(rest: str) -> str:
    """The phrase naming what: connectors before it and courtesies after it removed."""
    tokens = rest.split()
    while tokens and tokens[0] in CONNECTORS:
        tokens.pop(0)
    while tokens and tokens[-1] in TRAILING:
        tokens.pop()
    return " ".join(tokens)


def _offsets(text: str) -> tuple[tuple[timedelta, ...], str]:
    """'3 days and 1 hour before' found anywhere: the offsets, and the text without them."""
    match = _OFFSETS.search(text)
    if match is None:
        return (), text
    offsets = tuple(_amount(n, u) for n, u in _ONE_AMOUNT.findall(match.group(1)))
    rest = f"{text[: match.start()]} {text[match.end() :]}"
    return tuple(sorted(set(offsets), reverse=True)), " ".join(rest.split())


def _amount(number: str, unit: str) -> timedelta:
    count = int(number) if number.isdigit() else NUMBERS[number]
    days = UNITS[unit]
    return timedelta(days=count * days) if days else timedelta(hours=count)
