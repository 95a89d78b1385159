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
    tell me: recordarme | me recuerdas | me recuerda | recuerdame | recuerdeme | aclararme
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
    supply chains: cadenas de suministro | cadenas de valor
    supply chain: cadena de suministro | cadena de valor
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
    track: linea
    wave: oleada
"""

PHRASES = entries(QUESTIONS + LISTS + TIME + PLACES + DOMAIN + TALK + WORDS + CONTEXT)

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
