/**
 * Names of persons (10.2.e / 5.1.2e). Cheap, exact Dutch patterns find the candidates: the
 * Outlook form "Achternaam, V. (Voornaam) tussenvoegsel", a title or rank before a name,
 * initials + tussenvoegsel + surname, a known first name + surname, and the places where
 * names stand (e-mail headers, signatures, contact blocks, greetings). compromise, with our
 * Dutch plugin, only confirms the weakest kind (a first name that is also a Dutch word).
 * Names in a public role are returned with `keep` (they go to `kept`, never to suggestions).
 */
import type { Candidate, DetectContext, Detector, KnownName } from '../types';
import { CONTACT_LABELS, GREETING, isFunctionLine, GREETING_NOT_NAME, HEADER_LABEL, ANY_HEADER_LABEL, NEVER_NAMES, ORG_WORDS, PARTIES, PERSON_LABELS, PUBLIC_BODIES, PUBLIC_HEADS, PUBLIC_ROLES, RANKS, SIGNOFF_START, TRIANGLE_CONTEXT, TRIANGLE_ROLES } from '../dutch';
import { CAP, CAPITAL_PARTICLE, FULL_SURNAME, GIVEN, HONORIFIC, INITIALS, PARTICLE, SURNAME, WS, collapse, sentenceInitial, splitLines } from '../text';
import { isAmbiguousName, isCommonWord, isCommonWordOrCompound, isEnglishWord, isFirstName, isKnownSurname, isPlace, isPossibleName, isSyllabicGivenName, isWorldName } from '../lexicon';
import { confirmPerson } from '../nlp';

const RANK = `(?:${[...RANKS].sort((a, b) => b.length - a.length).map((r) => `[${r[0]}${r[0]!.toUpperCase()}]${r.slice(1).replace(/ /g, '[ \\u00a0]+')}`).join('|')})(?![\\p{L}])`;
const TITLE = `(?:${HONORIFIC}|${RANK})`;

// The particle stands after the initials or after the first name: "Wijk, C.M. van (Carola)" and "Wijk, C.M. (Carola) van".
const OUTLOOK = new RegExp(`(?<![\\p{L}\\p{N}]|\\p{L}-)((?:${PARTICLE}${WS})?${FULL_SURNAME}),${WS}(${INITIALS})(?:${WS}(${PARTICLE})(?=${WS}\\())?(?:${WS}\\((${CAP}(?:[- ]${CAP})*)\\))?(?:${WS}(${PARTICLE})(?=[ \\t]*(?:<|;|,|\\n|$|\\[)))?`, 'gu');
// The name a person goes by, in parentheses between the initials and the surname, as formal Dutch
// writes it: "mr. L.K. (Lotte) de Wit", "J.A. (Jan) Smit". Not captured: the groups keep their numbers.
const CALLED = `(?:\\(${CAP}(?:[- ]${CAP})?\\)${WS})?`;
const TITLED = new RegExp(`(?<![\\p{L}-])(${TITLE}(?:${WS}${TITLE})*)${WS}(?:(${INITIALS})${WS}${CALLED}|(${GIVEN})${WS}(?=(?:${PARTICLE}${WS})?${FULL_SURNAME}))?(?:(${PARTICLE})${WS})?(${FULL_SURNAME})(?![\\p{L}])`, 'gu');
/** Initials followed by a surname (with its particle), at the start of a text. */
const INITIALS_THEN_SURNAME = new RegExp(`^(?:${INITIALS})${WS}(?:(?:${PARTICLE})${WS})?${FULL_SURNAME}`, 'u');
const INITIALED = new RegExp(`(?<![\\p{L}\\p{N}.@/])(${INITIALS})${WS}${CALLED}(?:(${PARTICLE})${WS})?(${FULL_SURNAME})(?![\\p{L}@])`, 'gu');
const FIRST_LAST = new RegExp(`(?<![\\p{L}\\p{N}@.])(${GIVEN})${WS}(?:(${PARTICLE})${WS})?(${FULL_SURNAME})(?![\\p{L}@])`, 'gu');
const ROLE_SURNAME = new RegExp(`(?<![\\p{L}])(?:[Mm]inister-[Pp]resident|[Mm]inister|[Ss]taatssecretaris|[Pp]remier|[Bb]urgemeester|[Ww]ethouder|[Gg]edeputeerde|[Kk]amerlid|[Rr]aadslid|[Ss]tatenlid|[Ff]ractievoorzitter|(?:het|[Dd]e)\\s+lid)\\s+(?:(${PARTICLE})\\s+)?(${SURNAME})(?![\\p{L}@])`, 'gud');
const PERSON_CUE = new RegExp(`(?<![\\p{L}])(door|met|volgens|namens|Namens|Volgens|Collega|collega|aldus|zei|meldt|meldde|mailde|belde|sprak|spreekt|gesproken\\s+met|contact\\s+met)${WS}(${CAP})(${WS}(?:${PARTICLE}${WS})?)(${SURNAME})(?![\\p{L}@])`, 'gu');
/** "Jansen, Pieter" and "Vries, Kees de" as mail programs write a display name. */
// Two surnames ("Lopes Tavares, Nilton", Spanish and Portuguese) are read as one.
const SURNAME_FIRST = new RegExp(`^((?:${PARTICLE}${WS})?${FULL_SURNAME}(?:[ \\u00a0]${CAP})?),${WS}(${CAP}(?:[- ]${CAP})?)(?:${WS}(${PARTICLE}))?$`, 'u');
const MORE_SURNAME = new RegExp(`^${WS}(?:(${PARTICLE})${WS})?(${FULL_SURNAME})(?![\\p{L}@])`, 'u');
/** A line that is nothing but a name (signature, contact column, e-mail header field). */
// A name may run on after its surname: a second or third surname joined by a particle or "e"
// (Portuguese and Cape Verdean "Tavares dos Santos Lopes"), a father's and grandfather's name
// (Somali, Afghan: "Cabdi Warsame Jama").
const NAME_LINE = new RegExp(`^[ \\t]*((?:${TITLE}${WS})*(?:(?:${INITIALS}|${GIVEN})${WS}){0,3}(?:${PARTICLE}${WS})?${FULL_SURNAME}(?:[ \\u00a0](?:(?:${PARTICLE}|e)[ \\u00a0])?${GIVEN}){0,2}|${GIVEN}[ \\u00a0]\\p{Lu}\\.|${GIVEN})[ \\t]*[,.]?[ \\t]*$`, 'u');

const roleAlternation = (roles: readonly string[]) => [...roles].sort((a, b) => b.length - a.length).map((r) => r.replace(/[.]/g, '\\.').replace(/ /g, '\\s+').replace(/-/g, '[- ]?')).join('|');
// The triangle's functions are read as roles everywhere and then dropped where the document is not about the triangle (`triangleOnly`).
const ALL_ROLES = [...PUBLIC_ROLES, ...TRIANGLE_ROLES, ...PUBLIC_HEADS];
/** "directeur van de Autoriteit Persoonsgegevens": a head's word, "van", a public body (dutch.ts). */
const HEAD_OF_BODY = `(?:${roleAlternation(PUBLIC_HEADS)})\\s+van\\s+(?:${roleAlternation(PUBLIC_BODIES)})`;
const ROLE_WORDS = `${HEAD_OF_BODY}|${roleAlternation([...PUBLIC_ROLES, ...TRIANGLE_ROLES])}`;
/** A role text that names one of the triangle's functions and no office that is public everywhere ("teamchef politie", "officier van justitie"). */
const PUBLIC_EVERYWHERE = new RegExp(`(?:^|[^\\p{L}])(?:${HEAD_OF_BODY}|${roleAlternation(PUBLIC_ROLES)})(?![\\p{L}])`, 'iu');
const TRIANGLE_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${roleAlternation(TRIANGLE_ROLES)})(?![\\p{L}])`, 'iu');
/** Per document: does any page speak of the local triangle? */
const TRIANGLE_DOCS = new WeakMap<object, boolean>();
function triangleOnly(ctx: DetectContext, role: string): boolean {
  if (!TRIANGLE_WORD.test(role) || PUBLIC_EVERYWHERE.test(role)) return false;
  let about = TRIANGLE_DOCS.get(ctx.pages);
  if (about === undefined) {
    about = ctx.pages.some((p) => TRIANGLE_CONTEXT.test(p.text));
    TRIANGLE_DOCS.set(ctx.pages, about);
  }
  return !about;
}
/** A cheap first test for ROLE_BEFORE: the first five letters of every public role, found once per page. */
// The role's first word ("politiechef", "hoofdofficier"), or its first five letters when that word is
// short ("het l"): five letters alone ("polit", "hoofd", "staat") would find ordinary words on every page.
const roleStem = (r: string) => { const w = r.split(/[\s-]/)[0]!; return w.length >= 5 ? w : r.slice(0, 5); };
const ROLE_STEMS = new RegExp([...new Set(ALL_ROLES.map(roleStem))].sort((a, b) => b.length - a.length).map((st) => st.replace(/[.]/g, '\\.')).join('|'), 'gi');
const ROLE_STEM = new RegExp(ROLE_STEMS.source, 'i');
let stemText = '';
let stemAt: number[] = [];
function roleWordNear(text: string, start: number): boolean {
  if (text !== stemText) {
    stemText = text;
    stemAt = [...text.matchAll(ROLE_STEMS)].map((m) => m.index ?? 0);
  }
  // Is there a role word in the 140 characters before the name?
  let lo = 0;
  let hi = stemAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (stemAt[mid]! < start - 140) lo = mid + 1;
    else hi = mid;
  }
  return lo < stemAt.length && stemAt[lo]! < start;
}
const PARTY = `(?:${[...PARTIES].sort((a, b) => b.length - a.length).map((p) => p.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})`;
/** A party in parentheses right after the name: "Van Raalte (D66)", "het lid Jansen (GL-PvdA)". */
const PARTY_AFTER = new RegExp(`^\\s*\\(\\s*${PARTY}\\s*\\)`, 'u');
/** English titles of office before a name (international papers): "H.E.", "General", "Director General". */
const ENGLISH_OFFICE = /(?:\bH\.\s?E\.|\b(?:General|Director[- ]General|Secretary[- ]General|Ambassador|Minister|President|Chairman|Excellency|Commissioner|Senator|Judge|Prime\s+Minister|King|Queen|Prince|Sheikh|Colonel|Major|Admiral|Lieutenant)\b)[\s,]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** Institutions and buildings written as one word with a name before them ("Scholtemuseum", "Erasmuscollege"). */
const INSTITUTION = /\p{L}{3}(?:museum|school|college|lyceum|gymnasium|kerk|theater|theatre|ziekenhuis|kliniek|centrum|fonds|instituut|academie|bibliotheek|stadion|zwembad|apotheek|fabriek|festival|monument|paviljoen|prijs|lezing|gebouw|universiteit|hogeschool|stichting|huis(?:artsenpost)?|zaal|hal|kazerne|gevangenis|markt)$/iu;
/** A public role right before the name: "De Minister van Justitie en Veiligheid, " / "minister ". */
const ROLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:de\\s+|het\\s+)?(?:${ROLE_WORDS})(?:\\s+(?:van|voor|der|in)(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]*|en|van|de|het|voor|der))+)?\\s*[,:(]?\\s*$`, 'iu');
const SIGNATURE_ROLE = new RegExp(`(?:de\\s+|het\\s+)?(?:${ROLE_WORDS})(?:\\s+(?:van|voor|der|in)\\s+[^\\n]+?)?,$`, 'iu');
// "Harmke Terpstra – burgemeester", "Jorrit Wiersma | wethouder": a dash or bar between name and role in a list.
const ROLE_AFTER = new RegExp(`^(?:\\s*[,(|–—]|[ \\t]+-)\\s*(?:de\\s+)?(${ROLE_WORDS})(?![\\p{L}])`, 'iu');
/**
 * The function cell of a table row or attendance line right after the name ("Harmke Terpstra
 * burgemeester", "Jorrit Wiersma | wethouder van Zandvoorde"): the role alone up to the line's end or
 * the next column, never a role that goes on into a sentence or before another name.
 */
