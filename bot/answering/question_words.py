"""The closed vocabulary of question words, and finding its phrases in a question.

Questions ask with a small, fixed set of phrases ("when is", "link to", "which
calls are open"); everything else names the item.  The tables live apart from
the code that reads them so that intent reading, list signals, typo
correction and item matching all share one vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property, lru_cache

Phrase = tuple[str, ...]


class PhraseSet(tuple[Phrase, ...]):
    """Phrases as word tuples, longest first, indexed by first word once and for all."""

    @cached_property
    def by_first_word(self) -> dict[str, tuple[Phrase, ...]]:
        """Phrases grouped by their first word: a question is scanned once per set."""
        index: dict[str, list[Phrase]] = {}
        for phrase in self:
            index.setdefault(phrase[0], []).append(phrase)
        return {word: tuple(found) for word, found in index.items()}


def _phrases(*texts: str) -> PhraseSet:
    """Phrases as word tuples, longest first so 'until when' wins over 'when'."""
    return PhraseSet(sorted((tuple(t.split()) for t in texts), key=len, reverse=True))


GREETING = _phrases(
    "hi", "hello", "hey", "hiya", "hallo", "howdy", "yo", "good morning", "good afternoon",
    "good evening", "greetings", "hey there", "hi there", "hello there", "thanks", "thank you",
    "bonjour", "salut", "hola", "ciao", "buongiorno", "guten tag", "moin", "servus", "hej",
    "ahoj", "czesc", "ola", "bom dia", "cheers", "merci", "gracias", "grazie", "danke",
)  # fmt: skip
HELP = _phrases(
    "help", "what can you do", "what do you do", "how do i use", "how does this work",
    "how do you work", "how to use", "who are you", "what are you", "what can i ask",
    "commands", "instructions", "what do you know", "bot", "this bot", "you do",
    "can i ask", "what kind of questions", "what questions", "how can you help",
    "what can you help", "help me with", "what is this", "whats this",
)  # fmt: skip
WHEN_FIRST = _phrases(
    "until when", "deadline", "deadlines", "due", "close", "closes", "closing", "closed",
    "last day", "cut off date", "how long", "how much time", "how many days", "time left",
    "days left", "left to apply",
)  # fmt: skip
REGISTER = _phrases(
    "register", "registration", "registering", "sign up", "signup", "sign me up", "enrol",
    "enroll", "enrolment", "book", "booking", "ticket", "tickets", "apply", "application",
    "applying", "submit", "submission", "participate", "attend", "join", "take part",
    "where can i apply", "how do i apply", "how can i apply", "apply for", "apply to",
    "applications", "registrations", "submissions", "get into", "too late",
)  # fmt: skip
LINK = _phrases(
    "link", "links", "url", "website", "web site", "webpage", "web page", "homepage", "page",
    "read more", "learn more", "find out more", "where can i read", "where can i find",
    "download", "pdf", "source", "site", "more info about", "more information about",
    "more details about",
)  # fmt: skip
# "Info" is shorthand for any question ("any info on the mission dates?"): it
# asks for the link only when no other question word says what is wanted.
WEAK_LINK = _phrases(
    "more info", "more information", "info", "information", "details", "more details",
)  # fmt: skip
WHERE = _phrases(
    "where", "wheres", "location", "located", "venue", "which city", "what city", "in which city",
    "held where", "in person", "online or", "hosts", "host city", "which country",
)  # fmt: skip
WHEN = _phrases(
    "when", "whens", "date", "dates", "what time", "published", "publication", "publish",
    "schedule", "how soon", "is it over", "still on",
)  # fmt: skip
# "Is it over?", "did I miss it?": a question about one item's status, answered
# with its dates; never a list of past things when an item is named.
STATUS_WHEN = _phrases(
    "miss", "missed", "over", "already over", "done", "finished", "happened", "passed",
    "ahead", "still ahead", "to come", "still to come", "take place", "took place",
    "taking place", "takes place", "opened", "open yet", "started", "expired", "already",
)  # fmt: skip
# Words that also occur in names ("Pathfinder Open", "Basque Country"): they
# decide the intent only when no other question word does.
WEAK_WHEN = _phrases(
    "day", "time", "start", "starts", "begin", "begins", "end", "ends", "open", "opens",
    "still open",
)  # fmt: skip
WEAK_WHERE = _phrases(
    "city", "country", "address", "online", "virtual", "virtually", "in person", "hybrid",
    "physical", "remote",
)  # fmt: skip
STRONG_ABOUT = _phrases(
    "tell me about", "tell me more about", "about", "describe", "description", "summary",
    "summarise", "summarize", "explain", "overview",
)  # fmt: skip
ABOUT = _phrases(
    "what is", "whats", "what s", "who organises", "who organizes", "organiser", "organizer",
    "topic", "topics", "agenda", "what does", "say", "what was", "who is behind",
    "what happens", "what happened", "programme", "program", "covered", "focus", "focused",
)  # fmt: skip

# List questions: several items, selected by kind, status and time window.
LIST_VERBS = _phrases(
    "list", "show", "show me", "which", "any", "anything", "all", "what are the",
    "do you have", "are there", "is there", "whats on", "what s on", "what is on",
    "whats happening", "what s happening", "what is happening", "coming up", "whats coming",
    "whats next", "what is coming", "happening", "overview of", "give me",
)  # fmt: skip
# "What's on?" asks for what is coming when it names no time of its own.
GENERAL_LIST = _phrases(
    "whats on", "what s on", "what is on", "whats happening", "what s happening",
    "what is happening", "coming up", "whats coming", "what is coming", "whats next",
    "whats new", "what s new",
)  # fmt: skip
OPENING_WORDS = frozenset({"opening", "opens", "launching", "launched", "starting"})
# Verbs of completion say the list is of what is over: "which deadlines have
# passed?", "which events took place already?", "what did we miss?".
PAST_COMPLETION = _phrases(
    "passed", "missed", "ended", "elapsed", "took place", "taken place", "did i miss",
    "did we miss", "did i already miss", "did we already miss", "did i just miss",
)  # fmt: skip
APPLY_NOW = _phrases("apply", "applying", "apply to", "submit", "still apply")
STATUS_WORDS = {
    "upcoming": "upcoming", "coming": "upcoming", "next": "upcoming", "future": "upcoming",
    "soon": "upcoming", "ahead": "upcoming", "planned": "upcoming", "later": "upcoming",
    "open": "open", "accepting": "open", "closed": "closed", "expired": "closed",
    "past": "past", "previous": "past", "happened": "past", "earlier": "past", "over": "past",
    "finished": "past", "ongoing": "ongoing", "current": "ongoing", "currently": "ongoing",
}  # fmt: skip
PLURAL_KINDS = {
    "events": "events", "calls": "calls", "deadlines": "calls", "opportunities": "calls",
    "conferences": "conference", "workshops": "workshop", "webinars": "webinar",
    "meetings": "meeting", "briefs": "briefs", "papers": "briefs", "publications": "briefs",
}  # fmt: skip
SINGULAR_KINDS = {
    "event": "events", "call": "calls", "conference": "conference", "workshop": "workshop",
    "webinar": "webinar", "meeting": "meeting", "brief": "briefs",
}  # fmt: skip
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
WINDOW_PHRASES = _phrases(
    "today", "tonight", "tomorrow", "this week", "next week", "next 7 days", "coming week",
    "this month", "next month", "this year", "next year",
)  # fmt: skip

STOPWORDS = frozenset(
    """a an the of for to in on at by with and or from into about as is are was were be been
    being will would shall should can could may might must do does did done doing i me my mine
    we us our you your yours it its this that these those there here what whats which who whom
    whose how when where why please pls plz thanks thank tell know want wanted like need get
    give show find any some still yet again also just only up out s t d ll re ve m hi hello
    hey dear kindly am have has had ok okay so then than too very much many more most less
    one going go goes take takes taking taken place happen happens happening held hold being
    let lets see look looking check say says said does anyone someone something thing things
    info information right now currently exactly actually really best good new year held id
    im ive youre dont cant wont isnt arent whos hows left remaining would like love""".split()
)

CLOSED_VOCABULARY = (
    frozenset(
        w
        for group in (
            GREETING,
            HELP,
            WHEN_FIRST,
            REGISTER,
            LINK,
            WEAK_LINK,
            WHERE,
            WHEN,
            STATUS_WHEN,
            WEAK_WHEN,
            WEAK_WHERE,
            STRONG_ABOUT,
            ABOUT,
            LIST_VERBS,
            PAST_COMPLETION,
        )
        for phrase in group
        for w in phrase
    )
    | set(STATUS_WORDS)
    | set(PLURAL_KINDS)
    | set(MONTHS)
    | set(SINGULAR_KINDS)
)


def find_phrases(words: Sequence[str], phrases: tuple[Phrase, ...]) -> set[int]:
    """Positions covered by any of the phrases (whole-word, in order)."""
    by_first = phrases.by_first_word if isinstance(phrases, PhraseSet) else _by_first_word(phrases)
    covered: set[int] = set()
    for start, word in enumerate(words):
        for phrase in by_first.get(word, ()):
            end = start + len(phrase)
            if tuple(words[start:end]) == phrase:
                covered.update(range(start, end))
    return covered


@lru_cache(maxsize=64)
def _by_first_word(phrases: tuple[Phrase, ...]) -> dict[str, tuple[Phrase, ...]]:
    index: dict[str, list[Phrase]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return {word: tuple(found) for word, found in index.items()}
