"""What a list question asks for: kinds, status, time window, month and year.

"Which calls are open?", "events in October", "what did we miss?" select
several items; the signals are read here apart from the intent so the
listing code gets one value that says how surely the question is a list.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.question_words import (
    APPLY_NOW,
    GENERAL_LIST,
    LIST_VERBS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    OPENING_WORDS,
    PAST_COMPLETION,
    PLURAL_KINDS,
    SINGULAR_KINDS,
    STATUS_WORDS,
    WINDOW_PHRASES,
    find_phrases,
)


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


def read_list_signals(words: tuple[str, ...]) -> tuple[ListSignals, set[int]]:
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
