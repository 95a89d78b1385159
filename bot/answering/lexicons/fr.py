"""French: the words French questions ask with, glossed into the engine's English roles.

Elided words ("l'appel", "qu'est-ce que", "d'inscription") reach the lexicon
with the apostrophe as a space, hyphenated ones ("est-ce", "peut-on",
"ce mois-ci") as one phrase, and every word without accents, so one line
reads "événements", "évènements" and "evenements".  "Où" and "ou" are one
folded word: it reads as "where", as chat French types it, except in the
phrases where it says "or" ("ou pas", "ou en ligne").
"""

from __future__ import annotations

from bot.answering.glossing import Lexicon, entries

# Question words: when, where, how to register, which link, what it is about.
ASKING = entries(
    """
    when: quand | a quelle date | quelle date | quel jour | c quand | qd | kand
    when: quant | kan | quan | qand | c kan | c quant
    : quant a l | quant a la | quant au | quant aux | quant a moi | quant a nous
    when is: c est quand | cest quand | c est pour quand | c est prevu quand | ce sera quand
    when is it: est ce quand
    until when: jusqu a quand | jusqua quand | jusque quand | d ici quand
    when does it open: ouvre quand | ouvrira quand | s ouvre quand | ouvre t il quand
    what time: a quelle heure | quelle heure | quel horaire | quels horaires | horaire | horaires
    time: heure | heures | l heure
    dates: les dates | quelles dates | quelles sont les dates | quelle est la date
    deadline: date limite | date butoir | dates limites | limite | butoir | echeance | delai
    deadline: date de cloture | cloture des candidatures | fin des candidatures | date de depot
    deadline: fin des inscriptions | cloture des inscriptions | limite d inscription
    deadline: date limite de depot | date limite de candidature | date limite d inscription
    deadlines: echeances | delais | dates butoirs
    how long: combien de temps
    how many days: combien de jours
    time left: temps restant | reste t il | il reste | reste-t-il
    where: ou | ou est | ou ca | c ou | c est ou | cest ou | ou exactement | a quel endroit
    where: ou est ce que | ou est ce qu | ou est ce | en quel lieu | dans quel lieu
    where: ou se trouve | ou se situe | ou ca se passe | ou cela se passe | ca se passe ou
    where does it take place: ou a lieu | ou aura lieu | ou ont lieu | ou auront lieu
    where does it take place: ou se tient | ou se tiendra | ou se tiennent | ou se tiendront
    where does it take place: ou se deroule | ou se deroulera | ou se derouleront | ou se passe
    where does it take place: ou se passera | ou se deroulent | ou c est | ou sera | ou seront
    where was it: ou etait | ou s est tenu | ou s est tenue | ou a eu lieu | ou s est deroule
    or: ou pas | ou non | ou bien | ou plutot | ou alors
    or in: ou en
    which city: quelle ville | dans quelle ville | en quelle ville
    which country: quel pays | dans quel pays
    location: lieu | endroit | emplacement | localisation | salle
    address: adresse
    city: ville
    country: pays
    online: en ligne | en distanciel | distanciel | a distance | en visio | visio
    online: visioconference | en virtuel
    in person: en presentiel | presentiel | sur place | en personne
    hybrid: hybride | en hybride
    virtual: virtuel | virtuelle
    takes place: a lieu | aura lieu | se tient | se tiendra | se deroule | se deroulera
    takes place: se passe | se passera | a t il lieu | aura t il lieu | se tient elle | se fait
    take place: ont lieu | auront lieu | se tiennent | se tiendront | se deroulent | avoir lieu
    take place: se derouleront
    took place: a eu lieu | ont eu lieu | s est tenu | s est tenue | s est deroule
    took place: s est deroulee | s est passe | s est passee | se sont tenus | se sont deroules
    registration: inscription | inscriptions | enregistrement | l inscription
    registration: formulaire d inscription | page d inscription
    registration link: lien d inscription | lien pour s inscrire | lien pour l inscription
    register: inscrire | s inscrire | m inscrire | nous inscrire | inscris | inscrit | inscrite
    register: inscrits | inscrivez | inscrivons | inscrivent | inscrire* | enregistrer
    register: s enregistrer
    apply: candidater | postuler | candidate | candidatez | candidatons | postule | repondre
    apply: deposer un dossier | deposer un projet | deposer une candidature | deposer
    apply: faire une demande | presenter une candidature | soumettre un projet | concourir
    application: candidature | dossier | dossier de candidature | demande de financement
    applications: candidatures | dossiers
    submit: soumettre | deposer une proposition | envoyer un dossier
    submission: soumission | depot | depot des dossiers | depot des candidatures
    participate: participer | participe | participer a | prendre part | participation
    attend: assister | assister a
    join: rejoindre
    book: reserver | reservation
    tickets: billet | billets | billetterie
    too late: trop tard
    link: lien | adresse web | le lien | lien vers
    links: liens
    website: site web | site internet | page web | site officiel | page officielle | siteweb
    where can i find: ou trouver | ou puis je trouver | ou peut on trouver | ou je trouve
    where can i find: ou peut on voir | ou lire
    more info: plus d infos | plus d info | plus d informations | plus de details | infos
    more info: en savoir plus | plus de renseignements | renseignements | infos sur
    information: informations
    details: precisions
    download: telecharger | telechargement
    about: de quoi parle | de quoi traite | de quoi s agit il | de quoi ca parle | ca parle de
    about: ca parle de quoi | parle de quoi | traite de quoi | quel est le sujet | a propos de
    about: de quoi il s agit | parle moi de | parlez moi de | dis m en plus sur | presente moi
    about: c est a propos de quoi | resume | decris | decrivez | expliquer
    about: explique | expliquez | presentation | en quoi consiste | consiste en quoi
    what is: c est quoi | cest quoi | c quoi | qu est ce que c est | qu est ce que | qu est ce
    what is: c koi | cest koi | c est koi
    what: koi
    what is: quel est | quelle est | qu est
    what was: c etait quoi | qu est ce que c etait
    was it: c etait | cetait
    when was: c etait quand | cetait quand | c etait quel jour
    what does it say: ca dit quoi | que dit | que disent | qu est ce que dit | ca raconte quoi
    what does it say: dit quoi | disent quoi
    topics: themes | theme | thematiques | thematique | sujets | sujet | les themes
    topic: objet
    focus: objectif | objectifs | priorites | priorite
    agenda: ordre du jour | le programme | deroulement
    who organises: qui organise | organise par qui | qui est derriere | qui porte
    organiser: organisateur | organisateurs | organisatrice | organise par | porteur
    """
)

