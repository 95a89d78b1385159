"""Spanish: the words Spanish questions ask with, glossed into the engine's English roles.

Written for chat Spanish as people type it: with or without accents and the
opening ¿ ¡ marks, tú and usted forms ("¿puedes...?", "¿puede usted...?"),
Spain's and Latin America's words ("apuntarse", "postular"), and the
relative dates ("el mes que viene", "la próxima semana") said whole so that
they read as one English window.  "ayuda" is help; "ayudas" are grants.
"""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

QUESTIONS = """
    # Asking when
    when: cuando | cuándo | en que fecha | que dia | qué día | para cuando | en que momento
    when: que dias | qué días | en que dias | que fechas | en que fechas | para que fecha
    when: cuado | cuadno | cuandi | qndo | cdo | cuando sera
    when is: cuando es | cuando sera | cuando se celebra | cuando tiene lugar | cuando toca
    until when: hasta cuando | hasta que dia | hasta que fecha
    what time: a que hora | que hora | hora de inicio
    schedule: horario | calendario | cronograma
    time: hora
    date: fecha | dia exacto
    dates: fechas
    how much time left: cuanto tiempo queda | cuanto queda | cuanto falta
    how many days left: cuantos dias quedan | cuantos dias faltan
    how soon: que tan pronto
    how long: cuanto dura | cuantos dias dura | cuanto tiempo dura | duracion | dura
    time: tiempo
    still open: hay tiempo | queda tiempo | aun hay tiempo | todavia hay tiempo | a tiempo
    deadline: limite | limites
    # Deadlines and the status of a call or an event
    deadline: plazo | fecha limite | fecha tope | vencimiento | cierre | fecha de cierre
    deadline: plazo de presentacion
    deadlines: plazos | fechas limite | fechas tope | cierres | vencimientos
    deadline registration: plazo de inscripcion | plazo de registro
    still open: hay plazo | queda plazo | aun hay plazo | todavia hay plazo | aun queda plazo
    still open: todavia queda plazo | sigue habiendo plazo | sigue abierto | sigue abierta
    still open: siguen abiertas | siguen abiertos | sigue en plazo | esta en plazo
    still: todavia | aun | sigue | siguen | seguir
    already: ya
    last day: ultimo dia
    close: cerrar | cierran
    closes: cierra | se cierra | vence | acaba el plazo | termina el plazo
    closed: cerro | cerrada | cerrado | cerradas | cerrados | ha cerrado | se cerro | vencio
    closed: caducada | caducado
    opens: abre | se abre | abren | abrira | abriran | se abrira | arranca
    opened: abrio | se abrio | ha abierto | ha abierto ya | ya abrio
    open: no han cerrado | no ha cerrado | aun no han cerrado | todavia no han cerrado | sin cerrar
    open: no cerradas | no cerrados | aun no cerradas | aun abiertas | aun abiertos
    open: abierta | abierto | abiertas | abiertos | vigente | vigentes | activa | activas
    open: en plazo | disponible | disponibles
    starts: empieza | comienza | empiezan | comienzan | inicia | arranca el | da comienzo
    start: empezar | comenzar | inicio | comienzo
    started: empezo | comenzo | ha empezado | ha comenzado | empezado | comenzado
    ends: termina | acaba | finaliza | terminan | acaban | finalizan
    end: terminar | acabar | fin
    is it over: ha terminado | ya termino | se acabo | ha acabado | ya acabo | ya paso | ha pasado
    is it over: ya ha pasado
    passed: paso | pasaron | han pasado
    finished: terminado | terminada | terminados | terminadas | finalizado | finalizada | acabado
    finished: acabada
    did i miss: me perdi | me lo perdi | me la perdi | nos perdimos | nos lo perdimos
    did i miss: me he perdido | nos hemos perdido
    missed: perdi | perdimos | perdido | perdida
    too late: demasiado tarde
    takes place: tiene lugar | tendra lugar | se celebra | se celebrara | se realiza | se realizara
    takes place: se hace | se organiza
    took place: tuvo lugar | se celebro | se realizo
    held: celebra | celebrara | celebrado | celebrada | celebran
    # Asking where
    where: donde | dónde | adonde | en donde | en que lugar | en que sitio | por donde
    where: dnde | dnd | dond | onde | dodne | doned
    where is: donde es | donde sera | donde queda | donde esta
    which city: en que ciudad | que ciudad | cual ciudad
    which country: en que pais | que pais
    city: ciudad
    country: pais
    location: lugar | ubicacion | localizacion
    venue: sede | recinto
    address: direccion postal | las senas
    in person: presencial | en persona | presencialmente
    online: en linea | a distancia | por internet | telematico | telematica
    hybrid: hibrido | hibrida
    # Registering, applying, submitting
    register: inscrib*
    registration: inscripc*
    apply: postul*
    register: inscribir | inscribirse | inscribirme | inscribirnos | inscribo | inscribimos
    register: inscribe | inscriben | inscribimos | inscribirte | registrar | registrarse
    register: registrarme | registrarnos | registro | registramos | registra | registran
    registration: inscripcion | inscripciones | registros
    sign up: apuntarse | apuntarme | apuntarnos | apunto | apuntamos | apunta | me apunto
    sign up: nos apuntamos
    apply: solicitar | postular | postularse | postulamos | postulo | concursar | optar
    apply: presentarse | presentarme | presentarnos | presentar la solicitud
    apply: presentar una solicitud | presentar solicitud | pedir la ayuda | solicitarla
    apply: solicitarlo
    apply to: presentarse a | presentarnos a | presentarme a | postular a | optar a
    application: solicitud | candidatura | postulacion
    applications: solicitudes | candidaturas | postulaciones
    submit: presentar | presenta | presentan | presentamos | enviar | mandar | envia | envian
    submit: entregar | entrega | presentar propuestas | se presenta | se presentan | se envia
    submit: se envian
    submission: envio | entrega de propuestas | presentacion de propuestas
    submission: presentacion de solicitudes
    participate: participar | participo | participamos | participa | participan
    attend: asistir | asisto | asistimos | acudir
    go to: ir a | ir al
    tickets: entradas | entrada
    how do i apply: como se solicita | como solicito | como solicitamos | como se pide
    proposal: propuesta
    proposals: propuestas
    # Links and information
    link: enlace | enlaces | vinculo | liga
    website: pagina web | sitio web | web | la web | pagina oficial | web oficial
    page: pagina
    site: sitio
    download: descargar | descarga | bajar
    more info: mas info | mas informacion | mas detalles | saber mas
    information: informacion
    details: detalles
    read: leer | consultar
    # Asking what something is
    what is: que es | de que va | de que trata | en que consiste | de que se trata | que son
    what is: que era | que fue | que se presenta | que se presentara | que se trata
    what does: que propone | que financia | que cubre | que ofrece | que incluye | que plantea
    what does: que presenta | que dice | que recoge | que analiza
    tell me about: cuentame sobre | cuentame de | hablame de | hablame sobre | informame sobre
    tell me about: cuenteme sobre | hableme de | cuentame | cuenteme
    tell me: indicar | indicarme | indiqueme | indicame | me indicas | me indica | informarme
    tell me: me podria indicar | me puede indicar | me puedes indicar | me podrias indicar
    tell me: recordarme | me recuerdas | me recuerda | aclararme
    tell me when: recuerdame cuando | recuerdeme cuando
    tell me the date: recuerdame la fecha | recuerdeme la fecha
    tell me the deadline: recuerdame el plazo | recuerdeme el plazo
    tell me: dime | digame | dinos | decirme | me dices | me dice | me podrias decir
    tell me: me puede decir | me puedes decir
    who organizes: quien presenta | quienes presentan | quien imparte | quien da
    who organizes: quien organiza | quienes organizan | quien esta detras
    organiser: organizador | organizadora | organizadores | organiza
    topics: temas | tematicas | contenidos
    topic: tema | tematica
    agenda: orden del dia
    programme: programa
    summary: resumen
    explain: explica | explicame | expliqueme | explicar
    funding: financiacion | financiamiento | fondos
    covered: se trata | se tratan | se habla
    details: bases | bases reguladoras | condiciones
    eligibility: requisitos | elegibilidad | quien puede participar
    budget: presupuesto | importe | dotacion | cuantia
    document: documento
"""

