"""Italian questions: glossed into the engine's English, recognised as Italian, answered.

The glossing and guessing cases are pure; the engine cases run over the
dev-chat knowledge (skipped when the shared folder is absent), each with the
rule it checks.  Italian specifics: elisions ("dov'è", "quest'anno",
"all'anuga"), articulated prepositions, accents typed or not, doubled
consonants typed wrong ("iscrizzione"), formal "Lei" and informal "tu".
"""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.answers import Intent
from bot.answering.engine import Engine
from bot.answering.glossing import gloss, guess_language
from bot.answering.lexicons import LEXICONS
from bot.answering.lexicons.it import LEXICON
from bot.answering.text import words
from bot.answering.tongues import ENGLISH_WORDS
from tests.answering.languages import dev_chat_engine

NAMES = frozenset({"giornata", "alpine", "space", "vinnvaxt", "danish", "cluster"})


def _keep(word: str) -> bool:
    return word in NAMES


def _gloss(text: str) -> str:
    return gloss(text, LEXICON, _keep)


@pytest.mark.parametrize(
    ("italian", "english"),
    [
        ("quando è?", "when is?"),  # the accent on "è" folds away: "e" is "is"
        ("quand'è?", "when is?"),  # elision split at the apostrophe
        ("dov'è?", "where is?"),
        ("qual e' la scadenza?", "what is the deadline?"),  # "e'" typed for "è"
        ("cosa c'è questo mese?", "whats on this month?"),
        ("bandi che scadono il mese prossimo", "calls close next month"),  # word order
        ("eventi la prossima settimana", "events next week"),
        ("eventi la settimana prossima", "events next week"),
        ("quest'anno", "this year"),
        ("iscrizzione", "register"),  # a doubled consonant typed wrong
        ("isrcizione", "registration"),  # one slip, read through the lexicon's single words
        ("giovedì", "thursday"),
        ("giovedi", "thursday"),  # without the accent
        ("di maggio", "of in may"),  # "maggio" is always the month, never the verb "may"
        ("quali eventi ci sono già stati?", "which events already happened?"),
        ("mi può dire quando si tiene?", "tell me when take place?"),  # formal "Lei"
        ("puoi dirmi quando si tiene?", "tell me when take place?"),  # informal "tu"
        ("eventi in Germania", "events in germany"),  # a country said in Italian
        ("il brokerage a Colonia", "the brokerage in cologne"),  # a city said in Italian
        # A yes-or-no question is said by its tone: the verb is put in front as in English.
        ("la conferenza è in corso?", "is the conference is ongoing?"),
        # "webinar" and "workshop" do not change in the plural: the adjective beside them tells.
        ("workshop passati", "past workshops"),
        ("quali webinar ci sono?", "which webinars are there?"),
        # A denied completion asks for what is still ahead.
        ("scadenze non ancora passate", "deadlines havent passed yet"),
    ],
)
def test_italian_question_words_are_glossed_into_the_engines_english(
    italian: str, english: str
) -> None:
    assert _gloss(italian) == english


def test_a_word_of_an_item_name_is_never_glossed() -> None:
    # "Giornata" is in a title: it names the item, it is not read as "day".
    assert _gloss("quando è la Giornata?") == "when is the Giornata?"


def test_a_phrase_is_glossed_even_when_one_of_its_words_is_in_a_name() -> None:
    # "in" is in many titles, yet "in arrivo" is a phrase no title says.
    keep = frozenset({"in"}).__contains__
    assert gloss("eventi in arrivo", LEXICON, keep) == "events coming up"


def test_small_words_are_glossed_even_when_a_title_holds_them() -> None:
    # "a" is in some title ("apoyo a ..."), yet "a Torino" must read "in turin" to ask a place.
    keep = frozenset({"a", "dei", "giornata"}).__contains__
    assert gloss("la giornata è a Torino?", LEXICON, keep) == "is the giornata is in turin?"


def test_a_capitalised_name_inside_a_sentence_is_not_read_as_a_typo() -> None:
    # "Parma" is one slip from "parla" and "COSME" from "come": names, not typos.
    assert _gloss("link per il brokerage al Cibus di Parma") == (
        "link to the brokerage at Cibus of Parma"
    )
    assert _gloss("cos'è il bando di COSME?") == "what is the call of COSME?"


def test_a_kind_noun_said_before_the_name_is_read_after_it() -> None:
    # Italian puts the kind first ("la scuola estiva ECCP"); the engine checks after the name.
    keep = frozenset({"eccp", "go", "cluster", "jahrestagung", "vanguard"}).__contains__
    assert gloss("quando è la scuola estiva ECCP?", LEXICON, keep) == (
        "when is the ECCP summer school?"
    )
    assert gloss("il vertice go-cluster Jahrestagung", LEXICON, keep) == (
        "the go-cluster Jahrestagung summit"
    )
    assert gloss("la riunione della Vanguard", LEXICON, keep) == "the Vanguard meeting"