# Help, greetings, thanks: what the bot is and how to talk to it.
TALK = entries(
    """
    hello: bonjour | salut | coucou | bjr | slt | re bonjour | rebonjour
    hello: bonjour a tous | bonjour a toutes | salut a tous
    good evening: bonsoir
    good morning: bon matin
    thanks: merci | merci beaucoup | mille mercis | merci bien | remerciements | merci a tous
    thank you: je vous remercie | je te remercie | merci a vous | merci a toi
    thanks: au revoir | a plus | a bientot | bonne fin de journee | ciao | bye
    great: super | genial | parfait | top | nickel | excellent | formidable | impeccable
    who are you: ton nom | votre nom | tu t appelles comment | comment tu t appelles
    who are you: comment t appelles tu | comment vous appelez vous
    : bonne journee | bonne soiree | cordialement | bien a vous
    help: aide | aidez moi | aide moi | au secours | a l aide | assistance
    what can you do: que sais tu faire | qu est ce que tu sais faire | que peux tu faire
    what can you do: qu est ce que tu peux faire | tu sais faire quoi | tu peux faire quoi
    what can you do: tu sers a quoi | a quoi sers tu | a quoi tu sers | a quoi servez vous
    what can you do: a quoi vous servez | vous servez a quoi | que savez vous faire
    what can you do: que pouvez vous faire | qu est ce que vous pouvez faire | tu fais quoi
    what can you do: que fais tu | qu est ce que tu fais | a quoi ca sert | ca sert a quoi
    what can you do: a quoi sert ce bot | a quoi sert le bot | quelles sont tes fonctions
    what can i ask: que puis je vous demander | que puis je te demander | que peut on demander
    what can i ask: que peut on te demander | que peut on vous demander | que demander
    what can i ask: qu est ce que je peux demander | qu est ce qu on peut demander
    what can i ask: qu est ce que je peux te demander | qu est ce que je peux vous demander
    what can i ask: je peux te demander quoi | je peux demander quoi | on peut demander quoi
    what questions: quelles questions | quel genre de questions | quel type de questions
    what questions: quelles sortes de questions | quels types de questions
    how does this work: comment ca marche | comment ca fonctionne | comment cela fonctionne
    how does this work: comment tu marches | comment tu fonctionnes | mode d emploi
    how to use: comment t utiliser | comment vous utiliser | comment utiliser | comment l utiliser
    how to use: comment je peux t utiliser | comment je peux vous utiliser | comment on t utilise
    how to use: comment peut on t utiliser | comment on vous utilise | comment t utilise t on
    use: utiliser | utilise
    can i ask: puis je vous interroger | puis je t interroger | peut on t interroger
    can i ask: peut on vous interroger | je peux t interroger | je peux vous interroger
    what can i ask: sur quoi puis je vous interroger | sur quoi peut on t interroger
    what can i ask: sur quoi peut on vous interroger | sur quoi je peux t interroger
    ask: interroger | questionner
    hello: il y a quelqu un | y a quelqu un | quelqu un
    who are you: qui es tu | qui etes vous | t es qui | tu es qui | vous etes qui
    what are you: qu es tu | tu es quoi | c est quoi ce bot
    bot: robot | chatbot
    ask: poser | demander | te poser | vous poser | te demander | vous demander
    """
)

# Lists: which things, of what kind, in what state, in which window.
LISTING = entries(
    """
    what: quel | quelle
    which: quels | quelles | lequel | lesquels | laquelle | lesquelles
    what weather: quel temps | la meteo | meteo | quel temps fait il | il fait quel temps
    which: quels sont les | quelles sont les | c est quoi les | quels seront les
    which: a quels | a quelles | pour quels | pour quelles | sur quels | sur quelles
    are there: y a t il | y a t il des | il y a | est ce qu il y a | y a | ya | y a il
    are there: existe t il | il existe | est ce qu il existe
    whats on: quoi de prevu | qu est ce qui est prevu | qu est ce qu il y a | qu y a t il
    whats on: qu est ce qui se passe | quoi de beau | qu y a il | qu est ce qu il se passe
    whats on: que se passe t il
    whats new: quoi de neuf | quoi de nouveau | quelles nouveautes
    what: qu est ce qui | quoi
    what is coming: qu est ce qui arrive | qu est ce qui vient | qu est ce qui reste
    what is coming: qu est ce qu il reste | que reste t il | quoi d autre
    do you have: avez vous | as tu | vous avez | tu as | disposez vous | connaissez vous
    do you have: connais tu | tu connais | vous connaissez
    do you have: auriez vous | aurais tu | avez vous le | avez vous la | vous auriez
    list: liste | lister | la liste | listez | liste moi | listes
    show me: montre moi | montrez moi | affiche | affichez | fais voir | faites voir
    give me: donne moi | donnez moi | envoie moi | envoyez moi | indique moi | indiquez moi
    tell me: dis moi | dites moi | pouvez vous me dire | peux tu me dire | rappelez moi
    tell me: rappelle moi | pourriez vous me rappeler | pourriez vous me dire | me rappeler
    tell me: m indiquer | nous indiquer | me dire | nous dire | me donner | nous donner
    tell me: me preciser | me communiquer | m informer
    all: tous | toutes | tous les | toutes les | l ensemble des | tout
    upcoming: a venir | prevu | prevus | prevue | prevues | au programme | a l agenda
    planned: programmee | programmees | planifie | planifies | planifiee | planifiees
    next: prochain | prochaine | prochains | prochaines | suivant | suivante | suivants
    future: futur | futurs | futures | a l avenir
    soon: bientot | prochainement | sous peu | tres bientot
    open: ouvert | ouverte | ouverts | ouvertes | ouvre | ouvrent | en cours de candidature
    open yet: deja ouvert | deja ouverte | deja ouverts | deja ouvertes | ouvert maintenant
    opens: ouvrira | ouvriront | ouverture | s ouvre | s ouvrira | debut des candidatures
    opened: a ouvert | a ete ouvert | a ete ouverte | ont ouvert | est ouvert depuis
    opening: ouvrant | qui ouvrent
    still open: encore ouvert | encore ouverte | encore ouverts | encore ouvertes
    still open: toujours ouvert | toujours ouverte | toujours ouverts | toujours ouvertes
    closed: ferme | fermee | fermes | fermees | clos | cloture | cloturee
    closed: clotures | cloturees | termine | terminee | termines | terminees | expire
    closed: expiree | expires | expirees | echu | echus | echue | echues
    close: ferment | ferme t il | cloturent | fermer | clore | se terminent | se clotureront
    closes: fermera | se termine | se terminera | se cloture | se cloturera | prend fin
    closes: expirera
    deadlines soon: ferme bientot | ferment bientot | se termine bientot | se terminent bientot
    deadlines soon: finit bientot | finissent bientot | expire bientot | expirent bientot
    deadlines soon: se cloture bientot | se cloturent bientot | clos bientot
    closing: qui ferme | qui ferment | qui se termine | qui se terminent | qui expire
    closing: qui expirent | qui se cloture | qui se cloturent | qui finit | qui finissent
    ends: finit | finira | se finit | termine t il | termine t elle | s acheve | s arrete
    start: debut | commence | commencent | demarre | demarrent | debute | debutent
    starts: commencera | demarrera | debutera
    over: fini | finie | finis | finies | acheve | achevee | termine
    is it over: c est fini | c est termine | c est passe | est ce fini | est ce termine
    is it already over: c est deja fini | c est deja termine | c est deja passe
    already over: deja fini | deja finie | deja termine | deja terminee | deja passe
    already over: deja passee | deja clos | deja close | deja ferme | deja fermee
    did we miss: on a rate | avons nous rate | ai je rate | j ai rate | on a loupe
    did we miss: est ce qu on a rate | est ce que j ai rate | c est rate
    missed: rate | ratee | rates | loupe | loupee
    missed: manque | manquee | manques | manquees | rater | manquer
    anything: quelque chose | rien | quoi que ce soit
    things: chose | choses
    passed: passe | passes | passee | passees | depasse | depassee | ecoule | ecoulee
    past: anterieur | anterieurs | anterieures | precedent | precedents | precedente
    past: precedentes | ancien | anciens | anciennes | d avant
    happened: deja eu lieu | eu lieu
    ongoing: en cours | actuel | actuels | actuelle | actuelles
    currently: actuellement | en ce moment | maintenant | a present | aujourd hui meme
    still: encore | toujours
    already: deja
    not yet: pas encore
    """
)

