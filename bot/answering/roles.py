"""Word roles that the knowledge cannot teach: kinds of things, fillers, greetings, shorthand.

Everything else a question says is judged against the knowledge itself: a word
that no item name, tag or place contains cannot name an item, so it is context
("we are a cluster from Navarra") unless it is attached to the name the
question uses ("the EEN brokerage in Valencia", "the ECCP summer school"), in
which case it names something the knowledge lacks.  The classes here are small
and closed on purpose: they describe English, not the items.
"""

from __future__ import annotations

from bot.knowledge.items import AnyItem, Call, Event, EventKind

# Nouns that say what sort of thing is meant.  A kind noun beside a name must
# agree with the item ("the ECCP summer school" is not the ECCP conference).
# The value is the family; the families a given item accepts are in `accepts`.
KIND_NOUNS: dict[str, str] = {
    "event": "event", "edition": "event", "session": "event", "day": "event",
    "conference": "conference", "congress": "conference",
    "symposium": "conference", "convention": "conference", "forum": "conference",
    "workshop": "workshop", "training": "workshop", "course": "workshop",
    "seminar": "workshop", "masterclass": "workshop",
    "bootcamp": "workshop", "class": "workshop",
    "webinar": "webinar", "livestream": "webinar",
    "meeting": "meeting", "assembly": "meeting", "visit": "meeting", "gathering": "meeting",
    "matchmaking": "matchmaking", "brokerage": "matchmaking", "b2b": "matchmaking",
    "call": "call", "grant": "call", "competition": "call", "tender": "call", "cutoff": "call",
    "brief": "brief", "paper": "brief", "report": "brief", "study": "brief",
    "publication": "brief", "analysis": "brief", "document": "brief",
    # Kinds no item format has: beside a known name they always name something else.
    "summit": "other", "school": "other", "academy": "other", "award": "other",
    "prize": "other", "festival": "other", "hackathon": "other", "fair": "other",
    "expo": "other", "exhibition": "other", "week": "other", "roadshow": "other",
    "tour": "other", "camp": "other", "contest": "other", "challenge": "other",
    "dinner": "other", "reception": "other", "gala": "other", "party": "other",
    "ceremony": "other", "celebration": "other", "banquet": "other", "lunch": "other",
    "breakfast": "other", "excursion": "other", "concert": "other",
}  # fmt: skip

_EVENT_FAMILIES = {
    EventKind.CONFERENCE: {"event", "conference"},
    EventKind.WORKSHOP: {"event", "workshop", "webinar"},
    EventKind.WEBINAR: {"event", "webinar", "workshop"},
    EventKind.MEETING: {"event", "meeting", "conference"},
    EventKind.OTHER: {"event", "matchmaking"},
}

# After "in", "at", "on", "about" these words say when or how, never which item.
FILLER_AFTER_PREPOSITION = frozenset(
    """the a an this that these those my our your their its person english general particular
    total time advance detail details moment present least all short brief first last full
    monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night
    today tomorrow week weekend month year days weeks months years spring summer autumn fall
    winter beginning end middle start future past principle case fact addition order place
    which what whose there here it them me us you him her one ones""".split()
)
ATTACHING_PREPOSITIONS = frozenset(
    """in at on about near sur dans au aux en sobre su sul sulla sui nel nella im am auf
    uber zum zur na we""".split()
)  # English, and the bot's other languages: "le webinaire Business Finland *sur* Veturi"
# Small words of the languages titles are written in: no name is said by them
# ("Giornata Nazionale *dei* Cluster", "Reconhecimento *de* Clusters").
FOREIGN_FUNCTION_WORDS = frozenset(
    """de des du la le les et pour au aux sur en un une el los las y para por del con di dei
    degli del della delle il lo gli e per su nel nella da do dos das der die das und fur von
    im am zum zur mit o w we na z ze dla i a v pro""".split()
)

GREETINGS = frozenset(
    """hi hello hey hiya hallo howdy yo greetings morning afternoon evening bonjour salut
    coucou hola buenos buenas dias tardes ciao buongiorno buonasera guten tag moin servus
    gruss hej hei moi ahoj czesc dzien dobry ola bom dia boa tarde goedemorgen goedendag dag
    dear all folks team everyone there good""".split()
)
THANKS = frozenset(
    """thanks thank thx ty cheers merci gracias grazie danke dziekuje dekuji obrigado
    obrigada tack kiitos appreciated great perfect awesome ok okay cool nice""".split()
)

# Shorthand people type in chats, read as the word it stands for.
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "reg": ("registration",), "regs": ("registration",), "rego": ("registration",),
    "conf": ("conference",), "confs": ("conferences",), "info": ("information",),
    "infos": ("information",), "mtg": ("meeting",), "mtgs": ("meetings",),
    "intl": ("international",), "natl": ("national",), "dl": ("deadline",),
    "tmrw": ("tomorrow",), "tmr": ("tomorrow",), "pls": ("please",), "plz": ("please",),
    "thx": ("thanks",), "ty": ("thanks",), "u": ("you",), "r": ("are",), "ur": ("your",),
    "wk": ("week",), "nxt": ("next",), "whens": ("when", "is"), "wheres": ("where", "is"),
    "yr": ("year",), "wen": ("when",), "wehn": ("when",), "whn": ("when",), "wher": ("where",),
    "whr": ("where",), "wat": ("what",), "wht": ("what",),
}  # fmt: skip
_SHORT_FORMS: dict[str, frozenset[str]] = {}
for _short, _full in ABBREVIATIONS.items():
    if len(_full) == 1:
        _SHORT_FORMS[_full[0]] = _SHORT_FORMS.get(_full[0], frozenset()) | {_short}


def spellings(word: str) -> frozenset[str]:
    """A word and the shorthand it may have been typed as: 'information' was maybe 'info'.

    The question reads "info" as "information"; a title that says "info day"
    is still named by it.
    """
    return _SHORT_FORMS.get(word, frozenset()) | {word}


# Nouns a number is given to ("module two", "round one"), and the number words.
NUMBERED_NOUNS = frozenset(
    "round module part phase step call edition wave lot session cutoff track stage".split()
)
CARDINALS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip

# "last week", "every day": a time, not a kind of event.
TIME_MODIFIERS = frozenset("last next this every per a one same that each few coming".split())

# Words outside an item's name that tell a call from an event sharing that name.
CALL_CUES = frozenset(
    """deadline deadlines apply applying application applications submit submission
    proposal proposals fund funds funding funded finance grant grants eligible eligibility
    close closes closing closed open opens opened opening call cutoff budget until""".split()
)
EVENT_CUES = frozenset(
    """where venue held location city place happen happens happening attend attending
    register registration signup sign join agenda programme program speakers event day
    session webinar matchmaking meeting conference workshop took""".split()
)


def families_for(item: AnyItem) -> set[str]:
    """The kind-noun families that can describe an item."""
    if isinstance(item, Event):
        return _EVENT_FAMILIES[item.kind]
    if isinstance(item, Call):
        return {"call"}
    return {"brief"}


def kind_agrees(noun: str, item: AnyItem, item_tokens: frozenset[str]) -> bool:
    """Whether a kind noun can describe the item: its own word, or a family it belongs to."""
    return noun in item_tokens or KIND_NOUNS[noun] in families_for(item)
