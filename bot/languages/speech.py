"""What the bot writes, in the language of the reply being written.

The language is a context variable set where a reply starts (`speaking`), the
way gettext-based web frameworks keep the request's locale: the wording code
calls `_()` and `ngettext()` without passing the language through every
function, and a fan-out to chats of several languages sets it per message.
English is the source language: its catalogue is the identity.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from bot.languages.catalogues import translations
from bot.languages.codes import ENGLISH, supported

_CURRENT: ContextVar[str] = ContextVar("language", default=ENGLISH)


def current() -> str:
    """The language of the reply being written."""
    return _CURRENT.get()


@contextmanager
def speaking(language: str | None) -> Iterator[str]:
    """Write in `language` (an unsupported or missing one is English) inside the block."""
    chosen = supported(language) or ENGLISH
    token = _CURRENT.set(chosen)
    try:
        yield chosen
    finally:
        _CURRENT.reset(token)


def _(message: str) -> str:
    """`message` in the current language (English when the catalogue lacks it)."""
    return translations(current()).gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a message for `n`, by the current language's plural rules."""
    return translations(current()).ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """`message` as meant in `context` ('button', 'command'), in the current language."""
    return translations(current()).pgettext(context, message)


def N_(message: str) -> str:  # noqa: N802 - the gettext convention extractors know
    """Mark a message for the catalogue where it is defined; translate it with `_` where used."""
    return message
