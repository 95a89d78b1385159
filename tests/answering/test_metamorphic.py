"""The engine's specification as properties: what must not change an answer, and what must.

Over the shipped knowledge and the dev and dev-chat knowledge (skipped when
the shared question sets are not beside the project), every question that
names an item by one of its names keeps that item when it is wrapped in
context, when one name word gets a typo, and when its word order changes;
the same question with a year no item has gets no item.  The old engine
failed the first property for every wrapper (issue 12).
"""

from __future__ import annotations

from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.answering.metamorphic import (
    AFTER,
    BEFORE,
    SETS,
    TURNED,
    Case,
    cases,
    engines,
    typo,
    unknown_places,
    with_unknown_year,
)

LABELS = [label for label, (folder, _) in SETS.items() if folder.is_dir()]
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    database=None,
    derandomize=True,  # the same examples every run: CI must not pass or fail by the draw
    suppress_health_check=[HealthCheck.too_slow],
)


@cache
def _cases(label: str) -> tuple[Case, ...]:
    for name, engine, now in engines():
        if name == label:
            return tuple(cases(engine, now))
    pytest.skip(f"the {label} knowledge is not here")


def _answer(case: Case, question: str) -> str | None:
    return case.engine.ask(question, case.now).item_id


def test_most_names_of_every_knowledge_set_answer_a_plain_question() -> None:
    # The properties below start from these; a set answering few of them would prove little.
    for label in LABELS:
        items = {c.item_id for c in _cases(label)}
        engine = _cases(label)[0].engine
        assert len(items) >= 0.95 * len(engine.knowledge), label


@pytest.mark.parametrize("label", LABELS)
@PROPERTY
@given(data=st.data())
def test_context_around_a_question_keeps_its_item(label: str, data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(_cases(label)))
    place = data.draw(st.sampled_from(unknown_places(case.engine)))
    before = data.draw(st.sampled_from(BEFORE)).format(place=place)
    after = data.draw(st.sampled_from(AFTER))
    assert _answer(case, before + case.question + after) == case.item_id


@pytest.mark.parametrize("label", LABELS)
@PROPERTY
@given(data=st.data())
def test_a_typo_in_one_name_word_keeps_the_item(label: str, data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(_cases(label)))
    misspelt = typo(case.name, data.draw(st.integers(0, 50)))
    if misspelt is None:
        return
    assert _answer(case, case.template.format(misspelt)) == case.item_id


@pytest.mark.parametrize("label", LABELS)
@PROPERTY
@given(data=st.data())
def test_another_word_order_keeps_the_item(label: str, data: st.DataObject) -> None:
    turnable = [c for c in _cases(label) if c.template in TURNED]
    case = data.draw(st.sampled_from(turnable))
    assert _answer(case, TURNED[case.template].format(case.name)) == case.item_id


@pytest.mark.parametrize("label", LABELS)
@PROPERTY
@given(data=st.data())
def test_a_year_no_item_has_leaves_no_item(label: str, data: st.DataObject) -> None:
    case = data.draw(st.sampled_from(_cases(label)))
    assert _answer(case, case.template.format(with_unknown_year(case.name))) is None


@pytest.mark.xfail(strict=True, reason="known miss: a slip in the kind noun of a long title")
def test_a_slip_in_the_kind_noun_of_a_long_title_keeps_the_item() -> None:
    """Found by random draws (seeds 3 and 4), on the old engine too; kept visible, not drawn."""
    case = next(c for c in _cases("dev-chat") if c.item_id == "vinnova-vinnvaxt-webinar-2025")
    question = (
        "when is the Vinnova information webniar: Vinnväxt 2025 call for regional "
        "innovation environments?"
    )
    assert _answer(case, question) == case.item_id
