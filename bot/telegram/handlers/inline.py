"""Inline mode: '@thebot clusters' in any chat offers matching items to share."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update

from bot.answering.listing import select
from bot.answering.phrasing import about, links_for, short_line
from bot.knowledge.items import AnyItem
from bot.services import Services
from bot.telegram import callbacks, render
from bot.telegram.handlers.commands import UPCOMING
from bot.telegram.handlers.context import BotContext

MAX_RESULTS = 20


def matching(text: str, services: Services) -> list[AnyItem]:
    """Items the query names; with no query, what is coming up."""
    snapshot = services.source.snapshot
    if text.strip():
        return snapshot.engine.search(text, limit=MAX_RESULTS)
    return select(snapshot.knowledge, UPCOMING, services.clock())[:MAX_RESULTS]


async def inline_query(update: Update, context: BotContext) -> None:
    """Offer matching items as articles with their links."""
    query = update.inline_query
    if query is None:
        return
    services = context.services
    now = services.clock()
    results = [
        InlineQueryResultArticle(
            id=callbacks.item_ref(item.id),
            title=item.title[:100],
            description=short_line(item, now)[:200],
            input_message_content=InputTextMessageContent(render.escape(about(item, now))),
            reply_markup=render.answer_keyboard_links(links_for(item, now)),
        )
        for item in matching(query.query, services)
    ]
    await query.answer(results, cache_time=60, is_personal=True)  # in the user's language
