"""Rendering: escaped HTML, buttons that fit the answer, parts under Telegram's limit."""

from __future__ import annotations

import html
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answering.answers import Answer, AnswerKind, Intent
from bot.knowledge.items import Link
from bot.telegram import callbacks, render
from tests.factories import at, brief, call, event, knowledge

NOW = at("2022-07-20T10:00:00+02:00")
AHEAD = event("cmr-porto", "CmR Porto", start=date(2022, 10, 20))
PAST = event("old-event", "Old event", start=date(2022, 1, 10))
OPEN_CALL = call("cmr-call", "CmR call", deadline=date(2022, 7, 29))
BRIEF = brief("twin-brief", "Twin transition brief")
KNOWLEDGE = knowledge(AHEAD, PAST, OPEN_CALL, BRIEF)
BROKEN_ENTITY = re.compile(r"&(?!(?:amp|lt|gt);)")


def answer(kind=AnswerKind.ITEM, text="An answer.", **fields):
    return Answer("question", fields.pop("intent", Intent.WHEN), kind, text, **fields)


def buttons(keyboard):
    return [button for row in keyboard.inline_keyboard for button in row] if keyboard else []


def labels(keyboard):
    return [button.text for button in buttons(keyboard)]


def test_knowledge_and_user_text_is_escaped():
    ((text, _),) = render.answer_messages(answer(text='Fish & <chips> "here"'), KNOWLEDGE, NOW)
    assert text == 'Fish &amp; &lt;chips&gt; "here"'


def test_links_become_url_buttons_then_calendar_and_reminder_for_an_event_ahead():
    links = (Link("Register", "https://example.org/r"), Link("Read more", "https://example.org"))
    ((_, keyboard),) = render.answer_messages(
        answer(item_id=AHEAD.id, links=links), KNOWLEDGE, NOW
    )
    assert labels(keyboard) == ["Register", "Read more", "Add to calendar", "Remind me"]
    register, _, calendar, remind = buttons(keyboard)
    assert register.url == "https://example.org/r"
    assert callbacks.decode(calendar.callback_data) == callbacks.Action("cal", (AHEAD.id,))
    assert callbacks.decode(remind.callback_data) == callbacks.Action("sub", (AHEAD.id,))


def test_an_open_call_gets_apply_and_add_to_calendar():
    links = (Link("Apply", "https://example.org/apply"),)
    ((_, keyboard),) = render.answer_messages(
        answer(item_id=OPEN_CALL.id, links=links), KNOWLEDGE, NOW
    )
    assert labels(keyboard) == ["Apply", "Add to calendar", "Remind me"]


@pytest.mark.parametrize("item", [PAST, BRIEF], ids=["past event", "brief"])
def test_nothing_to_put_in_a_calendar_means_link_buttons_only(item):
    links = (Link("Read more", "https://example.org"),)
    ((_, keyboard),) = render.answer_messages(answer(item_id=item.id, links=links), KNOWLEDGE, NOW)
    assert labels(keyboard) == ["Read more"]


def test_an_answer_without_links_or_item_has_no_keyboard():
    assert render.answer_messages(answer(AnswerKind.HELP), KNOWLEDGE, NOW) == [
        ("An answer.", None)
    ]


def test_an_ambiguous_answer_offers_each_candidate_asked_again_with_the_same_intent():
    ambiguous = answer(AnswerKind.AMBIGUOUS, intent=Intent.WHERE, items=(AHEAD.id, PAST.id))
    ((_, keyboard),) = render.answer_messages(ambiguous, KNOWLEDGE, NOW)
    assert labels(keyboard) == ["Did you mean: CmR Porto", "Did you mean: Old event"]
    actions = [callbacks.decode(b.callback_data) for b in buttons(keyboard)]
    assert actions == [
        callbacks.Action("ask", ("where", AHEAD.id)),
        callbacks.Action("ask", ("where", PAST.id)),
    ]


def test_candidates_that_are_gone_fall_back_to_suggestions():
    ambiguous = answer(AnswerKind.AMBIGUOUS, items=("gone", "also-gone"))
    ((_, keyboard),) = render.answer_messages(ambiguous, KNOWLEDGE, NOW)
    assert labels(keyboard) == ["Upcoming events", "Open calls"]


def test_an_unknown_answer_suggests_the_lists():
    ((_, keyboard),) = render.answer_messages(answer(AnswerKind.UNKNOWN), KNOWLEDGE, NOW)
    assert labels(keyboard) == ["Upcoming events", "Open calls"]
    assert [callbacks.decode(b.callback_data) for b in buttons(keyboard)] == [
        callbacks.Action("page", ("events", "0")),
        callbacks.Action("page", ("calls", "0")),
    ]


