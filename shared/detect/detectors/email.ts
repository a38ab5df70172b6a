/**
 * E-mail addresses: only the local part is suggested, the domain stays readable (the seed
 * decision letter: "de verdere extensie van het e-mailadres heb ik wel laten staan").
 * A functional mailbox (a team's or service's address) is 10.2.g / 5.1.2i, a person's
 * address 10.2.e / 5.1.2e.
 */
import type { Candidate, Detector, DocumentProfile } from '../types';
import { companyDetails, inPageMargin, onBoilerplateLine, onEdgeLines, unitBlock, unitOnLine } from '../edges';
import { HEADER_LABEL, ANY_HEADER_LABEL, PUBLIC_CONTACT_WORDS } from '../dutch';
import { isCommonWord, isCommonWordOrCompound, isFirstName, isKnownSurname, isWorldName } from '../lexicon';

// Local part per RFC 5322's dot-atom, without the rarely used specials; domain of two or more labels.
const EMAIL = /(?<![\p{L}\p{N}._%+'-])(?:mailto:)?([\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,62}[\p{L}\p{N}_+-])?)@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24})/gu;

/** Local-part pieces that name a function rather than a person. */
const FUNCTIONAL = /(?:^|[._-])(?:postbus|post|info|informatie|mailbox|servicedesk|service|helpdesk|support|secretariaat|secretariat|team|afdeling|bureau|directie|contact|noreply|no-reply|donotreply|admin|beheer|redactie|pers|press|woo|wob|communicatie|klachten|meldpunt|loket|frontoffice|backoffice|planning|inkoop|facturen|receptie|algemeen|office|centrale|kcc|cluster|unit|desk|infocel|functioneel|dienst|register|registratie|aanvragen|bezwaar|intake|coordinatie|coördinatie|sales|verkoop|administratie|boekhouding|finance|financien|financiën|accounts|billing|facturatie|debiteuren|crediteuren|orders?|bestellingen|offertes?|customerservice|customercare|klantenservice|klantcontact|personeelszaken|salarisadministratie|facilitair|facilities|marketing|jobs|vacatures|werkenbij|recruitment|careers|events|evenementen|nieuwsbrief|newsletter|abuse|postmaster|webmaster|hostmaster|security|legal|compliance|reception|verhuur|logistiek|magazijn|technischedienst|juridischezaken|publiekszaken|burgerzaken|vergunningen|subsidies?|inschrijvingen|aanmeldingen|notificaties?|notifications?|alerts?|mailer|bounce|enquiries|inquiries|hello|hallo)(?:$|[._-]|\d)/i;
/** Short department words that name a function only as the whole local part ("hr@", "ict@", "it2@"): inside a longer one they may be initials ("hr.jansen"). */
const FUNCTIONAL_WHOLE = /^(?:hr|ict|it|fd|pz|p-?o|kcc|wmo|fg|dpo)\d{0,3}$/i;
const FUNCTIONAL_INFIX = /(?:postbus|mailbox|servicedesk|helpdesk|secretariaat|infocel|info|noreply|beleid|team)/i;
const MAILBOX_CONTEXT = /(?:functionele?\s+(?:mail)?box|mailbox|postbus|algemene?\s+(?:e-?mail)?adres|team(?:mail|adres)|groepsmailbox|functioneel\s+adres)[^.\n]{0,40}$/i;

// A domain broken over a line end in a narrow table cell: "s.t.sewdien@minbzk.\nnl", "x@minjenv.n\nl".
const BROKEN_DOMAIN = /(?<![\p{L}\p{N}._%+'-])([\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,62}[\p{L}\p{N}_+-])?)@([\p{L}\p{N}.-]+)(?=[ \t]*\n[ \t]*([\p{L}\p{N}.-]+))/gu;
const DOMAIN = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}[\p{L}\p{N}])?\.){1,8}\p{L}{2,24}$/u;

interface Address {
  1: string;
  2: string;
  at: number;
  index: number;
  mailto: boolean;
  /** Where the local part begins when it began on the line above ("postbus.woo-" + "verzoeken@…"). */
  from?: number;
}

// The start of a local part broken at a hyphen or underscore over a line end: the last word of
// the line above, made of the characters of a local part, ending in '-' or '_' (which cannot end
// a local part, so the address goes on below).
const LOCAL_HEAD = /(?:^|[\s(<:;,])([\p{L}\p{N}](?:[\p{L}\p{N}._%+'-]{0,62})[-_])[ \t]*\n[ \t]*$/u;

/** The address with the start of its local part from the line above, if it was broken there. */
function withBrokenLocal(text: string, a: Address): Address {
  if (a.mailto || a.index === 0 || !/\n[ \t]*$/.test(text.slice(Math.max(0, a.index - 8), a.index))) return a;
  const m = LOCAL_HEAD.exec(text.slice(Math.max(0, a.index - 90), a.index));
  if (!m) return a;
  const head = m[1]!;
  const from = a.index - (m[0].length - m[0].indexOf(head));
  const local = `${head}${a[1]}`;
  if (local.length > 64) return a;
  return { ...a, 1: local, index: from, from };
}

/** Every address in the text: local part, domain (line breaks taken out) and the offset of the @. */
function addresses(text: string): Address[] {
  const out: Address[] = [];
  for (const m of text.matchAll(EMAIL)) {
    const at = (m.index ?? 0) + m[0].length - (m[2]?.length ?? 0) - 1;
    out.push(withBrokenLocal(text, { 1: m[1] ?? '', 2: m[2] ?? '', at, index: m.index ?? 0, mailto: m[0].startsWith('mailto:') }));
  }
  if (text.includes('@\n') || /@[^\s@]*\n/.test(text)) {
    for (const m of text.matchAll(BROKEN_DOMAIN)) {
      const domain = `${m[2]}${m[3]}`;
      // Only a domain that is incomplete on its own line ("minbzk.", "minjenv.n") goes on below it.
      if (DOMAIN.test(m[2] ?? '') || !DOMAIN.test(domain)) continue;
      const at = (m.index ?? 0) + (m[1]?.length ?? 0);
      if (out.some((a) => a.at === at)) continue;
      out.push({ 1: m[1] ?? '', 2: domain, at, index: m.index ?? 0, mailto: false });
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

/** Addresses that show the form of an address rather than anyone's (naam@domein.nl, voornaam.achternaam@…). */
const PLACEHOLDER_LOCAL = /^(?:naam|voornaam|achternaam|voorletter|voorletters|initialen|tussenvoegsel|gebruiker|gebruikersnaam|medewerker|jouwnaam|uwnaam|mijnnaam|naam\.achternaam|voornaam[._-]?(?:tussenvoegsel[._-]?)?achternaam|voorletters?[._-]?achternaam|v[._-]?achternaam|name|firstname|lastname|first[._-]?name[._-]?last[._-]?name|firstname[._-]lastname|user|username|example|voorbeeld|test|xxx+|abc|iemand|someone|johndoe|jan[._-]?(?:de[._-]?)?(?:jansen|modaal))$/i;
const PLACEHOLDER_DOMAIN = /^(?:domein|domain|voorbeeld|example|organisatie|organisation|bedrijf|company|provider|gemeente|xxx+)\.(?:nl|com|org|net|be|eu)$|^example\.|\.example$|\.(?:test|invalid|localhost)$/i;

/** Every piece of the local part is a word for a name or a user ("initiaal.achternaam", "naam.medewerker", "uw.naam"): the form, not an address. */
const PLACEHOLDER_PIECE = /^(?:naam|voornaam|achternaam|familienaam|roepnaam|voorletters?|initiaal|initialen|tussenvoegsel|medewerker|collega|gebruiker|gebruikersnaam|uw|jouw|mijn|name|firstname|lastname|surname|first|last|given|family|user|username|initial|initials|x+)$/i;
const NO_REPLY = /^(?:no[._-]?reply|do[._-]?not[._-]?reply|niet[._-]?beantwoorden|geen[._-]?antwoord|antwoord[._-]?niet)(?:[._-][\p{L}\p{N}]+)?$/iu;

/** Where the address stands says it is the organisation's: the header or footer of most pages, or a letterhead with no person in it. */
function generalPlace(profile: DocumentProfile, pageCount: number, text: string, start: number, pagesWith: number): string | undefined {
  if (onBoilerplateLine(profile, text, start)) return "staat in de kop- of voettekst van de meeste pagina's: adres van de organisatie";
  if (pageCount >= 3 && pagesWith >= 3 && pagesWith >= pageCount * 0.6) return `staat op ${pagesWith} van de ${pageCount} pagina's: adres van de organisatie`;
  return undefined;
}

/** Per document: on how many pages each address stands (built once per pages array). */
const PAGE_COUNTS = new WeakMap<object, Map<string, number>>();
function pagesWithAddress(pages: readonly { text: string }[]): Map<string, number> {
  let m = PAGE_COUNTS.get(pages);
  if (m) return m;
  m = new Map();
  for (const p of pages) {
    if (!p.text.includes('@')) continue;
    const seen = new Set<string>();
    for (const x of p.text.matchAll(EMAIL)) seen.add(`${x[1]}@${x[2]}`.toLowerCase());
    for (const a of seen) m.set(a, (m.get(a) ?? 0) + 1);
  }
  PAGE_COUNTS.set(pages, m);
  return m;
}

/** Per document: on how many pages each address stands in the top or bottom three lines (a letterhead or running footer). */
const EDGE_COUNTS = new WeakMap<object, Map<string, number>>();
function edgePagesWithAddress(pages: readonly { text: string }[]): Map<string, number> {
  let m = EDGE_COUNTS.get(pages);
  if (m) return m;
  m = new Map();
  for (const p of pages) {
    if (!p.text.includes('@')) continue;
    const seen = new Set<string>();
    for (const x of p.text.matchAll(EMAIL)) if (onEdgeLines(p.text, x.index ?? 0)) seen.add(`${x[1]}@${x[2]}`.toLowerCase());
    for (const a of seen) m.set(a, (m.get(a) ?? 0) + 1);
  }
  EDGE_COUNTS.set(pages, m);
  return m;
}

/**
 * A heading of a contact block or colophon on a line of its own within the few lines above the
 * address, with no person's line between ("Contact" / "Team Toegankelijkheid" / "E …@…",
 * "Colofon" / "Uitgave: …" / "…@…"): the block the organisation publishes for its readers.
 */
const CONTACT_HEADING = /^(?:contact|contactgegevens|contactinformatie|colofon|meer\s+informatie|vragen(?:\s+over\s+[\p{L} -]{1,40})?\??|informatie\s+en\s+contact|uitgave|inlichtingen|bereikbaarheid)\s*:?\s*$/iu;
export function contactHeadingAbove(text: string, start: number): string | undefined {
  let a = text.lastIndexOf('\n', start - 1) + 1;
  for (let n = 0; n < 5 && a > 0; n++) {
    const b = a - 1;
    a = text.lastIndexOf('\n', b - 1) + 1;
    const line = text.slice(a, b).trim();
    if (!line) return undefined;
    if (CONTACT_HEADING.test(line)) return line.replace(/:$/, '');
    if (line.split(/\s*[|·•,;]\s*|\s{3,}/).some((seg) => personLine(seg.trim()))) return undefined;
  }
  return undefined;
}

/**
 * The functional mailboxes of a text that stand outside an e-mail's header fields, with no colleague
 * addressed beside them ("kun je …", "intern"), as full lower-case addresses: what the dossier-wide
 * count of mailboxes (shared/detect/suggest.ts) counts. A person's address is never counted.
 *
 * @example
 *   publishedMailboxesIn('Vragen? Mail naar info@gemeente.nl'); // ['info@gemeente.nl']
 */
export function publishedMailboxesIn(text: string): string[] {
  if (!text.includes('@')) return [];
  const out: string[] = [];
  for (const m of addresses(text)) {
    const local = m[1] ?? '';
    const start = m.from ?? m.at - local.length;
    if (!isFunctionalLocalPart(local) || inHeaderField(text, start) || colleagueAddressed(text, start)) continue;
    out.push(`${local}@${m[2]}`.toLowerCase());
  }
  return out;
}

/** A colleague is addressed in the sentence of the address, or the text calls it an internal mailbox. */
function colleagueAddressed(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 160), start).split(/[.!?]\s|\n\n/).pop() ?? '';
  const after = text.slice(start, start + 200).replace(/^[^\s@]*@\S+/, '').split(/[.!?](?:\s|$)|\n\n/)[0] ?? '';
  return /\b(?:je|jij|jullie|collega'?s|intern(?:e)?)\b/i.test(`${before} ${after}`) || MAILBOX_CONTEXT.test(before);
}

/** A person named on the address's line or the line above it ("Anouk Bos", "Contact: Radim Novák"). */
function personBeside(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', start);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const prev = text.slice(Math.max(0, lineStart - 200), Math.max(0, lineStart - 1)).split('\n').pop() ?? '';
  return [line, prev].some((l) => l.split(/\s*[|·•,;]\s*|\s{3,}/).some((seg) => personLine(seg.trim())));
}

export const emailDetector: Detector = {
  id: 'email.address',
  category: 'email',
  run(ctx) {
    const { text, pages, profile, dossier } = ctx;
    const out: Candidate[] = [];
    if (!text.includes('@')) return out;
    for (const m of addresses(text)) {
      const local = m[1] ?? '';
      const at = m.at;
      const start = m.from ?? at - local.length;
      if (PLACEHOLDER_LOCAL.test(local) || PLACEHOLDER_DOMAIN.test(m[2] ?? '') || localPartPieces(local).every((p) => PLACEHOLDER_PIECE.test(p))) {
        out.push({ category: 'email', start, end: at, confidence: 0.9, reason: 'voorbeeldadres (geen adres van een bestaande persoon of dienst)', keep: true });
        continue;
      }
      // A sender address nobody reads ("noreply@", "niet-beantwoorden@"): no person and no mailbox to protect.
      if (NO_REPLY.test(local)) {
        out.push({ category: 'email', start, end: at, confidence: 0.9, reason: `afzenderadres waarop niemand antwoordt ('${local}'): geen persoon en geen interne mailbox`, keep: true });
        continue;
      }
      const pagesWith = pagesWithAddress(pages).get(`${local}@${m[2]}`.toLowerCase()) ?? 0;
      const place = generalPlace(profile, pages.length, text, start, pagesWith);
      if (place && (isFunctionalLocalPart(local) || !/[._-]/.test(local))) {
        out.push({ category: 'email', start, end: at, confidence: 0.85, reason: place, keep: true });
        continue;
      }
      // A function's mailbox in the top or bottom lines of two or more pages of the document (a
      // letterhead or a running footer that the profile did not find on most pages: a two-page
      // letter, a footer some pages leave out), with no person beside it and no colleague addressed:
      // in a long dossier of e-mails an internal mailbox given to a colleague in a message's body
      // ("kun je ook terecht bij de functionele mailbox …") falls on a page's first or last lines
      // on many pages, and stays the internal mailbox it is.
      const edges = edgePagesWithAddress(pages).get(`${local}@${m[2]}`.toLowerCase()) ?? 0;
      if (edges >= 2 && isFunctionalLocalPart(local) && onEdgeLines(text, start) && !inHeaderField(text, start) && !personBeside(text, start) && !colleagueAddressed(text, start)) {
        out.push({ category: 'email', start, end: at, confidence: 0.85, reason: `functionele mailbox in de bovenste of onderste regels van ${edges} pagina's (briefhoofd of voettekst), zonder persoon erbij: adres van de organisatie`, keep: true });
        continue;
      }
      // A company's letterhead, footer or contact line ("Hendriks Bouw B.V. | KvK … | sales@…"): its
      // general mailbox is published company data, not a civil servant's (a person's address stays).
      if (isFunctionalLocalPart(local) && !inHeaderField(text, start) && !colleagueAddressed(text, start)) {
        const company = companyDetails(text, start, personLine);
        if (company) {
          out.push({ category: 'email', start, end: at, confidence: 0.85, reason: `algemeen adres van een bedrijf: staat bij de gegevens van '${company}' (briefhoofd, voettekst of contactregel), geen persoon`, keep: true });
          continue;
        }
      }
      // A function's mailbox in the footer or letterhead block at the very edge of the page, with no
      // person beside it: the organisation's address, also on a one-page document.
      if (isFunctionalLocalPart(local) && !inHeaderField(text, start) && !personBeside(text, start) && inPageMargin(ctx, start)) {
        out.push({ category: 'email', start, end: at, confidence: 0.8, reason: "functionele mailbox in de marge onder- of bovenaan de pagina (voettekst of briefhoofd), zonder persoon erbij: adres van de organisatie", keep: true });
        continue;
      }
      // The public's own front door in a message's header fields ("Aan: info@…", a citizen writing to
      // the organisation's general or complaints address; "Van: woo@…" answering him): the address
      // the organisation publishes for everyone, no colleague's or team's internal mailbox.
      if (PUBLIC_FRONT_DOOR.test(local) && inHeaderField(text, start)) {
        out.push({ category: 'email', start, end: at, confidence: 0.85, reason: `algemeen contactadres van de organisatie ('${local}': het adres dat zij voor iedereen publiceert), ook in de kopregels van een bericht`, keep: true });
        continue;
      }
      const published = publishedMailbox(text, start, local);
      if (published) {
        out.push({ category: 'email', start, end: at, confidence: 0.85, reason: published, keep: true });
        continue;
      }
      // "Postbus 2000 | 1500 GA Zaandam | secretariaat.wi@zaanstad.nl": a function's mailbox on the line
      // of the organisation's postal address or website (letterhead, footer, colophon) is its published address.
      if (isFunctionalLocalPart(local) && !inHeaderField(text, start)) {
        // "Team Handhaving | 030 … | handhaving@…", a contact block "Afdeling Subsidies / T … / E subsidies@…".
        const unit = unitOnLine(text, start, at, personLine) ?? unitBlock(text, start, personLine);
        if (unit) {
          out.push({ category: 'email', start, end: at, confidence: 0.85, reason: `functionele mailbox naast '${unit}' (een team, afdeling of organisatie, geen persoon): adres van de organisatie`, keep: true });
          continue;
        }
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const lineEnd = text.indexOf('\n', at);
        const line = `${text.slice(lineStart, start)} ${text.slice(at, lineEnd < 0 ? text.length : lineEnd).replace(/^@\S+/, '')}`;
        if (ORG_ADDRESS_LINE.test(line)) {
          out.push({ category: 'email', start, end: at, confidence: 0.85, reason: "functionele mailbox in de regel met het postadres of de website van de organisatie (briefhoofd, voettekst, colofon): adres van de organisatie", keep: true });
          continue;
        }
      }
      // The dossier-wide count: a functional mailbox that stands in three or more documents outside
      // the header fields of a message, with no colleague addressed and no person beside it, is the
      // organisation's published address.
      const docs = dossier.mailDocuments?.get(`${local}@${m[2]}`.toLowerCase()) ?? 0;
      if (docs >= 3 && isFunctionalLocalPart(local) && !inHeaderField(text, start) && !colleagueAddressed(text, start) && !personBeside(text, start)) {
        out.push({ category: 'email', start, end: at, confidence: 0.8, reason: `algemeen adres van de organisatie: functionele mailbox die in ${docs} documenten van het dossier staat, buiten de kopregels van een bericht en zonder persoon erbij`, keep: true });
        continue;
      }
      const before = text.slice(Math.max(0, start - 80), start);
      const mailto = m.mailto;
      const byName = isFunctionalLocalPart(local);
      const byContext = MAILBOX_CONTEXT.test(before);
      const mailbox = byName || byContext;
      const why = mailbox
        ? `functionele mailbox (${byContext ? 'context noemt een mailbox' : `deel '${local}' is een functie, geen persoon`}); alleen het deel vóór @`
        : 'persoonlijk e-mailadres; alleen het deel vóór @ (het domein blijft staan)';
      out.push({ category: 'email', start, end: at, confidence: mailbox ? 0.9 : 0.97, reason: mailto ? `${why}; mailto-link` : why, mailbox });
    }
    return out;
  },
};

/** A line or segment that is a person's name ("Anouk Bos", "Contact: Radim Novák"): two or three capitalised words, one a lexicon's name. */
function personLine(l: string): boolean {
  const words = l.replace(/^[\p{L} ]{2,20}:\s*/u, '').trim().split(/\s+/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^(?:\p{Lu}[\p{Ll}'’-]+|van|de|der|den|ter|ten|el|al)$/u.test(w))
    && words.some((w) => isFirstName(w) || (isKnownSurname(w) && !isCommonWord(w)));
}

/** A postal address, postcode or website on a line: the organisation's letterhead, footer or colophon. */
const ORG_ADDRESS_LINE = /\bpostbus\s+\d+|(?<![\p{L}\p{N}])\d{4}\s?[A-Z]{2}(?![\p{L}\p{N}])|\bwww\.|\bhttps?:\/\//iu;

/** Splits an e-mail local part into the name pieces it is made of ("p.de.jansen" → ["p", "de", "jansen"]). */
export function localPartPieces(local: string): string[] {
  return local.toLowerCase().split(/[._-]+/).filter(Boolean);
}

/** True when an e-mail local part names a function (postbus.x, info, servicedesk) rather than a person. */
export function isFunctionalLocalPart(local: string): boolean {
  // A numbered mailbox ("vergunningen2", "info-01", "servicedesk_3") is the same function's.
  const bare = local.replace(/[._-]?\d{1,4}$/, '') || local;
  return FUNCTIONAL.test(local) || FUNCTIONAL_WHOLE.test(local) || (!/[._-]/.test(bare) && FUNCTIONAL_INFIX.test(bare) && bare.length > 8) || ordinaryWords(bare);
}

/**
 * A local part made of ordinary Dutch words only ("vergunningen", "burgerzaken", "subsidies.jeugd"):
 * a department's or service's mailbox, never a person's (no piece is a first name or a surname).
 */
function ordinaryWords(local: string): boolean {
  const pieces = localPartPieces(local);
  return pieces.length > 0 && pieces.length <= 3 && pieces.every((p) => p.length >= 5 && /^\p{L}+$/u.test(p) && isCommonWordOrCompound(p)
    && !isFirstName(capital(p)) && !isKnownSurname(capital(p)) && !isWorldName(p));
}

/** The general addresses an organisation publishes for everyone, the whole local part: public also in a message's header fields. */
const PUBLIC_FRONT_DOOR = /^(?:info|informatie|contact|klantenservice|klantcontact|klachten|woo|wob|persvragen|griffie|gemeente|stadhuis|provincie|privacy|fg|dpo|toegankelijkheid|datalek)$/i;
const PUBLIC_CONTACT_ONLY = new RegExp(`^(?:${PUBLIC_CONTACT_WORDS.join('|')})\\d{0,4}$`, 'i');

/**
 * A published contact mailbox: its local part is a role word for public contact ("info", "vragen",
 * "onderzoek") and it stands outside an e-mail's header fields (a letterhead, footer, colophon, contact
 * paragraph). Returns the reason for keeping it, or undefined.
 */
export function publishedMailbox(text: string, start: number, local: string): string | undefined {
  if (inHeaderField(text, start)) return undefined;
  // "Algemeen e-mailadres: …", "E-mail (algemeen): …": the label calls it the organisation's general address.
  const label = GENERAL_MAIL_LABEL.exec(text.slice(text.lastIndexOf('\n', start - 1) + 1, start));
  if (label && isFunctionalLocalPart(local)) return `algemeen adres van de organisatie: het label noemt het algemeen ('${label[0].trim().replace(/:$/, '')}')`;
  if (GENERAL_POSTBUS.test(local)) return `algemeen adres van de organisatie: '${local}@' is de algemene postbus die een overheidsorganisatie publiceert, geen persoon of interne mailbox`;
  if (PUBLIC_CONTACT_ONLY.test(local)) return `algemeen contactadres van de organisatie: '${local}' is een rolwoord voor publiek contact, geen persoon of interne mailbox`;
  // "… of naar de algemene postbus postbus@…", "via ons algemene e-mailadres …": the sentence itself
  // calls the function's mailbox the organisation's general one (a colleague may be addressed: the
  // general mailbox is no internal one for that).
  const general = GENERAL_MAIL_CUE.exec(text.slice(Math.max(0, start - 60), start));
  if (general && isFunctionalLocalPart(local)) return `algemeen adres van de organisatie: de tekst noemt het algemeen ('${collapseSpace(general[1]!)}')`;
  // A function's mailbox in a contact block or colophon under its own heading, no colleague addressed.
  if (isFunctionalLocalPart(local) && !colleagueAddressed(text, start)) {
    const heading = contactHeadingAbove(text, start);
    if (heading) return `functionele mailbox in het contactblok of colofon onder '${heading}', geen persoon: adres dat de organisatie publiceert`;
  }
  // "secretariaat.bestuur@", "info-vergunningen@", "pers.zuid@": a role word for public contact and a
  // department, no person's name or initial, given to the reader in a sentence that addresses him or
  // under a label of a colophon or contact block.
  // A numbered mailbox is its function's ("vergunningen2@"); an abbreviation of a department beside a
  // function word ("fd-secretariaat@", "ict-servicedesk@") is no person's initial.
  const pieces = localPartPieces(local.replace(/[._-]?\d{1,4}$/, '') || local);
  const notPerson = (p: string) => p.length >= 2 && !/\d/.test(p) && !isFirstName(capital(p)) && !(isKnownSurname(capital(p)) && !isCommonWord(p));
  // A department's or service's mailbox ("vergunningen@", "aanvragen.subsidie@") given to the reader.
  if (isFunctionalLocalPart(local) && pieces.every(notPerson) && pieces.some((p) => p.length >= 5 || PUBLIC_CONTACT_ONLY.test(p))) {
    const cue = readerCue(text, start);
    if (cue) return `adres van een afdeling of dienst ('${local}'), geen persoon, voor het publiek vermeld ('${cue}')`;
  }
  const role = pieces.find((p) => PUBLIC_CONTACT_ONLY.test(p));
  if (pieces.length < 2 || !role || !pieces.every(notPerson)) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(0, start - 160), start).split(/[.!?]\s|\n\n/).pop() ?? '';
  // A colleague addressed ("kun je terecht bij de functionele mailbox …") is told of an internal mailbox.
  if (/\b(?:je|jij|jullie|collega'?s)\b/i.test(before) || MAILBOX_CONTEXT.test(before)) return undefined;
  // The reader addressed as "u" in this sentence or the one before ("Heeft u vragen? Neem contact op via …").
  const paragraph = text.slice(Math.max(0, start - 160), start).split(/\n\n/).pop() ?? '';
  const cue = (/\b(?:u|uw)\b/i.test(paragraph) ? PUBLIC_ADDRESSING.exec(before) : null) ?? PUBLIC_LABEL.exec(text.slice(lineStart, start));
  if (!cue) return undefined;
  return `algemeen contactadres van de organisatie: '${role}' met een afdeling, geen persoon, voor het publiek vermeld ('${cue[0].trim()}')`;
}
const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** The whole local part "postbus": the general mailbox a Dutch government body publishes ("postbus@ministerie.nl"). */
const GENERAL_POSTBUS = /^postbus\d{0,2}$/i;
/** The text right before the address calls it general: "de algemene postbus", "ons algemene e-mailadres", "de centrale mailbox". */
const GENERAL_MAIL_CUE = /\b((?:algeme(?:en|ne)|centra(?:al|le))\s+(?:postbus|(?:e-?mail|mail)?(?:adres|box)|e-?mail|inbox))[ \t]*(?:\(|:)?[ \t]*$/i;
const collapseSpace = (s: string) => s.replace(/\s+/g, ' ');
const GENERAL_MAIL_LABEL = /^[ \t]*(?:algeme(?:en|ne)\s+(?:e-?mail(?:adres)?|mailadres|adres)|e-?mail(?:adres)?\s*\(algemeen\))\s*:\s*$/i;

/** The sentence of the address tells the reader (u) to write there, and no colleague is addressed: the cue's words. */
function readerCue(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(0, start - 160), start).split(/[.!?]\s|\n\n/).pop() ?? '';
  if (/\b(?:je|jij|jullie|collega'?s|intern(?:e)?)\b/i.test(before) || MAILBOX_CONTEXT.test(before)) return undefined;
  const paragraph = text.slice(Math.max(0, start - 240), start).split(/\n[ \t]*\n/).pop() ?? '';
  const cue = (/\b(?:u|uw)\b/i.test(paragraph) ? PUBLIC_ADDRESSING.exec(before) ?? /\b(?:kunt\s+u|u\s+kunt)\b[^.\n]*\b(?:mailen|e-?mailen|schrijven|sturen)\b/i.exec(before) : null) ?? PUBLIC_LABEL.exec(text.slice(lineStart, start)) ?? publicSubject(before);
  return cue ? cue[0].trim() : undefined;
}

/**
 * The public named in the third person as the one who writes or reports there ("Insprekers melden
 * zich bij …", "Inwoners kunnen hun vragen mailen naar …", "Wie wil inspreken, stuurt een e-mail
 * naar …"), with no person named in the sentence: a published instruction to the public.
 */
export function publicSubject(sentence: string): RegExpExecArray | null {
  const who = PUBLIC_SUBJECT.exec(sentence);
  if (!who || !CONTACT_VERB.test(sentence.slice(who.index))) return null;
  return who;
}
// The parties of a public procedure write in too: bidders and candidates of a tender ("inschrijvers",
// "gegadigden", "leveranciers"), objectors and applicants.
const PUBLIC_SUBJECT = /\b(?:insprekers?|inwoners?|burgers|bewoners|bezoekers|aanvragers|belangstellenden|belanghebbenden|ondernemers|journalisten|(?:de\s+)?media|het\s+publiek|iedereen\s+die|wie\s+(?:wil|vragen|een\s+vraag|meer|zich)|inschrijvers|gegadigden|leveranciers|aanbieders|bieders|marktpartijen|indieners|bezwaarmakers|geïnteresseerden)\b/i;
// "vragen van inschrijvers (alleen) via …": the address right after "via" is where they write.
const CONTACT_VERB = /\b(?:meld(?:t|en)?|aanmeld\w*|mail\w*|e-?mail\w*|stur\w+|stuurt|zend\w*|contact|terecht|opgeven|geven\s+zich|geeft\s+zich|indien\w*|richten|richt|wenden|wendt|bel(?:t|len)?|schrijv\w*)\b|\bvia\s*$/i;
/** A sentence that addresses the public (with "u"): "kunt u", "neem contact op", "voor vragen". */
const PUBLIC_ADDRESSING = /\b(?:kunt\s+u|u\s+kunt|neem(?:t\s+u)?\s+(?:dan\s+)?contact\s+(?:op|met)|contact\s+opnemen|voor\s+(?:meer\s+)?(?:vragen|informatie|inlichtingen)|mail\s+(?:dan\s+)?naar|stuur\s+(?:dan\s+)?(?:een\s+)?(?:e-?mail|bericht)|(?:stuur|mail|zend|richt)(?:t\s+u)?\s+(?:dan\s+)?uw\s+[^.\n]{1,40}?\bnaar)\b/i;
/** A label of a colophon or contact block before the address on its line ("Persvragen:", "Contact:"). */
const PUBLIC_LABEL = /^[ \t]*(?:(?:meer|voor|bij|uw)\s+)?(?:persvragen|pers|contact|contactgegevens|informatie|inlichtingen|vragen|colofon|e-?mail(?:adres)?|mailadres|woo-verzoeken|meldingen|klachten|reacties|aanmelden|aanmeldingen|inschrijven|correspondentie|bereikbaar)[\p{L} -]{0,20}:\s*$/iu;

/** True when the position lies in an e-mail header field (Van/Aan/CC …, with its wrapped lines). */
function inHeaderField(text: string, start: number): boolean {
  let a = text.lastIndexOf('\n', start - 1) + 1;
  for (let n = 0; n < 6; n++) {
    const line = text.slice(a, text.indexOf('\n', a) < 0 ? text.length : text.indexOf('\n', a)).trim();
    if (HEADER_LABEL.test(line)) return true;
    if (!line || ANY_HEADER_LABEL.test(line) || a === 0) return false;
    a = text.lastIndexOf('\n', a - 2) + 1;
  }
  return false;
}
