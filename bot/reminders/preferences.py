"""What each chat chose about reminders: how long before, and when not to be woken.

Offsets come from a fixed menu (14 days, 7 days, 3 days, 1 day, 1 hour), so
that reminders stay planned per (item, offset) slot whatever 100,000 people
choose: a slot fans out to the followers whose effective offsets contain it.
A subscription's own offsets win over the chat's, which win over the
configured defaults.  Quiet hours hold a reminder until the morning, in the
chat's zone, unless the deadline comes before that morning.  Pure rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from bot.languages.speech import _, ngettext

DAY, HOUR = timedelta(days=1), timedelta(hours=1)
OFFSET_MENU = (14 * DAY, 7 * DAY, 3 * DAY, DAY, HOUR)
Offsets = tuple[timedelta, ...]
_QUIET = re.compile(r"^\s*(\d{1,2})(?::00)?\s*-\s*(\d{1,2})(?::00)?\s*$")


@dataclass(frozen=True, slots=True)
class QuietHours:
    """A nightly window in local hours, e.g. 22 to 8; it may not wrap more than a day."""

    start: int = 22
    end: int = 8

    def __post_init__(self) -> None:
        if not (0 <= self.start <= 23 and 0 <= self.end <= 23) or self.start == self.end:
            raise ValueError(
                _("quiet hours {start}-{end}: write two different hours 0-23").format(
                    start=self.start, end=self.end
                )
            )

    def __str__(self) -> str:
        return f"{self.start:02d}:00-{self.end:02d}:00"

    def contains(self, local: time) -> bool:
        """Whether a local time of day falls inside the window."""
        if self.start < self.end:
            return self.start <= local.hour < self.end
        return local.hour >= self.start or local.hour < self.end


DEFAULT_QUIET = QuietHours()


@dataclass(frozen=True, slots=True)
class ChatPreferences:
    """A chat's choices; None offsets mean 'the defaults', None quiet means 'no quiet hours'."""

    zone: ZoneInfo | None = None
    offsets: Offsets | None = None
    quiet: QuietHours | None = DEFAULT_QUIET


def in_menu(offsets: Iterable[timedelta]) -> Offsets:
    """Offsets sorted longest first; ValueError naming the menu for any not in it."""
    chosen = set(offsets)
    outside = chosen - set(OFFSET_MENU)
    if outside or not chosen:
        raise ValueError(_("choose among {menu}").format(menu=menu_words()))
    return tuple(o for o in OFFSET_MENU if o in chosen)


def menu_words() -> str:
    """'14 days, 7 days, 3 days, 1 day or 1 hour'."""
    names = [offset_words(o) for o in OFFSET_MENU]
    return _("{some} or {last}").format(some=", ".join(names[:-1]), last=names[-1])


def offset_words(offset: timedelta) -> str:
    """'3 days', '1 hour', '7 days' (in Polish the form read after "na ... przed")."""
    seconds = int(offset.total_seconds())
    if seconds % 86400 == 0:
        count = seconds // 86400
        return ngettext("{count} day", "{count} days", count).format(count=count)
    if seconds % 3600 == 0:
        count = seconds // 3600
        return ngettext("{count} hour", "{count} hours", count).format(count=count)
    count = seconds // 60
    return ngettext("{count} minute", "{count} minutes", count).format(count=count)


def short_offset(offset: timedelta) -> str:
    """'14d', '1h': for buttons."""
    seconds = int(offset.total_seconds())
    return f"{seconds // 86400}d" if seconds % 86400 == 0 else f"{seconds // 3600}h"


def list_words(offsets: Sequence[timedelta]) -> str:
    """'7 days, 1 day and 1 hour'."""
    names = [offset_words(o) for o in sorted(offsets, reverse=True)]
    if not names:
        return _("never")
    if len(names) == 1:
        return names[0]
    return _("{some} and {last}").format(some=", ".join(names[:-1]), last=names[-1])


