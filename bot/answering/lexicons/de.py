"""German: the words German questions ask with, glossed into the engine's English roles.

Written with umlauts; every phrase with ä, ö, ü is also read as typed with
ae, oe, ue ("naechste", "fuer"), and `fold` already reads it without the dots
("nachste", "fur") and ß as ss.  Verbs come in the forms people type: the
V2 form of a separable verb ("findet ... statt", "reicht ... ein", "melde
... an") carries the meaning, its particle is dropped.  Nouns are listed in
the singular and the plural; other endings are read through `endings`, and
an unknown compound through its known tail ("Einreichungsfrist").

Places are glossed as English writes names ("Danzig" -> "Gdansk"), so a place
beside an item's name still reads as another name; an unknown noun with a
common noun's ending loses its capital, since every German noun has one.
Words other languages use as much ("sie" is Polish "się") are `SHARED`: they
are glossed but are no evidence that a question is German.
"""

from __future__ import annotations

import re

from bot.answering.glossing import Lexicon, entries

_UMLAUTS = {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
_UMLAUT = re.compile("[äöüÄÖÜ]")


def with_typed_umlauts(text: str) -> str:
    """Each phrase with an umlaut, and the same phrase typed with ae, oe, ue."""
    lines = []
    for line in text.splitlines():
        gloss, colon, phrases = line.partition(":")
        if not colon:
            lines.append(line)
            continue
        said = [p.strip() for p in phrases.split("|")]
        typed = [_UMLAUT.sub(lambda m: _UMLAUTS[m.group()], p) for p in said if _UMLAUT.search(p)]
        lines.append(f"{gloss}: {' | '.join(said + typed)}")
    return "\n".join(lines)


# Asking: when, where, how, which; and time of day.
_ASKING = """
    when: wann | wan | wann genau | ab wann | seit wann | zu welchem zeitpunkt | an welchem tag
    when: an welchen tagen | an welchem datum | welcher tag | welches datum
    how long: wie lang
    until when: bis wann | bis zu welchem datum | bis zu welchem tag
    how long: wie lange
    how much time: wie viel zeit | wieviel zeit
    how many days: wie viele tage
    what time: um wie viel uhr | um wieviel uhr | um welche uhrzeit | wie spät | welche uhrzeit
    time: uhrzeit | zeit | uhr | beginnzeit | startzeit
    date: datum | termin | zeitpunkt
    dates: termine | daten | zeitraum
    where: wo | wohin | wo genau | an welchem ort
    in which city: in welcher stadt
    which city: welche stadt
    which country: welches land | in welchem land
    location: ort | orte | veranstaltungsort | austragungsort | standort | lage
    venue: tagungsort | location
    address: adresse | anschrift
    city: stadt
    country: land
    in person: vor ort | präsenz | in präsenz | präsenzveranstaltung | persönlich
    online: virtuell | im netz
    online or: online oder
    which: welche | welcher | welches | welchen | welchem | was für | was fur ein | was für eine
    what: was
    who: wer | wen | wem
    how: wie | auf welchem weg
    how can: wie kann | wie können
    how can i: wie kann ich
    why: warum | wieso | weshalb
    how much: wie viel | wieviel
    how many: wie viele | wieviele
    what is: was ist | was sind
    what was: was war | was waren
    were there: gab es | gab's | gabs | gab
"""

# Status: open, closed, over, missed, still to come.
_STATUS = """
    still open: noch offen | weiterhin offen | immer noch offen | noch geöffnet
    open: offen | geöffnet | eröffnet | läuft | laufen | laufende ausschreibung | aktiv
    opened: geöffnet worden | gestartet | angelaufen | freigeschaltet
    closed: geschlossen | beendet | abgeschlossen | ausgelaufen
    expired: abgelaufen | verstrichen
    over: vorbei | rum | zu ende | vorüber
    already over: schon vorbei | bereits vorbei | schon zu ende | schon rum
    missed: verpasst | versäumt | verpassen
    did i miss: hab ich verpasst | habe ich verpasst
    took place: stattgefunden | stattgefunden hat | fand | fanden
    takes place: findet | finden | stattfindet | stattfinden | abgehalten | statt findet
    take place: stattfinden wird | findet statt
    happened: passiert ist | war schon
    passed: vergangen ist | verstrichen ist
    already: schon | bereits | inzwischen
    still: noch | immer noch | weiterhin
    not: nicht | kein | keine | keinen | nie
    not yet: noch nicht
    start: beginnt | beginn | beginnen | anfang | fängt | anfangen | los geht
    starts: startet
    starting: starten
    started: begonnen | angefangen | losgegangen
    opening: öffnen | aufmachen | freigeschaltet werden
    opens: öffnet | öffnet sich | macht auf
    starts: geht los | fängt an
    end: endet | ende | enden | aufhören | hört auf
    close: schließt | schliessen | schließen | schluss | läuft aus | läuft ab
    closes: schließt sich
    open yet: schon offen | schon geöffnet | schon gestartet
    ahead: steht bevor | noch bevor
    still to come: kommt noch | noch kommen | noch bevorsteht
"""

# Deadlines, registration, applying.
_REGISTER = """
    deadline: frist | einsendeschluss | abgabefrist | stichtag | abgabetermin
    deadline: bewerbungsschluss | antragsschluss | einreichungsschluss | fristende
    deadline: schlusstermin | letzter termin | letzter tag | ablauf der frist
    deadlines: fristen | stichtage | abgabetermine
    registration deadline: anmeldeschluss | anmeldefrist | registrierungsfrist
    register: anmelden | melde | meldet | melden | registrieren | registriere | einschreiben
    register: anmelde | angemeldet | registriert | eintragen | buchen | buche | gebucht
    registration: anmeldung | registrierung | einschreibung | buchung | anmeldungen
    registration: anmeldeformular | anmeldelink | anmeldeseite
    tickets: karten | eintrittskarten
    participate: teilnehmen | teilnahme | mitmachen | teil | nehme teil | nimmt teil | mitzumachen
    participate: teilnehme | beteiligen | beteiligung | dabei sein
    attend: besuchen | hingehen | teilzunehmen
    apply: bewerben | bewerbe | bewirbt | beantragen | beantrage | einreichen | reiche
    apply: reicht | reichen | eingereicht | bewerben uns | bewerben sich | antrag stellen
    application: bewerbung | antrag | förderantrag | projektantrag | antragstellung
    applications: bewerbungen | anträge | förderanträge | projektanträge
    submission: einreichung | einreichungen | abgabe
    submit: abgeben | einsenden | hochladen
    applicants: antragsteller | bewerber | antragstellende
    too late: zu spät | zu spaet
    how do i apply: wie bewerbe ich mich | wie bewirbt man sich | wie beantrage ich
    where can i apply: wo kann ich mich bewerben | wo bewirbt man sich | wo kann man sich bewerben
"""

# Links, information, what an item is about.
_LINK_ABOUT = """
    link: verlinkung
    website: webseite | internetseite | homepage | webadresse | internetauftritt
    page: seite | seiten | landingpage | unterseite
    url: adresse im netz
    more info: mehr infos | mehr informationen | weitere infos | weitere informationen | näheres
    info: infos
    information: informationen | information | auskunft
    details: einzelheiten | genaueres
    download: herunterladen | runterladen
    read more: mehr lesen | weiterlesen | nachlesen | lesen | nachzulesen
    more info about: mehr über | mehr erfahren über | mehr zu
    where can i find: wo finde ich | wo findet man | wo bekomme ich
    where can i read: wo kann ich lesen | wo kann man lesen
    about: worum | worauf | um was | worüber | über was | wovon handelt | handelt
    what is it about: worum geht es | um was geht es | worum gehts | um was gehts | worum ging es
    what was it about: um was ging es | um was gings | worum gings | gings
    tell me about: erzähl mir von | erzählen sie mir von | erzähl mir über | sag mir etwas über
    tell me more about: erzähl mir mehr über | erzählen sie mir mehr über
    tell me: erzähl mir | erzähle mir | erzählen sie mir | sag mir | sagen sie mir | sag
    tell me: sagen | verraten | verrate | erzähl
    explain: erkläre | erklär | erklären | erklärt
    description: beschreibung
    summary: zusammenfassung | kurzfassung
    overview: überblick | übersicht
    topic: thema | inhalt | inhalte | gegenstand
    about: ziel | ziele | zweck | zielsetzung
    topics: themen | schwerpunkte
    focus: schwerpunkt | fokus | konzentriert | konzentriert sich | fokussiert | fokussiert sich
    agenda: tagesordnung | ablauf
    programme: programm | programme | veranstaltungsprogramm
    organiser: veranstalter | organisator | ausrichter | gastgeber
    who organises: wer organisiert | wer veranstaltet | wer richtet | wer steckt hinter
    funded: gefördert | finanziert | unterstützt
    funds: fördert | finanziert | unterstützt
    funding: förderung | finanzierung | fördermittel | fördergelder | zuschuss | zuschüsse
    funding: förderquote | fördersumme
    published: veröffentlicht | erschienen | herausgekommen | publiziert | erscheint
    published: erscheinen | erscheinungstermin | veröffentlicht wird | herauskommt
    publication: veröffentlichung | publikation | erscheinungsdatum
    say: sagt | steht drin | aussagen
    what does it say in: was steht im | was steht in | was steht in dem | was steht drin
"""

# Lists: verbs, kinds, status words, windows.
_LISTS = """
    list: liste | auflisten | nenn | nenne | nennen | nennen sie | aufzählen
    show me: zeig mir | zeige mir | zeigen sie mir | zeig | zeige | zeigen
    give me: gib mir | geben sie mir
    any: irgendwelche | irgendein | irgendeine | etwas | irgendwas
    all: alle | sämtliche | alles
    are there: gibt es | gibts | gibt's | es gibt | haben sie | hast du
    is there: gibt es eine | gibt es einen | gibt es ein
    whats on: was läuft | was steht | was steht an | was ist los | was geht
    whats on: was gibt es | was gibts | was ist geplant
    what is happening: was passiert | was ist los
    whats coming: was kommt | was kommt noch | was steht bevor | was erwartet uns
    happening: los | passiert | geboten
    coming up: demnächst | in kürze | bald
    upcoming: kommende | kommenden | kommender | kommendes | anstehende | anstehenden
    upcoming: bevorstehende | bevorstehenden
    next: nächste | nächsten | nächster | nächstes | nächstem | als nächstes | als nächste
    upcoming: zukünftige | zukünftigen | künftige | künftigen | geplante | geplanten
    coming: kommt | kommen | stehen an | steht an | anstehen
    soon: bald | demnächst
    future: zukunft
    past: vergangene | vergangenen | vergangener | frühere | früheren | bisherige
    past: bisherigen | vorherige | vorherigen | ehemalige | alte | alten | letzte | letzten
    previous: vorige | vorigen
    open: offene | offenen | offener
    currently open: laufen gerade | laufen aktuell | laufen derzeit | laufen momentan
    currently open: läuft gerade
    currently open: läuft aktuell | läuft derzeit | laufen zurzeit | läuft zurzeit
    current: aktuelle | aktuellen | aktueller | aktuelles
    open: geöffnete | geöffneten
    closed: geschlossene | geschlossenen | abgelaufene | abgelaufenen | beendete | beendeten
    ongoing: laufend | gerade laufend | stattfindende | laufende | laufenden | laufender
    currently: gerade | derzeit | zurzeit | momentan | aktuell | im moment | jetzt gerade
    now: jetzt | nun
    events: veranstaltungen | anlässe
    event: veranstaltung | anlass
    conferences: konferenzen | tagungen | kongresse | fachtagungen | fachkonferenzen
    conference: konferenz | tagung | kongress | fachtagung | fachkonferenz
    workshops: seminare | schulungen | kurse | trainings | lehrgänge | fortbildungen
    workshop: seminar | schulung | kurs | lehrgang | fortbildung | weiterbildung
    webinars: webinare | onlineseminare | online-seminare
    webinar: onlineseminar | web-seminar | online-seminar
    meeting: treffen
    meetings: sitzungen | versammlungen | zusammenkünfte
    meeting: sitzung | versammlung | zusammenkunft | besprechung
    calls: ausschreibungen | aufrufe | förderaufrufe | wettbewerbe | förderprogramme
    calls: ausschreibungsrunden | förderausschreibungen | fördermöglichkeiten
    opportunities: möglichkeiten
    call: ausschreibung | aufruf | förderaufruf | ausschreibungsrunde | förderprogramm
    call: förderausschreibung | wettbewerb | förderwettbewerb
    briefs: studien | berichte | publikationen | veröffentlichungen
    briefs: papiere | positionspapiere | dokumente | analysen
    brief: studie | bericht | dokument | analyse
    paper: papier
    position paper: positionspapier
    matchmaking: kooperationsbörse | partnerbörse | kontaktbörse
    brokerage: börse
    visit: besuch | besichtigung | standortbesuch
    visits: besuche | besichtigungen
    info session: infoveranstaltung | informationsveranstaltung | infotermin | infositzung
    info day: infotag | informationstag
    day: tag | tages
    days: tage | tagen
    annual conference: jahrestagung | jahreskonferenz
    annual meeting: jahrestreffen | jahresversammlung | mitgliederversammlung
    annual: jährlich | jährliche | jährlichen | jahres
    final conference: abschlusskonferenz | abschlusstagung
    final: abschluss | finale | abschließende
    kick off: auftakt | auftaktveranstaltung | kick-off
    fair: messe | fachmesse
    summit: gipfel | gipfeltreffen
    award: auszeichnung | preisverleihung
    school: schule | sommerschule
    week: woche
    weeks: wochen
    month: monat | monats
    months: monate | monaten
    year: jahr | jahre | jahren | jahrgang
"""

# Time windows, months and weekdays.
_TIME = """
    today: heute | heut | heute noch
    tonight: heute abend
    tomorrow: morgen
    this week: diese woche | dieser woche | diesen wochen | in dieser woche | die woche
    this week: laufende woche | laufenden woche | aktuelle woche | aktuellen woche
    next week: nächste woche | nächster woche | nächsten woche | kommende woche
    next week: kommenden woche | in der nächsten woche | in der kommenden woche
    next 7 days: nächsten 7 tagen | nächsten sieben tagen | kommenden 7 tagen
    next 7 days: kommenden sieben tagen | nächste 7 tage | nächsten 7 tage
    this month: diesen monat | diesem monat | dieser monat | im laufenden monat
    this month: laufenden monat | aktuellen monat | in diesem monat
    next month: nächsten monat | nächster monat | nächstem monat | kommenden monat
    next month: im nächsten monat | im kommenden monat | nächsten monats | kommenden monats
    this year: dieses jahr | diesem jahr | dieses jahres | in diesem jahr | heuer
    this year: laufenden jahr | aktuellen jahr
    next year: nächstes jahr | nächsten jahr | nächsten jahres | kommendes jahr | kommenden jahr
    last week: letzte woche | letzten woche | vergangene woche | vergangenen woche
    last month: letzten monat | letzter monat | vergangenen monat | letzten monats
    last year: letztes jahr | letzten jahr | vergangenes jahr | vergangenen jahr | voriges jahr
    last year: vorigen jahr | letzten jahres | im vorjahr | vorjahr
    weekend: wochenende
    january: januar | jänner | janner
    february: februar | feber | febuar
    march: märz | maerz | marz | mrz
    april: april
    may: mai
    june: juni
    july: juli
    august: august
    september: september
    october: oktober | okt
    november: november
    december: dezember | dez
    monday: montag | montags
    tuesday: dienstag | dienstags
    wednesday: mittwoch | mittwochs
    thursday: donnerstag | donnerstags
    friday: freitag | freitags
    saturday: samstag | samstags | sonnabend
    sunday: sonntag | sonntags
    morning: vormittag | vormittags | morgens
    afternoon: nachmittag | nachmittags
    evening: abend | abends
    beginning: anfang | beginn
    middle: mitte
    end of: ende
"""

# Greetings, thanks, help.
_TALK = """
    hello: hallo | servus | moin | moin moin | grüß gott | grüezi | grüss dich | tach
    hello: hallöchen | hallo zusammen | hallo ihr | hi zusammen | guten tag | tag zusammen
    hello: grüß dich
    good morning: guten morgen | morgen zusammen
    good afternoon: schönen nachmittag
    good evening: guten abend | n abend
    thanks: danke | dank | dankeschön | danke schön
    thank you: vielen dank | besten dank | herzlichen dank | tausend dank | danke dir
    thank you: danke ihnen | danke euch | vielen herzlichen dank
    great: super | toll | prima | klasse | spitze | sehr gut | wunderbar
    perfect: perfekt | passt | genau
    ok: alles klar | gut | in ordnung
    help: hilfe | helfen | hilf | unterstützung | hilfestellung
    help me: hilf mir | helfen sie mir | hilf mir bitte
    how can you help: wie kannst du helfen | wobei kannst du helfen | womit kannst du helfen
    how can you help: wie können sie helfen | wobei können sie helfen | womit kannst du mir helfen
    how can you help: wie kannst du mir helfen | wie können sie mir helfen
    what can you do: was kannst du | was kannst du so | was können sie | was kannst du alles
    what can you do: was können sie alles | was machst du | was machst du so
    what can you do: was kann der bot | was kann dieser bot | was kann ich mit dir machen
    what can i ask: was kann ich fragen | was kann ich dich fragen | was kann ich sie fragen
    what can i ask: was kann ich hier fragen | was kann ich dich hier fragen
    what can i ask: was kann ich sie hier fragen | was darf ich fragen | was kann man fragen
    what can i ask: was kann man dich fragen | was kann man hier fragen | was kann ich hier
    what kind of questions: was für fragen | welche art von fragen | welche fragen
    what do you know: was weißt du | was wissen sie | worüber weißt du
    what do you know: welche infos gibt es hier | welche informationen gibt es hier
    what do you know: was gibt es hier | welche infos hast du | welche infos haben sie
    what do you know: welche informationen hast du | welche informationen haben sie
    who are you: wer bist du | wer sind sie | was bist du | was sind sie | wie heißt du
    who are you: wofür bist du da | wofür sind sie da | wozu bist du da | wozu gibt es dich
    what can you do: was kann man hier machen | was kann ich hier machen | was kann man hier tun
    are you: bist du | sind sie
    how does this work: wie funktioniert das | wie funktioniert das hier | wie geht das
    how does this work: wie funktioniert der bot | wie funktionierst du | wie funktioniert es
    how do i use: wie benutze ich | wie nutze ich | wie verwende ich | wie bediene ich
    how to use: bedienung | benutzung | anleitung zur nutzung
    instructions: anleitung | anleitungen | gebrauchsanweisung
    commands: befehle | kommandos
    this bot: diesen bot | dieser bot | der bot | dem bot
    ask: fragen | frage | fragt | stellen
"""

# Words that carry the sentence: pronouns, verbs of being, prepositions, articles.
_FUNCTION = """
    i: ich
    me: mich | mir
    we: wir
    us: uns
    our: unser | unsere | unseren | unserem | unserer
    my: mein | meine | meinen | meinem | meiner
    you: du | dich | dir | sie | ihr | euch | ihnen
    your: dein | deine | deinen | ihre | ihren | eure
    it: es | er
    is: ist | gibt | wäre
    are: sind | bist | seid
    am: bin
    was: war | wurde | gewesen
    were: waren | wurden
    will: wird | werden | wirst
    has: hat
    have: habe | hab | haben | hast | habt | hatte | hatten
    can: kann | kan | kannst | können | könnt | darf | dürfen | darfst
    could: könnte | könnten | könntest | würdest
    must: muss | müssen | musst
    should: soll | sollen | sollte | sollten
    would like: möchte | möchten | möchtest | will gerne | würde gerne | würden gerne | wollen
    would like: wollte | wollten | hätte gerne | hätten gerne | will
    need: brauche | brauchen | benötige | benötigen
    know: weiß | wissen | weißt | kenne | kennen | kennst | wüsste | wüssten | erfahren
    find: finde | finden wir | herausfinden
    see: sehen | gesehen | sehe
    look: schauen | suchen | suche | sucht
    please: bitte | bitteschön | gerne | gern
    and: und | sowie
    until: bis
    or: oder | bzw | beziehungsweise
    but: aber | jedoch | allerdings | sondern
    so: also | deshalb | daher
    if: ob | wenn | falls
    then: dann | danach
    that: dass | daß
    here: hier | da | dort
    there: dort | da
    the: der | die | das | den | dem | des
    a: ein | eine | einen | einem | einer | eines
    this: dieser | diese | dieses | diesen | diesem
    for: für | fuer | zwecks
    to: zu | nach | ins
    until: bis zum | bis zur
    to the: zum | zur
    of: von | vom
    with: mit | samt
    at: bei | beim | um
    on: am | auf | über | ueber
    from: aus | ab | seit
    before: vor | bevor | vorher
    after: nach dem | nachdem | danach
    between: zwischen
    during: während | im rahmen
    in: im | innerhalb
    about: bezüglich | betreffend | zu dem thema | zum thema | hinsichtlich
    again: wieder | erneut | nochmal | noch einmal
    also: auch | ebenfalls
    only: nur | lediglich
    exactly: genau | exakt
    really: wirklich | tatsächlich
    actually: eigentlich
    more: mehr | weitere | weiteren
    new: neu | neue | neuen | neues | neuer
    first: erste | ersten | erster | erstes | erstem
    second: zweite | zweiten | zweiter | zweites | zweitem
    third: dritte | dritten | dritter | drittes | drittem
    fourth: vierte | vierten | vierter | viertes | viertem
    fifth: fünfte | fünften | fünfter | fünftes
    sixth: sechste | sechsten | sechster
    one: eins
    two: zwei
    three: drei
    four: vier
    five: fünf
    six: sechs
    seven: sieben
    eight: acht
    nine: neun
    ten: zehn
    round: runde
    edition: ausgabe | auflage
    module: modul
    modules: module | modulen
    : denn | doch | mal | eben | halt | ja | wohl | so | schon mal | etwa | bloß | nur mal
    : man | sich | einmal | leider | gerade eben | dabei | statt | ein | an | eigentlich noch
    : sehr geehrte damen und herren | sehr geehrte | sehr geehrter | liebe | lieber
    : liebes team | hallo team | grüße | viele grüße | liebe grüße | beste grüße | mfg | lg
    : vg | danke im voraus | im voraus | vorab | übrigens | ähm | äh | hm | naja | okay also
    : irgendwie | ungefähr | circa | ca | sag mal | fahren | hinfahren
    : dauert | dauern | dauer | kurze frage | eine frage | kurz | kurze | kurzer
    : schnelle frage | frage an euch | frage an sie
    : ich hätte eine frage | ich habe eine frage | hab eine frage | mal eine frage
"""

# Places and names said in German: countries, regions, cities, nationalities.
_PLACES = """
    germany: deutschland | brd
    austria: österreich
    switzerland: schweiz
    france: frankreich
    spain: spanien
    italy: italien
    poland: polen
    czechia: tschechien | tschechei | tschechische republik
    slovakia: slowakei
    hungary: ungarn
    slovenia: slowenien
    croatia: kroatien
    romania: rumänien
    bulgaria: bulgarien
    greece: griechenland
    belgium: belgien
    netherlands: niederlande | holland
    luxembourg: luxemburg
    denmark: dänemark
    sweden: schweden
    finland: finnland
    norway: norwegen
    estonia: estland
    latvia: lettland
    lithuania: litauen
    ireland: irland
    united kingdom: großbritannien | vereinigtes königreich | vereinigten königreich
    scotland: schottland
    colombia: kolumbien
    latin america: lateinamerika
    asia: asien
    africa: afrika
    north america: nordamerika
    australia: australien
    south america: südamerika
    united states: vereinigte staaten
    europe: europa
    scandinavia: skandinavien
    nordic countries: nordeuropa | nordische länder
    baltic sea: ostsee
    baltic sea region: ostseeraum | ostseeregion
    alps: alpen
    alpine space: alpenraum
    central europe: mitteleuropa | zentraleuropa
    mediterranean: mittelmeer | mittelmeerraum
    danube: donau
    danube region: donauraum | donauregion
    bavaria: bayern
    saxony: sachsen
    tyrol: tirol
    styria: steiermark
    vienna: wien
    gdansk: danzig
    torino: turin
    milan: mailand
    venice: venedig
    florence: florenz
    naples: neapel
    rome: rom
    genoa: genua
    munich: münchen
    cologne: köln
    brussels: brüssel
    antwerp: antwerpen
    liege: lüttich
    the hague: den haag
    copenhagen: kopenhagen
    gothenburg: göteborg
    lisbon: lissabon
    seville: sevilla
    prague: prag
    plzen: pilsen
    brno: brünn
    warsaw: warschau
    krakow: krakau
    wroclaw: breslau
    poznan: posen
    bratislava: pressburg
    ljubljana: laibach
    strasbourg: straßburg
    athens: athen
    bucharest: bukarest
    tokyo: tokio
    kosice: kaschau
    lodz: lodsch
    bolzano: bozen
    trento: trient
    trieste: triest
    gdynia: gdingen
    szczecin: stettin
    ostrava: ostrau
    liberec: reichenberg
    karlovy vary: karlsbad
    sibiu: hermannstadt
    cluj: klausenburg
    timisoara: temeswar
    kyiv: kiew
    lviv: lemberg
    leuven: löwen
    ghent: gent
    geneva: genf
    zaragoza: saragossa
    belgrade: belgrad
    tbilisi: tiflis
    katowice: kattowitz
    moscow: moskau
    czech: tschechisch* | tschechien*
    danish: dänisch*
    polish: polnisch*
    spanish: spanisch*
    portuguese: portugiesisch*
    italian: italienisch*
    french: französisch*
    swedish: schwedisch*
    finnish: finnisch*
    german: deutsch*
    austrian: österreichisch*
    swiss: schweizerisch* | schweizer
    estonian: estnisch*
    japanese: japanisch*
    belgian: belgisch*
    dutch: niederländisch*
    european: europäisch*
    baltic: baltisch*
    nordic: nordisch* | skandinavisch*
    latin american: lateinamerikanisch*
"""

# Common nouns that name what items are about.
_TOPICS = """
    national: national*
    international: international*
    interregional: interregional*
    transnational: transnational*
    regional: regional*
    global: global* | weltweit*
    innovative: innovativ*
    sustainable: nachhaltig*
    political: politisch*
    small: klein | kleine | kleinen | kleiner | kleines | kleinem
    key: schlüssel
    core: kern
    innovation: innovationen
    project: projekt | vorhaben
    projects: projekte | projekten | vorhaben
    partner: partnerin
    partners: partnern
    partnership: partnerschaft | kooperation | zusammenarbeit
    partnerships: partnerschaften | kooperationen
    network: netzwerk | verbund
    networks: netzwerke | verbünde
    member: mitglied
    members: mitglieder | mitgliedern
    company: unternehmen | firma | betrieb
    companies: firmen | betriebe | unternehmen
    research: forschung
    science: wissenschaft
    region: region
    regions: regionen
    policy: politik
    strategy: strategie
    impact: wirkung | auswirkung | auswirkungen | einfluss
    excellence: exzellenz
    competitiveness: wettbewerbsfähigkeit | wettbewerbs | wettbewerbsfähig*
    internationalisation: internationalisierung
    financing: finanzierung
    energy: energie
    food: lebensmittel | ernährung
    manufacturing: fertigung | produktion
    economy: wirtschaft
    agriculture: landwirtschaft
    circular economy: kreislaufwirtschaft
    university: hochschule | universität | uni
    universities: hochschulen | universitäten
    participants: teilnehmer | teilnehmende | teilnehmerinnen | teilnehmerliste | teilnehmerzahl
    waiting: warteliste
    speakers: referenten | sprecher | referentinnen | redner
    talk: vortrag | vorträge
    language: sprache
    economic development: wirtschaftsförderung
    recognition: anerkennung
    manager: managerin
    management: leitung
    organisations: organisationen
    funding agency: förderagentur | förderstelle
    ministry: ministerium
    weather: wetter
    joke: witz
    supply chain: lieferkette
    supply chains: lieferketten
    resilience: resilienz | widerstandsfähigkeit
    hydrogen: wasserstoff
    industry: industrie
    green: grün | grüne | grünen
    transition: wandel | übergang | transformation
    sustainability: nachhaltigkeit
    valleys: täler
    SMEs: kmu | kmus | mittelstand
    spring: frühling | frühjahr
    summer: sommer
    autumn: herbst
    winter: winter
    happened: lief | liefen
    are: stehen
    recording: aufzeichnung | aufnahme | mitschnitt
    recordings: aufzeichnungen | aufnahmen
    send: schicken | schick | schicke | senden | sende | zusenden | schickst
    yesterday: gestern
    funding: geld | fördergeld | mittel
    countries: länder | staaten
    results: ergebnis | ergebnisse | entscheidung
    announced: bekanntgegeben | bekannt gegeben | verkündet
    left: bleibt | bleiben | übrig | verbleibend | verbleiben
    fee: gebühr | teilnahmegebühr | teilnehmergebühr | beitrag
    fees: gebühren | kosten
    possible: möglich
    business model: geschäftsmodell
    business models: geschäftsmodelle
    model: modell
    models: modelle
    business: geschäft | geschäfts
    opening: eröffnung
    divide: kluft | gefälle
"""


# domain words: what item titles say, in German
# Compounds not listed are read by their known tail ("Bewerberseminar" -> "applicant seminar").
# Subscription requests: "erinnere mich an die CmR-Ausschreibung" is read as
# "remind me about ..." by the same reader as English requests.
_REQUESTS = """
remind me about: erinnere mich an | erinnern sie mich an | erinner mich an | erinnere mich bitte an
remind me about: erinnern sie mich bitte an | bitte erinnere mich an | bitte erinnern sie mich an
remind me: erinnere mich | erinnern sie mich | erinner mich
notify me of: benachrichtige mich über | benachrichtigen sie mich über | informiere mich über
notify me of: informieren sie mich über | halte mich auf dem laufenden über
notify me: benachrichtige mich | benachrichtigen sie mich
subscribe me to: abonniere | abonnieren | abonniere mir
stop reminding me about: erinnere mich nicht mehr an | erinnern sie mich nicht mehr an
before: vorher
"""

_DOMAIN = """
    # people and organisations
    applicant: bewerberin | bewerberinnen | antragstellerin | antragstellerinnen | antragstellenden
    applicant: einreicher | einreicherin | einreichende | einreichenden
    applicant seminar: bewerberseminar | antragstellerseminar | antragstellerworkshop
    participants: teilnehmenden
    partner: projektpartner | projektpartnerin | kooperationspartner
    partners: projektpartnern | kooperationspartnern
    lead partner: leadpartner | federführender partner | federführenden partner
    coordinator: koordinator | koordinatorin | koordinatoren | koordinatorinnen
    consortium: konsortium | verbundprojekt
    consortia: konsortien | konsortialpartner
    manager: managerinnen
    cluster manager: clustermanager | clustermanagerin | clustermanagerinnen
    cluster management: clustermanagement
    cluster organisation: clusterorganisation | clusterinitiative
    cluster organisations: clusterorganisationen | clusterinitiativen
    cluster policy: clusterpolitik
    managing authority: verwaltungsbehörde | programmbehörde
    managing authorities: verwaltungsbehörden | programmbehörden
    authority: behörde
    authorities: behörden
    national contact point: nationale kontaktstelle | nationalen kontaktstelle | kontaktstelle
    european commission: europäische kommission | europäischen kommission | eu kommission
    member states: mitgliedstaaten | mitgliedsstaaten
    presidency: präsidentschaft | ratspräsidentschaft | ratsvorsitz | eu ratsvorsitz
    policymakers: entscheidungsträger | entscheidungsträgerinnen | politikgestalter
    experts: experten | expertinnen | fachleute | sachverständige | sachverständigen
    evaluators: gutachter | gutachterin | gutachterinnen | evaluatoren
    investors: investoren | investorinnen | geldgeber | kapitalgeber | anleger
    investor: investorin
    impact investors: impact investoren | wirkungsinvestoren | wirkungsorientierte investoren
    entrepreneurs: unternehmer | unternehmerin | unternehmerinnen
    founders: gründer | gründerin | gründerinnen
    startups: start up | start ups | startup | jungunternehmen | neugründungen
    startups: gründerszene | jungunternehmer
    scale ups: scaleup | scaleups | wachstumsunternehmen
    SMEs: kleine und mittlere unternehmen | kleinen und mittleren unternehmen | kmu förderung
    SMEs: mittelständische unternehmen | mittelständler
    SME: mittelständisch*
    scouts: scout
    innovation scouts: innovationsscout | innovationsscouts
    challenge owners: aufgabensteller | problemsteller | challenge geber
    owners: eigentümer | inhaber
    jury: juroren | jurorin | jurorinnen | jurymitglieder | preisgericht
    finalists: finalisten | finalistin | finalistinnen
    winners: gewinner | gewinnerin | gewinnerinnen | preisträger | preisträgerin | preisträgerinnen
    nominees: nominierte | nominierten | nominierung | nominierungen
    exhibitors: aussteller | ausstellerin | ausstellerinnen
    universities: hochschulen und universitäten
    research organisations: forschungseinrichtungen | forschungsorganisationen
    research institute: forschungsinstitut | forschungsinstitute | forschungseinrichtung
    # formats and kinds of item
    working group: arbeitsgruppe | arbeitskreis | arbeitsgemeinschaft | fachgruppe
    working groups: arbeitsgruppen | arbeitskreise | arbeitskreisen | fachgruppen
    peer review: kollegiale begutachtung | gegenseitige begutachtung
    peer review: kollegiale beratung
    peer learning: voneinander lernen | gegenseitiges lernen
    community of practice: praxisgemeinschaft | praxisgemeinschaften | praktikergemeinschaft
    community of practice: lerngemeinschaft | fachcommunity
    community: gemeinschaft
    roadshow: roadshows | informationstour | infotour
    info days: infotage | informationstage | infotagen | informationstagen
    info day: info tag | online infotag
    information session: informationssitzung | informationsrunde
    series: reihe | veranstaltungsreihe | seminarreihe | vortragsreihe
    webinar series: webinarreihe | webinar reihe | online reihe
    session: sessions
    academy: akademie | akademien
    training: ausbildung | trainingsprogramm | qualifizierungsprogramm
    forum: foren
    panel: podiumsdiskussion | diskussionsrunde | podium
    keynote: hauptvortrag | impulsvortrag | eröffnungsrede
    networking: vernetzung | netzwerktreffen | netzwerkveranstaltung
    mission: missionen | delegationsreise | unternehmerreise | wirtschaftsmission
    mission: handelsmission | unternehmerdelegation | delegation
    study visit: studienreise | studienbesuch | lernreise | exkursion | exkursionen
    site visits: betriebsbesichtigung | betriebsbesichtigungen | firmenbesuche
    site visits: unternehmensbesuche
    site visits: vor ort besuche | standortbesuche
    exhibition: ausstellung | ausstellungen
    b2b meetings: b2b treffen | b2b gespräche | geschäftstreffen | einzelgespräche
    matchmaking: matchmaking veranstaltung | kooperationsbörsen | partnerbörsen | kontaktbörsen
    matchmaking: geschäftspartnersuche | partnervermittlung
    brokerage: brokerage veranstaltung | vermittlungsveranstaltung
    partnering: partnersuche | partnering veranstaltung
    hackathon: hackathons | hackerthon
    ceremony: zeremonie | festakt | verleihungszeremonie | preisverleihungsfeier
    award ceremony: preisverleihung | preisverleihungen | verleihung
    awards: auszeichnungen | preise und auszeichnungen
    pitching to: pitchen vor | pitch vor | pitching vor | präsentieren vor | pitches vor
    pitching: pitch | pitchen | pitchs | pitches
    accelerator: acceleratoren | beschleuniger | accelerator programm
    incubator: inkubator | inkubatoren | gründerzentrum | gründerzentren
    mentoring: coaching
    presentation: präsentation | präsentationen
    pilot: pilotprojekt | pilotvorhaben | pilotphase | pilotaktion | erprobung
    pilots: pilotaktionen
    pilot projects: pilotprojekte | pilotprojekten
    small projects: kleinprojekte | kleinprojekten | kleinprojekt
    classic projects: klassische projekte | klassischen projekte | klassischen projekten
    classic: klassisch | klassische | klassischen | klassischer | klassisches
    core projects: kernprojekte | kernprojekten | kernprojekt
    primer: leitfaden | handreichung | grundlagenpapier
    guide: ratgeber | handbuch | wegweiser
    guidelines: leitlinien | richtlinien | programmleitfaden
    policy brief: politikpapier | kurzdossier | politikbrief | strategiepapier
    policy briefs: politikpapiere
    white paper: weißbuch | whitepaper
    report: jahresbericht | abschlussbericht | fortschrittsbericht
    survey: umfrage | umfragen | befragung | befragungen
    mapping: kartierung | bestandsaufnahme | kartografierung
    roadmap: fahrplan
    action plan: aktionsplan | aktionspläne
    lessons: erkenntnisse | gewonnene erkenntnisse | lehren aus
    recommendations: empfehlungen | handlungsempfehlungen | politikempfehlungen
    evaluation: evaluierung | bewertung | begutachtung
    selection criteria: auswahlkriterien | bewertungskriterien | förderkriterien
    selection: auswahlverfahren
    category: kategorie | kategorien
    # calls and funding
    call for proposals: aufruf zur einreichung von vorschlägen | projektaufruf | projektaufrufe
    call for applications: aufruf zur bewerbung | bewerbungsaufruf | bewerbungsaufrufe
    proposals: projektvorschläge | projektideen | projektskizzen | projektanträgen
    proposal: projektvorschlag | projektidee | projektskizze
    expression of interest: interessenbekundung | interessensbekundung | interessenbekundungen
    expression of interest: interessensbekundungen | interessenbekundungsverfahren
    joint call: gemeinsame ausschreibung | gemeinsamen ausschreibung | gemeinsamer aufruf
    joint call: gemeinsamen aufruf | gemeinsame förderbekanntmachung
    call: förderbekanntmachung
    grants: zuwendungen | finanzhilfen | fördermittelzuschüsse
    eu grants: eu zuschüsse | eu zuschüssen | eu zuschuss | eu fördermittel | eu fördermitteln
    eu grants: eu fördergelder | eu fördergeldern | eu finanzhilfen
    grant: zuwendung | finanzhilfe
    seed funding: anschubfinanzierung | startfinanzierung | seed finanzierung | seed förderung
    seed grants: seed zuschüsse | anschubförderung | startzuschüsse
    seed capital: startkapital | seed kapital | seedkapital
    vouchers: gutscheine | innovationsgutscheine | beratungsgutscheine
    voucher: gutschein | innovationsgutschein | beratungsgutschein
    instrument: förderinstrument | finanzierungsinstrument
    instruments: instrumente | instrumenten | finanzierungsinstrumente
    funding instruments: förderinstrumente | förderinstrumenten
    strand: förderlinie | förderlinien | programmlinie | förderstrang | strang | förderschwerpunkt
    budget: fördervolumen | mittelausstattung | gesamtbudget | etat
    co financing: kofinanzierung | ko finanzierung | eigenanteil | eigenmittel
    lump sum: pauschale | pauschalbetrag | pauschalbeträge
    eligible: förderfähig | förderfähige | förderfähigen | antragsberechtigt | antragsberechtigte
    eligible: antragsberechtigten | teilnahmeberechtigt | teilnahmeberechtigte
    eligibility: förderfähigkeit | antragsberechtigung | teilnahmeberechtigung
    single stage: einstufig | einstufige | einstufigen | einstufiges | einstufiger
    two stage: zweistufig | zweistufige | zweistufigen | zweistufiges | zweistufiger
    stage: stufe | verfahrensstufe
    cut off: cutoff | einreichungsstichtag | einreichungsrunde
    investment: investition | investitionsvorhaben
    investments: investitionen
    private investment: private investitionen | privaten investitionen | privatinvestitionen
    private: privat | privaten | privater | privates | privatwirtschaftlich*
    finance: finanzen | finanzwesen | kapital
    venture capital: wagniskapital | risikokapital | vc
    venture debt: wagnisdarlehen | risikodarlehen | venture darlehen
    equity: eigenkapital | beteiligungskapital | beteiligungsfinanzierung
    revenue based finance: umsatzbasierte finanzierung | umsatzbasierten finanzierung
    revenue based: umsatzbasiert | umsatzbasierte | umsatzbasierten | umsatzabhängig*
    revenue: umsatz | umsätze | einnahmen | erlöse
    loans: darlehen | kredite | kredit
    combining: kombinieren | kombination | kombiniert | kombiniere | kombinierung
    state aid: staatliche beihilfe | staatliche beihilfen | staatlichen beihilfen | beihilfe
    state aid: beihilfen | beihilferecht | beihilfevorschriften
    erdf: efre | europäischer fonds für regionale entwicklung | efre mittel
    cohesion policy: kohäsionspolitik
    cohesion: kohäsion | kohäsionsfonds | zusammenhalt
    horizon europe: horizont europa | horizon europa
    framework programme: rahmenprogramm | rahmenprogramms | forschungsrahmenprogramm
    european innovation council: europäischer innovationsrat | europäischen innovationsrat
    jrc: gemeinsame forschungsstelle | gemeinsamen forschungsstelle
    european digital innovation hubs: europäische digitale innovationszentren
    european digital innovation hubs: europäischen digitalen innovationszentren
    digital innovation hubs: digitale innovationszentren | digitalen innovationszentren
    innovation hub: innovationszentrum | innovationshub | innovations hub
    innovation hubs: innovationszentren | innovationshubs
    hubs: drehscheiben
    hub: drehscheibe
    competence centre: kompetenzzentrum | kompetenzzentren
    ecosystem: ökosystem | innovationsökosystem | clusterökosystem
    ecosystems: ökosysteme | ökosystemen | innovationsökosysteme | innovationsökosystemen
    network: netzes | netze | europäisches netz | europäischen netzes
    extend: erweiterung
    platform: plattform | plattformen | s3 plattform
    initiative: initiativen
    public procurement: öffentliche beschaffung | öffentliche auftragsvergabe
    innovation procurement: innovationsorientierte beschaffung | innovative beschaffung
    # policy and strategy
    regional policy: regionalpolitik
    industrial policy: industriepolitik
    innovation policy: innovationspolitik
    research policy: forschungspolitik
    policies: politiken | politikansätze
    measures: maßnahme | maßnahmen
    smart specialisation: intelligente spezialisierung | intelligenten spezialisierung
    smart specialisation: s3 strategie | s3 strategien | strategie für intelligente spezialisierung
    smart specialisation strategies: strategien für intelligente spezialisierung
    specialisation: spezialisierung | spezialisierungen
    smart: intelligent | intelligente | intelligenten | intelligenter | intelligentes
    entrepreneurial discovery: unternehmerische entdeckung | unternehmerischen entdeckung
    entrepreneurial discovery: unternehmerischer entdeckungsprozess | entdeckungsprozess
    entrepreneurial discovery: unternehmerischen entdeckungsprozess | entdeckungsprozesses
    entrepreneurial discovery: unternehmerischen entdeckungsprozesses | edp
    entrepreneurial: unternehmerisch | unternehmerische | unternehmerischen | unternehmerischer
    discovery: entdeckung | entdeckungen
    directionality: direktionalität | zielrichtung | richtungsgebung | richtungsweisung
    regional development: regionalentwicklung | regionale entwicklung | regionalen entwicklung
    economic development: wirtschaftliche entwicklung | wirtschaftlichen entwicklung
    territorial: territoriale | territorialen | territorialer
    territorial cooperation: territoriale zusammenarbeit | territorialen zusammenarbeit
    cross border: grenzüberschreitend* | grenzübergreifend* | über grenzen hinweg
    cross border cooperation: grenzüberschreitende zusammenarbeit
    cooperation: zusammenarbeiten
    internationalisation: auslandsexpansion | markterschließung
    enlargement: eu erweiterung | erweiterungsländer | beitrittsländer | beitrittskandidaten
    enlargement: erweiterungspolitik | osterweiterung
    extend: erweitern | erweitert | ausweiten | ausgeweitet | ausbauen | ausgebaut | ausbau
    geoeconomic: geoökonomisch | geoökonomische | geoökonomischen | geoökonomischer
    geoeconomic: geowirtschaftlich | geowirtschaftliche | geowirtschaftlichen
    geoeconomics: geoökonomie | geowirtschaft
    fragmentation: fragmentierung | zersplitterung | fragmentierungen
    age: zeitalter | ära
    geopolitics: geopolitik | geopolitisch*
    sovereignty: souveränität | technologische souveränität | technologischen souveränität
    strategic autonomy: strategische autonomie | strategischen autonomie
    resilient: resiliente | resilienten | widerstandsfähig* | krisenfest*
    security: versorgungssicherheit
    long term: langfristig* | langzeit | auf lange sicht
    short term: kurzfristig*
    transitions: übergänge | transformationen | umbrüche
    transition: transformationsprozess | strukturwandel
    industrial transition: industrieller wandel | industriellen wandel | industriellen wandels
    industrial transition: industrielle transformation | industriellen transformation
    industrial transition: industriellen übergang | industriellen strukturwandel
    twin transition: doppelte transformation | doppelten transformation | zwillingstransformation
    twin transition: doppelter wandel | doppelten wandel | grüne und digitale transformation
    twin: zwilling | zwillings
    driving: vorantreiben | antreiben
    scaling: skalierung | skalieren | hochskalieren | hochskalierung | skalierbar*
    grow: wachsen | wächst | wachstum | wachstums
    growth: wachstumsstrategie
    competitiveness: konkurrenzfähigkeit | wettbewerbsstärke
    productivity: produktivität
    # the economy and its sectors
    industrial: industriell | industrielle | industriellen | industrieller | industrielles
    industries: industrien | branchen | wirtschaftszweige | sektoren
    sector: branche | sektor | wirtschaftszweig
    services: dienstleistungen | dienstleistung | dienste | dienstleistungsangebot
    cluster services: clusterdienstleistungen | clusterservices
    market: märkte | märkten | absatzmarkt | absatzmärkte
    single market: binnenmarkt | europäischer binnenmarkt | europäischen binnenmarkt
    market access: marktzugang | markteintritt
    export: exporte | ausfuhr | exportförderung
    trade: außenhandel | handelsbeziehungen
    value chain: wertschöpfungskette | wertschöpfungsnetzwerk
    value chains: wertschöpfungsketten
    supply chain: versorgungskette | versorgungsketten | lieferkettensicherheit
    supply chains: lieferketten | lieferkettenresilienz
    supply chain resilience: resiliente lieferketten | resilienz der lieferketten
    value creation: wertschöpfung
    circular economy: kreislaufwirtschaft | zirkuläre wirtschaft | zirkulären wirtschaft
    circular economy: kreislaufökonomie
    circular: zirkulär | zirkuläre | zirkulären | kreislauforientiert* | kreislauffähig*
    industrial symbiosis: industrielle symbiose | industriellen symbiose
    symbiosis: symbiose
    green deal: grüner deal | grünen deal | europäischer grüner deal
    green deal: europäischen grünen deal
    climate: klima | klimaschutz | klimawandel | klimapolitik | klimaanpassung
    climate neutral: klimaneutral* | klimaneutralität | netto null
    decarbonisation: dekarbonisierung | defossilisierung | emissionsminderung
    environment: umwelt | umweltschutz
    environments: umfelder | umgebungen | innovationsumfelder
    innovation environments: innovationsumgebungen | innovationsmilieus
    natural resources: natürliche ressourcen | natürlichen ressourcen
    resources: ressourcen
    raw materials: rohstoffe | kritische rohstoffe | kritischen rohstoffe
    materials: werkstoffe | materialien | werkstoff | neue materialien
    renewable energy: erneuerbare energie | erneuerbare energien | erneuerbaren energien
    renewable energy: erneuerbarer energien | ökostrom
    renewable: erneuerbar | erneuerbare | erneuerbaren
    energy transition: energiewende
    energy efficiency: energieeffizienz
    offshore wind: offshore windenergie | offshore windkraft | windenergie auf see
    offshore wind: offshore windparks | offshore windpark
    wind energy: windenergie | windkraft
    solar energy: solarenergie | photovoltaik | solar
    batteries: batterien | batterie | batteriezellen | batteriespeicher
    green hydrogen: grüner wasserstoff | grünen wasserstoff | grünem wasserstoff
    hydrogen: wasserstoffwirtschaft | h2
    bioeconomy: bioökonomie | biobasierte wirtschaft
    blue economy: blaue wirtschaft | blauen wirtschaft | meereswirtschaft | maritime wirtschaft
    blue economy: blaue ökonomie | blauen ökonomie
    blue: blau | blaue | blauen | blauer | blaues
    maritime: maritim | maritimen | maritimer
    sea: meer | meere | meeres
    ocean: ozean | ozeane | ozeans | meeresforschung
    ports: seehäfen | hafenstädte
    port: seehafen
    smart ports: intelligente häfen | intelligenten häfen | smarte häfen
    shipping: schifffahrt | seeschifffahrt
    fisheries: fischerei | aquakultur
    agrifood: agrar food | agrarlebensmittel
    agrifood: agrarwirtschaft | agrarsektor
    food industry: ernährungswirtschaft | ernährungsindustrie | lebensmittelindustrie
    food industry: lebensmittelbranche | lebensmittelwirtschaft
    food systems: ernährungssysteme | lebensmittelsysteme
    food waste: lebensmittelverschwendung | lebensmittelabfälle | lebensmittelverluste
    agriculture: agrar
    forestry: forstwirtschaft | holzwirtschaft
    water: wasserwirtschaft
    tourism: tourismus | fremdenverkehr | tourismuswirtschaft | tourismusbranche | touristik
    sustainable tourism: nachhaltiger tourismus | nachhaltigen tourismus | sanfter tourismus
    mobility: mobilität | verkehr | mobilitätswende | verkehrswende
    electric mobility: elektromobilität | e mobilität
    automotive: automobil | automobilindustrie | autoindustrie | automobilbranche
    automotive: fahrzeugbau | automobilzulieferer
    aerospace: luftfahrt
    space: raumfahrt | weltraum
    defence: verteidigung | verteidigungsindustrie | rüstungsindustrie
    logistics: logistik
    construction: bauwirtschaft | bauindustrie | bauwesen
    creative industries: kreativwirtschaft
    textiles: textil | textilien | textilindustrie | textilbranche | textilwirtschaft
    fashion: mode | modebranche | modeindustrie
    textiles and fashion: textil und mode
    machinery: maschinenbau | maschinen | maschinenindustrie | anlagenbau
    manufacturing: herstellung | verarbeitendes gewerbe | produzierendes gewerbe
    advanced manufacturing: fortgeschrittene fertigung | fortschrittliche fertigung
    advanced manufacturing: fortschrittlichen fertigung | moderne fertigung | moderne produktion
    advanced manufacturing: hochmoderne fertigung | fortgeschrittenen fertigung
    advanced: fortgeschritten | fortgeschrittene | fortgeschrittenen | fortschrittlich*
    chemicals: chemie | chemieindustrie | chemische industrie
    health: gesundheit | gesundheitswesen | gesundheitswirtschaft | gesundheitsbranche
    life sciences: lebenswissenschaften | biowissenschaften
    biotechnology: biotechnologie | biotech
    medical technology: medizintechnik | medtech
    pharma: pharmaindustrie | pharmazie
    semiconductors: halbleiter | halbleiterindustrie | mikroelektronik | mikrochips | chips
    artificial intelligence: künstliche intelligenz | künstlichen intelligenz | ki
    deep tech: deeptech | spitzentechnologie | spitzentechnologien
    technology: technologie | technologien
    key enabling technologies: schlüsseltechnologien | schlüsseltechnologie
    ict: ikt
    digital: digitale | digitalen | digitaler | digitales
    digitalisation: digitalisierung | digitaler wandel | digitale transformation
    digitalisation: digitalen transformation | digitalen wandel
    cybersecurity: cybersicherheit | it sicherheit
    data: datenwirtschaft
    quantum: quanten | quantentechnologie | quantentechnologien
    robotics: robotik
    photonics: photonik
    # research, knowledge and skills
    research and innovation: forschung und innovation
    research and development: forschung und entwicklung | fue
    research infrastructure: forschungsinfrastruktur | forschungsinfrastrukturen
    technology transfer: technologietransfer | wissenstransfer
    intellectual property: geistiges eigentum | geistigen eigentums | schutzrechte
    patents: patente | patent
    standardisation: normung | standardisierung
    skills: kompetenzen | fähigkeiten | fachkräfte | qualifikationen | qualifizierung
    skills: fachkräftesicherung | kompetenzentwicklung
    skills shortage: fachkräftemangel
    upskilling: höherqualifizierung | weiterqualifizierung
    reskilling: umschulung | umqualifizierung
    talent: talente | nachwuchskräfte
    education: bildung
    # ordinals titles count with
    seventh: siebte | siebten | siebter | siebtes
    eighth: achte | achten | achter | achtes
    ninth: neunte | neunten | neunter | neuntes
    tenth: zehnte | zehnten | zehnter | zehntes
"""


def as_names(text: str) -> str:
    """Glosses written as English writes names ("Austria", "Czech"), so a place said
    beside an item's name still reads as another name ("TCI Konferenz Asien")."""
    lines = []
    for line in text.splitlines():
        gloss, colon, phrases = line.partition(":")
        lines.append(f"{gloss.title()}{colon}{phrases}" if colon else line)
    return "\n".join(lines)


def windows() -> str:
    """Every inflected "this/next week/month/year" people type ("nächstes Monat")."""
    this = "diese dieser diesen diesem dieses"
    next_ = "nächste nächster nächsten nächstes nächstem kommende kommender kommenden kommendes"
    lines = []
    for english, german in (("week", "woche"), ("month", "monat"), ("year", "jahr")):
        for gloss, adjectives in ((f"this {english}", this), (f"next {english}", next_)):
            said = [f"{a} {german}" for a in adjectives.split()]
            said += [f"{a} {german}s" for a in adjectives.split() if german != "woche"]
            lines.append(f"{gloss}: {' | '.join(said)}")
    return "\n".join(lines)


PHRASES = entries(
    with_typed_umlauts(
        "\n".join(
            (
                _ASKING,
                _STATUS,
                _REGISTER,
                _LINK_ABOUT,
                _LISTS,
                _TIME,
                _TALK,
                _FUNCTION,
                _TOPICS,
                _REQUESTS,
                _DOMAIN,
            )
        )
        + as_names(_PLACES)
        + "\n"
        + windows()
    )
)

# Endings only common nouns have ("Eröffnung", "Teilnahmegebühr", "Mitgliedschaft"), folded.
NOUN_ENDINGS = tuple(
    """ung ungen heit heiten keit keiten schaft schaften tat taten nis nisse ismus tum
    gebuhr gebuhren kosten zeiten plan plane programm programme angebot angebote""".split()
)

# Words German questions use that other languages' questions use as much: Polish "się"
# and "nie", Spanish "es" and "los", Italian "da", "alle", French "an", "du", and loanwords.
SHARED = frozenset(
    """sie es da an so ja nie mal termin modul final finale national international global
    regional interregional transnational projekt partner kurs dokument analyse super prima
    alle mode online kan s du ca moment los bot link deadline""".split()
) | frozenset(
    # English words the domain words gloss ("Start-ups", "Pitch"): no evidence of German
    """startup startups start up ups scaleup scaleups scout sessions hackathons hackerthon
    pitch pitchs pitches pitching coaching delegation podium cutoff intelligent solar h2
    biotech medtech chips patent vc edp deeptech whitepaper leadpartner clusterservices
    innovationshub innovationshubs roadshows matchmaking brokerage partnering b2b seed eu
    impact accelerator offshore s3 it e""".split()
)

LEXICON = Lexicon(
    "de",
    PHRASES,
    markers=frozenset(
        """und ich wir nicht noch schon gibt es fur ist sind der die das mit auch sehr gerne
        oder aber bitte uns mich mir kann konnen wann welche wo wie was""".split()
    ),
    shared=SHARED,
    letters="äöüß",
    compounds=True,
    endings=("n", "en", "s", "e", "er", "es", "em", "ern", "ens", "nen"),
    dotted_ordinals=True,
    noun_endings=NOUN_ENDINGS,
)
