"""The message catalogues: one gettext catalogue per language, read once.

Translators edit `locale/<lang>/LC_MESSAGES/messages.po` (see the README:
`pybabel extract`, `update`, `compile`).  A compiled `messages.mo` is used when
it is at least as new as its `.po`; otherwise the `.po` is compiled in memory,
so a fresh clone needs no build step and a stale `.mo` never hides an edit.
"""

from __future__ import annotations

import gettext
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from bot.languages.codes import ENGLISH, LANGUAGES

LOCALE = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"


def po_path(language: str) -> Path:
    """Where a language's editable catalogue lives."""
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(language: str) -> gettext.NullTranslations:
    """The catalogue of a language; English and a missing catalogue translate to themselves."""
    if language == ENGLISH or language not in LANGUAGES:
        return NullTranslations()
    po = po_path(language)
    mo = po.with_suffix(".mo")
    if mo.is_file() and (not po.is_file() or mo.stat().st_mtime >= po.stat().st_mtime):
        with mo.open("rb") as compiled:
            return Translations(compiled, domain=DOMAIN)
    if not po.is_file():
        return NullTranslations()
    return Translations(BytesIO(compile_po(po)), domain=DOMAIN)


def compile_po(po: Path) -> bytes:
    """A `.po` file compiled to `.mo` bytes, as `pybabel compile` would write them."""
    with po.open("rb") as source:
        catalog = read_po(source, locale=po.parent.parent.name)
    out = BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()
