"""Callback data for inline buttons: short, checked, and never trusted.

Telegram allows 64 bytes of callback data, and it comes back from the client,
so it is data from outside: every action parses it strictly and a stale or
forged value becomes `None`, never an exception.  Item ids may be longer than
fits, so long ids travel as a short hash and are looked up again.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from bot.answering.answers import Intent
from bot.knowledge.items import AnyItem, Knowledge
from bot.knowledge.tags import tag_key
from bot.reminders.targets import Target, TargetKind

MAX_BYTES = 64
_DIRECT_ID = 40  # ids this short travel as they are
LIST_KINDS = ("events", "calls", "briefs")


@dataclass(frozen=True, slots=True)
class Action:
    """A parsed button press: what to do and with what."""

    verb: str  # ask | cal | sub | page | tz | unsub | ann | show | all | fol | offs | quiet | nop
    # | lang (a language code, or "auto")
    args: tuple[str, ...]


VERBS = {
    "ask": 2, "cal": 1, "sub": 1, "page": 2, "tz": 1, "unsub": 1, "ann": 2, "show": 1, "all": 2,
    "fol": 2, "offs": 1, "quiet": 1, "nop": 1, "lang": 1,
}  # fmt: skip
_TARGET_CODES = {
    TargetKind.ITEM: "i", TargetKind.TAG: "t", TargetKind.CATEGORY: "c",
    TargetKind.EVENT_KIND: "k", TargetKind.ALL: "a",
}  # fmt: skip


def item_ref(item_id: str) -> str:
    """The id itself when short, else '#' and 12 hex digits of its hash."""
    if len(item_id) <= _DIRECT_ID:
        return item_id
    return _hash(item_id)


def resolve(ref: str, knowledge: Knowledge) -> AnyItem | None:
    """The item a reference names in this knowledge, or None if it is gone."""
    if not ref.startswith("#"):
        return knowledge.get(ref)
    return next((i for i in knowledge.items if item_ref(i.id) == ref), None)


def size(data: str) -> int:
    """Bytes as Telegram counts them; a lone surrogate (JSON allows one) must not raise."""
    return len(data.encode("utf-8", "surrogatepass"))


def encode(verb: str, *args: str) -> str:
    """'verb:arg:arg', checked to fit Telegram's 64 bytes."""
    if VERBS.get(verb) != len(args):
        raise ValueError(f"callback {verb!r} takes {VERBS.get(verb)} arguments, got {len(args)}")
    data = ":".join((verb, *args))
    if size(data) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data[:20]}...")
    return data


def decode(data: str | None) -> Action | None:
    """The action of a button press, or None for anything malformed."""
    if not data or size(data) > MAX_BYTES:
        return None
    verb, *args = data.split(":")
    if VERBS.get(verb) != len(args) or not all(args):
        return None
    return Action(verb, tuple(args))


def ask(intent: Intent, item: AnyItem) -> str:
    """'Did you mean' this item, asked with the same intent."""
    return encode("ask", intent.value, item_ref(item.id))


def page(kind: str, number: int) -> str:
    """Another page of /events, /calls or /briefs."""
    return encode("page", kind, str(number))


def list_key(ids: Sequence[str]) -> str:
    """A short, stable name for a list of item ids (the list itself stays in memory)."""
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:12]


def parse_all(action: Action) -> tuple[str, int] | None:
    """The list key and page of a "Show all" or its paging, if valid."""
    key, text = action.args
    number = whole_number(text)
    if len(key) != 12 or not key.isalnum() or number is None or number > 10_000:
        return None
    return key, number


def parse_page(action: Action) -> tuple[str, int] | None:
    """The list kind and page of a paging button, if valid."""
    kind, text = action.args
    number = whole_number(text)
    if kind not in LIST_KINDS or number is None or number > 10_000:
        return None
    return kind, number


def whole_number(text: str) -> int | None:
    """ASCII digits as a number, else None ('²' passes str.isdigit but not int())."""
    return int(text) if text.isascii() and text.isdigit() else None


def parse_intent(value: str) -> Intent | None:
    """An intent from a button, if it is one."""
    try:
        return Intent(value)
    except ValueError:
        return None


def target_ref(target: Target) -> str:
    """A target in a few bytes: a kind letter and the value (long ones as a hash)."""
    code = _TARGET_CODES[target.kind]
    if target.kind is TargetKind.ITEM:
        return code + item_ref(target.value)
    value = target.value if size(target.value) <= _DIRECT_ID else _hash(target.value)
    return code + (value or "-")


def resolve_target(ref: str, knowledge: Knowledge) -> Target | None:
    """The target a reference names, or None when it is stale or forged."""
    kinds = {code: kind for kind, code in _TARGET_CODES.items()}
    kind, value = kinds.get(ref[:1]), ref[1:]
    try:
        if kind is TargetKind.ITEM:
            item = resolve(value, knowledge)
            return Target(kind, item.id) if item else None
        if kind is TargetKind.TAG and value.startswith("#"):
            tags = {tag_key(t) for i in knowledge.items for t in i.tags}
            value = next((t for t in tags if _hash(t) == value), "")
        if kind is TargetKind.ALL:
            return Target(kind)
        return Target(kind, value) if kind is not None and value else None
    except ValueError:
        return None


def _hash(value: str) -> str:
    return "#" + hashlib.sha256(value.encode()).hexdigest()[:12]


def follow(target: Target, mask: int = 0) -> str:
    """Follow this target (with offsets of its own when the mask is not 0)."""
    return encode("fol", target_ref(target), str(mask))
