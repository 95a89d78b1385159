"""Italian: the words Italian questions ask with, glossed into the engine's English roles.

Elisions are split before glossing ("dov'è" -> "dov e", "quest'anno" ->
"quest anno", "all'evento" -> "all evento"), so elided forms are listed as
their separate words.  Accents are folded away, so "giovedì", "giovedi" and
"e'" are the same word.  Typos with one slip ("iscrizzione", "confernza") are
read through the single words below.
"""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

# Subscription requests, read as the English ones ("remind me about ...").
# "Ricordami quando / la data" still asks.
REQUESTS = """
    remind me about: ricordami | ricordatemi | mi ricordi | me lo ricordi
    tell me when: ricordami quando | mi ricordi quando
    tell me the date: ricordami la data | mi ricordi la data
    tell me the deadline: ricordami la scadenza | mi ricordi la scadenza
    notify me of: avvisami di | avvisami per | avvisami su | mi avvisi di | mi avvisi per
    notify me: avvisami | mi avvisi | avvisatemi
    subscribe me to: iscrivimi agli avvisi di | iscrivimi agli avvisi per
    stop reminding me about: smetti di ricordarmi | non ricordarmi piu | basta promemoria per
    days before: giorni prima | giorno prima
    hours before: ore prima | ora prima
    weeks before: settimane prima | settimana prima
"""

