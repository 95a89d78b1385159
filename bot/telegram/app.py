"""Wiring: build the Application in one readable place, then run it by polling or webhook.

The order of registration is the story of an update: remember the chat,
then commands, buttons and inline queries, then free text; errors last.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import signal
import sys
from collections.abc import Callable, Coroutine
from typing import Any
from urllib.parse import urlsplit

from aiohttp import web
from telegram import Bot, BotCommand, LinkPreviewOptions, Update
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
        ("subscribe", subs.subscribe),
        ("subscriptions", subs.subscriptions),
        ("unsubscribe", subs.unsubscribe),
        ("stop", subs.stop),
        ("calendar", calendar.calendar),
        ("reload", admin.reload),
        ("stats", admin.stats),
        ("unanswered", admin.unanswered),
        ("announce", admin.announce),
    ]


def command_menu() -> list[BotCommand]:
    """The menu Telegram shows: the users' commands (admins type theirs)."""
    return [BotCommand(name, description) for name, description in commands.COMMANDS]


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
    for name, handler in command_handlers():
        app.add_handler(CommandHandler(name, handler))
    app.add_handler(CallbackQueryHandler(buttons.button))
    app.add_handler(InlineQueryHandler(inline.inline_query))
    # New messages only: an edited question is not answered twice.
    new_text = filters.UpdateType.MESSAGE & filters.TEXT & ~filters.COMMAND
    app.add_handler(MessageHandler(new_text, questions.question))
    app.add_error_handler(errors.on_error)


async def _post_init(app: App) -> None:
    """Open the sender, show the command menu, start the scheduler."""
    services: Services = app.bot_data["services"]
    await services.sender.__aenter__()
    await app.bot.set_my_commands(command_menu())
    await services.scheduler.start()
    services.scheduler.every(ACTIVITY_FLUSH_S, services.activity.flush, "activity")
    services.scheduler.every(ZONES_REFRESH_S, services.refresh_zones, "zones")
    services.scheduler.every(PURGE_S, services.activity.purge, "purge-questions")
    services.scheduler.every(WATCHDOG_S, _watchdog(app), "watchdog")
    log.info("bot @%s started as %s", app.bot.username, services.identity)


def _watchdog(app: App) -> Callable[[], None]:
    """Stop the application when the Bot API is fatally unusable: exit 1, and a restart."""
    services: Services = app.bot_data["services"]

    def check() -> None:
        reason = services.watch.check()
        if reason is not None and app.running:
            log.critical("stopping: %s", reason)
            app.stop_running()

    return check


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
    app = build_application(build_services(settings))
    freeze_start_up_objects()
    if webhook:
        return asyncio.run(serve_webhook(app, settings))
    services: Services = app.bot_data["services"]
    try:
        app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    except InvalidToken:  # polling's start-up or its last getUpdates met a 401
        services.watch.refused()
    return exit_status(services)


def exit_status(services: Services) -> int:
    """0 after a requested stop; 1 when the Bot API was fatally unusable (so: a restart)."""
    reason = services.watch.fatal
    if reason is not None:
        sys.stderr.write(f"error: {reason}\n")
        return 1
    return 0


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


async def serve_webhook(app: App, settings: Settings) -> int:
    """Receive updates on our own aiohttp server: the secret token checked, /healthz served."""
    hook = settings.webhook
    if not hook.url or not hook.secret_token:
        sys.stderr.write("error: webhook mode needs WEBHOOK_URL and WEBHOOK_SECRET_TOKEN\n")
        return 1
    server = web.Application()
    server.router.add_post(urlsplit(hook.url).path or "/", _receiver(app, hook.secret_token))
    server.router.add_get("/healthz", _healthz(app.bot_data["services"]))
    runner = web.AppRunner(server)
    await app.initialize()
    await _post_init(app)  # run_polling calls the hooks; here we run the lifecycle ourselves
    await app.start()
    try:
        await runner.setup()
        await web.TCPSite(runner, hook.listen, hook.port).start()
        # Listen first, then tell Telegram where: no update arrives before we can take it.
        await app.bot.set_webhook(hook.url, secret_token=hook.secret_token)
        await _until_stopped(app)
    finally:
        await runner.cleanup()
        await app.stop()
        await _post_stop(app)
        await app.shutdown()
        await _post_shutdown(app)
    return exit_status(app.bot_data["services"])


def _receiver(
    app: App, secret: str
) -> Callable[[web.Request], Coroutine[Any, Any, web.StreamResponse]]:
    async def receive(request: web.Request) -> web.StreamResponse:
        if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != secret:
            return web.Response(status=403, text="wrong secret token")
        try:
            update = Update.de_json(await request.json(), app.bot)
        except ValueError:
            return web.Response(status=400, text="not an update")
        await app.update_queue.put(update)
        return web.Response(text="ok")

    return receive


def _healthz(services: Services) -> Callable[[web.Request], Coroutine[Any, Any, web.Response]]:
    """`ok`, or 503 with one problem a line: the load balancer and supervisor act on it."""

    async def healthz(_: web.Request) -> web.Response:
        if services.health.ok:
            return web.Response(text="ok")
        return web.Response(status=503, text="\n".join(services.health.problems))

    return healthz


async def _until_stopped(app: App) -> None:
    """Wait for SIGTERM or SIGINT, or for the watchdog to find the Bot API unusable."""
    stopped = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopped.set)
    services: Services = app.bot_data["services"]
    while not stopped.is_set() and services.watch.fatal is None:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stopped.wait(), WATCHDOG_S)
