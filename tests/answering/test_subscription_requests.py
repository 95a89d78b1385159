"""Plain-word subscription requests: many phrasings, typos, context, and what is not one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.answering.subscription_requests import Action, read_request

D, H = timedelta(days=1), timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "action", "target", "offsets"),
    [
        ("remind me about the eccp conference", Action.FOLLOW, "the eccp conference", ()),
        ("Remind me of the ECCP conference!", Action.FOLLOW, "the eccp conference", ()),
        ("notify me of new workshops", Action.FOLLOW, "new workshops", ()),
        ("subscribe me to all calls", Action.FOLLOW, "all calls", ()),
        ("alert me before the CmR deadline", Action.FOLLOW, "the cmr deadline", ()),
        ("please can you remind me about the cmr call?", Action.FOLLOW, "the cmr call", ()),
        ("remnd me about the cmr call", Action.FOLLOW, "the cmr call", ()),
        ("notfy me about webinars", Action.FOLLOW, "webinars", ()),
        ("subscibe me to everything", Action.FOLLOW, "everything", ()),
        ("keep me posted on twin transition", Action.FOLLOW, "twin transition", ()),
        ("let me know about new conferences", Action.FOLLOW, "new conferences", ()),
        ("set a reminder for the cmr call", Action.FOLLOW, "the cmr call", ()),
        ("follow clusters meet regions", Action.FOLLOW, "clusters meet regions", ()),
        ("remind me when the eccp conference starts", Action.FOLLOW, "the eccp conference", ()),
        ("remind me 3 days before the CmR call closes", Action.FOLLOW, "the cmr call", (3 * D,)),
        ("remind me a week before the eccp conference", Action.FOLLOW, "the eccp conference",
         (7 * D,)),
        ("alert me 1 day and 1 hour before the cmr deadline", Action.FOLLOW, "the cmr deadline",
         (D, H)),
        ("remind me 3 days before", Action.OFFSETS, "", (3 * D,)),
        ("remind me two weeks before", Action.OFFSETS, "", (14 * D,)),
        ("remind me an hour before", Action.OFFSETS, "", (H,)),
        ("stop reminding me about the cmr call", Action.UNFOLLOW, "the cmr call", ()),
        ("unsubscribe me from tag clusters", Action.UNFOLLOW, "tag clusters", ()),
        ("don't remind me about the cmr call anymore", Action.UNFOLLOW, "the cmr call", ()),
        ("no more reminders about workshops", Action.UNFOLLOW, "workshops", ()),
        ("unfollow everything", Action.UNFOLLOW, "everything", ()),
        ("remind me", Action.FOLLOW, "", ()),
    ],
)  # fmt: skip
def test_requests_are_read(text, action, target, offsets):
    request = read_request(text)
    assert request is not None
    assert (request.action, request.target, request.offsets) == (action, target, offsets)


@pytest.mark.parametrize("text", ["remind me about it", "alert me about this one", "follow this"])
def test_it_and_this_refer_to_the_item_just_discussed(text):
    request = read_request(text)
    assert request is not None
    assert request.refers_back
    assert request.target == ""


@pytest.mark.parametrize(
    "text",
    [
        "when is the reminder deadline",
        "what is the notification procedure of the call",
        "when is the eccp conference?",
        "how do notifications of results work for the cmr call",
        "is there a reminder email?",
        "the eccp conference",
        "alerts",
        "subscription fee for the conference",
        "which calls close 3 days before the conference",
        "",
    ],
)
def test_ordinary_questions_are_not_requests(text):
    assert read_request(text) is None


@given(st.text(max_size=80))
def test_any_text_is_read_without_raising(text):
    request = read_request(text)
    assert request is None or isinstance(request.target, str)