# Kinds of things, singular and plural, and the nouns names are made of.
KINDS = entries(
    """
    event: evenement | evenement* | evenment | evenemnt | evt | manifestation | rendez vous | rdv
    events: evenements | evenemnts | evenemens | evts | manifestations
    gathering: rencontre | rencontres
    call: appel | appel a projets | appel a projet | appel a candidatures | appel a candidature
    call: appel a propositions | aap | aac | appel d offres | appel d offre
    call: appel a manifestation d interet | appel a manifestations d interet
    calls: appels | appels a projets | appels a candidatures | appels a propositions
    calls: appels d offres | aaps | opportunites de financement
    opportunities: opportunites | possibilites de financement
    conference: colloque | conferance
    conferences: colloques | les congres | conferances
    congress: congres | congre
    workshop: atelier
    training: formation | session de formation
    course: cours
    seminar: seminaire
    workshops: ateliers | formations | seminaires
    webinar: webinaire | webinaire d information | webinaire de presentation | webinair
    webinars: webinaires
    meeting: reunion | assemblee | assemblee generale
    meetings: reunions | assemblees
    info session: session d information | seance d information | session d info
    info session: reunion d information | session de presentation | seance de presentation
    info day: journee d information | journee d info
    session: seance
    day: journee | jour
    days: journees | jours
    matchmaking: rendez vous d affaires | rencontres d affaires | rencontre d affaires
    matchmaking: rendez vous b2b | rdv b2b | rdv d affaires | mise en relation | speed meeting
    brokerage: bourse d affaires | convention d affaires | rencontres b2b | rencontre b2b
    brief: note | note de politique | note d orientation | note politique | note de synthese
    briefs: notes | notes de politique | notes d orientation | notes politiques
    briefs: notes de synthese
    policy briefs: notes de politique publique
    report: rapport
    study: etude
    analysis: analyse
    paper: document de position | prise de position
    papers: rapports | etudes | analyses | documents de position
    visit: visite
    visits: visites
    grant: subvention
    funding: financement | aide financiere
    grants: subventions | aides
    competition: concours
    award: trophee | trophees
    price: prix
    fair: salon | foire
    summit: sommet
    week: semaine
    """
)

