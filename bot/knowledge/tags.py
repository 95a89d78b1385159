"""The normal form of a tag: how a tag written in a file and one typed by a user meet.

Tags are phrases ("clusters meet regions", "Green Transition", "e-mobility").
A subscription to a tag is stored under this normal form and an item's tags
are compared in it, so case, accents, hyphens, underscores and runs of spaces
never decide whether a follower hears of an item.  The loader refuses a tag
whose normal form is empty or too long, so nothing fails later, at send time.
"""

from __future__ import annotations

import re
import unicodedata

MAX_TAG_LENGTH = 200  # the stored key is "tag:" and this, in a 220-character column
_SEPARATORS = re.compile(r"[\W_]+")


def tag_key(tag: str) -> str:
    """'Clusters-meet  Regions' -> 'clusters meet regions'; 'Łódź' -> 'lodz'.

    Case-folded, accents removed, and every run of characters that are not
    letters or digits (spaces, hyphens, '#', punctuation) made one space.
    """
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKD", tag).casefold())
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", plain.replace("ł", "l").replace("ø", "o")).strip()


def tag_problem(tag: str) -> str | None:
    """Why a tag cannot be followed, or None when it can (checked when knowledge loads)."""
    key = tag_key(tag)
    if not key:
        return f'"{tag}" has no letters or digits, so nobody could follow it'
    if len(key) > MAX_TAG_LENGTH:
        return f"longer than {MAX_TAG_LENGTH} characters ({len(key)}): shorten it"
    return None
