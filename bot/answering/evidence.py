"""How strongly a question names an item, and whether it can be the answer.

An item is named by evidence, not by explaining every word of the question:
its mentions (`bot.answering.mentions`) say how much of which name is said,
and where.  Here they are weighed: how much of the item the asking clause
says, how much the rest of the question, which doubts lower that (a round
number the question does not say, a kind that is only a word of the name,
another item's word right beside the mention) and which rule it out (a year
or round the item lacks, a conflicting mention where the question asks).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.answering.heard import Heard
from bot.answering.item_index import ACRONYM, SUMMARY
from bot.answering.matching import MatchIndex
from bot.answering.mentions import (
    Group,
    held,
    kind_of,
    mentions,
    near,
    ranked_names,
    same_clause,
)
from bot.answering.roles import ATTACHING_PREPOSITIONS, KIND_NOUNS, families_for, spellings
from bot.answering.text import is_number, is_year, stem
from bot.knowledge.items import AnyItem

ACCEPT_COVER = 0.6  # share of a name's weight the question must say
CONTEXT_REACH = 4  # words either side of a mention where its place or month supports it
HOPELESS = 0.3  # below this share nothing more is worked out: the item cannot be the answer
FOREIGN_PENALTY = 0.5  # weight lost per word of another item attached to this one's name
UNSAID_ROUND = 0.85  # the score kept by a name whose round or module number is not said
NAME_ONLY_KIND = 0.8  # the score kept when the kind said is only a word of the item's name
ROUND_WORDS = frozenset("round edition cutoff cut phase module part no number wave one".split())


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the question says about one item, and whether it can be the answer."""

    item: AnyItem
    cover: float  # share of the best name's weight said (numbers and years aside)
    focus_mass: float  # weight of the item's words in the clause that asks
    mass: float  # weight of the item's words anywhere, the focus clause counting most
    named: frozenset[int]  # positions of the words that say the name
    distinctive: bool  # a sound mention holds a word that only few items have
    conflict: str | None  # why the question cannot be about this item
    factor: float = 1.0  # doubts that lower the score without ruling the item out
    said: float = 0.0  # weight of the best name's words said
    in_focus: bool = False  # the name is said in the clause that asks
    reach: float = 0.0  # weight of the nearest clause to the asking one where the name is said
    selected: bool = False  # a number, year or the item's own kind is said with the name

    @property
    def acceptable(self) -> bool:
        """Named clearly enough, by a word that picks it, with nothing against it."""
        return self.conflict is None and self.distinctive and self.cover >= ACCEPT_COVER

    @property
    def score(self) -> float:
        """Ranks acceptable items: the focus clause first, the rest of the question next."""
        return (self.focus_mass + 0.35 * self.mass) * self.factor


def weigh(heard: Heard, index: MatchIndex, position: int) -> Evidence:
    """The evidence the question gives for the item at `position` of the index."""
    item = index.items[position]
    names, cover = ranked_names(heard, index, position)
    if cover < HOPELESS:
        return Evidence(item, cover, 0.0, 0.0, frozenset(), False, None)
    name, groups = mentions(heard, index, position, names)
    numbers = index.numbers_and_years(position)[0]
    unsaid_round = bool(numbers) and not numbers & _said_numbers(heard, groups)  # "the CmR call"
    conflict = _number_conflict(heard, index, position, groups) or _group_conflict(heard, groups)
    sound = [g for g in groups if g.conflict is None]
    named = _named(heard, index, position, [g for g in sound if g.distinctive] or sound)
    excluded = frozenset(i for g in groups if g.conflict for i in g.positions) - named
    beside = {j for g in sound for j in near(heard, g.positions, CONTEXT_REACH)}
    beside |= {j for j, c in enumerate(heard.question.clauses) if c == heard.question.focus}
    focus, mass = _masses(heard, index, position, excluded, beside)
    mass -= _foreign_penalty(heard, index, position, sound)
    distinctive = any(g.distinctive for g in groups)  # a vetoing mention is a conflict
    factor = (UNSAID_ROUND if unsaid_round else 1.0) * _kind_fit(heard, index, position, sound)
    in_focus = any(g.clause == heard.question.focus for g in groups)
    said = max((g.weight for g in groups), default=0.0)
    reach = max(
        (heard.question.clause_weight(g.clause) for g in sound if g.distinctive), default=0.0
    )
    selected = any(is_number(t) or is_year(t) for g in sound for t in g.tokens) or bool(
        _own_kinds_said(heard, index, position, sound)
    )
    return Evidence(
        item, cover, focus, mass, named, distinctive, conflict, factor, said, in_focus, reach,
        selected,
    )  # fmt: skip


