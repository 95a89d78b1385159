"""Inline-button presses: every callback data parsed and checked before use."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import CallbackQuery, Update
from telegram.error import BadRequest

from bot import admin
from bot.answering.answers import Intent
from bot.calendar import item_calendar
from bot.languages.codes import LANGUAGES, reply_language
from bot.languages.speech import N_, _, current, ngettext, speaking
from bot.reminders.preferences import DEFAULT_QUIET, OFFSET_MENU, from_mask
from bot.reminders.targets import Target, TargetKind
from bot.telegram import callbacks, render
from bot.telegram.callbacks import Action
from bot.telegram.handlers.admin import PENDING, allowed
from bot.telegram.handlers.commands import set_zone, settings_view
from bot.telegram.handlers.context import MEDIA_WRITE_TIMEOUT, BotContext, send, thread_of
from bot.telegram.handlers.groups import ONLY_ADMINS, may_manage
from bot.telegram.handlers.language import (
    AUTOMATIC,
    ONLY_ADMINS_LANGUAGE,
    set_language,
    usual_language,
)
from bot.telegram.handlers.lists import chat_of, page
from bot.telegram.handlers.subscriptions import outcome_message, subscriptions

EXPIRED = N_("This button has expired; ask me again.")
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
            await query.answer(_(EXPIRED))
        return
    await ACTIONS[action.verb](update, context, query, action)


async def _answer_about(
    update: Update, context: BotContext, item_id: str, intent: Intent, language: str
) -> None:
    """Answer a canned question about the item, written in `language`."""
    services = context.services
    snapshot = services.source.snapshot
    chat_id = chat_of(update)
    now = services.clock()
    word = QUESTION_WORDS.get(intent, "about")
    zone = services.zone_of(chat_id)
    answer = snapshot.engine.ask(word, now, zone, follow_up=item_id, language=language)
    services.conversations.last_item[chat_id] = item_id
    with speaking(answer.language):
        await send(update, context, render.answer_messages(answer, snapshot.knowledge, now, zone))


def _answers_language(update: Update, context: BotContext) -> str:
    """The language of the chat's latest answer, which the buttons under answers keep."""
    return context.memory.spoken.get(chat_of(update)) or current()


async def ask(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """A 'Did you mean' choice: answer the same question about that item."""
    intent = callbacks.parse_intent(action.args[0])
    item = callbacks.resolve(action.args[1], context.services.source.snapshot.knowledge)
    if intent is None or item is None:
        await query.answer(_(EXPIRED))
        return
    await query.answer()
    await _answer_about(update, context, item.id, intent, _answers_language(update, context))


async def show(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """An item from a list: what it is."""
    item = callbacks.resolve(action.args[0], context.services.source.snapshot.knowledge)
    if item is None:
        await query.answer(_(EXPIRED))
        return
    await query.answer()
    await _answer_about(update, context, item.id, Intent.ABOUT, current())


async def calendar(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Add to calendar: send the item as an .ics file."""
    services = context.services
    item = callbacks.resolve(action.args[0], services.source.snapshot.knowledge)
    data = item_calendar(item, services.clock()) if item else None
    if item is None or data is None or update.effective_chat is None:
        await query.answer(_(EXPIRED))
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
        await query.answer(_(EXPIRED))
        return
    if not await may_manage(update, context):
        await query.answer(_(ONLY_ADMINS))
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
        await query.answer(_(EXPIRED))
        return
    if not await may_manage(update, context):
        await query.answer(_(ONLY_ADMINS))
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
        await query.answer(_(EXPIRED))
        return
    if not await may_manage(update, context):
        await query.answer(_(ONLY_ADMINS))
        return
    chosen = from_mask(mask) if mask else None
    outcome = context.services.subscriptions.set_offsets(chat.id, chosen, chat.type)
    await query.answer(outcome.text[:200])
    text, keyboard = settings_view(context, chat.id, update)
    await _edit(query, f"{render.escape(outcome.text)}\n\n{text}", keyboard)


async def quiet(update: Update, context: BotContext, query: CallbackQuery, action: Action) -> None:
    """Quiet hours on (the default window) or off, from /settings."""
    chat = update.effective_chat
    if chat is None or action.args[0] not in {"on", "off"}:
        await query.answer(_(EXPIRED))
        return
    if not await may_manage(update, context):
        await query.answer(_(ONLY_ADMINS))
        return
    window = DEFAULT_QUIET if action.args[0] == "on" else None
    outcome = context.services.subscriptions.set_quiet_hours(chat.id, window, chat.type)
    await query.answer(outcome.text[:200])
    text, keyboard = settings_view(context, chat.id, update)
    await _edit(query, f"{render.escape(outcome.text)}\n\n{text}", keyboard)


async def decline(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """No to a plain-words request: nothing is stored."""
    await query.answer()
    await _edit(query, _("OK, nothing changed."), None)


async def paging(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """Next or previous page of a list, in the same message."""
    parsed = callbacks.parse_page(action)
    if parsed is None:
        await query.answer(_(EXPIRED))
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
        await query.answer(_(EXPIRED))
        return
    key, number = parsed
    title, ids = remembered
    services = context.services
    items = [i for i in (services.source.snapshot.knowledge.get(n) for n in ids) if i]
    zone = services.zone_of(chat_of(update))
    with speaking(_answers_language(update, context)):
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
        await query.answer(_(EXPIRED))
        return
    await query.answer()
    await _edit(query, set_zone(context, chat.id, action.args[0]), None)


async def language(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """A language chosen from the /settings buttons (or Automatic): settings shown in it."""
    chat = update.effective_chat
    choice = action.args[0]
    if chat is None or (choice != AUTOMATIC and choice not in LANGUAGES):
        await query.answer(_(EXPIRED))
        return
    if not await may_manage(update, context):
        await query.answer(_(ONLY_ADMINS_LANGUAGE))
        return
    code = None if choice == AUTOMATIC else choice
    usual = usual_language(update)
    done = set_language(context, chat.id, code, usual)
    await query.answer()
    with speaking(reply_language(code, None, usual)):
        text, keyboard = settings_view(context, chat.id, update)
    await _edit(query, f"{render.escape(done)}\n\n{text}", keyboard)


async def unsubscribe(
    update: Update, context: BotContext, query: CallbackQuery, action: Action
) -> None:
    """A remove button under /subscriptions."""
    chat = update.effective_chat
    number = callbacks.whole_number(action.args[0])
    if chat is None or number is None:
        await query.answer(_(EXPIRED))
        return
    if not await may_manage(update, context):
        await query.answer(_(ONLY_ADMINS))
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
        await query.answer(_(EXPIRED) if pending is None else _(admin.NOT_ALLOWED))
        return
    await query.answer()
    if verb == "cancel":
        await _edit(query, _("Announcement cancelled."), None)
        return
    services = context.services
    await _edit(
        query,
        render.escape(_("Sending to {audience}...").format(audience=pending.describe())),
        None,
    )
    report = await admin.send_announcement(
        services.deliverer, services.database, pending, services.clock
    )
    sent = ngettext(
        "Announcement sent to {count} chat(s).",
        "Announcement sent to {count} chat(s).",
        report.sent,
    )
    text = sent.format(count=report.sent)
    if report.queued > report.sent:
        more = report.queued - report.sent
        queued = ngettext(
            "{count} more are queued and go out shortly.",
            "{count} more are queued and go out shortly.",
            more,
        )
        text += " " + queued.format(count=more)
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
    "lang": language,
}