def test_long_titles_are_shortened_on_buttons_and_long_ids_fit_the_data():
    long = event("e-" + "x" * 80, "A title " * 20, start=date(2022, 9, 1))
    ambiguous = answer(AnswerKind.AMBIGUOUS, items=(long.id,))
    ((_, keyboard),) = render.answer_messages(ambiguous, knowledge(long), NOW)
    (button,) = buttons(keyboard)
    assert len(button.text) <= 60
    assert button.text.endswith("...")
    assert len(button.callback_data.encode()) <= 64


def test_a_long_answer_is_split_with_the_buttons_on_the_last_part():
    text = "\n".join(f"• Line {n} about clusters & regions" for n in range(400))
    links = (Link("Read more", "https://example.org"),)
    long = answer(text=text, item_id=BRIEF.id, links=links)
    parts = render.answer_messages(long, KNOWLEDGE, NOW)
    assert len(parts) > 1
    assert all(len(part) <= 4096 for part, _ in parts)
    assert [keyboard is not None for _, keyboard in parts] == [False] * (len(parts) - 1) + [True]
    assert all(part.startswith("• Line") for part, _ in parts), "cut at line ends"
    assert "\n".join(part for part, _ in parts) == html.escape(text, quote=False)


def test_a_line_longer_than_the_limit_is_cut_between_words_never_inside_an_entity():
    text = render.escape("word & " * 1000)
    parts = render.split(text, limit=100)
    assert all(len(part) <= 100 for part in parts)
    assert not any(BROKEN_ENTITY.search(part) for part in parts)
    assert "".join(parts) == text


lines = st.text(alphabet="ab &<>\n", max_size=400)


@given(lines, st.integers(min_value=10, max_value=120))
def test_split_parts_fit_keep_every_character_and_every_entity_whole(raw, limit):
    text = render.escape(raw)
    parts = render.split(text, limit)
    assert all(len(part) <= limit for part in parts)
    assert not any(BROKEN_ENTITY.search(part) for part in parts)
    assert "".join(parts).replace("\n", "") == text.replace("\n", "")


def test_a_list_page_shows_five_items_with_buttons_and_paging():
    items = [event(f"w{n}", f"Workshop {n}", start=date(2022, 8, n)) for n in range(1, 13)]
    text, keyboard = render.list_page("Upcoming <events>", "events", items, 1, NOW)
    assert text.splitlines()[0] == "<b>Upcoming &lt;events&gt;</b> (page 2 of 3)"
    assert len(text.splitlines()) == 6
    assert labels(keyboard) == [f"Workshop {n}" for n in range(6, 11)] + ["‹ Previous", "Next ›"]
    first = callbacks.decode(buttons(keyboard)[0].callback_data)
    assert first == callbacks.Action("show", ("w6",))


@pytest.mark.parametrize(("number", "paging"), [(0, ["Next ›"]), (2, ["‹ Previous"])])
def test_the_first_and_last_pages_page_one_way(number, paging):
    items = [event(f"w{n}", start=date(2022, 8, n)) for n in range(1, 13)]
    _, keyboard = render.list_page("Events", "events", items, number, NOW)
    assert labels(keyboard)[-len(paging) :] == paging


def test_a_page_past_the_end_shows_the_last_page():
    items = [event(f"w{n}", start=date(2022, 8, n)) for n in range(1, 4)]
    text, _ = render.list_page("Events", "events", items, 7, NOW)
    assert "(page 1 of 1)" in text


def test_an_empty_list_says_so_without_buttons():
    assert render.list_page("Upcoming events", "events", [], 0, NOW) == (
        "No upcoming events right now.",
        None,
    )


def test_shared_messages_get_url_buttons_only():
    keyboard = render.answer_keyboard_links((Link("Apply", "https://example.org/a"),))
    assert [(b.text, b.url, b.callback_data) for b in buttons(keyboard)] == [
        ("Apply", "https://example.org/a", None)
    ]
    assert render.answer_keyboard_links(()) is None


# --- escape -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("&", "&amp;"),
        ("<", "&lt;"),
        (">", "&gt;"),
        ("<b>R&D</b>", "&lt;b&gt;R&amp;D&lt;/b&gt;"),
        ("&amp;", "&amp;amp;"),
        ("\"quotes\" and 'apostrophes'", "\"quotes\" and 'apostrophes'"),
        ("plain words", "plain words"),
    ],
    ids=["ampersand", "less than", "greater than", "tags", "an entity as text", "quotes", "plain"],
)
def test_escape_replaces_ampersands_and_angle_brackets_only(raw, escaped):
    assert render.escape(raw) == escaped


