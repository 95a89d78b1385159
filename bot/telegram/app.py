"""Wiring: build the Application in one readable place, then run it by polling or webhook.

The order of registration is the story of an update: remember the chat,
then commands, buttons and inline queries, then free text; errors last.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from telegram import Bot, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, TelegramError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
    InlineQueryHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.delivery.bot_api import TELEGRAM_API
from bot.logs import configure_logging
from bot.services import Services, build_services
from bot.telegram.handlers import (
    admin,
    buttons,
    calendar,
    commands,
    errors,
    inline,
    lists,
    questions,
)
from bot.telegram.handlers import subscriptions as subs
from bot.telegram.handlers.context import BotContext
from bot.telegram.handlers.groups import group_admins_only
from bot.telegram.handlers.language import in_language
from bot.telegram.http import Listeners, health_server, webhook_server
from bot.telegram.profile import introduce
from bot.telegram.transport import AiohttpRequest, SharedBudgetLimiter

log = logging.getLogger(__name__)
WATCHDOG_S = 1.0
PURGE_S = 3600.0
ACTIVITY_FLUSH_S = 0.5  # small batches: 2 s of traffic at 300/s held the GIL for ~50 ms
ZONES_REFRESH_S = 30.0
App = Application[Any, BotContext, Any, Any, Any, Any]


def command_handlers() -> list[
    tuple[str, Callable[[Update, BotContext], Coroutine[Any, Any, None]]]
]:
    """Every command and its handler, users' first, then the admins'."""
    return [
        ("start", commands.start),
        ("help", commands.help_command),
        ("events", lists.events),
        ("calls", lists.calls),
        ("briefs", lists.briefs),
        ("next", commands.next_item),
        ("settings", commands.settings),
        ("subscribe", group_admins_only(subs.subscribe)),
        ("subscriptions", subs.subscriptions),
        ("unsubscribe", group_admins_only(subs.unsubscribe)),
        ("stop", group_admins_only(subs.stop)),
        ("calendar", calendar.calendar),
        ("reload", admin.reload),
        ("stats", admin.stats),
        ("unanswered", admin.unanswered),
        ("announce", admin.announce),
    ]


def build_application(services: Services) -> App:
    """The Application with its handlers, services and lifecycle hooks."""
    settings = services.settings
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_token or "")
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=_no_previews()))
        .context_types(ContextTypes(context=BotContext))
        .rate_limiter(SharedBudgetLimiter(services.limiter))
        .concurrent_updates(64)
        .request(AiohttpRequest(connections=64, watch=services.watch))
        .get_updates_request(
            AiohttpRequest(connections=2, read_timeout=5.0, watch=services.watch, polling=True)
        )
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    if settings.telegram_api_base_url:
        base = settings.telegram_api_base_url
        builder = builder.base_url(base).base_file_url(base.replace("/bot", "/file/bot"))
    app: App = builder.build()
    app.bot_data["services"] = services
    _register(app)
    return app


def _no_previews() -> LinkPreviewOptions:
    return LinkPreviewOptions(is_disabled=True)


def _register(app: App) -> None:
    # Note: order matters. Chats are remembered before anything else handles the update.
    app.add_handler(TypeHandler(Update, errors.remember_chat), group=-1)
    # Every reply is written in the chat's language (answers narrow it to their own).
    for name, handler in command_handlers():
        app.add_handler(CommandHandler(name, in_language(handler)))
    app.add_handler(CallbackQueryHandler(in_language(buttons.button)))
    app.add_handler(InlineQueryHandler(in_language(inline.inline_query)))
    unknown = in_language(commands.unknown)
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & filters.COMMAND, unknown))
    new_text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(new_text, in_language(questions.question)))
    # An edited question is answered again, in the messages that answered it.
    edited = filters.UpdateType.EDITED_MESSAGE & filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(edited, in_language(questions.edited_question)))
    app.add_error_handler(errors.on_error)


async def _post_init(app: App) -> None:
    """Open the sender, show the command menu, start the scheduler."""
    services: Services = app.bot_data["services"]
    await services.sender.__aenter__()
    await introduce(app.bot, services.settings)
    await services.scheduler.start()
    services.scheduler.every(ACTIVITY_FLUSH_S, services.activity.flush, "activity")
    services.scheduler.every(ZONES_REFRESH_S, services.refresh_zones, "zones")
    services.scheduler.every(PURGE_S, services.activity.purge, "purge-questions")
    log.info("bot @%s started as %s", app.bot.username, services.identity)


async def _post_stop(app: App) -> None:
    """Stop scheduling; let in-flight sends finish and be recorded (graceful SIGTERM)."""
    services: Services = app.bot_data["services"]
    await services.scheduler.stop()
    services.activity.flush()


async def _post_shutdown(app: App) -> None:
    """Close the sender and the database."""
    services: Services = app.bot_data["services"]
    await services.sender.__aexit__(None, None, None)
    services.database.dispose()


def run_bot(settings: Settings, webhook: bool = False) -> int:
    """Run until stopped; a bad token or an unreachable server is one clear line, exit 1."""
    configure_logging(settings)
    problem = asyncio.run(token_problem(settings))
    if problem:
        sys.stderr.write(f"error: {problem}\n")
        return 1
    hook = settings.webhook
    if webhook and (not hook.url or not hook.secret_token):
        sys.stderr.write("error: webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET_TOKEN\n")
        return 1
    app = build_application(build_services(settings))
    freeze_start_up_objects()
    return asyncio.run(serve(app, settings, webhook))


def freeze_start_up_objects() -> None:
    """Keep what start-up built (libraries, knowledge, indexes) out of later collections.

    A full garbage collection scans every tracked object: about 130,000 once
    PTB, SQLAlchemy and the knowledge are loaded, some 70 ms on a small VM, a
    pause every update in flight waits out.  Those objects live as long as the
    process, so they are collected once and moved to the permanent generation.
    (The price: if the first knowledge snapshot holds reference cycles, a
    reload leaves them in memory, once.)
    """
    gc.collect()
    gc.freeze()


async def token_problem(settings: Settings) -> str | None:
    """Ask getMe once, before anything starts: why the bot cannot run, or None."""
    base = settings.telegram_api_base_url or TELEGRAM_API
    try:
        async with Bot(settings.telegram_token or "", base_url=base):
            return None
    except InvalidToken:
        return "Telegram rejected the token (TELEGRAM_BOT_TOKEN)"
    except TelegramError as exc:
        return f"cannot reach the Telegram Bot API at {base}: {type(exc).__name__}"


async def serve(app: App, settings: Settings, webhook: bool) -> int:
    """Listen first (a port in use fails here, before anything starts), then run until stopped.

    One lifecycle for both modes, run by us rather than by PTB's run_polling:
    it binds the health and webhook ports before the bot starts, and it needs
    no event loop of its own after the token check's.
    """
    stopped = _stop_signal()  # from the start: a SIGTERM during start-up is a clean stop too
    services: Services = app.bot_data["services"]
    listeners = Listeners()
    try:
        await _listen(listeners, app, settings, webhook)
        await app.initialize()
        try:
            await _post_init(app)  # run_polling would call the hooks; here we run the lifecycle
            services.scheduler.every(WATCHDOG_S, _watchdog(services, stopped), "watchdog")
            await _receive_updates(app, settings, webhook)
            await app.start()
            await stopped.wait()
        finally:
            await _wind_down(app)
    except InvalidToken:  # polling's start-up or its last getUpdates met a 401
        services.watch.refused()
    finally:
        await listeners.close()
    return exit_status(services)


def _watchdog(services: Services, stopped: asyncio.Event) -> Callable[[], None]:
    """Stop when the Bot API is fatally unusable (a revoked token, silence): exit 1, a restart."""

    def check() -> None:
        reason = services.watch.check()
        if reason is not None and not stopped.is_set():
            log.critical("stopping: %s", reason)
            stopped.set()

    return check


def exit_status(services: Services) -> int:
    """0 after a requested stop; 1 when the Bot API was fatally unusable (so: a restart)."""
    reason = services.watch.fatal
    if reason is not None:
        sys.stderr.write(f"error: {reason}\n")
        return 1
    return 0


async def _listen(listeners: Listeners, app: App, settings: Settings, webhook: bool) -> None:
    services: Services = app.bot_data["services"]
    if settings.health.port:
        await listeners.listen(
            health_server(services.health), settings.health.listen, settings.health.port
        )
    if webhook:
        hook = settings.webhook
        path = urlsplit(hook.url or "").path
        server = webhook_server(app, path, hook.secret_token or "", services.health)
        await listeners.listen(server, hook.listen, hook.port)


async def _receive_updates(app: App, settings: Settings, webhook: bool) -> None:
    """Tell Telegram where to send updates (webhook), or start asking for them (polling)."""
    hook = settings.webhook
    if webhook:
        await app.bot.set_webhook(hook.url or "", secret_token=hook.secret_token)
        return
    assert app.updater is not None

    def polling_failed(exc: TelegramError) -> None:
        app.create_task(app.process_error(error=exc, update=None))

    await app.updater.start_polling(
        allowed_updates=Update.ALL_TYPES, drop_pending_updates=False, error_callback=polling_failed
    )


async def _wind_down(app: App) -> None:
    """Stop what started, in reverse: updates, the Application and its hooks, the sender."""
    if app.updater is not None and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
        await _post_stop(app)
    try:
        await app.shutdown()
    finally:
        await _post_shutdown(app)


def _stop_signal() -> asyncio.Event:
    """An event set by SIGTERM or SIGINT."""
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopped.set)
    return stopped
