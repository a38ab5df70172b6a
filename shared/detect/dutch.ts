/**
 * Dutch word lists the detectors share: name particles, titles and ranks, public roles,
 * words that are never names, and labels of e-mail headers, signatures and contact blocks.
 * Written for Lakstift from Dutch spelling rules and government usage (see
 * assets/lexicons/README.md); the person-name lists themselves are generated.
 */

/** Tussenvoegsels, longest first so that "van der" wins over "van". */
export const PARTICLES = [
  "van de", "van der", "van den", "van het", "van 't", "van ’t", "van", "von der", "von",
  "in de", "in den", "in het", "in 't", "in ’t", "op de", "op den", "op ten", "op 't", "uit de", "uit den", "uit het",
  "aan de", "aan den", "bij de", "onder de", "over de", "voor de", "tot", "ten", "ter", "te", "de", "den", "der", "het", "'t", "’t",
  "de la", "de las", "de los", "de le", "van de la", "dela", "delos", "delas",
  "du", "da", "dos", "das", "di", "del", "della", "la", "le", "les", "lo", "d'", "el", "al", "binti", "binte", "bint", "bin", "ben", "ibn", "abu", "ait", "ap", "ferch", "i", "y",
];

/** Particles that may also open a surname with a capital when no first name precedes ("El Amrani"). */
export const CAPITAL_PARTICLES = ['El', 'Al', 'Ben', 'Bin', 'Abu', 'Ait', 'Van', 'De', 'Den', 'Der', 'Ter', 'Ten', 'Te', 'Van der', 'Van den', 'Van de', "Van 't", 'Du', 'Da', 'Di', 'Del', 'La', 'Le', 'Von', 'In', "'t", 'Op', 'Uit', 'Dela', 'Delos'];

/** Honorifics and academic titles written before a name (lower case; matching ignores the first capital). */
export const HONORIFICS = [
  'mevrouw', 'mevr.', 'mevr', 'mw.', 'mw', 'de heer', 'heer', 'dhr.', 'dhr', 'hr.', 'mr.', 'mr', 'drs.', 'drs', 'dr.', 'dr', 'ir.', 'ir',
  'ing.', 'ing', 'prof.', 'prof', 'ds.', 'bc.', 'ba', 'ma', 'msc', 'bsc', 'llm', 'zr.', 'br.', 'mgr.', 'jhr.', 'jkvr.', 'mej.',
];

/** Ranks of the police, the Koninklijke Marechaussee and the armed forces. */
export const RANKS = [
  'generaal', 'luitenant-generaal', 'generaal-majoor', 'brigadegeneraal', 'kolonel', 'luitenant-kolonel', 'majoor', 'kapitein',
  'eerste luitenant', 'luitenant', 'tweede luitenant', 'adjudant', 'sergeant-majoor', 'sergeant', 'wachtmeester-majoor',
  'opperwachtmeester', 'wachtmeester', 'korporaal', 'marechaussee', 'soldaat', 'commandeur', 'kapitein-luitenant ter zee',
  'luitenant ter zee', 'hoofdcommissaris', 'hoofdinspecteur', 'inspecteur', 'brigadier', 'hoofdagent', 'agent', 'surveillant',
];

/**
 * Roles whose holders act publicly: a name given in such a role stays readable (DESIGN.md,
 * issue #4 item 3). Lower case.
 */
