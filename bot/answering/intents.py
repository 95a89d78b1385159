"""What the person wants to know, read from the words around the item's name.

`read_question` looks for question phrases ("when is", "link to", "sign up
for", "which calls are open") and returns the intent, the signals a list
question carries, and the positions of the words it used up; whatever is left
names the item.  Question words come from a small closed vocabulary, so typos
in them ("wesbite", "deadilne") are corrected here, before matching items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz.distance import OSA, Indel

from bot.answering.answers import Intent

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
# Words spelt right are never typos of question words: "were" is not "where".
_NOT_TYPOS = CLOSED_VOCABULARY | STOPWORDS


@dataclass(frozen=True, slots=True)
class ListSignals:
    """What a list question asks for: kinds, a status, a time window phrase."""

    kinds: frozenset[str] = frozenset()
    status: str | None = None
    window: tuple[str, ...] = ()
    month: int | None = None
    year: int | None = None
    plural: bool = False
    verb: bool = False

    @property
    def strength(self) -> int:
        """2: surely a list; 1: maybe (decided by whether one item matches); 0: not a list."""
        scoped = bool(self.status or self.window or self.month)
        if (scoped and (self.plural or self.verb)) or (self.plural and self.verb):
            return 2
        return 1 if scoped or self.plural else 0


@dataclass(frozen=True, slots=True)
class Reading:
    """The outcome of reading a question: intent, list signals and the words that name the item."""

    intent: Intent
    words: tuple[str, ...]
    content: tuple[int, ...]
    list_words: frozenset[int] = frozenset()
    signals: ListSignals = field(default_factory=ListSignals)
    greeting_only: bool = False
    asked: bool = False  # a question phrase was found ("link to", "when is")

    @property
    def content_words(self) -> tuple[str, ...]:
        """The words left to name an item."""
        return tuple(self.words[i] for i in self.content)

    @property
    def topic_words(self) -> tuple[str, ...]:
        """The words left once a list question's kind, status and window are read."""
        return tuple(self.words[i] for i in self.content if i not in self.list_words)


def correct_question_words(
    words: Sequence[str], item_likeness: Callable[[str], float] = lambda _: 0.0
) -> list[str]:
    """Fix typos in question words ('wesbite' -> 'website').

    A word that looks more like an item's word ('spply' is nearer 'supply' than
    'apply') is left for item matching; `item_likeness` gives that similarity
    (100 for a word an item has, 0 for none).
    """
    asking = any(w in _asking_words() for w in words)
    return [w if w in _NOT_TYPOS else _corrected(w, item_likeness, asking) for w in words]


def _corrected(word: str, item_likeness: Callable[[str], float], asking: bool) -> str:
    """The question word a typo stands for; a tie goes to the item if the clause already asks.

    "nordic clustr sumit 2027 dates": 'sumit' is as near 'summit' as 'submit',
    and 'dates' already asks, so the typo is more likely the name's word.
    """
    found = _closest_question_word(word)
    if found is None:
        return word
    best, similarity = found
    likeness = item_likeness(word)
    return best if similarity > likeness or (similarity == likeness and not asking) else word


@lru_cache(maxsize=1)
def _asking_words() -> frozenset[str]:
    """One-word question phrases: a clause with one of them asks without any typo's help."""
    strong = (WHEN_FIRST, REGISTER, LINK, STRONG_ABOUT, WHERE, WHEN)  # not 'info', 'day'
    return frozenset(p[0] for phrases in strong for p in phrases if len(p) == 1)


@lru_cache(maxsize=16384)
def _closest_question_word(word: str) -> tuple[str, float] | None:
    """The question word a typo stands for, with its similarity (0-100), if any."""
    if len(word) < 4 or word.isdigit():
        return None
    best = min(CLOSED_VOCABULARY, key=lambda v: (OSA.distance(word, v, score_cutoff=2), v))
    limit = 1 if len(word) < 8 else 2
    if OSA.distance(word, best) > limit or abs(len(best) - len(word)) > 2 or len(best) < 4:
        return None  # a three-letter word is no typo target: 'form' is not 'for'

    if _substitution_only(word, best):
        return None  # 'summit' is a word, not a typo of 'submit'; typists swap, add or drop
    return best, Indel.normalized_similarity(word, best) * 100


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbours(a: str, b: str) -> bool:
    """Whether two letters sit next to each other on a QWERTY keyboard."""
    spots = {c: (r, i) for r, row in enumerate(_KEYBOARD_ROWS) for i, c in enumerate(row)}
    if a not in spots or b not in spots:
        return False
    (ra, ia), (rb, ib) = spots[a], spots[b]
    return abs(ra - rb) <= 1 and abs(ia - ib) <= 1


def _substitution_only(word: str, other: str) -> bool:
    """A one-letter swap for a letter that is not a neighbouring key: another word, not a typo."""
    if len(word) != len(other) or sorted(word) == sorted(other):
        return False
    pairs = [(a, b) for a, b in zip(word, other, strict=True) if a != b]
    return not (len(pairs) == 1 and _neighbours(*pairs[0]))


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


MASK = "\x00"  # stands in for a word of the item's name: it never reads as a question word


