"""How a question names an item: which of its names, where, and what is attached there.

An item is named by evidence, not by explaining every word of the question:
the words of one of its names (title, a part of the title, an alias, an
acronym) said close together form a *group*.  Words around a group that the
knowledge does not know are context ("we are a cluster from Navarra") unless
they are attached to it: inside it ("TCI *Asia Pacific* conference"), a kind
noun beside it ("ECCP *summer school*"), or a place after "in" ("the EEN
brokerage *in Valencia*").  Those name something the knowledge lacks, so the
item is refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.answering.heard import Heard
from bot.answering.intents import CLOSED_VOCABULARY
from bot.answering.matching import ACRONYM, SUMMARY, MatchIndex
from bot.answering.roles import (
    ATTACHING_PREPOSITIONS,
    FILLER_AFTER_PREPOSITION,
    KIND_NOUNS,
    families_for,
)
from bot.answering.roles import kind_agrees as _kind_agrees
from bot.answering.text import is_number, is_year, stem
from bot.knowledge.items import AnyItem

GAP = 3  # name words further apart than this are two mentions, not one
ACCEPT_COVER = 0.6  # share of a name's weight the question must say
MENTIONED_NAMES = 3  # names tried, best said first, for one that picks the item
CONTEXT_REACH = 4  # words either side of a mention where its place or month supports it
HOPELESS = 0.3  # below this share nothing more is worked out: the item cannot be the answer
GENERIC_SHARE = 0.25  # words in more names than this ("cluster") cannot pick an item
FOREIGN_PENALTY = 0.5  # weight lost per word of another item attached to this one's name
UNSAID_ROUND = 0.85  # the score kept by a name whose round or module number is not said
NAME_ONLY_KIND = 0.8  # the score kept when the kind said is only a word of the item's name
KIND_WEIGHT = 0.5  # a kind noun of a name counts half: "the pôles 2026" says "pôles day 2026"
ROUND_WORDS = frozenset("round edition cutoff cut phase module part no number wave one".split())


@dataclass(frozen=True, slots=True)
class Group:
    """One mention of a name: the positions of its words, and whether it is sound."""

    positions: tuple[int, ...]
    tokens: frozenset[str]
    clause: int
    distinctive: bool
    conflict: str | None
    weight: float  # weight of the name's words this mention says


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
    names, cover = _ranked_names(heard, index, position)
    if cover < HOPELESS:
        return Evidence(item, cover, 0.0, 0.0, frozenset(), False, None)
    name, groups = _mentions(heard, index, position, names)
    numbers = index.numbers_and_years(position)[0]
    unsaid_round = bool(numbers) and not numbers & heard.where.keys()  # "the CmR call": the 1st
    conflict = _number_conflict(heard, index, position, groups) or _group_conflict(heard, groups)
    sound = [g for g in groups if g.conflict is None]
    named = _named(heard, index, position, sound)
    excluded = frozenset(i for g in groups if g.conflict for i in g.positions) - named
    near = {j for g in sound for j in _near(heard, g.positions, CONTEXT_REACH)}
    near |= {j for j, c in enumerate(heard.question.clauses) if c == heard.question.focus}
    focus, mass = _masses(heard, index, position, excluded, near)
    mass -= _foreign_penalty(heard, index, position, sound)
    distinctive = any(g.distinctive for g in groups)  # a vetoing mention is a conflict
    factor = (UNSAID_ROUND if unsaid_round else 1.0) * _kind_fit(heard, index, position, sound)
    in_focus = any(g.clause == heard.question.focus for g in groups)
    said = max((g.weight for g in groups), default=0.0)
    reach = max(
        (heard.question.clause_weight(g.clause) for g in sound if g.distinctive), default=0.0
    )
    return Evidence(
        item, cover, focus, mass, named, distinctive, conflict, factor, said, in_focus, reach
    )


def _named(
    heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]
) -> frozenset[int]:
    """Positions that say the name, with the title's own small words between them ("info")."""
    own = index.name_words(position)
    named: set[int] = set()
    for group in groups:
        first, last = group.positions[0], group.positions[-1]
        named |= {i for i in range(first, last + 1) if stem(heard.words[i]) in own}
        while first > 0 and _own_word(heard, own, first - 1, group.clause):
            first -= 1
            named.add(first)  # "the *information* webinar" of "Vinnova information webinar"
        while last + 1 < len(heard.words) and _own_word(heard, own, last + 1, group.clause):
            last += 1
            named.add(last)
    return frozenset(named)


def _own_word(heard: Heard, own: frozenset[str], i: int, clause: int) -> bool:
    word = heard.words[i]
    return heard.clause(i) == clause and stem(word) in own and word not in _PLAIN_WORDS


_PLAIN_WORDS = frozenset("the a an of for to in on at and is are when where what how".split())