@pytest.mark.parametrize(
    "question",
    [
        "quando è il congresso dei cluster cechi?",
        "Qual è la scadenza del bando?",
        "iscrizzione congresso cechi",
        "dove si tiene la conferenza?",
        "bandi aperti",
        "cosa c'è questa settimana?",
        "Buonasera! Che domande posso fare?",
        "possiamo ancora presentare domanda?",
    ],
)
def test_italian_questions_are_guessed_italian(question: str) -> None:
    assert guess_language(question, LEXICONS, ENGLISH_WORDS, _keep) == "it"


@pytest.mark.parametrize(
    "question",
    [
        "when was the ECCP conference?",
        "will the call open again?",
        "is there a webinar in Lyon?",
        "registration for the Alpine Space info session",
        "what is on next month in Vienna?",
    ],
)
def test_english_questions_are_never_read_as_italian(question: str) -> None:
    assert guess_language(question, LEXICONS, ENGLISH_WORDS, _keep) == "en"


@given(st.text(max_size=200))
@settings(max_examples=200, deadline=None)
def test_glossing_any_text_never_raises(text: str) -> None:
    assert isinstance(_gloss(text), str)


TITLES = (
    "Giornata Nazionale dei Cluster Tecnologici Nazionali 2025",
    "Interreg Alpine Space Programme: fourth call for classic projects",
    "Vinnväxt 2025: call for regional innovation environments",
    "Danish Cluster Excellence Programme",
)


@given(st.sampled_from(TITLES), st.sampled_from(("when is the {}?", "link to the {}", "{}")))
@settings(max_examples=60, deadline=None)
def test_glossing_keeps_item_names_and_is_idempotent(title: str, template: str) -> None:
    keep = frozenset(words(" ".join(TITLES))).__contains__
    question = template.format(title)
    once = gloss(question, LEXICON, keep)
    # Every word of the name stays; small words ("dei") may read as English ones.
    assert {w for w in words(title) if len(w) > 3} <= set(words(once))
    assert gloss(once, LEXICON, keep) == once


# --- Engine answers over the dev-chat knowledge -------------------------------------------


@pytest.fixture(scope="module")
def engine() -> Engine:
    return dev_chat_engine()


def _ask(engine: Engine, question: str, now: str) -> tuple[Intent, str | None, frozenset[str]]:
    answer = engine.ask(question, datetime.fromisoformat(now))
    assert answer.language == "it" or answer.intent is Intent.HELP
    return answer.intent, answer.item_id, frozenset(answer.items)


SEPT = "2025-09-08T08:45:00+02:00"
OCT = "2025-10-27T16:00:00+01:00"
JAN = "2026-01-12T11:00:00+01:00"


@pytest.mark.parametrize(
    ("question", "now", "intent", "item"),
    [
        # "scade" is a closing verb: when, on the call.
        (
            "quando scade il bando danese?",
            SEPT,
            Intent.WHEN,
            "danish-cluster-excellence-call-2025",
        ),
        # Context before the question and a typo ("qunado") change nothing.
        (
            "ciao, siamo un cluster di Torino: qunado scade il bando danese?",
            SEPT,
            Intent.WHEN,
            "danish-cluster-excellence-call-2025",
        ),
        # Another word order: the item first, the question word last.
        (
            "il bando danese quando scade?",
            SEPT,
            Intent.WHEN,
            "danish-cluster-excellence-call-2025",
        ),
        # "entro quando" is "until when"; formal "Potrebbe dirmi" is filler.
        (
            "Potrebbe dirmi entro quando si può presentare domanda al bando danese?",
            SEPT,
            Intent.WHEN,
            "danish-cluster-excellence-call-2025",
        ),
        # Elision "dov'è" and an Italian programme name ("Spazio Alpino").
        (
            "dov'è la sessione informativa dello Spazio Alpino?",
            JAN,
            Intent.WHERE,
            "alpine-space-fourth-call-info-session",
        ),
        # A doubled consonant typed wrong still asks to register.
        (
            "iscrizzione al brokerage di Bilbao",
            "2026-05-18T09:00:00+02:00",
            Intent.REGISTER,
            "een-biemh-bilbao-brokerage-2026",
        ),
        # "è già passata?" asks the status of one item: when.
        (
            "la riunione ADMA ad Aberdeen è già passata?",
            OCT,
            Intent.WHEN,
            "vanguard-adma-pilot-meeting-2025",
        ),
        # A city said in Italian ("Danzica") finds the item written "Gdańsk".
        ("il TCI di Danzica è gia finito?", OCT, Intent.WHEN, "tci-global-conference-2025"),
        # A kind said before a known name that the item is not: something else, no item.
        ("quando è il vertice TCI LatAm?", "2025-05-20T10:00:00+02:00", Intent.WHEN, None),
        # Something not in the knowledge gets no item.
        ("quando è il summit dei cluster a Napoli?", SEPT, Intent.WHEN, None),
    ],
)
def test_italian_questions_about_one_item(
    engine: Engine, question: str, now: str, intent: Intent, item: str | None
) -> None:
    got_intent, got_item, _ = _ask(engine, question, now)
    assert got_item == item
    assert got_intent in {intent, Intent.UNKNOWN} if item is None else got_intent == intent


