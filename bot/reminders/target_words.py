"""What a subscription follows, from the words people use, and back to words.

People say what they want to follow in their own words: "all calls",
"workshops", "tag clusters meet regions", "#energy", "everything", or an
item's name with typos ("cmr call", "the CmR deadline").  Names go through
the answering engine's own decision, so a subscription never lands on a
guessed item: when it cannot tell, it offers the candidates.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot.answering.engine import Engine
from bot.answering.text import fold, words
from bot.knowledge.items import AnyItem, Knowledge
from bot.knowledge.tags import tag_key, tag_problem
from bot.languages.speech import N_, _
from bot.reminders.targets import Target, TargetKind

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
DEADLINE_WORD = re.compile(r"\bdeadlines?\b", re.IGNORECASE)  # "the CmR deadline": its call
FILLER = frozenset({"all", "new", "the", "me", "to", "for", "about", "on", "of", "every", "any"})


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
    item, candidates = engine.identify(DEADLINE_WORD.sub("call", text), now)
    if item is not None:
        return Target(TargetKind.ITEM, item.id)
    return candidates or None


def _tag(text: str, knowledge: Knowledge) -> str | None:
    """'tag clusters meet regions', '#energy', or exactly a tag's name (in its normal form)."""
    raw = text.strip()
    explicit = raw.startswith("#") or fold(raw).startswith(("tag ", "tags "))
    wanted = tag_key(re.sub(r"^\s*(#|tags?\s)", "", raw, flags=re.IGNORECASE))
    wanted = wanted.removeprefix("the ").removeprefix("tag ")
    known = {tag_key(t) for i in knowledge.items for t in i.tags}
    if wanted in known:
        return wanted
    return wanted if explicit and tag_problem(wanted) is None else None


def describe(target: Target, knowledge: Knowledge) -> str:
    """Words for a target: 'all calls', 'workshops', 'tag “clusters”', an item's title."""
    if target.kind is TargetKind.ALL:
        return _("everything")
    if target.kind is TargetKind.CATEGORY:
        return _(ALL_OF.get(target.value, "all {kind}s")).format(kind=target.value)
    if target.kind is TargetKind.EVENT_KIND:
        return _(NEW_OF.get(target.value, "new {kind}s")).format(kind=target.value)
    if target.kind is TargetKind.TAG:
        return _("tag “{tag}”").format(tag=target.value)
    item = knowledge.get(target.value)
    if item is not None:
        return item.title
    return _("{id} (no longer in the knowledge)").format(id=target.value)


ALL_OF = {
    "call": N_("all calls"),
    "event": N_("all events"),
    "brief": N_("all briefs"),
}  # fmt: skip
NEW_OF = {
    "workshop": N_("new workshops"),
    "conference": N_("new conferences"),
    "webinar": N_("new webinars"),
    "meeting": N_("new meetings"),
}  # fmt: skip
# The examples stay English: they are what /subscribe reads.
USAGE = N_(
    "Tell me what to follow: a call or event by name (“/subscribe cmr call”), "
    "a kind (“all calls”, “workshops”, “events”, “briefs”), a tag (“tag clusters meet regions”) "
    "or “everything”; or say “remind me about …”."
)
