"""/start (with deep links), /help, /next and /settings."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType

from bot import store
from bot.answering.listing import ListRequest, Status, select
from bot.answering.phrasing import help_text
from bot.knowledge.zones import resolve_zone, zone_names
from bot.reminders.preferences import (
    OFFSET_MENU,
    Offsets,
    list_words,
    parse_quiet,
    short_offset,
    to_mask,
)
from bot.telegram import callbacks, render
from bot.telegram.handlers.context import BotContext, send

COMMANDS = (
    ("start", "Welcome and what I can do"),
    ("help", "How to ask me things"),
    ("events", "Upcoming events"),
    ("calls", "Calls and their deadlines"),
    ("briefs", "Policy briefs"),
    ("next", "What comes next"),
    ("subscribe", "Reminders for a call, an event, a tag or everything"),
    ("subscriptions", "What you follow"),
    ("unsubscribe", "Stop following something"),
    ("calendar", "Every event and deadline as a calendar file"),
    ("settings", "Your time zone, when reminders come, quiet hours"),
    ("stop", "Remove your subscriptions and data"),
)
ADMIN_MENU = (
    ("reload", "Admin: check the knowledge files and swap them in"),
    ("stats", "Admin: users, subscriptions and this week's questions"),
    ("unanswered", "Admin: the questions I could not answer"),
    ("announce", "Admin: send a message to followers (/announce #tag text)"),
)
ADMIN_COMMANDS = tuple(name for name, _ in ADMIN_MENU)
UNKNOWN_COMMAND = "I don't know {command}. Send /help to see what I can do."
ZONES = ("Europe/Brussels", "Europe/London", "Europe/Lisbon", "Europe/Helsinki", "UTC")
UPCOMING = ListRequest(True, True, False, frozenset(), Status.UPCOMING, None)  # events, calls
SUBSCRIBING_HELP = (
    "\n\nFor reminders, say so: “remind me about the CmR call”, “notify me of new workshops”, "
    "“remind me 3 days before”, “stop reminding me about the CmR call”; I ask before I "
    "change anything. /settings chooses when reminders come and your quiet hours."
)
HELP_FOOTER = SUBSCRIBING_HELP + "\n\nCommands: " + " ".join(f"/{name}" for name, _ in COMMANDS)


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
    answer = snapshot.engine.ask("about", now, zone, item.id)
    await send(update, context, render.answer_messages(answer, snapshot.knowledge, now, zone))


async def help_command(update: Update, context: BotContext) -> None:
    """Explain how to ask."""
    await send(update, context, [(render.escape(help_message()), None)])


def help_message() -> str:
    """How to ask, then every command (the same text for /start and /help)."""
    return help_text() + HELP_FOOTER


async def next_item(update: Update, context: BotContext) -> None:
    """Show the next event or deadline."""
    services = context.services
    now = services.clock()
    snapshot = services.source.snapshot  # one snapshot for the choice, answer and buttons
    upcoming = select(snapshot.knowledge, UPCOMING, now)
    if not upcoming:
        await send(update, context, [("Nothing is coming up in my knowledge.", None)])
        return
    zone = services.zone_of(item_chat(update))
    answer = snapshot.engine.ask("when", now, zone, follow_up=upcoming[0].id)
    await send(update, context, render.answer_messages(answer, snapshot.knowledge, now, zone))


async def settings(update: Update, context: BotContext) -> None:
    """Time zone (/settings Europe/Lisbon), quiet hours (/settings quiet 23-07), or buttons."""
    chat = update.effective_chat
    if chat is None:
        return
    args = context.args or []
    if args and args[0].lower() == "quiet":
        await send(update, context, [(set_quiet(context, chat.id, " ".join(args[1:])), None)])
    elif args:
        await send(update, context, [(set_zone(context, chat.id, " ".join(args)), None)])
    else:
        await send(update, context, [settings_view(context, chat.id)])


def settings_view(context: BotContext, chat_id: int) -> render.Rendered:
    """The chat's zone, reminder offsets and quiet hours, each with buttons to change it."""
    services = context.services
    chosen = services.subscriptions.preferences(chat_id)
    zone = services.zone_of(chat_id)
    offsets = chosen.offsets
    shown = list_words(offsets) if offsets else "the defaults"
    quiet = f"{chosen.quiet} your time" if chosen.quiet else "off"
    text = (
        f"Your time zone: {zone.key if zone else 'not set'}. Choose one, or send "
        f"/settings and a city (e.g. Lisbon).\nReminders: {shown} before deadlines and "
        f"starts (tap to switch one on or off).\nQuiet hours: {quiet} (no reminder then, "
        "unless a deadline comes before the morning; /settings quiet 23-07 to change)."
    )
    zones = [[InlineKeyboardButton(z, callback_data=callbacks.encode("tz", z))] for z in ZONES]
    return render.escape(text), InlineKeyboardMarkup(
        [*zones, _offset_row(offsets), [_quiet_button(chosen.quiet is not None)]]
    )


def _offset_row(offsets: Offsets | None) -> list[InlineKeyboardButton]:
    current = set(offsets or ())
    row = []
    for offset in OFFSET_MENU:
        toggled = current ^ {offset}
        mark = "✓ " if offset in current else ""
        data = callbacks.encode("offs", str(to_mask(toggled)))
        row.append(InlineKeyboardButton(mark + short_offset(offset), callback_data=data))
    return row


def _quiet_button(on: bool) -> InlineKeyboardButton:
    label, value = ("Quiet hours: on (tap for off)", "off") if on else ("Quiet hours: off", "on")
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
    command, _, addressee = message.text.split()[0].partition("@")
    private = message.chat.type == ChatType.PRIVATE
    if not private and addressee.casefold() != (context.bot.username or "").casefold():
        return  # /foo in a group may be another bot's
    text = UNKNOWN_COMMAND.format(command=command[:40])
    await send(update, context, [(render.escape(text), None)])


def set_zone(context: BotContext, chat_id: int, written: str) -> str:
    """Store the zone named by city or name, in any case; a sentence saying what happened."""
    name = resolve_zone(written, zone_names())
    if name is None:
        return render.escape(
            f'I don\'t know the time zone "{written[:60]}". Send a city ("Lisbon") '
            'or a zone name ("Europe/Lisbon").'
        )
    services = context.services
    services.activity.flush()  # the chat row must exist before its zone is set
    try:
        with services.database.session() as s:
            store.set_chat_timezone(s, chat_id, name)
    except ValueError as exc:
        return render.escape(f"{exc}. Try e.g. /settings Europe/Brussels")
    services.conversations.zones[chat_id] = name
    return render.escape(f"Done: I will also show times in {name}.")
