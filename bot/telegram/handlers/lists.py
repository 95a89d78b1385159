"""/events, /calls and /briefs: paged lists, upcoming first."""

from __future__ import annotations

from telegram import Update

from bot.answering.listing import ListRequest, Status, select
from bot.knowledge.items import AnyItem
from bot.languages.speech import N_, _
from bot.services import Services
from bot.telegram import render
from bot.telegram.handlers.context import BotContext, send

TITLES = {
    "events": N_("Upcoming events"),
    "calls": N_("Calls still open or to come"),
    "briefs": N_("Briefs"),
}


def items_of(kind: str, services: Services) -> list[AnyItem]:
    """What a list command shows: events and calls still ahead, every published brief."""
    knowledge = services.source.snapshot.knowledge
    status = None if kind == "briefs" else Status.UPCOMING
    request = ListRequest(
        kind == "events", kind == "calls", kind == "briefs", frozenset(), status, None
    )
    return select(knowledge, request, services.clock())


def page(kind: str, number: int, services: Services, chat_id: int = 0) -> render.Rendered:
    """One page of a list, with times on the chat's own clock too."""
    items = items_of(kind, services)
    zone = services.zone_of(chat_id)
    return render.list_page(_(TITLES[kind]), kind, items, number, services.clock(), zone)


def chat_of(update: Update) -> int:
    """The chat id of an update (0 when it has none)."""
    return update.effective_chat.id if update.effective_chat else 0


async def events(update: Update, context: BotContext) -> None:
    """List upcoming events."""
    await send(update, context, [page("events", 0, context.services, chat_of(update))])


async def calls(update: Update, context: BotContext) -> None:
    """List calls that have not closed."""
    await send(update, context, [page("calls", 0, context.services, chat_of(update))])


async def briefs(update: Update, context: BotContext) -> None:
    """List policy briefs, newest first."""
    await send(update, context, [page("briefs", 0, context.services, chat_of(update))])