LISTS = """
    # Lists: kinds, status, time windows
    which: cuales | cuál | cual | que tipo de | qué tipo de
    which calls: que convocatorias | cuales convocatorias
    which events: que eventos | cuales eventos
    what is: cual es
    what are the: cuales son | cuales son las | cuales son los
    are there: hay | existen | tenemos | hay algo | habra
    is there: hay algun | hay alguna | existe | habra algun | habra alguna
    any: algun | alguna | algunos | algunas | algo
    anything: algo | alguna cosa
    all: todos | todas | todo
    list: lista | listado | lista de | listado de | enumera
    show me: muestrame | muestreme | ensename | enseneme | dame | deme | pasame | paseme | me pasas
    show me: me pasa | me das | me da
    do you have: tienes | tiene | tienen | teneis | conoces | conoce
    whats on: que hay | que tenemos | que hay de nuevo | que se viene | que pasa | que ocurre
    whats left: que queda | que quedan | lo que queda
    coming up: que vienen | que viene | por venir | venideros | venideras | en camino
    upcoming: proximos | proximas | proximo | proxima | futuros | futuras | siguientes | pendientes
    upcoming: previstos | previstas
    soon: pronto | proximamente | en breve
    past: pasados | pasadas | pasado | pasada | anteriores | previos | previas | antiguos
    past: antiguas
    ongoing: en curso | actuales | en marcha
    currently: actualmente | ahora | ahora mismo | en este momento | de momento | hoy en dia
    happened: ocurridos | celebrados | celebradas | realizados | realizadas
    events: eventos | actividades | actos | encuentros | citas
    event: evento | actividad | acto | encuentro | cita
    conferences: conferencias | congresos | jornadas | foros
    conference: conferencia | simposio | congreso
    forum: foro
    workshops: talleres | cursos | formaciones | seminarios | sesiones formativas
    workshop: taller
    course: curso
    training: formacion | capacitacion
    seminar: seminario
    webinars: webinarios | seminarios web | seminarios online | seminarios en linea | webinares
    webinar: webinario | seminario web | seminario online | seminario en linea
    meetings: reuniones | asambleas
    meeting: reunion | asamblea
    calls: convocatorias | ayudas | subvenciones | licitaciones | oportunidades
    calls: oportunidades de financiacion | concursos | programas de ayudas
    call: convocatoria | subvencion | licitacion | concurso
    briefs: informes | notas | documentos | publicaciones | estudios | informes de politicas
    briefs: notas de politicas
    brief: informe | nota | nota de politica | documento de posicion
    publications: publicados | publicadas
    study: estudio
    analysis: analisis
    published: publico | publicado | publicada | se publico | salio | se publica | publica
    day: jornada | dia
    session: sesion
    info session: sesion informativa | sesion de informacion
    info day: jornada informativa | dia informativo
    matchmaking: rueda de negocios | encuentro b2b | encuentros b2b | encuentro empresarial
    brokerage: intermediacion
    module: modulo
    edition: edicion
    round: ronda
    project: proyecto
    projects: proyectos
    partners: socios
    clusters: clusteres | agrupaciones
"""

TIME = """
    # Relative dates said whole, then the single words
    today: hoy | el dia de hoy
    tonight: esta noche
    tomorrow: manana | el dia de manana | mañana
    tomorrow morning: manana por la manana
    yesterday: ayer
    this week: esta semana | en esta semana | la semana actual
    next week: la semana que viene | semana que viene | la proxima semana | proxima semana
    next week: la semana proxima | semana proxima | la siguiente semana | la semana siguiente
    next week: los proximos 7 dias | los proximos siete dias
    last week: la semana pasada | semana pasada
    this month: este mes | en este mes | el mes actual | lo que queda de mes | este mes que estamos
    next month: el mes que viene | mes que viene | el proximo mes | proximo mes | el mes proximo
    next month: mes proximo | el siguiente mes | el mes siguiente
    last month: el mes pasado | mes pasado
    this year: este ano | en este ano | el ano actual | este año | en lo que queda de ano
    next year: el ano que viene | ano que viene | el proximo ano | proximo ano | el ano proximo
    next year: el ano siguiente
    last year: el ano pasado | ano pasado
    week: semana
    weeks: semanas
    month: mes
    months: meses
    year: ano | año
    years: anos | años
    morning: por la manana | de la manana
    afternoon: por la tarde | de la tarde
    in: en | durante | dentro de
    january: enero | ene
    february: febrero | feb
    march: marzo
    april: abril | abr
    may: mayo
    june: junio | jun
    july: julio | jul
    august: agosto
    september: septiembre | setiembre | sept | sep
    october: octubre | oct
    november: noviembre | nov
    december: diciembre | dic
    monday: lunes
    tuesday: martes
    wednesday: miercoles
    thursday: jueves
    friday: viernes
    saturday: sabado
    sunday: domingo
    weekend: fin de semana
    first: primero | primera | primer | 1o | 1a | 1er | 1era
    second: segundo | segunda | 2o | 2a | 2do | 2da
    third: tercero | tercera | tercer | 3o | 3a | 3er | 3era
    fourth: cuarto | cuarta | 4o | 4a | 4to | 4ta
    fifth: quinto | quinta | 5o | 5a | 5to | 5ta
    sixth: sexto | sexta | 6o | 6a
    last: ultimo | ultima | ultimos | ultimas
    one: uno | una sola
    two: dos
    three: tres
    four: cuatro
    five: cinco
    six: seis
"""

