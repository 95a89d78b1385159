"""Polish questions: glossed into the engine's English words, told from English, and answered.

The glossing cases pin the lexicon's rules (inflected forms, stems, months in
three cases, relative dates, names kept as written); the guessing cases that
English questions stay English; the engine cases that a Polish question gets
the answer its English counterpart gets over the dev-chat knowledge (skipped
when the shared question sets are not beside the project).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.answering.answers import Intent
from bot.answering.glossing import gloss, guess_language
from bot.answering.lexicons import LEXICONS
from bot.answering.lexicons.pl import LEXICON
from bot.answering.tongues import ENGLISH_WORDS
from tests.answering.languages import DEV_CHAT, dev_chat_engine

ZONE = ZoneInfo("Europe/Brussels")
NAMES = frozenset({"berlin", "tci", "vinnova", "anuga", "innovation", "co", "express", "b2b"})


def keep(word: str) -> bool:
    """A stand-in for the index: these words are some item's name."""
    return word in NAMES


def pl(text: str) -> str:
    return gloss(text, LEXICON, keep)


@pytest.mark.parametrize(
    ("question", "glossed"),
    [
        # question words, with and without diacritics
        ("kiedy jest TCI?", "when is TCI?"),
        ("gdzie jest TCI", "where is TCI"),
        ("do kiedy mozna skladac wnioski", "until when apply"),
        ("jak się zapisać?", "how sign up?"),
        ("jak zlozyc wniosek", "how apply"),
        # kind nouns: singular and plural told apart by the exact form, the rest by a stem
        ("nabór", "call"),
        ("nabory", "calls"),
        ("naborów", "calls"),
        ("wydarzenie", "event"),
        ("wydarzeniach", "events"),
        ("konferencje", "conferences"),
        # months in the nominative, genitive and locative
        ("czerwiec", "june"),
        ("czerwca", "june"),
        ("w czerwcu", "in june"),
        ("w lutym", "in february"),
        ("w maju", "in may"),
        # relative dates
        ("w przyszłym miesiącu", "next month"),
        ("w przyszlym tygodniu", "next week"),
        ("w tym roku", "this year"),
        ("jutro", "tomorrow"),
        # weekdays and the adjectives made of them
        ("czwartkowy webinar", "thursday webinar"),
        ("w środę", "in wednesday"),
        # status: verbs of completion, still open
        ("już się odbył", "already took place"),
        ("jeszcze otwarty", "still open"),
        # places said in Polish forms
        ("w Wiedniu", "in vienna"),
        ("w Niemczech", "in germany"),
        ("Danzig", "gdansk"),
    ],
)
def test_gloss(question: str, glossed: str) -> None:
    assert pl(question) == glossed


def test_name_words_stay_as_written() -> None:
    # a word of an item's name is never glossed, even when the lexicon knows it
    assert pl("Innovation Express termin") == "Innovation Express deadline"


def test_inflected_name_read_as_the_name() -> None:
    # a case ending replaced by the name's own: "Berlinie" -> "berlin", "Vinnovy" -> "vinnova"
    assert pl("w Berlinie") == "in berlin"
    assert pl("webinar Vinnovy") == "webinar vinnova"
    # a softened consonant restored: "Anudze" -> "anuga"
    assert pl("na Anudze") == "for anuga"


def test_short_words_are_read_unless_typed_as_a_name() -> None:
    # "co" in lower case asks "what"; "Co-Innovation" keeps its "Co"
    assert pl("co to jest Co-Innovation") == "what is Co-Innovation"


def test_phrase_keeps_a_name_inside_it() -> None:
    # "spotkania B2B" glosses to words that keep the name's "b2b"
    assert pl("spotkania B2B") == "b2b matchmaking"


def test_typos_read_through_words_and_stems() -> None:
    # one slip in a word of the tables, and in a word a stem covers
    assert pl("kidy") == "when"
    assert pl("nachodzące") == "upcoming"
    assert pl("zamnkięte nabory") == "closed calls"


def test_filler_words_are_dropped() -> None:
    # small words that carry nothing are dropped; "czy" opens a yes-or-no question like "is"
    assert pl("właśnie też chyba bardzo") == ""
    assert pl("czy nabór jest jeszcze otwarty, proszę?") == "is call is still open, please?"


def guess(text: str) -> str | None:
    return guess_language(text, LEXICONS, ENGLISH_WORDS, keep)


@pytest.mark.parametrize(
    "question",
    [
        "kiedy jest konferencja?",
        "do kiedy mozna skladac wnioski",
        "nadchodzące konferencje",
        "wydarzenia w październiku",
        "KKK strona www",
        "policy briefy",
        "Dzień dobry",
    ],
)
def test_polish_is_heard(question: str) -> None:
    assert guess(question) == "pl"


def test_a_word_polish_shares_with_german_decides_nothing() -> None:
    """'Termin' is German too (and 'ä' hints German): the fragment is never read as English."""
    assert guess("Vinnväxt termin") in {"pl", "de", None}


