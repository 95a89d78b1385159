"""Spanish questions: glossed into the engine's English, told from English, and answered.

Over the dev-chat knowledge (skipped when it is absent), whose AEI grants are
named in Spanish ("Ayudas para el apoyo a Agrupaciones Empresariales
Innovadoras"), so a Spanish word can be both a question word and a name word.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.answers import Intent
from bot.answering.glossing import gloss, guess_language
from bot.answering.lexicons import LEXICONS
from bot.answering.lexicons.es import LEXICON
from bot.answering.text import words
from bot.answering.tongues import ENGLISH_WORDS
from tests.answering.languages import dev_chat_engine
from tests.answering.metamorphic import SETS

FOLDER = SETS["dev-chat"][0]
pytestmark = pytest.mark.skipif(not FOLDER.is_dir(), reason="dev-chat knowledge is not here")


engine = dev_chat_engine


def keep() -> Callable[[str], bool]:
    return engine().index.in_a_name


def es(text: str) -> str:
    return gloss(text, LEXICON, keep())


def heard(text: str) -> str | None:
    return guess_language(text, LEXICONS, ENGLISH_WORDS, keep())


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        ("¿cuándo cierra la convocatoria?", "¿when closes call?"),  # accents and ¿ kept apart
        ("cuando cierra la convocatoria", "when closes call"),  # typed without accents
        ("¿qué hay el mes que viene?", "¿whats on next month?"),  # a window said whole
        ("eventos la próxima semana", "events next week"),  # the other word order
        ("convocatorias de este año", "calls this year"),  # "de" carries nothing
        ("¿aún hay plazo?", "¿still open?"),  # "is it still open?"
        ("fecha límite", "deadline"),  # two words, one role
        ("ayuda", "help"),  # a name word ("Ayudas para ...") said alone asks for help
        ("ayudas AEI 2026", "ayudas AEI 2026"),  # beside the name's own words it names
        ("¿Puede usted decirme dónde es?", "¿can you tell me where is?"),  # usted
        ("¿me puedes decir dónde es?", "¿tell me where is?"),  # tú
        ("eventos en setiembre", "events in september"),  # a month's other spelling
        ("eventos en octubr", "events in october"),  # a month with one slip
        ("inscribirnos", "register"),  # a verb with a clitic, through its stem
    ],
)
def test_spanish_question_words_are_glossed_into_the_engines_english(
    spanish: str, english: str
) -> None:
    assert es(spanish) == english


@pytest.mark.parametrize(
    "question",
    [
        "¿Cuándo es el congreso checo?",
        "cuando es la jornada de los polos",  # no accents, no ¿
        "ayuda",  # the only word is also a name word
        "¿qué hay el mes que viene?",
        "convocatorias abiertas",
        "hola, ¿qué puedo preguntarte?",
    ],
)
def test_spanish_questions_are_heard_as_spanish(question: str) -> None:
    assert heard(question) == "es"


@pytest.mark.parametrize(
    "question",
    [
        "when was the ECCP conference?",
        "will the call open again?",
        "is there a webinar in Lyon?",
        "hi, we're a cluster from Castilla y León, when is the TCI 2025?",
        "AEI 2026 deadline",
    ],
)
def test_english_questions_are_never_heard_as_spanish(question: str) -> None:
    assert heard(question) in {"en", None}


@pytest.mark.parametrize(
    ("question", "now", "intent", "item_id"),
    [
        # when, with the opening ¿ and accents
        ("¿Cuándo cierra la convocatoria Vinnväxt 2025?", "2025-05-20", Intent.WHEN,
         "vinnvaxt-call-2025"),
        # where, with "se celebra" read as "takes place" after "where"
        ("¿Dónde se celebra el congreso checo de clústeres 2025?", "2025-09-08", Intent.WHERE,
         "czech-cluster-congress-2025"),
        # register, "apuntarse" (Spain) and a nationality adjective
        ("quiero apuntarme a la conferencia TCI de Gdansk", "2025-09-08", Intent.REGISTER,
         "tci-global-conference-2025"),
        # link, "enlace" after the name
        ("KKK 2025 enlace", "2025-02-10", Intent.LINK, "polish-key-clusters-call-2025"),
        # status: "¿sigue abierta?" asks when it closes
        ("¿sigue abierta la convocatoria danesa?", "2025-09-08", Intent.WHEN,
         "danish-cluster-excellence-call-2025"),
        # status: "¿me perdí...?" asks when it was
        ("¿me perdí la conferencia final de NEXT?", "2026-05-18", Intent.WHEN,
         "next-final-conference-2026"),
        # about: "¿de qué va...?"
        ("¿De qué va el congreso de clústeres checos 2024?", "2024-11-18", Intent.ABOUT,
         "czech-cluster-congress-2024"),
        # long message with context in usted form
        ("Buenos días, le escribo desde una asociación de Murcia: ¿sabe usted dónde tendrá "
         "lugar la jornada de los polos de competitividad de 2026?", "2026-05-18", Intent.WHERE,
         "journee-poles-competitivite-2026"),
        # help: a bare "ayuda", although "Ayudas" starts an item's title
        ("ayuda", "2025-10-27", Intent.HELP, None),
        # help: "what can I ask you", tú form
        ("Buenas, ¿qué puedo preguntarte?", "2025-05-20", Intent.HELP, None),
        # chit-chat gets no item
        ("¿qué tiempo hace hoy en Madrid?", "2025-09-08", Intent.UNKNOWN, None),
        # honesty: an edition the knowledge lacks gets no item
        ("¿cuándo es la conferencia TCI 2027?", "2026-05-18", Intent.UNKNOWN, None),
        # honesty: "de Lima" says a place the TCI conferences are not in
        ("¿cuándo es la conferencia TCI de Lima?", "2025-05-20", Intent.UNKNOWN, None),
    ],
)  # fmt: skip
def test_spanish_questions_are_answered_as_their_english_would_be(
    question: str, now: str, intent: Intent, item_id: str | None
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(f"{now}T10:00:00+02:00"))
    assert (answer.intent, answer.item_id) == (intent, item_id)
    assert answer.language == "es"


@pytest.mark.parametrize(
    ("question", "now", "expected"),
    [
        # a list by status and kind, "ayudas" as grants
        ("¿qué ayudas hay abiertas?", "2025-09-08",
         {"danish-cluster-excellence-call-2025", "innovation-express-call-2025",
          "vinnvaxt-call-2025"}),
        # "el mes que viene" is next month
        ("¿qué hay el mes que viene?", "2026-01-12", {"interreg-bsr-small-projects-call-2026"}),
        # a country said in Spanish
        ("conferencias en Alemania", "2025-09-08", {"go-cluster-annual-conference-2025"}),
        # a month said in Spanish
        ("eventos en junio", "2025-05-20",
         {"een-eu-japan-osaka-matchmaking-2025", "giornata-cluster-tecnologici-nazionali-2025",
          "journee-poles-competitivite-2025"}),
    ],
)  # fmt: skip
def test_spanish_list_questions_list_what_their_english_would(
    question: str, now: str, expected: set[str]
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(f"{now}T10:00:00+02:00"))
    assert answer.intent is Intent.LIST
    assert set(answer.items) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_glossing_any_text_never_raises(text: str) -> None:
    assert isinstance(es(text), str)
    heard(text)


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_english_questions_keep_their_item_names(data: st.DataObject) -> None:
    item = data.draw(st.sampled_from(engine().knowledge.items))
    name = data.draw(st.sampled_from((item.title, *item.aliases)))
    question = data.draw(st.sampled_from(("when is the {}?", "where is {}", "{} link")))
    once = es(question.format(name))
    assert es(once) == once  # glossing twice is glossing once
    small = {w for w in words(name) if LEXICON.small(w)}  # "de", "la", "o" are glossed
    assert set(words(name)) - small <= set(words(once))  # every other word of the name stays


@pytest.mark.parametrize(
    ("spanish", "english"),
    [
        ("comunidad de práctica", "community of practice"),
        ("seminario para solicitantes", "applicant seminar"),
        ("descubrimiento emprendedor", "entrepreneurial discovery"),
        ("ayudas de estado a largo plazo", "state aid long term"),  # not "calls" nor "deadline"
        ("cadena de valor", "value chain"),
    ],
)
def test_spanish_domain_words_are_glossed_into_the_words_of_titles(
    spanish: str, english: str
) -> None:
    assert es(spanish) == english


@pytest.mark.parametrize(
    ("question", "now", "intent", "item_id"),
    [
        # "partenariados interregionales": "interregional partnerships" of Module 3's title
        ("¿dónde es el módulo de internacionalización y partenariados interregionales?",
         "2025-05-20", Intent.WHERE, "cluster-manager-training-2025-module-3"),
        # "entornos regionales de innovación": "regional innovation environments"
        ("¿cuándo cierra la convocatoria de entornos regionales de innovación de Vinnväxt?",
         "2025-05-20", Intent.WHEN, "vinnvaxt-call-2025"),
        # "organizaciones clúster": "cluster organisations"
        ("¿qué dice el informe sobre el impacto de las organizaciones clúster danesas en la "
         "innovación de las pymes?", "2025-05-20", Intent.ABOUT,
         "danish-cluster-impact-brief-2025"),
        # "proyectos clásicos": "classic projects"
        ("¿cuándo cierra la cuarta convocatoria de proyectos clásicos de Espacio Alpino?",
         "2025-05-20", Intent.WHEN, "alpine-space-fourth-call-2026"),
        # "evento de intermediación", "sistemas alimentarios sostenibles"
        ("¿cuándo es el evento de intermediación sobre sistemas alimentarios sostenibles en "
         "Anuga?", "2025-05-20", Intent.WHEN, "een-anuga-koeln-brokerage-2025"),
        # "cerrar la brecha" is the title's "closing the divide", not a question of closing
        ("¿de qué trata el informe sobre cerrar la brecha de innovación regional?",
         "2025-05-20", Intent.ABOUT, "jrc-innovation-divide-brief-2025"),
    ],
)  # fmt: skip
def test_a_title_said_in_spanish_finds_its_item(
    question: str, now: str, intent: Intent, item_id: str
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(f"{now}T10:00:00+02:00"))
    assert (answer.intent, answer.item_id) == (intent, item_id)
    assert answer.language == "es"


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("recuérdeme la convocatoria CmR", "remind me about"),
        ("avísame de nuevos talleres", "notify me of"),
        ("deja de recordarme la convocatoria CmR", "stop reminding me about"),
        ("recuérdame cuándo cierra la convocatoria CmR", "tell me when"),  # a question
    ],
)
def test_subscription_requests_are_glossed_into_the_english_verbs(
    question: str, english: str
) -> None:
    assert es(question).lower().startswith(english)
