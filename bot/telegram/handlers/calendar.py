"""/calendar: every event and deadline as one .ics file."""

from __future__ import annotations

from telegram import Update

from bot.calendar import feed
from bot.telegram.handlers.context import MEDIA_WRITE_TIMEOUT, BotContext, thread_of


async def calendar(update: Update, context: BotContext) -> None:
    """Send the calendar feed as a document."""
    chat = update.effective_chat
    if chat is None:
        return
    services = context.services
    data = feed(services.source.snapshot.knowledge, services.clock())
    await context.bot.send_document(
        chat.id,
        data,
        filename="eccp-events-and-deadlines.ics",
        message_thread_id=thread_of(update),
        write_timeout=MEDIA_WRITE_TIMEOUT,
    )