export const PUBLIC_ROLES = [
  'minister-president', 'minister president', 'premier', 'minister', 'staatssecretaris', 'vicepremier', 'viceminister-president',
  'commissaris van de koning', 'commissaris van de koningin', 'burgemeester', 'wethouder', 'gedeputeerde', 'kamerlid',
  'tweede kamerlid', 'eerste kamerlid', 'voorzitter van de tweede kamer', 'voorzitter van de eerste kamer', 'nationale ombudsman',
  'koning', 'koningin', 'europees commissaris', 'eurocommissaris', 'president', 'procureur-generaal', 'ambassadeur',
  'raadslid', 'raadsleden', 'fractievoorzitter', 'statenlid', 'statenleden', 'kamerleden', 'het lid', 'de leden',
  'griffier', 'dijkgraaf', 'gouverneur', 'gezaghebber', 'lid van de tweede kamer', 'lid van de eerste kamer', 'lid van de raad',
  'lid van provinciale staten', 'europarlementariër', 'senator', 'secretaris-generaal', 'directeur-generaal', 'secretary-general',
  'director-general', 'director general', 'ambassador', 'chairman', 'prime minister', 'foreign minister', 'his excellency', 'her excellency', 'h.e.',
  // Session 10: the offices of water boards, of the council's and the Staten's clerk, the municipality's
  // and the province's top official who signs the college's decisions, the locum mayor, ombudsmen.
  'heemraad', 'hoogheemraad', 'raadsgriffier', 'statengriffier', 'gemeentesecretaris', 'provinciesecretaris', 'locoburgemeester',
  'loco-burgemeester', 'ombudsman', 'kinderombudsman', 'ombudsvrouw', 'vicepresident', 'vice-president',
  // The chief of the national police and the head of a public prosecutor's office speak for their
  // organisation in public; their function is public by nature (the seed letter: "functies … die
  // beroepsmatig in de openbaarheid treden"). A unit's police chief signing a covenant on the
  // korpschef's behalf is not (tests/fixtures/seeds, the covenant): see TRIANGLE_ROLES.
  'korpschef', 'hoofdcommissaris van politie', 'hoofdofficier van justitie', 'advocaat-generaal',
  // Heads of inspectorates and independent bodies (ZBO's, colleges of state) in their public role.
  'inspecteur-generaal', 'bestuursvoorzitter',
  // The member of the college who carries a proposal ("Portefeuillehouder: …"), the chairs of elected
  // bodies and their members outside the council itself (water boards, council committees).
  'portefeuillehouder', 'voorzitter van de raad', 'voorzitter van de gemeenteraad', 'voorzitter van provinciale staten',
  'voorzitter van de staten', 'voorzitter van de raadscommissie', 'voorzitter van het algemeen bestuur', 'voorzitter van het dagelijks bestuur',
  'lid van het algemeen bestuur', 'lid van het dagelijks bestuur', 'lid van gedeputeerde staten', 'collegelid', 'burgerlid', 'commissielid',
  'staatsraad', 'landsadvocaat', 'mayor', 'deputy mayor', 'alderman', 'member of parliament',
];

/**
 * "voorzitter van de Raad van State", "directeur van de Autoriteit Persoonsgegevens": the head of a
 * college of state, an inspectorate or an independent administrative body acts in public; the same
 * function word for an internal unit ("voorzitter van het MT", "directeur van de directie X") does not.
 * Read as PUBLIC_HEADS + "van" + PUBLIC_BODIES (names.ts joins them in one pattern, not 200 strings).
 */
export const PUBLIC_HEADS = ['voorzitter', 'president', 'vicepresident', 'directeur', 'bestuursvoorzitter', 'inspecteur-generaal'];
export const PUBLIC_BODIES = ['de raad van state', 'de algemene rekenkamer', 'de hoge raad', 'de raad van bestuur', 'de kiesraad', 'de onderzoeksraad voor veiligheid',
  'de autoriteit', 'de inspectie', 'de autoriteit persoonsgegevens', 'de autoriteit consument en markt', 'de autoriteit financiële markten',
  'de autoriteit woningcorporaties', 'de kansspelautoriteit', 'de inspectie justitie en veiligheid', 'de inspectie gezondheidszorg en jeugd',
  'de inspectie van het onderwijs', 'de inspectie leefomgeving en transport', 'de nederlandse arbeidsinspectie', 'de arbeidsinspectie',
  'het staatstoezicht op de mijnen', 'de nationale politie', 'de nederlandse zorgautoriteit', 'de nederlandsche bank', 'de sociaal-economische raad',
  'het college voor de rechten van de mens', 'de centrale raad van beroep', 'de raad voor de rechtspraak', 'de raad voor de kinderbescherming',
  'de rekenkamer', 'de rekenkamercommissie'];

