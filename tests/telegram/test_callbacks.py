"""Callback data: short enough for Telegram, and never trusted when it comes back."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answering.answers import Intent
from bot.telegram import callbacks
from bot.telegram.callbacks import Action
from tests.factories import event, knowledge

LONG_ID = "a-very-long-item-id-" + "x" * 100


def test_short_ids_travel_as_they_are():
    assert callbacks.item_ref("cmr-porto-2022") == "cmr-porto-2022"


def test_long_ids_travel_as_a_short_hash_and_resolve_back():
    item = event(LONG_ID)
    ref = callbacks.item_ref(LONG_ID)
    assert ref.startswith("#")
    assert len(ref) == 13
    assert callbacks.resolve(ref, knowledge(event("other"), item)) is item


def test_a_reference_to_an_item_that_is_gone_resolves_to_none():
    assert callbacks.resolve("gone", knowledge(event())) is None
    assert callbacks.resolve(callbacks.item_ref(LONG_ID), knowledge(event())) is None


def test_every_button_for_a_long_id_fits_in_64_bytes():
    item = event(LONG_ID)
    for data in [
        callbacks.ask(Intent.REGISTER, item),
        callbacks.encode("cal", callbacks.item_ref(item.id)),
        callbacks.page("briefs", 9999),
    ]:
        assert len(data.encode()) <= callbacks.MAX_BYTES
        assert callbacks.decode(data) is not None


def test_encoding_refuses_data_that_would_not_fit_or_not_parse():
    with pytest.raises(ValueError, match="64 bytes"):
        callbacks.encode("cal", "x" * 70)
    with pytest.raises(ValueError, match="takes 2 arguments"):
        callbacks.encode("page", "events")


def test_a_round_trip_gives_the_action_back():
    assert callbacks.decode(callbacks.page("calls", 3)) == Action("page", ("calls", "3"))


@pytest.mark.parametrize(
    "data",
    [None, "", "nonsense", "tz", "page:events", "page::1", "cal:a:b", "x" * 65, "sub:", ":::"],
)
def test_malformed_data_decodes_to_none(data):
    assert callbacks.decode(data) is None


@pytest.mark.parametrize(
    "args", [("events", "x"), ("people", "1"), ("events", "-1"), ("events", "99999")]
)
def test_bad_page_numbers_and_kinds_are_refused(args):
    assert callbacks.parse_page(Action("page", args)) is None


def test_a_valid_page_parses():
    assert callbacks.parse_page(Action("page", ("briefs", "2"))) == ("briefs", 2)


def test_intents_are_checked():
    assert callbacks.parse_intent("when") is Intent.WHEN
    assert callbacks.parse_intent("drop table") is None


# --- encode and decode --------------------------------------------------------------------------

EXAMPLES = [
    ("all", "0123456789ab", "2"),
    ("ask", "when", "cmr-porto"),
    ("cal", "cmr-call"),
    ("sub", "#0123456789ab"),
    ("page", "briefs", "0"),
    ("tz", "Europe/Lisbon"),
    ("unsub", "17"),
    ("ann", "send", "3"),
    ("show", "twin-brief"),
    ("fol", "tclusters meet regions", "4"),
    ("offs", "5"),
    ("quiet", "off"),
    ("nop", "no"),
    ("lang", "de"),
]


@pytest.mark.parametrize(("verb", "args"), [(e[0], e[1:]) for e in EXAMPLES], ids=str)
def test_every_verb_round_trips(verb, args):
    assert callbacks.decode(callbacks.encode(verb, *args)) == Action(verb, args)


argument = st.text(st.characters(exclude_characters=":"), min_size=1, max_size=40)


@given(st.sampled_from(sorted(callbacks.VERBS)), st.lists(argument, min_size=2, max_size=2))
def test_whatever_encodes_decodes_to_the_same_action(verb, pool):
    args = tuple(pool[: callbacks.VERBS[verb]])
    try:
        data = callbacks.encode(verb, *args)
    except ValueError:
        assert callbacks.size(":".join((verb, *args))) > callbacks.MAX_BYTES
    else:
        assert callbacks.decode(data) == Action(verb, args)


def test_the_examples_cover_every_verb():
    assert {verb for verb, *_ in EXAMPLES} == set(callbacks.VERBS)


def test_data_of_exactly_64_bytes_is_accepted_both_ways():
    data = callbacks.encode("cal", "x" * 60)
    assert len(data.encode()) == 64
    assert callbacks.decode(data) == Action("cal", ("x" * 60,))


@pytest.mark.parametrize(
    "data",
    [
        None,
        "",
        "drop:x",
        "CAL:x",
        "cal",
        "ask:when",
        "ask:when:a:b",
        "tz:",
        "ask::x",
        "ask:when:",
        "cal:" + "x" * 61,
        "cal:" + "é" * 31,  # 35 characters but 66 bytes
    ],
    ids=[
        "none",
        "empty",
        "unknown verb",
        "verb in capitals",
        "no arguments",
        "too few",
        "too many",
        "empty argument",
        "empty first argument",
        "empty last argument",
        "65 bytes",
        "66 bytes in 35 characters",
    ],
)
def test_decode_refuses_malformed_data(data):
    assert callbacks.decode(data) is None


@given(st.text(max_size=100))
def test_decode_never_raises_for_any_text(data):
    action = callbacks.decode(data)
    assert action is None or action.verb in callbacks.VERBS


colon_heavy = st.lists(st.sampled_from([*callbacks.VERBS, ":", "", "x", "é", "9"])).map("".join)


@given(colon_heavy)
def test_whatever_decodes_has_the_right_number_of_non_empty_arguments(data):
    action = callbacks.decode(data)
    if action is not None:
        assert len(action.args) == callbacks.VERBS[action.verb]
        assert all(action.args)


@pytest.mark.parametrize(
    ("verb", "args", "message"),
    [
        ("cal", ("x" * 61,), "64 bytes"),
        ("cal", ("é" * 31,), "64 bytes"),
        ("ask", ("when",), "takes 2 arguments"),
        ("cal", ("a", "b"), "takes 1 arguments"),
        ("drop", ("x",), "takes None arguments"),
    ],
    ids=["too long", "too many bytes", "too few", "too many", "unknown verb"],
)
def test_encode_raises_value_error_for_data_that_would_not_come_back(verb, args, message):
    with pytest.raises(ValueError, match=message):
        callbacks.encode(verb, *args)


# --- item references ----------------------------------------------------------------------------


@pytest.mark.parametrize("length", [1, 12, 40])
def test_ids_of_up_to_40_characters_are_their_own_reference(length):
    assert callbacks.item_ref("x" * length) == "x" * length


@pytest.mark.parametrize("length", [41, 64, 200])
def test_longer_ids_are_a_hash_sign_and_12_hex_digits(length):
    assert re.fullmatch(r"#[0-9a-f]{12}", callbacks.item_ref("x" * length))


def test_a_long_reference_is_the_same_every_time_and_differs_between_ids():
    assert callbacks.item_ref("a" * 200) == callbacks.item_ref("a" * 200)
    assert callbacks.item_ref("a" * 200) != callbacks.item_ref("a" * 199 + "b")


SHORT = event("cmr-porto")
LONG = event("e" * 200)
EVERYTHING = knowledge(SHORT, LONG, event("f" * 200))


@pytest.mark.parametrize("item", [SHORT, LONG], ids=["short id", "long id"])
def test_resolve_finds_the_item_its_reference_names(item):
    assert callbacks.resolve(callbacks.item_ref(item.id), EVERYTHING) is item


@pytest.mark.parametrize("ref", ["gone", "", "#000000000000", "#", "#" + "e" * 12], ids=repr)
def test_resolve_returns_none_for_references_to_nothing(ref):
    assert callbacks.resolve(ref, EVERYTHING) is None


# --- arguments ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "number"),
    [
        ("people", "1"),
        ("", "1"),
        ("EVENTS", "1"),
        ("events", ""),
        ("events", "one"),
        ("events", "1.5"),
        ("events", " 1"),
        ("events", "+1"),
        ("events", "1e3"),
        ("events", "²"),  # str.isdigit() says yes, int() says no
        ("events", "10001"),
    ],
    ids=repr,
)
def test_parse_page_refuses_unknown_kinds_and_anything_but_a_page_number(kind, number):
    assert callbacks.parse_page(Action("page", (kind, number))) is None


@pytest.mark.parametrize("kind", callbacks.LIST_KINDS)
@pytest.mark.parametrize("number", [0, 1, 10_000])
def test_parse_page_accepts_every_list_kind_and_page_number(kind, number):
    assert callbacks.parse_page(Action("page", (kind, str(number)))) == (kind, number)


@pytest.mark.parametrize("intent", list(Intent))
def test_parse_intent_accepts_every_intent_value(intent):
    assert callbacks.parse_intent(intent.value) is intent


@pytest.mark.parametrize("junk", ["", "WHEN", "when ", "whenever", "#", "ask", "0"])
def test_parse_intent_refuses_junk(junk):
    assert callbacks.parse_intent(junk) is None


def test_a_lone_surrogate_in_button_data_never_raises():
    assert callbacks.decode("\ud800") is None
    assert callbacks.decode(callbacks.encode("tz", "\ud800")) == Action("tz", ("\ud800",))
