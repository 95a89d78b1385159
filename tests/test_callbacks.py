"""Callback data: short enough for Telegram, and never trusted when it comes back."""

from __future__ import annotations

import pytest

from bot import callbacks
from bot.answers import Intent
from bot.callbacks import Action
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