/**
 * Functions that are public only in the local triangle ("driehoek", "driehoeksoverleg"): there the
 * police's team or district chief and the public prosecutor sit with the mayor as the authorities of
 * public order. Elsewhere (an internal police memo, a case file) they are civil servants' functions.
 */
export const TRIANGLE_ROLES = ['politiechef', 'basisteamchef', 'teamchef', 'districtschef', 'officier van justitie', 'politieofficier'];
/** A page that is about the local triangle (the mayor, the police and the public prosecutor together). */
export const TRIANGLE_CONTEXT = /\b(?:driehoek(?:soverleg|sberaad|soverleggen)?|gezagsdriehoek|lokale\s+driehoek|veiligheidsdriehoek)\b/i;

/**
 * Dutch political parties (national, as they write their names), so that "Van Raalte (D66)" and
 * "het lid Jansen (VVD)" are read as members of an elected body. Local parties are recognised by
 * the word "fractie" or a party-like name in parentheses after "het lid" / "raadslid".
 */
export const PARTIES = [
  'VVD', 'PvdA', 'CDA', 'D66', 'GL', 'GroenLinks', 'GroenLinks-PvdA', 'GL-PvdA', 'SP', 'PVV', 'CU', 'ChristenUnie', 'SGP', 'PvdD',
  'DENK', 'FvD', 'JA21', 'Volt', 'BBB', 'NSC', '50PLUS', 'BIJ1', 'Groep Markuszower', 'LPF', 'GPV', 'RPF', 'Lijst Pim Fortuyn',
];

/** Capitalised words that open sentences or name organisations and are never a person's name. */
export const NEVER_NAMES = new Set([
  // function words and sentence openers
  'de', 'het', 'een', 'en', 'of', 'maar', 'want', 'dus', 'dan', 'als', 'dat', 'die', 'dit', 'deze', 'wie', 'wat', 'waar', 'wanneer',
  'hoe', 'waarom', 'welke', 'welk', 'ik', 'je', 'jij', 'u', 'hij', 'zij', 'ze', 'wij', 'we', 'jullie', 'zij', 'men', 'er', 'hier',
  'daar', 'daarnaast', 'daarom', 'daarna', 'daarbij', 'daarmee', 'daardoor', 'daarvan', 'daartoe', 'hierbij', 'hiermee', 'hierdoor',
  'hiervan', 'hierin', 'verder', 'voorts', 'tevens', 'ook', 'nog', 'niet', 'geen', 'wel', 'al', 'alle', 'allen', 'iedereen', 'ieder',
  'zo', 'zoals', 'omdat', 'indien', 'mits', 'tenzij', 'hoewel', 'toen', 'nu', 'inmiddels', 'vervolgens', 'tot', 'slot', 'tenslotte',
  'ten', 'ter', 'op', 'in', 'aan', 'bij', 'met', 'voor', 'na', 'naar', 'over', 'onder', 'tussen', 'door', 'uit', 'om', 'te', 'van',
  'per', 'via', 'zonder', 'tijdens', 'sinds', 'vanaf', 'volgens', 'namens', 'betreft', 'datum', 'onderwerp', 'kenmerk', 'bijlage',
  'bijlagen', 'pagina', 'blad', 'graag', 'groet', 'groeten', 'beste', 'geachte', 'hoogachtend', 'vriendelijke', 'hartelijke', 'dank',
  'bedankt', 'alvast', 'ja', 'nee', 'oké', 'ok', 'let', 'vraag', 'vragen', 'zie', 'zorg', 'wordt', 'worden', 'is', 'zijn', 'was',
  'waren', 'heeft', 'hebben', 'kan', 'kunnen', 'moet', 'moeten', 'zal', 'zullen', 'wil', 'willen', 'mag', 'mogen', 'gaat', 'gaan',
  'komt', 'komen', 'zie', 'aldus', 'voornoemd', 'genoemde', 'betrokkene', 'betrokkenen', 'verzoeker', 'verzoekster', 'aanvrager',
  'vreemdeling', 'collega', 'collega\'s', 'allen', 'team', 'heer', 'mevrouw', 'meneer', 'minister', 'staatssecretaris', 'voorzitter',
  'directeur', 'directie', 'ministerie', 'afdeling', 'bureau', 'dienst', 'unit', 'sectie', 'cluster', 'postbus', 'kamer', 'tweede',
  'eerste', 'staten-generaal', 'rijksoverheid', 'gemeente', 'provincie', 'politie', 'openbaar', 'ministerie', 'raad', 'commissie',
  'werkinstructie', 'informatiebericht', 'beslisnota', 'nota', 'memo', 'brief', 'e-mail', 'mail', 'telefoon', 'mobiel', 'fax', 'tel',
  'januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', 'verzonden', 'cc', 'bcc', 'aan', 'van',
  'den', 'haag', 'nederland', 'nederlandse', 'justitie', 'veiligheid', 'migratie', 'asiel', 'binnenlandse', 'zaken', 'buitenlandse',
  'koninkrijksrelaties', 'financiën', 'defensie', 'onderwijs', 'economische', 'landbouw', 'sociale', 'volksgezondheid',
  'infrastructuur', 'waterstaat', 'klimaat', 'cultuur', 'wetenschap', 'welzijn', 'sport', 'werkgelegenheid', 'algemene',
  'directoraat-generaal', 'landelijk', 'parket', 'strategisch', 'senior', 'junior', 'adviseur', 'beleidsmedewerker', 'hoofd',
  'coördinator', 'medewerker', 'jurist', 'beslismedewerker', 'secretaris', 'woordvoerder', 'projectleider', 'manager',
  'wet', 'artikel', 'lid', 'onder', 'sub', 'besluit', 'regeling', 'verdrag', 'richtlijn', 'verordening', 'dossier', 'zaak',
  'subject', 'sent', 'from', 'date', 'attachments', 'importance', 'priority', 're', 'fw', 'fwd', 'antw', 'doorst',
  'ind', 'om', 'kmar', 'ivd', 'aivd', 'mivd', 'nctv', 'cter', 'brp', 'coa', 'dt&v', 'iom', 'unhcr', 'eu', 'vn', 'nl',
]);

