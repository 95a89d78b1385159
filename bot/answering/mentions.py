"""How a question says an item's name: its mentions, and what is attached to them.

The words of one of an item's names (title, a part of the title, an alias, an
acronym) said close together in one clause form a *mention*.  Words around
a mention that the knowledge does not know are context ("we are a cluster
from Navarra") unless they are attached to it: inside it ("TCI *Asia
Pacific* conference"), a kind noun beside it ("ECCP *summer school*"), an
unknown acronym next to it ("the *EWRC* annual conference"), or a word after
"in", "at", "on" ("the EEN brokerage *in Valencia*").  Those name something
the knowledge lacks, and the mention is in conflict.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.answering.heard import Heard
from bot.answering.item_index import SUMMARY
from bot.answering.item_words import kind_modifier
from bot.answering.matching import MatchIndex
from bot.answering.question import asks
from bot.answering.question_words import CLOSED_VOCABULARY
from bot.answering.roles import ATTACHING_PREPOSITIONS, FILLER_AFTER_PREPOSITION, KIND_NOUNS
from bot.answering.roles import kind_agrees as _kind_agrees
from bot.answering.text import is_number, is_year

GAP = 3  # name words further apart than this are two mentions, not one

MENTIONED_NAMES = 3  # names tried, best said first, for one that picks the item

GENERIC_SHARE = 0.25  # words in more names than this ("cluster") cannot pick an item

KIND_WEIGHT = 0.5  # a kind noun of a name counts half: "the pôles 2026" says "pôles day 2026"


@dataclass(frozen=True, slots=True)
class Group:
    """One mention of a name: the positions of its words, and whether it is sound."""

    positions: tuple[int, ...]
    tokens: frozenset[str]
    clause: int
    distinctive: bool
    conflict: str | None
    weight: float  # weight of the name's words this mention says


def ranked_names(
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
        total = sum(name_weight(index, t) for t in core)
        said = sum(name_weight(index, t) for t in core if t in heard.where)
        if total and said:
            cover = max(cover, said / total)
            ranked.append((said * said / total, name))
    ranked.sort(key=lambda r: -r[0])
    return [name for _, name in ranked], cover


def mentions(
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


def name_weight(index: MatchIndex, token: str) -> float:
    """A name word's weight; a kind noun counts half ('the pôles 2026' says 'pôles day 2026')."""
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
    item, holds = index.items[position], kinds_held(index, position)
    kinds = [kind_of(heard, i) for i in near(heard, run)]
    kind_beside = any(
        k and KIND_NOUNS[k] != "event" and _kind_agrees(k, item, holds) for k in kinds
    )
    # every word of an alias, years too: "cluster conference 2024"
    whole = set(name) <= heard.where.keys() and bool(core)
    place_and_kind = bool(core) and core <= places and kind_beside  # "the Porto workshop"
    distinctive = (bool(picking) or place_and_kind or whole) and not _verb_use(heard, run)
    conflict = _attached(heard, index, position, run)
    weight = sum(name_weight(index, t) for t in found)
    return Group(tuple(run), found, heard.clause(run[0]), distinctive, conflict, weight)


_VERB_SLOT = frozenset("to can could should would will must might lets i we you they".split())
_MODALS = frozenset("will would may might could should must shall".split())
_ARTICLES = frozenset({"a", "an"})
_DETERMINERS = frozenset("the a an my our your their its this these those his her".split())
# After a modal the name may still be the subject: "will rise be online?"
_SUBJECT_VERBS = frozenset("be take start begin end open close happen still".split())


def _verb_use(heard: Heard, run: Sequence[int]) -> bool:
    """A one-word name typed in lower case and used as an English word names nothing.

    "How can I boost the visibility of my cluster?" does not ask about the
    BOOST conference: after "can I" / "to" and before what it acts on
    ("the visibility", "SME participation") the word is English, not a name.
    After a modal ("prices will rise") it is a verb, after "a"/"an" ("a spark
    of creativity") a noun, unless a kind noun follows ("a rise meeting").
    """
    said = [i for i in run if i not in heard.hints]  # "next year" only hints a year
    if len(said) != 1:
        return False
    i = said[0]
    word = heard.words[i]
    if word in heard.question.capitals:
        return False
    if _said_in_passing(heard, i):
        return True
    if i == 0:
        return False
    before = heard.words[i - 1]
    if before in _MODALS or before in _ARTICLES:
        return not _named_after(heard, i, before in _MODALS)
    if before not in _VERB_SLOT or not same_clause(heard, i + 1, i):
        return False
    after = heard.words[i + 1]
    return after in _DETERMINERS or (heard.naming_word(i + 1) and not kind_of(heard, i + 1))


def _said_in_passing(heard: Heard, i: int) -> bool:
    """'rise and shine!': nothing asked, no kind beside it, and words no item knows around it."""
    if asks(heard.words) or any(kind_of(heard, j) for j in near(heard, [i])):
        return False
    return any(
        not heard.forms[j] and heard.naming_word(j)
        for j in range(len(heard.words))
        if j != i and same_clause(heard, j, i)
    )


def _named_after(heard: Heard, i: int, modal: bool) -> bool:
    """Whether the next word makes the i-th one a name: a kind noun, or a verb it is subject of."""
    if not same_clause(heard, i + 1, i):
        return False
    after = heard.words[i + 1]
    return bool(kind_of(heard, i + 1)) or (modal and after in _SUBJECT_VERBS)


