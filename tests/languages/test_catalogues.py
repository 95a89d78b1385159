"""The catalogue check CI runs: every message the code writes is translated, compiles and formats.

The messages are extracted from the code itself with Babel's API (babel.cfg's
method map, the default keywords), the way `pybabel extract` finds them, so a
new `_()` without its five translations fails here, by name, before a German
reader sees English.  A translation that renames or drops a `{placeholder}`
would raise at `.format()` time, or lose a fact; a plural entry needs as many
forms as the language's Plural-Forms header says.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from hypothesis import given
from hypothesis import strategies as st

from bot.languages import catalogues
from bot.languages.speech import _ as gettext
from bot.languages.speech import ngettext, pgettext, speaking

try:
    from babel.messages.frontend import parse_mapping_cfg
except ImportError:  # Babel < 2.15 (pyproject allows 2.14) has the older name
    from babel.messages.frontend import parse_mapping as parse_mapping_cfg

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("de", "fr", "es", "it", "pl")


@dataclass(frozen=True)
class Used:
    """A message the code uses: its id (singular, or singular and plural) and context."""

    id: str | tuple[str, str]
    context: str | None
    where: str

    @property
    def key(self) -> str | tuple[str, str]:
        """How a catalogue finds it: the singular id, with its context."""
        return self.id[0] if isinstance(self.id, tuple) else self.id

    def __str__(self) -> str:
        shown = self.id[0] if isinstance(self.id, tuple) else self.id
        return f"{shown!r}" + (f" (context {self.context!r})" if self.context else "")


@cache
def used_messages() -> tuple[Used, ...]:
    """Every message marked in the code, as `pybabel extract -F babel.cfg` finds it."""
    with (ROOT / "babel.cfg").open() as config:
        method_map, options_map = parse_mapping_cfg(config)
    found: dict[tuple[object, str | None], Used] = {}
    extracted = extract_from_dir(ROOT, method_map, options_map, keywords=DEFAULT_KEYWORDS)
    for filename, lineno, message, _comments, context in extracted:
        ids = message if isinstance(message, tuple) else (message,)
        if not all(ids):
            continue
        text = (ids[0], ids[1]) if len(ids) > 1 else ids[0]
        found.setdefault((text, context), Used(text, context, f"{filename}:{lineno}"))
    return tuple(found.values())


@cache
def catalog(language: str) -> Catalog:
    """A language's editable catalogue, as translators leave it."""
    with catalogues.po_path(language).open("rb") as po:
        return read_po(po, locale=language)


def placeholders(text: str) -> set[str]:
    """The `{names}` a message is formatted with."""
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def id_placeholders(message: Message | Used) -> set[str]:
    ids = message.id if isinstance(message.id, tuple) else (message.id,)
    return set().union(*(placeholders(i) for i in ids))


def forms(message: Message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def problems_of(language: str, used: Iterable[Used]) -> list[str]:
    """What a catalogue lacks or leaves unusable, one line per message."""
    found = []
    for message in used:
        entry = catalog(language).get(message.key, context=message.context)
        if entry is None:
            found.append(f"{language}: missing {message} (used at {message.where})")
        elif entry.fuzzy:
            found.append(f"{language}: fuzzy {message}")
        elif not all(forms(entry)):
            found.append(f"{language}: untranslated {message}")
    return found


def test_the_code_marks_messages_for_translation():
    assert len(used_messages()) > 50


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_the_code_uses_is_translated(language):
    problems = problems_of(language, used_messages())
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_catalogue_compiles(language):
    compiled = BytesIO()
    write_mo(compiled, catalog(language), use_fuzzy=False)
    assert compiled.getvalue()
    assert catalogues.translations(language).gettext("next week") != "next week"


@pytest.mark.parametrize("language", TRANSLATED)
def test_a_translation_keeps_the_placeholders_of_its_message(language):
    wrong = [
        f"{language}: {message.id!r} -> {form!r}"
        for message in catalog(language)
        if message.id and message.string
        for form in forms(message)
        if placeholders(form) != id_placeholders(message)
    ]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("language", TRANSLATED)
def test_plural_entries_have_the_languages_number_of_forms(language):
    expected = catalog(language).num_plurals
    wrong = [
        f"{language}: {message.id[0]!r} has {len(forms(message))} forms, needs {expected}"
        for message in catalog(language)
        if message.pluralizable and len(forms(message)) != expected
    ]
    assert not wrong, "\n".join(wrong)


def test_polish_counts_in_three_forms():
    assert catalog("pl").num_plurals == 3


def written(message: Used, count: int) -> str:
    """The message as the bot writes it in the current language."""
    if isinstance(message.id, tuple):
        return ngettext(message.id[0], message.id[1], count)
    if message.context:
        return pgettext(message.context, message.id)
    return gettext(message.id)


values = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=20)