def _said_numbers(heard: Heard, groups: Sequence[Group]) -> set[str]:
    """The tokens said where they count: in the asking clause, if the item is named there.

    "We did module 1 in Aveiro, when is the Gothenburg module?": the 1 is
    context, it does not make module 1 the better-numbered answer.
    """
    focus = heard.question.focus
    asked = any(g.clause == focus and g.distinctive and not g.conflict for g in groups)
    return {
        f
        for i, forms in enumerate(heard.forms)
        if not asked or heard.clause(i) == focus
        for f in forms
    }


def _named(
    heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]
) -> frozenset[int]:
    """Positions that say the name, with the title's own small words between them ("info")."""
    own = index.name_words(position)
    named: set[int] = set()
    for group in groups:
        first, last = group.positions[0], group.positions[-1]
        named |= {i for i in range(first, last + 1) if _said_as(heard.words[i], own)}
        while first > 0 and _own_word(heard, own, first - 1, group.clause):
            first -= 1
            named.add(first)  # "the *information* webinar" of "Vinnova information webinar"
        while last + 1 < len(heard.words) and _own_word(heard, own, last + 1, group.clause):
            last += 1
            named.add(last)
    return frozenset(named)


def _own_word(heard: Heard, own: frozenset[str], i: int, clause: int) -> bool:
    word = heard.words[i]
    return heard.clause(i) == clause and _said_as(word, own) and word not in _PLAIN_WORDS


def _said_as(word: str, own: frozenset[str]) -> bool:
    """Whether a question word is one of the name's words, as typed or as its shorthand."""
    return any(stem(w) in own for w in spellings(word))


_PLAIN_WORDS = frozenset("the a an of for to in on at and is are when where what how".split())


def _own_kinds_said(
    heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]
) -> set[str]:
    """Kind nouns said beside the mentions that are what the item is ('the EIC *call*')."""
    item = index.items[position]
    kinds = {kind_of(heard, i) for g in groups for i in near(heard, g.positions)} - {""}
    return {k for k in kinds if KIND_NOUNS[k] in families_for(item)}


def _kind_fit(heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]) -> float:
    """Less sure when the kind said is only a word of the name, not what the item is.

    "The Alpine Space fourth call" is the call; the info session's title says
    "fourth call" too, but a session is not a call.
    """
    item, own = index.items[position], index.alias_kinds(position)
    kinds = {kind_of(heard, i) for g in groups for i in near(heard, g.positions)} - {""}
    if not kinds or any(KIND_NOUNS[k] in families_for(item) or k in own for k in kinds):
        return 1.0  # its own kind, or what an alias calls it ("go-cluster annual meeting")
    return NAME_ONLY_KIND


def _number_conflict(
    heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]
) -> str | None:
    """A year the item lacks, or a number where its names have other numbers."""
    numbers, years = index.numbers_and_years(position)
    focus = heard.question.focus
    asked = any(g.clause == focus and g.distinctive and not g.conflict for g in groups)
    # Named where the question asks, only the numbers said there count:
    # "is module 3 ... in Berlin, like module 1?" is about module 3.
    clauses = {g.clause for g in groups} | {focus}
    year_asked = any(is_year(t) and heard.clause(i) == focus for i, t in enumerate(heard.tokens))
    for i, token in enumerate(heard.tokens):
        if heard.clause(i) not in clauses or i in heard.hints:
            continue
        if is_number(token) and asked and heard.clause(i) != focus:
            continue
        if is_year(token) and asked and heard.clause(i) != focus and year_asked:
            continue  # "after EWRC 2026, when is EWRC 2027?": the other edition is context
        if is_year(token) and token not in years:
            return f"{token} is not a year of {index.items[position].id}"
        if _other_number_of(heard, index, position, i):
            return f"{heard.words[i]!r} numbers another {_numbered_noun(heard, i)!r}"
        unnumbered_first = token == "1" and not numbers  # "the first call" of a series of one
        other_round = is_number(token) and token not in numbers and not unnumbered_first
        if other_round and _rounds(heard, index, i):
            return f"{token} is not a number of {index.items[position].id}"
    return None


