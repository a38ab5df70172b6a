/**
 * The kind of document (e-mail, nota, brief, verslag, …) recognised from its first pages, for
 * the Type column of the inventory (issue #14 item 5). Only cues of the class are used: the
 * header labels of an e-mail, the salutation and closing of a letter, the heading and fields
 * of a memo, the attendance list of minutes, the considerations of a decision, the contents
 * page of a report; never a name or a phrase of one particular document. Every answer has a
 * reason a reviewer can read. The officer can set another type (DossierDocument.documentType).
 */
import { DOCUMENT_TYPES, type DocumentType } from '../dossier/types';
import type { PageWords } from './occurrences';

export { DOCUMENT_TYPES, type DocumentType };

export interface RecognisedType {
  type: DocumentType;
  /** The cues that decided it, in Dutch. */
  reason: string;
}

/** The lines of a page in reading order: words grouped by baseline, left to right. */
export function pageLines(p: PageWords): string[] {
  const words = [...p.words].sort((a, b) => a.rect[3] - b.rect[3] || a.rect[0] - b.rect[0]);
  const lines: { y: number; words: typeof words }[] = [];
  for (const w of words) {
    const h = Math.max(1, w.rect[3] - w.rect[1]);
    const line = lines.find((l) => Math.abs(l.y - w.rect[3]) < h * 0.5);
    if (line) line.words.push(w);
    else lines.push({ y: w.rect[3], words: [w] });
  }
  return lines.sort((a, b) => a.y - b.y).map((l) => l.words.sort((a, b) => a.rect[0] - b.rect[0]).map((w) => w.text).join(' '));
}

interface Cue {
  type: DocumentType;
  weight: number;
  /** What was seen, for the reason. */
  says: string;
  test(lines: readonly string[], head: readonly string[]): boolean;
}

const label = (names: string) => new RegExp(`^(${names})\\s*:`, 'i');
const anyLine = (lines: readonly string[], re: RegExp) => lines.some((l) => re.test(l));
const heading = (word: string) => new RegExp(`^(${word})\\b`, 'i');