# Time: relative windows, months in every spelling, weekdays ("on thursday": a time, never a name).
TIME = entries(
    """
    today: aujourd hui | aujourdhui | auj | ce jour
    tonight: ce soir
    tomorrow: demain
    yesterday: hier
    this week: cette semaine | cette semaine ci | la semaine en cours | cette sem | cet semaine
    this week: de la semaine | de cette semaine | cette semaine la
    next week: de la semaine prochaine
    last week: de la semaine derniere | de la semaine passee
    next week: la semaine prochaine | semaine prochaine | la semaine qui vient | sem prochaine
    next week: la semaine suivante
    next 7 days: les 7 prochains jours | les sept prochains jours | 7 prochains jours
    next 7 days: dans les 7 jours | dans les sept jours | d ici 7 jours | d ici une semaine
    last week: la semaine derniere | la semaine passee | semaine derniere
    this month: ce mois ci | ce mois | ce mois la | d ici la fin du mois | avant la fin du mois
    this month: le mois en cours | du mois | ce mois ci encore | jusqu a la fin du mois
    next month: le mois prochain | mois prochain | le mois suivant | au mois prochain
    last month: le mois dernier | le mois passe | mois dernier
    this year: cette annee | cette annee ci | cet an | l annee en cours | cette anne
    this year: d ici la fin de l annee | cette annee la
    next year: l annee prochaine | l an prochain | annee prochaine | l annee suivante
    last year: l an dernier | l annee derniere | l an passe | l annee passee | annee derniere
    year: annee | an | edition annuelle
    years: annees | ans
    month: mois
    weeks: semaines
    now: maintenant
    january: janvier | janv | janvie | janver
    february: fevrier | fevr | fev | fevrie | fevier | fervier
    march: mars
    april: avril | avr
    in may: mai | en mai | au mois de mai | mois de mai | de mai | fin mai | debut mai | mi mai
    june: juin
    july: juillet | juil | juilet
    august: aout | aou
    september: septembre | setpembre | septembr
    october: octobre | ocotbre | octbre
    november: novembre | novmbre
    december: decembre | decmbre
    in: en | au mois d | au mois de | dans | au cours de | pendant | lors de
    in: courant | ds | durant
    : mi
    end: fin | a la fin de | fin de
    beginning: au debut de | debut de
    on monday: lundi | le lundi | ce lundi | de lundi | du lundi
    next monday: lundi prochain
    on tuesday: mardi | le mardi | ce mardi | de mardi | du mardi
    next tuesday: mardi prochain
    on wednesday: mercredi | le mercredi | ce mercredi | de mercredi | du mercredi
    next wednesday: mercredi prochain
    on thursday: jeudi | le jeudi | ce jeudi | de jeudi | du jeudi
    next thursday: jeudi prochain
    on friday: vendredi | le vendredi | ce vendredi | de vendredi | du vendredi
    next friday: vendredi prochain
    on saturday: samedi | le samedi | ce samedi | de samedi | du samedi
    next saturday: samedi prochain
    on sunday: dimanche | le dimanche | ce dimanche | de dimanche | du dimanche
    next sunday: dimanche prochain
    morning: matin | matinee
    afternoon: apres midi | aprem
    evening: soir | soiree
    weekend: week end
    first: premier | premiere | 1er | 1re | 1ere | 1ier | 1iere
    second: deuxieme | seconde | 2e | 2eme | 2ieme | 2nd | 2nde
    third: troisieme | 3e | 3eme | 3ieme
    fourth: quatrieme | 4e | 4eme | 4ieme
    fifth: cinquieme | 5e | 5eme
    sixth: sixieme | 6e | 6eme
    last: dernier | derniere | derniers | dernieres
    final: finale | finaux | finales | de cloture | de clôture
    two: deux
    three: trois
    four: quatre
    five: cinq
    """
)

# Places: countries, regions and cities whose French names differ from the English.
PLACES = entries(
    """
    germany: allemagne
    spain: espagne
    italy: italie
    poland: pologne
    austria: autriche
    belgium: belgique
    czechia: tchequie | republique tcheque
    denmark: danemark
    sweden: suede
    finland: finlande
    norway: norvege
    estonia: estonie
    latvia: lettonie
    lithuania: lituanie
    japan: japon
    colombia: colombie
    united kingdom: royaume uni | angleterre | grande bretagne
    netherlands: pays bas | hollande
    switzerland: suisse
    greece: grece
    hungary: hongrie
    romania: roumanie
    croatia: croatie
    slovenia: slovenie
    slovakia: slovaquie
    ireland: irlande
    scotland: ecosse
    cyprus: chypre
    bulgaria: bulgarie
    iceland: islande
    malta: malte
    turkey: turquie
    morocco: maroc
    tunisia: tunisie
    united states: etats unis
    china: chine
    korea: coree
    india: inde
    brazil: bresil
    mexico: mexique
    latin america: amerique latine | amerique du sud
    eu: ue | union europeenne
    european: europeen | europeenne | europeens | europeennes
    baltic sea: mer baltique
    baltic: baltique | baltiques
    sea: mer
    alpine: alpin | alpins | alpines
    alpine space: espace alpin
    nordic: nordique | nordiques | pays nordiques
    mediterranean: mediterranee | mediterraneen | mediterraneenne
    danish: danois | danoise | danoises
    czech: tcheque | tcheques
    german: allemand | allemande | allemands | allemandes
    french: francais | francaise | francaises
    spanish: espagnol | espagnole | espagnols | espagnoles
    italian: italien | italienne | italiens | italiennes
    polish: polonais | polonaise | polonaises
    portuguese: portugais | portugaise | portugaises
    swedish: suedois | suedoise | suedoises
    finnish: finlandais | finlandaise | finlandaises
    norwegian: norvegien | norvegienne
    austrian: autrichien | autrichienne
    belgian: belge | belges
    estonian: estonien | estonienne
    japanese: japonais | japonaise
    latin american: latino americain | latino americaine | sud americain
    dutch: neerlandais | neerlandaise
    vienna: vienne
    brussels: bruxelles
    warsaw: varsovie
    krakow: cracovie
    gdansk: dantzig
    lisbon: lisbonne
    barcelona: barcelone
    copenhagen: copenhague
    antwerp: anvers
    ghent: gand
    geneva: geneve
    basel: bale
    london: londres
    edinburgh: edimbourg
    athens: athenes
    venice: venise
    hamburg: hambourg
    frankfurt: francfort
    dresden: dresde
    aachen: aix la chapelle
    plzen: pilsen
    the hague: la haye
    """
)

# Words of the domain that item names are made of, glossed so English names match.
DOMAIN = entries(
    """
    cluster: pole | grappe | grappe d entreprises
    clusters: poles | grappes
    competitiveness cluster: pole de competitivite
    competitiveness clusters: poles de competitivite
    competitiveness: competitivite
    cluster organisations: organisations de clusters | organisations de cluster
    managers: gestionnaires | animateurs
    cluster managers: managers de clusters | gestionnaires de clusters
    manager: gestionnaire | animateur | animatrice | charge d animation | chargee d animation
    management: gestion | pilotage
    project: projet
    projects: projets
    small projects: petits projets | petit projet | micro projets
    core projects: projets principaux | grands projets
    national: nationale | nationaux | nationales
    regional: regionale | regionaux | regionales
    international: internationale | internationaux | internationales
    interregional: interregionale | interregionaux | interregionales
    annual: annuel | annuelle | annuels | annuelles
    global: mondial | mondiale | mondiaux
    political meeting: reunion politique | rencontre politique
    annual political meeting: reunion politique annuelle | reunion annuelle politique
    policy: politique | politique publique
    policies: politiques | politiques publiques
    innovation divide: fracture de l innovation | fracture regionale de l innovation
    innovation divide: fossé de l innovation
    divide: fracture | fosse | ecart
    regional innovation: innovation regionale
    territorial: territoriale | territoriaux | territoriales
    recognition: reconnaissance | labellisation
    status: statut
    key: cle | cles
    lessons: lecons | enseignements
    investments: investissements
    investment: investissement
    partnerships: partenariats
    partnership: partenariat
    partners: partenaires
    partner: partenaire
    funding: financement | financements | fonds
    business models: modeles economiques | modeles d affaires
    strategy: strategie
    eligibility: eligibilite | criteres d eligibilite | conditions d eligibilite
    eligible: eligibles
    criteria: criteres
    budget: montant | enveloppe | enveloppe budgetaire
    proposal: proposition | projet de proposition
    proposals: propositions
    speakers: intervenants | orateurs | conferenciers
    available: disponible | disponibles | dispo
    full: complet | complete | complets
    digital: numerique
    energy: energie
    industry: industrie | industriel | industrielle
    manufacturing: fabrication
    advanced manufacturing: fabrication avancee | industrie avancee
    advanced: avance | avancee | avances | avancees
    sustainable: durable | durables
    food: alimentation | alimentaire | agroalimentaire
    food systems: systemes alimentaires
    systems: systemes
    health: sante
    green: verte | vert
    companies: entreprises | societes
    company: entreprise | societe
    smes: pme
    research: recherche
    pilot: pilote
    site visits: visites de site | visites de sites
    technological: technologique | technologiques
    new: nouveau | nouvelle | nouveaux | nouvelles
    small: petit | petite | petits | petites
    joint: conjoint | conjointe | commun | commune
    network: reseau
    networks: reseaux
    science: sciences
    environments: environnements
    environment: environnement
    """
)

