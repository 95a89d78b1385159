"""The answering engine: `Engine(knowledge).ask(question, now)` returns an `Answer`.

Reading a question has three steps: the intent and list signals from the
question words (`bot.answering.intents`), the item from the remaining words
(`bot.answering.matching`), and the wording (`bot.answering.phrasing`).  The engine never guesses:
below the acceptance score, or when the question names a year or number the
item lacks, the answer is "I don't know that one" with no item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.answering import phrasing
from bot.answering.answers import Answer, AnswerKind, Intent
from bot.answering.intents import (
    PLURAL_KINDS,
    SINGULAR_KINDS,
    Reading,
    correct_question_words,
    read_question,
)
from bot.answering.listing import item_moment, list_request, select
from bot.answering.matching import Match, MatchIndex
from bot.answering.text import is_number, is_year, tokens, words
from bot.knowledge.dates import call_deadline, event_end
from bot.knowledge.items import AnyItem, Call, Event, Knowledge

ACCEPT = 0.62  # a match below this score is not an answer
MIN_QUESTION_COVER = 0.7  # the item must explain most of what the question says
TIE_MARGIN = 0.04  # matches this close to the best are "the same" as far as we can tell
TOPIC_COVER = 0.5  # a list topic keeps items that explain at least half of it
SEARCH_FLOOR = 0.45  # inline search and /subscribe show weaker matches too
MAX_QUESTION_CHARS = 1000


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of matching: one item, several close ones, or none."""

    chosen: Match | None
    rivals: tuple[Match, ...] = ()


