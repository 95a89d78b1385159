"""The terminal adapter: `ask` output (text or JSON lines) and the `chat` conversation.

It calls the same `Engine.ask` as the Telegram handlers, so what works here
works in Telegram; only the decoration differs (plain text, links as URLs).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from bot.answering.answers import Answer
from bot.answering.engine import Engine
from bot.languages.speech import N_, _, speaking

if TYPE_CHECKING:
    from bot.reminders.outcomes import Outcome, Proposal
    from bot.reminders.subscribing import SubscriptionService
    from bot.reminders.targets import Target

Clock = Callable[[], datetime]
QUIT_WORDS = frozenset({"/quit", "/exit", "quit", "exit", "bye"})
# Yes and no in every language the bot speaks, whichever it is speaking: a German
# speaker chatting with English replies still answers "ja".
YES_WORDS = frozenset(
    {"yes", "y", "yes please", "ok", "okay", "sure", "yep", "yeah", "do it"}
    | {"ja", "j", "ja bitte", "jawohl", "klar", "gerne"}  # de
    | {"oui", "o", "oui merci", "d'accord", "volontiers"}  # fr
    | {"sí", "si", "s", "sí por favor", "vale", "claro", "de acuerdo"}  # es, it
    | {"sì", "certo", "va bene", "sì grazie"}  # it
    | {"tak", "t", "tak proszę", "jasne", "dobrze"}  # pl
)
NO_WORDS = frozenset(
    {"no", "n", "nope", "cancel", "no thanks"}
    | {"nein", "nein danke", "abbrechen"}  # de
    | {"non", "non merci", "annuler"}  # fr
    | {"no gracias", "cancelar", "no grazie", "annulla"}  # es, it
    | {"nie", "nie dziękuję", "anuluj"}  # pl
)
TERMINAL_CHAT_ID = 0  # Telegram never uses 0, so the terminal has a chat of its own
CHAT_HELP = N_(
    "Commands: /subscribe WHAT (a call or event by name, “all calls”, “workshops”, "
    "“tag clusters meet regions”, “everything”), /subscriptions, /unsubscribe NUMBER, /stop, "
    "/quit. Or say “remind me about the CmR call” and answer yes. Anything else is a question."
)


def format_text(answer: Answer) -> str:
    """An answer as the bot would send it, as plain text with its links spelled out."""
    extra = [f"{link.label}: {link.url}" for link in answer.links if link.url not in answer.text]
    return "\n".join([answer.text, *extra])


def format_json(answer: Answer) -> str:
    """One line of `ask --json` output."""
    return json.dumps(answer.to_json(), ensure_ascii=False)


def questions_from(lines: Iterable[str]) -> Iterator[str]:
    """Questions one a line, line endings removed (blank lines still get an answer)."""
    for line in lines:
        yield line.rstrip("\r\n")


def answer_all(
    engine: Engine,
    questions: Iterable[str],
    now: datetime,
    as_json: bool,
    out: TextIO,
    language: str | None = None,
) -> int:
    """Answer each question in order, flushing each so pipes see answers as they come.

    `language` is the user's choice (`--lang`); without it each question's own words tell.
    """
    count = 0
    for question in questions:
        answer = engine.ask(question, now, language=language)
        out.write((format_json(answer) if as_json else format_text(answer) + "\n") + "\n")
        out.flush()
        count += 1
    return count


class ConsoleSession:
    """One terminal conversation: questions go to the engine, commands to the services."""

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        subscriptions: SubscriptionService | None = None,
        language: str | None = None,
    ) -> None:
        self.engine = engine
        self.language = language  # `--lang`: the user's choice; else each question's words
        self.heard: str | None = None  # the language of the last answer, for the chat's own words
        self.clock = clock
        self.subscriptions = subscriptions
        self.last_item: str | None = None
        self.pending: Proposal | None = None

    def speaks(self) -> str | None:
        """The language of the chat's own words: `--lang`, else that of the last answer."""
        return self.language or self.heard

    def reply(self, line: str) -> str:
        """The bot's reply to one line, in the chat's language (answers choose their own)."""
        with speaking(self.speaks()):
            return self._reply(line)

    def _reply(self, line: str) -> str:
        command, _space, rest = line.strip().partition(" ")
        command = command.lower()
        pending, self.pending = self.pending, None
        if pending is not None and self.subscriptions is not None:
            answer_to = line.strip().lower().rstrip("!.")
            if answer_to in YES_WORDS:
                return self.subscriptions.accept(TERMINAL_CHAT_ID, pending, "terminal").text
            if answer_to in NO_WORDS:
                return _("OK, nothing changed.")
        if command == "/help":
            help_answer = self.engine.ask("help", self.clock(), language=self.speaks())
            return f"{format_text(help_answer)}\n{_(CHAT_HELP)}"
        if command in SUBSCRIPTION_COMMANDS:
            return self._subscription_command(command, rest)
        if self.subscriptions is not None:
            request = self._request(line)
            if request is not None:
                return request
        answer = self.engine.ask(
            line, self.clock(), follow_up=self.last_item, language=self.language
        )
        self.last_item = answer.item_id or self.last_item
        self.heard = answer.language
        return format_text(answer)

    def _request(self, line: str) -> str | None:
        """A plain-words subscription request: a yes/no question, or why it cannot be."""
        from bot.reminders.outcomes import Proposal

        assert self.subscriptions is not None
        found = self.subscriptions.propose(TERMINAL_CHAT_ID, line, self.last_item)
        if found is None:
            return None
        if isinstance(found, Proposal):
            self.pending = found
            return _("{question} (yes/no)").format(question=found.question)
        return _with_choices(found)

    def _subscription_command(self, command: str, rest: str) -> str:
        from bot.reminders.subscribing import (
            format_list,  # the store only when subscriptions are used
        )

        service = self.subscriptions
        if service is None:
            return _("Subscriptions need a database; start the chat with one configured.")
        if command == "/subscriptions":
            return format_list(service.subscriptions(TERMINAL_CHAT_ID))
        if command == "/stop":
            return service.stop(TERMINAL_CHAT_ID).text
        if command == "/unsubscribe":
            return service.unsubscribe(TERMINAL_CHAT_ID, rest).text
        return _with_choices(service.subscribe(TERMINAL_CHAT_ID, rest, chat_type="terminal"))