PLACES = """
    # Countries, regions and cities whose Spanish names differ from the English ones
    spain: espana | españa
    germany: alemania
    france: francia
    italy: italia
    poland: polonia
    czechia: chequia | republica checa
    belgium: belgica
    netherlands: paises bajos | holanda
    sweden: suecia
    denmark: dinamarca
    finland: finlandia
    norway: noruega
    latvia: letonia
    lithuania: lituania
    greece: grecia
    hungary: hungria
    romania: rumania | rumanía
    ireland: irlanda
    switzerland: suiza
    united kingdom: reino unido | gran bretana
    japan: japon
    europe: europa
    latin america: america latina | latinoamerica
    baltic sea region: region del mar baltico | la region del mar baltico
    baltic sea: mar baltico
    alpine space: espacio alpino
    basque country: pais vasco | euskadi
    brussels: bruselas
    vienna: viena
    cologne: colonia
    frankfurt: francfort
    hamburg: hamburgo
    prague: praga
    warsaw: varsovia
    krakow: cracovia
    london: londres
    lisbon: lisboa
    rome: roma
    naples: napoles
    florence: florencia
    venice: venecia
    geneva: ginebra
    stockholm: estocolmo
    copenhagen: copenhague
    athens: atenas
    strasbourg: estrasburgo
    the hague: la haya
    antwerp: amberes
    # Nationality adjectives, all genders and numbers
    spanish: espanol | espanola | espanoles | espanolas
    german: aleman | alemana | alemanes | alemanas
    french: frances | francesa | franceses | francesas
    italian: italiano | italiana | italianos | italianas
    polish: polaco | polaca | polacos | polacas
    czech: checo | checa | checos | checas
    danish: danes | danesa | daneses | danesas
    swedish: sueco | sueca | suecos | suecas
    finnish: finlandes | finlandesa | finlandeses | finlandesas
    portuguese: portugues | portuguesa | portugueses | portuguesas
    austrian: austriaco | austriaca | austriacos | austriacas
    belgian: belga | belgas
    japanese: japones | japonesa | japoneses | japonesas
    european: europeo | europea | europeos | europeas
    baltic: baltico | baltica | balticos | balticas
    nordic: nordico | nordica | nordicos | nordicas
    national: nacional | nacionales
    regional: regionales
    international: internacional | internacionales
    global: mundial
    annual: anual | anuales
    political: politico | politica | politicos | politicas
    policy: politica de | politicas de
    innovation: innovacion | innovaciones
    internationalisation: internacionalizacion
    competitiveness: competitividad
    excellence: excelencia
    management: gestion
    managers: gestores | gestoras | responsables
    manager: gestor | gestora
    small: pequenos | pequenas | pequeno | pequena
    core: principales
    new: nuevo | nueva | nuevos | nuevas
    key: clave
    regions: regiones
    poles: polos
    divide: brecha
    partnerships: asociaciones
    energy: energia
    food: alimentacion
    advanced manufacturing: fabricacion avanzada
    research: investigacion
    recognition: reconocimiento
    position: posicion
"""

TALK = """
    # Greetings, thanks, help
    hello: buenas | que tal | como estas | como esta usted | como estan | que tal estas | holi
    hello: holis | saludos cordiales | muy buenas
    greetings: saludos
    good morning: buenos dias | buen dia
    good afternoon: buenas tardes
    good evening: buenas noches
    thanks: gracias | mil gracias | se agradece | gracias de antemano
    thank you: muchas gracias | muchisimas gracias | te lo agradezco | se lo agradezco
    great: genial | estupendo | perfecto | excelente | fenomenal | guay
    ok: vale | de acuerdo | entendido | bien
    help: me ayudas | me ayuda | nos ayudas | nos ayuda | me ayudarias | me ayudaria
    help: ayuda | ayudar | socorro | ayudame | ayudeme | ayudenme | necesito ayuda
    help me with: ayudarme con | ayudarnos con
    how can you help: en que me puedes ayudar | en que me puede ayudar | como me puedes ayudar
    how can you help: como me puede ayudar | en que puedes ayudarme | en que puede ayudarme
    how can you help: en que nos puede ayudar | en que nos puedes ayudar
    what can you do: que puedes hacer | que puede hacer | que sabes hacer | que sabe hacer
    what can you do: que haces | que hace usted | para que sirves | para que sirve esto
    what can you do: para que sirve este bot | que funciones tienes | que funciones tiene
    what can i ask: que puedo preguntar | que puedo preguntarte | que puedo preguntarle
    what can i ask: que le puedo preguntar | que te puedo preguntar | que se puede preguntar
    what can i ask: que podemos preguntar | que preguntas puedo hacer
    what kind of questions: que tipo de preguntas | que clase de preguntas | que preguntas
    can i ask: puedo preguntar | puedo preguntarte | puedo preguntarle | puedo hacerte
    can i ask: puedo hacerle
    how does this work: como funciona | como funciona esto | como funcionas
    how does this work: como funciona este bot | como va esto
    how to use: como se usa | como te uso | como lo uso | como usarte | como utilizarte
    how to use: como se utiliza
    who are you: quien eres | quien es usted | quienes sois | quien sos
    what are you: que eres | que es usted
    what do you know: que sabes | que sabe usted | que conoces | sobre que sabes
    commands: comandos | opciones | menu
    instructions: instrucciones
    this bot: este bot | el bot | este chat
"""

