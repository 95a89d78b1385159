"""The terminal adapter: plain text and JSON lines, answers in order, a scripted chat."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import date

import pytest

from bot.answering.answers import Answer, AnswerKind, Intent
from bot.answering.engine import Engine
from bot.console import (
    ConsoleSession,
    answer_all,
    chat,
    format_json,
    format_text,
    questions_from,
)
from bot.knowledge.items import Link
from tests.factories import at, call, event, knowledge

NOW = at("2022-07-01T09:00:00+02:00")
ENGINE = Engine(
    knowledge(
        event(
            "eccp-annual-conference-2022",
            "ECCP Annual Conference 2022",
            date(2022, 9, 26),
            date(2022, 9, 27),
            kind="conference",
            location="Prague, Czechia",
            registration_url="https://eccp.example/2022/register",
            url="https://eccp.example/2022",
        ),
        call(
            "clusters-meet-regions-eoi-2022",
            "Clusters meet Regions call",
            at("2022-07-29T18:00:00+02:00"),
            url="https://cmr.example/call",
        ),
    )
)
ANSWER = Answer(
    "when is it?",
    Intent.WHEN,
    AnswerKind.ITEM,
    "It is on 26-27 September 2022. More: https://eccp.example/2022",
    "eccp-annual-conference-2022",
    ("eccp-annual-conference-2022",),
    0.91234,
    (
        Link("Register", "https://eccp.example/2022/register"),
        Link("Read more", "https://eccp.example/2022"),
    ),
)


def test_format_text_spells_out_links_the_text_does_not_already_show() -> None:
    assert format_text(ANSWER) == (
        "It is on 26-27 September 2022. More: https://eccp.example/2022\n"
        "Register: https://eccp.example/2022/register"
    )


def test_format_text_without_links_is_just_the_text() -> None:
    plain = Answer("hi", Intent.HELP, AnswerKind.HELP, "Hello!")
    assert format_text(plain) == "Hello!"


def test_format_json_is_one_line_of_the_contract() -> None:
    line = format_json(ANSWER)
    assert "\n" not in line
    assert json.loads(line) == {
        "question": "when is it?",
        "intent": "when",
        "item_id": "eccp-annual-conference-2022",
        "items": ["eccp-annual-conference-2022"],
        "answer": "It is on 26-27 September 2022. More: https://eccp.example/2022",
        "confidence": 0.912,
    }


def test_format_json_keeps_non_ascii_readable() -> None:
    answer = Answer("Łódź?", Intent.UNKNOWN, AnswerKind.UNKNOWN, "Łódź")
    assert "Łódź" in format_json(answer)


def test_questions_from_strips_line_endings_and_keeps_blank_lines() -> None:
    assert list(questions_from(["a\n", "\n", "b\r\n", "c"])) == ["a", "", "b", "c"]


QUESTIONS = [
    "which calls are open?",
    "when is the eccp conference 2022?",
    "tell me a joke",
    "link to the eccp conference 2022",
]


def test_answer_all_as_json_answers_every_question_in_order() -> None:
    out = io.StringIO()
    count = answer_all(ENGINE, QUESTIONS, NOW, True, out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert count == len(QUESTIONS)
    assert [row["question"] for row in rows] == QUESTIONS
    assert [row["intent"] for row in rows] == ["list", "when", "unknown", "link"]


def test_answer_all_as_text_separates_answers_with_a_blank_line() -> None:
    out = io.StringIO()
    answer_all(ENGINE, QUESTIONS[1:3], NOW, False, out)
    blocks = out.getvalue().split("\n\n")
    assert blocks[0].startswith("ECCP Annual Conference 2022 takes place on 26-27 September 2022")
    assert blocks[1].startswith("I don't know that one")
    assert out.getvalue().endswith("\n\n")


def scripted(*lines: str) -> Callable[[str], str]:
    """A `read` function that returns the lines in turn, then raises EOFError."""
    pending = list(lines)

    def read(prompt: str) -> str:
        assert prompt == "you> "
        if not pending:
            raise EOFError
        return pending.pop(0)

    return read


def run_chat(*lines: str) -> str:
    out = io.StringIO()
    chat(ConsoleSession(ENGINE, lambda: NOW), scripted(*lines), out)
    return out.getvalue()


def test_chat_answers_each_line_until_end_of_input() -> None:
    output = run_chat("when is the eccp conference 2022?", "which calls are open?")
    assert output.startswith("Ask me about events, calls and policy briefs")
    assert output.count("bot> ") == 2
    assert "26-27 September 2022" in output
    assert "Open calls (1):" in output


def test_chat_spells_out_link_buttons() -> None:
    assert "Register: https://eccp.example/2022/register" in run_chat("eccp conference 2022")


@pytest.mark.parametrize("word", ["/quit", "/exit", "quit", "  BYE  "])
def test_chat_stops_on_quit_without_reading_further(word: str) -> None:
    output = run_chat("when is the eccp conference 2022?", word, "which calls are open?")
    assert output.count("bot> ") == 1
    assert "Open calls" not in output


def test_chat_skips_blank_lines() -> None:
    assert run_chat("", "   ").count("bot> ") == 0


def test_chat_uses_the_clock_for_each_question() -> None:
    moments = iter([NOW, at("2022-08-01T09:00:00+02:00")])
    out = io.StringIO()
    read = scripted("clusters meet regions call", "clusters meet regions call")
    chat(ConsoleSession(ENGINE, lambda: next(moments)), read, out)
    first, second = out.getvalue().split("bot> ")[1:]
    assert "is open" in first
    assert "is closed" in second


def test_the_terminal_chat_subscribes_lists_and_stops_through_the_service(store):
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service)
    assert session.reply("/subscribe all calls").startswith("Done: you follow all calls")
    assert "1. all calls" in session.reply("/subscriptions")
    assert "no longer follow all calls" in session.reply("/unsubscribe 1")
    session.reply("/subscribe workshops")
    assert "removed all your subscriptions" in session.reply("/stop")
    assert "You follow nothing yet" in session.reply("/subscriptions")


def test_a_follow_up_question_in_the_chat_is_about_the_item_just_discussed():
    session = ConsoleSession(ENGINE, lambda: NOW)
    session.reply("when is the eccp conference 2022?")
    assert "https://eccp.example/2022/register" in session.reply("link to register")


def test_a_follow_up_without_context_names_nothing():
    assert "I don't know that one" in ConsoleSession(ENGINE, lambda: NOW).reply("link to register")


def test_plain_words_in_the_chat_ask_yes_or_no_before_storing(store):
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service)
    assert session.reply("remind me about the cmr call") == (
        "Follow Clusters meet Regions call? (yes/no)"
    )
    assert service.subscriptions(0) == []
    assert session.reply("yes").startswith("Done: you follow Clusters meet Regions call.")
    session.reply("when is the eccp conference?")
    assert session.reply("notify me about it 1 day before") == (
        "Follow ECCP Annual Conference 2022, 1 day before? (yes/no)"
    )
    assert session.reply("no") == "OK, nothing changed."
    assert len(service.subscriptions(0)) == 1


def test_a_yes_without_a_question_is_just_a_message(store):
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service)
    session.reply("remind me about the cmr call")
    session.reply("what is the cmr call?")  # the question moves on: the pending yes lapses
    session.reply("yes")
    assert service.subscriptions(0) == []


def test_the_chat_with_lang_fr_words_its_own_replies_in_french(store):
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service, language="fr")
    assert session.reply("remind me about the cmr call") == (
        "Suivre Clusters meet Regions call ? (oui/non)"
    )
    assert session.reply("oui").startswith(
        "C'est fait : vous suivez Clusters meet Regions call. Prochain rappel : "
        "Clusters meet Regions call, 7 jours avant la date limite, le 22 juillet 2022 à 18:00 CEST"
    )
    assert session.reply("/subscriptions").startswith("Vous suivez :\n1. Clusters meet Regions")
    session.reply("remind me about the eccp conference")
    assert session.reply("non") == "D’accord, rien n’a changé."
    assert session.reply("/help").endswith("Tout le reste est une question.")
    assert session.reply("/unsubscribe 1") == "Vous ne suivez plus Clusters meet Regions call."


def test_the_chat_with_lang_fr_greets_in_french() -> None:
    out = io.StringIO()
    chat(ConsoleSession(ENGINE, lambda: NOW, language="fr"), scripted(), out)
    assert out.getvalue().startswith(
        "Posez-moi vos questions sur les événements, les appels et les notes d'orientation. "
        "Commandes : /subscribe QUOI"
    )


@pytest.mark.parametrize("word", ["ja", "Oui!", "sí", "si", "sì", "tak"])
def test_yes_is_understood_in_every_language_the_bot_speaks(store, word: str) -> None:
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service)
    session.reply("remind me about the cmr call")
    assert session.reply(word).startswith("Done: you follow Clusters meet Regions call.")


@pytest.mark.parametrize("word", ["nein", "non", "no", "nie"])
def test_no_is_understood_in_every_language_the_bot_speaks(store, word: str) -> None:
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service, language="pl")
    session.reply("remind me about the cmr call")
    assert session.reply(word) == "Dobrze, nic nie zmieniono."
    assert service.subscriptions(0) == []


def test_without_lang_the_chats_own_words_follow_the_last_answers_language(store):
    from bot.reminders.subscribing import SubscriptionService

    service = SubscriptionService(store, lambda: ENGINE, lambda: NOW)
    session = ConsoleSession(ENGINE, lambda: NOW, service)
    assert session.reply("/subscriptions").startswith("You follow nothing yet.")
    session.reply("wann ist die eccp konferenz 2022?")
    assert session.reply("/subscriptions").startswith("Sie verfolgen noch nichts.")