# --- split --------------------------------------------------------------------------------------


def in_order_with_newlines_between(parts, text):
    """True if the parts are consecutive pieces of text with only newlines dropped around them."""
    position = 0
    for part in parts:
        while not text.startswith(part, position) and text[position : position + 1] == "\n":
            position += 1
        if not text.startswith(part, position):
            return False
        position += len(part)
    return set(text[position:]) <= {"\n"}


def test_a_short_text_is_one_part_as_it_is():
    assert render.split("one\ntwo &amp; three") == ["one\ntwo &amp; three"]


def test_an_empty_text_is_one_empty_part():
    assert render.split("") == [""]


def test_lines_are_packed_into_parts_and_split_only_at_line_ends():
    text = "\n".join(f"line {n:02}" for n in range(12))  # 7 characters each
    parts = render.split(text, limit=20)
    assert parts == [f"line {n:02}\nline {n + 1:02}" for n in range(0, 12, 2)]


@pytest.mark.parametrize("limit", range(10, 20))
@pytest.mark.parametrize("raw", ["&" * 300, "<>&" * 100, "a&" * 150], ids=["amp", "mixed", "a&"])
def test_a_single_long_line_without_spaces_is_never_cut_inside_an_entity(raw, limit):
    text = render.escape(raw)
    parts = render.split(text, limit)
    assert all(0 < len(part) <= limit for part in parts)
    assert not any(BROKEN_ENTITY.search(part) for part in parts)
    assert "".join(parts) == text


@given(lines, st.integers(min_value=10, max_value=120))
def test_split_parts_are_the_text_in_order_with_only_line_breaks_dropped(raw, limit):
    text = render.escape(raw)
    assert in_order_with_newlines_between(render.split(text, limit), text)


def test_answer_messages_keep_every_part_under_telegrams_limit_for_an_escaped_text():
    text = "R&D <clusters> " * 2000  # one line, 6x longer once escaped
    parts = render.answer_messages(answer(text=text), KNOWLEDGE, NOW)
    assert len(parts) > 1
    assert all(len(part) <= render.LIMIT for part, _ in parts)
    assert render.LIMIT <= 4096


# --- answer_keyboard ----------------------------------------------------------------------------

CLOSED_CALL = call("old-call", "Old call", deadline=date(2022, 7, 1))
ONGOING = event("summit", "Summit", start=date(2022, 7, 19), end=date(2022, 7, 21))
EVERY_ITEM = knowledge(AHEAD, PAST, OPEN_CALL, CLOSED_CALL, ONGOING, BRIEF)


@pytest.mark.parametrize("label", ["Register", "Apply", "Read more"])
def test_each_link_becomes_a_url_button_with_its_label(label):
    links = (Link(label, f"https://example.org/{label.lower()}"),)
    keyboard = render.answer_keyboard(answer(links=links), EVERY_ITEM, NOW)
    assert [(b.text, b.url, b.callback_data) for b in buttons(keyboard)] == [
        (label, f"https://example.org/{label.lower()}", None)
    ]


@pytest.mark.parametrize(
    "item", [AHEAD, ONGOING, OPEN_CALL], ids=["upcoming event", "ongoing event", "open call"]
)
def test_something_still_to_come_can_be_added_to_a_calendar_and_reminded(item):
    links = (Link("Read more", "https://example.org"),)
    keyboard = render.answer_keyboard(answer(item_id=item.id, links=links), EVERY_ITEM, NOW)
    assert labels(keyboard) == ["Read more", "Add to calendar", "Remind me"]
    actions = [callbacks.decode(b.callback_data) for b in buttons(keyboard)[1:]]
    assert actions == [callbacks.Action("cal", (item.id,)), callbacks.Action("sub", (item.id,))]


@pytest.mark.parametrize(
    "item", [PAST, CLOSED_CALL, BRIEF], ids=["past event", "closed call", "brief"]
)
def test_nothing_still_to_come_gets_no_calendar_or_reminder_button(item):
    links = (Link("Read more", "https://example.org"),)
    keyboard = render.answer_keyboard(answer(item_id=item.id, links=links), EVERY_ITEM, NOW)
    assert labels(keyboard) == ["Read more"]


def test_an_answer_about_an_item_that_is_gone_keeps_its_links_only():
    links = (Link("Read more", "https://example.org"),)
    keyboard = render.answer_keyboard(answer(item_id="gone", links=links), EVERY_ITEM, NOW)
    assert labels(keyboard) == ["Read more"]