PHRASES = entries(
    REQUESTS
    + """
    # Question words.
    when: quando | quand | in che periodo | in quale periodo | in che data | in quale data
    when: che giorno | in che giorno
    when is: quando e | quand e | quando c e | quand c e | quando ce | quando sara
    what time: a che ora | che ora | a che ore | a quale ora | a che orario | orario | orari
    until when: fino a quando | fino a quand | entro quando | entro che data | entro quale data
    until when: fino a che data | fino a che giorno | entro che giorno | per quando
    how long: quanto tempo | quanto manca | quanto tempo manca | quanti giorni | quanto resta
    how many days: quanti giorni mancano | quanti giorni restano | quanti giorni ci sono
    where: dove | dov | ove | in che luogo | in quale luogo | in che posto
    where is: dove e | dov e | dove si trova | dove si trovera
    which city: in che citta | in quale citta | che citta | quale citta
    which country: in che paese | in quale paese | che paese | quale paese
    which: quali | quale | qual
    what is: qual e | quale e | cos e | cosa e | che cos e | che cosa e
    what: cosa | che cosa | cos
    what was: cos era | cosa era | che cosa era
    about: di cosa | di che cosa | di che | su cosa | su che cosa | riguardo | riguardo a
    about: a proposito di | in merito a | tratta | trattera | trattava | parla di
    covered: presentato | presentata | presentati | presentate | presentera | presenteranno
    covered: trattato | trattata | trattati | trattate | discusso | discussi
    whats the weather: che tempo fa | che tempo
    say: dice | dicono | parla | parlava | parlera | parleranno | si parlera | si parla
    topic: tema | argomento | temi | argomenti | contenuto | contenuti
    programme: programma | programmi
    agenda: agenda | ordine del giorno
    description: descrizione | descrivimi | descrivi | presentazione
    summary: riassunto | sintesi | in sintesi | riassumi | riassumere
    tell me about: parlami di | parlami del | parlami della | mi parli di | raccontami di
    tell me more about: dimmi di piu su | dimmi di piu | dimmi qualcosa su | raccontami di piu su
    tell me: dimmi | mi dica | mi dici | mi dai | mi da | mi puo dire | puo dirmi | puoi dirmi
    tell me: mi sai dire | sai dirmi | sa dirmi | mi sa dire | mi puoi dire | mi potrebbe dire
    tell me: saprebbe dirmi | mi saprebbe dire | potrebbe indicarmi | mi potrebbe indicare
    tell me: sapresti dirmi | mi sapresti dire | mi potresti dire | potrebbe dirmi
    tell me: potresti dirmi | raccontami | mi conferma
    tell me: mi confermi | confermami | puo confermarmi | mi indichi | mi indica | indicami
    who organises: chi organizza | chi lo organizza | chi la organizza | chi c e dietro
    organiser: organizzatore | organizzatori | organizzato da | organizzata da | ente organizzatore
    who: chi
    why: perche | come mai
    how: come | in che modo
    how much: quanto costa | costo | costa
    # Registering and applying.
    register: iscriversi | iscrivermi | iscriverci | iscriverti | iscrivere | iscrivo | iscrive
    registration: iscrizione | iscrizioni
    register: iscriv* | iscriz* | iscrizzion* | registrarsi | registrarmi | registrarci
    register: registrare
    register: registrarti | registrarvi | registro | registrato | registrata | registrati
    register: registrate
    registration: registrazione | registrazioni | modulo di registrazione | modulo di iscrizione
    how do i register: come ci si iscrive | come mi iscrivo | come posso iscrivermi
    how do i register: come iscriversi
    how do i register: come faccio a iscrivermi | come ci iscriviamo | come si fa a iscriversi
    apply: candidarsi | candidarci | candidarmi | candidare | candidatura
    apply: candida* | candidi* | candido | fare domanda | presentare domanda
    apply: presentare la domanda | fare la domanda
    apply: presentare una domanda | inviare la domanda | inviare domanda
    apply: presentare la candidatura
    apply: presentare una proposta | presentare la proposta | presentare proposte
    apply: presentare progetti
    apply: presentare un progetto | partecipare al bando | aderire | si fa domanda | fa domanda
    how do i apply: come si fa domanda | come faccio domanda | come fare domanda
    how do i apply: come si partecipa
    how do i apply: come posso candidarmi | come candidarsi | come ci si candida | come presentare
    application: domanda | domanda di partecipazione | modulo di domanda | proposta | proposte
    application: candidatura
    applications: candidature
    submit: inviare | presentare | consegnare | sottomettere | invio | presentazione delle domande
    submission: sottomissione | consegna
    participate: partecip* | prendere parte | aderisco
    : prima di candida* | prima di candidi* | prima di iscriv* | prima di fare domanda
    : prima di presentare domanda
    attend: assistere | esserci | venire | andare
    book: prenotare | prenoto | prenotarsi | prenotarmi | prenotazione | prenotazioni
    ticket: biglietto | ingresso
    tickets: biglietti
    too late: troppo tardi | in ritardo
    # Links and information.
    website: sito | sito web | sito internet | pagina web | portale | sito ufficiale
    page: pagina | pagina ufficiale
    link to: link per | link della | link del | link alla | link al | link all | link dell
    where can i find: dove trovo | dove posso trovare | dove si trova il link | dove si trovano
    where can i read: dove posso leggere | dove leggo
    download: scaricare | scarico | scaricabile
    more info: maggiori informazioni | piu informazioni | ulteriori informazioni | piu info
    more info: maggiori info | altre informazioni | piu dettagli | maggiori dettagli
    information: informazioni | informazione
    details: dettagli | dettaglio | particolari
    # Dates, status and the clock.
    deadline: scadenza | termine | data di scadenza | data limite | termine ultimo | scadenz
    deadlines: scadenze | termini
    closes: scade | chiude | si chiude
    ends: termina | finisce | terminera | finira
    close: scadono | chiudono | si chiudono | scadere | chiudere
    end: terminano | finiscono
    closing: chiusura | in scadenza
    closed: chiuso | chiusa | chiusi | chiuse
    expired: scaduto | scaduta | scaduti | scadute
    open: aperto | aperta | aperti | aperte | apri
    still open: ancora aperto | ancora aperta | ancora aperti | ancora aperte | ancora attivo
    opens: apre | si apre | aprira | si aprira | riapre
    opening: apertura | aprono | riaprono | si aprono | si apriranno | apriranno
    opening soon: in apertura | in uscita | in arrivo a breve | che aprono presto
    opening soon: di prossima apertura
    opened: e aperto | e aperta | si e aperto | e partito | e partita | e iniziato | e iniziata
    starts: inizia | comincia | iniziano | cominciano | parte il | parte la
    start: inizio | l inizio
    ends: fine
    date: data | giorno della | il giorno
    dates: date | giorni
    day: giorno | giornata
    time: ora | orario di inizio
    published: pubblicato | pubblicata | pubblicati | pubblicate | uscito | uscita | e uscito
    publication: pubblicazione | data di pubblicazione
    is it over: e finito | e finita | e gia finito | e gia finita | e terminato | e terminata
    is it over: e concluso | e conclusa | e gia passato | e gia passata | e gia scaduto
    over: finito | finita | finiti | finite | terminato | terminata | concluso | conclusa
    over: conclusi
    passed: passato | passata
    past: passati | passate | trascorsi | precedenti | del passato | scorsi | scorse
    already happened: ci sono gia stati | ci sono gia state | ci sono stati | ci sono state
    already happened: sono gia stati | sono gia state | si sono gia svolti | si sono svolti
    already happened: si sono gia tenuti | si sono tenuti | gia svolti | gia svolte | gia fatti
    took place: si e svolto | si e svolta | si e tenuto | si e tenuta | c e stato | c e stata
    take place: si tiene | si terra | si svolge | si svolgera | si fa | ha luogo | avra luogo
    take place: si tengono | si svolgono | si terranno | si svolgeranno | si farà | si fara
    missed: perso | persa | mi sono perso | ci siamo persi | ho perso | abbiamo perso
    did i miss: me lo sono perso | me la sono persa | l ho perso | l ho persa
    already: gia
    still: ancora | tuttora
    again: di nuovo | nuovamente | un altra volta
    # Lists.
    list: elenco | elenca | lista | elencami | elenco completo
    show me: mostrami | fammi vedere | mi mostri | mostra | mostrare
    are there: ci sono | ce ne sono | esistono | sono previsti | sono previste | avete
    is there: c e | ce | c e qualche | esiste | e previsto | e prevista
    whats on: cosa c e | che c e | cosa ce | cosa c e in programma | cosa succede | che succede
    whats on: cosa resta | cosa rimane | che cosa c e | cosa bolle in pentola
    coming up: in arrivo | in programma | previsti | previste | imminenti | all orizzonte
    upcoming: futuri | future | prossimamente | a venire | da venire | in calendario
    next: prossimo | prossima | prossimi | prossime | successivo | successiva
    soon: presto | a breve | tra poco | fra poco
    all: tutti | tutte | tutti gli | tutte le | tutto
    any: qualche | alcuni | alcune | qualcosa
    current: attuali | attuale | correnti
    ongoing: in corso | in svolgimento
    currently: attualmente | al momento | in questo momento | adesso | ora come ora
    # Kinds of things, singular and plural.
    event: evento | manifestazione | iniziativa
    events: eventi | manifestazioni | iniziative | appuntamenti | appuntamento
    conference: conferenza | convegno
    conferences: conferenze | convegni | congressi
    congress: congresso
    workshop: laboratorio | seminario | atelier
    workshops: laboratori | seminari
    training: formazione | corso | corso di formazione
    workshops: corsi | corsi di formazione
    webinar: seminario online | seminario web
    webinars: seminari online | seminari web
    meeting: riunione | incontro
    # "webinar", "workshop", "brief" do not change in the plural: a plural word beside them tells.
    webinars: i webinar | tutti i webinar | dei webinar | webinar futuri
    workshops: i workshop | gli workshop | tutti i workshop | dei workshop
    workshops: workshop futuri
    briefs: i brief | tutti i brief | i policy brief
    meetings: i meeting | meeting futuri
    which webinars: quali webinar
    which workshops: quali workshop
    which briefs: quali brief | quali policy brief
    which meetings: quali meeting
    upcoming webinars: prossimi webinar | webinar in arrivo | webinar in programma
    upcoming workshops: prossimi workshop | workshop in arrivo | workshop in programma
    past webinars: webinar passati | webinar gia svolti | webinar precedenti
    past workshops: workshop passati | workshop gia svolti | workshop precedenti
    past meetings: meeting passati
    meetings: riunioni | incontri
    session: sessione
    information session: sessione informativa | sessione di informazione | incontro informativo
    info day: giornata informativa
    call: bando | avviso | chiamata | invito a presentare proposte | bando di gara
    calls: bandi | avvisi | chiamate | inviti a presentare proposte
    opportunities: opportunita | opportunita di finanziamento | finanziamenti
    competition: concorso | gara
    grant: contributo | sovvenzione
    funding: finanziamento | fondi
    brief: nota | nota politica | sintesi politica
    briefs: note politiche
    paper: documento
    publications: pubblicazioni | documenti | rapporti | studi
    report: rapporto | relazione
    study: studio | analisi
    brokerage: brokeraggio | borsa | incontri b2b | incontri d affari
    summit: vertice
    school: scuola
    summer school: scuola estiva
    winter school: scuola invernale
    award: premio | premiazione
    fair: fiera | fiere
    exhibition: esposizione
    dinner: cena
    gala dinner: cena di gala | serata di gala
    party: festa
    visit: visita | visite | visita in loco
    edition: edizione
    module: modulo
    round: tornata | giro
    phase: fase
    step: passo | tappa
    first: primo | prima | 1o | 1a
    second: secondo | seconda | 2o | 2a
    third: terzo | terza | 3o | 3a
    fourth: quarto | quarta | 4o | 4a
    fifth: quinto | quinta | 5o | 5a
    sixth: sesto | sesta
    one: uno
    two: due
    three: tre
    four: quattro
    five: cinque
    before: prima di | prima del | prima della | prima che | avanti
    after: dopo | dopo il | dopo la
    # Time windows and relative dates.
    today: oggi | in giornata | stamattina | stamani | questa mattina
    tonight: stasera | stanotte | questa sera
    tomorrow: domani | domattina
    the day after tomorrow: dopodomani | dopo domani
    this week: questa settimana | in settimana | entro la settimana | entro fine settimana
    next week: la prossima settimana | prossima settimana | la settimana prossima
    next week: settimana prossima | settimana che viene | la settimana che viene
    next 7 days: prossimi 7 giorni | prossimi sette giorni | nei prossimi 7 giorni
    next 7 days: nei prossimi sette giorni | entro 7 giorni | entro sette giorni
    this month: questo mese | in questo mese | entro fine mese | entro la fine del mese
    this month: nel mese corrente | il mese corrente | mese corrente | questo mese qui
    next month: il mese prossimo | il prossimo mese | mese prossimo | prossimo mese
    next month: nel mese prossimo | nel prossimo mese | il mese che viene | mese che viene
    this year: quest anno | questo anno | nell anno in corso | anno in corso | quest anno qui
    next year: l anno prossimo | il prossimo anno | anno prossimo | prossimo anno
    last year: l anno scorso | anno scorso | l anno passato | anno passato | lo scorso anno
    last week: la settimana scorsa | settimana scorsa | la scorsa settimana
    last month: il mese scorso | mese scorso | lo scorso mese
    week: settimana | settimane
    month: mese | mesi
    year: anno | anni | annata
    days: giorni lavorativi
    now: adesso | ora | subito | ormai
    new: nuovo | nuova | nuovi | nuove
    last: ultimo | ultima | ultimi | ultime | scorso | scorsa
    monday: lunedi | lunedy | lunedì
    tuesday: martedi | martedy
    wednesday: mercoledi | mercoledy
    thursday: giovedi | giovedy | giovedí
    friday: venerdi | venerdy
    saturday: sabato
    sunday: domenica
    morning: mattina | mattino | mattinata
    afternoon: pomeriggio
    evening: sera | serata
    # Months (with "a", "di", "entro" before them, read below as in, of, until).
    january: gennaio | genaio | gennajo | gen
    february: febbraio | febraio | febbrajo
    march: marzo | marso
    april: aprile
    in may: maggio | magio
    may: mag
    june: giugno | giu
    july: luglio | lug
    august: agosto
    september: settembre | setembre | sett
    october: ottobre | otobre | ott
    november: novembre
    december: dicembre | dic
    # Places: online or in person, countries and cities said in Italian.
    online: in linea | da remoto | a distanza | in streaming | in rete
    in person: in presenza | dal vivo | di persona
    virtual: virtuale
    hybrid: ibrido | ibrida
    city: citta
    country: paese | nazione | stato membro
    address: indirizzo
    location: luogo | sede dell evento
    venue: sede
    germany: germania
    france: francia
    spain: spagna
    italy: italia
    poland: polonia
    belgium: belgio
    netherlands: paesi bassi | olanda
    sweden: svezia
    finland: finlandia
    denmark: danimarca
    norway: norvegia
    portugal: portogallo
    czechia: repubblica ceca | cechia
    slovakia: slovacchia
    hungary: ungheria
    croatia: croazia
    slovenia: slovenia
    greece: grecia
    ireland: irlanda
    switzerland: svizzera
    luxembourg: lussemburgo
    lithuania: lituania
    latvia: lettonia
    cyprus: cipro
    united kingdom: regno unito | inghilterra | gran bretagna
    united states: stati uniti
    japan: giappone
    europe: europa
    latin america: america latina | sudamerica
    brussels: bruxelles
    cologne: colonia
    munich: monaco di baviera
    gdansk: danzica
    warsaw: varsavia
    krakow: cracovia
    lyon: lione
    paris: parigi
    berlin: berlino
    prague: praga
    lisbon: lisbona
    seville: siviglia
    barcelona: barcellona
    strasbourg: strasburgo
    geneva: ginevra
    zurich: zurigo
    stockholm: stoccolma
    copenhagen: copenaghen
    athens: atene
    london: londra
    edinburgh: edimburgo
    antwerp: anversa
    frankfurt: francoforte
    hamburg: amburgo
    dresden: dresda
    leipzig: lipsia
    stuttgart: stoccarda
    nuremberg: norimberga
    marseille: marsiglia
    toulouse: tolosa
    salzburg: salisburgo
    ljubljana: lubiana
    zagreb: zagabria
    bucharest: bucarest
    belgrade: belgrado
    groningen: groninga
    turin: torino
    milan: milano
    rome: roma
    naples: napoli
    florence: firenze
    venice: venezia
    genoa: genova
    padua: padova
    mantua: mantova
    syracuse: siracusa
    the hague: l aia
    leuven: lovanio
    ghent: gand
    liege: liegi
    aachen: aquisgrana
    basel: basilea
    bern: berna
    lausanne: losanna
    lille: lilla
    zaragoza: saragozza
    porto: oporto
    thessaloniki: salonicco
    wroclaw: breslavia
    poznan: posnania
    szczecin: stettino
    vilnius: vilna
    gothenburg: goteborg
    dublin: dublino
    bremen: brema
    # Words of titles, so an item named in English is found from its Italian name.
    alpine space: spazio alpino
    baltic sea region: mar baltico | mare baltico | regione del mar baltico | regione del baltico
    central europe: europa centrale
    horizon europe: orizzonte europa
    cohesion policy: politica di coesione
    danish: danese | danesi
    czech: ceco | ceca | cechi | ceche
    german: tedesco | tedesca | tedeschi | tedesche
    french: francese | francesi
    spanish: spagnolo | spagnola | spagnoli | spagnole
    polish: polacco | polacca | polacchi | polacche
    swedish: svedese | svedesi
    finnish: finlandese | finlandesi
    portuguese: portoghese | portoghesi
    italian: italiano | italiana | italiani | italiane
    japanese: giapponese
    european: europeo | europea | europei | europee
    national: nazionale | nazionali
    regional: regionale | regionali
    interregional: interregionale | interregionali
    international: internazionale | internazionali
    annual: annuale | annuo | annua
    political: politico | politici
    policy: politica | politiche
    political meeting: riunione politica | incontro politico
    annual political meeting: riunione politica annuale | incontro politico annuale
    final: finale | finali | conclusiva | conclusivo
    initiative: iniziativa
    project: progetto
    projects: progetti
    small projects: piccoli progetti | progetti piccoli
    classic projects: progetti classici
    core projects: progetti principali | progetti core
    innovation: innovazione
    excellence: eccellenza
    competitiveness: competitivita
    competitiveness clusters: poli di competitivita
    poles: poli
    management: gestione
    strategy: strategia
    services: servizi
    business models: modelli di business | modelli di impresa
    advanced manufacturing: manifattura avanzata
    manufacturing: manifattura | manifatturiero
    energy: energia
    food: alimentare | alimentari | cibo
    sustainable: sostenibile | sostenibili
    systems: sistemi
    impact: impatto
    divide: divario
    partnerships: partenariati | partenariato
    internationalisation: internazionalizzazione
    financing: finanziamenti alle imprese
    research: ricerca
    companies: imprese | aziende
    sme: pmi
    consortia: consorzi
    organisations: organizzazioni
    investments: investimenti
    environments: ambienti
    recognition: riconoscimento
    position paper: documento di posizione
    key: chiave
    platform: piattaforma
    collaboration: collaborazione
    cooperation: cooperazione
    learning: apprendimento
    peer review: revisione tra pari | revisione paritaria | valutazione tra pari
    review: revisione
    good practices: buone pratiche
    accelerator: acceleratore
    european innovation council: consiglio europeo per l innovazione
    industry days: giornate dell industria
    days: giornate
    vouchers: buoni
    support: sostegno | supporto
    expression of interest: manifestazione di interesse | manifestazioni di interesse
    cut off: finestra | finestra di scadenza | scadenza intermedia
    transition: transizione
    twin transition: doppia transizione | transizione gemella
    green: verde | verdi
    digital: digitale | digitali
    industry: industria
    industrial: industriale | industriali
    space: spazio
    smart specialisation: specializzazione intelligente
    specialisation: specializzazione
    smart: intelligente | intelligenti
    value chains: catene del valore
    value chain: catena del valore
    supply chains: catene di approvvigionamento | catene di fornitura | filiere
    supply chain: catena di approvvigionamento | catena di fornitura | filiera
    resilience: resilienza
    region: regione
    regions: regioni
    hydrogen: idrogeno
    valley: valle
    valleys: valli
    health: salute | sanita
    agrifood: agroalimentare
    tourism: turismo
    mobility: mobilita
    circular economy: economia circolare
    blue economy: economia blu
    artificial intelligence: intelligenza artificiale
    advanced materials: materiali avanzati
    textile: tessile
    aerospace: aerospazio | aerospaziale
    creative industries: industrie creative | industrie culturali e creative
    territorial: territoriale | territoriali
    cohesion: coesione
    structural funds: fondi strutturali
    chamber of commerce: camera di commercio
    agency: agenzia
    mission: missione
    study visit: visita di studio
    academy: accademia
    experts: esperti
    working group: gruppo di lavoro
    general assembly: assemblea generale
    assembly: assemblea
    round table: tavola rotonda
    global: globale
    world: mondiale
    nordic: nordico | nordica | nordici
    baltic: baltico | baltica
    alpine: alpino | alpina
    mediterranean: mediterraneo | mediterranea
    adriatic: adriatico
    danube: danubio
    balkans: balcani
    latin american: latinoamericano | latinoamericana | latino americana | latino americano
    : tra | fra
    # domain words: what item titles say, in Italian
    # Each English word of the titles, and the vocabulary of EU funding, clusters, regional
    # policy, research and innovation and industry sectors, in the forms Italians type them.
    # No word here has another everyday meaning; status and question words keep their glosses.
    # Kinds of events and documents.
    webinar: webinario | webinari
    ceremony: cerimonia | cerimonie | cerimonia di premiazione
    award ceremony: cerimonia di consegna dei premi | consegna dei premi
    awards: premi
    jury: giuria | giurie
    finalists: finalisti | finaliste | finalista
    winners: vincitori | vincitrici | vincitore | vincitrice
    hackathon: maratona di programmazione | maratona di idee
    series: serie | ciclo di | ciclo
    roadshow: tour di presentazione
    info day: giornate informative | giornata di informazione | giornata info
    info session: sessioni informative
    applicant seminar: seminario per i candidati | seminari per i candidati
    applicant seminar: seminario per i proponenti | seminario per proponenti
    applicant seminar: seminario dei candidati | seminario dei proponenti
    applicant: proponente | proponenti | richiedente | richiedenti | beneficiario potenziale
    applicant: soggetto proponente | soggetti proponenti
    beneficiary: beneficiario | beneficiari | beneficiaria | beneficiarie
    lead partner: capofila | partner capofila | partner principale | soggetto capofila
    matchmaking: incontri di matchmaking | abbinamento | abbinamenti | incontri bilaterali
    matchmaking: sessione di matchmaking | evento di matchmaking
    brokerage event: evento di brokeraggio | borsa di cooperazione | evento di intermediazione
    partnering: ricerca partner | ricerca di partner | ricerca partners
    site visits: visite in loco | visite aziendali | visite sul campo | visite tecniche
    site visit: visita aziendale | visita sul campo | visita tecnica
    study visits: visite di studio
    working groups: gruppi di lavoro
    peer review: revisione fra pari | valutazione fra pari | revisioni tra pari
    peer review: valutazione paritaria | revisione dei pari
    peer learning: apprendimento tra pari | apprendimento fra pari
    position paper: documento programmatico | presa di posizione
    # "Posizione" alone is where something is (one slip from "esposizione", an exhibition).
    location: posizione
    position paper: posizione comune | documento di indirizzo
    policy brief: nota di policy | sintesi di policy | nota di indirizzo | documento di policy
    policy briefs: note di policy | note di indirizzo
    report: rapporti annuali | resoconto | resoconti
    annual report: relazione annuale | rapporto annuale
    survey: sondaggio | sondaggi | indagine | indagini | questionario | questionari
    mapping: mappatura | mappature | mappare | ricognizione
    analysis: analisi comparativa | analisi di impatto
    impact assessment: valutazione d impatto | valutazione di impatto
    evaluation: valutazione | valutazioni
    guide: guida | guide | manuale | vademecum
    primer: guida introduttiva | introduzione a | guida di base
    lessons learned: lezioni apprese | insegnamenti tratti
    lessons: lezioni | insegnamenti
    recommendations: raccomandazioni | raccomandazione
    white paper: libro bianco
    green paper: libro verde
    toolkit: cassetta degli attrezzi | kit di strumenti
    case studies: casi studio | casi di studio | caso di studio | caso studio
    best practices: migliori pratiche | pratiche migliori
    good practices: buone prassi | buona pratica | buona prassi
    community of practice: comunita di pratica | comunita di pratiche | comunita di prassi
    community: comunita
    # Funding, calls and money.
    call for proposals: bando per proposte | avviso pubblico
    call for proposals: invito a presentare progetti
    call for applications: bando per candidature | invito a candidarsi
    call for expression of interest: avviso per manifestazione di interesse
    grants: sovvenzioni | contributi | contributi a fondo perduto | fondo perduto
    grant: contributo a fondo perduto | sovvenzione a fondo perduto
    funding: cofinanziamento | cofinanziamenti | finanziare | finanziato | finanziata
    funding: finanziati | finanziate | fonti di finanziamento
    funding programme: programma di finanziamento | programmi di finanziamento
    finance: finanza | finanziario | finanziaria | finanziari | finanziarie
    financial instruments: strumenti finanziari
    instrument: strumento | strumenti
    investment: investimento
    investors: investitori | investitore | investitrici
    business angels: investitori informali | angeli investitori
    venture capital: capitale di rischio | capitali di rischio | fondi di venture capital
    venture capital: fondo di venture capital
    venture debt: debito di rischio | debito venture
    equity: capitale proprio | capitale di rischio azionario | partecipazioni azionarie
    equity: finanziamento in equity | capitale azionario
    debt: debito | debiti
    revenue based: basato sui ricavi | basata sui ricavi | basati sui ricavi | sui ricavi
    revenue: fatturato
    private: privato | privata | privati | private
    seed: capitale seed | fase seed | capitale iniziale | fase di avviamento
    pitching: presentazione agli investitori | presentazioni agli investitori
    pitch: sessione di pitch | sessioni di pitch
    state aid: aiuti di stato | aiuto di stato | aiuti statali | aiuti pubblici
    vouchers: voucher per l innovazione | buoni innovazione
    innovation vouchers: voucher innovazione | voucher per innovazione
    erdf: fesr | fondo europeo di sviluppo regionale
    esf: fse | fondo sociale europeo
    structural funds: fondi strutturali e di investimento | fondi sie | fondi europei
    european funds: fondi ue | fondi comunitari
    recovery: ripresa | ripresa e resilienza | pnrr | piano nazionale di ripresa e resilienza
    cofinancing: cofinanziato | cofinanziata
    selection: selezione | selezioni
    evaluation criteria: criteri di valutazione | criteri di selezione
    lump sum: somma forfettaria | importo forfettario
    strand: filone | filoni | linea di intervento | linea di finanziamento
    priority: priorita | asse prioritario | assi prioritari
    topic: tematica | tematiche
    work programme: programma di lavoro | programmi di lavoro
    programme: programma europeo | programma operativo | programmi operativi
    cut off: data di chiusura intermedia | finestre di scadenza
        two stage: due fasi | in due fasi | a due fasi | due stadi | a due stadi
    single stage: fase unica | in una fase | a una fase
    step: tappe
    extend: prorogare | prorogato | prorogata | proroga | proroghe | prorogati | estendere
    extend: estensione | esteso | estesa
    open call: bando a cascata | bandi a cascata | finanziamento a cascata
    # Clusters, networks and organisations.
    clusters: distretti | distretti industriali | distretti tecnologici | poli tecnologici
    cluster: distretto | distretto industriale | distretto tecnologico | polo tecnologico
    cluster: polo di innovazione | poli di innovazione | raggruppamento
    cluster manager: gestore del cluster | gestori di cluster | responsabile del cluster
    cluster management: gestione dei cluster | gestione del cluster | gestione di cluster
    cluster organisations: organizzazioni di cluster | organizzazioni cluster
    cluster organisation: organizzazione di cluster | organizzazione cluster
    manager: gestore | gestori
    network: reti | network europeo | rete europea
    networking: fare rete | creazione di reti | messa in rete | occasioni di networking
    partnership: collaborazione strategica
    partnership: alleanza | alleanze
    consortium: consorzio
    association: associazione | associazioni
    organisation: organizzazione | enti
    company: impresa | azienda
    business: imprenditoria | affari | d impresa
    smes: piccole e medie imprese | piccola e media impresa | piccole medie imprese
    smes: micro piccole e medie imprese | mpmi
    startups: startup innovative | start up innovative | nuove imprese | imprese innovative
    startups: giovani imprese
    scale-ups: imprese in crescita
    scaling: scalare | scalabilita | scalabile
    growth: crescita
    grow: crescere | far crescere
    entrepreneurs: imprenditori | imprenditrici | imprenditore | imprenditrice
    entrepreneurship: imprenditorialita
    entrepreneurial: imprenditoriale | imprenditoriali
    entrepreneurial discovery: scoperta imprenditoriale | processo di scoperta imprenditoriale
    entrepreneurial discovery: scoperta dell imprenditorialita
    universities: universita | atenei | ateneo
    research centres: centri di ricerca | centro di ricerca | enti di ricerca | ente di ricerca
    research and innovation: ricerca e innovazione | ricerca e sviluppo
    technology transfer: trasferimento tecnologico | trasferimento di tecnologia
    technology: tecnologia | tecnologie | tecnologico | tecnologica | tecnologici | tecnologiche
    deep tech: tecnologie di frontiera | tecnologie profonde
    science: scienza | scienze | scientifico | scientifica | scientifici | scientifiche
    hubs: centri di innovazione
    edih: poli europei di innovazione digitale | polo europeo di innovazione digitale
    edih: hub europei di innovazione digitale | hub europeo di innovazione digitale
    digital innovation hubs: poli di innovazione digitale | hub di innovazione digitale
    accelerator: acceleratori | programma di accelerazione | accelerazione
    incubator: incubatore | incubatori | incubazione
    ecosystems: ecosistemi | ecosistema
    innovation ecosystem: ecosistema dell innovazione | ecosistemi dell innovazione
    innovation ecosystem: ecosistema di innovazione | ecosistemi di innovazione
    innovative: innovativo | innovativa | innovativi | innovative
    innovation: innovazioni | innovare
    excellence: eccellenze | d eccellenza
    scouts: esploratori | cacciatori di talenti
    academy: accademie
    talent: talenti | talento
    skills: competenze | competenza | qualificazione
    upskilling: riqualificazione | aggiornamento delle competenze | miglioramento delle competenze
    reskilling: riconversione professionale
    training: formazioni | percorso formativo | percorsi formativi
    jobs: posti di lavoro | occupazione
    recognition: riconoscimenti
    label: marchio | etichetta | certificazione
    gold label: marchio oro | etichetta oro | label oro
    owners: titolari | titolare
    host: ospitare | ente ospitante | ospitante | padrone di casa
    presidency: presidenza | presidenza del consiglio
    managing authorities: autorita di gestione
    managing authority: autorita di gestione del programma
    national contact point: punto di contatto nazionale | punti di contatto nazionali | pcn
    contact point: punto di contatto | punti di contatto
    commission: commissione | commissione europea | commissione ue
    member states: stati membri
    oecd: ocse
    jrc: centro comune di ricerca | ccr
    eic: cei
    eit: istituto europeo di innovazione e tecnologia | istituto europeo di innovazione
    een: rete enterprise europe
    ministry: ministero | ministeri
    # Policy, strategy and regions.
    cluster policy: politica dei cluster | politiche dei cluster | politica per i cluster
    cluster policy: politiche per i cluster
    industrial policy: politica industriale | politiche industriali
    regional policy: politica regionale | politiche regionali
    innovation policy: politica dell innovazione | politiche dell innovazione
    innovation policy: politica per l innovazione | politiche per l innovazione
    strategies: strategie
    strategic: strategico | strategica | strategici | strategiche
    smart specialisation strategy: strategia di specializzazione intelligente | s3 regionale
    smart specialisation strategies: strategie di specializzazione intelligente
    specialisation: specializzazioni
    multilevel governance: governance multilivello
    regional development: sviluppo regionale | sviluppo territoriale | sviluppo locale
    development: sviluppo
    growth: crescita economica
    territorial cooperation: cooperazione territoriale | cooperazione territoriale europea
    cross border: transfrontaliero | transfrontaliera | transfrontalieri | transfrontaliere
    cross border: oltre confine | oltreconfine
    cross border cooperation: cooperazione transfrontaliera
    transnational: transnazionale | transnazionali
    transnational cooperation: cooperazione transnazionale
    interregional cooperation: cooperazione interregionale
    macro-regional: macroregionale | macroregionali | macro regionale | macro regionali
    macro-regional strategy: strategia macroregionale | strategie macroregionali
    cooperation: cooperazioni | cooperare
    collaboration: collaborazioni | collaborare
    internationalisation: internazionalizzare | internazionalizzato | proiezione internazionale
        single market: mercato unico | mercato interno
    market: mercato | mercati
    market access: accesso al mercato | accesso ai mercati
    competitiveness: competitivo | competitiva | competitivi | competitive | competitivita
    competitiveness: competitivita industriale
    region: territorio
    outermost regions: regioni ultraperiferiche
    less developed regions: regioni meno sviluppate
    industrial transition regions: regioni in transizione industriale
    rural: rurale | rurali | aree rurali
    urban: urbano | urbana | urbani | urbane | aree urbane
    mountain: montagna | aree montane | zone montane | comuni montani
    islands: isole | insulare | insulari
    coastal: costiero | costiera | costieri | costiere
    municipalities: enti locali | amministrazioni locali | municipalita
    local authorities: autorita locali | autorita regionali | autorita pubbliche
    public authorities: pubbliche amministrazioni | pubblica amministrazione
    central: centrale | centrali
    enlargement: allargamento | allargamento ue | allargamento dell ue
    presidency conference: conferenza della presidenza
    geoeconomics: geoeconomia
    geoeconomic: geoeconomico | geoeconomica | geoeconomici | geoeconomiche
    geopolitics: geopolitica | geopolitico | geopolitici
    fragmentation: frammentazione | frammentazioni
    age: epoca | nell era
    divide: divari | divario dell innovazione | divario di innovazione
    innovation divide: divario nell innovazione
    cohesion: coesione territoriale | coesione economica
    mission: missioni | missioni ue | missione ue
    long term: lungo termine | lungo periodo | a lungo termine | di lungo periodo
    short term: breve termine | breve periodo
    vision: visione
    foresight: previsione strategica | prospettiva strategica | analisi prospettica
    # Transitions and the green and digital economy.
    twin transition: duplice transizione | transizione verde e digitale | doppia transizione verde
    transitions: transizioni
    green transition: transizione verde | transizione ecologica | transizione ambientale
    digital transition: transizione digitale
    digital transformation: trasformazione digitale
    digitalisation: digitalizzazione | digitalizzare | digitalizzate
    just transition: transizione giusta | giusta transizione
    energy transition: transizione energetica
    driving: guidare | guidano | trainare | trainano
    green deal: patto verde | patto verde europeo | accordo verde | green deal europeo
    repowereu: repower ue
    economy: economia | economie | economico | economica | economici | economiche
    bioeconomy: bioeconomia | bio economia
    circular: economia della circolarita | circolarita
    industrial symbiosis: simbiosi industriale
    symbiosis: simbiosi
    sustainability: sostenibilita
    climate: clima | climatico | climatica | climatici | climatiche
    climate change: cambiamento climatico | cambiamenti climatici
    climate neutrality: neutralita climatica | neutralita carbonica
    decarbonisation: decarbonizzazione | decarbonizzare
    emissions: emissioni
    net zero: zero emissioni | emissioni zero | emissioni nette zero | a zero emissioni
    environment: ambiente | ambientale | ambientali
    biodiversity: biodiversita
    water: acqua | acque | idrico | idrica | idriche
    waste: rifiuti
    recycling: riciclo | riciclaggio
    raw materials: materie prime | materie prime critiche
    critical raw materials: materie prime critiche ue
    materials: materiali
    renewable energy: energie rinnovabili | energia rinnovabile | fonti rinnovabili
    renewable: rinnovabile | rinnovabili
    energy: energetico | energetica | energetici | energetiche | energie
    energy efficiency: efficienza energetica
    energy communities: comunita energetiche | comunita energetica
    offshore wind: eolico offshore | eolico in mare | energia eolica offshore | eolico marino
    wind: eolico | eolica | energia eolica
    solar: solare | fotovoltaico | fotovoltaica | fotovoltaici
    hydrogen: idrogeno verde | idrogeno pulito
    hydrogen valleys: valli dell idrogeno | valle dell idrogeno
    resilience: resiliente | resilienti
    # Industries and sectors.
    sectors: settori | settore | comparto | comparti | filiere produttive
    industries: industrie | comparti industriali
    industrial ecosystems: ecosistemi industriali
    manufacturing: manifatturiera | manifatturieri | manifatturiere
    manufacturing: produzione industriale | industria manifatturiera
    automation: automazione
    robotics: robotica | robot
    machinery: macchinari | macchine utensili | meccanica | meccanico | meccatronica
    automotive: automobilistico | automobilistica | settore auto | industria automobilistica
    automotive: autoveicoli | settore automotive
    mobility: mobilita sostenibile
    transport: trasporti | trasporto
    electric vehicles: veicoli elettrici | auto elettriche | mobilita elettrica
    logistics: logistica
    ports: porti marittimi | porti e logistica | sistema portuale | portuale | portuali
    maritime: marittimo | marittima | marittimi | marittime | navale | cantieristica
    blue economy: economia del mare
    ocean: oceano | oceani | oceanico
    sea: mare | mari
    atlantic: atlantico | atlantica | oceano atlantico
    aerospace: settore aerospaziale | spazio e aerospazio
    space: spaziale | spaziali
    defence: difesa
    security: sicurezza
    cybersecurity: cibersicurezza | sicurezza informatica | cybersicurezza
    semiconductors: semiconduttori | semiconduttore | microelettronica
    electronics: elettronica
    photonics: fotonica
    quantum: quantistico | quantistica | quantistiche | quantistici
    artificial intelligence: ia | intelligenze artificiali
    data: dati
    data economy: economia dei dati
    ict: tic | tecnologie dell informazione
    software: programmi informatici
    digital: digitalmente
    health: sanitario | sanitaria | sanitari | sanitarie | salute pubblica
    life sciences: scienze della vita | scienze della salute
    biotech: biotecnologie | biotecnologia
    medical devices: dispositivi medici | dispositivo medico
    pharma: farmaceutico | farmaceutica | farmaceutici
    ageing: invecchiamento | invecchiamento attivo
    agrifood: agroalimentari | agroindustria | agro alimentare
    agrifood: filiera agroalimentare | settore agroalimentare
    agriculture: agricoltura | agricolo | agricola | agricoli | agricole
    food: cibi | alimentazione | alimenti | alimento
    food systems: sistemi alimentari | sistema alimentare
    fisheries: pesca | acquacoltura
    forestry: forestale | foreste
    textiles: tessili | tessile e abbigliamento | industria tessile | settore tessile
    fashion: moda | abbigliamento | settore moda
    construction: edilizia | costruzioni
    chemicals: chimica | chimico | chimici | industria chimica
    steel: acciaio | siderurgia
    tourism: turistico | turistica | turistici | turistiche | turismo sostenibile
    culture: cultura | culturale | culturali
    creative industries: industrie culturali | industrie creative e culturali
    creative: creativo | creativa | creativi | creative
    retail: commercio al dettaglio
    services: servizi alle imprese | servizio
    proximity economy: economia di prossimita
    social economy: economia sociale
    # Value chains, supply chains, products.
    value chains: catene di valore | catene del valore globali
    value chain: catena di valore
    supply chains: filiera produttiva | catene di fornitura globali | catene logistiche
    supply chain: approvvigionamento
    value: valore
    chain: catena | catene
    pilot: pilota | progetto pilota | progetti pilota | sperimentazione | sperimentale
    pilot: impianto pilota | linea pilota | linee pilota
    demonstration: dimostrazione | dimostratore | dimostrativo
    testbeds: banchi di prova | infrastrutture di prova
    advanced: avanzato | avanzata | avanzati | avanzate
    key enabling technologies: tecnologie abilitanti | tecnologie abilitanti fondamentali
    standards: standardizzazione | norme tecniche
    intellectual property: proprieta intellettuale
    patents: brevetti | brevetto
    procurement: appalti | appalti pubblici | appalti innovativi | acquisti pubblici
    # Event words of titles.
    annual: annuali
    first: primi
    third: terze | terzi
    tenth: decimo | decima | 10o | 10a
    spring: primavera | primaverile
    autumn: autunno | autunnale
    summer: estate | estivo | estiva
    winter: invernale
    online: in diretta streaming | videoconferenza | via web
    challenge: sfida | sfide
    competition: concorsi | gare | competizione | competizioni
    expression of interest: manifestare interesse | manifestare l interesse
    interest: interesse
    joint: congiunto | congiunta | congiunti | congiunte
    combining: combinare | combinando | combinazione | abbinando
    small: piccolo | piccola | piccoli | piccole
    large: grande | grandi
    open innovation: innovazione aperta
    social innovation: innovazione sociale
    partnering: di partenariato | di ricerca partner
    # Programme words and documents.
    directionality: direzionalita
    platforms: piattaforme
    project: progettuale | progettuali | idea progettuale | idee progettuali
    proposal: proposta progettuale | proposte progettuali | proposta di progetto
    evaluators: valutatori | valutatrici | esperti valutatori
    plenary: plenaria | sessione plenaria | plenarie
    working group: tavolo di lavoro | tavolo tecnico | tavoli di lavoro | tavoli tecnici
    committee: comitato | comitati
    steering committee: comitato direttivo | comitato di pilotaggio | comitato di sorveglianza
    speakers: relatori | relatrici | relatore | relatrice | oratori
    moderator: moderatore | moderatrice
    panel discussion: dibattito | dibattiti
    industrial transition: transizione industriale
    transition regions: regioni in transizione
    human capital: capitale umano
    inclusion: inclusione | inclusivo | inclusiva
    gender equality: parita di genere
    women entrepreneurship: imprenditoria femminile | imprese femminili
    women: donne
    youth: giovani
    exchange: scambio | scambi
    exchange of experience: scambio di esperienze | scambi di esperienze
    exchange of experience: scambio di buone pratiche
    twinning: gemellaggio | gemellaggi
    researchers: ricercatori | ricercatrici | ricercatore | ricercatrice
    science park: parco scientifico | parchi scientifici | parco scientifico e tecnologico
    science park: parchi scientifici e tecnologici | parco tecnologico | parchi tecnologici
    research infrastructures: infrastrutture di ricerca | infrastruttura di ricerca
    infrastructure: infrastruttura | infrastrutture
    valorisation: valorizzazione
    dissemination: disseminazione | diffusione dei risultati | divulgazione
    capitalisation: capitalizzazione
    synergies: sinergie | sinergia
    complementarity: complementarita
    simplification: semplificazione
    regulation: regolamento | regolamenti
    legislation: normativa | legislazione
    directive: direttiva | direttive
    consultation: consultazione | consultazioni | consultazione pubblica
    guidelines: linee guida | linee di indirizzo
    templates: modulistica
    annexes: allegati | allegato
    criteria: criteri
    eligible costs: costi ammissibili | spese ammissibili
    grant agreement: accordo di sovvenzione | convenzione di sovvenzione
    reporting: rendicontazione | rendiconto
    prefinancing: prefinanziamento | anticipo del contributo
    cofinancing rate: tasso di cofinanziamento | percentuale di cofinanziamento
    tax credit: credito d imposta | crediti d imposta
    guarantee: garanzia | garanzie | fondo di garanzia | fondi di garanzia
    loans: prestiti | prestito | finanziamenti agevolati | finanziamento agevolato
    microcredit: microcredito
    investment funds: fondi di investimento | fondo di investimento
    european investment bank: banca europea per gli investimenti
    european investment fund: fondo europeo per gli investimenti
    horizon 2020: orizzonte 2020
    digital europe: europa digitale | programma europa digitale
    creative europe: europa creativa
    single market programme: programma per il mercato unico
    connecting europe facility: meccanismo per collegare l europa
    just transition fund: fondo per una transizione giusta | fondo per la transizione giusta
    new european bauhaus: nuovo bauhaus europeo
    clean industrial deal: patto per l industria pulita | accordo per l industria pulita
    clean industry: industria pulita
    net zero industry act: normativa sull industria a zero emissioni nette
    chips act: legge europea sui chip | legge sui chip | atto sui chip
    competitiveness compass: bussola per la competitivita | bussola della competitivita
    european semester: semestre europeo
    territorial agenda: agenda territoriale
    urban agenda: agenda urbana
    committee of the regions: comitato delle regioni | comitato europeo delle regioni
    european parliament: parlamento europeo
    council of the eu: consiglio dell ue | consiglio dell unione europea | consiglio ue
    third countries: paesi terzi
    candidate countries: paesi candidati
    neighbourhood: vicinato
    western balkans: balcani occidentali
    eastern partnership: partenariato orientale
    diplomacy: diplomazia
    cluster diplomacy: diplomazia dei cluster
    trade: commercio | commercio internazionale | scambi commerciali
    export: esportazione | esportazioni | esportare
    trade mission: missione commerciale | missioni commerciali
    business mission: missione imprenditoriale | missioni imprenditoriali | missione d affari
    business mission: missioni d affari | missione economica | missioni economiche
    delegation: delegazione | delegazioni
    internship: tirocinio | tirocini | stage formativo
    scholarships: borse di studio | borsa di studio
    showcase: vetrina | vetrine
    pavilion: padiglione | padiglioni
    # More sectors.
    precision farming: agricoltura di precisione
    wine: vitivinicolo | vitivinicola | enologico
    dairy: lattiero caseario | lattiero casearia | caseario
    nutraceuticals: nutraceutica | nutraceutico
    wellbeing: benessere
    cultural heritage: beni culturali | patrimonio culturale
    footwear: calzature | calzaturiero | calzaturiera
    jewellery: gioielleria | oreficeria | orafo
    eyewear: occhialeria
    packaging: imballaggio | imballaggi
    plastics: plastica | plastiche | materie plastiche
    ceramics: ceramica | ceramiche
    glass: vetro
    metals: metalli | metallurgia | metalmeccanico | metalmeccanica
    rail: ferroviario | ferroviaria | ferrovie | ferroviari
    aeronautics: aeronautica | aeronautico
    nautical: nautica | nautico
    shipyards: cantieri navali | cantiere navale
    space economy: economia dello spazio | economia spaziale
    satellites: satelliti | satellitare | satellitari
    earth observation: osservazione della terra
    smart cities: citta intelligenti | citta intelligente
    sustainable construction: edilizia sostenibile | costruzioni sostenibili
    resource efficiency: efficienza delle risorse | uso efficiente delle risorse
    bioplastics: bioplastiche | bioplastica
    biomass: biomasse | biomassa
    biomethane: biometano
    geothermal: geotermia | geotermico | geotermica
    nuclear: nucleare
    power grids: reti elettriche | rete elettrica
    energy storage: accumulo energetico | stoccaggio energetico | accumulo di energia
    storage: stoccaggio
    carbon capture: cattura del carbonio | cattura e stoccaggio del carbonio
    climate adaptation: adattamento climatico | adattamento ai cambiamenti climatici
    adaptation: adattamento
    mitigation: mitigazione
    civil protection: protezione civile
    ecological: ecologico | ecologica | ecologici | ecologiche
    electric: elettrico | elettrica | elettrici | elettriche
    president: presidente | presidenti
    mechanism: meccanismo | meccanismi
    digital health: salute digitale | sanita digitale | telemedicina
    personalised medicine: medicina personalizzata | medicina di precisione
    silver economy: economia d argento | economia della longevita
    digital twin: gemello digitale | gemelli digitali
    internet of things: internet delle cose
    high performance computing: calcolo ad alte prestazioni | supercalcolo
    virtual reality: realta virtuale
    augmented reality: realta aumentata
    data spaces: spazi di dati | spazi dei dati | spazio dei dati | spazio di dati
    e commerce: commercio elettronico
    cold chain: catena del freddo
    additive manufacturing: produzione additiva | manifattura additiva | stampa 3d
    nanotechnology: nanotecnologie | nanotecnologia
    cleantech: tecnologie pulite | tecnologia pulita
    green tech: tecnologie verdi
    microenterprises: microimprese | micro imprese
    # Greetings, thanks and help.
    hello: ciao | salve | buongiorno | buon giorno | ehi | ehila | saluti | buondi
    good afternoon: buon pomeriggio
    hello everyone: ciao a tutti | salve a tutti | buongiorno a tutti | buonasera a tutti
    please: perfavore | xfavore | x favore | per favore grazie
    thanks: grz | grazie ancora | grazie di tutto | grazie per l aiuto
    good evening: buonasera | buona sera
    thanks: grazie | grazie mille | mille grazie | molte grazie | ti ringrazio | la ringrazio
    thanks: grazie tante | ringrazio | gentilissimo | gentilissima | perfetto | ottimo
    help: aiuto | aiutami | mi serve aiuto | ho bisogno di aiuto | assistenza
    can you help me: mi puoi aiutare | mi puo aiutare | puoi aiutarmi | puo aiutarmi | mi aiuti
    can you help me: mi potete aiutare | potete aiutarmi | mi potresti aiutare
    can you help me: mi potrebbe aiutare
    how can you help: come puoi aiutarmi | come mi puoi aiutare | come puo aiutarmi
    how can you help: in cosa puoi aiutarmi | in cosa mi puoi aiutare | come mi puo aiutare
    what can you do: cosa sai fare | che cosa sai fare | cosa sa fare | che cosa sa fare
    what can you do: cosa puoi fare | che cosa puoi fare | cosa puo fare | che cosa puo fare
    what can you do: cosa fai | che cosa fai | cosa fa | di cosa ti occupi | a cosa servi
    what can i ask: cosa posso chiederti | cosa posso chiederle | cosa posso chiedere
    what can i ask: che cosa posso chiederti | che cosa posso chiederle | che posso chiederti
    what can i ask: cosa ti posso chiedere | cosa le posso chiedere | che cosa posso chiedere
    what questions: che domande | quali domande | che tipo di domande | che genere di domande
    can i ask: posso fare | posso chiedere | si possono fare | posso porre
    how does this work: come funziona | come funzioni | come funziona il bot
    how to use: come si usa | come ti uso | come la uso | come usarti | come usare
    who are you: chi sei | chi e lei | lei chi e | tu chi sei | chi siete
    are you there: ci sei | c e qualcuno
    what do you know: cosa sai | che cosa sai | cosa conosci
    instructions: istruzioni
    commands: comandi
    please: per favore | per piacere | cortesemente | gentilmente | per cortesia
    please: grazie in anticipo
    # Small words: articles, prepositions, pronouns and auxiliaries.
    # Common words one slip from a lexicon word, read as themselves rather than as a typo.
    : resta | rimane | restano | rimangono | terra | avere | avrei | avremmo | particolare
    : in particolare | lavoratori | lavoro | lavorare | lavoriamo | ancona | testa
    questions: domande | le domande | delle domande | alcune domande
    how much: quanto
    how many: quanti | quante
    how long: quanto dura | durata | dura
    whats new: cosa c e di nuovo | che novita ci sono | ci sono novita | novita
    new: notizie | novita
    # Chat shorthand.
    when: qnd | qdo | qndo
    for: x
    not: nn
    why: xke | xche
    : ke | cmq | tipo | raga | ragazzi
    is there: ci sara
    are there: ci saranno
    closes: scadra | chiudera
    starts: iniziera | comincera | partira
    budget: dotazione | dotazione finanziaria | importo | quanti soldi
    eligibility: requisiti | ammissibilita | criteri di ammissibilita
    : organizza | organizzano | organizzera | organizzeranno | organizzate | organizzi
    network: rete
    registration: ancora posti | posti disponibili | posti liberi | posti rimasti
    schedule: calendario
    : mandami | mi mandi | mi manda | inviami | mi invii | mi invia | passami | girami
    the: il | lo | la | i | gli | le | l
    : un | uno | una
    in: a | ad | in | nel | nella | nello | nei | negli | nelle | nell | presso
    at: al | alla | allo | ai | agli | alle | all
    of: di | del | della | dello | dei | degli | delle | dell | d
    on: su | sul | sulla | sullo | sui | sugli | sulle | sull
    from: da | dal | dalla | dallo | dai | dagli | dalle | dall
    for: per | per il | per la | per i | per le
    with: con | col
    until: entro | fino a | fino al | fino alla | sino a
    and: ed
    or: o | oppure
    not: non
    havent passed yet: non sono ancora passat* | non ancora passat* | non si sono ancora svolt*
    havent passed yet: non ancora svolt* | non sono ancora stati | non ci sono ancora stati
    not yet: non ancora | non e ancora | non sono ancora | non si e ancora | non si sono ancora
    is: e | sia
    are: sono | siano
    was: era | e stato | e stata
    will be: sara | saranno
    can i: posso | potrei
    can we: possiamo | potremmo
    can you: puoi | puo | potete | potresti | potrebbe
    would like: vorrei | vorremmo | mi piacerebbe | ci piacerebbe | voglio | vogliamo
    know: conoscere
    need: devo | dobbiamo | bisogna | occorre | serve | servono
    i: io
    we: noi
    you: tu | lei | voi | ti | te
    me: me
    my: mio | mia | miei | mie
    our: nostro | nostra | nostri | nostre
    your: tuo | tua | tuoi | tue | suo | sua
    if: se
    there: ci | vi
    that: quello | quella | quel | quelli | quelle | questo | questa | questi | queste | quest
    : che | si | mi | ne | ha | hanno | ho | abbiamo | hai | c | anche | pure | ma
    : fa parte | fanno parte | fa | chiede | chiedono | richiede | richiedono | verra | verranno
    : tempo | una domanda | ho una domanda | una domanda veloce | una curiosita | avrei una domanda
    : allora | quindi | pero | comunque | ecco | proprio | esattamente | precisamente
    : preciso | precisa | precise | precisi | per caso | magari | insomma | cioe | tipo
    : davvero | veramente | scusa | scusi | senti | senta | volevo | volevamo | chiedere
    : chiedo | domandare | sapere se | vorrei sapere | volevo sapere | per sapere | volevo chiedere
    : gentile | cortese | molto | poco | piu | meno | va bene | bene
    : stato | stata | stati | state | essere | fare | faccio | facciamo | fatto
    : aiutare | aiutarmi | aiutarci | aiutarla
    """
)

LEXICON = Lexicon(
    "it",
    PHRASES,
    markers=frozenset(
        """siamo abbiamo lavoro nostro nostra stiamo vorremmo sono non anche molto perche
        grazie della delle degli dello sulla nella alla questo questa""".split()
    ),
    letters="ìò",
    endings=(),
    capitalised_names=True,
    shared=frozenset(
        """la le l c d un una se me ma tu il a in del al con da mi ce quand qui dire date
        limite finale regionale novembre modulo informativa politica tipo termina viene va
        vivo nota mar marzo baltico latinoamericana ai bot no sa policy""".split()
    ),
    yes_no_by_tone=True,
    kind_before_name=True,
)