def _kind_fit(heard: Heard, index: MatchIndex, position: int, groups: Sequence[Group]) -> float:
    """Less sure when the kind said is only a word of the name, not what the item is.

    "The Alpine Space fourth call" is the call; the info session's title says
    "fourth call" too, but a session is not a call.
    """
    item = index.items[position]
    kinds = {_kind(heard, i) for g in groups for i in _near(heard, g.positions)} - {""}
    if not kinds or any(KIND_NOUNS[k] in families_for(item) for k in kinds):
        return 1.0
    return NAME_ONLY_KIND


def _near(heard: Heard, run: Sequence[int], reach: int = 2) -> list[int]:
    return [
        i for i in range(run[0] - reach, run[-1] + reach + 1) if _same_clause(heard, i, run[0])
    ]


def _ranked_names(
    heard: Heard, index: MatchIndex, position: int
) -> tuple[list[tuple[str, ...]], float]:
    """The item's names the question says, best first, and the best share of a name said.

    Best is cover times weight said: "clusters meet regions porto" says the
    title, not just its part "Porto"; "TCI 2025" says the alias, not the title.
    The cover that counts is the best of all names ("euroclusters vouchers"
    says most of the alias "Euroclusters call", little of the title).
    """
    ranked: list[tuple[float, tuple[str, ...]]] = []
    cover = 0.0
    for name in (*index.names(position), *((a,) for a in index.acronyms(position))):
        core = {t for t in name if not (is_year(t) or is_number(t))}
        if core <= KIND_NOUNS.keys():
            continue  # "Policy brief", "Webinar": a kind, not a name
        total = sum(_name_weight(index, t) for t in core)
        said = sum(_name_weight(index, t) for t in core if t in heard.where)
        if total and said:
            cover = max(cover, said / total)
            ranked.append((said * said / total, name))
    ranked.sort(key=lambda r: -r[0])
    return [name for _, name in ranked], cover


def _mentions(
    heard: Heard, index: MatchIndex, position: int, names: Sequence[tuple[str, ...]]
) -> tuple[tuple[str, ...], list[Group]]:
    """The best said name whose mentions can pick the item, with those mentions.

    "module 3 vienna" says more of the alias "cluster management training
    Vienna", but only "ESCA training module 3" is said by a word that picks.
    """
    first: tuple[tuple[str, ...], list[Group]] | None = None
    for name in names[:MENTIONED_NAMES]:
        groups = list(_groups(heard, index, position, name))
        if any(g.distinctive for g in groups):
            return name, groups
        first = first or (name, groups)
    return first or ((), [])


def _name_weight(index: MatchIndex, token: str) -> float:
    return index.weight(token) * (KIND_WEIGHT if token in KIND_NOUNS else 1.0)


def _groups(
    heard: Heard, index: MatchIndex, position: int, name: tuple[str, ...]
) -> Iterator[Group]:
    """The mentions of a name: its words said within GAP of each other in one clause."""
    spots = sorted({i for t in name for i in heard.where.get(t, ())})
    run: list[int] = []
    for i in spots:
        if run and (i - run[-1] > GAP or heard.clause(i) != heard.clause(run[-1])):
            yield _group(heard, index, position, name, run)
            run = []
        run.append(i)
    if run:
        yield _group(heard, index, position, name, run)


def _group(
    heard: Heard, index: MatchIndex, position: int, name: tuple[str, ...], run: Sequence[int]
) -> Group:
    found = frozenset(t for i in run for t in heard.forms[i] if t in name)
    places = index.places(position)
    core = frozenset(t for t in found if _can_pick(t))
    selectors = {t for t in found if is_number(t) or is_year(t)}  # "module 3", said here
    few = core - places and index.few_hold(core | selectors, _few(index))
    picking = core if few else frozenset()
    item, holds = index.items[position], _holds(index, position)
    near = _near(heard, run)
    kinds = [_kind(heard, i) for i in near]
    kind_beside = any(
        k and KIND_NOUNS[k] != "event" and _kind_agrees(k, item, holds) for k in kinds
    )
    # every word of an alias, years too: "cluster conference 2024"
    whole = set(name) <= heard.where.keys() and bool(core)
    place_and_kind = bool(core) and core <= places and kind_beside  # "the Porto workshop"
    distinctive = bool(picking) or place_and_kind or whole
    conflict = _attached(heard, index, position, run)
    weight = sum(_name_weight(index, t) for t in found)
    return Group(tuple(run), found, heard.clause(run[0]), distinctive, conflict, weight)


def _same_clause(heard: Heard, i: int, j: int) -> bool:
    return 0 <= i < len(heard.words) and heard.clause(i) == heard.clause(j)


def _can_pick(token: str) -> bool:
    """Kinds, numbers and question words ('open', 'next', 'october') never pick an item alone."""
    return not (
        token in KIND_NOUNS or is_year(token) or is_number(token) or token in CLOSED_VOCABULARY
    )


def _few(index: MatchIndex) -> int:
    """How many items a mention may fit and still pick one of them by year, place or round."""
    return max(3, int(GENERIC_SHARE * len(index)))


