"""Checks for single settings: each turns a TOML or environment value into ours, or says why not.

A check gets what the operator wrote (a TOML value, or the text of an
environment variable when `from_env` is set) and returns the value the bot
uses, or raises `Invalid` with what to write instead.  The messages follow
the knowledge loader's: what was written, and what would be right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DURATION = re.compile(r"[1-9][0-9]*[dhm]")
URL_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*://\S+")
LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
TRUE, FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off"}


class Invalid(Exception):
    """A value the setting cannot take; the message says what to write instead."""


Check = Callable[[object, bool], object]


def shown(value: object) -> str:
    """A value as the operator wrote it in TOML."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return str(value)


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid(f"must be text in double quotes, not {shown(value)}")
    if not value.strip():
        raise Invalid("is empty: write a value, or remove the line")
    return value.strip()


def text(limit: int) -> Check:
    """Non-empty text of at most `limit` characters."""

    def check(value: object, from_env: bool) -> str:
        written = _text(value)
        if len(written) > limit:
            raise Invalid(f"is {len(written)} characters long; Telegram allows {limit}")
        return written

    return check


def url(example: str, schemes: tuple[str, ...] = ()) -> Check:
    """An address with a scheme (one of `schemes` when given)."""

    def check(value: object, from_env: bool) -> str:
        written = _text(value)
        scheme = written.partition("://")[0]
        if URL_SCHEME.fullmatch(written) is None or (schemes and scheme not in schemes):
            raise Invalid(f"must be an address such as {shown(example)}, not {shown(written)}")
        return written

    return check


def _number(value: object, from_env: bool, whole: bool) -> float:
    if from_env and isinstance(value, str):
        try:
            value = int(value) if whole else float(value)
        except ValueError:
            kind = "a whole number" if whole else "a number"
            raise Invalid(f"must be {kind}, not {shown(value)}") from None
    allowed = (int,) if whole else (int, float)
    if isinstance(value, bool) or not isinstance(value, allowed):
        kind = "a whole number" if whole else "a number"
        raise Invalid(f"must be {kind} without quotes, not {shown(value)}")
    return value


@dataclass(frozen=True)
class Between:
    """A number within bounds; `low` excluded when `open_low` (a rate of 0 means nothing)."""

    low: float
    high: float
    whole: bool = False
    open_low: bool = False

    def __call__(self, value: object, from_env: bool) -> object:
        """The number, or Invalid naming the bounds."""
        number = _number(value, from_env, self.whole)
        below = number <= self.low if self.open_low else number < self.low
        if below or number > self.high:
            low = f"more than {self.low:g}" if self.open_low else f"at least {self.low:g}"
            raise Invalid(f"must be {low} and at most {self.high:g}, not {number:g}")
        return int(number) if self.whole else float(number)


def flag(value: object, from_env: bool) -> bool:
    """true or false (in the environment also 1/0, yes/no, on/off)."""
    if from_env and isinstance(value, str) and value.strip().lower() in TRUE | FALSE:
        return value.strip().lower() in TRUE
    if not isinstance(value, bool):
        hint = "1 or 0" if from_env else "true or false without quotes"
        raise Invalid(f"must be {hint}, not {shown(value)}")
    return value


def user_ids(value: object, from_env: bool) -> frozenset[int]:
    """Telegram user ids: a TOML list of whole numbers, or "123,456" in the environment."""
    if from_env and isinstance(value, str):
        entries: list[object] = [e.strip() for e in value.split(",") if e.strip()]
        return frozenset(_user_id(n, e, from_env=True) for n, e in enumerate(entries, 1))
    if not isinstance(value, list):
        raise Invalid(f"must be a list of whole numbers such as [123, 456], not {shown(value)}")
    return frozenset(_user_id(n, e, from_env=False) for n, e in enumerate(value, 1))


def _user_id(number: int, entry: object, from_env: bool) -> int:
    if from_env and isinstance(entry, str) and entry.isdigit():
        return int(entry)
    if isinstance(entry, bool) or not isinstance(entry, int) or entry <= 0:
        hint = " (without quotes)" if isinstance(entry, str) and entry.isdigit() else ""
        raise Invalid(
            f"entry {number} must be a user id, a whole number{hint}, not {shown(entry)}"
        )
    return entry


def durations(value: object, from_env: bool) -> tuple[str, ...]:
    """Offsets before a deadline: a list of "7d", "12h" or "30m"."""
    if not isinstance(value, list):
        raise Invalid(f'must be a list such as ["7d", "1d", "1h"], not {shown(value)}')
    for number, entry in enumerate(value, 1):
        if not isinstance(entry, str) or DURATION.fullmatch(entry.strip()) is None:
            raise Invalid(
                f"entry {number} must be a positive number and d, h or m "
                f'such as "7d", "12h" or "30m", not {shown(entry)}'
            )
    return tuple(str(e).strip() for e in value)


def zone(value: object, from_env: bool) -> str:
    """An IANA time zone name."""
    name = _text(value)
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise Invalid(
            f'must be an IANA zone such as "Europe/Brussels", not {shown(name)}'
        ) from None
    return name


def level(value: object, from_env: bool) -> str:
    """A log level name, in any case."""
    name = _text(value).upper()
    if name not in LEVELS:
        raise Invalid(f"must be DEBUG, INFO, WARNING or ERROR, not {shown(value)}")
    return name
