"""Italian: the words Italian questions ask with, glossed into the engine's English roles.

Elisions are split before glossing ("dov'è" -> "dov e", "quest'anno" ->
"quest anno", "all'evento" -> "all evento"), so elided forms are listed as
their separate words.  Accents are folded away, so "giovedì", "giovedi" and
"e'" are the same word.  Typos with one slip ("iscrizzione", "confernza") are
read through the single words below.
"""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

PHRASES = entries(
    """
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
