"""Choosing the one item a question is about, from the evidence for each candidate.

The item named in the clause that asks wins over one named as context; a
year, a city or a round said there picks an edition; the words around the
name tell an event from a call that shares it ("innovation express deadline"
is the call, "where is innovation express" the event).  When evidence cannot
tell two different items apart, the engine asks instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from bot.answering.evidence import Evidence
from bot.answering.heard import Heard
from bot.answering.listing import item_moment
from bot.answering.roles import CALL_CUES, EVENT_CUES, KIND_NOUNS
from bot.answering.text import is_number, is_year, stem, tokens
from bot.knowledge.dates import call_deadline, event_end
from bot.knowledge.items import AnyItem, Call, Event

EVENT_FAMILIES = frozenset("event conference workshop webinar meeting matchmaking".split())
TIE = 0.06  # candidates scoring within 6% of the best are as good as it, as far as we can tell
PLAUSIBLE = 0.45  # enough to offer as a "did you mean", never as an answer
PARTIAL = 0.35  # a name said this partly answers only when nothing else fits
UNIQUE = 1.5  # ... and it fits this much better than the next one
RULED_OUT_MARGIN = 1.5  # a ruled-out item named this many times better leaves no answer
CUE_FACTOR = 0.7  # the score kept by an event when the question asks about a call, and back
UNNAMED_CUE_FACTOR = 0.35  # ... when the asking clause names neither: "until when can we apply?"


@dataclass(frozen=True, slots=True)
class Decision:
    """One item, or the close candidates to offer, and whether anything was named at all."""

    chosen: Evidence | None
    rivals: tuple[Evidence, ...] = ()
    named: bool = False  # some item was named, even if refused: not a follow-up


def decide(evidence: Sequence[Evidence], heard: Heard, now: datetime) -> Decision:
    """The item the question is about, or none."""
    named = any(e.distinctive for e in evidence)
    acceptable = [e for e in evidence if e.acceptable] or _only_fit(evidence)
    if not acceptable:
        plausible = [e for e in evidence if _plausible(e)]
        return Decision(None, tuple(plausible[:3]) if len(plausible) > 1 else (), named)
    if _better_one_ruled_out(evidence, acceptable):
        return Decision(None, (), named)
    if not any(e.focus_mass for e in acceptable):  # "..., but what about X? when is its deadline"
        nearest = max(e.reach for e in acceptable)
        acceptable = [e for e in acceptable if e.reach == nearest]
    score = _cued_scores(acceptable, heard)
    good = sorted(acceptable, key=lambda e: (-score[e.item.id], e.item.id))
    best = score[good[0].item.id]
    close = [e for e in good if score[e.item.id] >= best * (1 - TIE)]
    close = _by_cue(close, heard)
    if len(close) == 1:
        return Decision(close[0], named=True)
    if _same_series([e.item for e in close]):
        return Decision(next_to_come(close, now), named=True)
    return Decision(None, tuple(close), True)


def _better_one_ruled_out(evidence: Sequence[Evidence], good: Sequence[Evidence]) -> bool:
    """The item the question names best is ruled out: a weaker namesake is no answer.

    "The JRC PRI brief 2031" is not the other JRC brief because that one has no
    2031 either: it was only ever the second choice.
    """
    ruled_out = [e.said for e in evidence if e.conflict and e.distinctive and e.in_focus]
    return max(ruled_out, default=0.0) >= RULED_OUT_MARGIN * max(e.said for e in good)


def _only_fit(evidence: Sequence[Evidence]) -> list[Evidence]:
    """A partly said name that fits one item only: "module 1 location?", "eic call deadline".

    The other modules are ruled out by their numbers, nothing else says "eic":
    what is said picks one item, though it says little of its name.
    """
    fits = sorted(
        (e for e in evidence if _partly_fits(e)),
        key=lambda e: -e.score,
    )
    if len(fits) == 1 or (len(fits) > 1 and fits[0].score >= UNIQUE * fits[1].score):
        return fits[:1]
    return []


def _partly_fits(e: Evidence) -> bool:
    """Partly named, and picked by a number, a year or its own kind ('module 1', 'eic call')."""
    return e.conflict is None and e.distinctive and e.cover >= PARTIAL and e.selected


def _plausible(evidence: Evidence) -> bool:
    return evidence.conflict is None and evidence.distinctive and evidence.cover >= PLAUSIBLE


def _cued_scores(good: Sequence[Evidence], heard: Heard) -> dict[str, float]:
    """Scores, with events or calls marked down when the asking words point to the other.

    "We met clusters at the Tallinn matchmaking day and want to make an
    Innovation Express application, until when can we apply?": the event is
    named more, but "apply" asks about the call.
    """
    score = {e.item.id: e.score for e in good}
    if len({type(e.item) for e in good if isinstance(e.item, Event | Call)}) < 2:
        return score
    named = frozenset(i for e in good for i in e.named)
    cue = _cue(heard, named, focus_only=True)
    wanted: type = Call if cue > 0 else Event
    factor = CUE_FACTOR if any(e.focus_mass for e in good) else UNNAMED_CUE_FACTOR
    named_best = max((e.cover for e in good if isinstance(e.item, wanted)), default=0.0)
    for e in good:
        other = isinstance(e.item, Event | Call) and not isinstance(e.item, wanted)
        if cue and other and e.cover <= named_best:  # never for a worse-named item
            score[e.item.id] *= factor
    return score


def _by_cue(close: list[Evidence], heard: Heard) -> list[Evidence]:
    """Between events and calls that tie, the words outside their names decide."""
    if len({type(e.item) for e in close}) < 2:
        return close
    named = frozenset(i for e in close for i in e.named)
    cue = _cue(heard, named, focus_only=True) or _cue(heard, named, focus_only=False)
    if cue == 0:
        return close
    wanted: type = Call if cue > 0 else Event
    kept = [e for e in close if isinstance(e.item, wanted)]
    return kept or close


def _cue(heard: Heard, named: frozenset[int], focus_only: bool) -> int:
    """Call words minus event words among the words that do not say a name."""
    score = 0
    for i, word in enumerate(heard.words):
        if focus_only and heard.clause(i) != heard.question.focus:
            continue
        token = stem(word)
        if i in named:  # a kind noun in the name still says what is meant: "fourth call"
            # said outright (or with a slip: "webniar"), it counts twice
            family = KIND_NOUNS.get(heard.kinds[i] or token)
            score += 2 * ((family == "call") - (family in EVENT_FAMILIES))
            continue
        said = {token, word, *heard.forms[i]}  # with a slip read right: "webniar"
        score += bool(said & CALL_CUES) - bool(said & EVENT_CUES)
    return score


def _same_series(items: Sequence[AnyItem]) -> bool:
    """Editions of one thing (2022 and 2023) differ only by their numbers."""
    shapes = {tuple(t for t in tokens(i.title) if not (is_year(t) or is_number(t))) for i in items}
    return len(shapes) == 1


def _over(item: AnyItem, now: datetime) -> bool:
    if isinstance(item, Event):
        return event_end(item) < now
    if isinstance(item, Call):
        return call_deadline(item) < now
    return True


def next_to_come(group: Sequence[Evidence], now: datetime) -> Evidence:
    """Of several editions, the next one still to come, else the latest."""

    def moment(e: Evidence) -> float:
        when = item_moment(e.item)
        return when.timestamp() if when else 0.0

    ahead = [e for e in group if not _over(e.item, now)]
    if ahead:
        return min(ahead, key=moment)
    return max(group, key=moment)
