"""Inline-button presses: every callback data parsed and checked before use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Update
from telegram.error import BadRequest

from bot import admin
from bot.answering.answers import Intent
from bot.calendar import item_calendar
from bot.reminders.preferences import DEFAULT_QUIET, OFFSET_MENU, from_mask
from bot.reminders.targets import Target, TargetKind
from bot.telegram import callbacks, render
from bot.telegram.callbacks import Action
from bot.telegram.handlers.admin import PENDING, allowed
from bot.telegram.handlers.commands import set_zone, settings_view
from bot.telegram.handlers.context import MEDIA_WRITE_TIMEOUT, BotContext, send, thread_of
from bot.telegram.handlers.groups import ONLY_ADMINS, may_manage
from bot.telegram.handlers.lists import chat_of, page
from bot.telegram.handlers.subscriptions import outcome_message, subscriptions

EXPIRED = "This button has expired; ask me again."
QUESTION_WORDS = {
    Intent.WHEN: "when",
    Intent.WHERE: "where",
    Intent.REGISTER: "register",
    Intent.LINK: "link",
}


async def button(update: Update, context: BotContext) -> None:
    """Route a button press to its action; stale or forged data gets a polite note."""
    query = update.callback_query
    action = callbacks.decode(query.data if query else None)
    if query is None or action is None or query.message is None:
        if query is not None:
            await query.answer(EXPIRED)
        return
    await ACTIONS[action.verb](update, context, query, action)


async def _answer_about(update: Update, context: BotContext, item_id: str, intent: Intent) -> None:
    services = context.services
    snapshot = services.source.snapshot
    chat_id = update.effective_chat.id if update.effective_chat else 0
    now = services.clock()
    word = QUESTION_WORDS.get(intent, "about")
    zone = services.zone_of(chat_id)
    answer = snapshot.engine.ask(word, now, zone, follow_up=item_id)
    services.conversations.last_item[chat_id] = item_id
    await send(update, context, render.answer_messages(answer, snapshot.knowledge, now, zone))


async def ask(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """A 'Did you mean' choice: answer the same question about that item."""
    intent = callbacks.parse_intent(action.args[0])
    item = callbacks.resolve(action.args[1], context.services.source.snapshot.knowledge)
    if intent is None or item is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    await _answer_about(update, context, item.id, intent)


async def show(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """An item from a list: what it is."""
    item = callbacks.resolve(action.args[0], context.services.source.snapshot.knowledge)
    if item is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    await _answer_about(update, context, item.id, Intent.ABOUT)


async def calendar(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Add to calendar: send the item as an .ics file."""
    services = context.services
    item = callbacks.resolve(action.args[0], services.source.snapshot.knowledge)
    data = item_calendar(item, services.clock()) if item else None
    if item is None or data is None or update.effective_chat is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    await context.bot.send_document(
        update.effective_chat.id,
        data,
        filename=f"{item.id}.ics",
        message_thread_id=thread_of(update),
        write_timeout=MEDIA_WRITE_TIMEOUT,
    )