@pytest.mark.parametrize(
    "question",
    [
        "when was the ECCP conference?",
        "will the call open again?",
        "is there a webinar in Lyon?",
        "link to the webinar",
        "how do I apply to the Krajowy Klaster Kluczowy call?",
        "what date is the TCI conference?",
        "can we still register for Anuga?",
    ],
)
def test_english_is_never_read_as_polish(question: str) -> None:
    assert guess(question) != "pl"


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_glossing_never_raises(text: str) -> None:
    pl(text)
    guess(text)


engine = dev_chat_engine


def _names() -> list[str]:
    if not DEV_CHAT.is_dir():
        return ["TCI Global Conference 2025"]
    knowledge = engine().knowledge
    return [n for item in knowledge.items for n in (item.title, *item.aliases)]


@given(name=st.sampled_from(_names()))
@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_glossing_is_idempotent_on_item_names(name: str) -> None:
    keep_name = engine().index.in_a_name
    once = gloss(f"when is the {name}?", LEXICON, keep_name)
    assert gloss(once, LEXICON, keep_name) == once
    # every word of three letters or more of an item's name stays as written
    assert all(w in once for w in name.replace("'", " ").split() if len(w) > 2)


ENGINE_CASES = [
    # question phrase with "się", kind noun in the genitive, item named in Polish words
    ("Gdzie odbędzie się Kongres Klastrów Czeskich 2025?", "2025-09-08T08:45:00+02:00",
     Intent.WHERE, "czech-cluster-congress-2025"),
    # "termin składania wniosków" is the deadline, not how to apply
    ("jaki jest termin składania wniosków w naborze na małe projekty BSR?",
     "2026-01-12T11:00:00+01:00", Intent.WHEN, "interreg-bsr-small-projects-call-2026"),
    # "gdzie odbywa się": where, with the item's English name kept
    ("Gdzie odbywa się TCI Global Conference 2025?", "2025-10-22T11:00:00+02:00", Intent.WHERE,
     "tci-global-conference-2025"),
    # a city in its locative ("w Wiedniu") and an ordinal in the genitive ("trzeci moduł")
    ("kiedy jest trzeci moduł szkolenia w Wiedniu?", "2025-10-27T16:00:00+01:00", Intent.WHEN,
     "cluster-manager-training-2025-module-3"),
    # registration: "jak się zapisać na"
    ("jak się zapisać na webinar Vinnovy?", "2025-05-20T10:00:00+02:00", Intent.REGISTER,
     "vinnova-vinnvaxt-webinar-2025"),
    # applying: "czy możemy jeszcze złożyć wniosek"
    ("czy możemy jeszcze złożyć wniosek w duńskim naborze?", "2025-09-08T08:45:00+02:00",
     Intent.REGISTER, "danish-cluster-excellence-call-2025"),
    # link: "strona www", a fragment without a verb
    ("KKK strona www", "2025-05-20T10:00:00+02:00", Intent.LINK, "polish-key-clusters-call-2025"),
    # status: "jest jeszcze otwarty" asks the dates
    ("czy nabór KKK jest jeszcze otwarty?", "2025-05-20T10:00:00+02:00", Intent.WHEN,
     "polish-key-clusters-call-2025"),
    # status: "już się odbył" asks the dates
    ("czy moduł online szkolenia ESCA już się odbył?", "2025-10-27T16:00:00+01:00", Intent.WHEN,
     "cluster-manager-training-2025-module-2"),
    # about: "o czym jest", and "policy brief" before a name is the kind's
    ("o czym jest duński policy brief?", "2026-05-18T09:00:00+02:00", Intent.ABOUT,
     "danish-cluster-impact-brief-2025"),
    # typos and no diacritics: "kidy", "modul", "berlinie"
    ("kidy sie odbywa pierwszy modul szkolenia w berlinie", "2025-09-08T08:45:00+02:00",
     Intent.WHEN, "cluster-manager-training-2025-module-1"),
    # context before the question: a clause of who we are, then "jak się zapisać"
    ("Jesteśmy klastrem z Pomorza i chcemy pojechać na kongres klastrów czeskich w Hradcu "
     "Králové, jak się zapisać?", "2025-10-22T11:00:00+02:00", Intent.REGISTER,
     "czech-cluster-congress-2025"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "now", "intent", "item_id"), ENGINE_CASES)
def test_engine_answers(question: str, now: str, intent: Intent, item_id: str) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent, answer.item_id, answer.language) == (intent, item_id, "pl")


