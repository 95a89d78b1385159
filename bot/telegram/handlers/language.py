"""The language every reply is written in, and the chat's choice of it in /settings.

A chat's reply language is its /settings choice, else the Telegram app's
`language_code` of whoever wrote, else English (`codes.reply_language`).
Handlers run inside `speaking(...)` of that language (see `in_language`), so
every `_()` below them writes in it; answers narrow it to the answer's own.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Coroutine, Sequence
from functools import wraps
from typing import Any

from telegram import InlineKeyboardButton, Update

from bot import store
from bot.languages.codes import LANGUAGES, NAMES, reply_language, supported
from bot.languages.speech import N_, _, pgettext, speaking
from bot.telegram import callbacks
from bot.telegram.handlers.context import BotContext

AUTOMATIC = "auto"  # callback data and /settings word: clear the choice
KEYWORDS = frozenset({"language", "lang"})
ONLY_ADMINS_LANGUAGE = N_("Only this group's admins can change its language.")
Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


def _folded(word: str) -> str:
    """Lower case without accents: 'Français' and 'francais' name the same language."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_BY_NAME = {_folded(name): code for code, name in NAMES.items()}
_AUTOMATIC_WORDS = frozenset({"auto", "automatic", "default"})


def usual_language(update: Update) -> str | None:
    """The language the sender's Telegram app reports (None for a channel post)."""
    user = update.effective_user
    return user.language_code if user else None


def chosen_language(context: BotContext, chat_id: int) -> str | None:
    """The chat's /settings choice, from the services' memory (refreshed with the zones)."""
    return context.services.language_chosen(chat_id) if chat_id else None


def language_of(update: Update, context: BotContext) -> str:
    """The language to write to this update's chat in."""
    chat = update.effective_chat
    chosen = chosen_language(context, chat.id) if chat else None
    return reply_language(chosen, None, usual_language(update))


def in_language(handler: Handler) -> Handler:
    """Run the handler while speaking the chat's language."""

    @wraps(handler)
    async def speaking_handler(update: Update, context: BotContext) -> None:
        with speaking(language_of(update, context)):
            await handler(update, context)

    return speaking_handler


def is_language_request(words: Sequence[str]) -> bool:
    """Whether /settings words are about the language ('language de', 'Deutsch')."""
    if not words:
        return False
    return words[0].casefold() in KEYWORDS or _folded(" ".join(words)) in _BY_NAME


def requested(words: Sequence[str]) -> str | None:
    """The code the words ask for, AUTOMATIC to clear the choice, or None if they name none."""
    named = list(words[1:] if words and words[0].casefold() in KEYWORDS else words)
    folded = _folded(" ".join(named))
    if folded in _AUTOMATIC_WORDS:
        return AUTOMATIC
    return _BY_NAME.get(folded) or (supported(folded) if len(named) == 1 else None)


def unknown_language(words: Sequence[str]) -> str:
    """The reply to a language the bot does not speak, naming those it does."""
    written = " ".join(words[1:] if words and words[0].casefold() in KEYWORDS else words)
    names = ", ".join(NAMES[code] for code in LANGUAGES)
    if not written:
        return _("Which language? I speak {languages}.").format(languages=names)
    return _('I don\'t speak "{language}". I speak {languages}.').format(
        language=written[:40], languages=names
    )


def set_language(context: BotContext, chat_id: int, code: str | None, usual: str | None) -> str:
    """Store the chat's choice (None: back to its app's); the confirmation, in the new language."""
    services = context.services
    services.activity.flush()  # the chat row must exist before its language is set
    with services.database.session() as s:
        store.set_chat_language(s, chat_id, code)
    chosen = context.services.conversations.languages
    if code is None:
        chosen.pop(chat_id, None)
    else:
        chosen[chat_id] = code
    with speaking(reply_language(code, None, usual)):
        if code is None:
            return _("Done: I will write in the language of your Telegram app.")
        return _("Done: I will write in {language}.").format(language=NAMES[code])


def language_line(chosen: str | None, usual: str | None) -> str:
    """The /settings line saying which language the bot writes in, and how to change it."""
    name = NAMES[reply_language(chosen, None, usual)]
    if chosen:
        return _(
            "Language: {language} (your choice; “Automatic” follows your Telegram app)."
        ).format(language=name)
    return _(
        "Language: {language}, as your Telegram app (choose one below, or send "
        "/settings language de)."
    ).format(language=name)


def language_rows(chosen: str | None) -> list[list[InlineKeyboardButton]]:
    """The six languages, each in its own name, then Automatic; the current one ticked."""
    buttons = [_choice(NAMES[code], code, code == chosen) for code in LANGUAGES]
    automatic = _choice(pgettext("button", "Automatic"), AUTOMATIC, chosen is None)
    return [buttons[:3], buttons[3:], [automatic]]


def _choice(label: str, value: str, ticked: bool) -> InlineKeyboardButton:
    mark = "✓ " if ticked else ""
    return InlineKeyboardButton(mark + label, callback_data=callbacks.encode("lang", value))