const ROLE_CELL = new RegExp(`^(?:[ \\t]+|[ \\t]*[|\\t][ \\t]*)(?:de[ \\t]+)?(${ROLE_WORDS})(?![\\p{L}])(?:[ \\t]+(?:van|voor)[ \\t]+[^\\n|\\t]{1,50}?)?[ \\t]*(?=\\n|$|[ \\t]{2,}|[|\\t])`, 'iu');
/** A legal person's form after the name, with at most two more words of the company's name between ("Kees Hoogland B.V.", "Hoogland & Zonen N.V."). */
const COMPANY_AFTER = /^(?:[ \t]+(?:&[ \t]+)?\p{Lu}[\p{L}'’.-]*){0,2}[ \t]+(?:B\.[ \t]?V\.|N\.[ \t]?V\.|BV|NV)(?![\p{L}])/u;
/** The trade word of a company's name right before the person's name ("Schildersbedrijf", "Advocatenkantoor"). */
const COMPANY_HEAD = /\p{Lu}\p{Ll}{2,}(?:bedrijf|bureau|kantoor|groep|praktijk|winkel|handel|techniek|service|makelaardij|adviesbureau|holding)[ \t]+$/u;
/** An association's, foundation's or club's word right before the words of its name, on the same line. */
const ORG_HEAD = /(?:^|[^\p{L}])(?:\p{Lu}\p{Ll}*(?:vereniging|stichting|coöperatie|cooperatie|federatie|bond|club|fonds|orkest|koor|bedrijf|kantoor|bureau)|Stichting|Vereniging|Coöperatie)[ \t]+$/u;
/** A line that opens with a name (after an optional label) and ends where a role begins: "Harmke Terpstra, ", "Aanwezig: Jorrit Wiersma ". */
const ROW_NAME = /^[ \t]*(?:[\p{L} ]{2,20}:[ \t]*)?\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:\p{Lu}[\p{L}'’.-]*|van|de|der|den|ter|ten|el|al)){1,4}[ \t]*[,(|–—-]?[ \t]*$/u;

// Whole words only: a surname ending in '-en' or '-of' ("Jansen", "Prinsen") on the line above an initial is none of them.
const BAD_BEFORE_INITIAL = /(?<![\p{L}])(?:artikel|art\.|bijlage|lid|onder|sub|punt|onderdeel|fase|categorie|nr\.?|nummer|versie|stap|hoofdstuk|paragraaf|par\.|figuur|tabel|optie|scenario|variant|model|type|klasse|blok|groep|niveau|deel|vraag|kolom|rij|schaal|bijlagen|zie|en|of|t\/m|tot)\s*$/iu;

/** All matches, each word a possible start: a rejected match must not hide one that starts inside it. */
function* scan(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    re.lastIndex = m.index + 1;
  }
}

function isNameWord(w: string): boolean {
  return !NEVER_NAMES.has(w.toLowerCase()) && !ORG_WORDS.test(w);
}

const DAY_OR_MONTH = /^(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|ma|di|wo|do|vr|za|zo)$/i;

/**
 * A surname of the old farm names of the east and north ("Oosterhuis", "Nijenhuis", "Brinkhuis"):
 * '-huis' ends them as it ends institutions ("Buurthuis", "Stadhuis"). A surname the lexicons know,
 * or a '-huis' word that is no compound of dictionary words, is the name.
 */
function farmNameSurname(w: string): boolean {
  return /\p{Ll}huis$/u.test(w) && (isKnownSurname(w) || !isCommonWordOrCompound(w));
}

/**
 * A capitalised word that may be a name of any origin where the layout or the sentence already says
 * a person stands (a header field, a sign-off, a label, a column of names, a speaker): a known name,
 * or a word that is no ordinary Dutch or English word, no place, no organisation word, no function.
 * Names of origins no lexicon holds (Eritrean, Surinamese Creole, Moluccan …) pass by what they are not.
 *
 * @example
 *   slotNameWord('Merhawit'); // true
 *   slotNameWord('Handhaving'); // false
 */
export function slotNameWord(w: string): boolean {
  if (!/^(?:IJ|\p{Lu})(?:['’]\p{Lu})?[\p{Ll}'’]+(?:\p{Lu}\p{Ll}+)?(?:-(?:IJ|\p{Lu})[\p{Ll}'’]+)*$/u.test(w)) return false;
  if (isSyllabicGivenName(w)) return true;
  if (!isNameWord(w) || DAY_OR_MONTH.test(w) || isPlace(w) || STREET.test(w) || (INSTITUTION.test(w) && !farmNameSurname(w))) return false;
  if (isFirstName(w) || isKnownSurname(w)) return true;
  // The word lists are Bloom filters (a word list's false "yes" is about 1 in 60): a name of the
  // world's list that only one of the two dictionaries claims is still a name here.
  return w.split('-').every((p) => p.length >= 2 && !NEVER_NAMES.has(p.toLowerCase()) && !isFunctionLine(p) && !isPlace(p)
    && ((!isCommonWord(p) && !isEnglishWord(p)) || (isWorldName(p) && !(isCommonWord(p) && isEnglishWord(p)))));
}

/**
 * A word that opens the name of a group, project, programme or organisation: a project group or
 * working group ("Projectgroep", "Stuurgroep", "Kernteam", "Klankbordgroep"), a programme or
 * project, a public body whose name may hold a person's or a river's name ("Waterschap Aa en X",
 * "Gemeente Y"), an institution ("Sportvereniging", "Zorgcentrum").
 */
const GROUP_HEAD = /^(?:\p{L}*(?:groep|team|overleg|commissie|platform|netwerk|programma|project|vereniging|stichting|centrum|instituut|fonds|federatie|coöperatie|genootschap)|waterschap|hoogheemraadschap|wetterskip|gemeente|gemeenteraad|provincie|ministerie|omgevingsdienst|veiligheidsregio|ggd|afdeling|directie|sector|school|college|museum|ziekenhuis)$/iu;
/** Words that join the parts of an organisation's or project's name ("Aa en Maas", "Land van Cuijk", "Zuid-Holland"). */
const NAME_JOIN = /^(?:en|van|de|der|den|het|aan|op|&|voor|in|'t)$/iu;

/**
 * The name at `start` (on its line) is part of a group's, project's or organisation's name: walking
 * back over the capitalised words and joining words of that name, a word that heads such a name
 * (GROUP_HEAD) is met. "Projectgroep Zwembad Noord", "Waterschap Aa en Maas", "Programma Slim
 * Wonen": the words after the head are the thing's name, no person's. Returns the head word.
 */
export function groupNameBefore(text: string, start: number): string | undefined {
  const line = text.slice(Math.max(0, text.lastIndexOf('\n', start - 1) + 1, start - 80), start);
  // A wide gap or a tab parts a table's cells: "Team Handhaving   Jan Smit" is a unit and a person.
  const gaps = [...line.matchAll(/[ \u00a0]{2,}|\t/gu)];
  const gap = gaps[gaps.length - 1];
  const before = gap ? line.slice((gap.index ?? 0) + gap[0].length) : line;
  const words = before.split(/[ \t\u00a0]+/).filter(Boolean);
  if (/[,.;:()[\]|·]\s*$/u.test(before)) return undefined;
  for (let k = words.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
    const w = words[k]!;
    if (GROUP_HEAD.test(w)) return w;
    if (NAME_JOIN.test(w)) continue;
    if (!/^\p{Lu}[\p{L}'’-]*$/u.test(w) || /[,.;:]$/.test(w)) return undefined;
  }
  return undefined;
}

/** Street names built on a person's name ("Anna van Buerenplein", "Johan de Wittlaan") are addresses. */
// Only suffixes that (almost) never end a surname: "dijk", "veld", "hof" do (Hoogendijk, Westerveld).
const STREET = /\p{L}{3}(?:straat|laan|weg|plein|kade|gracht|singel|dreef|steeg|boulevard|plantsoen|allee|burgwal)$/iu;

/**
 * Public organisations and services that an attendance list or a table row writes right after a
 * person's initials ("Kamstra, U. Veiligheidsregio": the next cell, read on the same line): never a
 * surname, so never a person's name to spread through the dossier. Only words that are no Dutch
 * surname ("de Raad", "van der Kamer" are).
 */
const ORGANISATION_WORD = /^(?:veiligheidsregio|omgevingsdienst|waterschap|hoogheemraadschap|gemeente|ministerie|provincie|woningcorporatie|politie|brandweer|griffie|secretariaat|ggd|ggz)$/i;
function surnameOk(surname: string): boolean {
  if (STREET.test(surname) || INSTITUTION.test(surname)) return false;
  const parts = surname.replace(LEADING_PARTICLE, '').split(/[\s-]+/);
  if (parts.some((p) => ORGANISATION_WORD.test(p))) return false;
  const last = parts[parts.length - 1] ?? '';
  return isNameWord(last) && parts.every((p) => !NEVER_NAMES.has(p.toLowerCase()) || /^(?:el|al|ben|bin|abu|de|van|la|le)$/i.test(p) || ONLY_PARTICLE.test(p));
}

interface Found {
  start: number; end: number; reason: string; confidence: number; first?: string; surname?: string; particle?: string;
  /** Found where a person's name stands (header, signature, title, label, contact table): confident enough to spread to its other forms. */
  strong?: boolean;
  /** Found by a pattern in running text (not by its place in the layout). */
  pattern?: boolean;
  /** Found after a person's label ("EINDREDACTIE:"): a number on the line below is a footnote's mark, no house number. */
  afterPersonLabel?: boolean;
  /** The short code (initials, paraaf) a legend or a parenthesis gives this person ("BAK = Bola Akande"). */
  code?: string;
}

/**
 * The public role written just before a name ("wethouder", "de minister van Justitie en
 * Veiligheid,"), or null. The role's own words stand on one line, and a role followed by a name
 * of its own ("wethouder Van Wijk" on a line above a list of names) is that person's role, not the
 * next name's.
 */
function roleBefore(text: string): RegExpExecArray | null {
  // Every role opens with one of the stems: the long pattern only from a few letters before the first.
  const first = text.search(ROLE_STEM);
  if (first < 0) return null;
  const cut = Math.max(0, first - 8);
  const m = ROLE_BEFORE.exec(cut > 0 ? text.slice(cut) : text);
  if (!m) return null;
  // Positions in the caller's text; the part cut off holds no role.
  m.index += cut;
  const before = text;
  const role = m[0].replace(/\s*[,:(]?\s*$/, '');
  if (/\n/.test(role.replace(/^\s+/, ''))) return null;
  if (/(?:^|\s)(?:Van|Voor|Der|In)\s+\p{Lu}/u.test(role)) return null;
  // A role at the end of a subject line or a paragraph ("Onderwerp: bezoek burgemeester", then a
  // blank line) is not the function of the name that opens the next line; a role line above a name
  // opens with the role. A sentence wrapped after the role ("…, minister\nZuiderveld, …") goes on.
  const gap = m[0].slice(m[0].trimEnd().length);
  if (/\n/.test(gap)) {
    const at = (m.index ?? 0) + m[0].search(/\p{L}/u);
    const lineBefore = before.slice(before.lastIndexOf('\n', at - 1) + 1, at);
    if (lineBefore.trim() && (/\n[ \t]*\n/.test(gap) || /^\s*(?:onderwerp|betreft|subject|re)\s*:/i.test(lineBefore))) return null;
    // "Harmke Terpstra, burgemeester" or a table row "Harmke Terpstra   burgemeester" over the next
    // row's name: a role that closes a line opening with a name is that name's function.
    if (/\p{Lu}/u.test(lineBefore) && ROW_NAME.test(lineBefore.replace(/(?:de|het)[ \t]*$/i, ''))) return null;
  }
  return m;
}

/**
 * The public role written right before a surname in running text ("burgemeester Karimi",
 * "wethouder Wahidullah\nKarimi" with the first name between), for the dossier's other-document
 * forms (propagate.ts): a surname after a role in this document is this document's official, not
 * the private person of that surname elsewhere. Returns the role's words, or undefined.
 */
export function roleRightBefore(text: string, start: number): string | undefined {
  let before = text.slice(Math.max(0, start - 140), start);
  const given = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)[ \t]*\n?[ \t]*$/u.exec(before);
  if (given && (isFirstName(given[1]!) || slotNameWord(given[1]!))) before = before.slice(0, before.length - given[0].length + given[0].indexOf(given[1]!));
  const m = roleBefore(before);
  if (!m || ON_BEHALF.test(before.slice(0, (m.index ?? 0) + m[0].search(/\p{L}/u)).replace(/\b(?:de|het)\s*$/i, ''))) return undefined;
  const role = collapse(m[0]).replace(/^[^\p{L}]+/u, '').replace(/\s*[,:(]$/, '');
  return TRIANGLE_WORD.test(role) && !PUBLIC_EVERYWHERE.test(role) ? undefined : role;
}

/** "burgemeester Wahidullah\nKarimi": a role before a first name that the finder left out of a surname found alone. */
function roleBeforeGiven(before: string, text: string): RegExpExecArray | null {
  if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(text.trim())) return null;
  const given = /(?:^|\s)(\p{Lu}[\p{Ll}'’-]+)[ \t]*\n?[ \t]*$/u.exec(before.slice(-60));
  if (!given || !(isFirstName(given[1]!) || slotNameWord(given[1]!))) return null;
  const at = before.length - given[0].length + given[0].indexOf(given[1]!);
  return roleBefore(before.slice(0, at));
}

/**
 * A civil servant signs on behalf of a public official ("Namens de minister van …,", "In opdracht
 * van de staatssecretaris,", "i.o.v. de burgemeester"): the office named is not the signer's, whose
 * name is personal data (the seed decision letter keeps the minister, withholds the official's name).
 */
const ON_BEHALF = /(?:^|[^\p{L}])(?:namens|in\s+opdracht\s+van|i\.\s?o\.(?:\s?v\.)?|uit\s+naam\s+van|bij\s+afwezigheid\s+van|p\.\s?o\.)\s*(?:de|het)?\s*$/iu;

/** Decides whether a name found at [start, end) is given in a public role. */
export function publicRole(ctx: DetectContext, start: number, end: number, text: string, ownPlace = false): string | undefined {
  const before = ctx.text.slice(Math.max(0, start - 140), start);
  if (/namens\s+deze\s*[,.]?\s*$/i.test(before) || /\bnamens\s+deze\b[^]*$/i.test(before.slice(-40))) return undefined;
  // The role regex is anchored at the end and long; most names have no role word near them at all.
  // "burgemeester Wahidullah\nKarimi": the finder took only the surname; the role stands before the first name.
  const r0 = roleWordNear(ctx.text, start) ? roleBefore(before) ?? roleBeforeGiven(before, text) : null;
  // "teamchef Eelco Bosma" outside the triangle: a civil servant's function, not a public office.
  const m0 = r0 && triangleOnly(ctx, r0[0]) ? null : r0;
  // "Namens de minister van X, Y Z": the role before the name is the one Y Z signs for.
  const m = m0 && ON_BEHALF.test(before.slice(0, (m0.index ?? 0) + m0[0].search(/\p{L}/u)).replace(/\b(?:de|het)\s*$/i, '')) ? null : m0;
  if (m0 && !m) return undefined;
  const signedRole = bodySignature(ctx.text, start) ?? roleLineAbove(ctx.text, start, (r) => !triangleOnly(ctx, r));
  if (signedRole && !m) return `ondertekend in publieke functie: '${signedRole}'`;
  if (m) return `publieke functie: '${collapse(m[0]).replace(/^[^\p{L}]+/u, '').replace(/\s*[,:(]$/, '')}'`;
  // "wethouders Claassen, Aydın en Koster": a plural role before a list of names on its line.
  const list = ROLE_LIST.exec(before.slice(before.lastIndexOf('\n') + 1));
  if (list) return `publieke functie: '${list[1]!.trim().toLowerCase()}' (in een opsomming)`;
  // "Anouk, de burgemeester komt donderdag": a first name alone that opens a line and is followed by a
  // comma is the person addressed, not an apposition.
  const vocative = /^[ \t]*$/.test(ctx.text.slice(ctx.text.lastIndexOf('\n', start - 1) + 1, start)) && !/\s/.test(text) && ctx.text[end] === ',';
  // The long role patterns only where a role's first word follows at all.
  const next = ctx.text.slice(end, end + 90);
  const direct = vocative || !ROLE_STEM.test(next) ? null : ROLE_AFTER.exec(next.slice(0, 60));
  const after = direct ?? (vocative || !ROLE_STEM.test(next) ? null : ROLE_CELL.exec(next));
  if (after && !triangleOnly(ctx, after[1]!)) return direct
    ? `publieke functie genoemd direct na de naam: '${collapse(after[1]!).toLowerCase()}'`
    : `publieke functie in dezelfde rij als de naam: '${collapse(after[1]!).toLowerCase()}'`;
  const party = PARTY_AFTER.exec(ctx.text.slice(end, end + 40));
  if (party) return `volksvertegenwoordiger: partij '${collapse(party[0]).replace(/[()\s]/g, '')}' tussen haakjes na de naam`;
  if (ctx.profile.language === 'en' && ENGLISH_OFFICE.test(before.slice(-60).split('\n').pop() ?? '')) return `publieke functie: '${collapse(ENGLISH_OFFICE.exec(before.slice(-60).split('\n').pop() ?? '')?.[0] ?? '')}'`;
  const below = roleLineBelow(ctx.text, end);
  if (below && !triangleOnly(ctx, below)) return `ondertekend in publieke functie: '${below}'`;
  const norm = collapse(text).toLowerCase();
  const allow = (ctx.options.allowlist ?? []).find((a) => {
    const n = collapse(a).toLowerCase();
    return n.length > 0 && (norm === n || norm.endsWith(` ${n}`) || n.endsWith(` ${norm}`) || norm.includes(n));
  });
  if (allow) return `op de lijst van publieke functionarissen ('${allow}')`;
  // The same surname as an official found elsewhere. A name in a place of its own (a signature, a
  // header, a contact block) with a first name is another person unless the first names agree.
  const written = text.split(/\s+/)[0] ?? '';
  const hasFirst = /^\p{Lu}\p{Ll}/u.test(written) && text.split(/\s+/).length > 1;
  const known = ctx.memory.names.find((k) => k.public && k.surname !== undefined && norm.endsWith(k.surname.toLowerCase())
    && (k.firstName !== undefined ? !hasFirst || norm.includes(k.firstName.toLowerCase()) : !(ownPlace && hasFirst)));
  if (known) return `dezelfde persoon als '${known.full}' (publieke functie, pagina ${known.page})`;
  return undefined;
}

/**
 * Signatures side by side ("De Minister van X,    De Minister van Y," over "A. B    C. D"): the
 * nearest non-empty line above the name's line closes with a public role and a comma.
 */
function roleLineAbove(text: string, start: number, accept: (role: string) => boolean = () => true): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Only other names may stand before it on its line (a second signature beside the first).
  const before = text.slice(lineStart, start);
  if (before.trim() && !NAMES_ONLY.test(before)) return undefined;
  // The nearest non-empty line above, found without splitting the page.
  let end = lineStart - 1;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (end <= 0 || text[end - 1] !== ',') return undefined;
  const prevStart = text.lastIndexOf('\n', end - 1) + 1;
  const prevLine = text.slice(prevStart, end);
  // Signatures side by side ("de secretaris,      de burgemeester," over "A. B      C. D"): the role
  // in the name's column, the segment of the line above that starts nearest before the name.
  const col = start - lineStart;
  const segments = [...prevLine.matchAll(/\S+(?: \S+)*/g)];
  const own = segments.length > 1 ? segments.filter((g) => (g.index ?? 0) <= col + 3).pop() ?? segments[0]! : undefined;
  const prev = (own ? own[0] : prevLine).trim();
  if (!prev || /namens\s+deze/i.test(prev) || ON_BEHALF.test(prev.slice(0, Math.max(0, prev.search(ROLE_STEM))))) return undefined;
  const m = SIGNATURE_ROLE.exec(own && !prev.endsWith(',') ? `${prev},` : prev);
  if (m && accept(m[0])) return collapse(m[0]).replace(/,$/, '');
  // The officers of an elected body or its college signing its decision ("Burgemeester en wethouders
  // van X, / de secretaris, de burgemeester,", "Aldus vastgesteld in de openbare vergadering … / De
  // griffier, De voorzitter,"): they sign in their public role.
  const officer = BODY_OFFICER.exec(prev);
  if (!officer) return undefined;
  const body = BODY_SIGNED.exec(text.slice(Math.max(0, prevStart - 400), prevStart).split(/\n/).slice(-8).join('\n'));
  return body ? `${collapse(officer[0]).replace(/,$/, '')} (${collapse(body[0]).replace(/[,;]$/, '')})` : undefined;
}

/**
 * A signature block of an elected body or its college, read line by line whatever order the text
 * model gives two signatures side by side: above the name only officers' lines ("de secretaris, de
 * burgemeester,"), other signers' names and blank lines, up to the body's heading ("Burgemeester en
 * wethouders van X,", "Gedeputeerde Staten van Y,", "Aldus vastgesteld in de openbare vergadering …").
 */
function bodySignature(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim() && !NAMES_ONLY.test(text.slice(lineStart, start))) return undefined;
  const lines = text.slice(Math.max(0, lineStart - 500), Math.max(0, lineStart - 1)).split('\n').reverse();
  const officers: string[] = [];
  for (let k = 0, seen = 0; k < lines.length && seen < 7; k++) {
    const l = lines[k]!.trim();
    if (!l) continue;
    seen++;
    const segs = l.split(/,\s*|\s{3,}/).map((x) => x.trim()).filter(Boolean);
    if (segs.length > 0 && segs.length <= 3 && segs.every((x) => BODY_OFFICER.test(x))) { officers.unshift(...segs); continue; }
    if (officers.length > 0 && BODY_SIGNED.test(l) && l.length <= 120) return `${officers.join(', ')} — ${collapse(BODY_SIGNED.exec(l)![0]).replace(/[,;.]$/, '')}`;
    if (NAMES_ONLY.test(l) && l.length <= 60) continue;
    return undefined;
  }
  return undefined;
}

/** The officers who sign for a college, council, Staten or water board: the body's heading stands above them. */
const BODY_OFFICER = /^(?:de\s+)?(?:secretaris|gemeentesecretaris|griffier|voorzitter|burgemeester|dijkgraaf|secretaris-directeur|commissaris\s+van\s+de\s+koning)\s*,?$/iu;
const BODY_SIGNED = /(?:burgemeester\s+en\s+wethouders(?:\s+van\s+[^\n,]+)?|(?:het\s+)?college\s+van\s+(?:burgemeester\s+en\s+wethouders|gedeputeerde\s+staten|dijkgraaf\s+en\s+heemraden)[^\n,]*|gedeputeerde\s+staten(?:\s+van\s+[^\n,]+)?|provinciale\s+staten(?:\s+van\s+[^\n,]+)?|de\s+raad\s+van\s+de\s+gemeente[^\n,;]*|(?:het\s+)?(?:algemeen|dagelijks)\s+bestuur\s+van[^\n,]+|aldus\s+(?:vastgesteld|besloten)\s+(?:in|door)\s+de\s+(?:openbare\s+)?(?:vergadering|raad)[^\n,]*)/iu;

// Titles may open the names beside it ("drs. K. Hendriks      mr. A.C. Dekker").
const LIST_NAME = `\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:van|de|der|den|ter|ten|el|al)\\b)*(?:\\s+\\p{Lu}[\\p{L}'’-]*)?(?:\\s*\\([^)\\n]{1,30}\\))?`;
/** A plural public role before a list of names: "wethouders Claassen, Aydın en Koster", "de leden Bos (SP) en Kaya (D66)". */
const ROLE_LIST = new RegExp(`(?:^|[^\\p{L}])((?:[Ww]ethouders|[Rr]aadsleden|[Kk]amerleden|[Ss]tatenleden|[Gg]edeputeerden|[Mm]inisters|[Ss]taatssecretarissen|[Bb]urgemeesters|de\\s+[Ll]eden|De\\s+leden)\\s+)(?:${LIST_NAME}\\s*(?:,|\\s+en|\\s+and)\\s+){1,8}$`, 'u');
const NAMES_ONLY = new RegExp(`^(?:\\p{Lu}[\\p{L}'’-]*\\.?|${PARTICLE}|${TITLE}|\\s)*$`, 'u');

/** The function on the line below a name that stands alone on its line ("Mohamed Ali\nMinister van …"): a public role when it is one. */
function roleLineBelow(text: string, end: number): string | undefined {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || text.slice(end, lineEnd).trim()) return undefined;
  const next = text.slice(lineEnd + 1, lineEnd + 200).split('\n').map((l) => l.trim()).find(Boolean);
  if (!next || next.length > 80 || /[.;:]$/.test(next) || !ROLE_STEM.test(next)) return undefined;
  // "Minister van …", "Executive Chairman", "Burgemeester": a short line that names a public office.
  const m = ROLE_LINE.exec(next) ?? ROLE_IN_LINE.exec(next);
  // "Gjon Berisha\nnamens de minister van …": the signer is not the minister.
  if (m && ON_BEHALF.test(next.slice(0, Math.max(0, next.search(ROLE_STEM))))) return undefined;
  // "wethouder Ilse Baars" below a name: a role with a person's own name after it is that person's
  // role (the next row of a list or a table read column by column), not the function of the name
  // above ("Minister van …", "wethouder Financiën" name no one after the role).
  if (m && personAfterRole(next.slice((m.index ?? 0) + m[0].length))) return undefined;
  return m && next.split(/\s+/).length <= 8 ? collapse(next).replace(/,$/, '') : undefined;
}

/** The rest of a role line opens with a person's name: initials, or a first name followed by a capitalised word. */
function personAfterRole(rest: string): boolean {
  const r = /^[ \t]+((?:\p{Lu}\.[ \t]?)+|\p{Lu}[\p{L}'’-]+)[ \t]+(?:(?:van|de|der|den|ter|ten|el|al)[ \t]+)*\p{Lu}[\p{L}'’-]+/u.exec(rest);
  if (!r) return false;
  const first = r[1]!.trim();
  return /\.$/.test(first) || isFirstName(first) || (slotNameWord(first) && !isCommonWordOrCompound(first));
}

const PARTICLE_BEFORE = new RegExp(`(?:^|[^\\p{L}])${PARTICLE}[ \\t]+$`, 'u');
const ADDRESS_AFTER = /^(?:[ \t]+\d{1,4}(?:[ -]?[a-zA-Z]{1,2})?\b(?:[ \t]*[,|·][ \t]*|[ \t]*\n[ \t]*)\d{4}[ \t]?[A-Z]{2}\b|[ \t]*\n[ \t]*\d{1,4}(?:[ -]?[a-zA-Z]{1,2})?[ \t]*(?:\n|$))/;
/** "Bezoekadres Cornelis Kuijpershof 50": what follows an address label is a street. */
/** "… Berghof 54\nZaandam", "… Berghof 54, Zaandam": a house number and then a place, without a postcode. */
const NUMBER_THEN_PLACE = /^[ \t]+\d{1,4}(?:[ -]?[a-zA-Z]{1,2})?[ \t]*(?:,[ \t]*|\n[ \t]*)(\p{Lu}[\p{L}'’ -]{1,30}?)[ \t]*(?:[\n,.]|$)/u;
function placeAfterNumber(after: string): boolean {
  const m = NUMBER_THEN_PLACE.exec(after);
  return Boolean(m && isPlace(m[1]!.trim()));
}
const ADDRESS_LABEL = /(?:bezoekadres|postadres|afleveradres|vestigingsadres|correspondentieadres|adres|address|locatie)\s*:?\s*$/i;
const PARTICLE_END = new RegExp(`(?:^|\\s)${PARTICLE}\\s*$`, 'u');
const LEADING_PARTICLE = new RegExp(`^${PARTICLE}${WS}`, 'u');
const ONLY_PARTICLE = new RegExp(`^${PARTICLE}$`, 'u');
/** Particles inside a name, between its words ("Analyn de los Reyes"). */
const INNER_PARTICLES = new RegExp(`(?<=\\s)${PARTICLE}(?=\\s)`, 'gu');
const NAME_PARTICLE_WORD = new RegExp(`^${CAPITAL_PARTICLE}$`, 'u');
const LEADING_TITLES = new RegExp(`^(?:${TITLE}${WS})+`, 'u');

/** "de Vries Wouter": the word at `start` follows a particle, so it ends a surname rather than opening a name. */
function particleBefore(text: string, start: number): boolean {
  return PARTICLE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** The next non-empty line after `end` (when nothing else follows on its own line) is a job title. */
function functionBelow(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || text.slice(end, lineEnd).trim()) return false;
  const next = text.slice(lineEnd + 1, lineEnd + 160).split('\n').map((l) => l.trim()).find(Boolean);
  if (next === undefined) return false;
  // "namens de staatssecretaris van X" below a name: the signer signs for an office (a signature).
  const behalf = /^(?:namens|in\s+opdracht\s+van|i\.\s?o\.(?:\s?v\.)?|uit\s+naam\s+van)\s+(?:de|het)\s+(\S+)/i.exec(next);
  return isFunctionLine(next) || Boolean(behalf && ROLE_STEM.test(behalf[1]!));
}

/** True when a match runs over a line end into a line that starts with a label ("Subject:"). */
function intoLabelledLine(text: string, start: number, length: number): boolean {
  const nl = text.indexOf('\n', start);
  return nl >= 0 && nl < start + length && /^[ \t]*[\p{L}][\p{L} ]{0,20}:/u.test(text.slice(nl + 1, nl + 40));
}

/** A capitalised token of two short parts joined by a hyphen, the shape of a romanised East Asian given name. */
const SYLLABIC_GIVEN = /(?<![\p{L}\p{N}@._'’-])(\p{Lu}\p{Ll}{1,4}-\p{Lu}?\p{Ll}{1,5})(?![\p{L}\p{N}@'’-])/gu;
/** A short family name right before a given name, on its line: "Shin Jae-won". */
const FAMILY_BEFORE = /(?<![\p{L}\p{N}@.'’-])(\p{Lu}\p{Ll}{0,6})[ \u00a0]$/u;
const FAMILY_AFTER = new RegExp(`^[ \\u00a0](?:(${PARTICLE})[ \\u00a0])?(${FULL_SURNAME})(?![\\p{L}\\p{N}@'’-])`, 'u');
/** A family name beside a syllabic given name: no ordinary Dutch word (English ones, "Park", "Song", are Korean names), no place, label or greeting. */
function familyWord(w: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(w) || w.length < 2) return isSyllabicGivenName(w);
  if (!isNameWord(w) || DAY_OR_MONTH.test(w) || isPlace(w) || GREETING.test(w) || isFunctionLine(w)) return false;
  return isKnownSurname(w) || isWorldName(w) || !isCommonWord(w) || isPossibleName(w);
}

/** A given name (a first name or a name word of no dictionary) right before `start` on its line: "Sanne |Oduya". */
function givenBefore(text: string, start: number): boolean {
  const g = /(?:^|[\s,;:])(\p{Lu}[\p{Ll}'’-]+)[ \t\u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  return Boolean(g && (isFirstName(g[1]!) || slotNameWord(g[1]!)) && !isCommonWordOrCompound(g[1]!));
}

function patternFinds(text: string): Found[] {
  const out: Found[] = [];
  for (const m of scan(OUTLOOK, text)) {
    const surname = m[1] ?? '';
    if (!surnameOk(surname) || (m[4] === undefined && /\n/.test(m[0]))) continue;
    // "D.G. Tdjopra, T.S. de Jong": a list of names written initials first, not 'Achternaam, V.'
    // (initials before the surname, and a surname after the initials that follow the comma).
    // The same where a given name stands before the surname ("Aanwezig: Sanne Oduya, K. Lindqvist,
    // …"): the item before the comma is a whole name, so the initials open the next one.
    if (m[4] === undefined && INITIALS_THEN_SURNAME.test(text.slice((m.index ?? 0) + m[0].indexOf(m[2] ?? '', surname.length)))
      && (/\p{Lu}\.[ \t\u00a0]*$/u.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0)) || givenBefore(text, m.index ?? 0))) continue;
    const first = m[4];
    out.push({
      start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, first, surname: surname.replace(LEADING_PARTICLE, ''), particle: m[5] ?? m[3],
      confidence: first ? 0.97 : 0.85, strong: true,
      reason: first ? "naam in Outlook-vorm 'Achternaam, V. (Voornaam)'" : "naam in de vorm 'Achternaam, V.'",
    });
  }
  for (const m of scan(TITLED, text)) {
    let surname = m[5] ?? '';
    let matchEnd = (m.index ?? 0) + m[0].length;
    if (!surnameOk(surname)) {
      // "Mevrouw Sultanzade-" at the end of a cell, the other column's "Ik heb …" on the next line:
      // the surname ends at its hyphen; the word below is not part of it.
      const cut = /^([^\n]*?)-[ \t]*\n/u.exec(surname);
      if (!cut?.[1] || !surnameOk(cut[1])) continue;
      matchEnd -= surname.length - cut[1].length;
      surname = cut[1];
    }
    const title = collapse(m[1] ?? '').toLowerCase();
    // "inspecteur Immigratie- en Naturalisatiedienst": a function before an organisation's name, the
    // first part of a compound cut off at its hyphen; an ordinary word after a function is no surname.
    // "Mevrouw Sultanzade- Coaquira" is a double surname with a spaced hyphen, read on (SPACED_HYPHEN_AFTER).
    const cutAt = /^-[ \t]+((?:IJ|\p{Lu})[\p{Ll}'’]+)/u.exec(text.slice(matchEnd));
    if (/^-[ \t]/.test(text.slice(matchEnd)) && !(cutAt && spacedHyphenPart(cutAt[1]!) && slotNameWord(surname))) continue;
    if (!m[2] && !m[3] && !m[4] && RANKS.includes(title.split(' ').pop() ?? '') && isCommonWordOrCompound(surname) && !isKnownSurname(surname)) continue;
    // "inspecteur Waterschap Vallei en Veluwe": a function cell before an organisation's name in a
    // table row; two ordinary words that no name list holds are no first name and surname.
    if (m[3] && !isFirstName(m[3]) && isCommonWordOrCompound(m[3]) && surname.split(/[ \t-]+/).every((w) => isCommonWordOrCompound(w) && !isKnownSurname(w))) continue;
    // "mr." and "ir." without initials or a name after them are too often other things.
    // A surname that can be nothing but a name ("mr. Rypma", "Dr. Okonkwo") is one.
    if (!m[2] && !m[3] && /^(?:mr|dr|ir|ing|ma|ba|msc|bsc|llm|agent|heer)\.?$/.test(title) && !(/^(?:mr|dr)\.$/.test(title) && spacedSurnameOnly(surname))) continue;
    const with_ = m[2] ? ' + initialen' : m[3] ? ' + voornaam' : '';
    out.push({
      start: m.index ?? 0, end: matchEnd, first: m[3], surname, particle: m[4],
      confidence: m[2] || m[3] ? 0.95 : 0.88, reason: `titel '${title}'${with_}`, strong: true, pattern: true,
    });
  }
  for (const m of scan(INITIALED, text)) {
    const start = m.index ?? 0;
    const surname = m[3] ?? '';
    if (!surnameOk(surname)) continue;
    const initials = m[1] ?? '';
    // "Pradipta, J.\nTerugbelverzoek": initials at a line end, an ordinary word (a subject line) below.
    if (!m[2] && m[0].includes('\n') && isCommonWordOrCompound(surname) && !isKnownSurname(surname)) continue;
    const single = /^\p{Lu}\.$/u.test(initials);
    if (single && BAD_BEFORE_INITIAL.test(text.slice(Math.max(0, start - 14), start))) continue;
    // A heading "B. Verzoek" or "C. Overwegingen": one letter, then an ordinary word.
    if (single && !m[2] && !surname.includes('-') && isCommonWord(surname) && !isKnownSurname(surname) && sentenceInitial(text, start) && !functionBelow(text, start + m[0].length)) continue;
    // "…fase B. Daarna": a single capital ending a sentence, then a new sentence.
    if (single && !m[2] && !isKnownSurname(surname) && /\n\n|\n$/.test(text.slice(start, start + m[0].length))) continue;
    out.push({
      start, end: start + m[0].length, surname, particle: m[2],
      confidence: single && !m[2] ? 0.85 : 0.92, strong: !single || Boolean(m[2]), pattern: true,
      reason: m[2] ? `initialen + tussenvoegsel '${m[2]}' + achternaam` : 'initialen + achternaam',
    });
  }
  for (const m of scan(FIRST_LAST, text)) {
    const first = m[1] ?? '';
    if (intoLabelledLine(text, m.index ?? 0, m[0].length)) continue;
    let surname = m[3] ?? '';
    let particle = m[2];
    if (!surnameOk(surname)) continue;
    // A first name of no lexicon ("Ayşe", "Tjitske", "Kwabena") counts when it is a person's name
    // somewhere in the world, no ordinary word, and the surname looks like one (a particle, or a name).
    const worldFirst = !isFirstName(first) && isWorldName(first) && isNameWord(first) && !isCommonWord(first) && !isEnglishWord(first) && !isPlace(first)
      && !/\n/.test(m[0].slice(0, m[0].length - surname.length)) && !particleBefore(text, m.index ?? 0)
      && !sentenceInitial(text, m.index ?? 0) && (Boolean(particle) || isKnownSurname(surname) || (isWorldName(surname) && !isCommonWord(surname) && !isEnglishWord(surname)));
    if (!isFirstName(first) && !worldFirst) continue;
    // "Kwadwo	Teamleider": a function in the next cell is no surname.
    if (!particle && !isKnownSurname(surname) && isFunctionLine(surname)) continue;
    // "Jurgen\nVervanger": a name at the end of a cell, an ordinary word (a column header) on the next line.
    if (!particle && m[0].includes('\n') && !isKnownSurname(surname) && isCommonWordOrCompound(surname)) continue;
    // "Güneş\nVan der Laan": a line that begins with a capitalised particle holds a surname alone
    // (after a first name Dutch writes it in lower case), so the line above is another name.
    if (particle && /^\p{Lu}/u.test(particle) && m[0].slice(0, m[0].length - surname.length).includes('\n')) continue;
    // "Julian\nDalkıran, Güvenalp": a cell ending in a first name, then a display name written surname-first.
    if (m[0].includes('\n') && /^,[ \t]*\p{Lu}/u.test(text.slice((m.index ?? 0) + m[0].length))) continue;
    const start = m.index ?? 0;
    let end = start + m[0].length;
    // Two first names ("Jan Peter de Vries"): the second one is not the surname.
    if (!particle && isFirstName(surname)) {
      const more = MORE_SURNAME.exec(text.slice(end));
      // Not over a line end: "Paul Santos\nTeamleider" is a name with its function below it.
      const nextLine = more ? text.slice(end).replace(/^\s+/, '').split('\n')[0]! : '';
      if (more && (!more[0].includes('\n') || (!isFunctionLine(nextLine) && !(isCommonWordOrCompound(more[2]!) && !isKnownSurname(more[2]!)))) && surnameOk(more[2] ?? '')) {
        end += more[0].length;
        particle = more[1];
        surname = more[2] ?? '';
      }
    }
    const ambiguous = isAmbiguousName(first) || NEVER_NAMES.has(first.toLowerCase());
    const knownSurname = isKnownSurname(surname.split('-')[0] ?? surname) || Boolean(particle);
    if (ambiguous && sentenceInitial(text, start) && !knownSurname) continue;
    if (ambiguous && !knownSurname && isCommonWord(surname) && !confirmPerson(text, start, end)) continue;
    out.push({
      start, end, first, surname, particle, pattern: true, strong: !worldFirst && !ambiguous && (knownSurname || isWorldName(surname.split('-')[0] ?? surname)),
      confidence: knownSurname ? 0.92 : ambiguous ? 0.7 : 0.85,
      reason: `voornaam '${first}'${particle ? ` + tussenvoegsel '${particle}'` : ''} + achternaam${knownSurname && !particle ? ' (bekende achternaam)' : ''}`,
    });
  }
  // A surname right after a public role ("minister Dijkgraaf"): found so that it is kept, and so
  // that other mentions of the same surname are kept too.
  for (const m of scan(ROLE_SURNAME, text)) {
    const surname = m[2] ?? '';
    if (!surnameOk(surname) || (isCommonWord(surname) && !m[1])) continue;
    // "burgemeester van Voorbeeldstad", "minister voor Wonen": a lower-case "van" after a role opens
    // the place or the portfolio (a surname alone writes its particle with a capital: "burgemeester Van Dijk").
    if (m[1] && /^(?:van|voor|in)(?:\s|$)/.test(m[1]) && (isPlace(surname) || !isKnownSurname(surname) || /^van$/.test(m[1]))) continue;
    const from = m.indices?.[1]?.[0] ?? m.indices?.[2]?.[0] ?? 0;
    out.push({ start: from, end: (m.index ?? 0) + m[0].length, surname, particle: m[1], confidence: 0.8, reason: 'achternaam na een publieke functie', pattern: true });
  }
  // Unknown first names: two unusual capitalised words right after a word that introduces a person.
  for (const m of scan(PERSON_CUE, text)) {
    const first = m[2] ?? '';
    const surname = m[4] ?? '';
    const start = (m.index ?? 0) + m[0].length - (m[2]!.length + m[3]!.length + surname.length) ;
    if (isFirstName(first) || !isNameWord(first) || !surnameOk(surname)) continue;
    if ([first, ...surname.split('-')].some((w) => (isCommonWordOrCompound(w) || isEnglishWord(w)) && !isKnownSurname(w))) continue;
    // Without a known first name, at least one of the two must be a person's name somewhere in the world.
    // Names of origins no list holds ("Woelan Prasetjo") pass when both words are no word, place or function.
    if ((!isWorldName(first) && !(slotNameWord(first) && surname.split('-').every(slotNameWord) && !m[0].includes('\n'))) || isPlace(first)) continue;
    // (The name's own length: the cue word before it is not part of the span that may run over a line end.)
    if (intoLabelledLine(text, start, m[2]!.length + m[3]!.length + surname.length)) continue;
    out.push({ start, end: start + m[2]!.length + m[3]!.length + surname.length, first, surname, confidence: 0.65, reason: `twee ongebruikelijke woorden met hoofdletter na '${m[1]}'`, pattern: true });
  }
  // A name before a verb of speech or in "met X afgestemd": a capitalised word in the middle of a
  // sentence (Dutch writes ordinary words in lower case) that is a person's name somewhere.
  for (const m of speechFinds(text)) {
    const name = m[1] ?? m[3] ?? '';
    const start = m.index;
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    // Month names are written in lower case in Dutch: "van Mei" mid-sentence is a name.
    const nameWord = (w: string) => (m[3] !== undefined && MONTHS.test(w)) || (isNameWord(w) && surnameOk(w));
    if (words.length === 0 || !words.every(nameWord)) continue;
    const head = words[0]!;
    const known = isFirstName(head) || words.some((w) => isKnownSurname(w));
    // "van Mei heb ik verwerkt": after a preposition, mid-sentence, a capital says proper noun; a
    // name that is also a word is accepted there. Before a verb of speech the word may open the sentence.
    const consulted = m[3] !== undefined;
    // Before a verb of speech a word of no dictionary is a name of any origin ("Merhawit gaf aan").
    const unknownOk = !consulted && words.every(slotNameWord);
    if (consulted ? !words.every(isPossibleName) : !known && !words.some((w) => isWorldName(w)) && !unknownOk) continue;
    if (!consulted && !unknownOk && words.some((w) => (isCommonWordOrCompound(w) || isEnglishWord(w)) && !isFirstName(w) && !isKnownSurname(w))) continue;
    if (isPlace(head)) continue;
    // An action verb of minutes ("levert", "stuurt") after one word alone is too little in running
    // text: a surname alone is left to the dossier's memory of confident persons, with its reason.
    // A single word is taken there only as a first name of the lexicons or as the subject of an item of an action list ("- Tsega stuurt …").
    if (!consulted && words.length === 1 && ACTION_VERB.test(m[2] ?? '') && !isFirstName(head) && !/(?:^|\n)[ \t]*(?:[-–•*]|\d{1,2}[.)])[ \t]+$/.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (intoLabelledLine(text, start, name.length)) continue;
    out.push({ start, end: start + name.length, first: words.length === 1 || !/^\p{Lu}\./u.test(name) ? head : undefined, surname: words.length > 1 ? words[words.length - 1] : undefined,
      confidence: known ? 0.85 : 0.75, reason: `naam bij '${collapse(m[2] ?? m[4] ?? '')}' (iemand die spreekt of handelt)`, pattern: true });
  }
  // "Daarna vraagt Merhawit of …", "Volgens de planning licht Rignaldo Sumter het voorstel toe": the
  // verb of speech before its subject, mid-sentence.
  for (const m of text.matchAll(INVERTED_SPEECH)) {
    const name = m[2] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    if (sentenceInitial(text, m.index ?? 0) || /\n/.test(name)) continue;
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0 || !words.every(slotNameWord) || isPlace(words[0]!)) continue;
    out.push({ start, end: start + name.length, first: words[0], surname: words.length > 1 ? words[words.length - 1] : undefined, confidence: 0.75, reason: `naam na '${m[1]}' (iemand die spreekt of handelt)`, pattern: true });
  }
  // "In het overleg heeft Kourosh Tabatabaei aangegeven …": the subject between the auxiliary and the
  // participle of a verb of speech. Words of no dictionary, place or function there are a person's name.
  for (const m of / (?:heeft|heb|had|hebben|hadden) /.test(text) ? text.matchAll(PERFECT_SPEECH) : []) {
    const name = m[2] ?? '';
    const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0 || !words.every((w) => (isSyllabicGivenName(w) || w.split('-').every((p) => slotNameWord(p) || (isFirstName(p) && !isCommonWord(p)))) && !isPlace(w))) continue;
    const start = (m.index ?? 0) + m[1]!.length + m[0].slice(m[1]!.length).indexOf(name);
    out.push({ start, end: start + name.length, first: words[0], surname: words.length > 1 ? words[words.length - 1] : undefined, confidence: words.length > 1 ? 0.8 : 0.75,
      reason: `naam tussen '${m[1]!.trim()}' en '${m[3]}' (iemand die spreekt of handelt)`, pattern: true });
  }
  // "jurist Bolanle Adeyemi", "mijn collega Ifeoma", "beleidsmedewerker Arbër Krasniqi": a function
  // (or "collega") in lower case right before capitalised words of no dictionary, place or organisation.
  for (const m of text.matchAll(FUNCTION_THEN_NAME)) {
    const fn = m[1]!.trim();
    if (!/^collega$/i.test(fn) && !isFunctionLine(fn)) continue;
    const name = m[2]!;
    const words = name.split(/[ \t]+/).filter((w) => /^\p{Lu}/u.test(w));
    const ok = (w: string) => (isSyllabicGivenName(w) || w.split('-').every((p) => slotNameWord(p) || /^\p{Lu}['’]\p{Lu}\p{Ll}+$/u.test(p) || (isFirstName(p) && !isCommonWord(p)) || (isKnownSurname(p) && !isCommonWord(p)))) && !isPlace(w);
    if (words.length === 0 || !words.every(ok) || (words.length === 1 && !/^collega$/i.test(fn))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({ start, end: start + name.length, first: words[0], surname: words.length > 1 ? words[words.length - 1] : undefined, confidence: 0.8,
      reason: `naam na '${fn}' (een functie of collega, geen organisatie)`, pattern: true });
  }
  // "Ik bel Shahrzad vanmiddag", "we spreken Gulalai morgen": the person the writer contacts.
  for (const m of text.matchAll(CONTACT_OBJECT)) {
    const name = m[2]!;
    if (!(slotNameWord(name) || (isFirstName(name) && !isCommonWord(name) && !isEnglishWord(name))) || isPlace(name)) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    out.push({ start, end: start + name.length, first: name, confidence: 0.75, reason: `naam na '${collapse(m[1]!)}' (iemand die de schrijver spreekt of belt)`, pattern: true });
  }
  // Two or three capitalised words in the middle of a sentence, none of them a Dutch or English word,
  // a place, a function or an organisation word, at least one a person's name somewhere in the
  // world (or three parts: given, father's and grandfather's name): "heeft Hodan Cabdi Warsame de
  // aanvraag ingediend", "in aanwezigheid van Ildikó Fekete". Not after "in", "uit", "naar" (places).
  for (const m of text.matchAll(MID_SENTENCE_NAME)) {
    const name = m[2]!;
    const words = name.split(/[ \u00a0]+/);
    if (!words.every((w) => (isSyllabicGivenName(w) || w.split('-').every((p) => slotNameWord(p))) && !isPlace(w))) continue;
    if (words.length < 3 && !words.some((w) => isFirstName(w) || isKnownSurname(w) || isWorldName(w))) continue;
    const start = (m.index ?? 0) + m[0].length - name.length;
    if (sentenceInitial(text, start)) continue;
    out.push({ start, end: start + name.length, first: words[0], surname: words[words.length - 1], confidence: 0.7, reason: 'twee of drie onbekende woorden met hoofdletter midden in een zin (geen gewoon woord, plaats of organisatie)', pattern: true });
  }
  // "Volgens Bernadett is …", "Kun je Bořivoj vragen …": a first name alone where a person is cited or
  // asked. Only a first name of the lexicons that is no word or place (never "volgens Eurostat").
  for (const m of CITED_OR_ASKED_GATE.test(text) ? text.matchAll(CITED_OR_ASKED) : []) {
    const name = m[2] ?? m[3] ?? '';
    if (!isFirstName(name) || isAmbiguousName(name) || isCommonWord(name) || isEnglishWord(name) || isPlace(name) || !isNameWord(name)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(name, m[1]!.length);
    out.push({ start, end: start + name.length, first: name, confidence: 0.8, reason: `voornaam na '${collapse(m[1]!)}' (iemand die iets zegt of iets moet doen)`, pattern: true });
  }
  // "@Senait heeft ze": a person mentioned in a chat.
  if (text.includes('@')) {
    for (const m of text.matchAll(MENTION)) {
      const name = m[1] ?? '';
      if (!slotNameWord(name)) continue;
      const start = (m.index ?? 0) + m[0].length - name.length;
      out.push({ start, end: start + name.length, first: name, confidence: 0.8, reason: "genoemd met '@' in een chatbericht", pattern: true });
    }
  }
  // "Yopie en Wojciech bellen de aanvrager": two first names joined by "en" as the subject of a plural verb.
  for (const m of / en /.test(text) ? text.matchAll(TWO_SUBJECTS) : []) {
    const pair = [m[1]!, m[2]!];
    // Two words of no dictionary before a plural verb of action ("Isenia en Hrytsenko bellen") are
    // persons of any origin; a lexicon's name is not needed when neither is a word, place or function.
    if (!pair.every((w) => slotNameWord(w) && !isPlace(w)) || !pair.some((w) => isFirstName(w) || isWorldName(w) || w.length >= 5)) continue;
    let at = m.index ?? 0;
    for (const w of pair) {
      const start = text.indexOf(w, at);
      at = start + w.length;
      out.push({ start, end: start + w.length, first: w, confidence: 0.75, reason: `naam vóór '${m[3]}' (twee personen die iets doen)`, pattern: true });
    }
  }
  // "Siosaia Taufa (jurist) heeft …", "Tenzin Dorje (COA)": two or three words of no dictionary before a
  // function or an organisation's abbreviation in parentheses.
  // Parentheses are rarer than capitals: find each " (" first, then read the name right before it.
  for (let at = text.indexOf(' ('); at >= 0; at = text.indexOf(' (', at + 2)) {
    if (!/\p{Ll}/u.test(text[at - 1] ?? '')) continue;
    const close = text.indexOf(')', at + 2);
    if (close < 0 || close - at > 42 || text.slice(at + 2, close).includes('\n')) continue;
    const before = NAME_BEFORE_PAREN.exec(text.slice(Math.max(0, at - 70), at));
    if (before) {
      const m = { 1: before[1]!, 2: text.slice(at + 2, close), index: at - before[1]!.length };
      const name = m[1];
      const inner = m[2].trim();
      const words = name.split(/[ \u00a0]+/).filter((w) => !ONLY_PARTICLE.test(w));
      if (!(isFunctionLine(inner) || /^[A-Z][A-Za-z&]{1,6}$/.test(inner) && inner !== inner.toLowerCase() && /[A-Z]{2}/.test(inner))) continue;
      if (!words.every((w) => (isSyllabicGivenName(w) || w.split('-').every((p) => slotNameWord(p))) && !isPlace(w))) continue;
      const start = m.index ?? 0;
      if (sentenceInitial(text, start) && !words.some((w) => isFirstName(w) || isWorldName(w))) continue;
      out.push({ start, end: start + name.length, first: words[0], surname: words[words.length - 1], confidence: 0.8, reason: `naam met functie of organisatie tussen haakjes ('${inner}')`, pattern: true });
    }
  }
  // "Vanaf 1 april is Yopie Latuheru het aanspreekpunt": "is", the name, then the person's role in the matter.
  for (const m of ROLE_IS_GATE.test(text) ? scan(IS_NAME_ROLE, text) : []) {
    const name = m[1] ?? '';
    const start = (m.index ?? 0) + m[0].indexOf(name, 2);
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0 || !words.every((w) => slotNameWord(w) || (isKnownSurname(w) && !isCommonWord(w))) || isPlace(words[0]!)) continue;
    out.push({ start, end: start + name.length, first: words[0], surname: words.length > 1 ? words[words.length - 1] : undefined, confidence: 0.85, reason: `naam vóór '${collapse(m[2] ?? '')}' (iemands rol in de zaak)`, pattern: true });
  }
  // "De contactpersoon voor dit dossier is Khalid.": a person's role, then "is" and the name.
  for (const m of ROLE_IS_GATE.test(text) ? scan(ROLE_IS, text) : []) {
    const name = m[2] ?? '';
    const start = (m.index ?? 0) + m[0].length - name.length;
    const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
    if (words.length === 0 || !words.every((w) => isNameWord(w) && surnameOk(w)) || isPlace(words[0]!)) continue;
    if (!words.some((w) => isFirstName(w) || isKnownSurname(w) || (isWorldName(w) && !isCommonWord(w) && !isEnglishWord(w)))) continue;
    out.push({ start, end: start + name.length, first: words[0], surname: words.length > 1 ? words[words.length - 1] : undefined, confidence: 0.85, reason: `naam na '${collapse(m[1] ?? '')} … is'`, pattern: true });
  }
  // "Seo-yeon", "Shin Jae-won", "Min-jae Kang": a given name of two romanised syllables joined by a
  // hyphen (Korean, some Chinese) is a person's name wherever it stands; the family name is the
  // short capitalised word right before it (surname first) or the surname right after it.
  for (const m of text.includes('-') ? text.matchAll(SYLLABIC_GIVEN) : []) {
    const given = m[1]!;
    if (!isSyllabicGivenName(given)) continue;
    let start = m.index ?? 0;
    let end = start + given.length;
    let surname: string | undefined;
    const before = FAMILY_BEFORE.exec(text.slice(Math.max(0, start - 14), start));
    const after = before ? null : FAMILY_AFTER.exec(text.slice(end, end + 60));
    if (before && familyWord(before[1]!)) {
      surname = before[1]!;
      start -= before[0].length;
    } else if (after && after[2]!.split(/[ \u00a0]+/).every(familyWord)) {
      surname = after[2]!;
      end += after[0].length;
    }
    out.push({
      start, end, first: given, surname, confidence: surname ? 0.88 : 0.78, strong: Boolean(surname), pattern: true,
      reason: surname ? 'voornaam van twee lettergrepen met koppelteken (Koreaans, Chinees) naast een familienaam' : 'voornaam van twee lettergrepen met koppelteken (Koreaans, Chinees)',
    });
  }
  return out;
}

const INVERTED_SPEECH = new RegExp(`(?<![\\p{L}])(vraagt|vroeg|zegt|zei|meldt|meldde|merkt|merkte|licht|lichtte|stelt|stelde|geeft|gaf|wijst|wees|antwoordt|antwoordde|reageert|reageerde|benadrukt|benadrukte|bevestigt|bevestigde|concludeert|concludeerde|deelt|deelde|vertelt|vertelde|legt|legde|neemt|nam|pakt|pakte|stuurt|stuurde|belt|belde|mailt|mailde|regelt|regelde|schrijft|schreef|controleert|informeert|zoekt)[ \\t]+(${GIVEN}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${GIVEN})?)(?![\\p{L}@])`, 'gu');
const PERFECT_SPEECH = new RegExp(`(?<![\\p{L}])((?:heeft|heb|had|hebben|hadden)[ \\t]+)(${GIVEN}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?${GIVEN}){0,2})[ \\t]+(?:\\p{Ll}+[ \\t]+){0,4}?(aangegeven|gemeld|gevraagd|gezegd|laten[ \\t]+weten|toegezegd|voorgesteld|toegelicht|opgemerkt|bevestigd|benadrukt|gebeld|gemaild|geantwoord|gereageerd|aangekondigd|uitgelegd|verteld|geschreven|beloofd|afgestemd|overlegd|gesproken|ge[iï]nformeerd|uitgenodigd|bedankt)(?![\\p{L}])`, 'gu');
const FUNCTION_THEN_NAME = new RegExp(`(?<![\\p{L}])(\\p{Ll}[\\p{Ll}ö-]{3,}[ \\t]+)(${GIVEN}(?:[ \\t]+(?:${PARTICLE}[ \\t]+)?(?:${GIVEN}|\\p{Lu}['’]${GIVEN})){0,2})(?![\\p{L}\\p{N}@'’]|[ \\t]+\\p{Lu})`, 'gu');
const CONTACT_OBJECT = new RegExp(`(?<![\\p{L}])((?:[Ii]k|[Ww]e|[Ww]ij)[ \\t]+(?:bel|spreek|spreken|mail|mailen|app|appen|bellen|zie|zien|vraag|vragen|informeer|informeren)(?:[ \\t]+(?:morgen|vandaag|straks|nog|even|zo))?[ \\t]+)(${GIVEN})(?![\\p{L}\\p{N}@'’-]|[ \\t]+\\p{Lu})`, 'gu');
const MID_SENTENCE_NAME = new RegExp(`(?<=\\p{Ll}[,;]?[ \\u00a0])(?<!(?:^|[^\\p{L}])(?:in|uit|naar|te|vanuit|richting|via|nabij|rond|bij|op|the|of|and)[ \\u00a0])()((?:${GIVEN})(?:[ \\u00a0]${GIVEN}){1,2})(?![\\p{L}\\p{N}@'’]|[ \\u00a0]${CAP}|[.-]\\p{L})`, 'gu');
const CITED_OR_ASKED_GATE = /olgens|un je|an je|il je|unt u/;
const CITED_OR_ASKED = new RegExp(`(?<![\\p{L}])((?:[Vv]olgens)[ \\t]+(?=${CAP}[ \\t]+(?:is|was|zijn|moet|kan|zal|heeft|hebben|wordt|gaat|komt)\\b)|(?:[Kk]un|[Kk]an|[Ww]il)[ \\t]+(?:je|jij)[ \\t]+(?=${CAP}[ \\t]+(?:even[ \\t]+)?(?:vragen|bellen|mailen|appen|informeren|laten\\s+weten|uitnodigen|cc'en|doorsturen|helpen)\\b))(?:(${CAP})|(${CAP}))`, 'gu');
const MENTION = /(?<![\p{L}\p{N}._%+-])@(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}.@-])/gu;

/** A person's role in a matter, then "is" and the name: "de contactpersoon voor dit dossier is Khalid". */
const ROLE_IS_GATE = /ervanger|ontactpersoon|anspreekpunt|ehandela|ehandelend|asemanager|ossierhouder|rojectleider|rdinator|rekker|ertegenwoordiger|psteller|uteur|otulist/;
const NAME_BEFORE_PAREN = new RegExp(`(?<![\\p{L}\\p{N}@.'’-])(${GIVEN}(?:[ \\u00a0](?:${PARTICLE}[ \\u00a0])?${GIVEN}){1,2})$`, 'u');
const TWO_SUBJECTS = new RegExp(`(?<![\\p{L}\\p{N}@.])(\\p{Lu}\\p{Ll}+)[ \\t]+en[ \\t]+(\\p{Lu}\\p{Ll}+)[ \\t]+(bellen|sturen|mailen|nemen|pakken|regelen|zoeken|gaan|hebben|maken|plannen|overleggen|stemmen|schrijven|bereiden|leveren|controleren|bekijken|informeren|zorgen|werken|zullen|moeten|spreken|melden|vragen|geven|lichten|nemen)(?![\\p{L}])`, 'gu');
const IS_NAME_ROLE = new RegExp(`(?<![\\p{L}])(?:is|wordt|blijft|was|zijn)${WS}((?:${CAP})(?:${WS}(?:${PARTICLE}${WS})?${GIVEN}){0,2})${WS}((?:het|de|ons|jullie|uw)${WS}(?:(?:eerste|vaste|nieuwe|tijdelijke|vervangende)${WS})?(?:aanspreekpunt|contactpersoon|behandelaar|casemanager|dossierhouder|projectleider|co[oö]rdinator|trekker|vervanger|notulist))(?![\\p{L}])`, 'gu');
const ROLE_IS = new RegExp(`(?<![\\p{L}])([Cc]ontactpersoon|[Aa]anspreekpunt|[Bb]ehandelaar|[Bb]ehandelend\\s+medewerker|[Cc]asemanager|[Dd]ossierhouder|[Pp]rojectleider|[Cc]o[oö]rdinator|[Tt]rekker|[Vv]ertegenwoordiger|[Oo]psteller|[Aa]uteur|[Nn]otulist)(?:\\s+[^.\\n:;]{0,40}?)?\\s+(?:is|was|wordt|blijft)${WS}((?:${CAP})(?:${WS}(?:${PARTICLE}${WS})?${GIVEN})?)(?![\\p{L}@])`, 'gu');

const MONTHS = /^(?:Januari|Februari|Maart|April|Mei|Juni|Juli|Augustus|September|Oktober|November|December)$/;
const SPEECH_VERBS = 'gaf\\s+aan|geeft\\s+aan|(?:al\\s+)?aangaf|(?:al\\s+)?aangeeft|opmerkte|merkt(?:e)?\\s+op|meldt(?:e)?|meldde|zegt|zei|vraagt|vroeg|stelt(?:e)?\\s+voor|stelde\\s+voor|licht(?:te)?\\s+toe|antwoordt|antwoordde|reageert|reageerde|bevestigt|bevestigde|benadrukt(?:e)?|wijst\\s+erop|wees\\s+erop|schrijft|schreef|mailt(?:e)?|mailde|belt(?:e)?|belde|appte|neemt\\s+contact|nam\\s+contact|heeft\\s+(?:aangegeven|gemeld|gevraagd|gezegd|laten\\s+weten|toegezegd)|zal\\s+(?:nagaan|navragen|uitzoeken|contact)|gaat\\s+na|zoekt\\s+uit|pakt\\s+op|stuurt|stuurde|verstuurt|regelt|regelde|plant|controleert|informeert|bereidt|levert|verwerkt|agendeert|zorgt\\s+voor|checkt|bekijkt|beoordeelt|organiseert|co[oö]rdineert|werkt\\s+uit|schuift\\s+aan|sluit\\s+aan|koppelt\\s+terug|legt\\s+voor|neemt\\s+(?:over|op|mee)|is\\s+akkoord|was\\s+akkoord|ziet\\s+geen|wil\\s+(?:het|de|dat|graag)|kan\\s+je\\s+helpen|kan\\s+u\\s+helpen';
/** "Fatima merkt op", "met Nadia afgestemd", "van Mei verwerkt": a name where a person speaks or is consulted. */
// Verbs are rarer than capitals: find the verb first, then read the name right before it.
// ASCII verbs: without the u flag the scan is several times faster.
const SPEECH_HIT = new RegExp(`(${SPEECH_VERBS}|(?:heb|hebben|had|hadden|is|zijn|was|waren)\\s+(?:afgestemd|overlegd|gesproken|gebeld))(?![a-zA-Z\\u00c0-\\u024f])`, 'g');
const ACTION_VERB = /^(?:stuurt|stuurde|verstuurt|regelt|regelde|plant|controleert|informeert|bereidt|levert|verwerkt|agendeert|zorgt|checkt|bekijkt|beoordeelt|organiseert|co[oö]rdineert|werkt|schuift|sluit|koppelt|legt|neemt)\b/;
const SP = '[ \\t\\u00a0]+';
const CONSULTED_TWO = new RegExp(`(?:^|[^\\p{L}])(?:met|van|aan|bij|door|voor)${SP}(\\p{Lu}\\p{Ll}+(?:-(?:\\p{Lu}\\p{Ll}+|\\p{Ll}{1,5}(?![\\p{L}])))?)${SP}(?:en|of)${SP}(\\p{Lu}\\p{Ll}+(?:-(?:\\p{Lu}\\p{Ll}+|\\p{Ll}{1,5}(?![\\p{L}])))?)$`, 'u');
const LAST_WORD_CAPITAL = /(?:^|[\s(])\p{Lu}[\p{L}'’-]*$/u;
const NAME_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}@.])(\\p{Lu}\\p{Ll}+(?:-(?:\\p{Lu}\\p{Ll}+|\\p{Ll}{1,5}(?![\\p{L}])))?(?:${SP}(?:${PARTICLE}${SP})?${GIVEN})?)$`, 'u');
const CONSULT_HIT = new RegExp(`(afgestemd|overlegd|gesproken|gebeld|besproken|verwerkt|ontvangen|doorgestuurd|gevraagd|nagevraagd|gecontroleerd|bekeken|heb\\s+ik|hebben\\s+we)(?![a-zA-Z\\u00c0-\\u024f])`, 'g');
const CONSULTED_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:met|van|aan|bij|door|voor)${SP}(\\p{Lu}\\p{Ll}+(?:-(?:\\p{Lu}\\p{Ll}+|\\p{Ll}{1,5}(?![\\p{L}])))?)$`, 'u');

/** "Fatima merkt op", "met Nadia afgestemd", "van Mei verwerkt": [, name before a verb of speech, verb, name consulted, verb] with its offset. */
function speechFinds(text: string): { 1?: string; 2?: string; 3?: string; 4?: string; index: number }[] {
  const out: { 1?: string; 2?: string; 3?: string; 4?: string; index: number }[] = [];
  for (const v of text.matchAll(SPEECH_HIT)) {
    const at = v.index ?? 0;
    if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue;
    const from = Math.max(0, at - 60);
    const before = text.slice(from, at).replace(/[ \t\u00a0\n]+$/, '');
    // Most verbs follow an ordinary word: test the last word's capital before the full pattern.
    if (!LAST_WORD_CAPITAL.test(before)) continue;
    const m = NAME_BEFORE.exec(before);
    let name = m?.[1];
    // "Nadat Gülşen had gebeld": a sentence's first word is no part of the name after it.
    const head = name?.split(/\s+/)[0] ?? '';
    if (name && name.includes(' ') && !isFirstName(head) && (NEVER_NAMES.has(head.toLowerCase()) || isCommonWord(head))) name = name.slice(name.search(/\s\S+$/) + 1);
    if (name) out.push({ 1: name, 2: v[1], index: from + before.length - name.length });
  }
  for (const v of text.matchAll(CONSULT_HIT)) {
    const at = v.index ?? 0;
    if (at > 0 && /\p{L}/u.test(text[at - 1]!)) continue;
    const from = Math.max(0, at - 40);
    const before = text.slice(from, at).replace(/[ \t\u00a0\n]+$/, '');
    if (!LAST_WORD_CAPITAL.test(before)) continue;
    const m = CONSULTED_BEFORE.exec(before);
    if (m?.[1]) out.push({ 3: m[1], 4: v[1], index: from + before.length - m[1].length });
    // "met Stijn en Fleur afgestemd": both.
    const two = CONSULTED_TWO.exec(before);
    if (two?.[1] && two[2]) {
      const base = from + before.length - two[0].length;
      const firstAt = two[0].lastIndexOf(two[1], two[0].length - two[2].length - 4);
      out.push({ 3: two[1], 4: v[1], index: base + firstAt }, { 3: two[2], 4: v[1], index: from + before.length - two[2].length });
    }
  }
  return out;
}

/** Two to five words in capitals (a particle or initial among them allowed), as small capitals come out of the text model. */
const CAPITAL_RUN = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)*|\p{Lu}\.)(?:[ \u00a0]+(?:\p{Lu}[\p{Lu}'’]+(?:-\p{Lu}[\p{Lu}'’]+)*|\p{Lu}\.)){1,5}(?![\p{L}\p{N}])/gu;
const LOWER_PARTICLES = new Set(['van', 'de', 'den', 'der', 'ter', 'ten', 'te', 'het', 'op', 'in', 'uit', 'dos', 'da', 'das', 'do', 'di', 'la', 'le', 'del', 'dela', 'delos', 'von', 'du']);
const TITLE_CASE_WORDS = /^(?:mevrouw|mevr|heer|de|dhr|mr|dr|drs|ir|prof)$/;
/**
 * The text with runs of capitalised words that hold a person's name ("JAN BAKKER", "MEVROUW SEVGI
 * ÖZTÜRK-VAN DEN BERG") written as names are ("Jan Bakker", particles in lower case), offsets
 * unchanged. A run changes only when one of its words is a known first name or a title, so that
 * headings and abbreviations in capitals stay what they are.
 */
function capitalsAsNames(text: string, slotFinds?: Found[]): string {
  if (!/\p{Lu}{3}/u.test(text)) return text;
  return text.replace(CAPITAL_RUN, (run, offset: number) => {
    const words = run.split(/([ \u00a0]+)/);
    const cased = words.map((w, k) => {
      if (/^[ \u00a0]+$/.test(w) || /^\p{Lu}\.$/u.test(w)) return w;
      return w.split('-').map((p, j) => {
        const low = p.toLowerCase();
        if ((k > 0 || j > 0) && LOWER_PARTICLES.has(low)) return low;
        return p.charAt(0) + p.slice(1).toLowerCase();
      }).join('-');
    });
    const plain = cased.filter((w) => /\p{L}{2}/u.test(w));
    const named = plain.some((w) => TITLE_CASE_WORDS.test(w.toLowerCase()))
      || (plain.length >= 2 && plain.some((w, k) => isFirstName(w) && plain.some((o, j) => j !== k && (isKnownSurname(o) || slotNameWord(o)))));
    const slot = plain.length >= 2 && plain.length <= 4 && personSlotBefore(text.slice(Math.max(0, text.lastIndexOf('\n', offset - 1) + 1), offset))
      && plain.every((w) => (w !== plain[0] && LOWER_PARTICLES.has(w)) || slotNameWord(w) || ((isFirstName(w) || isKnownSurname(w)) && !isCommonWord(w)));
    const out = cased.join('');
    if (slot && out.length === run.length) slotFinds?.push({ start: offset, end: offset + run.length, reason: 'naam in hoofdletters na een label of voorzetsel van een persoon', confidence: 0.86, strong: true, afterPersonLabel: true });
    return (named || slot) && out.length === run.length ? out : run;
  });
}

/**
 * Where the layout or the sentence says a person's name follows, whatever its case: a label of a
 * person or a colophon's role ("EINDREDACTIE:", "Auteur:", "Fotografie:") or a preposition that
 * takes a person ("door", "met", "namens"). A run of capitals there whose every word can only be a
 * name word ("EINDREDACTIE: TRIJNTJE LENFERINK", "ingevuld door FEIKJE OOSTERHUIS") is a name
 * though no word of it is a known first name (the rule above needs one).
 */
function personSlotBefore(before: string): boolean {
  const t = before.replace(/[ \u00a0\t]+$/, ' ');
  if (/(?:^|[\s(])(?:door|met|namens|i\.o\.v\.|via|collega|aan)\s$/iu.test(t)) return true;
  const label = /^\s*([\p{L}() ]{3,40}?)\s*:\s$/u.exec(t)?.[1];
  if (!label) return false;
  const low = label.toLowerCase();
  return PERSON_LABELS.test(`${low}:`) || CONTACT_LABELS.test(`${low}:`) || COLOPHON_ROLE.test(low);
}
/** Roles a colophon or a report's title page names persons by. */
const COLOPHON_ROLE = /(?:^|\s)(?:(?:eind)?redactie|(?:eind)?redacteur|auteurs?|tekst|fotografie|foto's|vormgeving|illustraties?|opmaak|samenstelling|projectleiding|begeleiding|interviews?|onderzoek|opgesteld\s+door|met\s+medewerking\s+van)$/u;

/**
 * "Aanwezig    Ida Brouwer, K. Sluis en Tom Eelman": the attendance row of minutes or an agenda
 * as a table (the label in its own cell, no colon), its persons in the next cell. Taken as the
 * label only where the row goes on with a capital and holds a list (a comma or "en") or the cell
 * gap is wide; "Aanwezig waren …" is a sentence.
 */
const ATTENDANCE_ROW = /^(?:Aanwezig(?:en)?|Afwezig|Afgemeld|Verhinderd|Deelnemers|Genodigden|Gasten|AANWEZIG|AFWEZIG)(?:[ \t]+(?:met|zonder)[ \t]+(?:bericht|kennisgeving))?([ \t]+)(?=\p{Lu})/u;
const ATTENDANCE_CELL = /^(?:Aanwezig(?:en)?|Afwezig|Afgemeld|Verhinderd|Deelnemers|Genodigden|Gasten)$/u;
function attendanceRow(s: string, next: () => string): RegExpExecArray | null {
  // The label's cell alone on its line (a table read cell by cell), the list in the next cell.
  if (ATTENDANCE_CELL.test(s)) return /,|\s(?:en|&)\s/.test(next()) && !next().includes(':') ? ATTENDANCE_CELL.exec(s) : null;
  const m = ATTENDANCE_ROW.exec(s);
  if (!m) return null;
  const rest = s.slice(m[0].length);
  return /,|\s(?:en|&)\s/.test(rest) || /\t| {2,}/.test(m[1]!) ? m : null;
}

/** A label of a form or contact block written against the name after it, with no space or colon. */
const GLUED_LABEL = /^(Contactpersoon|Behandelaar|Behandeld door|Auteur|Opsteller|Opgesteld door|Steller|Naam|Afzender|Onderzoeker|Notulist|Voorzitter|Medewerker|Inlichtingen bij|Projectleider|Casemanager|Ondertekend door|Gesprekspartner|Beller|Aanvrager|Verzoeker|Klager|Melder|Eigenaar|Actiehouder|Aangenomen door|Genoteerd door)(?=\p{Lu}\p{Ll})/u;

/** Names found by where they stand: e-mail headers, signatures, contact blocks, greetings. */
function contextFinds(text: string): Found[] {
  const out: Found[] = [];
  const lines = splitLines(text);
  // "Kolev - Batsukh", "Sultanzade- Coaquira": a double surname whose hyphen a form or a typist set
  // apart with spaces is read joined ("Kolev-Batsukh"), and the offsets found are mapped back.
  const nameOnLine = (l: { start: number; str: string }, reason: string, confidence: number, single = false): boolean => {
    if (!l.str.includes('-')) return nameOnLineJoined(l, reason, confidence, single);
    const cut: number[] = [];
    const joined = l.str.replace(SPACED_HYPHEN, (m, a: string, next: string, off: number) => {
      if (!spacedHyphenPart(next)) return m;
      for (let k = 0; k < m.length - next.length - 1; k++) cut.push(off + a.length + 1);
      return `${a}-${next}`;
    });
    if (!cut.length) return nameOnLineJoined(l, reason, confidence, single);
    const n = out.length;
    const ok = nameOnLineJoined({ start: l.start, str: joined }, reason, confidence, single);
    // Back to the line's offsets: every character removed before a position moves it right by one.
    const back = (at: number) => { let o = at - l.start; for (const c of cut) if (c - cut.indexOf(c) <= o) o++; return l.start + o; };
    for (let k = n; k < out.length; k++) { out[k]!.start = back(out[k]!.start); out[k]!.end = back(out[k]!.end - 1) + 1; }
    return ok;
  };
  const nameOnLineJoined = (l: { start: number; str: string }, reason: string, confidence: number, single = false) => {
    // "Tewelde, Yonas": a display name written surname-first, where the layout says a person stands.
    if (single && l.str.includes(',')) {
      const trimmed = l.str.replace(/^\s+/, '');
      const inv = surnameFirstLine(trimmed);
      if (inv) {
        const start = l.start + l.str.length - trimmed.length;
        out.push({ start, end: start + inv[0].length, reason: `${reason}, 'Achternaam, Voornaam'`, confidence, surname: (inv[1] ?? '').replace(LEADING_PARTICLE, ''), first: inv[2], particle: inv[3], strong: true });
        return true;
      }
    }
    const m = NAME_LINE.exec(l.str);
    if (!m || !m[1]) return false;
    const name = m[1];
    // "Van de Velden", "De Vries" where only a name stands: a surname alone, its particle in capitals.
    const capParticle = single && /^[ \t]*\p{Lu}/u.test(name) && LEADING_PARTICLE.test(name) && !NAME_PARTICLE_WORD.test(name.trim().split(/\s+/)[0]!);
    // A particle written with a capital inside a name ("Tran Van Khoa", "Maria Da Graça") is no name word of its own.
    const words = (capParticle ? name.replace(LEADING_PARTICLE, '') : name).split(/[\s.]+/).filter((w, k, all) => /^\p{Lu}\p{Ll}/u.test(w) && !(k > 0 && k < all.length - 1 && ONLY_PARTICLE.test(w)));
    if (words.length === 0 || !words.every(isNameWord) || ORG_WORDS.test(name) || ROLE_LINE.test(name)) return false;
    // Two names side by side ("D.M. van Weel Bart van den Brink") are not one name of many parts.
    const tokens = name.split(/[\s]+/);
    if (tokens.some((w, k) => k >= 2 && secondName(w, tokens.slice(k + 1).join(' ')))) return false;
    if (capParticle && words.length === 1 && (isKnownSurname(words[0]!) || slotNameWord(words[0]!)) && !isPlace(name.trim())) {
      const start = l.start + l.str.indexOf(name);
      out.push({ start, end: start + name.length, reason, confidence, surname: words[0], particle: name.trim().split(/\s+/).slice(0, -1).join(' '), strong: true });
      return true;
    }
    // One word alone is a first name only when a lexicon knows it, or, where the layout says a
    // person stands (a table column of names), when it is a name somewhere in the world.
    if (words.length === 1 && !isFirstName(words[0]!) && !/\p{Lu}\./u.test(name) && !(single && slotNameWord(words[0]!))) return false;
    // "Juridische Zaken", "Projectgroep Asiel": only ordinary words, no name among them.
    if (words.every((w) => !isSyllabicGivenName(w) && w.split('-').every((p) => isCommonWordOrCompound(p) && !isFirstName(p) && !isKnownSurname(p))) && !/\p{Lu}\./u.test(name)
      && !(words.length >= 2 && words.some((w) => isWorldName(w) && !isCommonWord(w)))) return false;
    const start = l.start + l.str.indexOf(name);
    // Where only a name stands, "Wei Sital" is first name + surname even when neither is in a lexicon.
    const initialsFirst = /^\s*(?:\p{L}+\.\s*)*\p{Lu}\./u.test(name.replace(LEADING_TITLES, ''));
    const firstWord = words[0]!;
    // "Ben Azzouzi", "El Idrissi": a capitalised particle opens a surname, it is no first name.
    // Where only a name stands, a first word that is an English word but no Dutch one ("Sura", "Sherif") is
    // the given name when the surname after it can only be a name.
    const englishFirstOk = single && isEnglishWord(firstWord) && slotNameWord(words[words.length - 1]!.split('-')[0]!);
    let first = isFirstName(firstWord) || (words.length >= 2 && !initialsFirst && !isCommonWord(firstWord) && (!isEnglishWord(firstWord) || englishFirstOk) && !NAME_PARTICLE_WORD.test(firstWord) && !ONLY_PARTICLE.test(firstWord)) ? firstWord : undefined;
    // "Rhea Mae Pangilinan", "Mary Grace Dela Torre": two given names, the second one a lexicon's;
    // the person is called by both ("Volgens Rhea Mae …"), even where the first is also a word.
    if (words.length === 3 && !initialsFirst && isFirstName(words[1]!) && !isCommonWord(words[1]!) && /^\p{Lu}\p{Ll}+$/u.test(firstWord) && !isCommonWord(firstWord) && !NAME_PARTICLE_WORD.test(firstWord)
      && name.includes(`${firstWord} ${words[1]}`)) first = `${firstWord} ${words[1]}`;
    out.push({ start, end: start + name.length, reason, confidence, surname: words.length > 1 ? words[words.length - 1] : undefined, first, strong: true });
    return true;
  };
  /**
   * A table whose cells the text model wrote one per line: the header row is the run of short
   * header cells around the column of names at line `at`, and every row has as many cells. Of the
   * possible header rows, the one whose stride puts a name in the most rows wins (at least two rows,
   * or one when the table has only one); the other cells must not be names as well.
   */
  /** The name that opens a table row written on one line: the shortest run of words after which no name word follows. */
  const rowName = (row: { start: number; str: string }, reason: string): boolean => {
    const toks = [...row.str.matchAll(/\S+/g)];
    for (let k = 1; k <= Math.min(5, toks.length); k++) {
      const next = toks[k]?.[0];
      if (next !== undefined && (ONLY_PARTICLE.test(next) || /^\p{Lu}\./u.test(next) || slotNameWord(next.replace(/[,;]$/, '')) || (isKnownSurname(next) && !isCommonWord(next) && !isFunctionLine(next)))) continue;
      const last = toks[k - 1]!;
      const str = row.str.slice(toks[0]!.index, (last.index ?? 0) + last[0].length).replace(/[,;]$/, '');
      return nameOnLine({ start: row.start + (toks[0]!.index ?? 0), str }, reason, 0.88, true);
    }
    return false;
  };
  const cellTable = (at: number) => {
    const filled = lines.map((l, k) => ({ l, k })).filter((x) => x.l.str.trim());
    const pos = filled.findIndex((x) => x.k === at);
    if (pos < 0) return;
    let before = 0;
    while (before < 6 && pos - before - 1 >= 0 && headerCell(filled[pos - before - 1]!.l.str)) before++;
    let after = 0;
    while (after < 6 && pos + after + 1 < filled.length && headerCell(filled[pos + after + 1]!.l.str)) after++;
    const reason = `in de kolom '${lines[at]!.str.trim().replace(/\s*:$/, '')}' van een tabel (cel voor cel gelezen)`;
    const probe = (l: { start: number; str: string }) => {
      const n = out.length;
      const ok = nameOnLine(l, reason, 0.88, true);
      out.length = n;
      return ok;
    };
    let best: { b: number; k: number; rows: number } | undefined;
    for (let b = 0; b <= before; b++) {
      for (let a = 1; a <= after; a++) {
        const k = b + 1 + a;
        const first = pos + a + 1;
        let rows = 0;
        let others = 0;
        for (let r = 0; r < 12 && first + r * k + k - 1 < filled.length; r++) {
          if (!probe(filled[first + r * k + b]!.l)) break;
          rows++;
          for (let c = 0; c < k; c++) if (c !== b && probe(filled[first + r * k + c]!.l)) others++;
        }
        if (others > rows || rows === 0) continue;
        const rowsLeft = Math.floor((filled.length - first) / k);
        if ((rows >= 2 || rowsLeft === 1) && (!best || rows > best.rows)) best = { b, k, rows };
      }
    }
    if (!best) return;
    const first = pos + (best.k - best.b - 1) + 1;
    for (let r = 0; r < best.rows; r++) nameOnLine(filled[first + r * best.k + best.b]!.l, reason, 0.88, true);
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const s = line.str.trim();
    // An organogram's box or a signature that puts the function above the name ("DIRECTEUR" /
    // "Rajwinder Toor", "afdelingshoofd" / "Vergunningen" / "Tufa Wakjira"): a line of two to four
    // name words right under a function line (or a function and its field over two lines). Public
    // offices above a name stay kept by the role rules.
    if (i > 0 && s.length <= 50 && /^\p{Lu}/u.test(s) && !/[:,;@\d]/.test(s) && /\s/.test(s) && s.split(/\s+/).length <= 4) {
      const p1 = lines[i - 1]!.str.trim();
      const p2 = i > 1 ? lines[i - 2]!.str.trim() : '';
      const fnAbove = (p1.length <= 60 && isFunctionLine(p1.toLowerCase()))
        || (p2.length > 0 && p2.length <= 40 && p1.split(/\s+/).length <= 3 && isFunctionLine(`${p2} ${p1}`.toLowerCase()));
      // Every word a name's (no Dutch or English word: "Presidential Office" under a function is a heading).
      const nameWordsOnly = s.split(/\s+/).every((w) => ONLY_PARTICLE.test(w) || /^\p{Lu}\.$/u.test(w) || slotNameWord(w) || ((isFirstName(w) || isKnownSurname(w)) && !isCommonWord(w) && !isEnglishWord(w)));
      if (fnAbove && nameWordsOnly) nameOnLine({ start: line.start, str: line.str }, 'naam onder een functie (organogram, ondertekening)', 0.86, true);
    }
    // "Schalk Swanepoel, senior toezichthouder": a line that is a name and, after a comma, a
    // function (a signature, an author's line, a staff list). The function is the evidence, so the
    // given name may also be a Dutch word ("Schalk", "Roos"); the last word must be a name's only
    // (no word, place or organisation), the words before it capitalised words that are no place,
    // function or organisation ("Gemeente Venlo, afdeling Vergunningen" is no person).
    const withFn = s.length <= 90 && /^\p{Lu}/u.test(s) && s.includes(',') ? NAME_COMMA_FUNCTION.exec(s) : null;
    if (withFn && isFunctionLine(withFn[2]!)) {
      const ws = withFn[1]!.split(/[ \u00a0]+/).filter((w) => !ONLY_PARTICLE.test(w));
      const last = ws[ws.length - 1] ?? '';
      const nameOnly = (w: string) => w.split('-').every((p) => slotNameWord(p) && !isCommonWord(p) && !isEnglishWord(p) && !ORGANISATION_WORD.test(p));
      if (ws.length >= 2 && ws.length <= 4 && nameOnly(last) && !ORG_WORDS.test(withFn[1]!)
        && ws.slice(0, -1).every((w) => !isPlace(w) && !isFunctionLine(w) && !NEVER_NAMES.has(w.toLowerCase()) && !DAY_OR_MONTH.test(w) && !ORGANISATION_WORD.test(w))) {
        const start = line.start + line.str.indexOf(s);
        out.push({ start, end: start + withFn[1]!.length, reason: `naam met een functie erachter ('${collapse(withFn[2]!)}')`, confidence: 0.88, first: ws[0], surname: last, strong: true });
      }
    }
    // A line that is nothing but a display name written surname-first ("Verbruggen, Kees", "Ten
    // Wijnhoven, Lambertus"): a form's value under its field ("Consulent"), a list's entry. The form
    // itself is the evidence when the given name is a name's (the first-name lexicon knows it, or it
    // is no word, place or function) and a part of the surname can only be a name's.
    if (s.length <= 50 && s.includes(',') && /^\p{Lu}/u.test(s)) {
      const inv = surnameFirstLine(s);
      const given = inv?.[2]!.split(/[- ]/)[0] ?? '';
      const nameOnly = (w: string) => slotNameWord(w) && !isCommonWord(w) && !isEnglishWord(w) && !isPlace(w);
      if (inv && (nameOnly(given) || (isFirstName(given) && !isCommonWord(given))) && capitalWords((inv[1] ?? '').replace(LEADING_PARTICLE, '')).some(nameOnly)) {
        const start = line.start + line.str.indexOf(s);
        out.push({ start, end: start + inv[0].length, reason: `naam in de vorm 'Achternaam, Voornaam' op een eigen regel (formulier, lijst)`, confidence: 0.86, surname: (inv[1] ?? '').replace(LEADING_PARTICLE, ''), first: inv[2], particle: inv[3], strong: true });
      }
    }
    // "ContactpersoonAnouk de Boer": the text model glued a label to the name in the cell or column
    // beside it (no space, no colon); the name begins at the capital right after the label word.
    const glued = /^\p{Lu}\p{Ll}{3}/u.test(s) ? GLUED_LABEL.exec(s) : null;
    if (glued) {
      const at = line.start + line.str.indexOf(s) + glued[0].length;
      const value = /^[^,;(\t]+/.exec(s.slice(glued[0].length));
      if (value) nameOnLine({ start: at, str: value[0].replace(/\s+$/, '') }, `na het label '${glued[1]}' (in de tekst aan de naam vastgeplakt)`, 0.85, true);
    }
    // "… heeft? Groet, Radim": a short message signed at the end of its last line (chat, quick e-mail).
    const lateSignoff = !SIGNOFF_START.test(s) && /[.!?]\s+(?:groet(?:en|jes)?|gr\.?|mvg|dank(?:je)?|thanks)\s*[,!.]?\s+\S+(?:\s+\S+){0,2}\s*$/i.exec(line.str);
    if (lateSignoff) {
      const tail = /^(?:[.!?]\s+)(\S+(?:\s+\S+)?)\s*[,!.]?\s+(\S+(?:\s+\S+){0,2})\s*$/u.exec(lateSignoff[0]);
      const rest = tail?.[2];
      if (rest && rest.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || ONLY_PARTICLE.test(w))) {
        const at = line.start + (lateSignoff.index ?? 0) + lateSignoff[0].lastIndexOf(rest);
        const first = rest.split(/\s+/)[0]!;
        if (rest.includes(' ') ? true : isFirstName(first) || slotNameWord(first)) nameOnLine({ start: at, str: rest }, `naam onder '${collapse(tail![1]!)}' aan het eind van een bericht`, 0.86, true);
      }
    }
    const signoff = SIGNOFF_START.exec(s) ?? THANKS_LINE.exec(s);
    if (signoff) {
      const why = `naam onder '${signoff[1]}'`;
      // "Met vriendelijke groet, Anouk Bos" on one line.
      const rest = s.slice(signoff[0].length).trim();
      const sameLine = rest !== '' && nameOnLine({ start: line.start + line.str.indexOf(rest), str: rest.split(/\s+[|–-]\s+|,\s+/)[0]! }, why, 0.88, true);
      if (!sameLine) {
        // The signer's name: the first line after the sign-off that is a name (role lines may precede it);
        // a function after a bar or comma on the same line ("Anouk Bos | adviseur") is not part of it.
        for (let j = i + 1, seen = 0; j < lines.length && seen < 4; j++) {
          const l = lines[j]!;
          if (!l.str.trim()) continue;
          seen++;
          const head = l.str.split(/\s+[|–-]\s+|,\s+/)[0]!;
          if (nameOnLine(l, why, 0.9, true) || nameOnLine({ start: l.start, str: head }, why, 0.9, true)) break;
          if (!ROLE_LINE.test(l.str) && !/namens\s+deze/i.test(l.str)) break;
        }
      }
    }
    // "De burgemeester van Voorbeeldstad," / "De behandelend ambtenaar," then the signer's name below
    // (blank lines between): a signature under its function, kept when the function is a public office.
    if (s.endsWith(',') && s.length <= 90 && (SIGNATURE_ROLE.test(s.replace(/^(?:ondertekend\s+door|namens)\s+/i, '')) || isFunctionLine(s.replace(/^(?:de|het)\s+/i, '').replace(/,$/, '')))) {
      for (let j = i + 1, seen = 0; j < lines.length && seen < 1; j++) {
        if (!lines[j]!.str.trim()) continue;
        seen++;
        const role = collapse(s).replace(/,$/, '');
        nameOnLine(lines[j]!, ON_BEHALF.test(s.slice(0, Math.max(0, s.search(ROLE_STEM))))
          ? `naam onder '${role}': ondertekent namens een bestuurder en is zelf ambtenaar (ondertekening)` : `naam onder de functie '${role}' (ondertekening)`, 0.88, true);
      }
    }
    // A name with its function on the next line or after a bar or comma ("Sylvia Bronmans | Programmadirecteur"):
    // a signature block, an attendance or contact table.
    {
      // Cheap gate first: a short line that opens with a capital (or a title such as "drs.").
      const parts = s.length <= 120 && /^(?:\p{Lu}|\p{Ll}{1,5}\.)/u.test(s) ? line.str.split(/\s+[|–]\s+|,\s+/) : [];
      const head = parts[0] ?? '';
      const sameLine = parts.length > 1 && head.length <= 60 && isFunctionLine(parts[1]!);
      if (head.trim() && head.length <= 60 && NAMES_ONLY.test(head.replace(/(\p{Ll})[ \t]*-[ \t]*(?=\p{Lu})/gu, '$1-')) && (sameLine || (parts.length === 1 && functionBelow(text, line.end)))) {
        nameOnLine({ start: line.start, str: head }, 'naam met een functie eronder of erachter (ondertekening, presentielijst)', 0.88, true);
      }
    }
    // Column of a table headed "Naam", "Wie", "Aanwezig", "Actiehouder": the names below it.
    if (s.length <= 22 && COLUMN_OF_NAMES.test(s)) {
      for (let j = i + 1, seen = 0; j < lines.length && seen < 8; j++) {
        let l = lines[j]!;
        if (!l.str.trim()) continue;
        seen++;
        // A narrow cell breaks a name after its particle or hyphen ("Najat El" / "Bouazza"): read both lines.
        const next = lines[j + 1];
        if (next?.str.trim() && (PARTICLE_END.test(l.str) || /-\s*$/.test(l.str))) {
          l = { start: l.start, end: next.end, str: text.slice(l.start, next.end) };
          j++;
        }
        // "Mutiso Kamau (controller, Waterschap)": the function and organisation in parentheses are left out.
        const bare = l.str.replace(/[ \t]*\([^)\n]*\)[ \t]*$/, '');
        if (!nameOnLine({ start: l.start, str: bare }, `in de kolom '${s.replace(/\s*:$/, '')}' van een tabel`, 0.88, true)) {
          // A table read cell by cell ("Medewerker" / "Dienst" / "Kwabena Boateng" / "maandag" …):
          // the names stand every k lines, k the number of header cells.
          if (seen === 1) cellTable(i);
          break;
        }
      }
    }
    // A table whose rows the text model wrote as one line each, cells run together ("Naam Functie
    // Telefoon" / "Kwabena Boateng Jurist 06-…"): under a header row that opens with a column of names,
    // each row opens with a name, which ends before the first word that cannot be part of one.
    if (s.length <= 80 && !s.includes(':') && /\s/.test(s)) {
      const heads = s.split(/\s+/);
      if (heads.length >= 2 && heads.length <= 7 && COLUMN_OF_NAMES.test(heads[0]!) && heads.slice(1).every(headerCell)) {
        const reason = `in de kolom '${heads[0]}' van een tabel (rij op één regel)`;
        for (let j = i + 1, misses = 0, rows = 0; j < lines.length && rows < 30 && misses < 2; j++) {
          const row = lines[j]!;
          if (!row.str.trim()) { misses++; continue; }
          if (rowName(row, reason)) { misses = 0; rows++; } else misses++;
        }
      }
    }
    // "Onderzoeker: Linsey van Kuijk", "Aanwezig: A. Bakker, Fatma Yıldız en J. de Wit", "Actie: Selin".
    // A second label further on the line (a form or letterhead in two columns read as one line:
    // "Opsteller: A B Paraaf: C D"): the value after it, up to the next label.
    if (s.includes(':') && s.indexOf(':') < s.lastIndexOf(':')) {
      for (const m of line.str.matchAll(SECOND_LABEL)) {
        const label = `${m[1]!}:`;
        if (!(PERSON_LABELS.test(label) || CONTACT_LABELS.test(label))) continue;
        const valueAt = (m.index ?? 0) + m[0].length;
        const value = /^[^:,;(]+?(?=\s+\p{Lu}[\p{Ll}]+(?:\s+\p{Ll}+)?\s*:|[,;(]|$)/u.exec(line.str.slice(valueAt));
        if (value?.[0].trim()) nameOnLine({ start: line.start + valueAt, str: value[0].replace(/\s+$/, '') }, `na het label '${m[1]!}:'`, 0.88, true);
      }
    }
    const personLabel = s.includes(':') ? PERSON_LABELS.exec(s) : attendanceRow(s, () => lines.slice(i + 1, i + 3).find((l) => l.str.trim())?.str ?? '');
    if (personLabel) {
      let rest = s.slice(personLabel[0].length);
      let restStart = line.start + line.str.indexOf(rest);
      // A label table read cell by cell: the value stands on the next non-empty line.
      let below = -1;
      if (!rest.trim()) {
        const next = lines.slice(i + 1, i + 3).find((l) => l.str.trim());
        if (next && !next.str.includes(':')) {
          rest = next.str.trim();
          restStart = next.start + next.str.indexOf(rest);
          below = lines.indexOf(next);
        }
      }
      const reason = `na het label '${collapse(personLabel[0]).replace(/\s*:$/, '')}:'`;
      // A list of persons wraps over lines ("Aanwezig: A (voorzitter), B,\nC (notulist), D"): it goes
      // on while a line ends in a comma or "en", or the next one opens with a parenthesis.
      const segments = [{ str: rest, start: restStart }];
      for (let j = i + 1, prev = rest; j < lines.length && j <= i + 6 && below < 0; j++) {
        const l = lines[j]!;
        const t = l.str.trim();
        if (!t || /^[^\s:]{1,30}(?:\s+[^\s:]{1,20})?\s*:/u.test(t) || !(/(?:[,;]|\sen)\s*$/.test(prev) || t.startsWith('(') || /\([^)]*$/.test(prev))) break;
        segments.push({ str: l.str, start: l.start });
        prev = l.str;
      }
      // A label alone on its line with the persons below it, one a line ("Deelnemers:" / "A (COA)" /
      // "B (gemeente X)"): the list goes on while each line, without what stands in parentheses, is a name.
      for (let j = below + 1; below >= 0 && j < lines.length && j <= below + 15; j++) {
        const t = lines[j]!.str;
        if (!t.trim()) break;
        const bare = t.replace(/\([^)\n]*\)/g, (x) => ' '.repeat(x.length)).replace(/[ \t]+$/, '');
        const n = out.length;
        const ok = !/[:.!?]\s*$/.test(bare) && nameOnLine({ start: lines[j]!.start, str: bare }, reason, 0.88, true);
        out.length = n;
        if (!ok) break;
        segments.push({ str: t, start: lines[j]!.start });
      }
      let openParen = false;
      for (const seg of segments) {
        // What stands in parentheses (a role, a unit, "Afdeling Beleid en Advies") is blanked out, offsets kept.
        let str = seg.str;
        if (openParen) {
          const close = str.indexOf(')');
          str = close < 0 ? ' '.repeat(str.length) : ' '.repeat(close + 1) + str.slice(close + 1);
          if (close >= 0) openParen = false;
        }
        str = str.replace(/\([^)]*\)/g, (x) => ' '.repeat(x.length));
        const open = str.indexOf('(');
        if (open >= 0) {
          str = str.slice(0, open) + ' '.repeat(str.length - open);
          openParen = true;
        }
        for (const part of str.matchAll(/[^,;/]+/g)) {
          for (const piece of part[0].split(/\s+(?:en|and|&)\s+/)) {
            const head = piece.split(/\s+[|–-]\s+/)[0]!;
            if (!head.trim()) continue;
            const lead = head.length - head.replace(/^\s+/, '').length;
            const at = seg.start + (part.index ?? 0) + part[0].indexOf(piece) + lead;
            nameOnLine({ start: at, str: head.trim() }, reason, 0.88, true);
          }
        }
      }
    }
    // "Tiago Mbeki-Sousa:" alone on its line, the message or the words spoken on the next: a chat
    // export's sender or a speaker in a hearing's report. A name of two or more words (or a title and a
    // surname), never a place; one word alone is too often a heading ("Toelichting:").
    if (s.length <= 60 && s.endsWith(':') && !s.slice(0, -1).includes(':') && /^\p{Lu}/u.test(s) && lines[i + 1]?.str.trim() && /\s/.test(s)) {
      const who = s.slice(0, -1).trim();
      if (!isPlace(who) && (new RegExp(`^${TITLE}${WS}`, 'u').test(who) || capitalWords(who).length >= 2)) {
        nameOnLine({ start: line.start + line.str.indexOf(who), str: who }, 'naam met een dubbele punt op een eigen regel (afzender of spreker)', 0.86, true);
      }
    }
    // The header of a quoted reply: "Op 12 mrt. 2024 om 10:02 schreef Bas Hoekstra <…>:", "On Tue, …, Wen Li <…> wrote:".
    if (/(?:schreef|wrote)(?:[ \t][^\n]*)?:[ \t]*$/.test(line.str)) {
      const q = /schreef[ \t]+([^<\n:]+?)[ \t]*(?:<[^>\n]*>|\[mailto:[^\]\n]*\])?[ \t]*:[ \t]*$/.exec(line.str)
        ?? /,[ \t]*([^,<\n]+?)[ \t]*(?:<[^>\n]*>|\[mailto:[^\]\n]*\])?[ \t]*wrote[ \t]*:[ \t]*$/.exec(line.str);
      if (q?.[1]) nameOnLine({ start: line.start + line.str.lastIndexOf(q[1], q.index + q[0].length), str: q[1] }, 'afzender van een geciteerd bericht', 0.9, true);
    }
    // Chat exports: "[12-03 09:41] Fatma Yıldız: …", "12-03-2024 09:41 - Fatma: …", "09:41 Fatma: …".
    const chat = !/^[ \t]*[[\d]/.test(line.str) ? null : /^[ \t]*(?:\[?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+\d{1,2}:\d{2}(?::\d{2})?\]?|\[?\d{1,2}:\d{2}\]?)[ \t]*(?:[-–][ \t]*)?([^:\n]{2,40}):/u.exec(line.str);
    if (chat?.[1]) {
      const name = chat[1].trim();
      const at = line.start + line.str.indexOf(name, chat[0].length - chat[1].length - 1);
      // Particles of several words ("de los", "van de") are read as one.
      const words = name.replace(INNER_PARTICLES, ' ').trim().split(/\s+/);
      // "Projectgroep Zwembad Noord: U hebt deze groep aangemaakt": a group chat's own name is no sender's.
      if (words.length <= 4 && !GROUP_HEAD.test(words[0]!) && words.every((w) => /^\p{Lu}/u.test(w) || ONLY_PARTICLE.test(w)) && words.some((w) => slotNameWord(w) || isPossibleName(w) || (isNameWord(w) && !isCommonWord(w) && !isEnglishWord(w)))) {
        out.push({ start: at, end: at + name.length, reason: 'afzender van een chatbericht', confidence: 0.9, first: words[0], surname: words.length > 1 ? words[words.length - 1] : undefined, strong: true });
      }
    }
    // "[09:41] Kwabena Agyeman" / "Tsega Woldemichael 09:43" with the message on the next line; a
    // sender's role in parentheses ("(Gast)", "(Extern)") is left out.
    if (/\d:\d\d/.test(s)) {
      const head = CHAT_HEAD.exec(line.str);
      const who = head?.[1] ?? head?.[2];
      if (who && lines[i + 1]?.str.trim()) {
        const bare = who.replace(/[ \t]*\([^)\n]*\)[ \t]*$/, '').trim();
        if (bare.split(/\s+/).length <= 4) nameOnLine({ start: line.start + line.str.indexOf(bare), str: bare }, 'afzender van een chatbericht (regel met naam en tijd)', 0.88, true);
      }
    }
    const label = CONTACT_LABELS.exec(s);
    if (label) {
      const rest = s.slice(label[0].length).replace(/^\s*:?\s*/, '');
      const reason = `bij '${label[0].toLowerCase()}'`;
      if (rest) {
        const restStart = line.start + line.str.indexOf(rest);
        const m = /^[^,;(]+/.exec(rest);
        if (m) nameOnLine({ start: restStart, str: m[0] }, reason, 0.88, true);
      } else {
        for (let j = i + 1; j < lines.length && j <= i + 2; j++) {
          if (!lines[j]!.str.trim()) continue;
          nameOnLine(lines[j]!, reason, 0.88, true);
          break;
        }
      }
    }
    if (HEADER_LABEL.test(s)) {
      const label0 = /^[^:]+:/.exec(s)?.[0] ?? '';
      // The field runs on over wrapped lines until the next label or a blank line.
      let fieldEnd = line.end;
      for (let j = i + 1; j < lines.length && lines[j]!.str.trim() && !ANY_HEADER_LABEL.test(lines[j]!.str.trim()); j++) fieldEnd = lines[j]!.end;
      const fieldStart = line.start + line.str.indexOf(label0) + label0.length;
      const field = text.slice(fieldStart, fieldEnd);
      for (const part of field.matchAll(/[^;]+/g)) {
        const raw = part[0];
        // Display name before an address: "Anouk Bos <anouk.bos@…>", "'Bos, A.' <…>"
        const dm = /^\s*["'“]?([^<>"“”@\n]*?(?:\n(?!\n)[^<>"“”@\n]*?)?)["'”]?\s*(?:<|\[mailto:|$)/.exec(raw);
        const name = dm?.[1]?.trim();
        if (!name || /@/.test(name)) continue;
        const at = fieldStart + (part.index ?? 0) + raw.indexOf(name);
        const reason = `kopregel '${label0}' in e-mail`;
        const inverted = SURNAME_FIRST.exec(name);
        if (inverted && isNameWord(inverted[2] ?? '') && surnameOk(inverted[1] ?? '') && twoSurnamesOk(inverted[1] ?? '')) {
          out.push({ start: at, end: at + inverted[0].length, reason: `${reason}, 'Achternaam, Voornaam'`, confidence: 0.92, surname: (inverted[1] ?? '').replace(LEADING_PARTICLE, ''), first: inverted[2], particle: inverted[3], strong: true });
          continue;
        }
        if (nameOnLine({ start: at, str: name.replace(/\n/g, ' ') }, reason, 0.9, true) || !/,/.test(name)) continue;
        // "Cc: Tsega Haile (MT), Yopie Latuheru": several display names separated by commas, a unit or
        // role in parentheses after one; each piece of two or more words is read on its own.
        const bare = name.replace(/\([^)\n]*\)/g, (x) => ' '.repeat(x.length));
        for (const piece of bare.matchAll(/[^,]+/g)) {
          const lead = piece[0].length - piece[0].trimStart().length;
          const str = piece[0].trim();
          if (str.split(/\s+/).length < 2 && !isFirstName(str)) continue;
          nameOnLine({ start: at + (piece.index ?? 0) + lead, str: str.replace(/\n/g, ' ') }, reason, 0.9, true);
        }
      }
    }
    // "Beste meneer Hadzhiev - Makoni,": an informal greeting with a title before the surname.
    const g = /^[ \t]*(\p{L}+(?:[ \t]+(?:mevrouw|heer|meneer))?)[ \t]+([^,!\n]{2,40}?)[ \t]*[,!]?[ \t]*$/u.exec(line.str);
    if (g && (GREETING.test(g[1] ?? '') || (/[ \t](?:mevrouw|meneer)$/.test(g[1] ?? '') && GREETING.test((g[1] ?? '').replace(/[ \t]+\p{L}+$/u, '')))) && !GREETING_NOT_NAME.test(g[2] ?? '')) {
      const name = g[2] ?? '';
      const start = line.start + line.str.indexOf(name, (g[1] ?? '').length);
      const nameLike = (w: string) => /^\p{Lu}\p{Ll}/u.test(w) && isNameWord(w) && (isFirstName(w) || isKnownSurname(w) || !isCommonWord(w) || isPossibleName(w));
      const several = /\s(?:en|&)\s/.test(name) ? name.split(/\s+(?:en|&)\s+|,\s*/) : [name];
      for (const one of several) {
        // "Geachte heer de los Reyes": a particle of several words opens the surname.
        const ws = one.replace(LEADING_PARTICLE, '').split(/\s+/);
        if (!ws.every((w) => /^\p{Lu}/u.test(w) || ONLY_PARTICLE.test(w) || /^\p{Lu}\./u.test(w)) || !ws.some(nameLike)) continue;
        if (several.length > 1 && !ws.some((w) => isFirstName(w) || slotNameWord(w))) continue;
        // "Dear General Haddad", "Dear Ambassador …": an office addressed by its title is a public role.
        if (/^(?:General|Director|Secretary|Ambassador|Minister|President|Chairman|Excellency|Commissioner|Senator|Judge|Prime|King|Queen|Prince|Sheikh|Colonel|Major|Admiral|Lieutenant)$/.test(ws[0]!)) continue;
        const at = start + name.indexOf(one);
        out.push({ start: at, end: at + one.length, reason: `aanhef '${g[1]}'`, confidence: 0.85, first: ws.length === 1 ? one : undefined });
      }
    }
  }
  // "(actie: Tesfalem)", "actie: Senait en Orlando": the person who acts on a point of the minutes.
  if (/\b(?:actie|actiehouder|trekker|eigenaar|wie)\s*:/i.test(text)) {
    for (const m of text.matchAll(INLINE_ACTION)) {
      const list = m[1] ?? '';
      const base = (m.index ?? 0) + m[0].length - list.length;
      for (const piece of list.matchAll(/[^,/;]+/g)) {
        for (const one of piece[0].split(/\s+(?:en|&)\s+/)) {
          if (!one.trim()) continue;
          const at = base + (piece.index ?? 0) + piece[0].indexOf(one);
          nameOnLine({ start: at, str: one.replace(/\s+$/, '') }, `na '${collapse(m[0].slice(0, m[0].indexOf(':') + 1)).replace(/^\(/, '')}' in een verslag`, 0.85, true);
        }
      }
    }
  }
  // "Met medewerking van A en B", "In samenwerking met C": the persons who helped make a report.
  if (/medewerking|samenwerking/i.test(text)) {
    for (const m of text.matchAll(COOPERATION)) {
      const list = m[2] ?? '';
      const base = (m.index ?? 0) + m[0].length - list.length;
      for (const piece of list.matchAll(/[^,;]+/g)) {
        for (const one of piece[0].split(/\s+(?:en|&)\s+/)) {
          const trimmed = one.replace(/\s+$/, '').replace(/^\s+/, '');
          // Sentences go on; a person is two or three capitalised words here, or initials and a surname.
          if (!trimmed || (capitalWords(trimmed).length < 2 && !new RegExp(`^${INITIALS}${WS}(?:${PARTICLE}${WS})?${FULL_SURNAME}$`, 'u').test(trimmed))) continue;
          const at = base + (piece.index ?? 0) + piece[0].indexOf(trimmed);
          nameOnLine({ start: at, str: trimmed }, `na '${collapse(m[1] ?? '')}'`, 0.85, true);
        }
      }
    }
  }
  // "Haddad, Batoul" / "Van Dongen, Louay": two or more lines of a page that hold nothing but a
  // display name written surname-first are a list of persons (a contact table, a distribution list).
  // A table row read as one line puts the cell before it in front ("Coördinatie Mouhib, Asmae"): an
  // ordinary word or a function there is left out.
  const inverted = lines.flatMap((l) => {
    if (!l.str.includes(',') || l.str.length > 120) return [];
    const t = l.str.trim();
    if (t.length <= 70 && surnameFirstLine(joinSpacedHyphens(t))) return [{ start: l.start + l.str.indexOf(t), str: t }];
    // "ARANBURU, Aitor LUBBINGE, Wopke": two cells of a row (a contact sheet in two columns) joined
    // with one space; the line parts where both halves are a display name written surname-first.
    if (t.length <= 120 && (t.match(/,/g) ?? []).length === 2) {
      for (const sp of t.matchAll(/[ \t]+(?=\p{Lu})/gu)) {
        const left = t.slice(0, sp.index);
        const right = t.slice((sp.index ?? 0) + sp[0].length);
        if (!left.includes(',') || !right.includes(',') || !surnameFirstLine(joinSpacedHyphens(left)) || !surnameFirstLine(joinSpacedHyphens(right))) continue;
        const at = l.start + l.str.indexOf(t);
        return [{ start: at, str: left }, { start: at + (sp.index ?? 0) + sp[0].length, str: right }];
      }
    }
    // A numbered row of a speaker list or table ("3 Ruiz, Elena   over agendapunt 4"): the row's
    // number before it, the next cells after it (after a wide gap, or from a word in lower case or a digit on).
    const row = /^(\d{1,3}[.)]?[ \t]+)?(.+)$/u.exec(t)!;
    const cellAt = l.start + l.str.indexOf(t) + (row[1]?.length ?? 0);
    const cellText = row[2]!;
    const comma = cellText.indexOf(',');
    if (comma > 0 && (row[1] || cellText.length > 70 || /[ \t]{2}|[ \t](?:\p{Ll}|\d)/u.test(cellText.slice(comma)))) {
      for (const cut of cellText.slice(comma).matchAll(/(?=[ \t]{2,}|[ \t]+(?:\p{Ll}{3,}|\d)|$)/gu)) {
        const str = cellText.slice(0, comma + (cut.index ?? 0));
        if (str.length > 70) break;
        if (surnameFirstLine(joinSpacedHyphens(str))) return [{ start: cellAt, str }];
      }
    }
    const cell = /^(\p{Lu}\p{Ll}+)[ \t]+(?=\S)/u.exec(t);
    if (!cell || !(isCommonWordOrCompound(cell[1]!) || isFunctionLine(cell[1]!)) || isFirstName(cell[1]!) || isKnownSurname(cell[1]!)) return [];
    const rest = t.slice(cell[0].length);
    return surnameFirstLine(rest) ? [{ start: l.start + l.str.indexOf(t) + cell[0].length, str: rest }] : [];
  });
  if (inverted.length >= 2) {
    for (const l of inverted) nameOnLine(l, 'in een lijst van namen', 0.86, true);
  }
  // Staff initials without a legend: "Paraaf: TKO", "Behandelaar: MVR" and the column "wie" or
  // "paraaf" of a notes table ("datum wie notitie" over "03-02-2025 TKO Klacht geregistreerd").
  if (/\p{Lu}{2}/u.test(text) && /paraaf|parafen|initialen|\bwie\b|ehandelaar|actie/i.test(text)) {
    for (const m of text.matchAll(CODE_AFTER_LABEL)) {
      const code = m[2]!;
      const paraaf = /^(?:paraaf|parafen|initialen)/i.test(m[1]!);
      // Two letters after "Behandelaar:" or "Actie:" are as often a unit ("JZ", "DG"); three or four are a person's.
      if (!paraaf && code.length < 3) continue;
      const at = (m.index ?? 0) + m[0].length - code.length;
      out.push({ start: at, end: at + code.length, reason: `afkorting (paraaf) van een medewerker na '${collapse(m[1]!)}:'`, confidence: 0.8 });
    }
    for (let i = 0; i < lines.length; i++) {
      const heads = lines[i]!.str.trim().toLowerCase().split(/\s+/);
      const col = heads.findIndex((h) => /^(?:wie|paraaf|initialen)$/.test(h));
      if (col < 0 || heads.length < 2 || heads.length > 6 || !heads.every((h) => /^\p{L}[\p{L}.]*$/u.test(h) && h.length <= 14)) continue;
      for (let j = i + 1, misses = 0; j < lines.length && j <= i + 40 && misses < 2; j++) {
        const toks = [...lines[j]!.str.matchAll(/\S+/g)];
        if (!toks.length) continue;
        const cell = toks[col];
        // A row: the cells before the code are dates or numbers, the code is two to four capitals.
        if (!cell || !/^\p{Lu}{2,4}$/u.test(cell[0]) || !toks.slice(0, col).every((t) => /\d/.test(t[0]))) { misses++; continue; }
        misses = 0;
        const at = lines[j]!.start + (cell.index ?? 0);
        out.push({ start: at, end: at + cell[0].length, reason: `afkorting van een medewerker in de kolom '${heads[col]}'`, confidence: 0.8 });
      }
    }
  }
  // A staff list's line "Achternaam, Voornaam – functie[, telefoon]" ("Verbruggen, Kees – controller"): the
  // function after the dash says a person stands before it, so a given name that is also a word
  // somewhere ("Rim", "Brice") is a given name here.
  if (/,[^\n]*[ \t][–—-][ \t]/u.test(text)) {
    for (const l of lines) {
      const m = SURNAME_FIRST_FUNCTION.exec(l.str);
      if (!m || !isFunctionLine(m[3]!)) continue;
      const given = m[2]!.split(/[- ]/)[0]!;
      const surnameWords = capitalWords(m[1]!.replace(LEADING_PARTICLE, '')).filter((w) => !ONLY_PARTICLE.test(w) && !NAME_PARTICLE_WORD.test(w));
      if (!surnameOk(m[1]!) || !surnameWords.length || !(slotNameWord(given) || isFirstName(given) || isWorldName(given) || (!isPlace(given) && !isFunctionLine(given) && !NEVER_NAMES.has(given.toLowerCase()) && surnameWords.some((w) => slotNameWord(w))))
        || !surnameWords.every((w) => w.split('-').every((p) => slotNameWord(p) || (isKnownSurname(p) && !isCommonWord(p)) || (!isCommonWord(p) && !isPlace(p) && !isFunctionLine(p) && !NEVER_NAMES.has(p.toLowerCase()))))) continue;
      const start = l.start + l.str.indexOf(m[1]!);
      const name = `${m[1]!}, ${m[2]!}`;
      const end = l.start + l.str.indexOf(m[2]!, l.str.indexOf(m[1]!) + m[1]!.length) + m[2]!.length;
      if (end - start > name.length + 4) continue;
      out.push({ start, end, reason: `naam 'Achternaam, Voornaam' met een functie erachter ('${collapse(m[3]!)}')`, confidence: 0.9, surname: m[1]!.replace(LEADING_PARTICLE, ''), first: m[2], strong: true });
    }
  }
  // Staff codes: "Afkortingen: BAK = Bola Akande, TOJ = Tolu Ojo" (a legend) or "Bola Akande (BAK)".
  // The code stands for the person wherever it is written (a notes table's "wie" column, a paraaf);
  // it is remembered as one of the person's forms and found on every page by name.elsewhere.
  if (/\p{Lu}{2}/u.test(text) && /=|\(\p{Lu}{2}/u.test(text)) {
    const coded = (code: string, at: number, str: string, reason: string, strict = false) => {
      const n = out.length;
      if (!nameOnLine({ start: at, str }, reason, 0.9, true) || out.length !== n + 1) { out.length = n; return; }
      const f = out[n]!;
      // A person of a given name and a surname: the code is theirs, whatever word its letters spell ("BAL").
      // Every word a name's ("Open Source Intelligence (OSINT)" is a thing spelled out).
      const nameWords = capitalWords(str).filter((w) => !NAME_PARTICLE_WORD.test(w));
      const lexical = (w: string) => isFirstName(w) || isKnownSurname(w);
      const nameOnly = (w: string) => slotNameWord(w) || ((lexical(w) || isWorldName(w)) && !isCommonWord(w) && !isEnglishWord(w));
      // Counted per word written apart: a hyphenated name ("Jean-Baptiste") is one, however many words
      // its parts are; short words ("Te", "Ei", "Da") are particles and syllables of names as often as words.
      const isWordLike = (w: string) => w.length >= 4 && (isEnglishWord(w) || isCommonWord(w)) && !lexical(w);
      const wordLike = str.split(/\s+/).filter((t) => /^\p{Lu}\p{Ll}/u.test(t) && t.split('-').every((p) => isWordLike(p))).length;
      // A legend says the code is someone's; a parenthesis after capitalised words ("Operational Taskforce
      // (OTF)") says less: there every word must be a name's.
      if (!f.surname || wordLike >= 2 || wordLike * 2 > nameWords.length || !nameWords.some(nameOnly)
        || (strict && !nameWords.every((w) => nameOnly(w) || (lexical(w) && !isEnglishWord(w))))) { out.length = n; return; }
      f.code = code;
    };
    // "KIB = Ibarguren, Koldo; NCH = Singh Chahal, Navneet": the name written surname-first, the
    // legend's entries parted by semicolons (the comma belongs to the name).
    const inverted = new Set<number>();
    for (const m of text.matchAll(STAFF_LEGEND_INVERTED)) {
      const at = (m.index ?? 0) + m[0].length - m[2]!.length;
      const n = out.length;
      coded(m[1]!, at, m[2]!, `naam bij de afkorting '${m[1]}' (legenda van afkortingen)`);
      if (out.length > n) inverted.add(m.index ?? 0);
    }
    for (const m of text.matchAll(STAFF_LEGEND)) {
      if (inverted.has(m.index ?? 0)) continue;
      const at = (m.index ?? 0) + m[0].length - m[2]!.length;
      coded(m[1]!, at, m[2]!, `naam bij de afkorting '${m[1]}' (legenda van afkortingen)`);
    }
    for (const m of text.matchAll(CODE_AFTER_NAME)) {
      const name = m[1]!.trim();
      const code = m[2]!;
      // "Bola Akande (BAK)": the code spells the name's initial letters in order, as staff codes do.
      if (!initialsSpell(code, name)) continue;
      coded(code, m.index ?? 0, name, `naam met de afkorting '${code}' erachter`, true);
    }
  }
  return out;
}

/** "Schalk Swanepoel, senior toezichthouder": a name of two to four words, a comma, a function in lower case. */
const NAME_COMMA_FUNCTION = new RegExp(`^((?:${GIVEN})(?:[ \\u00a0](?:${PARTICLE}|${GIVEN})){1,4}),[ \\t]*(\\p{Ll}[\\p{L} -]{2,60}?)[ \\t.]*$`, 'u');
/** "Verbruggen, Kees – controller", "Van der Lee-Ait Taleb, Sara - bestuursadviseur, 06 …": surname-first, a dash, a function. */
const SURNAME_FIRST_FUNCTION = new RegExp(`^[ \\t]*((?:${PARTICLE}[ \\u00a0])?${FULL_SURNAME}),[ \\t]*(${CAP}(?:[- ]${CAP})?)[ \\t]+[–—-][ \\t]+(\\p{Ll}[\\p{L} -]{2,60}?)[ \\t]*(?:,|$)`, 'u');
/** A label of a form or a note and a code of capitals as its whole value: "Paraaf: TKO", "Behandelaar: MVR". */
const CODE_AFTER_LABEL = /(?<![\p{L}])((?:[Pp]araaf|[Pp]arafen|[Ii]nitialen|[Pp]araaf\s+behandelaar|[Bb]ehandelaar|[Aa]ctiehouder|[Aa]ctie|[Ww]ie))[ \t]*:[ \t]*(\p{Lu}{2,4})(?=[ \t]*(?:[,;)]|\n|$)|[ \t]+[\d(])/gu;
/** "BAK = Bola Akande", in a legend of codes separated by commas or semicolons. */
const STAFF_LEGEND = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})[ \t]*=[ \t]*(\p{Lu}[^,;=\n()]{2,60}?)(?=[ \t]*(?:[,;.]|\n|$))/gu;
/** "TAD = Adugna, Tufa; IOZ = …": a legend whose names are written surname-first, entries parted by semicolons or lines. */
const STAFF_LEGEND_INVERTED = /(?<![\p{L}\p{N}])(\p{Lu}{2,5})[ \t]*=[ \t]*(\p{Lu}[^,;=\n()]{1,50}?,[ \t]*\p{Lu}[^,;=\n()]{0,30}?)(?=[ \t]*(?:;|\n|$))/gu;
/** "Bola Akande (BAK)": two to four capitalised words (particles between them) and a code in parentheses. */
const CODE_AFTER_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(${GIVEN}(?:[ \\u00a0](?:${PARTICLE}[ \\u00a0])?${GIVEN}){1,3})[ \\u00a0]\\((\\p{Lu}{2,5})\\)`, 'gu');
/** The letters of `code` appear in `name` in order, the first one as the name's first letter. */
function initialsSpell(code: string, name: string): boolean {
  const n = name.toLowerCase();
  const c = code.toLowerCase();
  if (n[0] !== c[0]) return false;
  let at = 1;
  for (const ch of c.slice(1)) {
    const k = n.indexOf(ch, at);
    if (k < 0) return false;
    at = k + 1;
  }
  return true;
}

/** "Lopes Tavares": where a surname has two words without a particle, both are names, not ordinary words. */
function twoSurnamesOk(surname: string): boolean {
  const parts = surname.replace(LEADING_PARTICLE, '').split(/[ \u00a0]+/);
  return parts.length < 2 || parts.every((p) => isSyllabicGivenName(p) || p.split('-').every((q) => slotNameWord(q) || (isKnownSurname(q) && !isCommonWord(q))));
}

/** "Alhashimi - Yaacob": a double surname with a spaced hyphen, joined when the second part can only be a name. */
function joinSpacedHyphens(str: string): string {
  return str.includes('-') ? str.replace(SPACED_HYPHEN, (m, a: string, next: string) => (spacedHyphenPart(next) ? `${a}-${next}` : m)) : str;
}

/**
 * "KAMARA-DE WIT, Fenna": staff and contact lists often write the surname in capitals before the
 * comma (NAAM, Voornaam), so the reader finds the family name at once. Read that surname in title
 * case ("Kamara-de Wit"), inner Dutch particles in lower case, keeping every offset: the caller's
 * spans stay on the page's text. Only where the given name after the comma is written in ordinary
 * case (a heading all in capitals, "ZAAK, VERTROUWELIJK", is left alone) and the capitals hold at
 * least three letters (no abbreviation such as "ICT, Beheer").
 */
const CAPS_SURNAME = /^(\p{Lu}[\p{Lu}'’ -]*\p{Lu}),(?=[ \t\u00a0]*\p{Lu}\p{Ll})/u;
const INNER_PARTICLE = /^(?:van|de|der|den|ter|ten|te|het|du|des|dos|da|das|do|di|del|della|la|le|y|e|i)$/;
function titleCaseCapsSurname(str: string): string {
  const m = CAPS_SURNAME.exec(str);
  if (!m || m[1]!.replace(/[^\p{L}]/gu, '').length < 3) return str;
  let k = 0;
  const title = m[1]!.toLowerCase().replace(/\p{Ll}+/gu, (w, at: number) => {
    const first = k++ === 0;
    // "KAMARA-DE WIT": a particle after a hyphen opens the second surname and stays lower case too.
    if (!first && INNER_PARTICLE.test(w) && /[ -]$/.test(m[1]!.slice(0, at))) return w;
    return w[0]!.toUpperCase() + w.slice(1);
  });
  // A letter whose lower case is longer or shorter ("İ") would move every offset after it.
  return title.length === m[1]!.length ? title + str.slice(m[1]!.length) : str;
}

/** A whole line (or cell) that is a display name written surname-first: "Tewelde, Yonas", "Van Dongen, Louay". */
function surnameFirstLine(trimmed: string): RegExpExecArray | null {
  const inv = SURNAME_FIRST.exec(titleCaseCapsSurname(trimmed).replace(/\s*[,.;]?\s*$/, ''));
  // The given name after the comma may also name a town somewhere ("Salem", "Florence"): a list of persons says which.
  const given = inv?.[2]!.split(/[- ]/)[0] ?? '';
  if (!inv || !surnameOk(inv[1] ?? '') || !(slotNameWord(given) || ((isFirstName(given) || isWorldName(given)) && isPlace(given) && !isCommonWord(given) && !isEnglishWord(given)))) return null;
  // Particles ("Van", "Op den", "Al-", "El") are no name words of their own.
  const parts = capitalWords((inv[1] ?? '').replace(LEADING_PARTICLE, '')).filter((w) => !ONLY_PARTICLE.test(w) && !NAME_PARTICLE_WORD.test(w));
  // A surname that is also a place ("Van Dongen") counts when the surname lexicon knows it.
  // "Van Heumen": a particle before a place's name is a Dutch surname.
  const particle = LEADING_PARTICLE.test(inv[1] ?? '');
  const partOk = (w: string) => slotNameWord(w) || (isKnownSurname(w) && !isCommonWord(w) && !isEnglishWord(w)) || (particle && isPlace(w));
  // In a double surname one part may be an English word ("Djangid-Linger"); a Dutch one only where the
  // hyphen joins it to a part that can only be a name ("Sherpa-Zvinavashe": names of two origins).
  const joined = (w: string) => new RegExp(`(?:^|[\\s-])${w}-\\p{Lu}|\\p{L}-${w}(?![\\p{L}])`, 'u').test(inv[1] ?? '') && parts.some((p) => p !== w && slotNameWord(p));
  return parts.some(partOk) && parts.every((w) => partOk(w) || (!NEVER_NAMES.has(w.toLowerCase()) && !isPlace(w) && !isFunctionLine(w) && (!isCommonWord(w) || joined(w)))) ? inv : null;
}

/** A table's header cell on a line of its own: one to three ordinary words or a short abbreviation ("Nr", "Functie", "Telefoon", "Status"). */
function headerCell(str: string): boolean {
  const t = str.trim();
  if (!t || t.length > 25 || /\d|[,;@]/.test(t) || !/^[\p{L}(#]/u.test(t)) return false;
  if (COLUMN_OF_NAMES.test(t)) return true;
  const words = t.replace(/[():.#/]/g, ' ').split(/\s+/).filter(Boolean);
  return words.length >= 1 && words.length <= 3 && words.every((w) => w.length <= 3 || !isSyllabicGivenName(w) && w.split('-').every((p) => p.length <= 1 || isCommonWordOrCompound(p) || isEnglishWord(p) || isFunctionLine(p)))
    && !words.some((w) => (isFirstName(w) || isKnownSurname(w)) && !isCommonWord(w));
}

/** A label that is not the first word of its line: "… Paraaf: Tsega Haile". */
const SECOND_LABEL = /(?<=\S\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?)\s*:\s*/gu;
/** A line of thanks alone that closes a short message ("Dank!", "Bedankt,", "Thanks,"): the sender's name follows. */
const THANKS_LINE = /^((?:alvast\s+)?(?:dank(?:je(?:wel)?|\s+je(?:\s+wel)?|\s+u(?:\s+wel)?)?|bedankt|thanks|thank\s+you|cheers|groetjes|gr))\s*[,.!]*\s*$/i;
/** Chat exports that put the sender on a line of its own with the time: "[09:41] Naam", "Naam 09:41", "Naam, 4 maart 2025 09:41"; a ticket history's "12-03-2025 08:14 · Naam" (date, time, a dot or bar). */
const CHAT_HEAD = /^[ \t]*(?:(?:\[?\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?,?[ \t]+)?\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+(?:[·|–—-][ \t]+)?([^\d:\n·|–—-][^:\n]{1,50}?)|([^\d[:\n][^:\n]{1,50}?),?[ \t]+(?:(?:\d{1,2}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}[ \t]+\p{L}{3,9}\.?(?:[ \t]+\d{4})?|gisteren|vandaag|yesterday|today)[ \t,]+)?\d{1,2}:\d{2}(?::\d{2})?)[ \t]*$/u;

/** Column headers of tables whose cells below hold persons' names. */
const COLUMN_OF_NAMES = /^(?:naam|namen|wie|achternaam|voornaam|roepnaam|familienaam|voornamen|naam\s+medewerker|medewerkers|collega|aanwezig|aanwezigen|afwezig|afwezigen|verhinderd|afgemeld|afmeldingen|genodigden|gasten|insprekers?|sprekers|deelnemers?|actiehouder|contactperso(?:on|nen)|name|vervanger|vervangster|plaatsvervanger|achtervang|back-?up|behandelaar|medewerker|trekker|eigenaar|notulist|voorzitter|gesprekspartner|geïnterviewde|contact|auteurs?|auteur\(s\)|redactie|eindredactie|samenstelling|projectteam|onderzoeksteam|onderzoekers|interviewers|opgesteld\s+door|met\s+medewerking\s+van)\s*:?$/i;
const INLINE_ACTION = /(?:\(|(?<=[.;]\s)|(?<=\s[–—-]\s))(?:actie|actiehouder|trekker|eigenaar|wie)\s*:\s*([^)\n.;]{2,80})(?=\)|[.;]|\n|$)/gi;
// The list runs to the end of the sentence; the full stop of an initial ("N. ter Meeuwis") does not end it.
const COOPERATION = /\b((?:[Mm]et\s+(?:(?:de\s+)?(?:medewerking|hulp|bijdragen)\s+van))|[Ii]n\s+samenwerking\s+met)\s+((?:[^.\n:]|(?<=(?:^|[\s.])\p{Lu})\.){3,200})/gu;

const ROLE_IN_LINE = new RegExp(`^(?:\\p{L}+\\s+){0,2}(?:${ROLE_WORDS})(?![\\p{L}])`, 'iu');
const ROLE_LINE = new RegExp(`^\\s*(?:de\\s+|het\\s+)?(?:${ROLE_WORDS})(?![\\p{L}])`, 'iu');

/** A first name (no surname) with another name part after it: the start of a second person's name. */
function secondName(word: string, after: string): boolean {
  return isFirstName(word) && !isKnownSurname(word) && new RegExp(`^[ \\u00a0]*(?:${PARTICLE}|${CAP})`, 'u').test(after);
}

/** A hyphen with a space on one side or both between a name word and a capitalised word: "Kolev - Batsukh", "Sultanzade- Coaquira". */
const SPACED_HYPHEN = /(\p{Ll})(?:[ \t]+-[ \t]*|-[ \t]+)((?:IJ|\p{Lu})[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\p{N}@])/gu;
/** The word after a spaced hyphen is the second surname only when it can be nothing but a name (no word, function, place). */
function spacedHyphenPart(w: string): boolean {
  return slotNameWord(w) && w.split('-').every((p) => !isCommonWord(p) && !isEnglishWord(p) && !isFunctionLine(p) && !NEVER_NAMES.has(p.toLowerCase()));
}
/** Every part of a surname is a word no dictionary, place list or function list holds. */
function spacedSurnameOnly(surname: string): boolean {
  return surname.split(/[ \u00a0-]+/).every((p) => spacedHyphenPart(p));
}
/** After a name found: " - Batsukh", "- Coaquira" (see SPACED_HYPHEN). */
const SPACED_HYPHEN_AFTER = /^(?:[ \t]+-[ \t]*|-[ \t]+)((?:IJ|\p{Lu})[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?)(?![\p{L}\p{N}@]|[ \t]*-)/u;

/** " e/v Hammami", " e/v\nVan den Berg": a married name's partner surname after "e/v" (echtgenote/echtgenoot van). */
const MARRIED_AFTER = new RegExp(`^[ \\u00a0]+e\\/v(?:[ \\u00a0]+|[ \\t]*\\n[ \\t]*)((?:${PARTICLE}[ \\u00a0])?${FULL_SURNAME})(?![\\p{L}\\p{N}@'’])`, 'u');
/** The end of a married name's " e/v <surname>" right after a name ending at `end`, or undefined. */
export function marriedNameEnd(text: string, end: number): number | undefined {
  if (text.charCodeAt(end + 1) !== 101 /* e */ && !/^\s+e\/v/.test(text.slice(end, end + 6))) return undefined;
  const married = MARRIED_AFTER.exec(text.slice(end, end + 60));
  // One part of a double surname may be a word or a place ("Okonjo-Brand"), not every part; none a function.
  const parts = married?.[1]!.replace(LEADING_PARTICLE, '').split(/[ \u00a0-]+/) ?? [];
  const ok = married && parts.some((p) => slotNameWord(p) || (isKnownSurname(p) && !isPlace(p)) || (!isCommonWord(p) && !isEnglishWord(p) && !isPlace(p)))
    && parts.every((p) => !isFunctionLine(p) && !NEVER_NAMES.has(p.toLowerCase()));
  return ok ? end + married[0].length : undefined;
}
/** One more name part after a name: one space, an optional particle (or Portuguese "e"), a capitalised word that ends there. */
const MORE_PART = new RegExp(`^[ \\u00a0](?:(${PARTICLE}|e)[ \\u00a0])?(${GIVEN})(?![\\p{L}\\p{N}@'’]|[.-]\\p{L}|[ \\u00a0]*:)`, 'u');

export const namesDetector: Detector = {
  id: 'name.patterns',
  category: 'name',
  run(ctx) {
    const english = ctx.profile.language === 'en';
    // Names in capitals (small capitals as LibreOffice and Word draw them, "JAN BAKKER") are read in
    // the case a name is written in; the offsets stay the same.
    const slotFinds: Found[] = [];
    const cased = capitalsAsNames(ctx.text, slotFinds);
    const found = [...patternFinds(cased), ...contextFinds(cased), ...slotFinds]
      // In an English document capitalised ordinary words ("General", "International") are no names.
      .filter((f) => !english || !f.pattern || !capitalWords(ctx.text.slice(f.start, f.end)).some((w) => isEnglishWord(w) && !isFirstName(w)));
    const out: Candidate[] = [];
    for (const f of found) {
      let start = f.start;
      let end = f.end;
      // "commissaris van de Koning Darwish": the first word found is the last word of a public role
      // ("Koning"); the name begins after it, in that role.
      const firstWord = roleWordNear(ctx.text, start + 1) ? /^\p{Lu}\p{Ll}+/u.exec(ctx.text.slice(start, end)) : null;
      if (firstWord && /\s/.test(ctx.text.slice(start + firstWord[0].length, end).trim() === '' ? '' : ctx.text[start + firstWord[0].length]!)) {
        const upTo = start + firstWord[0].length;
        const role = roleBefore(ctx.text.slice(Math.max(0, upTo - 140), upTo));
        if (role && /\s/.test(role[0].trim())) {
          const next = /^\s+/.exec(ctx.text.slice(upTo, end));
          if (next) {
            start = upTo + next[0].length;
            f.first = undefined;
          }
        }
      }
      // Trailing punctuation or spaces never belong to the name.
      // A name followed by a house number and a postcode is a street ("Cornelis Kuijpershof 50, 1234 AB …").
      if ((!f.afterPersonLabel && ADDRESS_AFTER.test(ctx.text.slice(end, end + 40))) || placeAfterNumber(ctx.text.slice(end, end + 60)) || ADDRESS_LABEL.test(ctx.text.slice(ctx.text.lastIndexOf('\n', start - 1) + 1, start))) continue;
      // A wide gap is a column border: "Fatma Yıldız      Beleidsadviseur" ends at the gap.
      const gap = /[ \u00a0]{3,}|\t/.exec(ctx.text.slice(start, end));
      if (gap && gap.index > 0) end = start + gap.index;
      while (end > start && /[\s,.;:]/.test(ctx.text[end - 1]!) && !/\p{Lu}\.$/u.test(ctx.text.slice(start, end))) end--;
      // A third or fourth part right after the name, on its line: "Eldina Brito Fortes", "Ahmad Shah
      // Popalzai", "Tavares dos Santos Lopes". Only a word that is no ordinary word, place or function.
      for (let k = 0; k < 2 && !gap; k++) {
        const more = MORE_PART.exec(ctx.text.slice(end, end + 50));
        // "Kamstra, U. Veiligheidsregio": an organisation in the next cell is no third part of the name.
        if (!more || !(isSyllabicGivenName(more[2]!) || more[2]!.split('-').every((p) => slotNameWord(p) && !ORGANISATION_WORD.test(p))) || isPlace(more[2]!)) break;
        // "D.M. van Weel Bart van den Brink": two signatures side by side; a first name with more after it opens the next name.
        if (secondName(more[2]!, ctx.text.slice(end + more[0].length, end + more[0].length + 20))) break;
        end += more[0].length;
        f.surname = more[2];
      }
      // Two names side by side in two columns, joined by the text model with one space ("Kwabena
      // Agyeman Tsega Woldemichael" from "Opgesteld door … Afgestemd met"): the page's geometry shows
      // the column gap; the name ends there and the words after it are read as a name of their own.
      const split = columnGap(ctx.page, start, end);
      if (split) {
        const rest = ctx.text.slice(split.next, end);
        const words = rest.split(/\s+/);
        if (words.length >= 2 && words.length <= 4 && words.every((w) => ONLY_PARTICLE.test(w) || slotNameWord(w) || (isKnownSurname(w) && !isCommonWord(w)) || isFirstName(w))) {
          found.push({ ...f, start: split.next, end, first: words[0], surname: words[words.length - 1] });
        }
        end = split.end;
        if (f.surname && !ctx.text.slice(start, end).includes(f.surname)) f.surname = ctx.text.slice(start, end).split(/\s+/).pop();
      }
      // "M. Meredith e/v Hammami", "Dorra Dridi e/v\nMoukoko": the Dutch register's form of a married
      // name ("echtgenote/echtgenoot van" and the partner's surname) is part of the name.
      if (!gap && !split) end = marriedNameEnd(ctx.text, end) ?? end;
      // "Kolev - Batsukh": a second surname after a spaced hyphen belongs to the name.
      const spaced = !gap && !split && /\p{Ll}$/u.test(ctx.text.slice(start, end)) ? SPACED_HYPHEN_AFTER.exec(ctx.text.slice(end, end + 40)) : null;
      if (spaced && spacedHyphenPart(spaced[1]!)) {
        end += spaced[0].length;
        f.surname = f.surname ? `${f.surname}-${spaced[1]}` : spaced[1];
      }
      // "Schildersbedrijf Kees Hoogland B.V.", "Hoogland & Zonen B.V.": a name inside the name of a
      // legal person is the company's published name, not a person's data. Kept as the whole company
      // name, so that the same words as a person's own name elsewhere get their own decision.
      const company = COMPANY_AFTER.exec(ctx.text.slice(end, end + 60));
      // "Sportvereniging Olympia Noord", "Stichting Anna Pauw": words after an association's or
      // foundation's word on its line are that organisation's name.
      const orgHead = company ? null : ORG_HEAD.exec(ctx.text.slice(Math.max(0, start - 40), start));
      if (company || orgHead) {
        const head = orgHead ?? COMPANY_HEAD.exec(ctx.text.slice(Math.max(0, start - 40), start));
        const from = head ? start - head[0].length : start;
        const to = end + (company ? company[0].length : 0);
        out.push({ category: 'name', start: from, end: to, confidence: f.confidence, reason: `naam van een organisatie ('${collapse(ctx.text.slice(from, to))}': bedrijf, vereniging of stichting, een rechtspersoon): gepubliceerde gegevens van de organisatie, geen persoonsgegeven`, keep: true });
        continue;
      }
      const text = ctx.text.slice(start, end);
      // Papers of an elected body (council minutes, parliamentary papers) name members and officials
      // in running text; only a name in a letter's own places (header, signature, contact) is a civil servant's.
      const role = publicRole(ctx, start, end, text, !f.pattern) ?? (ctx.profile.assembly && f.pattern ? 'stuk van een volksvertegenwoordiging (raad, Staten, Kamer): naam van een lid of bestuurder in publieke rol' : undefined);
      remember(ctx, f, text, Boolean(role));
      out.push({ category: 'name', start, end, confidence: f.confidence, reason: role ?? f.reason, keep: role !== undefined });
    }
    out.push(...codeColumnFinds(ctx.page, ctx.text));
    RULE_SPANS.set(ctx.page, out.map((c) => [c.start, c.end]));
    return out;
  },
};

/** What the rules found on each page, for the learned tagger (detectors/nameModel.ts), which only adds where they found nothing. */
const RULE_SPANS = new WeakMap<object, [number, number][]>();
/** The ranges `name.patterns` found (suggested or kept) on a page it has run on; empty otherwise. */
export function ruleNameSpans(page: object): readonly [number, number][] {
  return RULE_SPANS.get(page) ?? [];
}

/**
 * Where the words of [start, end) on one line are interrupted by a column gap (wider than three
 * characters of the word before it and than the line's height): the end of the words before it
 * and the start of the first word after it.
 */
function columnGap(page: DetectContext['page'], start: number, end: number): { end: number; next: number } | undefined {
  const words = page.words;
  if (!words?.length) return undefined;
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k + 1 < words.length && words[k + 1]!.start < end; k++) {
    const a = words[k]!;
    const b = words[k + 1]!;
    if (a.rot !== 0 || b.rot !== 0) return undefined;
    const h = a.rect[3] - a.rect[1];
    // Another line: not a gap within the line.
    if (Math.abs(b.rect[1] - a.rect[1]) > h * 0.5) continue;
    const charW = (a.rect[2] - a.rect[0]) / Math.max(1, a.text.length);
    const gap = b.rect[0] - a.rect[2];
    if (gap > Math.max(3 * charW, 1.2 * h)) return { end: a.start + a.text.length, next: b.start };
  }
  return undefined;
}

/** Column headers of a table whose cells are staff codes (initials, a paraaf) of the person who did or owns the row. */
const CODE_COLUMN_HEAD = /^(?:wie|door|eigenaar|paraaf|parafen|initialen|actiehouder|behandelaar|uitvoerder|trekker|verantwoordelijke|medewerker|owner|who)$/iu;
/** A code cell: two to five capitals, nothing else ("TAD", "ÞRU", "ÓEI"). */
const CODE_CELL = /^\p{Lu}{2,5}$/u;
/** Units and bodies a "wie" column names as often as a person: their abbreviations are no one's paraaf. */
const UNIT_CODES = new Set(['GGD', 'GGZ', 'OM', 'IND', 'UWV', 'SVB', 'DUO', 'COA', 'CJIB', 'RIVM', 'NVWA', 'ILT', 'KCC', 'KCM', 'BOA', 'BOAS', 'RDW', 'KVK', 'BRP', 'VTH', 'WMO', 'JZ', 'DG', 'FEZ', 'HRM', 'ICT', 'IV', 'PO', 'CIO', 'FG', 'MT', 'DT', 'OR', 'SSC', 'AP', 'BZK', 'VWS', 'EZK', 'IDO', 'RUD', 'ODS', 'VRU', 'PM', 'NB', 'NVT', 'TBD', 'ALLE', 'ALLEN', 'PL', 'SG', 'DIR', 'TEAM', 'RVB', 'CVB', 'BW', 'BGT', 'BAG', 'RVO', 'RWS']);
/** A standalone run of capitals in the text, for the code's other mentions on the page. */
const CODE_MENTION = /(?<![\p{L}\p{N}@./_-])\p{Lu}{2,5}(?![\p{L}\p{N}@/_-])/gu;

/**
 * Staff codes in a table column headed "wie", "door", "eigenaar", "paraaf" …: a call list's "Door"
 * column, a log's "wie", a risk table's "eigenaar". Read from the page's geometry, since a table's
 * columns reach the text model in any order (column by column, row by row, interleaved): the words
 * under the header cell, in its horizontal range, top to bottom, are the column's cells. Two or more
 * cells of capitals only, up to the first cell that is something else, make it a column of codes;
 * each code then stands for a person (10.2.e) there and wherever else the page writes it (a legend
 * read apart from its names, "Eigenaarcodes: …"). A code in a legend whose name is a unit's stays
 * out: only codes seen in the column count.
 */
function codeColumnFinds(page: DetectContext['page'], text: string): Candidate[] {
  const words = page.words;
  if (!words?.length || !/\p{Lu}{2}/u.test(text)) return [];
  const heads = words.filter((w) => w.rot === 0 && CODE_COLUMN_HEAD.test(w.text.replace(/:$/, '')));
  if (!heads.length) return [];
  const codes = new Map<string, string>();
  for (const head of heads) {
    const [x0, y0, x1, y1] = head.rect;
    const h = y1 - y0;
    // The header is a cell of its own: no word on its line a word space beside it (running text "… opgesteld door Jan";
    // a word space is about a quarter of the line's height, a table's cell padding more).
    const beside = words.some((w) => w !== head && w.rot === 0 && Math.abs(w.rect[1] - y0) < h * 0.5
      && (Math.abs(w.rect[0] - x1) < h * 0.4 || Math.abs(head.rect[0] - w.rect[2]) < h * 0.4));
    if (beside) continue;
    // The words below the header whose horizontal range meets the header's, top to bottom, per row.
    const below = words.filter((w) => w.rot === 0 && w.rect[1] > y0 + h * 0.5 && w.rect[0] < x1 && w.rect[2] > x0 && w.rect[1] - y1 < h * 40)
      .sort((a, b) => a.rect[1] - b.rect[1]);
    const cells: typeof words = [];
    for (let k = 0; k < below.length;) {
      const row = [below[k]!];
      while (k + row.length < below.length && below[k + row.length]!.rect[1] - below[k]!.rect[1] < h * 0.5) row.push(below[k + row.length]!);
      k += row.length;
      const w = row[0]!;
      const code = row.length === 1 && CODE_CELL.test(w.text);
      // A line of running text that starts left of the column and runs through it (a log's entry
      // wrapped to the left margin, as a plain-text print does) is no cell of the column: passed over.
      if (!(code && Math.abs(w.rect[0] - x0) < h * 0.15) && words.some((o) => !(code && o === w) && o.rot === 0 && Math.abs(o.rect[1] - w.rect[1]) < h * 0.5 && o.rect[0] < x0 - h * 0.5 && o.rect[2] > x0 - h * 0.4)) continue;
      if (!code) break;
      cells.push(w);
    }
    // A code that starts where the header or another code of the column starts (a column's left
    // edge, however tightly the table sets its cells beside it) is a cell. One that stands alone
    // with a word a word space after it opens a sentence instead.
    const found = cells.filter((w) => Math.abs(w.rect[0] - x0) < h * 0.15 || cells.some((o) => o !== w && Math.abs(o.rect[0] - w.rect[0]) < 1)
      || !words.some((o) => o !== w && o.rot === 0 && Math.abs(o.rect[1] - w.rect[1]) < h * 0.5 && o.rect[0] > w.rect[2] && o.rect[0] - w.rect[2] < h * 0.4));
    if (found.length < 2) continue;
    const header = head.text.replace(/:$/, '').toLowerCase();
    for (const w of found) if (!codes.has(w.text) && !UNIT_CODES.has(w.text)) codes.set(w.text, header);
  }
  if (!codes.size) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(CODE_MENTION)) {
    const header = codes.get(m[0]);
    if (header) out.push({ category: 'name', start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, confidence: 0.85, reason: `afkorting (paraaf) van een medewerker: code in de kolom '${header}' van een tabel` });
  }
  return out;
}

function remember(ctx: DetectContext, f: Found, full: string, isPublic: boolean): void {
  const surname = f.surname?.trim();
  const confident = Boolean(f.strong) && f.confidence >= 0.85;
  const name: KnownName = { full: collapse(full), page: ctx.page.page, public: isPublic, surname, particle: f.particle?.toLowerCase(), firstName: f.first, confident, ...(f.code ? { code: f.code } : {}) };
  const same = ctx.memory.names.find((k) => k.full === name.full && k.public === name.public);
  if (!same) ctx.memory.names.push(name);
  else {
    if (confident && !same.confident) Object.assign(same, { confident, firstName: same.firstName ?? name.firstName });
    if (f.code && !same.code) same.code = f.code;
  }
}

const capitalWords = (s: string) => s.split(/[\s-]+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));

export { SURNAME };