@pytest.mark.parametrize(
    ("question", "now", "items"),
    [
        # a month in the locative
        ("wydarzenia w październiku", "2025-09-08T08:45:00+02:00",
         {"cluster-manager-training-2025-module-2", "een-anuga-koeln-brokerage-2025",
          "innovation-express-matchmaking-2025", "tci-global-conference-2025"}),
        # status and plural kind: "zamknięte nabory"
        ("zamknięte nabory", "2025-10-27T16:00:00+01:00",
         {"aei-cluster-support-call-2025", "danish-cluster-excellence-call-2025",
          "interreg-bsr-core-projects-call-4", "polish-key-clusters-call-2025",
          "vinnvaxt-call-2025"}),
        # a relative window: "w przyszłym miesiącu"
        ("wydarzenia w przyszłym miesiącu", "2026-05-18T09:00:00+02:00",
         {"een-biemh-bilbao-brokerage-2026"}),
        # a country said in Polish, in its locative
        ("nadchodzące wydarzenia w Niemczech", "2025-10-27T16:00:00+01:00",
         {"go-cluster-annual-conference-2025"}),
    ],
)  # fmt: skip
def test_engine_lists(question: str, now: str, items: set[str]) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent, set(answer.items)) == (Intent.LIST, items)


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # a greeting and a request for help
        ("Dzień dobry", Intent.HELP),
        ("cześć, o co mogę cię zapytać?", Intent.HELP),
        ("w czym możesz mi pomóc?", Intent.HELP),
        # thanks
        ("dziękuję bardzo!", Intent.HELP),
    ],
)
def test_small_talk(question: str, intent: Intent) -> None:
    answer = engine().ask(question, datetime.fromisoformat("2025-05-20T10:00:00+02:00"))
    assert (answer.intent, answer.item_id) == (intent, None)


@pytest.mark.parametrize(
    "question",
    [
        # an edition the knowledge lacks
        "kiedy jest kongres klastrów czeskich 2027?",
        # a place the knowledge lacks, in its locative
        "jak się zapisać na brokerage EEN w Poznaniu?",
        # chit-chat
        "jaka będzie jutro pogoda w Gdańsku?",
    ],
)
def test_unknowns_get_no_item(question: str) -> None:
    answer = engine().ask(question, datetime.fromisoformat("2025-05-20T10:00:00+02:00"))
    assert answer.item_id is None
    assert answer.intent is not Intent.LIST


@pytest.mark.parametrize(
    ("text", "glossed"),
    [
        # domain words in their cases, with and without diacritics
        ("seminarium dla wnioskodawców", "applicant seminar"),
        ("wnioskodawcow", "applicant"),
        ("łańcuchy dostaw", "supply chain"),
        ("gospodarka o obiegu zamkniętym", "circular economy"),
        ("w gospodarce o obiegu zamknietym", "in circular economy"),
        ("grupy roboczej", "working group"),
        ("pomoc publiczna", "state aid"),
        ("wspólnota praktyków", "community of practice"),
    ],
)
def test_domain_words_are_glossed(text: str, glossed: str) -> None:
    assert pl(text) == glossed


DOMAIN_CASES = [
    # "sesja informacyjna dla wnioskodawców": the title's "information session for applicants"
    ("kiedy jest sesja informacyjna dla wnioskodawców Przestrzeni Alpejskiej?",
     "2026-01-05T10:00:00+01:00", Intent.WHEN, "alpine-space-fourth-call-info-session"),
    # "luka innowacyjna" in its locative: "closing the regional innovation divide"
    ("o czym jest notatka JRC o luce innowacyjnej między regionami?",
     "2025-12-01T10:00:00+01:00", Intent.ABOUT, "jrc-innovation-divide-brief-2025"),
    # "modele biznesowe" in the locative: the module on "financing and business models"
    ("kiedy jest moduł o modelach biznesowych?", "2025-09-08T08:45:00+02:00", Intent.WHEN,
     "cluster-manager-training-2025-module-2"),
    # "spotkanie partnerów i wizyty terenowe": "partner meeting and site visits"
    ("gdzie jest spotkanie partnerów i wizyty terenowe Vanguard?", "2025-08-01T08:45:00+02:00",
     Intent.WHERE, "vanguard-adma-pilot-meeting-2025"),
    # "wnioski z pilotażu" are the lessons, not applications: "lessons from the pilot"
    ("o czym jest brief JRC o partnerstwach na rzecz innowacji regionalnych i wnioskach z "
     "pilotażu?", "2025-05-20T10:00:00+02:00", Intent.ABOUT, "jrc-pri-brief-2024"),
    # "dzień kojarzenia" is the matchmaking day, not the joint call of the same name
    ("kiedy jest Dzień Kojarzenia Innovation Express?", "2025-05-20T10:00:00+02:00",
     Intent.WHEN, "innovation-express-matchmaking-2025"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "now", "intent", "item_id"), DOMAIN_CASES)
def test_translated_title_words_find_their_item(
    question: str, now: str, intent: Intent, item_id: str
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent, answer.item_id, answer.language) == (intent, item_id, "pl")


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("przypomnij mi o konferencji ECCP", "remind me about"),
        ("powiadom mnie o nowych warsztatach", "notify me of"),
        ("przestań mi przypominać o naborze CmR", "stop reminding me about"),
    ],
)
def test_subscription_requests_are_glossed_into_the_english_verbs(
    question: str, english: str
) -> None:
    assert pl(question).lower().startswith(english)