def _holds(index: MatchIndex, position: int) -> frozenset[str]:
    """Kind nouns the item holds itself, anywhere in its text."""
    return index.kinds_held(position, KIND_NOUNS)


def _kind(heard: Heard, i: int) -> str:
    return heard.kinds[i]


def _attached(heard: Heard, index: MatchIndex, position: int, run: Sequence[int]) -> str | None:
    """Why the words inside or right after a mention name something other than the item."""
    item, holds = index.items[position], _holds(index, position)
    first, last = run[0], run[-1]
    for i in range(first, min(last + 3, len(heard.words) - 1) + 1):
        if heard.clause(i) != heard.clause(first):
            break
        kind = _kind(heard, i)
        if kind and not _kind_agrees(kind, item, holds):
            return f"a {kind} is not what {item.id} is"
        if first < i < last and i not in run and _foreign(heard, index, position, i):
            return f"{heard.words[i]!r} inside the name is not part of {item.id}"
    while last + 1 < len(heard.words) and _same_clause(heard, last + 1, first):
        if not (_kind(heard, last + 1) or _held(index, position, heard.forms[last + 1])):
            break
        last += 1  # "clusters meet regions workshop in Dublin": the name runs on to "workshop"
    gap = _gap_before_own_word(heard, index, position, last)
    if gap:
        return f"{gap!r} inside the name is not part of {item.id}"
    return _capital_neighbour(heard, first, last) or _after_preposition(heard, last)


def _gap_before_own_word(heard: Heard, index: MatchIndex, position: int, last: int) -> str:
    """'TCI *Asia Pacific* conference': unknown words between the name and more of it."""
    for j in range(last + 2, min(last + 4, len(heard.words) - 1) + 1):
        if not _same_clause(heard, j, last):
            return ""
        if _held(index, position, heard.forms[j]):
            between = [i for i in range(last + 1, j) if _foreign(heard, index, position, i)]
            return heard.words[between[0]] if between else ""
    return ""


def _capital_neighbour(heard: Heard, first: int, last: int) -> str | None:
    """'the ECCP annual conference': an unknown acronym right beside the name names another."""
    for i in (first - 1, last + 1):
        capital = 0 <= i < len(heard.words) and heard.words[i] in heard.question.capitals
        if capital and heard.naming_word(i) and not heard.forms[i]:
            return f"{heard.words[i]!r} beside the name is another name"
    return None


def _held(index: MatchIndex, position: int, forms: tuple[str, ...]) -> bool:
    return any(index.strength(f, position) > SUMMARY for f in forms)


def _foreign(heard: Heard, index: MatchIndex, position: int, i: int) -> bool:
    """A word inside a mention that the item lacks and that is a real word of the question."""
    if not heard.naming_word(i):
        return False
    forms = heard.forms[i]
    if not forms:
        return True
    return not any(index.strength(f, position) > 0 for f in forms)


def _after_preposition(heard: Heard, last: int) -> str | None:
    """'the EEN brokerage in Valencia': an unknown word after in/at/on/about the name."""
    i = last + 1
    if i >= len(heard.words) or heard.words[i] not in ATTACHING_PREPOSITIONS:
        return None
    j = i + 1
    while j < len(heard.words) and heard.words[j] in {"the", "a", "an"}:
        j += 1
    if j >= len(heard.words) or heard.clause(j) != heard.clause(last):
        return None
    word = heard.words[j]
    if word in FILLER_AFTER_PREPOSITION or not heard.naming_word(j) or heard.forms[j]:
        return None
    return f"{word!r} after {heard.words[i]!r} names something unknown"


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
    for i, token in enumerate(heard.tokens):
        if heard.clause(i) not in clauses or i in heard.hints:
            continue
        if is_number(token) and asked and heard.clause(i) != focus:
            continue
        if is_year(token) and token not in years:
            return f"{token} is not a year of {index.items[position].id}"
        unnumbered_first = token == "1" and not numbers  # "the first call" of a series of one
        other_round = is_number(token) and token not in numbers and not unnumbered_first
        if other_round and _rounds(heard, index, i):
            return f"{token} is not a number of {index.items[position].id}"
    return None


def _rounds(heard: Heard, index: MatchIndex, i: int) -> bool:
    """A number beside a name word or a word like 'round' picks an edition; 'step 1' does not."""
    for j in range(i - 2, i + 3):
        if j == i or not _same_clause(heard, j, i):
            continue
        if _kind(heard, j) or heard.words[j] in ROUND_WORDS or stem(heard.words[j]) in ROUND_WORDS:
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
    heard: Heard, index: MatchIndex, position: int, excluded: frozenset[int], near: set[int]
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
            if strength <= SUMMARY or (strength < ACRONYM and i not in near):
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
        if any(index.naming(f) for f in forms) and not _held(index, position, forms):
            penalty += FOREIGN_PENALTY * max(index.weight(f) for f in forms)
    return penalty


def _word(heard: Heard, i: int) -> str:
    return heard.words[i] if 0 <= i < len(heard.words) else ""