/** Words that mark an organisation, a team or a place rather than a person. */
export const ORG_WORDS = /\b(?:ministerie|directie|directoraat|afdeling|team|unit|bureau|dienst|postbus|secretariaat|servicedesk|helpdesk|kabinet|staf|raad|commissie|college|gemeente|provincie|politie|parket|rechtbank|hof|inspectie|autoriteit|agentschap|stichting|vereniging|b\.v\.|n\.v\.|bv|nv|cluster|sectie|divisie|eenheid|programma|project|werkgroep|overleg|kamer|den haag|nederland|europa|info|mailbox|functionele?)\b/i;

/** Lines that close a letter or e-mail: the signer's name follows (on the same line or below). */
export const SIGNOFF_START = /^((?:met\s+(?:vriendelijke|hartelijke|collegiale)\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|groet(?:en|jes)?|gr\.?|vr\.?\s*gr\.?|m\.?v\.?g\.?|hoogachtend|namens\s+deze|met\s+groet|dank\s+en\s+groet|kind\s+regards|regards|best\s+regards))\s*[,.!]?(?=\s|$)/i;
export const SIGNOFF = /^(?:met\s+(?:vriendelijke|hartelijke|collegiale)\s+groet(?:en)?|vriendelijke\s+groet(?:en)?|hartelijke\s+groet(?:en)?|groet(?:en)?|mvg|hoogachtend|namens\s+deze|met\s+groet|tot\s+ziens|dank\s+en\s+groet|kind\s+regards|regards|best\s+regards)\s*[,.!]?\s*$/i;

/** Labels after which a contact person's name is written (same line after a colon, or the next line). */
export const CONTACT_LABELS = /^(?:contactpersoon|contactpersonen|contact|behandeld\s+door|behandelaar|inlichtingen(?:\s+bij)?|opgesteld\s+door|auteur|steller|eigenaar(?:\s+van\s+deze\s+\w+)?|projectleider|ambtenaar|ondertekend\s+door|paraaf|akkoord|gezien|in\s+afschrift\s+aan)\b/i;

