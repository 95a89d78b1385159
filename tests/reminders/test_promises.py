"""Honest promises: confirmation texts for every kind of target and state, /subscriptions,
and plain-word requests turned into proposals that store nothing before the yes."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.answering.engine import Engine
from bot.answering.subscription_requests import Action, Request
from bot.answering.tongues import Reading
from bot.knowledge.items import Knowledge
from bot.languages.speech import speaking
from bot.reminders.outcomes import Proposal, Status
from bot.reminders.preferences import QuietHours
from bot.reminders.proposals import read_in_any_language
from bot.reminders.subscribing import SubscriptionService, format_list
from bot.reminders.targets import Target, TargetKind
from tests.factories import at, brief, call, event

NOW = at("2022-07-20T10:00:00+02:00")
OPEN_CALL = call(
    "cmr-call-2023", "Clusters meet Regions call 2023", at("2022-07-30T18:00:00+02:00"),
    aliases=["CmR call 2023"], tags=["clusters meet regions"],
)  # fmt: skip
CLOSED_CALL = call(
    "cmr-call-2021", "Clusters meet Regions call 2021", at("2022-06-15T18:00:00+02:00"),
    tags=["clusters meet regions", "eccp"],
)  # fmt: skip
UPCOMING = event(
    "eccp-conference-2022", "ECCP annual conference 2022", at("2022-09-26T09:00:00+02:00"),
    kind="conference", tags=["czech presidency"],
)  # fmt: skip
PAST = event(
    "eccp-conference-2021", "ECCP annual conference 2021", at("2021-09-26T09:00:00+02:00"),
    kind="conference",
)  # fmt: skip
ONGOING = event(
    "cmr-series", "Clusters meet Regions workshop series", at("2022-07-01T09:00:00+02:00"),
    at("2023-12-31T18:00:00+01:00"), kind="workshop", tags=["regions"],
)  # fmt: skip
BRIEF = brief("twin-brief", "Policy brief on the twin transition", tags=["twin transition"])
KNOWLEDGE = Knowledge((OPEN_CALL, CLOSED_CALL, UPCOMING, PAST, ONGOING, BRIEF))
ENGINE = Engine(KNOWLEDGE)


@pytest.fixture
def service(store):
    return SubscriptionService(store, lambda: ENGINE, lambda: NOW)


def item(item_id: str) -> Target:
    return Target(TargetKind.ITEM, item_id)


def test_an_open_call_says_which_reminder_comes_next_and_when(service):
    outcome = service.follow(7, item("cmr-call-2023"))
    assert outcome.status is Status.ADDED
    assert outcome.text == (
        "Done: you follow Clusters meet Regions call 2023. Next reminder: Clusters meet Regions "
        "call 2023, 7 days before its deadline, on 23 July 2022, 18:00 CEST (reminders 7 days, "
        "1 day and 1 hour before deadlines, 1 day before starts)."
    )


def test_an_upcoming_event_says_its_start_reminder(service):
    text = service.follow(7, item("eccp-conference-2022")).text
    assert (
        "Next reminder: ECCP annual conference 2022, 1 day before it starts, on 25 September"
        in text
    )


def test_a_closed_call_is_not_subscribed_and_offers_what_can_still_come(service):
    outcome = service.follow(7, item("cmr-call-2021"))
    assert outcome.status is Status.NOTHING_TO_COME
    assert outcome.text.startswith(
        "Clusters meet Regions call 2021 closed on 15 June 2022, 18:00 CEST: nothing is left"
    )
    assert outcome.alternatives[:3] == (
        item("cmr-call-2023"),  # the next edition
        Target(TargetKind.CATEGORY, "call"),
        Target(TargetKind.TAG, "clusters meet regions"),  # the most specific tag first
    )
    assert service.subscriptions(7) == []


def test_a_past_event_is_over_and_offers_its_kind(service):
    outcome = service.follow(7, item("eccp-conference-2021"))
    assert outcome.status is Status.NOTHING_TO_COME
    assert "is over (26 September 2021" in outcome.text
    assert item("eccp-conference-2022") in outcome.alternatives
    assert Target(TargetKind.EVENT_KIND, "conference") in outcome.alternatives


def test_an_event_under_way_has_no_start_left(service):
    outcome = service.follow(7, item("cmr-series"))
    assert outcome.status is Status.NOTHING_TO_COME
    assert "already under way" in outcome.text
    assert Target(TargetKind.TAG, "regions") in outcome.alternatives


def test_an_undated_brief_has_nothing_to_remind_of(service):
    outcome = service.follow(7, item("twin-brief"))
    assert outcome.status is Status.NOTHING_TO_COME
    assert outcome.text.startswith("Policy brief on the twin transition has no date")
    assert Target(TargetKind.TAG, "twin transition") in outcome.alternatives


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("tag clusters meet regions", "Done: you follow tag “clusters meet regions”. New items "
         "are announced; next reminder: Clusters meet Regions call 2023, 7 days before its "
         "deadline, on 23 July 2022"),
        ("tag twin transition", "Done: you follow tag “twin transition”. New items are "
         "announced; no reminder is scheduled right now"),
        ("conferences", "Done: you follow new conferences. New items are announced; next "
         "reminder: ECCP annual conference 2022, 1 day before it starts"),
        ("all calls", "Done: you follow all calls. New items are announced; next reminder: "
         "Clusters meet Regions call 2023"),
        ("everything", "Done: you follow everything. New items are announced; next reminder: "
         "Clusters meet Regions call 2023, 7 days before its deadline"),
    ],
)  # fmt: skip
def test_tags_kinds_and_everything_say_what_comes_next(service, words, expected):
    assert service.subscribe(7, words).text.startswith(expected)


def test_subscriptions_list_what_each_sends_next(service):
    service.subscribe(7, "cmr call 2023")
    service.subscribe(7, "tag twin transition")
    listing = format_list(service.subscriptions(7))
    assert listing.splitlines() == [
        "You follow:",
        "1. Clusters meet Regions call 2023: Next reminder: Clusters meet Regions call 2023, "
        "7 days before its deadline, on 23 July 2022, 18:00 CEST (reminders 7 days, 1 day and "
        "1 hour before deadlines, 1 day before starts).",
        "2. tag “twin transition”: New items are announced; no reminder is scheduled right now "
        "(reminders 7 days, 1 day and 1 hour before deadlines, 1 day before starts).",
    ]


def test_the_next_reminder_waits_for_the_end_of_quiet_hours(service):
    service.follow(7, item("cmr-call-2023"))
    service.set_quiet_hours(7, QuietHours(17, 9))  # 18:00 falls inside: held until 09:00
    ((_, label),) = service.subscriptions(7)
    assert "on 24 July 2022, 09:00 CEST" in label


def test_a_plain_request_is_a_proposal_and_stores_nothing_until_accepted(service):
    proposal = service.propose(7, "remind me 3 days before the cmr call 2023 deadline")
    assert isinstance(proposal, Proposal)
    assert proposal.question == "Follow Clusters meet Regions call 2023, 3 days before?"
    assert service.subscriptions(7) == []
    outcome = service.accept(7, proposal)
    assert outcome.status is Status.ADDED
    assert "3 days before its deadline, on 27 July 2022" in outcome.text
    ((sub, _),) = service.subscriptions(7)
    assert sub.offsets == (timedelta(days=3),)


def test_it_means_the_item_just_discussed(service):
    proposal = service.propose(7, "remind me about it", last_item="eccp-conference-2022")
    assert isinstance(proposal, Proposal)
    assert proposal.target == item("eccp-conference-2022")


def test_stop_reminding_me_proposes_removing_that_subscription(service):
    service.subscribe(7, "cmr call 2023")
    proposal = service.propose(7, "stop reminding me about the cmr call 2023")
    assert isinstance(proposal, Proposal)
    assert proposal.action is Action.UNFOLLOW
    assert proposal.question == "Stop following Clusters meet Regions call 2023?"
    assert service.accept(7, proposal).status is Status.REMOVED
    assert service.subscriptions(7) == []


def test_stopping_what_is_not_followed_says_so(service):
    outcome = service.propose(7, "stop reminding me about the cmr call 2023")
    assert not isinstance(outcome, Proposal)
    assert outcome is not None
    assert outcome.status is Status.NOT_SUBSCRIBED


def test_remind_me_3_days_before_sets_the_chat_default(service):
    proposal = service.propose(7, "remind me 3 days before")
    assert isinstance(proposal, Proposal)
    assert proposal.action is Action.OFFSETS
    assert service.accept(7, proposal).text == "Done: reminders 3 days before."
    assert service.preferences(7).offsets == (timedelta(days=3),)
    service.follow(7, item("cmr-call-2023"))
    ((_, label),) = service.subscriptions(7)
    assert "3 days before its deadline, on 27 July 2022" in label


def test_an_offset_outside_the_menu_names_the_menu(service):
    outcome = service.propose(7, "remind me 2 days before the cmr call 2023")
    assert not isinstance(outcome, Proposal)
    assert outcome is not None
    assert "14 days, 7 days, 3 days, 1 day or 1 hour" in outcome.text


def test_a_request_about_a_closed_call_is_answered_honestly_at_once(service):
    outcome = service.propose(7, "remind me about the cmr call 2021")
    assert not isinstance(outcome, Proposal)
    assert outcome is not None
    assert outcome.status is Status.NOTHING_TO_COME


def test_ordinary_questions_are_left_to_the_engine(service):
    assert service.propose(7, "when is the reminder deadline") is None


def test_it_without_an_item_just_discussed_asks_what(service):
    for last in (None, "an-item-since-removed"):
        outcome = service.propose(7, "remind me about it", last_item=last)
        assert not isinstance(outcome, Proposal)
        assert outcome is not None
        assert outcome.status is Status.USAGE


def test_a_promise_is_worded_in_german_with_german_dates(service):
    with speaking("de"):
        outcome = service.follow(7, item("cmr-call-2023"))
    assert outcome.text == (
        "Erledigt: Sie verfolgen jetzt Clusters meet Regions call 2023. Nächste Erinnerung: "
        "Clusters meet Regions call 2023, 7 Tage vor Fristende, am 23. Juli 2022, 18:00 CEST "
        "(Erinnerungen 7 Tage, 1 Tag und 1 Stunde vor Fristen, 1 Tag vor Beginn)."
    )


def test_a_closed_call_is_refused_in_polish_with_what_can_still_come(service):
    with speaking("pl"):
        outcome = service.follow(7, item("cmr-call-2021"))
    assert outcome.status is Status.NOTHING_TO_COME
    assert outcome.text == (
        "Nabór Clusters meet Regions call 2021 zakończył się 15 czerwca 2022, godz. 18:00 CEST: "
        "nie ma już o czym przypominać. Zamiast tego można obserwować to, co jeszcze przed nami:"
    )


def test_kinds_and_tags_are_named_in_the_language(service):
    with speaking("es"):
        service.follow(7, Target(TargetKind.CATEGORY, "call"))
        service.follow(7, Target(TargetKind.EVENT_KIND, "workshop"))
        service.follow(7, Target(TargetKind.TAG, "regions"))
        listing = format_list(service.subscriptions(7))
    assert listing.startswith("Sigue:\n1. todas las convocatorias: Se anuncian las novedades; ")
    assert "\n2. nuevos talleres: " in listing
    assert "\n3. la etiqueta «regions»: " in listing


def test_a_plain_words_request_is_proposed_in_italian(service):
    with speaking("it"):
        proposal = service.propose(7, "remind me about the cmr call 2023 3 days before")
    assert isinstance(proposal, Proposal)
    assert proposal.question == "Seguire Clusters meet Regions call 2023, 3 giorni prima?"


def test_a_request_in_another_language_is_read_on_its_english_gloss():
    def german(text: str, keep) -> Reading:
        assert text == "erinnere mich an den CmR call 2023"
        return Reading("remind me about the CmR call 2023", "de", "de")

    request = read_in_any_language("erinnere mich an den CmR call 2023", lambda w: False, german)
    assert request == Request(Action.FOLLOW, "the cmr call 2023")


@pytest.mark.parametrize(
    "question", ["wann ist die eccp konferenz 2022?", "quand a lieu la conférence eccp ?"]
)
def test_questions_in_other_languages_are_not_requests(question: str):
    assert read_in_any_language(question, ENGINE.index.in_a_name) is None