class Engine:
    """Answers questions over one knowledge snapshot; build once per snapshot."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.index = MatchIndex(knowledge)
        self._vocabulary = self.index.vocabulary()

    def ask(
        self,
        question: str,
        now: datetime,
        viewer_zone: ZoneInfo | None = None,
        follow_up: str | None = None,
    ) -> Answer:
        """Answer one question as of `now` (an aware datetime).

        `follow_up` is the item the conversation is about: "link to register"
        right after "when is the ECCP conference?" means that conference.
        Without it (the stateless `ask` command) such a question names nothing.
        """
        question = question[:MAX_QUESTION_CHARS]
        reading = self._read(question)
        previous = self.knowledge.get(follow_up) if follow_up else None
        if previous is not None and reading.asked and not reading.content_words:
            match = Match(previous, 1.0, 1.0, 1.0, False)
            return self._about_item(question, reading.intent, match, now, viewer_zone)
        if reading.greeting_only:
            return Answer(
                question, Intent.HELP, AnswerKind.HELP, phrasing.help_text(), confidence=1.0
            )
        strength = reading.signals.strength
        if strength == 2 or _only_kind_words(reading):
            return self._list(question, reading, now)
        decision = self._decide(reading.content_words, now)
        if decision.chosen is not None:
            return self._about_item(question, reading.intent, decision.chosen, now, viewer_zone)
        if strength == 1 and self._topic_is_known(reading.topic_words):
            return self._list(question, reading, now)
        if decision.rivals:
            return self._ambiguous(question, reading.intent, decision.rivals, now)
        return _unknown(question)

    def search(self, query: str, limit: int = 10) -> list[AnyItem]:
        """Items a name or topic points to, best first (inline mode, /subscribe)."""
        reading = self._read(query)
        matches = self.index.find(reading.content_words or words(query), limit=limit)
        return [m.item for m in matches if m.score >= SEARCH_FLOOR and not m.conflict]

    def identify(self, name: str, now: datetime) -> tuple[AnyItem | None, tuple[AnyItem, ...]]:
        """The one item a name means, or None with the close candidates (for /subscribe)."""
        reading = self._read(name)
        decision = self._decide(reading.content_words or words(name), now)
        if decision.chosen is not None:
            return decision.chosen.item, ()
        return None, tuple(m.item for m in decision.rivals)

    def _read(self, question: str) -> Reading:
        return read_question(correct_question_words(words(question), self.index.best_likeness))

    def _decide(self, content: Sequence[str], now: datetime) -> Decision:
        matches = self.index.find(content, limit=8)
        good = [m for m in matches if _acceptable(m)]
        if not good:
            plausible = tuple(m for m in matches[:3] if _plausible(m))
            return Decision(None, plausible if len(plausible) > 1 else ())
        top = good[0]
        editions = [m for m in good if _same_series([top, m])]
        if len(editions) > 1 and not any(is_year(t) or is_number(t) for t in _tokens(content)):
            return Decision(_by_time(editions, now))
        rivals = [m for m in good[1:] if m.score >= top.score - TIE_MARGIN]
        if not rivals:
            return Decision(top)
        group = [top, *rivals]
        if _same_series(group):
            return Decision(_by_time(group, now))
        return Decision(None, tuple(group))

    def _about_item(
        self, question: str, intent: Intent, match: Match, now: datetime, zone: ZoneInfo | None
    ) -> Answer:
        item = match.item
        text = {
            Intent.WHEN: lambda: phrasing.when(item, now, zone),
            Intent.WHERE: lambda: phrasing.where(item, now),
            Intent.REGISTER: lambda: phrasing.register(item, now),
            Intent.LINK: lambda: phrasing.link(item),
        }.get(intent, lambda: phrasing.about(item, now))()
        if intent not in {Intent.WHEN, Intent.WHERE, Intent.REGISTER, Intent.LINK}:
            intent = Intent.ABOUT
        links = phrasing.links_for(item, now)
        confidence = min(1.0, match.score)
        return Answer(
            question, intent, AnswerKind.ITEM, text, item.id, (item.id,), confidence, links
        )

    def _list(self, question: str, reading: Reading, now: datetime) -> Answer:
        request = list_request(reading.signals, now)
        topic = reading.topic_words
        wanted = self._topic_filter(topic)
        chosen = select(self.knowledge, request, now, lambda i: wanted is None or i.id in wanted)
        text = phrasing.listing(chosen, request, now, " ".join(topic))
        ids = tuple(i.id for i in chosen)
        return Answer(question, Intent.LIST, AnswerKind.LIST, text, None, ids, 1.0)

    def _topic_filter(self, topic: Sequence[str]) -> set[str] | None:
        if not topic:
            return None
        matches = self.index.find(topic, limit=len(self.knowledge))
        return {m.item.id for m in matches if m.question_cover >= TOPIC_COVER and not m.conflict}

    def _topic_is_known(self, topic: Sequence[str]) -> bool:
        return all(t in self._vocabulary for w in topic for t in tokens(w))

    def _ambiguous(
        self, question: str, intent: Intent, rivals: Sequence[Match], now: datetime
    ) -> Answer:
        items = [m.item for m in rivals]
        text = phrasing.choose(items, now)
        ids = tuple(i.id for i in items)
        return Answer(question, intent, AnswerKind.AMBIGUOUS, text, None, ids, rivals[0].score)


def _tokens(content: Sequence[str]) -> list[str]:
    return [t for w in content for t in tokens(w)]


def _only_kind_words(reading: Reading) -> bool:
    """'webinars', 'calls?': a kind alone asks for the list of that kind."""
    content = [w for w in reading.content_words if w != "policy"]
    return bool(content) and all(w in PLURAL_KINDS or w in SINGULAR_KINDS for w in content)


def _acceptable(match: Match) -> bool:
    return (
        not match.conflict and match.score >= ACCEPT and match.question_cover >= MIN_QUESTION_COVER
    )


def _plausible(match: Match) -> bool:
    """Close enough to offer as a 'did you mean', never as an answer."""
    return not match.conflict and match.question_cover >= MIN_QUESTION_COVER


def _same_series(group: Sequence[Match]) -> bool:
    """Editions of one thing (2022 and 2023) differ only by their numbers."""
    shapes = {
        tuple(t for t in tokens(m.item.title) if not (is_year(t) or is_number(t))) for m in group
    }
    return len(shapes) == 1


def _by_time(group: Sequence[Match], now: datetime) -> Match:
    """Of several editions, the next one still to come, else the latest."""

    def over(item: AnyItem) -> bool:
        if isinstance(item, Event):
            return event_end(item) < now
        if isinstance(item, Call):
            return call_deadline(item) < now
        return True

    def moment(m: Match) -> float:
        when = item_moment(m.item)
        return when.timestamp() if when else 0.0

    ahead = [m for m in group if not over(m.item)]
    if ahead:
        return min(ahead, key=moment)
    return max(group, key=moment)


def _unknown(question: str) -> Answer:
    return Answer(question, Intent.UNKNOWN, AnswerKind.UNKNOWN, phrasing.unknown(question))
