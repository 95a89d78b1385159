"""Answers as Telegram messages: escaped HTML, buttons that fit, parts under 4,096 characters.

What to say is decided in the domain; this module only decides how it looks.
Every text from the knowledge or from users is escaped before it goes out.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.answering.answers import Answer, AnswerKind
from bot.answering.phrasing import short_line
from bot.knowledge.dates import (
    CallStatus,
    EventStatus,
    call_deadline,
    call_status,
    event_status,
)
from bot.knowledge.items import AnyItem, Brief, Call, Event, Knowledge, Link
from bot.languages.dates import format_in_zone
from bot.languages.speech import N_, _, ngettext, pgettext
from bot.telegram import callbacks

LIMIT = 4000  # below Telegram's 4,096, with room for the part marker
PAGE_SIZE = 5
LIST_CAP = 10  # items in a free-text answer; "Show all" opens the paged list
Rendered = tuple[str, InlineKeyboardMarkup | None]
Pager = Callable[[int], str]
EMPTY = {  # what an empty list says, per list (a title lower-cased would not do in German)
    "events": N_("No upcoming events right now."),
    "calls": N_("No calls still open or to come right now."),
    "briefs": N_("No briefs right now."),
}


def escape(text: str) -> str:
    """Text safe inside Telegram HTML: &, < and > escaped."""
    return html.escape(text, quote=False)


def answer_messages(
    answer: Answer,
    knowledge: Knowledge,
    now: datetime,
    viewer: ZoneInfo | None = None,
    list_key: str | None = None,
) -> list[Rendered]:
    """One answer as one or more messages; the buttons go on the last one.

    Lists are drawn here, one line an item with the reader's own time, and
    at most LIST_CAP of them: with `list_key` (where the caller keeps the
    ids) a "Show all" button opens the rest as pages.
    """
    listed = _items(answer.items, knowledge) if answer.kind is AnswerKind.LIST else []
    if listed:
        return [_list_answer(answer, listed, now, viewer, list_key)]
    text = escape(answer.text + _card_time(answer, knowledge, viewer))
    parts = split(text)
    keyboard = answer_keyboard(answer, knowledge, now)
    return [(part, keyboard if n == len(parts) - 1 else None) for n, part in enumerate(parts)]


def list_heading(answer: Answer) -> str:
    """The first line of a list answer ("Open calls (12):")."""
    return answer.text.split("\n", 1)[0]


def _list_answer(
    answer: Answer,
    items: Sequence[AnyItem],
    now: datetime,
    viewer: ZoneInfo | None,
    list_key: str | None,
) -> Rendered:
    shown = items[:LIST_CAP] if list_key else items
    lines = [escape(list_heading(answer))] + [_line(item, now, viewer) for item in shown]
    if len(shown) < len(items):
        more = len(items) - len(shown)
        lines.append(
            escape(ngettext("… and {count} more.", "… and {count} more.", more).format(count=more))
        )
        label = ngettext("Show all {count}", "Show all {count}", len(items)).format(
            count=len(items)
        )
        button = _button(label, callbacks.encode("all", str(list_key), "0"))
        return split("\n".join(lines))[0], InlineKeyboardMarkup([[button]])
    return split("\n".join(lines))[0], None


def _line(item: AnyItem, now: datetime, viewer: ZoneInfo | None) -> str:
    template = " — " + _("your time: {when}")
    return f"• {escape(short_line(item, now) + viewer_time(item, viewer, template))}"


def viewer_time(item: AnyItem, viewer: ZoneInfo | None, template: str) -> str:
    """The item's moment on the reader's clock, when theirs differs from the item's."""
    moment = _moment(item)
    if viewer is None or moment is None:
        return ""
    if moment.astimezone(viewer).utcoffset() == moment.astimezone(item.timezone).utcoffset():
        return ""
    return template.format(when=format_in_zone(moment, viewer))


def _moment(item: AnyItem) -> datetime | None:
    """The instant that matters: a timed event's start, a call's deadline."""
    if isinstance(item, Event):
        return item.start if isinstance(item.start, datetime) else None
    if isinstance(item, Call):
        return call_deadline(item)
    return None


def _card_time(answer: Answer, knowledge: Knowledge, viewer: ZoneInfo | None) -> str:
    """An item card gets the reader's time too, unless its wording already gave it.

    Whether it did is told by the time itself, not by its words, which vary by language.
    """
    item = knowledge.get(answer.item_id) if answer.item_id else None
    if answer.kind is not AnswerKind.ITEM or item is None:
        return ""
    shown = viewer_time(item, viewer, "{when}")
    if not shown or "Your time" in answer.text or shown in answer.text:
        return ""
    return "\n" + _("(Your time: {when}.)").format(when=shown)


