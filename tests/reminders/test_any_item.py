"""Anything the loader accepts, reminders handle: planning, fan-out and announcing never raise.

Items are written as TOML (phrases, accents, punctuation and odd spacing in
tags; any id, kind, date or datetime), loaded by the real loader, and then
planned, fanned out and announced through the real service and store, with
followers of every target the item offers.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bot import store as db
from bot.knowledge.items import Knowledge
from bot.knowledge.parse import KnowledgeError, parse_knowledge
from bot.reminders import promises, wording
from bot.reminders.preferences import ChatPreferences, Defaults
from bot.reminders.rules import slots_for
from bot.reminders.targets import Target, target_keys_for
from tests.reminders.test_service import Setup

NOW = datetime(2022, 7, 1, 8, tzinfo=UTC)
BRUSSELS = ZoneInfo("Europe/Brussels")
DEFAULTS = Defaults((timedelta(days=7), timedelta(hours=1)), (timedelta(days=1),), BRUSSELS)

tags = st.lists(st.text(min_size=1, max_size=30), max_size=4)
moments = st.datetimes(
    min_value=datetime(2022, 6, 1),  # noqa: DTZ001 (hypothesis wants naive bounds)
    max_value=datetime(2022, 12, 31),  # noqa: DTZ001
    timezones=st.just(UTC),
)


@st.composite
def toml_items(draw: st.DrawFn) -> str:
    table = draw(st.sampled_from(["events", "calls", "briefs"]))
    fields = {
        "id": json.dumps(draw(st.from_regex(r"[a-z0-9-]{1,30}", fullmatch=True))),
        "title": json.dumps(draw(st.text(min_size=1, max_size=40))),
        "tags": json.dumps(draw(tags), ensure_ascii=False),
    }
    moment = draw(moments).strftime("%Y-%m-%dT%H:%M:%SZ")
    if table == "events":
        fields["start"] = moment
        fields["kind"] = json.dumps(draw(st.sampled_from(["workshop", "webinar", "other"])))
    elif table == "calls":
        fields["deadline"] = moment
    lines = [f"{name} = {value}" for name, value in fields.items()]
    return "\n".join([f"[[{table}]]", *lines, ""])


def loaded(text: str) -> Knowledge | None:
    try:
        return parse_knowledge([("items.toml", text)], BRUSSELS)
    except KnowledgeError:
        return None


@given(toml_items())
def test_any_loaded_item_has_keys_slots_words_and_promises(text):
    knowledge = loaded(text)
    assume(knowledge is not None)
    (item,) = knowledge.items
    keys = target_keys_for(item)
    for key in keys:
        target = Target.parse(key)
        promises.next_send(target, None, NOW, ChatPreferences(), knowledge, DEFAULTS, NOW)
    for slot in slots_for(item, DEFAULTS.planned(True), DEFAULTS.planned(False)):
        wording.reminder(item, slot.due_at, BRUSSELS)
    wording.new_item(item)
    wording.moved(item, NOW)
    promises.alternatives(item, knowledge, NOW)


@settings(max_examples=25, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=toml_items())
async def test_any_loaded_item_is_planned_fanned_out_and_announced(text, store):
    knowledge = loaded(text)
    assume(knowledge is not None)
    (item,) = knowledge.items
    setup = Setup(store, Knowledge(()))
    for n, key in enumerate(sorted(target_keys_for(item)), 1):
        setup.follow(n, Target.parse(key))
    await setup.service.announce_changes(NOW)  # remembers what is known (maybe nothing yet)
    setup.knowledge = knowledge
    await setup.service.announce_changes(NOW)  # the item is new (or moved, or unchanged)
    for slot in setup.service.slots(NOW - timedelta(days=400)):
        await setup.service.fire(slot, slot.due_at)
    with store.session() as s:
        db.forget_chat(s, 1)  # the next example starts from fewer followers, not more