WORDS = """
    # Small words: question and function words, then fillers that carry nothing
    what: que | qué | lo que
    what: q | k | ke | qe
    why: xq | pq | porq
    also: tb | tmb | tambn
    which: cual es el | cual es la
    who: quien | quienes
    how: como | cómo
    why: por que | porque
    how much: cuanto | cuanta | cuantos | cuantas
    is: es | esta | sera | será | seria
    are: son | estan | seran
    was: era | fue | estuvo
    were: eran | fueron
    has: ha
    have: he | hemos | han | has
    can i: puedo | se puede | podria | se podria
    can we: podemos | podriamos | pudemos
    can you: puedes | puede | podrias | podria usted | pueden | puede usted | puedes tu
    can you: pueden ustedes | podrias tu
    can: pueden
    will: va a | van a | vamos a
    i: yo
    we: nosotros | nosotras
    you: tu | usted | ustedes | vosotros | te | le | os
    me: me
    us: nos
    my: mi | mis
    our: nuestro | nuestra | nuestros | nuestras
    it: lo | ello | eso | esto | esta convocatoria | este evento
    about: acerca de | respecto a | respecto de | en cuanto a | sobre el tema
    on: sobre
    for: para | por | pa
    with: con
    without: sin
    from: desde | de parte de
    to: a | al | hacia
    until: hasta
    before: antes de | antes del
    after: despues de | despues del
    between: entre
    of: del
    and: y
    or: o
    not: no | ni
    also: tambien | además | ademas
    again: otra vez | de nuevo | nuevamente
    only: solo | solamente | unicamente
    more: mas
    still open: sigue abierta la | sigue abierto el
    please: por favor | porfa | porfavor | xfa | x favor
    know: sabes | sabe | saben | sabeis | saber | conocer
    need: necesito | necesitamos | necesitaria | hace falta
    want: quiero | queremos | querria | queriamos
    would like: quisiera | quisieramos | me gustaria | nos gustaria | gustaria
    find: encontrar | busco | buscamos | buscar
    see: ver | veo
    look: mira | mire
    do: hacer | hago | hacemos
    go: ir | voy | vamos
    there: alli | alla | ahi
    here: aqui | aca
    now: ya mismo
    right now: ahora mismo
    exactly: exactamente | exacto | concretamente
    really: realmente | de verdad
    : financia | financian | el | los | las | un | una | unos | unas | de | se | hay que | pues
    : bueno | oye | oiga | disculpa | disculpe | perdona | perdone | una pregunta
    : pregunta | consulta | duda | una duda | una consulta | tengo una duda | tengo una pregunta
    : favor | gracias por adelantado | un saludo | saludos y gracias | cordialmente | atentamente
    : estimado | estimada | estimados | querido | querida | entonces | osea | o sea | tipo | eh
    : ah | eso si | verdad | vale pero | si | la
"""

CONTEXT = """
    # Context people give ("somos un clúster de Galicia"): English the engine reads as context
    we are: somos | estamos
    i am: soy | estoy
    we have: tenemos
    i have: tengo
    work: trabajo | trabajamos | trabaja | colaboro | colaboramos
    company: empresa
    companies: empresas | pymes
    association: asociacion | agrupacion
    agency: agencia
    university: universidad
    team: equipo
    colleague: colega | companero | companera
    partner: socio | socia
    travel: viaje | viajar
    trip: desplazamiento
    prepare: preparar | preparando | preparamos
    thinking: pensando | pensamos | planteando
    organise: organizar | organizando
    take: llevar | llevamos
    write: escribo | escribimos | escribe
    told: dijo | dijeron | hablo | comento | comentaron | conto
    heard: oido | escuchado | enterado
    went: fui | fuimos | estuve | estuvimos
    last time: la ultima vez | la vez pasada
    but: pero | sino
    if: si es que
    because: ya que | puesto que | dado que
    so: asi que | por eso | entonces pues
    very: muy
    interested: interesa | interesan | interesado | interesada | interesados | interesadas
    some: unos cuantos | unas cuantas
    other: otro | otra | otros | otras
    same: mismo | misma
    this: este | estos | ese | esa | esos | esas
    you are: estas | eres
    first time: primera vez
"""

DOMAIN = """
    # Words item names are made of, in English: the names are mostly English
    eu: ue | la ue | u e
    european union: union europea
    european commission: comision europea
    european parliament: parlamento europeo
    committee of the regions: comite de las regiones | comite europeo de las regiones
    european innovation council: consejo europeo de innovacion
    horizon europe: horizonte europa
    summit: cumbre | cumbres
    days: dias | jornadas de
    week: semana de
    award: premio | galardon
    awards: premios | galardones
    school: escuela
    summer school: escuela de verano | curso de verano
    academy: academia
    fair: feria
    exhibition: exposicion | muestra
    open day: jornada de puertas abiertas | puertas abiertas
    visit: visita
    visits: visitas
    study visit: visita de estudio
    tour: gira
    mission: mision
    trade mission: mision comercial
    delegation: delegacion
    challenge: reto | desafio
    dinner: cena
    lunch: almuerzo | comida
    breakfast: desayuno
    ceremony: ceremonia
    reception: recepcion
    network: red
    networks: redes
    platform: plataforma
    collaboration: colaboracion
    cooperation: cooperacion
    learning: aprendizaje
    peer review: revision por pares | revision entre pares | evaluacion por pares
    review: revision
    expression of interest: expresion de interes | manifestacion de interes
    interest: interes
    vouchers: bonos | vales | cheques
    voucher: bono | vale de innovacion
    smes: pymes | pyme
    startups: empresas emergentes
    accelerator: acelerador | aceleradora
    investment: inversion
    investments: inversiones
    sustainable: sostenible | sostenibles
    sustainability: sostenibilidad
    energy: energia
    industry: industria
    industrial: industriales
    industrial transition: transicion industrial
    transition: transicion
    twin transition: doble transicion | transicion gemela
    green: verde | verdes
    digital transition: transicion digital
    digitalisation: digitalizacion
    smart specialisation: especializacion inteligente
    resilience: resiliencia
    supply chains: cadenas de suministro
    supply chain: cadena de suministro
    valleys: valles
    valley: valle
    hydrogen: hidrogeno
    health: salud | sanitario | sanitaria
    agrifood: agroalimentario | agroalimentaria | agroalimentacion
    tourism: turismo
    automotive: automocion
    aerospace: aeroespacial
    maritime: maritimo | maritima
    textile: textil
    construction: construccion
    mobility: movilidad
    circular economy: economia circular
    artificial intelligence: inteligencia artificial | ia
    technology: tecnologia
    technologies: tecnologias
    # Kept as said: nearer to the Italian and Portuguese names than any English word
    tecnologicos: tecnologicos | tecnologicas | tecnologico | tecnologica
    skills: competencias | habilidades | capacidades
    entrepreneurship: emprendimiento
    cross border: transfronteriza | transfronterizo | transfronterizos
    climate: clima | climatico | climatica
    water: agua
    manufacturing: fabricacion | manufactura
    materials: materiales
    chemistry: quimica
    biotechnology: biotecnologia
    logistics: logistica
    transport: transporte
    defence: defensa
    security: seguridad
    cybersecurity: ciberseguridad
    data: datos
    agriculture: agricultura
    rural: rurales
    urban: urbano | urbana | urbanos | urbanas
    cities: ciudades
    towns: municipios
    local: locales
    authorities: autoridades
    public: publicos | publicas
    private: privado | privada | privados | privadas
    business: negocios | empresarial | empresariales
    economic: economico | economica | economicos | economicas
    economy: economia
    development: desarrollo
    growth: crecimiento
    strategy: estrategia
    strategies: estrategias
    results: resultados
    lessons: lecciones
    impact: impacto
    pilot: piloto
    cohesion: cohesion
    territorial: territoriales
    social: sociales
    science: ciencia
    joint: conjunta | conjunto
    open call: convocatoria abierta
    cut off: corte | fecha de corte
    round: ronda de
    phase: fase
    stage: etapa
    lot: lote
    wave: oleada
"""