@given(st.integers(min_value=0, max_value=10**7), values)
def test_every_message_formats_in_every_language(count, value):
    for language in ("en", *TRANSLATED):
        for message in used_messages():
            names = id_placeholders(message)
            with speaking(language):
                template = written(message, count)
            filled = {name: count if name == "count" else f"<{name}:{value}>" for name in names}
            text = template.format(**filled)
            for name in names - {"count"}:
                assert f"<{name}:{value}>" in text, f"{language}: {message} -> {template!r}"


# Apostrophes two tests elsewhere pin as typed (tests/test_console.py); every other French
# message uses the typographic ’.
_FRENCH_PINNED_APOSTROPHES = {
    "Done: you follow {label}. {promise}",
    "Ask me about events, calls and policy briefs.",
}


def _french_texts() -> list[tuple[str, str]]:
    return [
        (message.id if isinstance(message.id, str) else message.id[0], form)
        for message in catalog("fr")
        if message.id and message.string
        for form in forms(message)
    ]


def test_french_puts_a_space_before_double_punctuation_and_inside_guillemets():
    wrong = []
    for msgid, text in _french_texts():
        bare = re.sub(r"\{[^}]*\}|https?://\S+|/\w+|\d\d:\d\d|\d+-\d+", "X", text)
        if re.search(r"\S[:;?!]|«\S|\S»", bare):
            wrong.append(f"{msgid!r} -> {text!r}")
        if "'" in text and msgid not in _FRENCH_PINNED_APOSTROPHES:
            wrong.append(f"straight apostrophe: {msgid!r} -> {text!r}")
    assert not wrong, "\n".join(wrong)


def test_french_speaks_to_the_reader_as_vous():
    tu = re.compile(r"\b(?:rappelle-moi|dis-moi|tu|toi|ton|ta|tes)\b", re.IGNORECASE)
    wrong = [f"{msgid!r} -> {text!r}" for msgid, text in _french_texts() if tu.search(text)]
    assert not wrong, "\n".join(wrong)


# The dates of an event come with their own preposition ("du 26 au 27 septembre 2022",
# "am 26. September 2022"), so a message must not put one before them; a free-text location
# ("host regions across Europe, to be announced") takes a label, never a preposition.
_BEFORE_DATES = {
    "fr": r"\b(?:le|du|au|en|à)",
    "de": r"\b(?:am|vom|bis|im|an)",
    "es": r"\b(?:el|del|al|en)",
    "it": r"\b(?:il|dal|al|a|in)",
    "pl": r"\b(?:dnia|w dniu|od|do|w)",
}
_BEFORE_LOCATION = r"\b(?:à|in|en|a|w|au|nel|im)\s*$"


@pytest.mark.parametrize("language", TRANSLATED)
def test_event_dates_and_locations_take_no_preposition_of_the_message(language):
    before_dates = re.compile(_BEFORE_DATES[language] + r" \{dates\}", re.IGNORECASE)
    wrong = []
    for message in catalog(language):
        if not (message.id and message.string):
            continue
        for form in forms(message):
            if before_dates.search(form):
                wrong.append(f"{language}: {message.id!r} -> {form!r}")
            for match in re.finditer(r"\{location\}", form):
                if re.search(_BEFORE_LOCATION, form[: match.start()], re.IGNORECASE):
                    wrong.append(f"{language}: {message.id!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_italian_names_a_month_without_a_or_ad():
    with speaking("it"):
        assert gettext("in {month}").format(month="agosto 2022") == "nel mese di agosto 2022"


@pytest.mark.parametrize("language", ["de", "fr", "es", "it"])
def test_an_event_sentence_reads_its_range_with_the_languages_own_words(language):
    from datetime import date

    from bot.languages.dates import format_event_dates
    from tests.factories import event

    expected = {
        "de": "X findet vom 26. bis 27. September 2022 statt",
        "fr": "X a lieu du 26 au 27 septembre 2022",
        "es": "X se celebra del 26 al 27 de septiembre de 2022",
        "it": "X si terrà dal 26 al 27 settembre 2022",
    }[language]
    with speaking(language):
        sentence = gettext("{title} takes place in {location}, on {dates}.").format(
            title="X",
            location="host regions across Europe, to be announced",
            dates=format_event_dates(event(start=date(2022, 9, 26), end=date(2022, 9, 27))),
        )
    assert sentence.startswith(expected)
    assert sentence.endswith("host regions across Europe, to be announced.")