def same_clause(heard: Heard, i: int, j: int) -> bool:
    """Whether position i exists and is in the clause of position j."""
    return 0 <= i < len(heard.words) and heard.clause(i) == heard.clause(j)


def _can_pick(token: str) -> bool:
    """Kinds, numbers and question words ('open', 'next', 'october') never pick an item alone."""
    return not (
        token in KIND_NOUNS or is_year(token) or is_number(token) or token in CLOSED_VOCABULARY
    )


def _few(index: MatchIndex) -> int:
    """How many items a mention may fit and still pick one of them by year, place or round."""
    return max(3, int(GENERIC_SHARE * len(index)))


def kinds_held(index: MatchIndex, position: int) -> frozenset[str]:
    """Kind nouns the item holds itself, anywhere in its text."""
    return index.kinds_held(position, KIND_NOUNS)


def kind_of(heard: Heard, i: int) -> str:
    """The kind noun the i-th word is, or ''."""
    return heard.kinds[i]


def _attached(heard: Heard, index: MatchIndex, position: int, run: Sequence[int]) -> str | None:
    """Why the words inside or right after a mention name something other than the item."""
    item, holds = index.items[position], kinds_held(index, position)
    first, last = run[0], run[-1]
    for i in range(first, min(last + 3, len(heard.words) - 1) + 1):
        if heard.clause(i) != heard.clause(first):
            break
        kind = kind_of(heard, i)
        if kind and not _kind_agrees(kind, item, holds):
            return f"a {kind} is not what {item.id} is"
        if first < i < last and i not in run and _foreign(heard, index, position, i):
            return f"{heard.words[i]!r} inside the name is not part of {item.id}"
    while last + 1 < len(heard.words) and same_clause(heard, last + 1, first):
        if not (kind_of(heard, last + 1) or held(index, position, heard.forms[last + 1])):
            break
        last += 1  # "clusters meet regions workshop in Dublin": the name runs on to "workshop"
    gap = _gap_before_own_word(heard, index, position, last)
    if gap:
        return f"{gap!r} inside the name is not part of {item.id}"
    return _capital_neighbour(heard, first, last) or _after_preposition(
        heard, index, position, last
    )


def _gap_before_own_word(heard: Heard, index: MatchIndex, position: int, last: int) -> str:
    """'TCI *Asia Pacific* conference': unknown words between the name and more of it."""
    for j in range(last + 2, min(last + 4, len(heard.words) - 1) + 1):
        if not same_clause(heard, j, last):
            return ""
        if held(index, position, heard.forms[j]):
            between = [i for i in range(last + 1, j) if _foreign(heard, index, position, i)]
            return heard.words[between[0]] if between else ""
    return ""


def _capital_neighbour(heard: Heard, first: int, last: int) -> str | None:
    """An unknown acronym beside the name, or an unknown proper name right after it.

    "The ECCP annual conference", "the Interreg Polska-Saksonia call": those
    name another thing.
    """
    question = heard.question
    for i, written in (
        (first - 1, question.capitals),
        (last + 1, question.capitals | question.titled),
    ):
        capital = 0 <= i < len(heard.words) and heard.words[i] in written
        if capital and heard.clause(i) == heard.clause(first) and heard.naming_word(i):
            if heard.forms[i]:
                continue
            return f"{heard.words[i]!r} beside the name is another name"
    return None


def held(index: MatchIndex, position: int, forms: tuple[str, ...]) -> bool:
    """Whether the item holds one of these tokens in a name or its context."""
    return any(index.strength(f, position) > SUMMARY for f in forms)


def _foreign(heard: Heard, index: MatchIndex, position: int, i: int) -> bool:
    """A word inside a mention that the item lacks and that is a real word of the question.

    "The Danish *policy* brief": the kind's own modifier, which no name keeps.
    """
    if not heard.naming_word(i) or _modifies_kind(heard, i):
        return False
    forms = heard.forms[i]
    if not forms:
        return True
    return not any(index.strength(f, position) > 0 for f in forms)


def _modifies_kind(heard: Heard, i: int) -> bool:
    """The 'policy' of 'policy brief', also when typed with a slip ('ploicy brief')."""
    after = heard.words[i + 1 : i + 2]
    return any(kind_modifier((said, *after), 0) for said in (heard.words[i], *heard.forms[i]))


def _after_preposition(heard: Heard, index: MatchIndex, position: int, last: int) -> str | None:
    """'the EEN brokerage in Valencia': an unknown word after in/at/on/about the name.

    A place of another item is no better: "the S3 conference 2027 in Brussels"
    is not the one in Seville, however fully its title is said.
    """
    i = last + 1
    if i >= len(heard.words) or heard.words[i] not in ATTACHING_PREPOSITIONS:
        return None
    j = i + 1
    while j < len(heard.words) and heard.words[j] in {"the", "a", "an"}:
        j += 1
    if j >= len(heard.words) or heard.clause(j) != heard.clause(last):
        return None
    word, forms = heard.words[j], heard.forms[j]
    if word in FILLER_AFTER_PREPOSITION or not heard.naming_word(j):
        return None
    if forms and any(index.is_place(f) for f in forms) and not held(index, position, forms):
        return f"{word!r} after {heard.words[i]!r} is another item's place"
    if forms:
        return None
    return f"{word!r} after {heard.words[i]!r} names something unknown"


def near(heard: Heard, run: Sequence[int], reach: int = 2) -> list[int]:
    """Positions within `reach` words of a run, in its clause."""
    return [i for i in range(run[0] - reach, run[-1] + reach + 1) if same_clause(heard, i, run[0])]