# domain words: what item titles say, in French
# The words French speakers use for the English words of item titles (EU funding,
# clusters, regional policy, research and innovation, sectors), so "séminaire des
# candidats" finds an "applicant seminar" and "découverte entrepreneuriale" an
# "entrepreneurial discovery" webinar.  No word here is a question or status word
# of the tables above, nor a word English questions use ("conference", "report"):
# a French key that is also English would make English questions read French.
# Plurals and feminines the endings reach ("innovants", "vertes") are left out, and a
# word one slip from a common French word ("privé" of "prise", "solaire" of "scolaire")
# is said only inside phrases ("secteur privé", "énergie solaire").
VOCABULARY = entries(
    """
    # EU funding: programmes, instruments, who applies
    applicant: candidat | demandeur | porteur de projet
    applicant: porteurs de projet | porteurs de projets | porteuse de projet
    applicant seminar: seminaire des candidats | seminaire pour les candidats
    applicant seminar: seminaire pour candidats | seminaire des porteurs de projet
    lead partner: chef de file | partenaire chef de file | partenaires chefs de file
    beneficiary: beneficiaire
    consortium agreement: accord de consortium
    instrument: instruments financiers | instrument financier
    financial instruments: instruments de financement
    finance: financer | financier
    financing: financements europeens | fonds europeens | fonds de l ue
    structural funds: fonds structurels
    cohesion policy: politique de cohesion
    cohesion fund: fonds de cohesion
    erdf: feder | fonds europeen de developpement regional
    esf: fse | fonds social europeen
    just transition: transition juste | fonds pour une transition juste
    recovery: plan de relance
    recovery and resilience facility: facilite pour la reprise et la resilience
    resilience: resiliente
    co financing: cofinancement | taux de cofinancement
    lump sum: montant forfaitaire | montants forfaitaires
    cascade funding: financement en cascade | soutien financier a des tiers
    vouchers: bons d innovation
    innovation vouchers: cheques d innovation | cheque d innovation
    seed: amorcage | capital d amorcage | fonds d amorcage
    equity: fonds propres | capitaux propres | prise de participation
    venture capital: capital risque | capital investissement | capital de risque
    venture debt: dette de croissance | dette venture
    revenue based financing: financement base sur le chiffre d affaires
    revenue based financing: financement base sur les revenus
    revenue: chiffre d affaires
    public procurement: marches publics | commande publique | achats publics
    innovation procurement: achats publics innovants | achat public innovant
    state aid: aides d etat | aide d etat | aides publiques
    investors: investisseur | investisseuse
    impact investors: investisseurs d impact | investisseurs a impact
    impact investing: investissement a impact | investissement d impact
    business angels: investisseurs providentiels
    fundraising: levee de fonds | levees de fonds
    crowdfunding: financement participatif
    guarantees: garanties | garantie de pret
    loans: prets bancaires | pret bancaire
    pitching: pitchs | seance de pitch | session de pitch
    pitch deck: dossier de presentation
    seal of excellence: label d excellence | sceau d excellence
    expression of interest: manifestation d interet | manifestations d interet
    expression of interest: expression d interet | expressions d interet
    call for expression of interest: appel a expressions d interet
    call for papers: appel a communications | appel a contributions
    second round: deuxieme vague | deuxieme cycle
    first round: premiere vague | premier cycle
    round: vague de candidatures
    cut off: date de coupure | dates de coupure | date d arret | dates d arret
    two stage: deux etapes | en deux etapes | deux phases
    strand: volet
    eligible costs: couts eligibles | depenses eligibles
    evaluation: evaluateurs | evaluatrices
    evaluators: experts evaluateurs
    european commission: commission europeenne
    european parliament: parlement europeen
    committee of the regions: comite europeen des regions | comite des regions
    single market: marche unique | marche interieur
    single market programme: programme pour le marche unique
    digital europe: europe numerique | programme pour une europe numerique
    new european bauhaus: nouveau bauhaus europeen
    enterprise europe network: reseau entreprise europe | reseau enterprise europe
    joint research centre: centre commun de recherche
    european innovation council: conseil europeen de l innovation
    eit: institut europeen d innovation et de technologie | institut europeen d innovation
    european cluster collaboration platform: plateforme europeenne de collaboration des clusters
    european strategic cluster partnerships: partenariats strategiques europeens de clusters
    regional innovation valleys: vallees regionales de l innovation
    regional innovation valleys: vallees regionales d innovation
    valleys: vallee
    interregional innovation investments: investissements interregionaux en innovation
    partnerships for regional innovation: partenariats pour l innovation regionale
    european digital innovation hubs: poles europeens d innovation numerique
    digital innovation hubs: poles d innovation numerique | pole d innovation numerique
    hubs: plateformes d innovation
    oecd: ocde
    presidency: presidence du conseil
    enlargement: elargissement
    neighbourhood: voisinage
    # Regional policy, territories, cooperation
    regions: territoires
    region: territoire
    host region: region hote | region d accueil
    host: ville hote | ville d accueil
    managing authorities: autorites de gestion | autorite de gestion
    stakeholders: parties prenantes | acteurs regionaux | acteurs locaux
    governance: gouvernance
    multilevel governance: gouvernance multiniveau | gouvernance a plusieurs niveaux
    local: locale
    rural: ruraux | rurale | zones rurales | territoires ruraux
    urban: urbain | zones urbaines
    outermost regions: regions ultraperipheriques
    less developed regions: regions moins developpees
    transition regions: regions en transition
    industrial transition regions: regions en transition industrielle
    industrial transition: transition industrielle | transitions industrielles
    cross border: transfrontalier
    cross border: transfrontalie* | trans frontalier
    cross border cooperation: cooperation transfrontaliere
    transnational: transnationale | transnationaux
    territorial cooperation: cooperation territoriale | cooperation territoriale europeenne
    interregional cooperation: cooperation interregionale
    cooperation: cooperer | collaborer
    macro regional strategy: strategie macroregionale | strategie macro regionale
    macro regional: macroregional | macro regionale
    internationalisation: internationaliser | ouverture a l international
    internationalisation: developpement international | developpement a l international
    smart specialisation: specialisation intelligente | specialisations intelligentes
    smart specialisation strategy: strategie de specialisation intelligente
    smart specialisation strategies: strategies de specialisation intelligente
    smart cities: villes intelligentes | ville intelligente
    smart grids: reseaux intelligents | reseau intelligent
    specialisation: specialisations
    entrepreneurial discovery: decouverte entrepreneuriale
    entrepreneurial discovery: processus de decouverte entrepreneuriale
    entrepreneurial: entrepreneuriale | entrepreneuriaux
    entrepreneurial: entrepreunariale | entreprenariale
    discovery: decouverte
    entrepreneurship: entrepreneuriat | entreprenariat
    entrepreneurs: entrepreneuses
    directionality: directionnalite
    community of practice: communaute de pratique | communautes de pratique
    community of practice: communaute de pratiques
    community: communaute
    good practices: bonnes pratiques | bonne pratique | meilleures pratiques
    peer review: revue par les pairs | evaluation par les pairs | examen par les pairs
    peer review: revue entre pairs | evaluation entre pairs | examen entre pairs
    peer learning: apprentissage entre pairs | apprentissage par les pairs
    mutual learning: apprentissage mutuel
    capacity building: renforcement des capacites
    mapping: cartographie | cartographier
    strategic: strategique
    roadmap: feuille de route | feuilles de route
    action plan: plan d action | plans d action
    monitoring: suivi et evaluation
    indicators: indicateurs
    scoreboard: tableau de bord | tableau de bord europeen de l innovation
    directorate general: direction generale
    # Clusters, networks, platforms
    cluster organisation: organisation de cluster | organisation de clusters | organisation de pole
    cluster management: gestion de cluster | gestion des clusters | animation de cluster
    cluster excellence: excellence des clusters
    cluster label: label de cluster | labellisation des clusters
    silver label: label argent
    cluster policy: politique de clusters | politique des clusters | politique de cluster
    cluster policies: politiques de clusters | politiques des clusters
    network: reseautage | mise en reseau | en reseau
    networking: reseautage professionnel
    platform: plateforme | plate forme | plates formes
    ecosystems: ecosystemes
    ecosystem: ecosysteme
    innovation ecosystem: ecosysteme d innovation | ecosystemes d innovation
    scouts: eclaireur
    academy: academie
    accelerator: accelerateur | programme d acceleration
    incubator: incubateur
    scaling: passage a l echelle | mise a l echelle | changement d echelle | croissance d echelle
    scale up: entreprises en croissance
    startups: jeunes pousses | jeune pousse | jeunes entreprises
    startups: jeune entreprise innovante | jeunes entreprises innovantes
    smes: petites et moyennes entreprises | petite et moyenne entreprise
    companies: tpe | eti
    innovative: innovant
    innovation: innover
    technology transfer: transfert de technologie | transfert technologique
    technology transfer: transferts de technologie
    intellectual property: propriete intellectuelle
    patents: brevet
    standardisation: normalisation
    value chain: chaine de valeur | chaines de valeur
    value chains: chaines de valeurs
    value: valeur | creation de valeur
    supply chains: chaines d approvisionnement | chaines logistiques
    supply chain: chaine d approvisionnement | chaine logistique
    supply chain: approvisionnement
    supply chain shocks: chocs sur les chaines d approvisionnement
    chain: chaine de production
    market: marches europeens | acces au marche | acces aux marches | mise sur le marche
    market: etude de marche
    services: prestations de services
    business support: accompagnement des entreprises | soutien aux entreprises
    business support: appui aux entreprises
    support: accompagnement | soutien | accompagner
    mentoring: mentorat | tutorat
    coaching: accompagnement personnalise
    # Kinds of events and documents titles name
    info day: journee d informations | journees d information
    working group: groupe de travail | groupes de travail
    roadshow: tournee | tournee de presentation | roadshows
    study visit: visite d etude | visites d etude | voyage d etude | voyages d etude
    business mission: mission d affaires | missions d affaires | mission commerciale
    trade mission: missions commerciales | mission economique
    round table: table ronde | tables rondes
    panel: table de discussion
    plenary: pleniere | seance pleniere | session pleniere
    keynote: discours d ouverture
    launch event: evenement de lancement | evenement de lancement officiel
    kick off: reunion de lancement
    ceremony: ceremonie
    awards ceremony: remise des prix | ceremonie de remise des prix | remise de prix
    award: prix de l innovation
    jury: jurys
    finalists: finaliste
    winners: laureat | gagnant | vainqueurs
    challenge: defi
    series: serie | cycle de webinaires
    handbook: manuel
    toolkit: boite a outils | boites a outils
    guidelines: lignes directrices
    recommendations: recommandations
    position paper: note de position | notes de position
    white paper: livre blanc | livres blancs
    green paper: livre vert
    policy brief: note de politique publique | note d orientation politique
    policy brief: synthese politique
    report: compte rendu | comptes rendus
    annual report: rapport annuel | rapports annuels
    survey: enquete | sondage
    public consultation: consultation publique | consultations publiques
    case study: etude de cas | etudes de cas
    newsletter: lettre d information | lettre d informations
    lessons learned: lecons apprises | lecons tirees | enseignements tires
    manifesto: manifeste
    # Transitions: green, digital, twin
    twin transition: transition jumelle | transitions jumelles
    twin: jumeau | jumelle
    digital twin: jumeau numerique | jumeaux numeriques
    twinning: jumelage
    green transition: transition verte | transition ecologique | transition environnementale
    digital transition: transition numerique
    energy transition: transition energetique
    digitalisation: numerisation | transformation numerique
    decarbonisation: decarbonation | decarboner
    net zero: zero emission nette | neutralite carbone
    net zero industry: industrie net zero | industrie zero net
    climate: climat | climatique | changement climatique
    climate neutral: neutre pour le climat | neutralite climatique
    green deal: pacte vert | pacte vert pour l europe
    green deal industrial plan: plan industriel du pacte vert
    deal: pacte
    sustainability: durabilite | developpement durable
    circular economy: economie circulaire
    circular: circulaire
    economy: economie
    blue economy: economie bleue
    blue: bleu
    social economy: economie sociale | economie sociale et solidaire
    bioeconomy: bioeconomie | bio economie
    bio based: biosource
    biomass: biomasse
    industrial symbiosis: symbiose industrielle
    symbiosis: symbiose
    waste: dechets
    recycling: recyclage | recycler
    water: eau | gestion de l eau
    raw materials: matieres premieres
    critical raw materials: matieres premieres critiques
    materials: materiaux
    advanced materials: materiaux avances
    resource efficiency: efficacite des ressources | utilisation efficace des ressources
    energy efficiency: efficacite energetique
    renewable energy: energies renouvelables | energie renouvelable | enr
    renewable: renouvelable
    offshore wind: eolien en mer | eolien offshore | eoliennes en mer
    wind: eolien | eolienne
    solar: photovoltaique
    hydrogen: hydrogene | hydrogene vert | h2
    batteries: batterie
    energy storage: stockage d energie | stockage de l energie
    grid: reseau electrique | reseaux electriques
    # Sectors
    agrifood: agro alimentaire | agroalimentaires | filiere agroalimentaire
    agriculture: agricole
    precision farming: agriculture de precision
    fisheries: pecheries
    forestry: sylviculture | filiere bois
    wood: bois
    wine: viticulture | viticole
    tourism: tourisme | touristique
    sustainable tourism: tourisme durable
    cultural and creative industries: industries culturelles et creatives
    creative: creatif
    cultural: culturel | culturelle
    mobility: mobilite
    electric vehicles: vehicules electriques | vehicule electrique
    electromobility: electromobilite
    automotive: secteur automobile | filiere automobile
    rail: ferroviaire
    logistics: logistique
    maritime: maritimes
    ports: port maritime | ports maritimes
    shipbuilding: construction navale | navale
    aerospace: aerospatial | aeronautique
    security: securite
    health: sanitaire
    digital health: sante numerique | e sante
    life sciences: sciences de la vie | science de la vie
    biotech: biotechnologie
    medtech: technologies medicales | dispositifs medicaux | dispositif medical
    pharma: pharmaceutique | industrie pharmaceutique
    ageing: vieillissement | silver economie
    semiconductors: semi conducteurs | semi conducteur | semiconducteur
    microelectronics: microelectronique
    electronics: electronique
    photonics: photonique
    artificial intelligence: intelligence artificielle | ia
    data: donnees
    cybersecurity: cybersecurite | cyber securite
    cloud: informatique en nuage
    high performance computing: calcul haute performance
    quantum: quantique
    robotics: robotique
    automation: automatisation
    industry 4.0: industrie 4.0 | industrie du futur
    additive manufacturing: fabrication additive
    nanotechnologies: nanotechnologie
    key enabling technologies: technologies cles generiques
    deep tech: technologies de rupture | technologie de rupture
    technologies: technologie
    ict: tic | technologies de l information
    machinery: machinisme
    mechanical engineering: genie mecanique
    chemicals: chimie
    plastics: plasturgie | plastique
    steel: acier | siderurgie
    construction: batiment | btp
    textiles: filiere textile | industrie textile
    fashion: industrie de la mode | secteur de la mode | mode et textile | textile et mode
    packaging: emballage
    # Skills, people, markets
    skills: competences | savoir faire
    pact for skills: pacte pour les competences
    upskilling: perfectionnement | montee en competences
    young: jeunes
    women: femmes
    employment: emploi
    growth: croissance
    owners: proprietaire
    investment: investir
    age: ere
    geoeconomic: geoeconomique
    geoeconomics: geoeconomie
    sovereignty: souverainete
    strategic autonomy: autonomie strategique
    reshoring: relocalisation
    competitiveness: competitif
    extend: prolongation | prolonge
    combining: combiner | combinaison | cumuler | cumul
    driving: moteur | piloter
    central: centrale
    # Title words said in French word order
    partnering: recherche de partenaires | recherche de partenaire | evenement de partenariat
    partnering: journee de partenariat | rencontres de partenariat
    partnering webinar: webinaire de partenariat | webinaire de recherche de partenaires
    vanguard initiative: initiative avant garde
    cluster award: prix du cluster | prix des clusters | prix cluster
    single stage: en une etape | en une seule etape | a une etape
    classic: classique
    framework programme: programme cadre | programmes cadres | programme cadre de recherche
    natural resources: ressources naturelles
    research and development: recherche et developpement | recherche developpement
    challenge owners: porteurs de defis | porteurs de defi | proprietaires de defis
    seventh: septieme | 7e | 7eme
    eighth: huitieme | 8e | 8eme
    ninth: neuvieme | 9e | 9eme
    tenth: dixieme | 10e | 10eme
    # Phrases for words whose single form is one letter from a common word ("privé" of "prise")
    private: secteur prive | investissement prive | investissements prives | capital prive
    private: fonds prives | financement prive | financements prives | investisseurs prives
    export: a l export | a l exportation | soutien a l export
    solar: energie solaire | energies solaires | panneaux solaires | photovoltaique
    fisheries: secteur de la peche | peche maritime | filiere peche | pecheries
    forestry: filiere foret bois | secteur forestier | forestier | forestiere
    launch: lancement officiel | evenement de lancement
    exhibition: salon professionnel | espace d exposition
    mechanical engineering: genie mecanique | industrie mecanique
    space: secteur spatial | industrie spatiale | spatiale
    presidency: presidence du conseil | presidence de l ue | presidence europeenne
    presidency: presidence danoise
    revenue: chiffre d affaires
    debate: debat public | debat politique
    """
)

