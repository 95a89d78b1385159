"""French questions: the lexicon's glosses, the language guess, and answers over dev-chat."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.engine import Engine
from bot.answering.glossing import gloss
from bot.answering.lexicons import fr
from bot.answering.tongues import read_question_in
from bot.knowledge.parse import parse_knowledge
from tests.answering.languages import dev_chat_engine, needs_dev_chat

NAMES = frozenset("tci vinnvaxt journee poles innovation express alpine space a".split())


def named(word: str) -> bool:
    """A small stand-in for the index: these words belong to item names."""
    return word in NAMES


def glossed(text: str) -> str:
    return gloss(text, fr.LEXICON, named)


@pytest.mark.parametrize(
    ("french", "english"),
    [
        # question words, with and without accents
        ("Quand a lieu la conférence TCI ?", "when takes place conference TCI?"),
        ("ou se tient la reunion ?", "where does it take place meeting?"),
        # "ou" without an accent says "or" only in its own phrases
        ("en ligne ou en présentiel ?", "online or in in person?"),
        # elision: the apostrophe is a space, the elided article is dropped
        ("l'appel d'inscription", "call registration"),
        ("qu'est-ce que c'est ?", "what is?"),
        # hyphenated inversions are read as one phrase
        ("peut-on encore s'inscrire ?", "can we register?"),
        ("y a-t-il des webinaires ?", "are there webinars?"),
        ("quoi de prévu ce mois-ci ?", "whats on this month?"),
        # a short word of some name ("a") does not stop a phrase around it
        ("quand a lieu", "when takes place"),
        # a word of an item's name is never glossed, though the lexicon knows it
        ("la journée des pôles", "journée pôles"),
        # kinds: singular and plural, an elided article before them
        ("les événements à venir", "events upcoming"),
        ("les appels à projets ouverts", "calls open"),
        # months, "le mois prochain", ordinals
        ("échéances en février", "deadlines in february"),
        ("webinaire en mai", "webinar in may"),
        ("le mois prochain", "next month"),
        ("4e appel", "fourth call"),
        # countries and cities said in French
        ("événements en Allemagne", "events in germany"),
        ("module de Vienne", "module vienna"),
        # a slip is read as the nearest lexicon word by letters added or dropped
        ("date limte", "date deadline"),
        ("inscripton", "registration"),
    ],
)
def test_french_words_are_glossed_into_the_engines_english(french: str, english: str) -> None:
    assert glossed(french) == english


@pytest.mark.parametrize(
    "question",
    [
        "Quand a lieu la conférence TCI ?",
        "appels ouverts",
        "c'est encore ouvert ?",
        "journee des poles 2026 lieu",
        "qu'est-ce qu'il y a cette semaine ?",
        "Bonjour, que puis-je vous demander ?",
    ],
)
def test_french_questions_are_read_as_french(question: str) -> None:
    assert read_question_in(question, named).language == "fr"


def test_a_slip_of_a_french_word_is_evidence_for_french_only() -> None:
    """'inscritpion' is one slip from 'inscription'; 'module' is English as much as anything.

    The fragment is undecided (then the user's language reads it), never another language.
    """
    assert read_question_in("inscritpion module 1 berlin", named).language in {"fr", "en"}
    assert read_question_in("inscritpion module 1 berlin", named, usual="fr").language == "fr"


@pytest.mark.parametrize(
    "question",
    [
        "when was the ECCP conference?",
        "will the call open again?",
        "is there a webinar in Lyon?",
        "where is the journée des pôles 2026?",
        "deadline of the call",
        "Vinnväxt date",
        "interreg bsr 4th call deadlien",  # a slip from an English word says English
    ],
)
def test_english_questions_stay_english(question: str) -> None:
    assert read_question_in(question, named).language == "en"


engine = dev_chat_engine

SPRING = "2025-05-20T10:00:00+02:00"
AUTUMN = "2025-09-08T08:45:00+02:00"
WINTER = "2026-01-12T11:00:00+01:00"


@needs_dev_chat
@pytest.mark.parametrize(
    ("question", "now", "intent", "item"),
    [
        # "quand a lieu" asks when, around a short word some name holds
        ("quand a lieu le congrès des clusters tchèques cette année ?", AUTUMN, "when",
         "czech-cluster-congress-2025"),
        # "se tiendra" with "où" asks where; an adjective after its noun still names the item
        ("Où se tiendra la réunion politique annuelle de la Vanguard Initiative ?", AUTUMN,
         "where", "vanguard-annual-political-meeting-2025"),
        # "s'inscrire" asks how to register; a city said in French names the place
        ("comment s'inscrire au module 3 à Vienne ?", AUTUMN, "register",
         "cluster-manager-training-2025-module-3"),
        # "date limite" is the deadline; "appel" and the name's words in French order
        ("date limite de l'appel petits projets mer Baltique", WINTER, "when",
         "interreg-bsr-small-projects-call-2026"),
        # status: "c'est encore ouvert ?" is a when question about the call
        ("l'appel Vinnväxt, c'est encore ouvert ?", AUTUMN, "when", "vinnvaxt-call-2025"),
        # "les candidatures sont ouvertes ?" asks whether one can apply
        ("Innovation Express : les candidatures sont ouvertes ?", AUTUMN, "register",
         "innovation-express-call-2025"),
        # a misspelt name is left to item matching, not read as a lexicon word
        ("c'etait quoi la journee de matchmaking innovation expres a tallinn ?",
         "2025-10-22T11:00:00+02:00", "about", "innovation-express-matchmaking-2025"),
        # context before the question, without accents, does not change the item
        ("bonjour, on est un pole numerique a Lille, ou trouver plus d'infos sur l'appel "
         "Innovation Express ?", AUTUMN, "link", "innovation-express-call-2025"),
        # greetings and help
        ("Bonjour, qu'est-ce que tu sais faire ?", AUTUMN, "help", None),
        ("merci beaucoup !", AUTUMN, "help", None),
        # something the knowledge lacks gets no item
        ("quand a lieu la journée des pôles 2027 ?", AUTUMN, "unknown", None),
        ("il fait quel temps à Lyon en ce moment ?", AUTUMN, "unknown", None),
    ],
)  # fmt: skip
def test_french_questions_are_answered(
    question: str, now: str, intent: str, item: str | None
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent.value, answer.item_id) == (intent, item)


@needs_dev_chat
@pytest.mark.parametrize(
    ("question", "now", "items"),
    [
        # a plural kind and "le mois prochain"
        ("événements le mois prochain", SPRING,
         {"een-eu-japan-osaka-matchmaking-2025", "giornata-cluster-tecnologici-nazionali-2025",
          "journee-poles-competitivite-2025"}),
        # "échéances" are calls, with a month and a year
        ("échéances en février 2026", WINTER, {"interreg-bsr-small-projects-call-2026"}),
        # a country said in French narrows a list by place
        ("y a-t-il des événements en Autriche ?", AUTUMN,
         {"cluster-manager-training-2025-module-3", "next-final-conference-2026"}),
        # "peut-on encore candidater" asks for the open calls
        ("à quels appels peut-on encore candidater ?", AUTUMN,
         {"danish-cluster-excellence-call-2025", "innovation-express-call-2025",
          "vinnvaxt-call-2025"}),
        # "clos" is closed
        ("quels appels sont clos ?", SPRING,
         {"aei-cluster-support-call-2025", "polish-key-clusters-call-2025"}),
    ],
)  # fmt: skip
def test_french_lists_are_answered(question: str, now: str, items: set[str]) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent.value, set(answer.items)) == ("list", items)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_glossing_never_raises(text: str) -> None:
    assert isinstance(glossed(text), str)


@settings(deadline=None)
@given(st.lists(st.sampled_from(sorted(NAMES - {"a"})), min_size=1, max_size=5))
def test_item_names_in_english_questions_survive_glossing(name_words: list[str]) -> None:
    question = "when is the " + " ".join(name_words) + "?"
    once = glossed(question)
    assert all(w in once.split(" ") or w + "?" in once for w in name_words)
    assert glossed(once) == once


# Item titles are English; French questions translate their words.  Over items whose
# titles differ only in those words, the domain words find the right one.
TITLE_WORDS_KNOWLEDGE = """
[[events]]
id = "s3-cop-webinar"
title = "S3 Community of Practice webinar: entrepreneurial discovery in transition regions"
kind = "webinar"
start = 2026-12-03T14:00:00+01:00
end = 2026-12-03T15:30:00+01:00
timezone = "Europe/Brussels"
location = "online"
url = "https://example.eu/s3-cop"

[[events]]
id = "finance-webinar-1"
title = "Cluster Finance Webinar 1: venture debt and revenue-based finance for SMEs"
kind = "webinar"
start = 2026-12-08T10:00:00+01:00
end = 2026-12-08T11:00:00+01:00
timezone = "Europe/Brussels"
location = "online"
url = "https://example.eu/finance-1"

[[events]]
id = "finance-webinar-3"
title = "Cluster Finance Webinar 3: pitching to impact investors"
kind = "webinar"
start = 2026-12-15T10:00:00+01:00
end = 2026-12-15T11:00:00+01:00
timezone = "Europe/Brussels"
location = "online"
url = "https://example.eu/finance-3"

[[events]]
id = "s3-peer-review-tourism"
title = "Smart Specialisation Platform peer-review workshop on sustainable tourism"
kind = "workshop"
start = 2026-12-10
end = 2026-12-11
timezone = "Europe/Madrid"
location = "Valencia, Spain"
url = "https://example.eu/peer-review"

[[events]]
id = "errin-health-wg"
title = "ERRIN Health Working Group meeting"
kind = "meeting"
start = 2026-12-09T14:00:00+01:00
end = 2026-12-09T16:00:00+01:00
timezone = "Europe/Brussels"
location = "Brussels, Belgium"
url = "https://example.eu/errin-health"

[[events]]
id = "errin-energy-climate-wg"
title = "ERRIN Energy and Climate Working Group meeting"
kind = "meeting"
start = 2026-12-16T14:00:00+01:00
end = 2026-12-16T16:00:00+01:00
timezone = "Europe/Brussels"
location = "Brussels, Belgium"
url = "https://example.eu/errin-energy"

[[events]]
id = "offshore-wind-matchmaking"
title = "Offshore wind supply chain matchmaking"
kind = "other"
start = 2026-12-17
end = 2026-12-17
timezone = "Europe/Copenhagen"
location = "Esbjerg, Denmark"
url = "https://example.eu/offshore-wind"
"""


@cache
def title_words_engine() -> Engine:
    sources = [("events.toml", TITLE_WORDS_KNOWLEDGE)]
    return Engine(parse_knowledge(sources, ZoneInfo("Europe/Brussels")))


@pytest.mark.parametrize(
    ("question", "intent", "item"),
    [
        # "communauté de pratique", "découverte entrepreneuriale": community of practice
        ("quand a lieu le webinaire de la communauté de pratique sur la découverte "
         "entrepreneuriale ?", "when", "s3-cop-webinar"),
        # "dette de croissance", "financement basé sur les revenus": venture debt, revenue-based
        ("le webinaire sur la dette de croissance et le financement basé sur les revenus, "
         "c'est quand ?", "when", "finance-webinar-1"),
        # "évaluation par les pairs", "tourisme": a peer-review workshop on tourism
        ("l'atelier d'évaluation par les pairs sur le tourisme durable, c'est où ?", "where",
         "s3-peer-review-tourism"),
        # "groupe de travail", "climat": the energy and climate working group, not health
        ("quand se réunit le groupe de travail énergie et climat de l'ERRIN ?", "when",
         "errin-energy-climate-wg"),
        # "chaîne d'approvisionnement", "éolien en mer": offshore wind supply chain
        ("c'est quand la rencontre sur la chaîne d'approvisionnement de l'éolien en mer ?",
         "when", "offshore-wind-matchmaking"),
    ],
)  # fmt: skip
def test_title_words_said_in_french_find_their_item(question: str, intent: str, item: str) -> None:
    now = datetime.fromisoformat("2026-11-23T09:00:00+01:00")
    answer = title_words_engine().ask(question, now)
    assert (answer.intent.value, answer.item_id) == (intent, item)


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("rappelez-moi l'appel CmR", "remind me about"),
        ("prévenez-moi des nouveaux ateliers", "notify me of"),
        ("arrêtez de me rappeler l'appel CmR", "stop reminding me about"),
        ("rappelez-moi la date limite de l'appel CmR", "tell me the deadline"),  # a question
    ],
)
def test_subscription_requests_are_glossed_into_the_english_verbs(
    question: str, english: str
) -> None:
    assert glossed(question).lower().startswith(english)
