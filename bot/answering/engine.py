"""The answering engine: `Engine(knowledge).ask(question, now)` returns an `Answer`.

Reading a question goes item first, then intent: the words are heard against
the index (`bot.answering.heard`), each candidate item is weighed by how the
question names it (`bot.answering.evidence`), one is chosen or none
(`bot.answering.choice`), and only then is the intent read, from the words
outside the chosen item's name (`bot.answering.intents`).  The engine never
guesses: a question that names something the knowledge lacks gets "I don't
know that one" with no item.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.answering import phrasing
from bot.answering.answers import Answer, AnswerKind, Intent
from bot.answering.choice import Decision, decide, next_to_come
from bot.answering.evidence import Evidence, weigh
from bot.answering.heard import Heard, hear
from bot.answering.intents import Reading, read_question
from bot.answering.listing import list_request, select
from bot.answering.matching import MatchIndex
from bot.answering.question import parse
from bot.answering.question_typos import correct_question_words
from bot.answering.question_words import PLURAL_KINDS
from bot.answering.roles import NUMBERED_NOUNS
from bot.answering.talk import small_talk
from bot.answering.text import stem
from bot.answering.tongues import read_question_in
from bot.answering.topics import list_topic, wants_list
from bot.knowledge.items import AnyItem, Knowledge
from bot.languages.speech import speaking

CANDIDATES = 12  # items weighed in full for each question...
CANDIDATE_SHARE = 0.3  # ... if they share at least this share of the best one's words
SEARCH_FLOOR = 0.45  # inline search and /subscribe show weaker matches too
MAX_QUESTION_CHARS = 1000
NEXT_WORDS = frozenset({"next", "upcoming", "coming"})
NOW_WORDS = frozenset("now today tonight tomorrow currently ongoing moment yesterday".split())
YES_NO_STARTS = frozenset("is are was were will does did has have".split())
_ITEM_INTENTS = frozenset({Intent.WHEN, Intent.WHERE, Intent.REGISTER, Intent.LINK})


class Engine:
    """Answers questions over one knowledge snapshot; build once per snapshot."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.index = MatchIndex(knowledge)

    def ask(
        self,
        question: str,
        now: datetime,
        viewer_zone: ZoneInfo | None = None,
        follow_up: str | None = None,
        *,
        language: str | None = None,
        usual_language: str | None = None,
    ) -> Answer:
        """Answer one question as of `now` (an aware datetime), in the asker's language.

        `follow_up` is the item the conversation is about: "link to register"
        right after "when is the ECCP conference?" means that conference, but
        only when the question names nothing itself.  Without it (the
        stateless `ask` command) such a question names nothing.

        `language` is the user's explicit choice (it words the reply);
        `usual_language` the one their app reports.  Without either, the
        question's own words say which language it is read and answered in.
        """
        question = question[:MAX_QUESTION_CHARS]
        reading = read_question_in(
            question, self.index.in_a_name, language, usual_language, self.index.name_likeness
        )
        with speaking(reading.reply):
            answer = self._answer(reading.text, now, viewer_zone, follow_up)
            if answer.kind is AnswerKind.UNKNOWN:  # echo what was asked, not its gloss
                answer = _unknown(question)
        return replace(answer, question=question, language=reading.reply)

    def _answer(
        self, question: str, now: datetime, viewer_zone: ZoneInfo | None, follow_up: str | None
    ) -> Answer:
        """The answer to a question in the engine's English words."""
        heard = self.hear(question, now)
        decision = self.decide(heard, now)
        chosen = (
            decision.chosen
            or _the_next_one(heard, decision, now)
            or self._the_last_numbered(heard, decision)
        )
        reading = self._read(heard, chosen.named if chosen else frozenset())
        if chosen is not None and not wants_list(reading):
            return self._about_item(question, reading.intent, chosen.item, _sure(chosen), now,
                                    viewer_zone)  # fmt: skip
        if chosen is not None:  # "online events coming up": the list is narrowed by "online"
            reading = self._read(heard, frozenset())
        previous = self.knowledge.get(follow_up) if follow_up else None
        if previous is not None and _follows_up(reading, decision) and not self._strange(reading):
            return self._about_item(question, reading.intent, previous, 1.0, now, viewer_zone)
        talk = small_talk(question, heard, reading)
        if talk is not None:
            return Answer(question, Intent.HELP, AnswerKind.HELP, talk, confidence=1.0)
        topic = list_topic(self.index, heard, reading)
        if topic is not None:
            return self._list(question, reading, topic, now)
        if decision.rivals:
            return self._ambiguous(question, reading.intent, decision.rivals, now)
        return _unknown(question)

    def _read(self, heard: Heard, named: frozenset[int]) -> Reading:
        """The intent from the clause that asks, if it asks; else from the whole question.

        "I'm coming to the congress and need to book a train, which city is it in?"
        asks where, not how to book.
        """
        reading = read_question(heard.words, named)
        focus = heard.question.focus
        outside = frozenset(i for i, c in enumerate(heard.question.clauses) if c != focus)
        asking = read_question(heard.words, named | outside)
        if asking.asked and asking.intent is not reading.intent:
            return replace(reading, intent=asking.intent)
        if not reading.asked and self._asks_place(heard):
            return replace(reading, intent=Intent.WHERE)
        if not reading.asked and _asks_moment(heard):
            return replace(reading, intent=Intent.WHEN)
        return reading

    def _strange(self, reading: Reading) -> bool:
        """Whether the question says a word no item has: it names something else, not a follow-up.

        After the ECCP conference, "when is the horizon europe deadline?" is about
        Horizon Europe, which the knowledge lacks; only a question made of question
        words and known words ("link to register", "and where?") follows up.
        """
        return any(
            not (self.index.knows(w) or self.index.knows(stem(w)))
            for w in reading.content_words
            if len(w) > 2 and not w.isdigit()
        )

    def _the_last_numbered(self, heard: Heard, decision: Decision) -> Evidence | None:
        """'The final module of the academy': of rivals numbered by that noun, the highest.

        Only when each rival gives the noun a number, so the series is known whole.
        """
        noun = _last_of(heard)
        numbers = [
            self.index.numbered(self.index.position(e.item.id)).get(noun) for e in decision.rivals
        ]
        if not noun or not decision.rivals or not all(numbers):
            return None
        ranked = [
            (max(int(n) for n in found or ()), e)
            for found, e in zip(numbers, decision.rivals, strict=True)
        ]
        ranked.sort(key=lambda pair: -pair[0])
        return ranked[0][1] if len(ranked) == 1 or ranked[0][0] > ranked[1][0] else None

    def _asks_place(self, heard: Heard) -> bool:
        """'Is module 3 also in Berlin?': a yes-or-no question about a place asks where."""
        words = heard.words
        if not words or words[0] not in {"is", "are", "was", "will"}:
            return False
        return any(
            words[i] == "in" and any(self.index.is_place(f) for f in heard.forms[i + 1])
            for i in range(len(words) - 1)
        )

    def hear(self, text: str, now: datetime) -> Heard:
        """The question's words, typo-corrected, looked up in the index."""
        question = parse(
            text, lambda found: correct_question_words(found, self.index.best_likeness)
        )
        return hear(question, self.index, now)

    def decide(self, heard: Heard, now: datetime) -> Decision:
        """The item the heard question is about, or the close candidates, or none."""
        return decide(self.weigh(heard), heard, now)

    def weigh(self, heard: Heard) -> list[Evidence]:
        """Evidence for the items that share words with the question, best candidates first."""
        found = self.index.candidates(heard.words, CANDIDATES, CANDIDATE_SHARE)
        return [weigh(heard, self.index, position) for position in found]

    def search(self, query: str, limit: int = 10) -> list[AnyItem]:
        """Items a name or topic points to, best first (inline mode, /subscribe)."""
        reading = read_question(self.hear(query, _EPOCH).words)
        matches = self.index.find(reading.content_words or reading.words, limit=limit)
        return [m.item for m in matches if m.score >= SEARCH_FLOOR and not m.conflict]

    def identify(self, name: str, now: datetime) -> tuple[AnyItem | None, tuple[AnyItem, ...]]:
        """The one item a name means, or None with the close candidates (for /subscribe)."""
        decision = self.decide(self.hear(name, now), now)
        if decision.chosen is not None:
            return decision.chosen.item, ()
        return None, tuple(e.item for e in decision.rivals)

    def _about_item(
        self,
        question: str,
        intent: Intent,
        item: AnyItem,
        confidence: float,
        now: datetime,
        zone: ZoneInfo | None,
    ) -> Answer:
        text = {
            Intent.WHEN: lambda: phrasing.when(item, now, zone),
            Intent.WHERE: lambda: phrasing.where(item, now),
            Intent.REGISTER: lambda: phrasing.register(item, now),
            Intent.LINK: lambda: phrasing.link(item),
        }.get(intent, lambda: phrasing.about(item, now))()
        intent = intent if intent in _ITEM_INTENTS else Intent.ABOUT
        links = phrasing.links_for(item, now)
        return Answer(
            question, intent, AnswerKind.ITEM, text, item.id, (item.id,), confidence, links
        )

    def _list(
        self, question: str, reading: Reading, topic: list[tuple[str, ...]] | None, now: datetime
    ) -> Answer:
        request = list_request(reading.signals, now)
        chosen = select(self.knowledge, request, now, lambda i: self._holds_topic(i, topic))
        label = " ".join(t[0] for t in topic or [] if t)
        text = phrasing.listing(chosen, request, now, label)
        ids = tuple(i.id for i in chosen)
        return Answer(question, Intent.LIST, AnswerKind.LIST, text, None, ids, 1.0)

    def _holds_topic(self, item: AnyItem, topic: list[tuple[str, ...]] | None) -> bool:
        """Whether the item has every word the list question narrows by (an empty need: none)."""
        position = self.index.position(item.id)
        return all(
            any(self.index.strength(t, position) > 0.6 for t in need) for need in topic or []
        )

    def _ambiguous(
        self, question: str, intent: Intent, rivals: tuple[Evidence, ...], now: datetime
    ) -> Answer:
        items = [e.item for e in rivals]
        text = phrasing.choose(items, now)
        ids = tuple(i.id for i in items)
        confidence = min(1.0, rivals[0].cover)
        return Answer(question, intent, AnswerKind.AMBIGUOUS, text, None, ids, confidence)


