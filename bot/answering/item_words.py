"""The words an item is known by: its names, the context around them, its dates.

Names (title, the parts of the title, aliases, id) say which item is meant;
context (tags, place, organiser, kind, the months and years of its dates)
describes it without naming it.  Both leave out the small words that say
nothing, and the words that say which edition ("round", "cut-off"): the
numbers and dates already do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from bot.answering.question_words import STOPWORDS
from bot.answering.roles import FOREIGN_FUNCTION_WORDS
from bot.answering.text import acronyms, tokens
from bot.knowledge.items import AnyItem, Brief, Call, Event

# Edition words say which one of a series, which the numbers and dates already do.
NAME_STOPWORDS = (
    STOPWORDS
    | FOREIGN_FUNCTION_WORDS
    | {
        "s",
        "and",
        "the",
        "of",
        "for",
        "on",
        "in",
        "with",
        "round",
        "edition",
        "cut",
        "off",
        "cutoff",
    }
)
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
CATEGORY_WORDS = {"event": ("event",), "call": ("call", "deadline"), "brief": ("brief", "paper")}


def context_tokens(item: AnyItem) -> list[str]:
    """Words that describe an item without naming it: tags, place, organiser, kind, dates."""
    found = [t for tag in item.tags for t in tokens(tag)]
    found += tokens(item.organiser or "")
    found += acronyms(item.organiser or "", NAME_STOPWORDS)
    found += CATEGORY_WORDS[item.category.value]
    if isinstance(item, Event):
        found += tokens(item.location or "") + [item.kind.value]
    for day in item_dates(item):
        found += [MONTH_NAMES[day.month - 1], str(day.year)]
    return found


def item_dates(item: AnyItem) -> list[date]:
    """Calendar dates an item mentions, as written."""
    values: list[date | datetime | None] = []
    if isinstance(item, Event):
        values = [item.start, item.end]
    elif isinstance(item, Call):
        values = [item.opens, item.deadline]
    elif isinstance(item, Brief):
        values = [item.published]
    return [v.date() if isinstance(v, datetime) else v for v in values if v is not None]


def item_years(item: AnyItem) -> frozenset[str]:
    """The years of an item's dates, as tokens."""
    return frozenset(str(d.year) for d in item_dates(item))


def name_tokens(name: str) -> tuple[str, ...]:
    """A name's tokens without filler; 'policy' before 'brief' is the kind, not a name."""
    found = [t for t in tokens(_drop_short_parts(name)) if t not in NAME_STOPWORDS]
    return tuple(t for i, t in enumerate(found) if not kind_modifier(found, i))


def _drop_short_parts(name: str) -> str:
    """'Co-Innovation' names by 'innovation' (and 'coinnovation'), never by 'co' alone."""
    return _SHORT_PART.sub(" ", name)


_SHORT_PART = re.compile(r"\b\w{1,2}-(?=\w)")


def joined_name(name: str) -> str | None:
    """The name with its hyphenated words joined ('go-cluster' -> 'gocluster'), if it has any.

    A part may be filler ('go') that would leave the word unsaid; the joined
    form is a second name, so a typo in a part still matches the first.
    """
    if not _HYPHENATED.search(name):
        return None
    return _HYPHENATED.sub(lambda m: m.group().replace("-", ""), name)


_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def kind_modifier(found: Sequence[str], i: int) -> bool:
    """Whether the i-th word is the 'policy' of 'policy brief' (or paper), not a name's word."""
    return found[i] == "policy" and i + 1 < len(found) and found[i + 1] in {"brief", "paper"}