/**
 * Labels with a colon after which the names of the people who made or attended something follow
 * ("Onderzoeker: …", "Consultant: …", "Aanwezig: A, B en C", "Actie: …"): the words of report
 * title pages, minutes and action lists.
 */
export const PERSON_LABELS = /^(?:(?:nieuwe|vorige|huidige|oude|overdragende|ontvangende|behandelende|verantwoordelijke|vaste|tijdelijke|eerste|tweede|interne|externe|juridisch|juridische|betrokken)\s+)?(?:behandelaar|contactpersoon|overdracht\s+(?:aan|door|van)|overgedragen\s+(?:aan|door)|onderzoeker|onderzoekers|consultant|consultants|adviseur|adviseurs|opdrachtgever|uitgevoerd\s+door|geschreven\s+door|gemaakt\s+door|getest\s+door|beoordeeld\s+door|gecontroleerd\s+door|redacteur|redactie|notulist|notulen|verslag|verslaglegging|secretaris|casemanager|accountmanager|co[oö]rdinator|tester|testers|reviewer|auditor|auteurs?|auteur\(s\)|author|authors|researcher|researchers|prepared\s+by|written\s+by|contact\s+person|aanwezig|aanwezigen|afwezig|afgemeld|afwezig\s+met\s+(?:bericht|kennisgeving)|met\s+(?:bericht|kennisgeving)\s+afwezig|verhinderd|afmeldingen|voorzitter|notulist|notulen|gasten|te\s+gast|vervanger|vervangster|plaatsvervanger|achtervang|gesprekspartners?|geïnterviewden?|geinterviewden?|deelnemers|genodigden|leden|groepsleden|teamleden|projectleden|actiehouder|actie|wie|eigenaar|uitvoerder|inspecteur|toezichthouder|begeleider|mentor|tolk|gehoormedewerker|beslismedewerker|medewerker|behandelend\s+ambtenaar|naam|namen|volledige\s+naam|achternaam|voornaam|voornamen|roepnaam|naam\s+(?:medewerker|behandelaar|aanvrager|verzoeker|klager|melder|contactpersoon|betrokkene|beller)|aanvrager|aanvraagster|verzoeker|verzoekster|klager|klaagster|indiener|indienster|melder|meldster|bezwaarmaker|appellant|belanghebbende|betrokkene|gemachtigde|beller|gebeld\s+door|ingediend\s+door|aangevraagd\s+door|gemeld\s+door|genoteerd\s+door|opgenomen\s+door|teruggebeld\s+door|doorverbonden\s+met|gesprek\s+met|gesproken\s+met|telefoongesprek\s+met|toegewezen\s+aan|in\s+behandeling\s+bij|vastgesteld\s+door|goedgekeurd\s+door|geaccordeerd\s+door|gespreksleider|interviewer|consulent|klantmanager|dossierbehandelaar|zaakbehandelaar|klachtbehandelaar|klachtencoördinator|verantwoordelijke|eindverantwoordelijke|(?:aanwezig(?:en)?|afwezig|deelnemers|genodigden|gasten)(?:\s+[a-zà-ÿ-]+){1,3}|organisator|organizer|via|paraaf|parafen|(?:verplichte|optionele|vereiste|facultatieve)\s+deelnemers|(?:required|optional)\s+(?:attendees|participants)|attendees|participants|uitgenodigd|genodigde)\s*:/i;

/** E-mail header labels as Outlook, Thunderbird and webmail print them. */
export const HEADER_LABEL = /^(?:van|aan|cc|bcc|kopie(?:\s+aan)?|blinde\s+kopie(?:\s+aan)?|afzender|ontvangers?|geadresseerden?|verzonden\s+namens|namens|verzonden\s+door|from|to|copy|sent\s+on\s+behalf\s+of|sent\s+by)\s*:/i;
export const ANY_HEADER_LABEL = /^(?:van|aan|cc|bcc|kopie(?:\s+aan)?|blinde\s+kopie(?:\s+aan)?|afzender|ontvangers?|geadresseerden?|verzonden|verzonden\s+namens|verzonden\s+door|sent\s+by|namens|onderwerp|datum|from|to|copy|sent|subject|date|bijlagen?|attachments?|prioriteit|urgentie|belang)\s*:/i;