def _with_choices(outcome: Outcome) -> str:
    """The outcome's sentence, then the candidates or the alternatives, one a line."""

    knowledge_of = outcome.candidates
    choices = [f"• {item.title}" for item in knowledge_of]
    choices += [f"• /subscribe {_command_words(t)}" for t in outcome.alternatives]
    return "\n".join([outcome.text, *choices])


def _command_words(target: Target) -> str:
    """What to type after /subscribe to follow this target."""
    if target.kind == "all":
        return "everything"
    if target.kind == "category":
        return f"all {target.value}s"
    if target.kind == "event_kind":
        return f"{target.value}s"
    if target.kind == "tag":
        return f"tag {target.value}"
    return target.value


SUBSCRIPTION_COMMANDS = frozenset({"/subscribe", "/subscriptions", "/unsubscribe", "/stop"})


def chat(session: ConsoleSession, read: Callable[[str], str], out: TextIO) -> None:
    """A conversation in the terminal until end of input or /quit."""
    with speaking(session.speaks()):
        welcome = _("Ask me about events, calls and policy briefs.")
        out.write(f"{welcome} {_(CHAT_HELP)}\n")
    while True:
        try:
            line = read("you> ")
        except (EOFError, KeyboardInterrupt):
            out.write("\n")
            return
        if line.strip().lower() in QUIT_WORDS:
            return
        if line.strip():
            out.write(f"bot> {session.reply(line)}\n\n")