VOCAB = """
    # domain words: what item titles say, in Spanish
    # Item titles are mostly English ("S3 Community of Practice webinar: entrepreneurial
    # discovery"); a Spanish question translates their words ("comunidad de práctica",
    # "descubrimiento emprendedor", "seminario para solicitantes").  Each is glossed into the
    # title's English word.  No everyday word with another meaning is here: "estado" (status),
    # "era" (was), "paso" (passed), "cierre" (deadline) and "apertura" stay out, and "plazo",
    # "cerrar", "entrega" and "presentacion" only inside a longer phrase.
    # Applying and who takes part
    applicant: solicitante | solicitantes | candidato | candidata | candidatos | candidatas
    applicants: entidades solicitantes | empresas solicitantes
    beneficiary: beneficiario | beneficiaria
    beneficiaries: beneficiarios | beneficiarias
    lead partner: socio principal | socio lider | jefe de fila | beneficiario principal
    lead: liderar | liderado | liderada | lider
    partner meeting: reunion de socios | reunion entre socios
    partnership: partenariado | alianza | asociacion estrategica
    partnerships: partenariados | alianzas
    consortia: consorcio | consorcios
    owners: propietarios | propietarias | duenos
    challenge owners: propietarios de retos | propietarios del reto | duenos de retos
    challenges: retos | desafios
    host: anfitrion | anfitriona | anfitriones
    experts: expertos | expertas
    evaluators: evaluadores | evaluadoras
    jury: jurado | jurados
    finalists: finalista | finalistas
    winners: galardonados | premiados
    entrepreneurs: emprendedores | emprendedoras
    entrepreneurial: emprendedor | emprendedora
    entrepreneurial discovery: descubrimiento emprendedor | descubrimiento empresarial
    entrepreneurial discovery process: proceso de descubrimiento emprendedor
    discovery: descubrimiento
    investors: inversores | inversoras | inversionistas
    investor: inversor | inversora | inversionista
    impact investors: inversores de impacto | inversionistas de impacto
    business angels: angeles inversores | inversores angel
    scouts: exploradores | ojeadores | rastreadores
    innovation scouts: exploradores de innovacion | ojeadores de innovacion
    managing authorities: autoridades de gestion | autoridad de gestion
    managing authority: autoridad gestora
    cluster managers: gestores de clusteres | gestores de cluster | gestores cluster
    cluster organisations: organizaciones cluster | organizaciones de clusteres
    cluster organisations: organizaciones de cluster | organizaciones clusteres
    organisations: organizaciones
    universities: universidades
    research centres: centros de investigacion | centros tecnologicos
    research organisations: organismos de investigacion
    science parks: parques cientificos | parques tecnologicos | parques cientifico tecnologicos
    chambers of commerce: camaras de comercio
    regional development agencies: agencias de desarrollo regional
    public authorities: administraciones publicas | autoridades publicas
    stakeholders: partes interesadas
    # Kinds of event and activity
    info days: jornadas informativas | dias informativos | jornadas de informacion
    info day: jornada de informacion | dia de informacion
    information session: sesion de informacion en linea
    applicant seminar: seminario para solicitantes | seminario de solicitantes
    applicant seminar: seminario para beneficiarios
    brokerage event: evento de intermediacion | evento de brokerage | encuentro de intermediacion
    b2b matchmaking: encuentros bilaterales | reuniones bilaterales | citas bilaterales
    b2b matchmaking: reuniones b2b | encuentros de negocios | ruedas de negocios
    matchmaking: emparejamiento | casamiento de empresas
    matchmaking day: jornada de matchmaking | dia de matchmaking | jornada de encuentros
    matchmaking event: evento de matchmaking | evento de emparejamiento
    matchmaking mission: mision de matchmaking | mision empresarial
    partnering: busqueda de socios | busqueda de partners
    working group: grupo de trabajo | grupo tematico
    working groups: grupos de trabajo | grupos tematicos
    community of practice: comunidad de practica | comunidad de practicas | comunidades de practica
    peer review: revision entre iguales | evaluacion entre pares | evaluacion entre iguales
    peer learning: aprendizaje entre pares | aprendizaje entre iguales
    policy learning: aprendizaje de politicas | aprendizaje sobre politicas
    policy learning platform: plataforma de aprendizaje de politicas
    hackathon: maraton de programacion
    roadshow: gira de presentacion
    series: ciclo de webinarios | ciclo de seminarios
    webinar series: serie de webinarios | serie de seminarios web
    round table: mesa redonda | mesas redondas
    plenary: sesion plenaria | plenario | plenaria
    general assembly: asamblea general
    closing session: sesion de clausura | acto de clausura
    closing: clausura
    launch event: evento de lanzamiento | acto de lanzamiento
    launch: lanzamiento
    kick off: reunion de arranque | reunion de lanzamiento
    site visits: visitas tecnicas | visitas de campo | visitas a instalaciones | visitas in situ
    site visit: visita tecnica | visita de campo | visita in situ
    award ceremony: ceremonia de entrega de premios | entrega de premios | gala de premios
    award ceremony: ceremonia de premios | ceremonia de entrega
    annual conference: conferencia anual | congreso anual
    final conference: conferencia final | conferencia de clausura
    final: finales
    political meeting: reunion politica
    partner meeting: reunion de socios del proyecto
    pitching: presentacion ante inversores | presentaciones ante inversores
    pitching: presentar ante inversores
    case study: estudio de caso | caso de estudio | casos de estudio
    good practices: buenas practicas | practicas recomendables
    # Kinds of document
    position paper: posicionamiento | documento de posicionamiento | papel de posicion
    position paper: documento de postura
    policy brief: informe de politica | resumen de politicas | resumen de politica
    policy primer: guia de politicas | guia basica | guia introductoria | manual basico
    primer: introduccion basica
    annual report: memoria anual | informe anual
    survey: encuesta | encuestas | cuestionario
    white paper: libro blanco
    roadmap: hoja de ruta | hojas de ruta
    action plan: plan de accion | planes de accion
    work programme: programa de trabajo
    programmes: programas
    framework programme: programa marco
    tenth framework programme: decimo programa marco | x programa marco | fp10
    tenth: decimo | decima
    public consultation: consulta publica
    evaluation: evaluacion
    monitoring: seguimiento
    indicators: indicadores
    scoreboard: cuadro de indicadores | marcador de innovacion
    observatory: observatorio
    guidelines: directrices | orientaciones
    mapping: mapeo | cartografia | cartografiado
    lessons learned: lecciones aprendidas
    # Funding, finance and the EU's instruments
    call for proposals: convocatoria de propuestas | llamada a propuestas | llamada de propuestas
    call for applications: convocatoria de candidaturas | convocatoria de solicitudes
    expressions of interest: manifestaciones de interes | expresiones de interes
    grants: subvenciones a fondo perdido | ayudas a fondo perdido
    seed grants: subvenciones semilla | ayudas semilla | becas semilla
    seed: capital semilla
    fund: fondo de inversion | fondo europeo
    funds: fondos europeos
    erdf: feder | fondo europeo de desarrollo regional
    esf: fse | fondo social europeo
    structural funds: fondos estructurales
    cohesion fund: fondo de cohesion | fondos de cohesion
    cohesion policy: politica de cohesion
    just transition: transicion justa
    just transition fund: fondo de transicion justa
    recovery and resilience facility: mecanismo de recuperacion y resiliencia
    recovery plan: plan de recuperacion
    co funding: cofinanciacion | cofinanciado | cofinanciada
    cascade funding: financiacion en cascada | convocatorias en cascada
    financing: financiar
    finance: finanzas | financiera | financiero | financieras | financieros
    financial instruments: instrumentos financieros
    funding instruments: instrumentos de financiacion | instrumentos de financiamiento
    instruments: instrumentos
    instrument: instrumento
    loans: prestamos
    loan: prestamo
    guarantees: garantias
    equity: fondos propios | capital social | participaciones en capital | financiacion de capital
    private equity: capital privado
    venture capital: capital riesgo | capital de riesgo | capital emprendedor
    venture debt: deuda de riesgo
    debt: deuda | deudas
    revenue based: basada en ingresos | basado en ingresos | basadas en ingresos
    revenue based finance: financiacion basada en ingresos | financiacion basada en los ingresos
    combining grants: combinar subvenciones | combinando subvenciones | combinar ayudas
    combining eu grants: combinar subvenciones de la ue | combinar ayudas de la ue
    revenue: ingresos | facturacion
    crowdfunding: micromecenazgo | financiacion colectiva
    combining: combinar | combinando | combinacion de
    private investment: inversion privada | inversiones privadas
    public procurement: contratacion publica | compra publica
    innovation procurement: compra publica innovadora | compra publica de innovacion
    state aid: ayudas de estado | ayudas estatales | ayuda de estado | ayuda estatal
    state aid: ayudas publicas de estado
    support: apoyo | soporte | respaldo
    support vouchers: bonos de apoyo | cheques de apoyo
    innovation vouchers: bonos de innovacion | cheques de innovacion | cheques innovacion
    budget: presupuestos
    strand: capitulo | linea
    single stage: etapa unica | una sola etapa | fase unica
    two stage: dos etapas | dos fases
    cut off: fechas de corte | cortes
    # Policy, strategy and cooperation
    regional policy: politica regional | politicas regionales
    cluster policy: politica cluster | politica de clusteres | politica de cluster
    cluster policies: politicas cluster | politicas de clusteres | politicas de cluster
    industrial policy: politica industrial | politicas industriales
    innovation policy: politica de innovacion | politicas de innovacion
    research policy: politica de investigacion
    science for policy: ciencia para las politicas | ciencia para la politica
    policies: politicas publicas
    strategic: estrategico | estrategica | estrategicos | estrategicas
    strategic autonomy: autonomia estrategica
    technological sovereignty: soberania tecnologica
    directionality: direccionalidad
    governance: gobernanza
    multi level governance: gobernanza multinivel
    quadruple helix: cuadruple helice
    triple helix: triple helice
    innovation divide: brecha de innovacion | brecha en innovacion | brecha innovadora
    closing the divide: cerrar la brecha | cerrando la brecha | reducir la brecha
    regional innovation: innovacion regional
    open innovation: innovacion abierta
    social innovation: innovacion social
    innovative: innovador | innovadora | innovadores | innovadoras
    ecosystems: ecosistemas
    ecosystem: ecosistema
    innovation ecosystems: ecosistemas de innovacion
    regional ecosystems: ecosistemas regionales
    environments: entornos
    environment: medio ambiente
    interregional: interregionales
    interregional innovation investments: inversiones en innovacion interregional
    interregional cooperation: cooperacion interregional
    cross border: transfronterizas
    cross border cooperation: cooperacion transfronteriza
    territorial cooperation: cooperacion territorial
    transnational: transnacional | transnacionales
    macro regional: macrorregional | macrorregionales | macroregional
    cooperation: cooperaciones | cooperar
    internationalisation: internacionalizar | internacionalizarse | internacionalizando
    going international: salir al exterior | salir al extranjero | ir al exterior
    competitiveness clusters: clusteres de competitividad
    competitiveness clusters: clusters de competitividad
    competition: competicion
    productivity: productividad
    key: claves
    core: nucleo
    classic: clasico | clasica | clasicos | clasicas
    enlargement: ampliacion de la ue | ampliacion de la union | ampliacion de la union europea
    enlargement: ampliacion europea | ampliacion de la union europea
    extend: ampliar la red | extender la red
    geoeconomic: geoeconomico | geoeconomica | geoeconomicos | geoeconomicas
    geoeconomic fragmentation: fragmentacion geoeconomica
    fragmentation: fragmentacion
    geoeconomics: geoeconomia
    geopolitics: geopolitica
    oecd: ocde
    jrc: cci | centro comun de investigacion
    eu missions: misiones de la ue | misiones europeas
    missions: misiones
    european partnerships: partenariados europeos | asociaciones europeas
    european week: semana europea
    industry days: dias de la industria | jornadas de la industria
    knowledge and innovation communities: comunidades de conocimiento e innovacion
    latin american: latinoamericano | latinoamericana | latinoamericanos | latinoamericanas
    # Transitions, resilience, the economy
    transitions: transiciones
    twin transitions: dobles transiciones | transiciones gemelas
    twin: gemelo | gemela | gemelos | gemelas
    green and digital transition: transicion verde y digital | transicion ecologica y digital
    green transition: transicion verde | transicion ecologica
    energy transition: transicion energetica
    driving: impulsando | impulsan | impulsar
    green deal: pacto verde
    european green deal: pacto verde europeo
    value chain: cadena de valor
    value chains: cadenas de valor
    supply chains: cadenas de abastecimiento | cadenas de suministros
    supply chain: cadena de abastecimiento
    market: mercado
    markets: mercados
    single market: mercado unico | mercado interior
    blue economy: economia azul
    blue: azul | azules
    green economy: economia verde
    social economy: economia social
    circular: circulares
    industrial symbiosis: simbiosis industrial
    symbiosis: simbiosis
    decarbonisation: descarbonizacion | descarbonizar
    climate neutrality: neutralidad climatica
    net zero: cero emisiones netas | emisiones netas cero
    emissions: emisiones
    long term: largo plazo | a largo plazo
    short term: corto plazo | a corto plazo
    smart: inteligente | inteligentes
        smart specialisation strategies: estrategias de especializacion inteligente
    smart specialisation strategy: estrategia de especializacion inteligente
    specialisation: especializacion
    smart ports: puertos inteligentes
    smart cities: ciudades inteligentes
    scaling: escalado | escalamiento | escalabilidad
    scale ups: empresas en expansion | empresas en crecimiento
    digital innovation hubs: polos de innovacion digital | centros de innovacion digital
    digital innovation hubs: hubs de innovacion digital
    digital innovation hub: polo de innovacion digital | centro de innovacion digital
    european digital innovation hubs: centros europeos de innovacion digital
    hubs: nodos
    accelerators: aceleradoras | aceleradores
    incubators: incubadoras
    incubator: incubadora
    business models: modelos de negocio | modelos de negocios
    business model: modelo de negocio
    models: modelos
    services: servicios
    technology transfer: transferencia de tecnologia | transferencia tecnologica
    intellectual property: propiedad intelectual
    research and development: investigacion y desarrollo | i mas d
    innovative smes: pymes innovadoras | empresas innovadoras
    # Sectors
    renewable energy: energias renovables | energia renovable | renovables
    renewable: renovable
    offshore wind: eolica marina | eolica offshore | energia eolica marina
    wind energy: energia eolica | eolica
    solar energy: energia solar | fotovoltaica
    batteries: baterias
    energy storage: almacenamiento energetico | almacenamiento de energia
    energy efficiency: eficiencia energetica
    energy communities: comunidades energeticas
    green hydrogen: hidrogeno verde
    hydrogen valleys: valles del hidrogeno | valles de hidrogeno
    sustainable energy: energia sostenible
    energy and climate: energia y clima
    climate change: cambio climatico
    raw materials: materias primas
    critical raw materials: materias primas criticas | materias primas fundamentales
    waste: residuos
    recycling: reciclaje | reciclado
    bioeconomy: bioeconomia
    natural resources: recursos naturales
    forestry: silvicultura | forestal | sector forestal
    fisheries: pesca | pesquero | pesquera
    aquaculture: acuicultura
    ocean: oceano | oceanos
    sea: mar
    food: alimentos | alimentario | alimentaria | alimentarios | alimentarias
    food systems: sistemas alimentarios | sistemas alimentarios sostenibles
    agri food: agroalimentarios | agroalimentarias
    life sciences: ciencias de la vida
    pharmaceutical: farmaceutico | farmaceutica | farmaceuticas
    medical devices: dispositivos medicos | productos sanitarios
    digital health: salud digital | sanidad digital
    healthcare: asistencia sanitaria | atencion sanitaria
    active ageing: envejecimiento activo
    semiconductors: semiconductores
    chips: microchips
    microelectronics: microelectronica
    photonics: fotonica
    nanotechnology: nanotecnologia
    quantum: cuantica | cuantico | computacion cuantica
    robotics: robotica
    additive manufacturing: fabricacion aditiva | impresion 3d
    advanced manufacturing: manufactura avanzada
    industry 4 0: industria 4 0
    internet of things: internet de las cosas
    cloud: computacion en la nube
    blockchain: cadena de bloques
    digital twin: gemelo digital
    ict: tic | tecnologias de la informacion
    space: espacio | sector espacial
    aeronautics: aeronautica | aeronautico
    automotive: automovil | automocion y movilidad
    rail: ferroviario | ferroviaria | ferrocarril
    shipbuilding: construccion naval
    machinery: maquinaria | maquina herramienta | maquinas herramienta
    textiles: sector textil
    fashion: moda
    deep tech: tecnologia profunda | tecnologias profundas
    sustainable tourism: turismo sostenible
    culture: cultura
    cultural heritage: patrimonio cultural
    cultural and creative industries: industrias culturales y creativas
    creative industries: industrias creativas
    education: educacion
    vocational training: formacion profesional
    talent: talento
    reskilling: recualificacion | reciclaje profesional
    upskilling: mejora de capacidades | mejora de competencias
    pact for skills: pacto por las capacidades | pacto de capacidades
    youth: juventud | jovenes
    women: mujeres
    gender equality: igualdad de genero
    inclusion: inclusion social
    rural areas: zonas rurales | areas rurales
    outermost regions: regiones ultraperifericas
    islands: islas
    spring: primavera
    autumn: otono | otoño
    # More of the community's vocabulary: institutions, programmes' parts, sectors
    initiative: iniciativa
    initiatives: iniciativas
    core projects: proyectos principales | proyectos nucleares
    industrial transition regions: regiones en transicion industrial
    industrial transition regions: regiones de transicion industrial
    transformation: transformacion | transformaciones
    digital transformation: transformacion digital
    citizens: ciudadanos | ciudadania
    territories: territorios
    sustainable development: desarrollo sostenible
    sustainable development goals: objetivos de desarrollo sostenible | ods
    blue growth: crecimiento azul
    digital economy: economia digital
    open data: datos abiertos
    open science: ciencia abierta
    research infrastructures: infraestructuras de investigacion
    urban mobility: movilidad urbana
    sustainable mobility: movilidad sostenible
    electric vehicles: vehiculos electricos | vehiculo electrico | electromovilidad
    buildings: edificios | edificacion
    housing: vivienda | viviendas
    biodiversity: biodiversidad
    climate adaptation: adaptacion al cambio climatico | adaptacion climatica
    zero pollution: contaminacion cero
    food security: seguridad alimentaria
    farm to fork: de la granja a la mesa
    precision farming: agricultura de precision
    wine: vitivinicola | sector vitivinicola | sector del vino
    food industry: industria alimentaria | industria agroalimentaria
    public health: salud publica
    personalised medicine: medicina personalizada
    plastics: plasticos
    wood: sector de la madera | industria de la madera
    furniture: mueble | muebles | sector del mueble
    footwear: calzado
    ceramics: ceramica
    metalworking: metalmecanica | metalmecanico | metalurgia
    steel: siderurgia | acero
    mining: mineria
    electronics: electronica
    video games: videojuegos
    e commerce: comercio electronico
    trade: comercio exterior | comercio internacional
    exports: exportacion | exportaciones | exportadores | exportadoras
    dual use: doble uso
    twinning: hermanamiento | hermanamientos
    exchange of experience: intercambio de experiencias | intercambio de buenas practicas
    study visits: visitas de estudio
    mentoring: mentoria | mentorias | mentorizacion
    coaching: asesoramiento
    incubation: incubacion
    acceleration: aceleracion
    acceleration programme: programa de aceleracion
    demo day: dia de demostracion
    seal of excellence: sello de excelencia
    gold label: etiqueta oro | etiqueta de oro | sello de oro
    silver label: etiqueta plata | etiqueta de plata
    bronze label: etiqueta bronce | etiqueta de bronce
    label: etiqueta | sello
    benchmarking: evaluacion comparativa
    certification: certificacion
    reshoring: relocalizacion
    clean tech: tecnologias limpias
    green tech: tecnologias verdes
    key enabling technologies: tecnologias facilitadoras esenciales
    key enabling technologies: tecnologias facilitadoras clave
    emerging technologies: tecnologias emergentes
    digital technologies: tecnologias digitales
    high performance computing: computacion de alto rendimiento | supercomputacion
    data spaces: espacios de datos
    connectivity: conectividad
    broadband: banda ancha
    digital divide: brecha digital
    digital skills: competencias digitales | habilidades digitales | capacidades digitales
    sustainable finance: finanzas sostenibles
    green bonds: bonos verdes
    european investment bank: banco europeo de inversiones | bei
    european investment fund: fondo europeo de inversiones | fei
    european research council: consejo europeo de investigacion
    european research area: espacio europeo de investigacion
    presidency: presidencia
    council of the eu: consejo de la ue | consejo de la union europea
    ministry: ministerio
    government: gobierno
    municipality: ayuntamiento | ayuntamientos
    parliament: parlamento
    commission: comision
    executive agency: agencia ejecutiva
    national contact points: puntos nacionales de contacto | punto nacional de contacto
    joint secretariat: secretariado conjunto | secretaria conjunta
    monitoring committee: comite de seguimiento
    cooperation programme: programa de cooperacion
    priorities: prioridades | ejes prioritarios
    priority: prioridad
    specific objective: objetivo especifico
    application form: formulario de solicitud
    applicants guide: guia del solicitante | guia para solicitantes | manual del programa
    evaluation criteria: criterios de evaluacion
    eligibility criteria: criterios de elegibilidad
    eligible costs: costes elegibles | gastos elegibles | gastos subvencionables
    eligible costs: costes subvencionables
    co financing rate: tasa de cofinanciacion | porcentaje de cofinanciacion
    associated partners: socios asociados | socio asociado
    speakers: ponentes | conferenciantes | oradores
    speaker: ponente | conferenciante
    parallel session: sesion paralela | sesiones paralelas
    gala dinner: cena de gala
    guided tour: visita guiada
    exhibitors: expositores
    sponsors: patrocinadores
    sponsorship: patrocinio
    talk: charla | charlas
    hydrogen economy: economia del hidrogeno
    bio based: de base biologica
    life cycle: ciclo de vida
    critical technologies: tecnologias criticas
    regional development: desarrollo regional
    local development: desarrollo local
    rural development: desarrollo rural
    smart villages: pueblos inteligentes
    outermost: ultraperifericas
    demographic change: cambio demografico | reto demografico
    depopulation: despoblacion | despoblamiento
"""