/** Greetings that open a message: the addressee's name follows. */
export const GREETING = /^(?:beste|hoi|hallo|dag|lieve|goedemorgen|goedemiddag|goedenavond|goedendag|goeiemorgen|goeiemiddag|goeienavond|goeiedag|morgen|middag|hé|hee|hai|ha|moi|hoihoi|hi|hey|dear|hello|geachte(?:\s+(?:mevrouw|heer|mevrouw\/heer|heer\/mevrouw))?)$/i;

/** Things a greeting addresses that are not a name. */
export const GREETING_NOT_NAME = /^(?:allen|allemaal|collega'?s?|iedereen|team|heer|mevrouw|meneer|mevrouw\/heer|minister|staatssecretaris|voorzitter|lezer|lezers|leden|dames|heren|secretaris|directeur|burgemeester|college|commissie|redactie|all|sir|madam|sirs|colleagues?|everyone|team|members?|friends|chair|minister)$/i;

/** Last parts of job titles: a compound ending in one of them is a function ("beleidsmedewerker", "Programmamanager"). */
const FUNCTION_ENDINGS = [
  'directeur', 'adviseur', 'medewerker', 'manager', 'coördinator', 'coordinator', 'secretaris', 'jurist', 'hoofd', 'leider', 'leidster',
  'specialist', 'analist', 'consultant', 'onderzoeker', 'officier', 'inspecteur', 'woordvoerder', 'behandelaar', 'voorzitter',
  'griffier', 'ambtenaar', 'rechercheur', 'arts', 'psycholoog', 'docent', 'assistent', 'assistente', 'controller', 'auditor',
  'architect', 'ontwerper', 'ontwikkelaar', 'engineer', 'functionaris', 'referendaris', 'beheerder', 'planner', 'regisseur',
  'vertaler', 'tolk', 'stagiair', 'stagiaire', 'trainee', 'kwartiermaker', 'officer', 'advisor', 'adviser', 'director', 'head',
  'lead', 'researcher', 'tester',
  // inspection, enforcement and casework ("senior toezichthouder", "handhaver", "Wmo-consulent")
  'toezichthouder', 'handhaver', 'consulent', 'controleur', 'notulist', 'secretaresse', 'archivaris', 'vertrouwenspersoon',
];
/** Words that may stand before the job title ("plaatsvervangend directeur", "senior adviseur"). */
const FUNCTION_PREFIXES = new Set(['plaatsvervangend', 'plv.', 'senior', 'junior', 'eerste', 'tweede', 'coördinerend', 'coordinerend',
  'strategisch', 'juridisch', 'algemeen', 'interim', 'waarnemend', 'adjunct', 'hoofd', 'executive', 'deputy', 'chief', 'policy', 'legal']);

/**
 * True when a line is a job title: a signature's or attendance list's function line ("Plaatsvervangend
 * directeur", "senior beleidsmedewerker", "Programmamanager", "adviseur bij de Directie X").
 * Compounds count by their last part.
 *
 * @example
 *   isFunctionLine('Plaatsvervangend directeur'); // true
 *   isFunctionLine('Hierbij de stukken.'); // false
 */
export function isFunctionLine(line: string): boolean {
  const l = line.trim().replace(/[,.]$/, '');
  if (l.length === 0 || l.length > 90) return false;
  const head = l.split(/\s+(?:van|bij|voor|in|at|of)\s+/i)[0]!.toLowerCase();
  const words = head.split(/\s+/);
  if (words.length > 4) return false;
  const last = words[words.length - 1]!;
  const isFunctionWord = (w: string) => FUNCTION_ENDINGS.some((e) => w.endsWith(e)) && /^[\p{L}-]+$/u.test(w);
  if (words.slice(0, -1).every((w) => FUNCTION_PREFIXES.has(w))) return isFunctionWord(last);
  // "Coördinator bezwaar", "Teamleider Vergunningen", "Adviseur Publiekszaken": a function, then the
  // field it works in (one or two words of letters, no verb, no sentence).
  const at = words.findIndex((w) => !FUNCTION_PREFIXES.has(w));
  const domain = words.slice(at + 1);
  return at >= 0 && isFunctionWord(words[at]!) && domain.length >= 1 && domain.length <= 2 && !/[.!?:;]/.test(l)
    && domain.every((w) => /^[\p{L}-]{3,}$/u.test(w) && !FUNCTION_DOMAIN_NOT.has(w));
}

/** Words after a function word that make a sentence or a heading rather than a job title. */
const FUNCTION_DOMAIN_NOT = new Set(['is', 'was', 'heeft', 'had', 'wordt', 'werd', 'zijn', 'gaat', 'kan', 'moet', 'zal', 'wil', 'en', 'of', 'die', 'dat', 'de', 'het', 'een', 'niet', 'ook', 'nog', 'al', 'er', 'zegt', 'vraagt', 'geeft']);

/**
 * Role words that organisations use as the local part of the mailbox they publish for the public
 * ("info@", "vragen@", "pers@", "onderzoek@"): a mailbox that is nothing but one of these words, printed
 * in a letterhead, footer, colophon or contact paragraph, is published contact data and stays. An
 * internal functional mailbox (postbus.kwaliteit@, secretariaat.dmb@, a team address in an e-mail's
 * To/CC line) is no such word alone, or stands in a header field, and stays a 10.2.g suggestion.
 * Words, not addresses: lower case, matched against the whole local part (digits after it allowed).
 */
export const PUBLIC_CONTACT_WORDS = [
  'info', 'informatie', 'contact', 'vragen', 'vraag', 'secretariaat', 'onderzoek', 'pers', 'persvoorlichting', 'voorlichting',
  'publieksvoorlichting', 'communicatie', 'media', 'woordvoering', 'klantenservice', 'klantcontact', 'service', 'receptie',
  'algemeen', 'post', 'mail', 'office', 'webredactie', 'redactie', 'website', 'webmaster', 'loket', 'meldpunt', 'klachten',
  'inlichtingen', 'aanmelden', 'inschrijving', 'hallo', 'welkom', 'press', 'enquiries', 'inquiries', 'hello', 'support',
  // service desks and a team's own address, written for the public outside a message's header fields
  'servicedesk', 'helpdesk', 'servicepunt', 'klantcontactcentrum', 'kcc', 'publiekszaken', 'team', 'frontoffice',
  // the mailbox a government body publishes for Woo requests, press and privacy questions
  'woo', 'wob', 'persvragen', 'privacy',
  // the office of an elected body (raad, staten), the public's contact for speaking and petitions
  'griffie', 'raadsgriffie', 'statengriffie',
  // Session 10: the organisation's own name as its mailbox ("gemeente@", "stadhuis@"); the data
  // protection officer, whose contact details the AVG requires to be published (art. 37 lid 7);
  // a company's mailboxes for its customers.
  'gemeente', 'gemeentehuis', 'stadhuis', 'provincie', 'provinciehuis', 'waterschap', 'fg', 'dpo', 'avg', 'gegevensbescherming',
  'functionarisgegevensbescherming', 'sales', 'verkoop', 'orders', 'bestellingen', 'offerte', 'offertes', 'customerservice', 'customercare',
  // Session 11: the addresses a body publishes for the public's reports and requests: complaints and
  // objections, data breaches and security reports (coordinated vulnerability disclosure), the
  // contact of an accessibility statement, public questions, consultation and the newsletter.
  'meldingen', 'klachtenmeldpunt', 'bezwaarschriften', 'publieksvragen', 'datalek', 'datalekken', 'cvd', 'security', 'toegankelijkheid',
  'inspraak', 'nieuwsbrief', 'webcare', 'ombudsman',
  // Session 13: the same procedures in their short forms, as every decision's objection clause and
  // complaints paragraph publish them ("bezwaar@", "klacht@", "zienswijzen@").
  'bezwaar', 'bezwaren', 'klacht', 'zienswijze', 'zienswijzen',
];