# Small words that carry nothing the engine reads, and the ones it reads in English.
SMALL = entries(
    """
    : le | la | les | l | des | du | d | de | a | au | aux | ce | cet | cette | ces
    a: un | une
    : ni | ainsi | enfin | bref | sinon | que
    but: mais
    however: cependant | pourtant | par contre | toutefois | neanmoins
    so: donc | alors | du coup
    then: puis | ensuite
    : tu | il | elle | ils | elles | vous | te | t | se | s | lui | leur
    : leurs | y | toi | soi | eux | ton | ta | tes | son | sa | ses
    : votre | vos | c | ca | cela | ceci | celui | celle | ceux | celles | qu
    : petite question | une question | question rapide | j ai une question | ma question
    : une petite question | question
    i: je | j
    we: nous | on
    our: notre | nos
    my: mon | ma | mes
    me: m | moi
    : qui | dont | quoi | est ce que | est ce qu | est ce | ne | n | voici | voila | svp | stp
    : s il vous plait | s il te plait | merci d avance | par avance | bien | tres | trop
    : exactement | precisement | exact | exacte | exacts | exactes | vraiment | juste | un peu
    : etre | ete | a | as | avez | avait | avaient | aura | auront | avoir | eu
    am: suis
    are: sommes | etes | es
    were: etions | etiez
    was: etais
    have: ai | avons | ont
    : fait | faire | fais | font | faut | il faut | doit | dois | doivent | devons | devez
    : peut | peux | peuvent | pouvons | pouvez | pourrait | pourrais | pourriez | pourrions
    : vais | va | allons | allez | vont | aller | veux | veut | voulons | voulez | voudrais
    : voudrions | aimerais | aimerions | aimerait | souhaite | souhaitons | souhaiterais
    : souhaiterions | j aimerais | je voudrais | je souhaite | nous aimerions | nous souhaitons
    : savoir | sais | sait | savez | connaitre | trouver | chercher | cherche | cherchons
    : voir | regarder | verifier | confirmer | besoin | j ai besoin | avons besoin
    : travaille | travaillons | travaillez | coordonne | coordonnons | dirige | gere | gerons
    : suivons | suivre | suit | suis interesse | interesse | interessee | interesses | interessees
    : oui | non | d accord | bon | ben | euh | hum | bref | voila | tiens | dis | dites
    : pardon | excusez moi | desole | desolee | bonjour encore | re
    : a t il | a t elle | a t on | ont ils | ont elles | avons nous | avez vous | est on
    : indiquer | preciser | communiquer | donner | dire | possible | est il possible
    : est ce possible | c est possible
    : par | chez | vers | avec | sans | sous | entre | contre | parmi | selon | depuis
    : comme | aussi | meme | encore une fois | egalement | autre | autres | plusieurs | chaque
    : plus | moins | beaucoup | peu | assez | tellement | quelque | quelques | certains
    : ici | la bas | partout | ailleurs
    : si | s | quand meme | en fait | au fait | justement | d ailleurs
    : lorsque | parce que | afin de | afin que | pour que
    : actualite | actualites | au lieu de | rappel | rappels
    for: pour
    on: sur
    in: dans | en | au | aux
    before: avant | avant le | avant la
    after: apres
    until: jusqu a | jusqu au | jusqu aux | jusque | d ici
    how: comment | de quelle maniere | de quelle facon
    how much: combien | combien coute | quel prix | quel tarif | cout | tarif | prix d entree
    free: gratuit | gratuite | gratuits | gratuites | sans frais
    fee: payant | payante | frais | frais d inscription | frais de participation
    english: anglais | en anglais
    why: pk | pkoi | pq
    for: pr
    all: tt | ts
    : bcp | stp | svp | merci d avance
    why: pourquoi
    who: qui
    can we: peut on | on peut | peut on encore | pouvons nous | est ce qu on peut
    can i: puis je | je peux | est ce que je peux | pourrais je
    can you: pouvez vous | peux tu | pourriez vous | pourrais tu
    is it: c est | cest | s agit il | est il | est elle | est ce que c est
    is it still: est ce encore | c est encore | c est toujours | est il encore | est elle encore
    is: est | sera | serait
    is: est il | est elle | sera t il | sera t elle
    are: sont ils | sont elles | seront ils | seront elles
    are: sont | seront
    was: etait | a ete
    not: pas | ne pas | n est pas | jamais
    and: et
    """
)

