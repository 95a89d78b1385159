"""/start (with deep links), /help, /next and /settings."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType

from bot import store
from bot.answering.listing import ListRequest, Status, select
from bot.answering.phrasing import help_text
from bot.knowledge.zones import resolve_zone, zone_names
from bot.languages.speech import N_, _, current, pgettext, speaking
from bot.reminders.preferences import (
    OFFSET_MENU,
    Offsets,
    list_words,
    parse_quiet,
    short_offset,
    to_mask,
)
from bot.telegram import callbacks, render
from bot.telegram.handlers import language
from bot.telegram.handlers.context import BotContext, send
from bot.telegram.handlers.groups import may_manage

# Descriptions are marked here and translated where a menu is built (profile.py).
COMMANDS = (
    ("start", N_("Welcome and what I can do")),
    ("help", N_("How to ask me things")),
    ("events", N_("Upcoming events")),
    ("calls", N_("Calls and their deadlines")),
    ("briefs", N_("Policy briefs")),
    ("next", N_("What comes next")),
    ("subscribe", N_("Reminders for a call, an event, a tag or everything")),
    ("subscriptions", N_("What you follow")),
    ("unsubscribe", N_("Stop following something")),
    ("calendar", N_("Every event and deadline as a calendar file")),
    ("settings", N_("Your time zone, language, when reminders come, quiet hours")),
    ("stop", N_("Remove your subscriptions and data")),
)
ADMIN_MENU = (
    ("reload", N_("Admin: check the knowledge files and swap them in")),
    ("stats", N_("Admin: users, subscriptions and this week's questions")),
    ("unanswered", N_("Admin: the questions I could not answer")),
    ("announce", N_("Admin: send a message to followers (/announce #tag text)")),
)
ADMIN_COMMANDS = tuple(name for name, __ in ADMIN_MENU)
UNKNOWN_COMMAND = N_("I don't know {command}. Send /help to see what I can do.")
ZONES = ("Europe/Brussels", "Europe/London", "Europe/Lisbon", "Europe/Helsinki", "UTC")
UPCOMING = ListRequest(True, True, False, frozenset(), Status.UPCOMING, None)  # events, calls
SUBSCRIBING_HELP = N_(
    "For reminders, say so: “remind me about the CmR call”, “notify me of new workshops”, "
    "“remind me 3 days before”, “stop reminding me about the CmR call”; I ask before I "
    "change anything. /settings chooses when reminders come, your quiet hours and my language."
)
COMMAND_LIST = " ".join(f"/{name}" for name, __ in COMMANDS)


async def start(update: Update, context: BotContext) -> None:
    """Welcome the user, or open the item a deep link names (/start item-<id>)."""
    payload = context.args[0] if context.args else ""
    services = context.services
    snapshot = services.source.snapshot
    item = snapshot.knowledge.get(payload.removeprefix("item-")) if payload else None
    if item is None:
        await send(update, context, [(render.escape(help_message()), None)])
        return
    now = services.clock()
    zone = services.zone_of(item_chat(update))
    answer = snapshot.engine.ask("about", now, zone, item.id, language=current())
    with speaking(answer.language):
        await send(update, context, render.answer_messages(answer, snapshot.knowledge, now, zone))


async def help_command(update: Update, context: BotContext) -> None:
    """Explain how to ask."""
    await send(update, context, [(render.escape(help_message()), None)])


def help_message() -> str:
    """How to ask, then every command (the same text for /start and /help)."""
    commands = _("Commands: {commands}").format(commands=COMMAND_LIST)
    return f"{help_text()}\n\n{_(SUBSCRIBING_HELP)}\n\n{commands}"


async def next_item(update: Update, context: BotContext) -> None:
    """Show the next event or deadline."""
    services = context.services
    now = services.clock()
    snapshot = services.source.snapshot  # one snapshot for the choice, answer and buttons
    upcoming = select(snapshot.knowledge, UPCOMING, now)
    if not upcoming:
        await send(update, context, [(_("Nothing is coming up in my knowledge."), None)])
        return
    zone = services.zone_of(item_chat(update))
    answer = snapshot.engine.ask("when", now, zone, follow_up=upcoming[0].id, language=current())
    with speaking(answer.language):
        await send(update, context, render.answer_messages(answer, snapshot.knowledge, now, zone))


async def settings(update: Update, context: BotContext) -> None:
    """Time zone (/settings Europe/Lisbon), quiet hours (/settings quiet 23-07), language
    (/settings language de, /settings Deutsch), or buttons."""
    chat = update.effective_chat
    if chat is None:
        return
    args = context.args or []
    if language.is_language_request(args):
        await send(update, context, [await settings_language(update, context, args)])
    elif args and args[0].lower() == "quiet":
        await send(update, context, [(set_quiet(context, chat.id, " ".join(args[1:])), None)])
    elif args:
        await send(update, context, [(set_zone(context, chat.id, " ".join(args)), None)])
    else:
        await send(update, context, [settings_view(context, chat.id, update)])


async def settings_language(
    update: Update, context: BotContext, words: list[str]
) -> render.Rendered:
    """/settings language de: the choice stored (admins only in groups), confirmed in it."""
    chat_id = item_chat(update)
    wanted = language.requested(words)
    if wanted is None:
        rows = language.language_rows(language.chosen_language(context, chat_id))
        return render.escape(language.unknown_language(words)), InlineKeyboardMarkup(rows)
    if not await may_manage(update, context):
        return render.escape(_(language.ONLY_ADMINS_LANGUAGE)), None
    code = None if wanted == language.AUTOMATIC else wanted
    usual = language.usual_language(update)
    return render.escape(language.set_language(context, chat_id, code, usual)), None


def settings_view(context: BotContext, chat_id: int, update: Update) -> render.Rendered:
    """The chat's zone, language, reminder offsets and quiet hours, with buttons to change each."""
    services = context.services
    chosen = services.subscriptions.preferences(chat_id)
    zone = services.zone_of(chat_id)
    offsets = chosen.offsets
    shown = list_words(offsets) if offsets else _("the defaults")
    quiet = _("{window} your time").format(window=chosen.quiet) if chosen.quiet else _("off")
    picked = language.chosen_language(context, chat_id)
    text = _(
        "Your time zone: {zone}. Choose one, or send /settings and a city (e.g. Lisbon).\n"
        "Reminders: {offsets} before deadlines and starts (tap to switch one on or off).\n"
        "Quiet hours: {quiet} (no reminder then, unless a deadline comes before the morning; "
        "/settings quiet 23-07 to change)."
    ).format(zone=zone.key if zone else _("not set"), offsets=shown, quiet=quiet)
    text += "\n" + language.language_line(picked, language.usual_language(update))
    zones = [[InlineKeyboardButton(z, callback_data=callbacks.encode("tz", z))] for z in ZONES]
    return render.escape(text), InlineKeyboardMarkup(
        [
            *zones,
            _offset_row(offsets),
            [_quiet_button(chosen.quiet is not None)],
            *language.language_rows(picked),
        ]
    )