def answer_keyboard(
    answer: Answer, knowledge: Knowledge, now: datetime
) -> InlineKeyboardMarkup | None:
    """Buttons that fit the answer: links, calendar and reminders, choices, suggestions."""
    if answer.kind is AnswerKind.AMBIGUOUS:
        rows = [
            [
                _button(
                    _("Did you mean: {title}").format(title=item.title),
                    callbacks.ask(answer.intent, item),
                )
            ]
            for item in _items(answer.items, knowledge)
        ]
        return InlineKeyboardMarkup(rows) if rows else suggestions()
    if answer.kind is AnswerKind.UNKNOWN:
        return suggestions()
    item = knowledge.get(answer.item_id) if answer.item_id else None
    rows = _link_rows(answer.links)
    if item is not None:
        rows += _item_actions(item, now)
    return InlineKeyboardMarkup(rows) if rows else None


def suggestions() -> InlineKeyboardMarkup:
    """What to try when the bot did not know."""
    return InlineKeyboardMarkup(
        [
            [
                _button(pgettext("button", "Upcoming events"), callbacks.page("events", 0)),
                _button(pgettext("button", "Open calls"), callbacks.page("calls", 0)),
            ]
        ]
    )


def answer_keyboard_links(links: Sequence[Link]) -> InlineKeyboardMarkup | None:
    """URL buttons only: for shared messages, where our callbacks would not reach us."""
    rows = _link_rows(links)
    return InlineKeyboardMarkup(rows) if rows else None


def _items(ids: Sequence[str], knowledge: Knowledge) -> list[AnyItem]:
    return [item for item in (knowledge.get(i) for i in ids) if item is not None]


def _link_rows(links: Sequence[Link]) -> list[list[InlineKeyboardButton]]:
    return [[InlineKeyboardButton(link.label, url=link.url)] for link in links]


def _item_actions(item: AnyItem, now: datetime) -> list[list[InlineKeyboardButton]]:
    """Add to calendar and Remind me, while there is something still to come."""
    if isinstance(item, Brief) or not _still_ahead(item, now):
        return []
    ref = callbacks.item_ref(item.id)
    return [
        [
            _button(pgettext("button", "Add to calendar"), callbacks.encode("cal", ref)),
            _button(pgettext("button", "Remind me"), callbacks.encode("sub", ref)),
        ]
    ]


def _still_ahead(item: Event | Call, now: datetime) -> bool:
    if isinstance(item, Event):
        return event_status(item, now) is not EventStatus.PAST
    return call_status(item, now) is not CallStatus.CLOSED


def _button(label: str, data: str) -> InlineKeyboardButton:
    shown = label if len(label) <= 60 else label[:57] + "..."
    return InlineKeyboardButton(shown, callback_data=data)


def list_page(
    title: str,
    kind: str,
    items: Sequence[AnyItem],
    number: int,
    now: datetime,
    viewer: ZoneInfo | None = None,
    pager: Pager | None = None,
) -> Rendered:
    """One page of /events, /calls, /briefs (or a "Show all"), a button per item and paging."""
    turn = pager or (lambda n: callbacks.page(kind, n))
    pages = max(1, -(-len(items) // PAGE_SIZE))
    number = min(max(0, number), pages - 1)
    shown = items[number * PAGE_SIZE : (number + 1) * PAGE_SIZE]
    if not items:
        return escape(_(EMPTY[kind]) if kind in EMPTY else _("Nothing right now.")), None
    where = _("(page {number} of {pages})").format(number=number + 1, pages=pages)
    head = f"<b>{escape(title)}</b> {escape(where)}"
    lines = [head] + [_line(item, now, viewer) for item in shown]
    rows = [
        [_button(item.title, callbacks.encode("show", callbacks.item_ref(item.id)))]
        for item in shown
    ]
    paging = []
    if number > 0:
        paging.append(_button(pgettext("button", "‹ Previous"), turn(number - 1)))
    if number < pages - 1:
        paging.append(_button(pgettext("button", "Next ›"), turn(number + 1)))
    return "\n".join(lines), InlineKeyboardMarkup([*rows, paging] if paging else rows)


def split(text: str, limit: int = LIMIT) -> list[str]:
    """Cut escaped text into parts under the limit, at line ends where possible."""
    parts: list[str] = []
    current = ""
    for line in text.split("\n"):
        while len(line) > limit:
            cut = _safe_cut(line, limit)
            parts, current = _flush(parts, current), ""
            parts.append(line[:cut])
            line = line[cut:]
        if current and len(current) + 1 + len(line) > limit:
            parts, current = _flush(parts, current), ""
        current = f"{current}\n{line}" if current else line
    return _flush(parts, current) or [""]


def _flush(parts: list[str], current: str) -> list[str]:
    return [*parts, current] if current else parts


def _safe_cut(line: str, limit: int) -> int:
    """A cut at or before `limit` that neither splits an entity (&amp;) nor a word if it can."""
    cut = limit
    amp = line.rfind("&", max(0, cut - 8), cut)
    if amp != -1 and ";" not in line[amp:cut]:
        cut = amp
    space = line.rfind(" ", max(0, cut - 200), cut)
    return space if space > 0 else cut