@pytest.mark.parametrize(
    ("question", "now", "items"),
    [
        # "il mese prossimo" with a plural kind: next month's conferences.
        (
            "quali conferenze ci sono il mese prossimo?",
            OCT,
            {"czech-cluster-congress-2025", "go-cluster-annual-conference-2025"},
        ),
        # "bandi aperti": open calls at the clock.
        (
            "bandi aperti",
            JAN,
            {"interreg-bsr-small-projects-call-2026", "alpine-space-fourth-call-2026"},
        ),
        # A country said in Italian selects events by their location.
        (
            "ci sono eventi in Germania?",
            SEPT,
            {
                "cluster-manager-training-2025-module-1",
                "go-cluster-annual-conference-2025",
                "een-anuga-koeln-brokerage-2025",
            },
        ),
        # A month after "a" ("a ottobre"): that calendar month's events.
        (
            "eventi a ottobre",
            SEPT,
            {
                "cluster-manager-training-2025-module-2",
                "innovation-express-matchmaking-2025",
                "een-anuga-koeln-brokerage-2025",
                "tci-global-conference-2025",
            },
        ),
    ],
)
def test_italian_list_questions(engine: Engine, question: str, now: str, items: set[str]) -> None:
    intent, item, found = _ask(engine, question, now)
    assert (intent, item, found) == (Intent.LIST, None, frozenset(items))


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("Buonasera! Che domande posso fare?", Intent.HELP),  # help asked in Italian
        ("che cosa sai fare?", Intent.HELP),
        ("grazie mille!", Intent.HELP),  # thanks are answered as small talk
        ("raccontami una barzelletta sui project manager", Intent.UNKNOWN),  # chit-chat
    ],
)
def test_italian_small_talk(engine: Engine, question: str, intent: Intent) -> None:
    got_intent, item, _ = _ask(engine, question, SEPT)
    assert (got_intent, item) == (intent, None)


# --- Domain words: an item named in English is found from its Italian words ------------------


@pytest.mark.parametrize(
    ("question", "intent", "item"),
    [
        # "documento programmatico" is the title's "position paper".
        (
            "link al documento programmatico della Vanguard sugli investimenti interregionali",
            Intent.LINK,
            "vanguard-position-paper-i3",
        ),
        # "borsa di cooperazione" is a "brokerage event".
        (
            "dove si svolge la borsa di cooperazione sulla manifattura avanzata?",
            Intent.WHERE,
            "een-biemh-bilbao-brokerage-2026",
        ),
        # "distretti" are the title's "clusters".
        ("quando è il congresso dei distretti cechi?", Intent.WHEN, "czech-cluster-congress-2025"),
        # "richiedenti" are the title's "applicants".
        (
            "quando è la sessione per i richiedenti?",
            Intent.WHEN,
            "alpine-space-fourth-call-info-session",
        ),
        # "visite tecniche" are "site visits", "pilota" the "pilot".
        (
            "dove sono le visite tecniche del pilota?",
            Intent.WHERE,
            "vanguard-adma-pilot-meeting-2025",
        ),
    ],
)
def test_a_title_word_said_in_italian_finds_its_item(
    engine: Engine, question: str, intent: Intent, item: str
) -> None:
    assert _ask(engine, question, SEPT)[:2] == (intent, item)


@pytest.mark.parametrize(
    ("italian", "english"),
    [
        ("comunità di pratica", "community of practice"),
        ("scoperta imprenditoriale", "entrepreneurial discovery"),
        ("aiuti di stato", "state aid"),
        ("eolico offshore", "offshore wind"),
        ("catene di approvvigionamento", "supply chains"),
    ],
)
def test_domain_phrases_are_glossed_whole(italian: str, english: str) -> None:
    assert _gloss(italian) == english


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("ricordami il bando CmR", "remind me about"),
        ("avvisami per i nuovi workshop", "notify me of"),
        ("smetti di ricordarmi il bando CmR", "stop reminding me about"),
        ("ricordami quando chiude il bando CmR", "tell me when"),  # a question
    ],
)
def test_subscription_requests_are_glossed_into_the_english_verbs(
    question: str, english: str
) -> None:
    from bot.answering.lexicons import it

    assert gloss(question, it.LEXICON, lambda w: w == "cmr").lower().startswith(english)


def test_a_word_hyphened_to_a_name_moves_with_it_before_the_kind() -> None:
    """'il bando Interreg Italia-Austria' is the Interreg Italy-Austria call: none we know."""
    from bot.answering.lexicons import it

    glossed = gloss(
        "scadenza del bando Interreg Italia-Austria?",
        it.LEXICON,
        {"interreg", "austria"}.__contains__,
    )
    assert glossed == "deadline of Interreg italy-Austria call?"