def read_question(words: Sequence[str], masked: frozenset[int] = frozenset()) -> Reading:
    """Decide the intent of a question given as folded words.

    `masked` are the positions of the words that say the item's name: "Alpine
    Space info session" asks nothing by its "info", so those words are not read.
    """
    words = tuple(MASK if i in masked else w for i, w in enumerate(words))
    used: set[int] = set()
    found: dict[Intent, set[int]] = {}
    for intent, phrases in _INTENT_PHRASES:
        positions = find_phrases(words, phrases) - used
        if positions:
            found.setdefault(intent, set()).update(positions)
            used |= positions
    signals, list_used = _list_signals(words)
    greeting = find_phrases(words, GREETING) | find_phrases(words, HELP)
    consumed = used | greeting
    content = tuple(
        i for i, w in enumerate(words) if i not in consumed and w not in STOPWORDS and w != MASK
    )
    intent = next(iter(found), Intent.ABOUT)
    greeting_only = bool(greeting) and not content and not found.keys() - {Intent.ABOUT}
    asked = bool(found)
    return Reading(intent, words, content, frozenset(list_used), signals, greeting_only, asked)


# In priority order: the first kind of phrase found decides the intent.
_INTENT_PHRASES: tuple[tuple[Intent, tuple[Phrase, ...]], ...] = (
    (Intent.WHEN, WHEN_FIRST),
    (Intent.REGISTER, REGISTER),
    (Intent.LINK, LINK),
    (Intent.ABOUT, STRONG_ABOUT),
    (Intent.WHERE, WHERE),
    (Intent.WHEN, WHEN),
    (Intent.WHEN, STATUS_WHEN),
    (Intent.LINK, WEAK_LINK),
    (Intent.WHEN, WEAK_WHEN),
    (Intent.WHERE, WEAK_WHERE),
    (Intent.ABOUT, ABOUT),
)


def question_phrases() -> tuple[tuple[Phrase, ...], ...]:
    """Every phrase set that marks a clause as asking something."""
    return tuple(phrases for _, phrases in _INTENT_PHRASES) + (HELP,)


def _list_signals(words: tuple[str, ...]) -> tuple[ListSignals, set[int]]:
    """Kinds, status, window and month named by the question, with the positions they use."""
    in_window = find_phrases(words, WINDOW_PHRASES)
    used = find_phrases(words, LIST_VERBS) | in_window
    verb = bool(find_phrases(words, LIST_VERBS))
    window = tuple(" ".join(p) for p in WINDOW_PHRASES if find_phrases(words, (p,)))
    kinds: set[str] = set()
    plural = False
    status = None
    for i, w in enumerate(words):
        if w in PLURAL_KINDS:
            kinds.add(PLURAL_KINDS[w])
            plural = True
            used.add(i)
        elif w in SINGULAR_KINDS:
            kinds.add(SINGULAR_KINDS[w])
        elif w in STATUS_WORDS and status is None and i not in in_window:
            status = STATUS_WORDS[w]
            used.add(i)
    month, year, month_used = _month_and_year(words)
    used |= month_used
    completion = find_phrases(words, PAST_COMPLETION)
    if status is None and completion:
        status = "upcoming" if _negated(words, min(completion)) else "past"
        used |= completion
    if status is None and not (window or month or year) and find_phrases(words, GENERAL_LIST):
        status = "upcoming"
    if status == "upcoming" and not OPENING_WORDS.isdisjoint(words):
        status = "opening"  # "calls opening soon": not open yet, not any call still ahead
    if status is None and find_phrases(words, APPLY_NOW):
        status = "open"  # "which calls can we still apply to": open ones, not future ones
    if "policy" in words and "briefs" in kinds:
        used.add(words.index("policy"))
    signals = ListSignals(frozenset(kinds), status, window, month, year, plural, verb)
    return signals, used


_NEGATIONS = frozenset("not never havent hasnt havnt didnt arent isnt".split())


def _negated(words: tuple[str, ...], i: int) -> bool:
    """'Which deadlines haven't passed yet?': a completion denied asks for what is ahead."""
    return not _NEGATIONS.isdisjoint(words[max(0, i - 2) : i]) or "yet" in words[i:]


def _month_and_year(words: tuple[str, ...]) -> tuple[int | None, int | None, set[int]]:
    """'in October', 'march 2023', 'in 2023': a month (ambiguous 'may' needs 'in' or a year)."""
    for i, w in enumerate(words):
        month = MONTHS.index(w) + 1 if w in MONTHS else MONTH_ABBREVIATIONS.get(w)
        if month is None:
            continue
        year = _year_at(words, i + 1)
        preceded = i > 0 and words[i - 1] in {"in", "during", "for", "of", "until", "before"}
        if w == "may" and not (preceded or year):
            continue
        return month, year, {i} | ({i + 1} if year else set())
    for i in range(1, len(words)):
        if words[i - 1] in {"in", "during"} and _year_at(words, i):
            return None, _year_at(words, i), {i}
    return None, None, set()


def _year_at(words: tuple[str, ...], i: int) -> int | None:
    if i < len(words) and len(words[i]) == 4 and words[i].isdigit() and words[i][:2] == "20":
        return int(words[i])
    return None
