"""An item's title and summary as the reply's language has them, and its names in every language.

Editors may translate a title, aliases and summary (`title_de`, `aliases_fr`,
`summary_pl`); an answer in that language uses them, and falls back to what
the editor wrote first for anything not translated.  Names are never
machine-translated: a name is what people search for.
"""

from __future__ import annotations

from bot.knowledge.items import AnyItem
from bot.languages.speech import current


def title_of(item: AnyItem) -> str:
    """The item's title in the reply's language, or as written."""
    translation = item.translated(current())
    return translation.title if translation and translation.title else item.title


def summary_of(item: AnyItem) -> str | None:
    """The item's summary in the reply's language, or as written (maybe none)."""
    translation = item.translated(current())
    return translation.summary if translation and translation.summary else item.summary


def translated_names(item: AnyItem) -> tuple[str, ...]:
    """Every translated title and alias, in language order: names a question may use."""
    names: list[str] = []
    for translation in item.translations:
        names += [translation.title] if translation.title else []
        names += translation.aliases
    return tuple(dict.fromkeys(n for n in names if n not in (item.title, *item.aliases)))