def to_mask(offsets: Iterable[timedelta]) -> int:
    """Menu offsets as a small number (one bit each), short enough for callback data."""
    chosen = set(offsets)
    return sum(1 << n for n, o in enumerate(OFFSET_MENU) if o in chosen)


def from_mask(mask: int) -> Offsets:
    """The offsets a mask names; ValueError for 0 or bits outside the menu."""
    if not 0 < mask < 1 << len(OFFSET_MENU):
        raise ValueError(f"offset mask {mask} is not a choice of the menu")
    return tuple(o for n, o in enumerate(OFFSET_MENU) if mask >> n & 1)


def to_stored(offsets: Offsets | None) -> str | None:
    """'1209600,3600' (seconds), or None for 'the defaults'."""
    return None if offsets is None else ",".join(str(int(o.total_seconds())) for o in offsets)


def from_stored(text: str | None) -> Offsets | None:
    """The stored form read back; anything unreadable means the defaults, never an error."""
    if not text:
        return None
    try:
        return tuple(timedelta(seconds=int(part)) for part in text.split(","))
    except ValueError:
        return None


def quiet_to_stored(quiet: QuietHours | None) -> str:
    """'22-8', or 'off'."""
    return "off" if quiet is None else f"{quiet.start}-{quiet.end}"


def parse_quiet(text: str | None) -> QuietHours | None:
    """'22-08' or '22:00-08:00' -> QuietHours, 'off' -> None, missing -> the default."""
    if text is None or not text.strip():
        return DEFAULT_QUIET
    if text.strip().lower() in {"off", "none", "no"}:
        return None
    match = _QUIET.match(text)
    if match is None:
        raise ValueError(
            _("quiet hours {text}: write them like 22-08, or off").format(text=repr(text))
        )
    return QuietHours(int(match.group(1)), int(match.group(2)))


def stored_quiet(text: str | None) -> QuietHours | None:
    """Like `parse_quiet`, but a damaged stored value falls back to the default."""
    try:
        return parse_quiet(text)
    except ValueError:
        return DEFAULT_QUIET


@lru_cache(maxsize=1024)
def effective_offsets(
    own: Offsets | None, chat: Offsets | None, defaults: Offsets
) -> frozenset[timedelta]:
    """The subscription's offsets, else the chat's, else the configured defaults.

    Cached: a fan-out asks this for 100,000 followers who chose a handful of sets.
    """
    return frozenset(own if own is not None else chat if chat is not None else defaults)


def release_time(
    now: datetime, moment: datetime, zone: ZoneInfo, quiet: QuietHours | None
) -> datetime:
    """When a reminder due `now` may go out: now, or the end of the quiet hours.

    It goes now anyway when the deadline (or start) comes before the quiet
    hours end: a late reminder would be worse than a night-time one.
    """
    if quiet is None:
        return now
    local = now.astimezone(zone)
    if not quiet.contains(local.time()):
        return now
    end = local.replace(hour=quiet.end, minute=0, second=0, microsecond=0)
    if end <= local:
        end = (local + DAY).replace(hour=quiet.end, minute=0, second=0, microsecond=0)
    wake = end.replace(tzinfo=None).replace(tzinfo=zone)  # wall time, also across DST
    return now if moment <= wake else wake


@dataclass(frozen=True, slots=True)
class Defaults:
    """The configured defaults: offsets for deadlines and for starts, and the default zone."""

    call_offsets: Offsets
    event_offsets: Offsets
    zone: ZoneInfo

    def offsets_for(self, kind_is_call: bool) -> Offsets:
        """Deadline offsets for calls, start offsets for events."""
        return self.call_offsets if kind_is_call else self.event_offsets

    def planned(self, kind_is_call: bool) -> Offsets:
        """The slots to plan: the menu and the defaults, longest first."""
        return tuple(sorted({*OFFSET_MENU, *self.offsets_for(kind_is_call)}, reverse=True))