const CUES: readonly Cue[] = [
  // E-mail: a header block with the sender and the recipient or subject or time of sending. It
  // outweighs a salutation and a closing, which e-mails have as often as letters.
  {
    type: 'e-mail', weight: 6, says: 'kopregels Van:/Aan:/Onderwerp: van een e-mail',
    test: (_l, head) => anyLine(head, label('van|from')) && [label('aan|to'), label('onderwerp|subject'), label('verzonden|sent|datum|date'), label('cc')].filter((re) => anyLine(head, re)).length >= 2,
  },
  { type: 'e-mail', weight: 1, says: 'een e-mailadres in de kop', test: (_l, head) => anyLine(head.slice(0, 6), /^(van|from|aan|to)\s*:.*@/i) },
  // Letter: salutation, closing, and the reference fields of a letterhead.
  { type: 'brief', weight: 3, says: 'een aanhef ("Geachte …")', test: (lines) => anyLine(lines, /^(geachte|beste|l\.s\.|dear)\b/i) },
  { type: 'brief', weight: 2, says: 'een groet onder de brief', test: (lines) => anyLine(lines, /^(met vriendelijke groet|hoogachtend|met hoogachting|met een vriendelijke groet)/i) },
  { type: 'brief', weight: 2, says: 'kenmerkvelden van een briefhoofd (ons/uw kenmerk)', test: (lines) => anyLine(lines, /\b(ons|uw) (kenmerk|referentie)\b|\buw brief van\b/i) },
  { type: 'brief', weight: 1, says: 'een adresblok met postbus of postcode', test: (_l, head) => anyLine(head, /^postbus \d+|^\d{4} ?[a-z]{2} [a-z]/i) },
  // Memo (nota): its heading and the fields of a memo, or what it asks of the reader.
  { type: 'nota', weight: 4, says: 'het kopje "nota", "memo" of "notitie"', test: (_l, head) => anyLine(head.slice(0, 8), heading('nota|memo|memorandum|notitie|beslisnota|informatienota')) },
  { type: 'nota', weight: 2, says: 'notavelden (aan, van, datum, betreft) zonder verzendregel', test: (_l, head) => anyLine(head, label('aan')) && anyLine(head, label('van')) && anyLine(head, label('betreft|onderwerp')) && !anyLine(head, label('verzonden|sent')) },
  { type: 'nota', weight: 2, says: 'de vaste kopjes van een nota (aanleiding, advies, kernpunten)', test: (lines) => lines.filter((l) => /^(aanleiding|geadviseerd besluit|advies|kernpunten|toelichting|beslispunten|politieke context|financi[eë]le (paragraaf|gevolgen)|communicatie)$/i.test(l)).length >= 2 },
  { type: 'nota', weight: 3, says: 'een beslispunt of "ter besluitvorming/informatie"', test: (lines) => anyLine(lines, /^(beslispunt(en)?|advies|ter (besluitvorming|beslissing|informatie|ondertekening|advisering))\b/i) },
  // Minutes: heading, who was there, actions.
  { type: 'verslag', weight: 4, says: 'het kopje "verslag" of "notulen"', test: (_l, head) => anyLine(head.slice(0, 8), heading('verslag|notulen|gespreksverslag|besluitenlijst')) },
  { type: 'verslag', weight: 3, says: 'een lijst van aanwezigen', test: (lines) => anyLine(lines, label('aanwezig|aanwezigen|afwezig|verhinderd|deelnemers|notulist')) },
  { type: 'verslag', weight: 2, says: 'actiepunten of afspraken', test: (lines) => anyLine(lines, /^(actiepunten|actielijst|afspraken|rondvraag|sluiting)\b/i) },
  // Decision: considerations and the operative part.
  { type: 'besluit', weight: 4, says: 'een besluit met overwegingen (gelet op / besluit:)', test: (lines) => anyLine(lines, /^(gelet op|gezien|overwegende)\b/i) && anyLine(lines, /^(besluit|besluiten|besluit\s*:)/i) },
  { type: 'besluit', weight: 2, says: 'een rechtsmiddelenclausule (bezwaar)', test: (lines) => anyLine(lines, /bezwaar (maken|indienen)|bezwaarschrift/i) },
  // Report: a contents page and chapters.
  { type: 'rapport', weight: 3, says: 'een inhoudsopgave', test: (lines) => anyLine(lines, /^(inhoudsopgave|inhoud)$/i) },
  { type: 'rapport', weight: 2, says: 'een samenvatting en genummerde hoofdstukken', test: (lines) => anyLine(lines, /^(samenvatting|managementsamenvatting)$/i) && lines.filter((l) => /^\d+(\.\d+)+\s+\p{Lu}/u.test(l)).length >= 2 },
  // Agenda: the heading with numbered items.
  { type: 'agenda', weight: 4, says: 'het kopje "agenda" met genummerde punten', test: (_l, head) => anyLine(head.slice(0, 6), heading('agenda')) && head.filter((l) => /^\d{1,2}[.)]\s/.test(l)).length >= 2 },
  // Chat: every few lines start with a time stamp and a name.
  { type: 'chat', weight: 4, says: 'berichten met tijdstip en afzender (chat)', test: (lines) => lines.filter((l) => /^\[?\d{1,2}[-/]\d{1,2}[-/]\d{2,4},? \d{1,2}:\d{2}\]?\s*[-–]?\s*[^:]{1,40}:/.test(l) || /^\[?\d{1,2}:\d{2}\]?\s+[^:]{1,40}:/.test(l)).length >= 3 },
];

const NAMES: Record<DocumentType, string> = {
  'e-mail': 'e-mail', brief: 'brief', nota: 'nota', verslag: 'verslag', besluit: 'besluit', rapport: 'rapport', agenda: 'agenda', chat: 'chat', overig: 'overig',
};

/**
 * Recognises the type of a document from the words of its first pages.
 *
 * @example
 *   recogniseType([{ page: 1, words }]); // { type: 'e-mail', reason: 'e-mail: kopregels Van:/Aan:/Onderwerp: van een e-mail' }
 */
export function recogniseType(pages: readonly PageWords[]): RecognisedType {
  const first = [...pages].sort((a, b) => a.page - b.page).slice(0, 2);
  const lines = first.flatMap(pageLines).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const head = (first[0] ? pageLines(first[0]) : []).map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).slice(0, 30);
  const scores = new Map<DocumentType, { score: number; says: string[] }>();
  for (const cue of CUES) {
    if (!cue.test(lines, head)) continue;
    const s = scores.get(cue.type) ?? { score: 0, says: [] };
    s.score += cue.weight;
    s.says.push(cue.says);
    scores.set(cue.type, s);
  }
  // The strongest class wins; at equal strength the earlier in CUES (an e-mail quoting a letter is an e-mail).
  let best: [DocumentType, { score: number; says: string[] }] | null = null;
  for (const e of scores) if (!best || e[1].score > best[1].score) best = e;
  if (!best || best[1].score < 2) {
    return { type: 'overig', reason: lines.length === 0 ? 'geen tekst gelezen, dus geen soort herkend' : 'geen kenmerken van een e-mail, brief, nota, verslag of besluit gevonden' };
  }
  return { type: best[0], reason: `${NAMES[best[0]]}: ${best[1].says.join('; ')}` };
}
