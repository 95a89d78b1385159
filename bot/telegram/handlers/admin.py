"""/reload, /stats, /unanswered and /announce, for the ids in the admin list only."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from functools import wraps
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import admin
from bot.languages.speech import _, ngettext, pgettext
from bot.telegram import callbacks, render
from bot.telegram.handlers.context import BotContext, send

PENDING = "announcements"  # bot_data key of announcements awaiting Send


def allowed(update: Update, context: BotContext) -> bool:
    """Whether the user who sent this update is an admin."""
    user = update.effective_user
    return admin.is_admin(context.services.settings.admin_user_ids, user.id if user else None)


Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


def admin_only(handler: Handler) -> Handler:
    """Run the handler for admins; everyone else gets 'not allowed' and nothing else."""

    @wraps(handler)
    async def guarded(update: Update, context: BotContext) -> None:
        if allowed(update, context):
            context.services.activity.flush()  # statistics and audiences include the latest
            await handler(update, context)
        else:
            await send(update, context, [(render.escape(_(admin.NOT_ALLOWED)), None)])

    return guarded


@admin_only
async def reload(update: Update, context: BotContext) -> None:
    """Check the knowledge and swap it in, or list every problem."""
    result = await context.services.scheduler.reload()
    if result.ok:
        count = len(result.snapshot.knowledge)
        text = ngettext("Reloaded: {count} items.", "Reloaded: {count} items.", count).format(
            count=count
        )
    else:
        problems = "\n".join(f"• {p}" for p in result.problems)
        count = len(result.problems)
        text = ngettext(
            "Kept the last good knowledge; {count} problem(s) in the files:",
            "Kept the last good knowledge; {count} problem(s) in the files:",
            count,
        ).format(count=count)
        text += f"\n{problems}"
    await send(update, context, [(part, None) for part in render.split(render.escape(text))])


@admin_only
async def stats(update: Update, context: BotContext) -> None:
    """Users, subscriptions and this week's questions."""
    services = context.services
    numbers = admin.stats(services.database, services.source.snapshot.knowledge, services.clock())
    await send(update, context, [(render.escape(admin.format_stats(numbers)), None)])


@admin_only
async def unanswered(update: Update, context: BotContext) -> None:
    """The questions the bot could not answer this week."""
    text = admin.unanswered(context.services.database, context.services.clock())
    await send(update, context, [(part, None) for part in render.split(render.escape(text))])


@admin_only
async def announce(update: Update, context: BotContext) -> None:
    """Preview an announcement with Send and Cancel buttons."""
    message = update.effective_message
    body = (message.text or "").partition(" ")[2] if message else ""
    parsed = admin.parse_announcement(body)
    if isinstance(parsed, str):
        await send(update, context, [(render.escape(parsed), None)])
        return
    context.bot_data.setdefault(PENDING, {})[parsed.key] = parsed
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    pgettext("button", "Send"),
                    callback_data=callbacks.encode("ann", "send", parsed.key),
                ),
                InlineKeyboardButton(
                    pgettext("button", "Cancel"),
                    callback_data=callbacks.encode("ann", "cancel", parsed.key),
                ),
            ]
        ]
    )
    preview = admin.preview(context.services.database, parsed)
    await send(update, context, [(render.escape(preview), keyboard)])