def test_an_ambiguous_answer_gets_one_did_you_mean_button_per_candidate():
    candidates = (AHEAD.id, OPEN_CALL.id, BRIEF.id)
    ambiguous = answer(AnswerKind.AMBIGUOUS, intent=Intent.ABOUT, items=candidates)
    keyboard = render.answer_keyboard(ambiguous, EVERY_ITEM, NOW)
    assert keyboard is not None
    assert [len(row) for row in keyboard.inline_keyboard] == [1, 1, 1]
    assert labels(keyboard) == [
        "Did you mean: CmR Porto",
        "Did you mean: CmR call",
        "Did you mean: Twin transition brief",
    ]


@pytest.mark.parametrize("intent", list(Intent))
def test_an_unknown_answer_gets_the_two_suggestions_whatever_the_intent(intent):
    keyboard = render.answer_keyboard(answer(AnswerKind.UNKNOWN, intent=intent), EVERY_ITEM, NOW)
    assert labels(keyboard) == ["Upcoming events", "Open calls"]


# --- callback data size -------------------------------------------------------------------------

LONG_EVENT = event("e" * 200, "Long event", start=date(2022, 10, 1))
LONG_CALL = call("c" * 200, "Long call", deadline=date(2022, 9, 1))
LONG_KNOWLEDGE = knowledge(LONG_EVENT, LONG_CALL)


def long_id_keyboards():
    """Every keyboard the module makes, each about items with 200-character ids."""
    for intent in Intent:
        ambiguous = answer(
            AnswerKind.AMBIGUOUS, intent=intent, items=(LONG_EVENT.id, LONG_CALL.id)
        )
        yield render.answer_keyboard(ambiguous, LONG_KNOWLEDGE, NOW)
    for item in (LONG_EVENT, LONG_CALL):
        yield render.answer_keyboard(answer(item_id=item.id), LONG_KNOWLEDGE, NOW)
    many = [event(f"{n}-" + "x" * 198, start=date(2022, 9, n)) for n in range(1, 13)]
    for kind in callbacks.LIST_KINDS:
        for number in range(3):
            yield render.list_page("Events", kind, many, number, NOW)[1]
    yield render.suggestions()


def test_every_callback_data_fits_in_64_bytes_even_for_200_character_ids():
    data = [b.callback_data for k in long_id_keyboards() for b in buttons(k) if b.callback_data]
    assert len(data) > 40
    assert max(len(d.encode()) for d in data) <= 64
    assert None not in [callbacks.decode(d) for d in data]


def test_buttons_for_long_ids_lead_back_to_their_items():
    keyboard = render.answer_keyboard(answer(item_id=LONG_CALL.id), LONG_KNOWLEDGE, NOW)
    actions = [callbacks.decode(b.callback_data) for b in buttons(keyboard)]
    refs = [action.args[0] for action in actions if action is not None]
    assert [callbacks.resolve(ref, LONG_KNOWLEDGE) for ref in refs] == [LONG_CALL, LONG_CALL]


# --- list_page ----------------------------------------------------------------------------------

TWELVE = [event(f"w{n}", f"Workshop {n}", start=date(2022, 8, n)) for n in range(1, 13)]


@pytest.mark.parametrize(("count", "pages"), [(1, 1), (5, 1), (6, 2), (10, 2), (11, 3)])
def test_lists_are_paged_by_five(count, pages):
    text, keyboard = render.list_page("Events", "events", TWELVE[:count], 0, NOW)
    assert f"(page 1 of {pages})" in text
    assert len([b for b in buttons(keyboard) if "Workshop" in b.text]) == min(count, 5)


def test_a_single_page_has_no_paging_buttons():
    _, keyboard = render.list_page("Events", "events", TWELVE[:5], 0, NOW)
    assert labels(keyboard) == [f"Workshop {n}" for n in range(1, 6)]


def test_paging_buttons_name_the_kind_and_the_neighbouring_pages():
    _, keyboard = render.list_page("Calls", "calls", TWELVE, 1, NOW)
    previous, following = buttons(keyboard)[-2:]
    assert callbacks.decode(previous.callback_data) == callbacks.Action("page", ("calls", "0"))
    assert callbacks.decode(following.callback_data) == callbacks.Action("page", ("calls", "2"))


@pytest.mark.parametrize(
    ("number", "shown"),
    [
        (-1, "(page 1 of 3)"),
        (-100, "(page 1 of 3)"),
        (3, "(page 3 of 3)"),
        (10_000, "(page 3 of 3)"),
    ],
)
def test_page_numbers_outside_the_list_are_clamped(number, shown):
    text, _ = render.list_page("Events", "events", TWELVE, number, NOW)
    assert shown in text
