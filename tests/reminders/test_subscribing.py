"""Subscribing in plain words: kinds, tags, names with typos, and never a guessed item."""

from __future__ import annotations

import pytest

from bot.answering.engine import Engine
from bot.knowledge.items import Knowledge
from bot.reminders.outcomes import Status
from bot.reminders.subscribing import SubscriptionService
from bot.reminders.target_words import parse_target
from bot.reminders.targets import Target, TargetKind
from tests.factories import at, call, event

NOW = at("2022-07-01T09:00:00+02:00")
KNOWLEDGE = Knowledge(
    (
        call(
            "cmr-call",
            "Call for Expression of Interest: Clusters meet Regions workshops",
            at("2022-07-29T18:00:00+02:00"),
            aliases=["CmR call"],
            tags=["clusters"],
        ),
        event(
            "cmr-porto",
            "Clusters meet Regions workshop: Porto",
            at("2022-10-20T09:00:00+01:00"),
            kind="workshop",
        ),
        event(
            "cmr-lodz",
            "Clusters meet Regions workshop: Lodz",
            at("2022-11-17T09:00:00+01:00"),
            kind="workshop",
        ),
        event(
            "eusew",
            "EU Sustainable Energy Week",
            at("2022-09-26T09:00:00+02:00"),
            tags=["green transition"],
        ),
    )
)
ENGINE = Engine(KNOWLEDGE)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("everything", Target(TargetKind.ALL)),
        ("all calls", Target(TargetKind.CATEGORY, "call")),
        ("deadlines", Target(TargetKind.CATEGORY, "call")),
        ("events", Target(TargetKind.CATEGORY, "event")),
        ("new workshops", Target(TargetKind.EVENT_KIND, "workshop")),
        ("webinars", Target(TargetKind.EVENT_KIND, "webinar")),
        ("tag clusters", Target(TargetKind.TAG, "clusters")),
        ("#energy", Target(TargetKind.TAG, "energy")),
        ("green transition", Target(TargetKind.TAG, "green-transition")),
        ("the cmr call", Target(TargetKind.ITEM, "cmr-call")),
        ("clsuters meet regions porto", Target(TargetKind.ITEM, "cmr-porto")),
    ],
)
def test_plain_words_name_a_target(words, expected):
    assert parse_target(words, ENGINE, NOW) == expected


def test_a_name_that_fits_several_items_offers_them_instead_of_guessing():
    found = parse_target("clusters meet regions workshop", ENGINE, NOW)
    assert isinstance(found, tuple)
    assert {i.id for i in found} == {"cmr-porto", "cmr-lodz"}


def test_a_name_of_nothing_known_is_not_found():
    assert parse_target("the olympics", ENGINE, NOW) is None


@pytest.fixture
def service(store):
    return SubscriptionService(store, lambda: ENGINE, lambda: NOW)


def test_subscribing_twice_says_you_already_follow_it(service):
    assert service.subscribe(7, "cmr call").status is Status.ADDED
    again = service.subscribe(7, "CmR call")
    assert again.status is Status.ALREADY
    assert "already follow" in again.text


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("alle Ausschreibungen", Target(TargetKind.CATEGORY, "call")),
        ("tous les appels", Target(TargetKind.CATEGORY, "call")),
        ("todas las convocatorias", Target(TargetKind.CATEGORY, "call")),
        ("tutti i bandi", Target(TargetKind.CATEGORY, "call")),
        ("wszystkie nabory", Target(TargetKind.CATEGORY, "call")),
        ("nuovi workshop", Target(TargetKind.EVENT_KIND, "workshop")),
    ],
)
def test_what_to_follow_may_be_said_in_the_users_language(service, words, expected):
    outcome = service.subscribe(7, words)
    assert (outcome.status, outcome.target) == (Status.ADDED, expected)


def test_unknown_names_and_empty_requests_explain_what_to_write(service):
    assert service.subscribe(7, "the olympics").status is Status.NOT_FOUND
    usage = service.subscribe(7, "   ")
    assert usage.status is Status.USAGE
    assert "all calls" in usage.text


def test_ambiguous_names_return_candidates_and_subscribe_nothing(service):
    outcome = service.subscribe(7, "clusters meet regions workshop")
    assert outcome.status is Status.CHOOSE
    assert len(outcome.candidates) == 2
    assert service.subscriptions(7) == []


def test_subscriptions_are_listed_with_labels_and_removed_by_number_or_words(service):
    service.subscribe(7, "all calls")
    service.subscribe(7, "cmr call")
    labels = [label.split(":")[0] for _, label in service.subscriptions(7)]
    assert labels == ["all calls", KNOWLEDGE.get("cmr-call").title.split(":")[0]]
    assert service.unsubscribe(7, "2").status is Status.REMOVED
    assert service.unsubscribe(7, "all calls").status is Status.REMOVED
    assert service.unsubscribe(7, "all calls").status is Status.NOT_SUBSCRIBED


def test_stop_forgets_the_chat_and_only_that_chat(service):
    service.subscribe(7, "all calls")
    service.subscribe(8, "all calls")
    assert "removed all your subscriptions" in service.stop(7).text
    assert service.subscriptions(7) == []
    assert len(service.subscriptions(8)) == 1
