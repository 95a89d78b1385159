"""Time zones by the names people type: "Lisbon", "europe/paris", "New York", "utc".

A pure function over the IANA names (passed in, so tests choose them and
nothing here reads the system): the exact name in any case first, then a
city (the last part of a name, spaces for underscores), then a unique
prefix of one.  Ambiguity is refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from zoneinfo import available_timezones

MIN_PREFIX = 4  # "Lisb" is a city; "Li" is a guess


def fold(name: str) -> str:
    """Case, spaces, hyphens and underscores made alike: 'New York' == 'new_york'."""
    return "_".join(name.replace("-", " ").replace("_", " ").split()).casefold()


def resolve_zone(text: str, names: Iterable[str]) -> str | None:
    """The IANA name the text means, or None when none (or several) fit."""
    wanted = fold(text.strip().strip("/"))
    if not wanted:
        return None
    known = sorted(set(names))
    exact = {fold(name): name for name in known}
    if wanted in exact:
        return exact[wanted]
    by_city = _by_city(known)
    cities = by_city.get(wanted) or _prefixed(wanted, by_city)
    return _preferred(cities)


def _by_city(names: list[str]) -> dict[str, list[str]]:
    cities: dict[str, list[str]] = {}
    for name in names:
        if "/" in name and not name.startswith("Etc/"):
            cities.setdefault(fold(name.rsplit("/", 1)[1]), []).append(name)
    return cities


def _prefixed(wanted: str, by_city: dict[str, list[str]]) -> list[str]:
    if len(wanted) < MIN_PREFIX:
        return []
    found = [city for city in by_city if city.startswith(wanted)]
    return by_city[found[0]] if len(found) == 1 else []


def _preferred(names: list[str]) -> str | None:
    """One name of a city's aliases (America/Argentina/Buenos_Aires and America/Buenos_Aires)."""
    if not names:
        return None
    areas = {name.split("/", 1)[0] for name in names}
    if len(areas) > 1:
        return None  # the same city name on two continents: ask for Area/City
    return max(names, key=lambda name: (name.count("/"), name))


@cache
def zone_names() -> frozenset[str]:
    """Every IANA name this system knows; read once."""
    return frozenset(available_timezones())