_EPOCH = datetime.fromisoformat("2000-01-01T00:00:00+00:00")


def _last_of(heard: Heard) -> str:
    """The numbered noun 'final' or 'last' is said of ('the last scouts academy module'), or ''."""
    words = heard.words
    for i, word in enumerate(words):
        if word not in {"final", "last", "latest"}:
            continue
        for j in range(i + 1, min(i + 5, len(words))):
            if heard.clause(j) == heard.clause(i) and stem(words[j]) in NUMBERED_NOUNS:
                return stem(words[j])
    return ""


def _asks_moment(heard: Heard) -> bool:
    """'Is EWRC happening now?', 'is the info day this week?': a yes-or-no question about a time.

    It is answered with the item's dates and status, not its description.
    """
    words = heard.words
    starts = (w for i, w in enumerate(words) if i == 0 or heard.clause(i) != heard.clause(i - 1))
    if YES_NO_STARTS.isdisjoint(starts):  # "the ADMA meeting in Aberdeen, is it this week?"
        return False
    windows = (p for p in zip(words, words[1:], strict=False) if p[1] in {"week", "month"})
    return not NOW_WORDS.isdisjoint(words) or any(p[0] in {"this", "next"} for p in windows)


def _the_next_one(heard: Heard, decision: Decision, now: datetime) -> Evidence | None:
    """'When is the next Vanguard meeting?': of the items that fit, the next one to come."""
    said = set(heard.words)
    if not decision.rivals or not said & NEXT_WORDS or said & PLURAL_KINDS.keys():
        return None
    return next_to_come(decision.rivals, now)


def _sure(evidence: Evidence) -> float:
    """Confidence: how much of its name the question says."""
    return min(1.0, 0.5 + 0.5 * evidence.cover)


def _follows_up(reading: Reading, decision: Decision) -> bool:
    """About the item just discussed: the question asks something, names nothing, lists nothing."""
    listing = reading.signals.strength == 2 or (
        reading.signals.status is not None and reading.signals.verb
    )
    kinds = [w for w in reading.content_words if w in PLURAL_KINDS and w != "deadlines"]
    return reading.asked and not decision.named and not listing and not kinds


def _unknown(question: str) -> Answer:
    return Answer(question, Intent.UNKNOWN, AnswerKind.UNKNOWN, phrasing.unknown(question))