async def remind(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Remind me: follow this item."""
    services = context.services
    item = callbacks.resolve(action.args[0], services.source.snapshot.knowledge)
    chat = update.effective_chat
    if item is None or chat is None:
        await query.answer(EXPIRED)
        return
    if not await may_manage(update, context):
        await query.answer(ONLY_ADMINS)
        return
    outcome = services.subscriptions.follow(chat.id, Target(TargetKind.ITEM, item.id), chat.type)
    await query.answer(outcome.text[:200])
    await send(update, context, [outcome_message(outcome, services.source.snapshot.knowledge)])


async def follow(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Yes to a plain-words request, or one of the 'follow instead' choices."""
    services = context.services
    knowledge = services.source.snapshot.knowledge
    target = callbacks.resolve_target(action.args[0], knowledge)
    mask = callbacks.whole_number(action.args[1])
    chat = update.effective_chat
    if target is None or mask is None or mask >= 1 << len(OFFSET_MENU) or chat is None:
        await query.answer(EXPIRED)
        return
    if not await may_manage(update, context):
        await query.answer(ONLY_ADMINS)
        return
    offsets = from_mask(mask) if mask else None
    outcome = services.subscriptions.follow(chat.id, target, chat.type, offsets)
    await query.answer(outcome.text[:200])
    await send(update, context, [outcome_message(outcome, knowledge)])


async def offsets(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Reminder offsets chosen (a /settings toggle or a yes); 0 means the defaults."""
    chat = update.effective_chat
    mask = callbacks.whole_number(action.args[0])
    if chat is None or mask is None or mask >= 1 << len(OFFSET_MENU):
        await query.answer(EXPIRED)
        return
    if not await may_manage(update, context):
        await query.answer(ONLY_ADMINS)
        return
    chosen = from_mask(mask) if mask else None
    outcome = context.services.subscriptions.set_offsets(chat.id, chosen, chat.type)
    await query.answer(outcome.text[:200])
    text, keyboard = settings_view(context, chat.id)
    await _edit(query, f"{render.escape(outcome.text)}\n\n{text}", keyboard)


async def quiet(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """Quiet hours on (the default window) or off, from /settings."""
    chat = update.effective_chat
    if chat is None or action.args[0] not in {"on", "off"}:
        await query.answer(EXPIRED)
        return
    if not await may_manage(update, context):
        await query.answer(ONLY_ADMINS)
        return
    window = DEFAULT_QUIET if action.args[0] == "on" else None
    outcome = context.services.subscriptions.set_quiet_hours(chat.id, window, chat.type)
    await query.answer(outcome.text[:200])
    text, keyboard = settings_view(context, chat.id)
    await _edit(query, f"{render.escape(outcome.text)}\n\n{text}", keyboard)


async def decline(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """No to a plain-words request: nothing is stored."""
    await query.answer()
    await _edit(query, "OK, nothing changed.", None)


async def paging(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Next or previous page of a list, in the same message."""
    parsed = callbacks.parse_page(action)
    if parsed is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    text, keyboard = page(*parsed, context.services, chat_of(update))
    await _edit(query, text, keyboard)


async def show_all(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """ "Show all" under a capped list, and its pages: the remembered items, paged."""
    parsed = callbacks.parse_all(action)
    remembered = context.memory.lists.get(parsed[0]) if parsed else None
    if parsed is None or remembered is None:
        await query.answer(EXPIRED)
        return
    key, number = parsed
    title, ids = remembered
    services = context.services
    items = [i for i in (services.source.snapshot.knowledge.get(n) for n in ids) if i]
    zone = services.zone_of(chat_of(update))
    text, keyboard = render.list_page(
        title.rstrip(":"), "all", items, number, services.clock(), zone,
        pager=lambda n: callbacks.encode("all", key, str(n)),
    )  # fmt: skip
    await query.answer()
    await _edit(query, text, keyboard)


async def zone(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """A time zone chosen from the /settings buttons."""
    chat = update.effective_chat
    if chat is None:
        await query.answer(EXPIRED)
        return
    await query.answer()
    await _edit(query, set_zone(context, chat.id, action.args[0]), None)


async def unsubscribe(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """A remove button under /subscriptions."""
    chat = update.effective_chat
    number = callbacks.whole_number(action.args[0])
    if chat is None or number is None:
        await query.answer(EXPIRED)
        return
    if not await may_manage(update, context):
        await query.answer(ONLY_ADMINS)
        return
    outcome = context.services.subscriptions.remove(chat.id, number)
    await query.answer(outcome.text[:200])
    await subscriptions(update, context)


async def announcement(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Send or Cancel under an announcement preview (admins only)."""
    verb, key = action.args
    pending = context.bot_data.get(PENDING, {}).pop(key, None)
    if not allowed(update, context) or pending is None or verb not in {"send", "cancel"}:
        await query.answer(EXPIRED if pending is None else admin.NOT_ALLOWED)
        return
    await query.answer()
    if verb == "cancel":
        await _edit(query, "Announcement cancelled.", None)
        return
    services = context.services
    await _edit(query, render.escape(f"Sending to {pending.describe()}..."), None)
    report = await admin.send_announcement(
        services.deliverer, services.database, pending, services.clock
    )
    text = f"Announcement sent to {report.sent} chat(s)."
    if report.queued > report.sent:
        text += f" {report.queued - report.sent} more are queued and go out shortly."
    await send(update, context, [(text, None)])


async def _edit(query: CallbackQuery, text: str, keyboard: object) -> None:
    try:
        await query.edit_message_text(text, reply_markup=keyboard)  # type: ignore[arg-type]
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


Action_ = Callable[[Update, BotContext, CallbackQuery, Action], Awaitable[None]]
ACTIONS: dict[str, Action_] = {
    "ask": ask,
    "show": show,
    "cal": calendar,
    "sub": remind,
    "page": paging,
    "tz": zone,
    "unsub": unsubscribe,
    "ann": announcement,
    "all": show_all,
    "fol": follow,
    "offs": offsets,
    "quiet": quiet,
    "nop": decline,
}
