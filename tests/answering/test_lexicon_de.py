"""German questions: the lexicon's glosses, the language guess, and answers over dev-chat."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.answering.glossing import gloss
from bot.answering.lexicons import de
from bot.answering.tongues import read_question_in
from tests.answering.languages import dev_chat_engine, needs_dev_chat

NAMES = frozenset("tci vinnvaxt biemh een jahrestagung cluster innovation express alpine".split())


def named(word: str) -> bool:
    """A small stand-in for the index: these words belong to item names."""
    return word in NAMES


def glossed(text: str) -> str:
    return gloss(text, de.LEXICON, named)


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # question words and the verb of being
        ("Wann ist die TCI Konferenz?", "when is the TCI conference?"),
        # a separable verb: the V2 part carries the meaning, the particle is dropped
        ("Wo findet die TCI Konferenz statt?", "where takes place the TCI conference?"),
        ("Wo reicht man den Antrag ein?", "where apply the application?"),
        # umlauts typed as ae/oe/ue or dropped read the same
        ("naechste Woche", "next week"),
        ("nachste Woche", "next week"),
        ("Fristen im Maerz", "deadlines in march"),
        # a compound read by its known tail, with its head when that is known too
        ("Einreichungsfrist", "submission deadline"),
        ("Clusterkongress", "cluster conference"),
        ("Kleinprojekte", "small projects"),
        # a compound's tail is not read through a three-letter abbreviation
        ("Hannover", "Hannover"),
        # a short tail reads a compound only under a known head
        ("Industrietage", "industry days"),
        ("Software", "Software"),
        # an item's name word with a German ending is that word
        ("von Clustern", "of cluster"),
        # a word of an item's name is never glossed
        ("go-cluster Jahrestagung", "go-cluster Jahrestagung"),
        # an ordinal written with a dot keeps its rank and does not end the clause
        ("beim 4. Aufruf", "at 4th call"),
        # formal and informal address
        ("Können Sie mir helfen?", "can you me help?"),
        ("Was kannst du?", "what can you do?"),
        # place names said in German, written as English writes names
        ("Veranstaltungen in Österreich", "events in Austria"),
        ("die Konferenz in Danzig", "the conference in Gdansk"),
        # an unknown noun with a common noun's ending loses its capital: no name is said
        ("die TCI Konferenz Begrüßung", "the TCI conference begrüßung"),
        # an unknown capitalised word without one keeps it: maybe a name
        ("die Hannover Messe", "the Hannover fair"),
    ],
)
def test_german_words_are_glossed_into_the_engines_english(german: str, english: str) -> None:
    assert glossed(german) == english


@pytest.mark.parametrize(
    "question",
    [
        "Wann ist die TCI Konferenz?",
        "Welche Calls sind offen?",
        "BSR Kleinprojekte?",  # a known compound says German
        "Veranstaltungen im Juni",
        "hab ich TCI Lateinamerika verpasst?",
    ],
)
def test_german_questions_are_read_as_german(question: str) -> None:
    assert read_question_in(question, named).language == "de"


@pytest.mark.parametrize(
    "question",
    [
        "when was the ECCP conference?",
        "will the call open again?",
        "is there a webinar in Lyon?",
        "Vinnväxt Deadline?",
        "deadline of the call",
        "hallo, when is the TCI conference?",
    ],
)
def test_english_questions_stay_english(question: str) -> None:
    assert read_question_in(question, named).language == "en"


@pytest.mark.parametrize(
    "question",
    [
        "Gdzie odbywa się TCI Global Conference 2025?",  # Polish "się" folds to German "sie"
        "¿Dónde es el encuentro B2B de la BIEMH 2026?",  # Spanish "es"
        "le webinaire vinnväxt, c'est quand ?",  # an umlaut inside a name, before a comma
        "link per il brokerage EEN al Cibus di Parma",  # a loanword is no evidence
    ],
)
def test_other_languages_are_not_read_as_german(question: str) -> None:
    assert read_question_in(question, named).language != "de"


engine = dev_chat_engine

AUTUMN = "2025-09-08T08:45:00+02:00"


@needs_dev_chat
@pytest.mark.parametrize(
    ("question", "now", "intent", "item"),
    [
        # "wann" asks when; the city said in German still names the place
        ("Wann ist die TCI Konferenz in Danzig?", AUTUMN, "when", "tci-global-conference-2025"),
        # the verb-final separable verb "findet ... statt" with "wo" asks where
        ("Wo findet die Journée des pôles 2026 statt?", AUTUMN, "where",
         "journee-poles-competitivite-2026"),
        # "reicht ... ein" and "Antrag" ask how to apply
        ("Wo reicht man den Antrag für KKK 2025 ein?", "2025-02-10T09:30:00+01:00",
         "register", "polish-key-clusters-call-2025"),
        # a compound deadline word ("Einreichungsfrist") asks when
        ("Wann endet die Einreichungsfrist beim vierten Alpine-Space-Aufruf?",
         "2026-01-12T11:00:00+01:00", "when", "alpine-space-fourth-call-2026"),
        # a compound name (head an item word, tail a kind) still finds the item
        ("Wo ist der tschechische Clusterkongress 2025?", AUTUMN, "where",
         "czech-cluster-congress-2025"),
        # status: "noch offen" is a when question about the call
        ("Ist die Vinnväxt-Ausschreibung noch offen?", AUTUMN, "when", "vinnvaxt-call-2025"),
        # status: "verpasst" with a country said in German
        ("hab ich TCI Lateinamerika verpasst?", AUTUMN, "when",
         "tci-latin-america-conference-2025"),
        # umlauts typed as ae and context before the question do not change the item
        ("Hallo, wir sind ein Cluster aus Tirol. Bis wann laeuft der Innovation Express Call?",
         AUTUMN, "when", "innovation-express-call-2025"),
        # greetings and help
        ("Guten Morgen, was kann ich Sie hier fragen?", AUTUMN, "help", None),
        ("Vielen Dank!", AUTUMN, "help", None),
        # something the knowledge lacks gets no item
        ("Wann ist die TCI Konferenz 2027?", AUTUMN, "unknown", None),
        # a place said in German beside the name is another name
        ("Wann ist die TCI Konferenz Asien?", AUTUMN, "unknown", None),
        # a German common noun beside the name is not
        ("Wann ist die TCI Konferenz Eröffnung?", AUTUMN, "when", "tci-global-conference-2025"),
        ("Wie wird das Wetter morgen in Köln?", AUTUMN, "unknown", None),
    ],
)  # fmt: skip
def test_german_questions_are_answered(
    question: str, now: str, intent: str, item: str | None
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent.value, answer.item_id) == (intent, item)


@needs_dev_chat
@pytest.mark.parametrize(
    ("question", "now", "items"),
    [
        # a plural kind and a month in German
        ("Veranstaltungen im Juni", "2025-05-20T10:00:00+02:00",
         {"een-eu-japan-osaka-matchmaking-2025", "giornata-cluster-tecnologici-nazionali-2025",
          "journee-poles-competitivite-2025"}),
        # "Fristen" are calls; "nächsten Monat" is next month
        ("Fristen im nächsten Monat", "2025-02-10T09:30:00+01:00",
         {"aei-cluster-support-call-2025", "polish-key-clusters-call-2025"}),
        # a country said in German narrows a list by place
        ("Gibt es Veranstaltungen in Österreich?", AUTUMN,
         {"cluster-manager-training-2025-module-3", "next-final-conference-2026"}),
        # "vergangene" is past
        ("vergangene Webinare", "2026-05-18T09:00:00+02:00",
         {"alpine-space-fourth-call-info-session", "business-finland-co-innovation-webinar-2025",
          "vinnova-vinnvaxt-webinar-2025"}),
    ],
)  # fmt: skip
def test_german_lists_are_answered(question: str, now: str, items: set[str]) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent.value, set(answer.items)) == ("list", items)


@pytest.mark.parametrize(
    ("german", "english"),
    [
        # a title's words said in German, compounds read by their known tail
        ("Bewerberseminar", "applicant seminar"),
        ("Kreislaufwirtschaftsstrategie", "circular economy strategy"),
        ("Wertschöpfungsketten", "value chains"),
        ("Praxisgemeinschaft", "community of practice"),
        ("unternehmerischen Entdeckung", "entrepreneurial discovery"),
        # "Mittel" is funding, but "Mitteleuropa" is the place
        ("Interreg Mitteleuropa", "Interreg Central Europe"),
        # a city is not read through a domain word's tail
        ("Friedrichshafen", "Friedrichshafen"),
    ],
)
def test_german_domain_words_are_glossed_into_title_words(german: str, english: str) -> None:
    assert glossed(german) == english


@needs_dev_chat
@pytest.mark.parametrize(
    ("question", "now", "intent", "item"),
    [
        # "Erkenntnisse" are the title's "lessons", "Pilotprojekt" its "pilot"
        ("Welche Erkenntnisse aus dem Pilotprojekt zu Partnerschaften für regionale Innovation "
         "gibt es?", AUTUMN, "about", "jrc-pri-brief-2024"),
        # "Ernährungssysteme" are the title's "food systems"
        ("Wann ist die B2B-Börse zu nachhaltigen Ernährungssystemen?", AUTUMN, "when",
         "een-anuga-koeln-brokerage-2025"),
        # "fortschrittliche Fertigung" is "advanced manufacturing"
        ("Wo ist das Matchmaking zur fortschrittlichen Fertigung?", AUTUMN, "where",
         "een-biemh-bilbao-brokerage-2026"),
        # "Projektpartner" and "Standortbesuche" are the "partner meeting and site visits"
        ("Wann ist das Treffen der Projektpartner und die Standortbesuche beim Energie-Pilot?",
         AUTUMN, "when", "vanguard-adma-pilot-meeting-2025"),
        # "Bewerberinnen und Bewerber" are the session's "applicants", not the call's
        ("Wann ist die Infoveranstaltung für Bewerberinnen und Bewerber beim vierten Aufruf im "
         "Alpenraum?", "2026-01-12T11:00:00+01:00", "when",
         "alpine-space-fourth-call-info-session"),
    ],
)  # fmt: skip
def test_translated_title_words_find_their_item(
    question: str, now: str, intent: str, item: str | None
) -> None:
    answer = engine().ask(question, datetime.fromisoformat(now))
    assert (answer.intent.value, answer.item_id) == (intent, item)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_glossing_never_raises(text: str) -> None:
    assert isinstance(glossed(text), str)


@given(st.lists(st.sampled_from(sorted(NAMES)), min_size=1, max_size=5))
def test_item_names_in_english_questions_survive_glossing(name_words: list[str]) -> None:
    """A name word the lexicon also knows ('Jahrestagung') is kept beside another name word;
    said alone it is read as the lexicon's word (a bare Spanish 'ayuda' asks for help)."""
    if all(w in de.LEXICON.vocabulary for w in name_words):
        name_words = ["tci", *name_words]
    question = "when is the " + " ".join(name_words) + "?"
    once = glossed(question)
    assert all(w in once.split(" ") or w + "?" in once for w in name_words)
    assert glossed(once) == once


@pytest.mark.parametrize(
    ("question", "english"),
    [
        ("erinnere mich an die CmR-Ausschreibung", "remind me about"),
        ("Erinnern Sie mich bitte an die ECCP Konferenz", "remind me about"),
        ("benachrichtige mich über neue Workshops", "notify me of"),
        ("erinnere mich nicht mehr an den CmR call", "stop reminding me about"),
    ],
)
def test_subscription_requests_are_glossed_into_the_english_verbs(
    question: str, english: str
) -> None:
    assert glossed(question).lower().startswith(english)
