"""/start (with deep links), /help, /next and /settings."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ChatType

from bot import store
from bot.answering.listing import ListRequest, Status, select
from bot.answering.phrasing import help_text
from bot.knowledge.zones import resolve_zone, zone_names
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
    ("settings", "Your time zone"),
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
HELP_FOOTER = "\n\nCommands: " + " ".join(f"/{name}" for name, _ in COMMANDS)


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
    """Set the time zone by name (/settings Europe/Lisbon) or offer buttons."""
    chat = update.effective_chat
    if chat is None:
        return
    if context.args:
        await send(update, context, [(set_zone(context, chat.id, " ".join(context.args)), None)])
        return
    current = context.services.zone_of(chat.id)
    rows = [[InlineKeyboardButton(z, callback_data=callbacks.encode("tz", z))] for z in ZONES]
    shown = current.key if current else "not set"
    text = f"Your time zone: {shown}. Choose one, or send /settings and a city (e.g. Lisbon)."
    await send(update, context, [(render.escape(text), InlineKeyboardMarkup(rows))])


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
