"""Polish: the words Polish questions ask with, glossed into the engine's English roles.

Polish inflects every noun, adjective and verb, so most entries list the forms
people type ("nabór", "naboru", "naborze", "nabory", "naborów") or give a stem
("wydarze*") that any ending may follow; an exact form wins over a stem, which
is how the singular and plural of a kind noun are told apart.  Keys are written
with their diacritics for review; they are folded, so "złożyć" also matches
"zlozyc".  Adjectives follow their noun in Polish ("spotkanie polityczne"); the
engine reads names as bags of words, so the English order is not restored.
"""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

PHRASES = entries(
    """
    # --- asking when -------------------------------------------------------------------
    when: kiedy | kiedyż | kedy | kiedi | kidy | w jakim terminie | w którym terminie
    when: jakiego dnia | którego dnia | w jakim dniu | w którym dniu | w jakich dniach
    when is: kiedy jest | kiedy będzie | kiedy odbędzie się | kiedy się odbędzie
    when is: kiedy odbywa się | kiedy się odbywa | kiedy jest termin
    when was: kiedy był | kiedy była | kiedy było | kiedy odbył się | kiedy odbyła się
    until when: do kiedy | do kiedy jest | do którego | do którego dnia | do jakiego dnia
    until when: do kiedy trwa | do kiedy można | do kiedy mamy czas | ile mamy czasu
    date: data | daty | dacie | datą | termin wydarzenia
    dates: terminy wydarzeń | daty wydarzeń
    what time: o której | o której godzinie | o jakiej godzinie | która godzina | godzina
    time: czas | czasu | godzinie | godziny
    deadline: termin | terminu | terminem | terminie | termin składania | ostateczny termin
    deadline: termin zgłoszeń | termin składania wniosków
    call deadline: termin naboru | termin konkursu
    deadline: deadlinu | deadlinie | nieprzekraczalny termin | najpóźniej | termin zgłaszania
    deadlines: terminy | terminów | terminach | deadliny
    how long: jak długo | ile jeszcze | ile czasu | ile trwa | ile trwają
    how many days: ile dni | ile jeszcze dni | za ile dni
    time left: ile zostało | ile zostało czasu | zostało
    left: pozostało

    # --- asking where ------------------------------------------------------------------
    where: gdzie | gdzieś | gdze | gdie | dokąd | skąd
    where is: gdzie jest | gdzie będzie | gdzie to jest | gdzie odbywa się | gdzie się odbywa
    where is: gdzie odbędzie się | gdzie się odbędzie | gdzie to będzie
    where was: gdzie był | gdzie była | gdzie było | gdzie odbył się | gdzie odbyła się
    in which city: w jakim mieście | w którym mieście | w jakim mieście to jest | jakie miasto
    which country: w jakim kraju | w którym kraju | jaki kraj
    city: miasto | mieście | miasta
    country: kraj | kraju | państwie
    countries: kraje | krajów | krajach | krajami | państwa | państw
    venue: miejsce | miejscu | miejsca | lokal | obiekt
    location: lokalizacja | lokalizacji | lokalizację | miejsce wydarzenia
    address: adres | adresu | adresie | jak dojechać | dojazd | dojazdu
    in person: stacjonarnie | na miejscu | osobiście | stacjonarny | stacjonarne | stacjonarna
    online: zdalnie | zdalny | zdalne | w sieci | przez internet | internetowo | wirtualnie
    hybrid: hybrydowo | hybrydowy | hybrydowe | hybrydowa
    livestream: transmisja | transmisji | transmitowan* | na żywo | streaming | stream

    # --- asking what, which ------------------------------------------------------------
    # The singular asks what (one thing); the plural which (a list of them).
    what: jaki | jaka | jakim | jakiej | jakiego | jaką | który | która | którym | której
    what: którego | którą
    which: jakie | jakich | jakimi | które | których | którymi | którzy
    what: co | czego | czym | cokolwiek | o co | w czym
    what is: co to jest | co to | czym jest | co to za | na czym polega | na czym to polega
    what is: o co chodzi w | o co chodzi z | o co chodzi | co to takiego
    what does: co daje | co oferuje | co zapewnia | co obejmuje | co zawiera | co pokazuje
    what does: co mówi | co wynika z | czego dotyczy | czego dotyczą
    say: mówi | mówią | pokazuje | pokazują | wynika | stwierdza
    about: o czym | dotyczy | dotyczą | na temat | odnośnie | w sprawie | w temacie | nt
    tell me about: opowiedz o | opowiedz mi o | powiedz mi o | powiedz coś o | napisz o
    tell me about: przybliż | przybliżysz | opisz | przedstaw | scharakteryzuj
    tell me more about: więcej o | opowiedz więcej o | powiedz więcej o
    description: opis | opisu | opisie
    summary: podsumowanie | streszczenie | skrót | w skrócie | w pigułce
    explain: wyjaśnij | wytłumacz | objaśnij
    topic: temat | tematu | tematyka | tematyki | tematem
    topics: tematy | tematów
    agenda: agendy | agendę | agendzie | harmonogram | harmonogramu
    # "webinar o programie Veturi": the noun before a name says no more than an article.
    : programu | programie | programem
    who organises: kto organizuje | kto to organizuje | kto jest organizatorem | kto stoi za
    organiser: organizator | organizatorem | organizatora | organizatorzy | organizuje
    focus: skupia się na | koncentruje się na | dotyczy głównie

    # --- status ------------------------------------------------------------------------
    already: już | juz | już się
    still: jeszcze | nadal | wciąż | ciągle | dalej | zdążę | zdążymy | zdążyć | zdąży
    still open: nadal otwarty | wciąż otwarty | jeszcze otwarty | nadal otwarte | wciąż otwarte
    still open: jeszcze otwarte | nadal otwarta | wciąż otwarta | jeszcze otwarta | nadal trwa
    not: nie | nie ma | brak
    open: otwar* | dostępn* | aktywn*
    opens: otwiera | otwierają | otworzy | otworzą | otwiera się | otwarcie | rusza | ruszy
    opens: ruszają | ruszą | startuje | wystartuje
    opened: ruszył | ruszyła | ruszyło | ruszyły | wystartował | wystartowała | wystartowało
    opened: otworzył | otworzyła | otworzyło | otwarto | ogłoszono | został ogłoszony
    started: rozpoczął | rozpoczęła | rozpoczęło | zaczął | zaczęła | zaczęło | zaczęły
    starts: rozpoczyna | zaczyna | rozpocznie | zacznie | rozpoczyna się | zaczyna się
    start: początek | początku | rozpoczęcie | rozpoczęcia
    accepting: przyjmuje | przyjmują | przyjmowane | przyjmowanie
    closed: zamkn* | zakończony nabór | nieaktualn*
    closes: zamyka | zamykają | zamknie | zamkną | zamyka się | kończy się nabór
    closing: zamknięcie | zamknięcia | zamykania
    end: koniec | końca | końcu | zakończenie | zakończenia
    ends: kończy | kończą | skończy | skończą | zakończy | kończy się
    finished: zakończ* | skończ* | minęło już | po wszystkim
    over: po terminie | przeterminowany | przeterminowane
    passed: minął | minęła | minęło | minęły | minie | przeszedł | przeszła | upłynął
    passed: upłynęła | upłynęło | upłynęły | przekroczony
    expired: wygasł | wygasła | wygasło | wygasły
    took place: odbył | odbyła | odbyło | odbyły | odbyli | się odbył | się odbyła
    took place: się odbyło | się odbyły | miał miejsce | miała miejsce | miało miejsce
    takes place: odbywa | odbywają | ma miejsce | mają miejsce
    take place: odbędzie | odbędą | odbyć | odbywać
    missed: przegapi* | przeoczy* | przegapiony | ominęło | ominął | ominęła | nie zdążyłem
    missed: nie zdążyłam | nie zdążyliśmy
    too late: za późno | spóźnion* | spóźni* | po czasie
    happened: wydarzyło się | stało się
    ongoing: trwa | trwają | trwający | trwające | trwającej | trwających | w toku | bieżąc*
    current: aktualn* | obecn*
    now: teraz | obecnie | aktualnie | w tej chwili | na chwilę obecną
    upcoming: nadchodz* | zbliżaj* | zbliża się | zbliżają się | przyszłe | przyszłych
    upcoming: przyszły | przyszła | planowan* | zaplanowan* | zapowiedzian* | mające się odbyć
    upcoming: które się odbędą | w planach
    next: następn* | kolejn* | najbliższ* | przyszłym | przyszłej | przyszłego | najbliżej
    soon: wkrótce | niedługo | niebawem | lada dzień | zaraz | na dniach
    later: później | potem
    past: przeszł* | minion* | archiwaln* | dawn* | miniony | wcześniejsz* | historyczn*
    previous: poprzedni* | zeszł* | ubiegł*
    new: nowy | nowe | nowa | nowych | nowego | nowej | nowym | nowości | nowość

    # --- registering and applying ------------------------------------------------------
    register: zarejestrować | zarejestruję | zarejestrujemy | rejestrować | zarejestrowac
    register: zarejestr* | rejestruj* | zarejestrować się | zapisać się | zapisac sie
    registration: rejestracja | rejestracji | rejestrację | rejestracją | rejestr*
    registrations: rejestracje
    sign up: zapis* | zapiszę | zapiszemy | zapisujemy | zapisuję | zapisać | zapisy | zapisów
    sign up: zapisać się na | zapisywać | zapisuje
    apply: zgłosić | zgłosić się | zgłaszać | zgłaszamy | zgłoszę | zgłosimy | zgłoś
    apply: aplikować | aplikuj* | ubiegać się | ubiegać | ubiega* | starać się | starać
    apply: złożyć wniosek | złożyć wnioski | składać wniosek | składać wnioski | złożę wniosek
    apply: składa się wniosek | składa się wnioski | złożyć ofertę | złożyć aplikację
    apply: startować w konkursie | startujemy w konkursie | wystartować w konkursie
    where can i apply: gdzie złożyć wniosek | gdzie składać wnioski | gdzie składa się wnioski
    where can i apply: gdzie aplikować | gdzie się zgłosić | gdzie zgłosić | gdzie można aplikować
    where can i apply: gdzie można złożyć wniosek | gdzie mogę złożyć wniosek
    where can i register: gdzie się zapisać | gdzie się zarejestrować | gdzie zapisy
    where can i register: gdzie rejestracja | gdzie można się zapisać | gdzie mogę się zapisać
    application: wniosek | wniosku | wnioskiem | zgłoszenie | zgłoszenia | zgłoszeniem
    application: aplikacja | aplikacji | aplikację | formularz | formularza | formularzu
    applications: wnioski | wniosków | wnioskach | zgłoszeń | zgłoszeniach | aplikacje
    submit: złożyć | złożenie | złożenia | złożeniu | złoż* | składać | składanie | składania
    submit: składa | składam | składamy | składają | wysłać | wysyłać | przesłać | nadesłać
    submission: nabór wniosków | składaniu
    participate: wziąć udział | wziac udzial | udział | udziału | uczestniczyć | uczestnictwo
    participate: uczestnictwa | wzięcia udziału | wezmę udział | weźmiemy udział
    attend: przyjść | przyjechać | pojechać | pojedziemy | pojadę | jechać | dojechać | być na
    join: dołączyć | dołączę | dołączymy | dołącz*
    tickets: bilet | bilety | biletów | biletu | wejściówka | wejściówki
    book: zarezerwować | rezerwacja | rezerwacji | zarezerwuję

    # --- links and information ---------------------------------------------------------
    link: linku | linka | linki | linków | linkiem | odnośnik | odnośnika | łącze | łącza
    link to: linku do | linka do | odnośnik do
    website: strona | stronę | strony | stronie | stroną | stronka | stronki | stronkę
    website: strona www | strona internetowa | stronie internetowej | stronę internetową
    website: adres strony | adres www | www | witryna | witryny | witrynie | portal | portalu
    where can i find: gdzie znajdę | gdzie znajde | gdzie mogę znaleźć | gdzie można znaleźć
    where can i find: gdzie szukać | gdzie sprawdzić | gdzie mogę sprawdzić
    where can i read: gdzie przeczytam | gdzie mogę przeczytać | gdzie można przeczytać
    read: przeczytać | poczytać | przeczytam
    more information: więcej informacji | więcej szczegółów | dodatkowe informacje
    more information about: więcej informacji o | więcej informacji na temat
    information: informacje | informacji | informacja | informację | inf
    details: szczegóły | szczegółów | szczegółach | szczegółowe informacje | detale
    download: pobrać | pobierz | pobranie | ściągnąć | do pobrania
    find: znaleźć | znajdę | znaleźć informacje

    # --- kinds of things ---------------------------------------------------------------
    event: wydarzenie | wydarzeniu | wydarzeniem | impreza | imprezę | imprezie | eventu
    events: wydarze* | imprez* | eventy | eventów | eventach | wydarzeń
    conference: konferencja | konferencję | konferencji | konferencją | konferencj* | konfa
    conference: konferecja | konferncja | konfrencja | konferenci | konfę | konfy
    conferences: konferencje | konferencjach | konferencjami | konferencjom
    congress: kongresu | kongresie | kongresem
    conferences: kongresy | kongresów | kongresach
    symposium: sympozjum | sympozjach
    summit: szczyt | szczytu | szczycie
    forum: forach | fora
    workshop: warsztat | warsztatu | warsztacie | warsztatem
    # "Warsztaty" names one workshop as often as several: only the genitive is surely plural.
    workshop: warsztaty | warsztatach | warsztatami | warszt*
    workshops: warsztatów
    training: szkolenie | szkolenia | szkoleniu | szkoleniem | szkolen*
    workshops: szkoleń | szkoleniach | szkoleniami
    course: kurs | kursu | kursie | kursem
    courses: kursy | kursów
    seminar: seminarium | seminariów | seminaria
    webinar: webinarium | webinaru | webinarze | webinarem | webinarowy | webinarowe
    webinars: webinary | webinarów | webinarach | webinaria | webinariów | webinarami
    meeting: spotkanie | spotkaniu | spotkaniem | zebranie | zebraniu | zjazd | zjazdu
    meetings: spotkania | spotkań | spotkaniach | spotkaniami | spotka* | zebrania | zjazdy
    assembly: zgromadzenie | zgromadzenia | zgromadzeniu
    visit: wizyta | wizyty | wizycie | wizytę | wizyt studyjnych | wizyta studyjna
    matchmaking: matchmaking* | kojarzenie partnerów | giełda kooperacyjna | giełdy kooperacyjnej
    b2b matchmaking: spotkania b2b | spotkań b2b | rozmowy b2b | spotkaniach b2b
    brokerage: brokeragu | brokeragem
    : targi | targach | targów | targami | targom | targ
    call: nabór | naboru | naborze | naborem | konkurs | konkursu | konkursie | konkursem
    call: nabor | nabur | naboór | naboru
    calls: nabory | naborów | naborach | naborami | nabor* | konkursy | konkursów | konkursach
    call for proposals: zaproszenie do składania wniosków | ogłoszenie o naborze
    grant: dotacja | dotację | dotacji | grantu | dofinansowanie | dofinansowania
    grants: dotacje | dotacji na | granty | grantów | dotacj* | grant*
    funding: dofinansowan* | finansowanie | środki | środków
    financing: finansowania | finansowaniu | finansowan*
    opportunities: możliwości | okazje | szanse
    brief: briefu | briefie | briefem | notatka | notatki | notatkę
    briefs: briefy | briefów | briefach | briefami | briefow
    policy brief: notatka polityczna | notatka programowa
    publication: publikacja | publikację | publikacji | publikacją
    publications: publikacje | publikacjach | publikacjami | publikacyj
    report: raport | raportu | raporcie | sprawozdanie
    papers: raporty | raportów | raportach | dokumenty | dokumentów
    document: dokument | dokumentu | dokumencie
    analysis: analiza | analizy | analizę | analizie | analiz
    study: badanie | badania | opracowanie | opracowania | studium
    position paper: stanowisko | stanowiska | dokument stanowiska
    module: moduł | modułu | modułem | modul
    modules: moduły | modułów | modułach
    session: sesja | sesji | sesję | sesją
    information session: sesja informacyjna | sesji informacyjnej | sesję informacyjną
    information day: dzień informacyjny | dnia informacyjnego | dniu informacyjnym
    information: informacyjn*
    day: dzień | dnia | dniu | dniem | dzien
    days: dni | dniach | dniami
    week: tydzień | tygodnia | tygodniu | tygodniem | tyg | tydzien
    weeks: tygodnie | tygodni | tygodniach
    month: miesiąc | miesiąca | miesiącu | miesiącem | mies | miesiac | miesiacu
    months: miesiące | miesięcy | miesiącach
    year: rok | roku | rokiem
    years: lata | lat | latach
    weekend: weekendzie | weekendu
    edition: edycja | edycji | edycję | edycją | odsłona | odsłony
    round: runda | rundy | rundzie | rundę | tura | tury | turze
    phase: etap | etapu | etapie | faza | fazy | fazie
    part: część | części

    # A plural determiner tells that "szkolenia", "warsztaty" are several.
    which workshops: jakie szkolenia | które szkolenia | jakie warsztaty | które warsztaty
    which workshops: jakie są szkolenia | jakie są warsztaty | jakieś szkolenia | jakieś warsztaty
    all workshops: wszystkie szkolenia | wszystkie warsztaty
    upcoming workshops: nadchodzące szkolenia | nadchodzące warsztaty | najbliższe szkolenia
    upcoming workshops: najbliższe warsztaty | przyszłe szkolenia | zaplanowane szkolenia
    past workshops: minione szkolenia | minione warsztaty | poprzednie szkolenia

    # --- words that names are commonly translated with ---------------------------------
    cluster: klaster | klastrem | klastrze | klastrowi | klastra
    clusters: klastry | klastrów | klastrach | klastrami | klastrom
    cluster: klastrow* | klastrowy | klastrowe | klastrowa | klastrowej | klastrowych
    cluster managers: menedżerów klastrów | menadżerów klastrów | managerów klastrów
    cluster management: zarządzanie klastrem | zarządzania klastrem | zarządzanie klastrami
    managers: menedżer* | menadżer* | managerów | managerowie | kierowników
    management: zarządzanie | zarządzania | zarządzaniu
    excellence: doskonałość | doskonałości | doskonałości klastrów
    organisations: organizacj* | organizacje | organizacji
    project: projekt | projektu | projekcie | projektem
    projects: projekty | projektów | projektach | projektami | projekt*
    small projects: małe projekty | małych projektów | małych projektach | mikroprojekty
    small: mały | mała | małe | małych | małej | małym | małą | niewielkie
    large: duży | duża | duże | dużych | dużej | dużym | dużą | wielkie | wielkich
    core projects: projekty główne | projektów głównych | główne projekty | podstawowe projekty
    core: główne | głównych | główny | podstawowe | podstawowych
    innovation: innowacj* | innowacja | innowacji | innowacje
    innovative: innowacyjn*
    regional: regionaln*
    region: regionu | regionie | regionem | regiony | regionów | regionach
    interregional: międzyregionaln*
    international: międzynarodow*
    internationalisation: internacjonalizacj* | umiędzynarodowieni*
    transnational: transnarodow* | ponadnarodow*
    cooperation: współprac*
    partnerships: partnerstw*
    partners: partnerzy | partnerów | partnerami | partnerom | partnera
    policy: polityka | polityki | polityce | polityką | polityk
    political: polityczn*
    annual: doroczn* | coroczn* | roczn* | doroczne
    national: krajow* | narodow* | ogólnopolsk* | ogólnokrajow*
    key: kluczow*
    european: europejsk* | unijn*
    global: globaln* | światow*
    final: końcow* | finałow* | zamykając* | podsumowując*
    competitiveness: konkurencyjnoś*
    competitiveness clusters: klastry konkurencyjności | bieguny konkurencyjności
    research: badawcz* | badań naukowych
    impact: wpływ | wpływie | wpływu | oddziaływani*
    companies: firm | firmy | firmami | przedsiębiorstw*
    sme: mśp | msp
    energy: energetyczn* | energii | energia
    food: żywnoś* | spożywcz*
    manufacturing: produkcj* | przemysłow* | wytwórcz*
    digital: cyfrow*
    sustainable: zrównoważon*
    status: statusu | statusie
    support: wsparcie | wsparcia | wsparciu
    recognition: uznanie | uznania | uznaniu
    environments: środowisk*
    sea: morze | morza | morzu
    baltic: bałtyck* | bałtyk | bałtyku
    baltic sea: morza bałtyckiego | morze bałtyckie | morzu bałtyckim | bałtyku | bałtyk
    baltic sea region: regionu morza bałtyckiego | region morza bałtyckiego
    baltic sea region: regionie morza bałtyckiego
    alpine: alpejsk* | alp | alpach | alpy
    alpine space: przestrzeń alpejska | przestrzeni alpejskiej | obszar alpejski

    pilot: pilotaż* | pilotażow* | pilotow*
    partner: partnersk*
    smart: inteligentn*
    smart specialisation: inteligentna specjalizacja | inteligentnej specjalizacji
    specialisation: specjalizacj*
    advanced: zaawansowan*
    hydrogen: wodór | wodoru | wodorow*
    health: zdrowi* | zdrowotn* | ochrona zdrowia | ochrony zdrowia
    green: zielon*
    transition: transformacj*
    cohesion: spójnoś*
    universities: uczelni* | uniwersytet*
    agrifood: rolno-spożywcz* | agrospożywcz* | rolnictw*
    budget: budżet | budżetu | budżecie | pula | puli | alokacja | alokacji
    amount: kwota | kwoty | kwocie | wysokość
    eligibility: kto może | kto może aplikować | kto może się ubiegać | kryteria | kryteriów
    requirements: wymagania | wymagań | warunki | warunków
    cost: koszt | kosztu | kosztuje | kosztów | opłata | opłaty | płatny | płatne
    free: bezpłatny | bezpłatne | bezpłatna | darmowy | darmowe | darmowa | za darmo
    recording: nagranie | nagrania | nagraniu
    get: dostać | otrzymać | dostanę | dostaniemy
    application: zgłoszeniow* | aplikacyjn* | wnioskow*

    # --- domain words: what item titles say, in Polish -------------------------------------
    # Title words of events, calls and briefs as Polish askers translate them ("seminarium
    # dla wnioskodawców", "łańcuch dostaw", "gospodarka o obiegu zamkniętym").  Only words
    # whose everyday sense is the title's sense; none that asks or tells a status.
    : ds | do spraw
    for: na rzecz
    between: między | pomiędzy
    sector: sektor | sektora | sektorze | sektory | sektorów | sektorach | sektorowi
    applicant: wnioskodawca | wnioskodawcy | wnioskodawców | wnioskodawcom | wnioskodawcami
    applicant: wnioskodawcach | wnioskodawcę | wnioskodawcą | wnioskodaw* | aplikant*
    applicant seminar: seminarium dla wnioskodawców | seminarium dla wnioskodawcow
    beneficiary: beneficjent*
    lead partner: partner wiodący | partnera wiodącego | partnerem wiodącym | lider projektu
    network: sieć | sieci | siecią | sieciami | sieciach | sieciow*
    enterprise europe network: europejska sieć przedsiębiorczości
    enterprise europe network: europejskiej sieci przedsiębiorczości
    platform: platforma | platformy | platformie | platformę | platformą | platform | platformach
    platform: platformami | platformow*
    programme: programy | programów | programach | programami | programom
    framework programme: programu ramowego | programie ramowym | programem ramowym
    operational programme: programu operacyjnego | programie operacyjnym
    instrument: instrumentu | instrumencie | instrumentem | instrumenty | instrumentów
    instrument: instrumentach | instrumentami
    financial instruments: instrumenty finansowe | instrumentów finansowych
    financial instruments: instrumentach finansowych
    strategy: strategia | strategii | strategię | strategią | strategie | strategiach | strategiami
    strategic: strategiczn*
    industrial transition: transformacja przemysłowa | transformacji przemysłowej
    industrial transition: transformację przemysłową
    industrial transition regions: regiony w transformacji przemysłowej
    industrial transition regions: regionach w transformacji przemysłowej
    industrial transition regions: regionów w transformacji przemysłowej
    energy transition: transformacja energetyczna | transformacji energetycznej
    energy transition: transformację energetyczną
    green transition: zielona transformacja | zielonej transformacji | zieloną transformację
    digital transition: cyfrowa transformacja | cyfrowej transformacji | transformacja cyfrowa
    digital transition: transformacji cyfrowej | transformację cyfrową
    just transition: sprawiedliwa transformacja | sprawiedliwej transformacji
    just transition: sprawiedliwą transformację
    industry: przemysł | przemysłu | przemyśle | przemysłem | przemysły | branża | branży | branże
    industry: branż
    industrial symbiosis: symbioza przemysłowa | symbiozy przemysłowej | symbiozie przemysłowej
    industrial symbiosis: symbiozę przemysłową
    symbiosis: symbioz*
    resilience: odporność | odporności | odpornoś*
    resilient: odporn*
    supply chain: łańcuch* dostaw | łańcuch* dostaw | łańcuchy dostaw
    value chain: łańcuch* wartości | łańcuch* wartosci
    value chain: łańcuch* wartośći
    chain: łańcuch | łańcucha | łańcuchu | łańcuchy | łańcuchów | łańcuchach
    circular economy: gospodark* o obiegu zamkniętym | gospodark* obiegu zamkniętego
    circular economy: gospodark* cyrkularn* | gospodark* w obiegu zamkniętym
    circular economy: gospodarce o obiegu zamkniętym | gospodarce obiegu zamkniętego
    circular economy: gospodarce cyrkularnej | gospodarce w obiegu zamkniętym
    circular: cyrkularn* | obieg* zamknięt* | obiegu zamkniętego | obiegiem zamkniętym
    economy: gospodarka | gospodarki | gospodarce | gospodarkę | gospodarką | ekonomia | ekonomii
    economic: gospodarcz* | ekonomiczn*
    blue economy: niebieska gospodarka | niebieskiej gospodarki | niebieskiej gospodarce
    blue economy: błękitna gospodarka | błękitnej gospodarki | błękitnej gospodarce
    blue economy: gospodarka morska | gospodarki morskiej | gospodarce morskiej
    blue: niebiesk* | błękitn*
    bioeconomy: biogospodark* | bioekonomi*
    social economy: ekonomia społeczna | ekonomii społecznej | gospodarka społeczna
    social: społeczn*
    community: społeczność | społeczności | społecznością | wspólnota | wspólnoty | wspólnocie
    community: wspólnotę | wspólnotą | wspólnot
    community of practice: wspólnota praktyków | wspólnoty praktyków | wspólnocie praktyków
    community of practice: społeczność praktyków | społeczności praktyków | wspólnota praktyki
    community of practice: wspólnoty praktyki | wspólnotę praktyków
    practice: praktyka | praktyki | praktyce | praktyk | praktyków
    good practices: dobre praktyki | dobrych praktyk | dobrymi praktykami
    european green deal: europejski zielony ład | europejskiego zielonego ładu
    green deal: zielony ład | zielonego ładu | zielonym ładzie | zielonemu ładowi
    renewable energy: odnawialne źródła energii | odnawialnych źródeł energii | oze
    renewable energy: energia odnawialna | energii odnawialnej | energię odnawialną
    renewable energy: źródła energii odnawialnej | źródeł energii odnawialnej
    renewable energy: źródłach energii odnawialnej
    energy sources: źródła energii | źródeł energii | źródłach energii
    renewable: odnawialn*
    energy efficiency: efektywność energetyczna | efektywności energetycznej
    energy storage: magazynowanie energii | magazynów energii | magazyny energii
    offshore wind: morska energetyka wiatrowa | morskiej energetyki wiatrowej
    offshore wind: morskie farmy wiatrowe
    offshore wind: morskich farm wiatrowych | wiatr na morzu
    offshore wind: morskiej energii wiatrowej | morska energia wiatrowa
    wind: wiatrow* | energia wiatrowa | energetyka wiatrowa
    solar: fotowoltaik* | słoneczn*
    low carbon: niskoemisyjn*
    zero emission: bezemisyjn* | zeroemisyjn*
    decarbonisation: dekarbonizacj*
    emissions: emisj*
    climate: klimat | klimatu | klimacie | klimatem | klimatyczn*
    climate neutrality: neutralność klimatyczna | neutralności klimatycznej
    coal: węgiel | węgla | węglow*
    mining: górnictw* | górnicz*
    waste: odpad*
    recycling: recykling*
    raw materials: surowce | surowców | surowcach | surowcami | surowc*
    critical raw materials: surowce krytyczne | surowców krytycznych | surowcach krytycznych
    batteries: bateri* | akumulator*
    natural resources: zasoby naturalne | zasobów naturalnych | zasobach naturalnych
    resources: zasoby | zasobów | zasobach
    environment: środowisko naturalne | środowiska naturalnego | środowisku naturalnym
    agriculture: rolnictwo | rolnictwa | rolnictwie | rolnicz*
    agrifood: rolno spożywcz* | sektor rolno spożywczy | agro spożywcz*
    food systems: systemy żywnościowe | systemów żywnościowych | systemach żywnościowych
    fisheries: rybołówstw* | rybactw* | rybn*
    aquaculture: akwakultur*
    maritime: morsk*
    ocean: oceanu | oceanie | oceany | oceanów | oceaniczn*
    atlantic: atlantyck* | atlantyk | atlantyku
    ports: porty | portów | portach | portami | portu | porcie | portow*
    shipbuilding: stocznia | stoczni | stocznie | stoczniow*
    tourism: turystyka | turystyki | turystyce | turystykę | turystyką | turystyczn*
    sustainable tourism: zrównoważona turystyka | zrównoważonej turystyki | zrównoważoną turystykę
    mobility: mobilność | mobilności | mobilnością | mobilnoś* | elektromobilnoś*
    transport: transportu | transporcie | transportem | transportow*
    logistics: logistyk* | logistyczn*
    automotive: motoryzacj* | motoryzacyjn* | samochodow*
    aerospace: lotnictw* | lotnicz* | kosmiczn* | sektor kosmiczny
    rail: kolejow*
    healthcare: opieka zdrowotna | opieki zdrowotnej | opiece zdrowotnej
    medical: medyczn* | medycyn*
    medical devices: wyroby medyczne | wyrobów medycznych | urządzenia medyczne
    pharma: farmaceutyczn* | farmacj*
    biotech: biotechnologi* | biotechnologiczn*
    life sciences: nauki o życiu | nauk o życiu | naukach o życiu | nauk przyrodniczych
    life sciences: naukami o życiu | nauki przyrodnicze
    healthy ageing: zdrowe starzenie się | zdrowego starzenia się | starzenie się
    ageing: starzeni*
    semiconductors: półprzewodnik* | mikroelektronik* | chipów | czipów | czipy
    electronics: elektronik* | elektroniczn*
    photonics: fotonik*
    quantum: kwantow*
    robotics: robotyk* | robotyzacj*
    automation: automatyzacj* | automatyk*
    artificial intelligence: sztuczna inteligencja | sztucznej inteligencji | sztuczną inteligencję
    artificial intelligence: sztuczną inteligencją | sztuczna inteligencje
    machine learning: uczenie maszynowe | uczenia maszynowego | uczeniu maszynowym
    cybersecurity: cyberbezpieczeństw*
    digitalisation: cyfryzacj* | digitalizacj* | ucyfrowieni*
    ict: ikt | teleinformatyczn*
    technology: technologia | technologii | technologię | technologią | technologie
    technology: technologiczn*
    technology transfer: transfer technologii | transferu technologii | transferze technologii
    deep tech: głębokie technologie | głębokich technologii | zaawansowane technologie
    nanotechnology: nanotechnologi*
    materials: materiały | materiałów | materiałach | materiałami
    advanced materials: zaawansowane materiały | zaawansowanych materiałów
    plastics: tworzywa sztuczne | tworzyw sztucznych
    packaging: opakowania | opakowań | opakowaniach | opakowaniow*
    chemicals: chemiczn* | chemia | chemii
    textiles: tekstyl* | włókiennicz* | odzieżow*
    fashion: moda | mody | modzie | modą | modow*
    machinery: maszyny | maszyn | maszynach | maszynami | maszynow*
    construction: budownictw* | budowlan*
    buildings: budynki | budynków | budynkach
    renovation: renowacj* | termomodernizacj*
    wood: drzewn* | drewn* | meblarsk*
    creative industries: przemysły kreatywne | przemysłów kreatywnych | sektor kreatywny
    creative: kreatywn*
    culture: kultura | kultury | kulturze | kulturalny | kulturaln*
    defence: obronnoś* | obronn* | przemysł obronny | przemysłu obronnego
    security: bezpieczeństwo | bezpieczeństwa | bezpieczeństwie
    economic security: bezpieczeństwo gospodarcze | bezpieczeństwa gospodarczego
    space: przemysł kosmiczny | przemysłu kosmicznego | sektora kosmicznego
    skills: umiejętności | umiejętnoś* | kompetencje | kompetencji | kompetencj* | kwalifikacj*
    talent: talenty | talentów | talentami
    sme: małe i średnie przedsiębiorstwa | małych i średnich przedsiębiorstw | mśp ów
    sme: małym i średnim przedsiębiorstwom | małymi i średnimi przedsiębiorstwami
    sme: małe i średnie firmy | małych i średnich firm | msp ów | sektor mśp | sektora mśp
    companies: przedsiębiorca | przedsiębiorcy | przedsiębiorców | przedsiębiorcom
    companies: przedsiębiorcami
    company: firma | firmie | firmę | firmą | przedsiębiorstwo | spółka | spółki | spółek
    startups: startupy | startupów | startupom | startupami | startupach | startupu | startupie
    startups: startupowy | startupowe | startupowych | młode firmy
    startups: młodych firm | młode innowacyjne firmy
    scaleups: scaleupy | scaleupów | firmy w fazie wzrostu
    investor: inwestor | inwestora | inwestorzy | inwestorów | inwestorami | inwestorom
    investor: inwestorach | inwestorem | inwestorowi
    impact investors: inwestorzy społeczni | inwestorów społecznych | inwestorów impaktowych
    business angels: anioł biznesu | aniołowie biznesu | aniołów biznesu | aniołami biznesu
    investment: inwestycja | inwestycji | inwestycję | inwestycją | inwestycje | inwestycjach
    investment: inwestycjami | inwestycyjn*
    interregional innovation investments: międzyregionalne inwestycje innowacyjne
    interregional innovation investments: międzyregionalnych inwestycji innowacyjnych
    venture capital: kapitał wysokiego ryzyka | kapitału wysokiego ryzyka
    venture capital: kapitałem wysokiego ryzyka
    venture capital: kapitał podwyższonego ryzyka | kapitału podwyższonego ryzyka | fundusze vc
    venture capital: funduszy vc | funduszach vc
    venture debt: dług venture | finansowanie dłużne venture | dług typu venture
    equity: kapitał własny | kapitału własnego | finansowanie kapitałowe
    equity: finansowania kapitałowego
    equity: kapitałow*
    capital: kapitał | kapitału | kapitale | kapitałem
    debt: dług | długu | długiem | dłużn*
    revenue based: oparte na przychodach | opartego na przychodach | opartym na przychodach
    revenue based: uzależnione od przychodów | zależne od przychodów
    revenue: przychód | przychodu | przychody | przychodów | przychodach
    private: prywatn*
    private investment: inwestycje prywatne | inwestycji prywatnych | kapitał prywatny
    private investment: kapitału prywatnego | prywatnym kapitałem
    combining: łączeni* | łączyć
    loan: pożyczk* | kredyt*
    guarantee: gwarancj* | poręczeni*
    fund: fundusz | funduszu | funduszem | fundusze | funduszy | funduszach | funduszami
    eu funds: fundusze europejskie | funduszy europejskich | funduszach europejskich
    eu funds: fundusze unijne | funduszy unijnych | funduszach unijnych | środki unijne
    eu funds: środków unijnych | środki europejskie | środków europejskich
    structural funds: fundusze strukturalne | funduszy strukturalnych
    erdf: efrr | europejski fundusz rozwoju regionalnego
    erdf: europejskiego funduszu rozwoju regionalnego
    just transition fund: fundusz sprawiedliwej transformacji
    just transition fund: funduszu sprawiedliwej transformacji
    recovery and resilience: krajowy plan odbudowy | krajowego planu odbudowy | kpo
    recovery: odbudow*
    cofinancing: współfinansowani* | wkład własny | wkładu własnego
    seed: zalążkow* | kapitał zalążkowy | kapitału zalążkowego
    seed grants: granty zalążkowe | grantów zalążkowych
    vouchers: bony | bonów | bonach | bonami | vouchery | voucherów | voucherach | voucherami
    innovation vouchers: bon na innowacje | bony na innowacje | bonów na innowacje
    state aid: pomoc publiczna | pomocy publicznej | pomoc publiczną | pomocą publiczną
    state aid: pomoc państwa | pomocy państwa | pomocy państwowej | pomoc państwowa
    de minimis: pomoc de minimis | pomocy de minimis
    cross border: transgraniczn* | przygraniczn* | ponadgraniczn*
    interregional cooperation: współpraca międzyregionalna | współpracy międzyregionalnej
    interregional cooperation: współpracę międzyregionalną
    territorial cooperation: współpraca terytorialna | współpracy terytorialnej | ewt
    territorial: terytorialn*
    macroregional: makroregionaln* | makroregion*
    euroregion: euroregion*
    neighbourhood: sąsiedztw*
    enlargement: rozszerzeni* | akcesj* | kraje kandydujące | krajów kandydujących
    extend: rozszerzyć | rozszerza | rozszerzamy | rozbudowa | rozbudowy | rozbudować
    central europe: europa środkowa | europy środkowej | europie środkowej | europę środkową
    central europe: europa centralna | europy centralnej | europie centralnej
    central: centraln*
    danube: dunaj | dunaju | naddunajsk* | dunajsk*
    danube region: region dunaju | regionu dunaju | regionie dunaju | region naddunajski
    nordic: nordyck* | skandynawsk*
    regions and cities: regionów i miast | regiony i miasta | regionach i miastach
    european week of regions and cities: europejski tydzień regionów i miast
    european week of regions and cities: europejskiego tygodnia regionów i miast
    european week of regions and cities: europejskim tygodniu regionów i miast
    cities: miast | miastach | miastami
    urban: miejsk* | obszary miejskie | obszarów miejskich
    rural: wiejsk* | obszary wiejskie | obszarów wiejskich
    smart cities: inteligentne miasta | inteligentnych miast | inteligentnym mieście
    regional development: rozwój regionalny | rozwoju regionalnego | rozwoju regionów
    development: rozwój | rozwoju | rozwojem | rozwojow*
    growth: wzrost | wzrostu | wzrostem
    diversification: dywersyfikacj*
    modernisation: modernizacj*
    reindustrialisation: reindustrializacj*
    strategic autonomy: autonomia strategiczna | autonomii strategicznej
    technological sovereignty: suwerenność technologiczna | suwerenności technologicznej
    geoeconomic: geoekonomiczn*
    geoeconomics: geoekonomia | geoekonomii | geoekonomię
    geopolitics: geopolity*
    fragmentation: fragmentacj* | rozdrobnieni*
    age: epoka | epoki | epoce | epokę | w dobie | w czasach
    trade: handel | handlu | handlow*
    export: eksport*
    internationalisation strategy: strategia internacjonalizacji | strategii internacjonalizacji
    mission: misja | misji | misję | misją | misje | misjach | misjami | misyjn*
    trade mission: misja gospodarcza | misji gospodarczej | misje gospodarcze | misji gospodarczych
    european commission: komisja europejska | komisji europejskiej | komisję europejską
    european commission: komisją europejską
    european parliament: parlament europejski | parlamentu europejskiego | parlamencie europejskim
    presidency: prezydencja | prezydencji | prezydencję | prezydencją | przewodnictwo
    presidency: przewodnictwa
    managing authorities: instytucja zarządzająca | instytucji zarządzającej
    managing authorities: instytucję zarządzającą
    managing authorities: instytucje zarządzające | instytucji zarządzających
    managing authorities: instytucjom zarządzającym
    managing authorities: instytucjami zarządzającymi | instytucjach zarządzających
    regional authorities: władze regionalne | władz regionalnych | władzach regionalnych
    regional authorities: samorząd województwa | samorządu województwa | urząd marszałkowski
    regional authorities: urzędu marszałkowskiego | urzędzie marszałkowskim | samorządy regionalne
    authorities: samorząd* | władze | władz
    national contact point: krajowy punkt kontaktowy | krajowego punktu kontaktowego | kpk
    contact point: punkt kontaktowy | punktu kontaktowego | punkcie kontaktowym
    secretariat: sekretariat*
    joint secretariat: wspólny sekretariat | wspólnego sekretariatu | wspólnym sekretariacie
    agency: agencja | agencji | agencję | agencją | agencje | agencjach
    ministry: ministerstw* | ministra
    stakeholders: interesariusz*
    expert: ekspert | eksperta | ekspertem | eksperci | ekspertów | ekspertami | ekspertom
    expert: eksperck*
    member: członek | członka | członkowie | członków | członkami | członkom | członkostw*
    association: stowarzyszeni*
    federation: federacj*
    chamber of commerce: izba gospodarcza | izby gospodarczej | izba handlowa | izby handlowej
    chamber of commerce: izba przemysłowo handlowa | izby przemysłowo handlowej
    alliance: sojusz | sojuszu | sojusze | sojuszy | koalicj*
    consortia: konsorcjum | konsorcja | konsorcjów | konsorcjach | konsorcjami | konsorcj*
    initiative: inicjatyw*
    flagship: flagow* | sztandarow*
    joint: wspólny | wspólna | wspólne | wspólnego | wspólnej | wspólnym | wspólną | wspólnych
    joint call: wspólny nabór | wspólnego naboru | wspólnym naborze | wspólne nabory
    joint call: wspólny konkurs
    classic: klasyczn*
    single stage: jednoetapow* | jednoetapowy nabór | jednoetapowego naboru
    two stage: dwuetapow*
    strand: ścieżka | ścieżki | ścieżce | ścieżkę | ścieżką | komponent | komponentu | komponencie
    cut off: punkt odcięcia | termin odcięcia | data odcięcia
    expression of interest: wyrażenie zainteresowania | wyrażenia zainteresowania
    expression of interest: zgłoszenie zainteresowania | zgłoszenia zainteresowania
    expression of interest: deklaracja zainteresowania | deklaracji zainteresowania
    expression of interest: zaproszenie do wyrażenia zainteresowania
    challenge: wyzwanie | wyzwania | wyzwań | wyzwaniach | wyzwaniem | wyzwaniami | wyzwaniu
    challenge owners: właściciele wyzwań | właścicieli wyzwań | właścicielami wyzwań
    owner: właściciel*
    tender: przetarg*
    public procurement: zamówienia publiczne | zamówień publicznych | zamówieniach publicznych
    research and innovation: badania i innowacje | badań i innowacji | badaniach i innowacjach
    research and development: badania i rozwój | badań i rozwoju | badawczo rozwojow*
    research: badań | badaniach | badaniami | naukowo badawcz*
    science: nauka | nauki | nauce | naukę | naukow*
    science for policy: nauka dla polityki | nauki dla polityki | nauka na rzecz polityki
    universities: szkoły wyższe | szkół wyższych | szkolnictwo wyższe | szkolnictwa wyższego
    science park: parki technologiczne | parków technologicznych | parku technologicznego
    science park: parku technologicznym | parki naukowo technologiczne
    science park: parków naukowo technologicznych
    incubator: inkubator* | inkubacj*
    accelerator: akcelerator | akceleratora | akceleratorze | akceleratory | akceleratorów
    accelerator: akceleratorach | akceleracj* | akceleracyjn*
    innovation divide: luka innowacyjna | luki innowacyjnej | lukę innowacyjną
    innovation divide: przepaść innowacyjna
    innovation divide: luka w innowacjach | luki w innowacjach | podział innowacyjny
    innovation divide: luce innowacyjnej | luk innowacyjnych | lukach innowacyjnych
    divide: luka | luki | luce | lukę | przepaść | przepaści
    innovation valleys: doliny innowacji | dolin innowacji | dolinach innowacji
    innovation valleys: regionalne doliny innowacji | regionalnych dolin innowacji
    valleys: dolina | doliny | dolin | dolinach
    innovation ecosystem: ekosystem innowacji | ekosystemu innowacji | ekosystemie innowacji
    ecosystem: ekosystem | ekosystemu | ekosystemie | ekosystemem | ekosystemy | ekosystemów
    ecosystem: ekosystemach | ekosystemami | ekosystemow*
    digital innovation hubs: centra innowacji cyfrowych | centrów innowacji cyfrowych
    digital innovation hubs: centrum innowacji cyfrowych | hubów innowacji cyfrowych
    digital innovation hubs: huby innowacji cyfrowych | hubach innowacji cyfrowych
    european digital innovation hubs: europejskie centra innowacji cyfrowych
    european digital innovation hubs: europejskich centrów innowacji cyfrowych
    hubs: huby | hubów | hubach | hubami
    eurocluster: euroklastr* | euroklastrów
    cluster organisations: organizacje klastrowe | organizacji klastrowych
    cluster organisations: organizacjach klastrowych
    cluster organisations: koordynatorzy klastrów | koordynatorów klastrów | koordynator klastra
    cluster policy: polityka klastrowa | polityki klastrowej | polityce klastrowej
    cluster policy: politykę klastrową
    cluster excellence: doskonałość klastrów | doskonałości klastrowej
    gold label: złota etykieta | złotej etykiety | złotą etykietę | złoty certyfikat
    label: etykieta | etykiety | etykietę | etykiecie | certyfikat* | certyfikacj* | akredytacj*
    entrepreneurial discovery: przedsiębiorcze odkrywanie | przedsiębiorczego odkrywania
    entrepreneurial discovery: proces przedsiębiorczego odkrywania
    entrepreneurial discovery: procesu przedsiębiorczego odkrywania
    entrepreneurial discovery: procesie przedsiębiorczego odkrywania | przedsiębiorczym odkrywaniu
    entrepreneurial discovery: przedsiębiorczy proces odkrywania
    entrepreneurial discovery: przedsiębiorczego procesu odkrywania
    entrepreneurial discovery: epo
    entrepreneurial: przedsiębiorcz*
    discovery: odkrywani* | odkrywczy | odkrycie | odkrycia
    directionality: kierunkowość | kierunkowości | ukierunkowanie | ukierunkowania
    mapping: mapowani*
    roadmap: mapa drogowa | mapy drogowej | mapę drogową | mapie drogowej
    action plan: plan działania | planu działania | plan działań | planu działań | planie działań
    scaling: skalowani* | skalowaniu | zwiększanie skali | zwiększania skali
    lessons from the pilot: wnioski z pilotażu | wniosków z pilotażu | wnioskach z pilotażu
    lessons from the pilot: wnioski z pilota | lekcje z pilotażu
    lessons: wyciągnięte wnioski | wyciągniętych wniosków | lekcje | lekcji
    twin: bliźniacz* | twinningow*
    host: gospodarz | gospodarza | gospodarzem | gospodarzami | gospodarze | goszczący | goszcząca
    working group: grupa robocza | grupy roboczej | grupie roboczej | grupę roboczą | grupą roboczą
    working group: grupy robocze | grup roboczych | grupach roboczych | grupami roboczymi
    working group: zespół roboczy | zespołu roboczego | zespole roboczym | grupa tematyczna
    working group: grupy tematycznej | grupie tematycznej
    group: grupa | grupy | grupie | grupę | grupą | grup
    peer review: wzajemna ocena | wzajemnej oceny | wzajemną ocenę | ocena partnerska
    peer review: oceny partnerskiej
    peer review: przegląd partnerski | przeglądu partnerskiego | przeglądzie partnerskim
    peer review: ocena koleżeńska | oceny koleżeńskiej | wzajemny przegląd | wzajemnego przeglądu
    peer: wzajemn* | partnersko
    evaluation: ewaluacj* | ocena | oceny | ocenie | ocenę | oceną | ocen
    monitoring: monitorowani* | monitoring*
    indicators: wskaźnik*
    results: wyniki | wyników | wynikach | wynikami | wynik | wyniku | rezultat* | lista rankingowa
    results: listy rankingowej | liście rankingowej
    roadshow: objazdowy | objazdowa | objazdowe | spotkania objazdowe | spotkań objazdowych
    award: nagroda | nagrody | nagrodzie | nagrodę | nagrodą | nagród | nagrodami | nagrodach
    award: wyróżnienie | wyróżnienia | wyróżnieniem | wyróżnień
    award ceremony: ceremonia | ceremonii | ceremonię | ceremonią | uroczystość | uroczystości
    award ceremony: wręczenie nagród | wręczenia nagród | wręczeniu nagród | rozdanie nagród
    award ceremony: rozdania nagród | gali wręczenia nagród
    jury: jurorzy | jurorów | juror | jurora | jurorami | komisja konkursowa | komisji konkursowej
    jury: kapituła | kapituły | kapitule | kapitułę
    finalists: finaliści | finalistów | finalistami | finalistom | finalistach | finalistą
    winner: laureat* | zwycięzc* | zwycięz*
    position paper: stanowisku | stanowiskiem | dokument stanowiskowy | dokumencie stanowiskowym
    position paper: stanowisko w sprawie | stanowiska w sprawie
    policy brief: briefu politycznego | notatki politycznej | notatce politycznej
    policy brief: notatki programowej | notatce programowej | nota polityczna | noty politycznej
    policy primer: przewodnik po polityce | przewodnika po polityce | wprowadzenie do polityki
    primer: przewodnik | przewodnika | przewodniku | przewodnikiem | elementarz | elementarza
    primer: poradnik | poradnika | poradniku | kompendium
    manual: podręcznik*
    guidelines: wytyczn*
    rules: regulamin*
    recommendations: rekomendacj* | zalecen*
    declaration: deklaracj*
    case study: studium przypadku | studia przypadków | studiów przypadków
    survey: ankiet* | ankiecie | sondaż | sondażu
    consultation: konsultacj*
    public consultation: konsultacje publiczne | konsultacji publicznych | konsultacje społeczne
    statistics: statystyk*
    scoreboard: tablica wyników | tablicy wyników | ranking innowacyjności
    scoreboard: rankingu innowacyjności
    newsletter: biuletyn*
    info day: dni informacyjne | dni informacyjnych | dniach informacyjnych | dniem informacyjnym
    brokerage: giełda kontaktów | giełdy kontaktów | giełdzie kontaktów
    matchmaking: kojarzeni* | kojarzenie partnerów biznesowych
    partnering: szukanie partnerów | poszukiwanie partnerów | poszukiwania partnerów
    partnering: wyszukiwanie partnerów
    partner search: szukam partnera | szukamy partnera | szukamy partnerów | partnera do projektu
    networking: networkingu | networkingowe | networkingowa | networkingowy
    networking: nawiązywanie kontaktów
    speaker: prelegent* | mówca | mówcy | mówców | panelist* | panelistów
    panel discussion: dyskusja panelowa | dyskusji panelowej | panelu dyskusyjnym
    panel discussion: panel dyskusyjny
    panel: panelu | panelowa | panelowej | panelowe | panele | paneli
    plenary: plenarn*
    lecture: wykład | wykładu | wykładzie | wykłady | wykładów
    presentation: prezentacja | prezentacji | prezentację | prezentacje | prezentacjami
    pitching: pitchowani* | pitchingu | pitchu | prezentacja dla inwestorów
    pitching: prezentacje dla inwestorów
    pitching: prezentacji dla inwestorów | prezentowanie inwestorom
    exhibition: wystawa | wystawie | wystawę | wystawy | wystawców | wystawcy
    study tour: wyjazd studyjny | wyjazdu studyjnego | wyjeździe studyjnym | wyjazdy studyjne
    site visits: wizyty terenowe | wizyt terenowych | wizyta terenowa | wizyty w zakładach
    site visits: wizyt w zakładach | wizytach terenowych | zwiedzanie zakładów
    summer school: szkoła letnia | szkoły letniej | szkole letniej | letnia szkoła | letniej szkoły
    academy: akademia | akademii | akademię | akademią | akademie | akademiach
    scouts: skaut* | zwiadowc* | łowcy innowacji | łowców innowacji
    series: seria | serii | serię | serią | cykl | cyklu | cyklem | cykle | cyklach
    webinar series: cykl webinarów | cyklu webinarów | seria webinarów | serii webinarów
    final conference: konferencja zamykająca | konferencji zamykającej | konferencja podsumowująca
    final conference: konferencji podsumowującej | konferencję podsumowującą
    final conference: konferencja końcowa | konferencji końcowej | konferencję końcową
    final conference: konferencja finałowa | konferencji finałowej
    final: finał | finału | finałem
    kick off: spotkanie inaugurujące | spotkania inaugurującego | spotkanie otwierające projekt
    kick off: inauguracj* | inauguracyjn*
    partner meeting: spotkanie partnerów | spotkania partnerów | spotkaniu partnerów
    partner meeting: spotkanie partnerskie | spotkania partnerskiego | spotkaniu partnerskim
    general assembly: walne zgromadzenie | walnego zgromadzenia | walnym zgromadzeniu
    annual meeting: doroczne spotkanie | dorocznego spotkania | dorocznym spotkaniu
    annual meeting: coroczne spotkanie | corocznego spotkania | corocznym spotkaniu
    annual conference: doroczna konferencja | dorocznej konferencji | doroczną konferencję
    annual conference: coroczna konferencja | corocznej konferencji | coroczną konferencję
    tenth: dziesiąt*
    framework programme 10: fp10
    horizon europe: horyzont europa | horyzontu europa | horyzoncie europa | horyzontem europa
    digital europe: cyfrowa europa | cyfrowej europy | programu cyfrowa europa
    eic: europejska rada ds innowacji | europejskiej rady ds innowacji
    eit: europejski instytut innowacji i technologii
    eit: europejskiego instytutu innowacji i technologii
    horizon: horyzont | horyzontu | horyzoncie | horyzontem
    made in europe: wyprodukowano w europie | produkcja w europie
    women: kobiet* | kobiety
    youth: młodzież* | młodych ludzi
    gender equality: równość płci | równości płci
    inclusion: włączeni* | inkluzywn*
    demography: demografi* | demograficzn*
    sustainability: zrównoważony rozwój | zrównoważonego rozwoju | zrównoważonym rozwoju
    water: woda | wody | wodzie | wodą | wodn*
    advisory: doradztw* | doradcz*
    capacity building: budowanie potencjału | budowania potencjału | wzmacnianie potencjału
    capacity building: wzmacniania potencjału | rozwój kompetencji
    exchange: wymiana | wymiany | wymianie | wymianę | wymianą
    exchange of experience: wymiana doświadczeń | wymiany doświadczeń | wymianie doświadczeń
    policy learning: uczenie się polityk | uczenia się polityk
    business: biznes | biznesu | biznesie | biznesem | biznesow*
    business models: modele biznesowe | modeli biznesowych | model biznesowy | modelu biznesowego
    business models: modelach biznesowych | modelami biznesowymi
    long term: długoterminow* | długofalow* | w perspektywie długoterminowej
    market: rynek | rynku | rynki | rynków | rynkach | rynkiem | rynkow*
    services: usługi | usług | usługach | usługami | usługa | usługę | usługow*
    system: systemy | systemów | systemach | systemie | systemu | systemem | systemow*
    co creation: współtworzeni*
    co innovation: współinnowacj* | innowacje we współpracy

    # --- numbers and ordinals ----------------------------------------------------------
    first: pierwsz*
    second: drugi | druga | drugie | drugiego | drugiej | drugim | drugą
    third: trzeci | trzecia | trzecie | trzeciego | trzeciej | trzecim | trzecią
    fourth: czwarty | czwarta | czwarte | czwartego | czwartej | czwartym | czwartą
    fifth: piąty | piąta | piąte | piątego | piątej | piątym | piątą
    sixth: szósty | szósta | szóste | szóstego | szóstej | szóstym
    last: ostatni | ostatnia | ostatnie | ostatniego | ostatniej | ostatnim | ostatnią
    one: jeden | jedna | jedno | jednego
    two: dwa | dwie | dwóch
    three: trzy | trzech
    four: cztery | czterech
    five: pięć | pięciu

    # --- months, in the nominative, genitive and locative ------------------------------
    january: styczeń | stycznia | styczniu | styczen | styczniem
    february: luty | lutego | lutym
    march: marzec | marca | marcu | marcem
    april: kwiecień | kwietnia | kwietniu | kwiecien
    in may: maj | maja | maju | majem | w maju
    june: czerwiec | czerwca | czerwcu | czerwcem
    july: lipiec | lipca | lipcu | lipcem
    august: sierpień | sierpnia | sierpniu | sierpien
    september: wrzesień | września | wrześniu | wrzesien | wrzesnia
    october: październik | października | październiku | pazdziernik | październik
    november: listopad | listopada | listopadzie | listopadem
    december: grudzień | grudnia | grudniu | grudzien

    # --- weekdays and the adjectives made of them --------------------------------------
    monday: poniedziałek | poniedziałku | poniedział*
    tuesday: wtorek | wtorku | wtork*
    wednesday: środa | środę | środy | środzie | środowy | środowa | środowe | środowego
    wednesday: środowej | środowym | środową
    thursday: czwartek | czwartku | czwartk*
    friday: piątek | piątku | piątk*
    saturday: sobota | sobotę | soboty | sobocie | sobot*
    sunday: niedziela | niedzielę | niedzieli | niedziel*

    # --- relative dates ----------------------------------------------------------------
    today: dziś | dzisiaj | dzis | dzisiejsz* | dziś wieczorem
    tonight: dziś wieczorem | dzisiaj wieczorem | dziś w nocy
    tomorrow: jutro | jutrzejsz* | jutra
    this: tym | ten | tego | tej | tę | bieżącym | bieżącego | obecnym
    this week: w tym tygodniu | w bieżącym tygodniu | ten tydzień | tego tygodnia | w tym tyg
    next week: w przyszłym tygodniu | w następnym tygodniu | w kolejnym tygodniu
    next week: przyszły tydzień | następny tydzień | w przyszłym tyg | za tydzień
    coming week: w najbliższym tygodniu | w nadchodzącym tygodniu | najbliższy tydzień
    this month: w tym miesiącu | w bieżącym miesiącu | ten miesiąc | tego miesiąca
    next month: w przyszłym miesiącu | w następnym miesiącu | w kolejnym miesiącu
    next month: przyszły miesiąc | następny miesiąc | za miesiąc | w przyszłym mies
    this year: w tym roku | w bieżącym roku | ten rok | tego roku | w roku bieżącym
    next year: w przyszłym roku | w następnym roku | w kolejnym roku | przyszły rok
    last year: w zeszłym roku | w ubiegłym roku | w poprzednim roku | rok temu | zeszły rok
    next 7 days: najbliższe 7 dni | w ciągu tygodnia | w najbliższych dniach | najbliższe dni
    yesterday: wczoraj | wczorajsz*
    spring: wiosna | wiosną | wiosny | wiosennym | wiosenn*
    summer: lato | latem | letni*
    autumn: jesień | jesienią | jesieni | na jesieni | jesienn*
    winter: zima | zimą | zimy | zimow*
    beginning: na początku | początkiem
    end: na końcu | pod koniec | z końcem
    morning: rano | rankiem | przed południem
    afternoon: po południu | popołudniu
    evening: wieczorem | wieczór | wieczoru

    # --- places said in Polish -----------------------------------------------------------
    poland: polska | polsce | polskę | polską | rp
    polish: polski | polskiego | polskich | polskie | polskim | polskiej | polską | polsk*
    germany: niemcy | niemiec | niemczech | niemcom | niemcami | rfn
    german: niemieck*
    france: francja | francji | francję | francją
    french: francusk*
    spain: hiszpania | hiszpanii | hiszpanię | hiszpanią
    spanish: hiszpańsk*
    italy: włochy | włoch | włoszech | włochom
    italian: włosk*
    czechia: czechy | czechach | czechami | czechom | republika czeska | republice czeskiej
    czechia: republiki czeskiej | czeska republika
    czech: czesk*
    austria: austrii | austrię
    austrian: austriack*
    belgium: belgia | belgii | belgię | belgią
    belgian: belgijsk*
    denmark: dania | danii | danię | danią
    danish: duńsk*
    sweden: szwecja | szwecji | szwecję | szwecją
    swedish: szwedzk*
    finland: finlandia | finlandii | finlandię | finlandią
    finnish: fińsk*
    estonia: estonii | estonię
    estonian: estońsk*
    latvia: łotwa | łotwie | łotwy | łotwę
    lithuania: litwa | litwie | litwy | litwę
    norway: norwegia | norwegii | norwegię
    netherlands: holandia | holandii | holandię | niderlandy | niderlandach
    portugal: portugalia | portugalii | portugalię
    portuguese: portugalsk*
    japan: japonia | japonii | japonię | japonią
    japanese: japońsk*
    colombia: kolumbia | kolumbii | kolumbię
    latin american: latynoamerykańsk* | ameryki łacińskiej | ameryce łacińskiej
    latin america: ameryka łacińska | ameryka południowa | ameryce południowej
    united kingdom: wielka brytania | wielkiej brytanii | wielką brytanię | zjednoczone królestwo
    united kingdom: szkocja | szkocji | anglia | anglii | wlk brytania | wlk brytanii
    ireland: irlandia | irlandii
    switzerland: szwajcaria | szwajcarii
    slovakia: słowacja | słowacji
    slovenia: słowenia | słowenii
    croatia: chorwacja | chorwacji
    hungary: węgry | węgrzech | węgier
    romania: rumunia | rumunii
    bulgaria: bułgarii
    greece: grecja | grecji
    luxembourg: luksemburg | luksemburgu
    europe: europie | europy
    vienna: wiedeń | wiednia | wiedniu | wiedniem
    koln: kolonia | kolonii | kolonię | kolonią
    brussels: bruksela | brukseli | brukselę | brukselą
    berlin: berlina | berlinie | berlinem
    paris: paryż | paryża | paryżu | paryżem
    lyon: lyonie | lyonu
    torino: turyn | turynu | turynie
    tallinn: tallin | tallina | tallinna | tallinie | tallinnie | tallinem
    gdansk: gdańska | gdańsku | gdańskiem | danzig | danzigu
    plzen: pilzno | pilzna | pilźnie | pilznie
    hradec: hradcu | hradca | hradcem
    osaka: osace | osaki | osakę
    graz: grazu | grazem
    medellin: medellinie | medellínie
    aberdeen: aberdeenie
    munich: monachium
    copenhagen: kopenhaga | kopenhadze | kopenhagi | kopenhagę
    stockholm: sztokholm | sztokholmie | sztokholmu
    riga: ryga | rydze | rygi
    vilnius: wilno | wilnie | wilna
    prague: praga | pradze | pragi | pragę
    rome: rzym | rzymie | rzymu
    milan: mediolan | mediolanie | mediolanu
    madrid: madryt | madrycie | madrytu
    barcelona: barcelonie | barcelony
    lisbon: lizbona | lizbonie | lizbony
    london: londyn | londynie | londynu
    athens: ateny | atenach
    budapest: budapeszt | budapeszcie
    bratislava: bratysława | bratysławie
    ljubljana: lublana | lublanie
    zagreb: zagrzeb | zagrzebiu
    bucharest: bukareszt | bukareszcie
    geneva: genewa | genewie
    zurich: zurych | zurychu
    strasbourg: strasburg | strasburgu
    seville: sewilla | sewilli
    valencia: walencja | walencji
    naples: neapol | neapolu
    venice: wenecja | wenecji
    florence: florencja | florencji
    leipzig: lipsk | lipsku
    dresden: drezno | dreźnie
    nuremberg: norymberga | norymberdze
    aachen: akwizgran | akwizgranie
    hamburg: hamburgu
    frankfurt: frankfurcie
    tokyo: tokio
    warsaw: warszawa | warszawie | warszawy
    krakow: krakowie | krakowa
    wroclaw: wrocławiu | wrocławia
    poznan: poznaniu | poznania
    lodz: łodzi
    katowice: katowicach | katowic
    gdynia: gdyni | gdynię
    szczecin: szczecinie | szczecina
    lublin: lublinie | lublina
    bialystok: białymstoku | białegostoku
    rzeszow: rzeszowie | rzeszowa
    torun: toruniu
    kielce: kielcach
    olsztyn: olsztynie
    opole: opolu
    bydgoszcz: bydgoszczy
    silesia: śląsk | śląsku | śląska | śląskie | śląskiego
    pomerania: pomorze | pomorzu | pomorza | pomorskie | pomorskiego
    lower silesia: dolny śląsk | dolnym śląsku | dolnego śląska | dolnośląskie
    masovia: mazowsze | mazowszu | mazowieckie | mazowieckiego

    # --- greetings, thanks, help -------------------------------------------------------
    hello: dzień dobry | dzien dobry | witam | witaj | witajcie | cześć | czesc | siema
    hello: siemka | elo | halo | hejka | hejo | hejże | dobry wieczór | dobry wieczor | serwus
    hello: dzień dobry wszystkim | witam serdecznie | witam wszystkich | cześć wszystkim
    good morning: dzień dobry rano
    thanks: dziękuję | dziekuje | dzięki | dzieki | dziękujemy | dziękuje | dzięks | dzk
    thanks: wielkie dzięki | dziękuję bardzo | bardzo dziękuję | serdecznie dziękuję | dziena
    thanks: z góry dziękuję | dziękuję z góry | dziękuję za pomoc | dzięki za pomoc
    thanks: dzięki wielkie | super dzięki
    great: super | świetnie | ekstra | doskonale | wspaniale | rewelacja
    ok: dobrze | jasne | okej | oki | spoko | w porządku | rozumiem
    help: pomoc | pomocy | pomóc | pomoz | pomożesz | pomoże | pomóż | pomóżcie | pomagasz
    help: pomoc proszę | potrzebuję pomocy | potrzebuje pomocy
    how can you help: w czym możesz pomóc | w czym możesz mi pomóc | jak możesz mi pomóc
    how can you help: jak możesz pomóc | w czym pomożesz | w czym mi pomożesz
    how can you help: jak mi możesz pomóc | w czym możesz nam pomóc | jak możesz nam pomóc
    what can you do: co potrafisz | co umiesz | co możesz | co możesz zrobić | co robisz
    what can you do: co umiesz robić | co potrafisz robić | do czego służysz | do czego służy
    what can you do: do czego jesteś | czym się zajmujesz | jakie masz możliwości
    what can i ask: o co mogę zapytać | o co mogę cię zapytać | o co mogę pytać
    what can i ask: o co można pytać | o co można zapytać | o co mogę cię pytać
    what can i ask: o co pytać | o co mogę spytać | o co mogę się zapytać | o co się pytać
    what can i ask: o co mogę cię spytać | o co można cię zapytać | o co można cię pytać
    what questions: jakie pytania | jakie pytania mogę zadać | na jakie pytania odpowiadasz
    what questions: na jakie pytania | jakie pytania można zadawać
    how does this work: jak to działa | jak to dziala | jak działa ten czatbot
    how does this work: jak to funkcjonuje | jak działasz tutaj
    how do you work: jak działasz | jak dzialasz | jak funkcjonujesz
    how to use: jak korzystać | jak używać | jak cię używać | jak z ciebie korzystać
    how to use: jak z tego korzystać | jak tego używać | jak korzystać z bota
    who are you: kim jesteś | kim jestes | kto ty jesteś | czym jesteś
    what do you know: co wiesz | co ty wiesz | jaką masz wiedzę
    tell me about: co wiesz o | co możesz powiedzieć o | co możesz mi powiedzieć o | co wiadomo o
    instructions: instrukcja | instrukcje | instrukcji | instrukcję | instrukcja obsługi
    commands: komendy | polecenia | komend | poleceń
    bot: bota | botem | bocie | botowi | czatbot | chatbot | chatbota | czatbota
    ask: zapytać | pytać | spytać | zapytam | pytam | spytam | zadać pytanie
    question: pytanie | pytaniem
    questions: pytania | pytań

    # --- small words: verbs of being and asking, pronouns, prepositions ----------------
    is: jest | jes | jst
    are: są | sa
    was: był | była | było
    were: były | byli
    will be: będzie | będą | bedzie | beda
    how: jak | w jaki sposób | jakim sposobem | jak mogę | jak można
    how do i: jak mam | jak mogę się | jak można się
    why: dlaczego | czemu
    who: kto | kogo | komu
    can i: mogę | moge | można | mozna | da się | czy da się | dałoby się | mógłbym | mogłabym
    can i: czy można | czy mogę
    can we: możemy | mozemy | moglibyśmy | mamy szansę
    can you: możesz | mozesz | mógłbyś | mogłabyś | możecie | mógłby pan | mogłaby pani
    is: czy jest
    are: czy są
    will: czy będzie | czy będą
    is there: czy jest jakiś | czy jest jakaś | czy jest jakieś
    is there: czy są jakieś | czy macie | macie | masz | czy masz | czy istnieje | istnieje
    are there: czy są jakieś | są jakieś | jakieś są
    any: jakieś | jakiś | jakaś | jakichś | jakiegoś | jakiejś | jakimś | żadne | żadnych
    all: wszystkie | wszystkich | wszystko | cała lista | pełna lista | całą listę
    list: lista | listę | listy | liście | wylistuj | wypisz | wymień | zestawienie
    show me: pokaż | pokaz | pokażesz | pokażcie | pokaż mi | wyświetl | daj | podaj | podaj mi
    show me: poproszę listę | podeślij | prześlij | wyślij
    give me: daj mi | dasz mi | rzuć | rzuć okiem
    what is happening: co się dzieje | co się będzie działo | co się dzieje ciekawego
    what is happening: co słychać | co się święci | co ciekawego | co będzie się działo
    what is on: co jest grane | co się odbywa | co się odbędzie | co mamy
    whats new: co nowego | jakie nowości | co nowego słychać
    still ahead: jeszcze przed nami | nadal przed nami | wciąż przed nami
    ahead: przed nami
    coming up: w najbliższym czasie | w najbliższej przyszłości | niedługo będą
    please: proszę | poproszę | prosze | poprosze | prosiłbym | prosiłabym | prosimy
    want: chcę | chce | chcemy | chcielibyśmy | chciałbym | chciałabym | chciałbyś | chcą
    need: potrzebuję | potrzebujemy | potrzebny | potrzebna | potrzebne | musimy | muszę
    know: wiedzieć | wiem | wiemy | dowiedzieć się | dowiedzieć | sprawdzić | sprawdzę
    exactly: dokładnie | dokładna | dokładną | dokładny | konkretnie | precyzyjnie
    it: ona | ono | oni | to wydarzenie | ten nabór | ta konferencja
    me: mnie | mną
    you: ty | wy | ciebie | tobie | panu
    i: ja
    in: w | we
    for: dla | na
    to: do
    on: o | przy
    about: odnośnie do | w kwestii
    at: podczas | w trakcie | w ramach
    from: z | ze | od
    with: wraz z | razem z
    after: po | po tym jak
    before: przed | przedtem
    until: aż do | najpóźniej do
    when opens: od kiedy | odkąd
    # "ale" (but) and "więc" (so) end a clause of context, as their English glosses do.
    and: oraz
    but: ale | lecz | jednak | natomiast
    so: więc | zatem | dlatego
    or: lub | albo | czy też
    than: niż
    other: inne | innych | inny | inna | innej | innego | innym
    this: ta | to jest | tymi | tych | ten sam
    there: tam | tutaj
    not yet: jeszcze nie
    # "Czy" opens a yes-or-no question as "is" does in English ("czy TCI będzie w Polsce?").
    is: czy
    : się | sie | że | żeby | aby | bo | także
    : również | też | tez | tylko | właśnie | wlasnie | może | moze | chyba | pewnie
    : tak | nam | nas | nasz | nasza | nasze | naszego | naszej | naszym | naszą | naszych
    : mój | moja | moje | mojego | mojej | moim | mam | mamy | mają | jestem | jesteśmy
    : jesteście | jesteś | pracuję | pracujemy | pracuje | szukam | szukamy | interesuje
    : interesuje nas | interesuje mnie | interesują nas | zastanawiam się | zastanawiamy się
    : ciekawi mnie | ciekawi nas | chciałem zapytać | chciałam zapytać | chcieliśmy zapytać
    : mam pytanie | mamy pytanie | szybkie pytanie | krótkie pytanie | hmm | hm
    : właściwie | w ogóle | ogólnie | mniej więcej | około | dla nas | dla mnie | u nas
    : cię | jego | jej | mu | jemu | ją | nich | niego | niej
    : swój | swoją | swoje | swojego | swojej | swoim | swoich | sobie | siebie
    : temu | tą | tamten | który to | jakby | mianowicie
    # Abbreviations and words that only number or hedge: "nabór nr 4" is "call 4".
    : np | tzn | itp | itd | tj | nr | numer | numerem | znana | znany | znane | wiadomo
    : czy wiadomo | czy wiesz | czy wiecie | czy ktoś wie | nie wiem | nie wiemy
    about: ws | w sprawie
    time: godz
    when: na kiedy | na kiedy jest | na kiedy zaplanowano | w jakim okresie
    give me: podać | podasz | podałbyś | podałabyś | możesz podać | mógłbyś podać
    : pozdrawiam | pozdrowienia | pozdr | serdecznie pozdrawiam | z poważaniem | miłego dnia
    : dobrego dnia | pytam dla kolegi | pytam dla koleżanki | pytam w imieniu | przepraszam
    : przepraszam jeśli | sorry | sorki | jeśli to już było | jeśli już pytano
    : bardzo | dość | dosyć | całkiem | naprawdę | serio | generalnie | wiesz
    : szanowni | szanowny | szanowna | państwo | pani | pan | drodzy | droga | drogi
    # subscription requests: read as the English requests ("remind me about ...")
    remind me about: przypomnij mi o | przypomnij o | przypomnijcie mi o | prosze przypomnij mi o
    remind me about: przypomnij mi prosze o | przypominaj mi o
    remind me: przypomnij mi | przypomnij
    notify me of: powiadom mnie o | powiadom mi o | daj mi znac o | daj znac o | informuj mnie o
    notify me of: powiadamiaj mnie o
    stop reminding me about: przestan mi przypominac o | nie przypominaj mi o
    stop reminding me about: przestan przypominac o
    """
)

# Case endings, longest first, tried on a folded word the tables do not know.
_ENDINGS = tuple("ami ach owi ego emu iej ie ej em om ow ym im u y i a e o".split())
# A name said in another case: its ending replaced by the name's own ("Warszawie",
# "Berlinie", "Tallinna", "Vinnovy"), or with the consonant that the locative
# softens restored ("Anudze" -> "Anuga", "Osace" -> "Osaka", "Hradcu" -> "Hradec").
_NAME_ENDINGS = (
    ("dze", "ga"),
    ("ce", "ka"),
    ("cu", "ec"),
    ("ca", "ec"),
    *((ending, base) for ending in _ENDINGS for base in ("", "a", "o", "e")),
)

LEXICON = Lexicon(
    "pl",
    PHRASES,
    markers=frozenset(  # folded, as the question's words are when the language is guessed
        """czy jest sie nie ze jak gdzie kiedy ktory ktora ktore jakie jaki jaka juz jeszcze
        dla na od przez przy oraz albo lub bardzo moze chce chcemy mamy nasz nasza nasze
        jestem jestesmy dzieki prosze poprosze""".split()
    ),
    letters="ąćęłńśźż",
    name_endings=_NAME_ENDINGS,
    endings=_ENDINGS,
)