# Subscription requests, read as the English ones ("remind me about ..."); the help
# suggests « rappelez-moi l'appel CmR ».  "Rappelez-moi quand / la date" still asks.
REQUESTS = entries(
    """
    remind me about: rappelle moi | rappelez moi | envoie moi un rappel pour
    remind me about: envoyez moi un rappel pour | envoyez moi des rappels pour
    remind me about: faites moi penser a | fais moi penser a
    tell me when: rappelle moi quand | rappelez moi quand
    tell me the date: rappelle moi la date | rappelez moi la date
    tell me the deadline: rappelle moi la date limite | rappelez moi la date limite
    notify me of: previens moi de | prevenez moi de | previens moi pour | prevenez moi pour
    notify me of: avertis moi de | avertissez moi de | tenez moi au courant de
    notify me of: tiens moi au courant de | previens moi des | prevenez moi des
    notify me: previens moi | prevenez moi | avertis moi | avertissez moi
    subscribe me to: abonne moi a | abonnez moi a
    stop reminding me about: arrete de me rappeler | arretez de me rappeler
    stop reminding me about: ne me rappelle plus | ne me rappelez plus
    """
)

PHRASES = {
    **VOCABULARY,
    **SMALL,
    **DOMAIN,
    **PLACES,
    **TIME,
    **KINDS,
    **LISTING,
    **TALK,
    **ASKING,
    **REQUESTS,
}

LEXICON = Lexicon(
    "fr",
    PHRASES,
    markers=frozenset(
        """le la les des du est sont une pour avec dans nous vous je tu il elle qui que quoi
        quand comment encore deja cette ces notre votre leur aussi tres bien merci bonjour
        salut oui non pas plus peut faut avons avez sommes etes suis etait sera ont""".split()
    ),
    letters="éèêàùçâîôûœë",
    endings=("s", "x", "e", "es", "ee", "ees"),
    kind_before_name=True,
)