# The domain words come first: a phrase of the sections above, said again there, wins.
# Subscription requests, read as the English ones; the help suggests
# «recuérdeme la convocatoria CmR».  «Recuérdeme cuándo / la fecha» still asks.
REQUESTS = """
    remind me about: recuerdame | recuerdeme | recuerdenme | acuerdame
    notify me of: avisame de | aviseme de | avisame sobre | aviseme sobre | avisame cuando
    notify me: avisame | aviseme | notificame | notifiqueme
    subscribe me to: suscribeme a | suscribame a
    stop reminding me about: deja de recordarme | deje de recordarme | no me recuerdes mas
    days before: dias antes | dia antes
    hours before: horas antes | hora antes
    weeks before: semanas antes | semana antes
"""

PHRASES = entries(
    VOCAB + QUESTIONS + LISTS + TIME + PLACES + DOMAIN + TALK + WORDS + CONTEXT + REQUESTS
)

LEXICON = Lexicon(
    "es",
    PHRASES,
    markers=frozenset(
        "pero muy tambien nosotros vosotros ellos ellas estamos somos tengo tenemos esto eso "
        "gracias hola buenas donde cuando cual cuales como porque".split()
    ),
    letters="ñ¿¡áíú",
    endings=("s", "es", "se", "me", "nos", "te", "le", "lo", "la", "mente"),
    kind_before_name=True,
)