def _offset_row(offsets: Offsets | None) -> list[InlineKeyboardButton]:
    ticked = set(offsets or ())
    row = []
    for offset in OFFSET_MENU:
        toggled = ticked ^ {offset}
        mark = "✓ " if offset in ticked else ""
        data = callbacks.encode("offs", str(to_mask(toggled)))
        row.append(InlineKeyboardButton(mark + short_offset(offset), callback_data=data))
    return row


def _quiet_button(on: bool) -> InlineKeyboardButton:
    if on:
        label, value = pgettext("button", "Quiet hours: on (tap for off)"), "off"
    else:
        label, value = pgettext("button", "Quiet hours: off"), "on"
    return InlineKeyboardButton(label, callback_data=callbacks.encode("quiet", value))


def set_quiet(context: BotContext, chat_id: int, words: str) -> str:
    """Store the chat's quiet hours from words ('23-07', 'off')."""
    chat_type = "private"
    try:
        window = parse_quiet(words or None)
    except ValueError as exc:
        return render.escape(f"{exc}.")
    context.services.activity.flush()
    outcome = context.services.subscriptions.set_quiet_hours(chat_id, window, chat_type)
    return render.escape(outcome.text)


def item_chat(update: Update) -> int:
    """The chat id of an update (0 if it has none, e.g. an inline query)."""
    return update.effective_chat.id if update.effective_chat else 0


async def unknown(update: Update, context: BotContext) -> None:
    """A short reply to a command we do not have (in groups only when addressed to us)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    command, __, addressee = message.text.split()[0].partition("@")
    private = message.chat.type == ChatType.PRIVATE
    if not private and addressee.casefold() != (context.bot.username or "").casefold():
        return  # /foo in a group may be another bot's
    text = _(UNKNOWN_COMMAND).format(command=command[:40])
    await send(update, context, [(render.escape(text), None)])


def set_zone(context: BotContext, chat_id: int, written: str) -> str:
    """Store the zone named by city or name, in any case; a sentence saying what happened."""
    name = resolve_zone(written, zone_names())
    if name is None:
        return render.escape(
            _(
                'I don\'t know the time zone "{zone}". Send a city ("Lisbon") '
                'or a zone name ("Europe/Lisbon").'
            ).format(zone=written[:60])
        )
    services = context.services
    services.activity.flush()  # the chat row must exist before its zone is set
    try:
        with services.database.session() as s:
            store.set_chat_timezone(s, chat_id, name)
    except ValueError as exc:
        return render.escape(
            _("{problem}. Try e.g. /settings Europe/Brussels").format(problem=exc)
        )
    services.conversations.zones[chat_id] = name
    return render.escape(_("Done: I will also show times in {zone}.").format(zone=name))