def _numbered_noun(heard: Heard, i: int) -> str:
    """The word the i-th word numbers ('round' of "third round" and of "round 3"), or ''."""
    word = heard.words[i]
    j = i - 1 if word.isdigit() else i + 1
    return stem(heard.words[j]) if same_clause(heard, j, i) else ""


def _other_number_of(heard: Heard, index: MatchIndex, position: int, i: int) -> bool:
    """'The third round' of an item whose names say 'second round': another round.

    Every number may be the item's ("third call, second round" has a 3), yet
    the word it numbers has another number in the item's names.
    """
    token = heard.tokens[i]
    if not is_number(token):
        return False
    given = index.numbered(position).get(_numbered_noun(heard, i))
    return given is not None and token not in given


def _rounds(heard: Heard, index: MatchIndex, i: int) -> bool:
    """A number beside a name word or a word like 'round' picks an edition; 'step 1' does not."""
    for j in range(i - 2, i + 3):
        if j == i or not same_clause(heard, j, i):
            continue
        if (
            kind_of(heard, j)
            or heard.words[j] in ROUND_WORDS
            or stem(heard.words[j]) in ROUND_WORDS
        ):
            return True
        if any(index.naming(f) and not (is_number(f) or is_year(f)) for f in heard.forms[j]):
            return True
    return False


def _group_conflict(heard: Heard, groups: Sequence[Group]) -> str | None:
    """A bad mention vetoes the item when it is in the asking clause, or when it is all there is.

    "After the Alpine Space info session, where do we submit for the fourth
    call?": the session mention is context, the call is named in the question.
    A lesser mention does not veto a stronger sound one either: the "regional"
    of "a regional development agency" is not the webinar's "regional".
    """
    bad = [g for g in groups if g.conflict and g.distinctive]
    sound = max((g.weight for g in groups if g.conflict is None), default=0.0)
    in_focus = [g for g in bad if g.clause == heard.question.focus and g.weight >= sound]
    if in_focus:
        return in_focus[0].conflict
    if not bad or sound:
        return None
    return bad[0].conflict


def _masses(
    heard: Heard, index: MatchIndex, position: int, excluded: frozenset[int], beside: set[int]
) -> tuple[float, float]:
    """Weight of the item's words said in the focus clause, and in the whole question.

    A word of the item's context (its place, organiser, tags, month) counts
    only beside a mention of it or in the clause that asks: "I work for a
    regional development agency" says nothing about a Development Agency's event.
    """
    best_focus: dict[str, float] = {}
    best_all: dict[str, float] = {}
    for i, forms in enumerate(heard.forms):
        if i in excluded:
            continue
        for token in forms:
            strength = index.strength(token, position)
            if strength <= SUMMARY or (strength < ACRONYM and i not in beside):
                continue
            value = index.weight(token) * strength
            later = 0.6 + 0.4 * i / len(heard.words)  # "... the congress in May, where is it?"
            weighted = value * later * heard.question.clause_weight(heard.clause(i))
            best_all[token] = max(best_all.get(token, 0.0), weighted)
            if heard.clause(i) == heard.question.focus and strength >= ACRONYM:
                best_focus[token] = max(best_focus.get(token, 0.0), value)
    return sum(best_focus.values()), sum(best_all.values())


def _foreign_penalty(
    heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]
) -> float:
    """Words of other items said right at a mention count against this item.

    "The EEN brokerage in Bilbao" counts against the Köln brokerage, "ECCP
    call for expression of interest" against the call that is not ECCP's.
    """
    spots: set[int] = set()
    for group in groups:
        first, last = group.positions[0], group.positions[-1]
        spots |= {first - 1, last + 1}
        if last + 1 < len(heard.words) and heard.words[last + 1] in ATTACHING_PREPOSITIONS:
            spots.add(last + 3 if _word(heard, last + 2) == "the" else last + 2)
    penalty = 0.0
    for j in spots:
        if not (0 <= j < len(heard.words) and heard.naming_word(j)):
            continue  # "an Innovation Express application": a question word, not a name
        forms = heard.forms[j]
        if any(index.naming(f) for f in forms) and not held(index, position, forms):
            penalty += FOREIGN_PENALTY * max(index.weight(f) for f in forms)
    return penalty


def _word(heard: Heard, i: int) -> str:
    return heard.words[i] if 0 <= i < len(heard.words) else ""
