"""German: the words German questions ask with, glossed into the engine's English roles."""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

PHRASES = entries(
    """
    when: wann | zu welchem zeitpunkt
    until when: bis wann
    where: wo | wohin
    which: welche | welcher | welches | welchen | welchem
    what: was
    is: ist
    are: sind
    deadline: frist | deadline | einsendeschluss
    register: anmelden | registrieren
    registration: anmeldung | registrierung
    apply: bewerben
    conference: konferenz | tagung | kongress
    conferences: konferenzen | tagungen | kongresse
    call: ausschreibung | aufruf
    calls: ausschreibungen | aufrufe
    events: veranstaltungen
    event: veranstaltung
    open: offen
    next week: nachste woche
    next month: nachsten monat | nachster monat
    in june: im juni
    in: im | in
    the: der | die | das | den | dem | des
    help: hilfe
    hello: hallo | guten tag | guten morgen | servus | moin
    : ein | eine | einen | einem | einer | eigentlich | denn | mal | bitte
    """
)

LEXICON = Lexicon(
    "de",
    PHRASES,
    markers=frozenset({"und", "ich", "wir", "nicht", "noch", "schon", "gibt", "es", "fur"}),
    letters="äöüß",
    compounds=True,
    endings=("n", "en", "s", "e", "er", "es"),
)
