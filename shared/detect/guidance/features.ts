/**
 * Features of a unit for the guidance model: the cue classes of cues.ts found in its text,
 * grammatical shape (an imperative at the start of the sentence or of a clause, a verb-first
 * condition, a question in the second person), its place in the layout (list item, table cell,
 * heading) and the words of the heading or introduction above it.
 */
import { isCommonWord } from '../lexicon';
import { ASSESSED_PERSON, CUES, FINITE_AFTER, IMPERATIVE_VERBS, NON_IMPERATIVE } from './cues';
import { CHAT_PREFIX, MARKER, splitSentences, type Unit } from './segment';
import { patternSet } from '../prefilter';

export type Features = Set<string>;

/** Whitespace collapsed; a word broken at a hyphen over a line end is one word again. */
export function flatten(s: string): string {
  return s.replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2').replace(/-\s*\n\s*/g, '-').replace(/\s+/g, ' ').trim();
}

/** Dutch infinitives a verb stem can belong to: vraag → vragen, stel → stellen, geef → geven, ga → gaan. */
function infinitives(stem: string): string[] {
  const out = [stem + 'en', stem + 'n'];
  const last = stem.slice(-1);
  const m = /^(.*?)([aeiou])\2([^aeiou])$/.exec(stem);
  const base = m ? `${m[1]}${m[2]}${m[3]}` : stem;
  const voiced = (s: string) => s.replace(/f$/, 'v').replace(/s$/, 'z');
  if (m) out.push(voiced(base) + 'en', base + 'en');
  if (/[bcdfgklmnprstvz]$/.test(stem) && /[aeiou][bcdfgklmnprstvz]$/.test(stem) && !/[aeiou]{2}[^aeiou]$/.test(stem)) out.push(stem + last + 'en');
  if (/eer$/.test(stem)) out.push(stem.slice(0, -3) + 'eren', stem.slice(0, -3) + 'ëren');
  if (/[fs]$/.test(stem)) out.push(voiced(stem) + 'en');
  return out;
}

/** True when `word`, opening a sentence or clause, reads as an imperative ("Controleer", "Vraag", "Noteer"). */
export function isImperative(word: string, next = ''): boolean {
  const lw = word.toLowerCase();
  if (NON_IMPERATIVE.has(lw)) return false;
  // "Gebruik van …", "Onderzoek naar …" open a noun phrase.
  if (FINITE_AFTER.test(next) || /^(?:van|naar)$/i.test(next)) return false;
  if (IMPERATIVE_VERBS.has(lw)) return true;
  if (!/^\p{Ll}+$/u.test(lw) || lw.length < 4) return false;
  // A stem in -en or -ig ("Bereken", "Teken", "Wijzig", "Beëindig") is a verb's only where its
  // infinitive adds -en and its third person -t ("berekenen", "berekent"); nouns and adjectives
  // in -en or -ig ("Wapens", "nodig") have no such forms or have an inflected "-e" form.
  if (/(?:en|ig)$/.test(lw) && lw.length >= 5 && !/(?:heden|ingen|eren|elen)$/.test(lw)) {
    return isCommonWord(`${lw}en`) && isCommonWord(`${lw}t`) && !isCommonWord(`${lw}e`) && !isCommonWord(`${lw}s`);
  }
  if (/(?:en|t|je|tje|heid|ing|ie|isch|lijk|ig|e)$/.test(lw)) return false;
  // A verb has an infinitive and a third person (vraagt, noteert); a noun's plural looks like an
  // infinitive (contactpersoon → contactpersonen) but has no form in -t.
  const third = /[td]$/.test(lw) ? lw : `${lw}t`;
  return infinitives(lw).some((inf) => inf !== lw && isCommonWord(inf)) && isCommonWord(third) && !isCommonWord(lw + 'e');
}

const QUESTION = /\?["'’”)]?\s*$/;
/** The cues' patterns, each alternative run only where the words it needs are there (prefilter.ts). */
const CUE_SET = patternSet(CUES.map((c) => c.re));
const GUIDE_HEAD = /\bhoe\s+(?:je|jij|u)\b|\b(?:je|jij)\b|\b(?:indicator\p{L}*|signa(?:al|len)|aandachtspunt\p{L}*|let\s+op|tips?|voorbeeld\p{L}*|mogelijke\s+vragen|vragen\s+(?:die|bij|voor|aan|tijdens|om)|(?:gespreks|controle|doorvraag)vragen|werkwijze|aanpak|toelichting\s+voor|instructie\p{L}*|handreiking\p{L}*|checklist|controlepunt\p{L}*|kenmerken|drempel\p{L}*|gesprek\p{L}*|gehoor|interview\p{L}*|verhoor\p{L}*|huisbezoek|intern\p{L}*|werkafspra\p{L}+|praktijktip\p{L}*|beoordelingspunt\p{L}*|afwegingskader|stappenplan|hoe\s+te\s+handelen|wat\s+te\s+doen|doorvra\p{L}*|valkuil\p{L}*|veel\s?gemaakte\s+fout\p{L}*|scor(?:e|es|ing|elijst|ekaart|etabel)|puntentelling|vragen\s+(?:van|voor)\s+(?:de\s+)?(?:collega|medewerker|behandelaar|beslismedewerker|consulent)\p{L}*)\b/iu;
// Only the plural names a list of questions to put ("Gespreksvragen", "Vragen aan de klant"); the
// singular is a column of a table ("Stap | Vraag | Vervolg") or a FAQ's "Vraag en antwoord".
const QUESTION_LABEL = /(?:\p{L}+vraag(?:punt)?|\p{L}+\s+vraag(?:punt)?)\s*:?$/iu;
const QUESTION_HEAD = /^(?!.*\bveelgestelde\b).*\b\p{L}*vragen\b/iu;
const INDICATOR_HEAD = /\b(?:indicator\p{L}*|signa(?:al|len)|kenmerken|aanwijzingen|rode\s+vlaggen)\b/iu;
const POLICY_HEAD = /\b(?:wettelijk\s+kader|juridisch\s+kader|wet-\s+en\s+regelgeving|achtergrond|inleiding|aanleiding|doel(?:stelling)?|beleid(?:skader)?|rechtsmiddel\p{L}*|bezwaar|beroep|samenvatting|conclusie\p{L}*|besluit|overweging\p{L}*|bijlage|contact|verantwoording|begrippen|definities|reikwijdte|inwerkingtreding|financi\p{L}+|communicatie|besluitenlijst|agenda|notulen|ingekomen\s+stukken|voorstel|motie|veelgestelde\s+vragen)\b/iu;
/** A heading that is, whole, a section of a report or proposal ('Aanbevelingen', '3. Bevindingen', 'Beoogd effect'); not 'Bevindingen vastleggen' over a method. */
const REPORT_SECTION = /^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:aanbevelingen|bevindingen|voorwoord|vooruitblik|kanttekeningen|argumenten|beoogd\s+effect|consultatie|grondslag|kader|verhouding\s+tot\s+\p{L}+(?:\s+\p{L}+)?)$/iu;
const DECISION_HEAD = /\b(?:de\s+raad|het\s+college|de\s+commissie|het\s+bestuur)\s+(?:besluit|besloot)|\bbesluit\s*(?:unaniem|in\s+meerderheid)?\s*:|\bvast\s+te\s+stellen\b|\bonderzoeksopdracht\b|\bverzoekt\b|\bdraagt\s+het\s+college\s+op\b|^(?:\d+\.?\s*)?(?:beslispunten|gevraagde?\s+(?:besluit|beslissing)(?:en)?|voorgestelde?\s+(?:besluit|beslissing)(?:en)?|te\s+nemen\s+besluit(?:en)?|ter\s+besluitvorming)\s*:?$/iu;

/**
 * The features of unit `i`.
 *
 * @example
 *   unitFeatures(units, 3, view.text); // Set { 'cue:attention', 'imperative', 'ctx:list-item', … }
 */
export function unitFeatures(units: readonly Unit[], i: number, text: string, doc: ReadonlySet<string> = new Set()): Features {
  const u = units[i]!;
  return textFeatures(flatten(text.slice(u.start, u.end)), unitContext(units, i, text), doc);
}

/** The context of unit i: its kind, the label or introduction above it, its section's heading. */
export function unitContext(units: readonly Unit[], i: number, text: string): UnitContext {
  const u = units[i]!;
  const head = u.head >= 0 ? flatten(text.slice(units[u.head]!.start, units[u.head]!.end)) : '';
  const heading = u.heading >= 0 ? flatten(text.slice(units[u.heading]!.start, units[u.heading]!.end)) : '';
  const prev = i > 0 ? flatten(text.slice(units[i - 1]!.start, units[i - 1]!.end)) : '';
  return { kind: u.kind, marker: u.marker, head, headKind: u.head >= 0 ? units[u.head]!.kind : undefined, heading, questionRun: questionRun(units, i, text), step: STEP_LABEL.test(prev), readerAsked: READER_ASKED.test(prev) };
}

const ASSESSED_MENTION = new RegExp(`(?:\\b(?:de|het|een|deze|die)|(?<!\\p{L})één)\\s+(?:\\p{L}+\\s+)?${ASSESSED_PERSON}\\b`, 'giu');

/**
 * Features of the whole document that colour every unit in it: a letter or page addressed to
 * the public ("uw aanvraag", "Geachte …") rarely holds staff guidance, and casework (the client
 * in the third person, again and again) is where guidance lives.
 *
 * @example
 *   documentFeatures('Geachte mevrouw, uw aanvraag … uw gegevens … uw inkomen'); // Set { 'doc:public' }
 */
export function documentFeatures(text: string): Set<string> {
  const f = new Set<string>();
  // Example questions put to the person heard ("Waar woonde u?") do not address the reader.
  const statements = text.split(/(?<=[.!?])\s+/).filter((x) => !/\?\s*$/.test(x)).join(' ');
  const uw = (statements.match(/\buw\b/giu) ?? []).length;
  const u = (statements.match(/\bu\b/gu) ?? []).length;
  if (uw >= 3 || (/\bGeachte\b/u.test(text) && u >= 3)) f.add('doc:public');
  // Casework: the client in the third person, often (per thousand words), not once in a long report.
  const clients = (text.match(ASSESSED_MENTION) ?? []).filter((m) => !/betrokkene/i.test(m)).length;
  const words = text.split(/\s+/).length;
  if (clients >= 2 && clients / Math.max(1, words) >= 0.003) f.add('doc:casework');
  // A regulation (beleidsregel, verordening, regeling) set out in articles is published law:
  // its criteria and thresholds are policy, however they are worded.
  if ((text.match(/(?:^|\n)[ \t]*Artikel\s+\d+[a-z]?\b/gu) ?? []).length >= 2) f.add('doc:regulation');

  const en = (text.match(EN) ?? []).length;
  const nl = (text.match(NL) ?? []).length;
  if (en > nl) f.add('doc:english');
  // A decision tree (beslisboom, stroomschema): questions or steps with "Ja → …" / "Nee → …"
  // branches. One for staff says what to do in a case; one for the public addresses the reader.
  const branches = (text.match(BRANCH_LINE) ?? []).length;
  // The reader is addressed in the tree's own lines, not in a list of example questions put to the
  // person heard ("Kunt u … laten zien?") elsewhere in a staff instruction: a question counts only
  // when a branch answers it on the next line.
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const treeText = lines.filter((l, i) => !/\?\s*$/u.test(l) || new RegExp(BRANCH_LINE.source, 'iu').test(`\n${lines[i + 1] ?? ''}`)).join('\n');
  const readers = (treeText.match(/\b(?:u|uw)\b/gu) ?? []).length;
  // A FAQ for staff: question and answer labels, the questions put to a colleague ("je"), not to the public ("u").
  const faqQuestions = text.match(/(?:^|\n)[ \t]*(?:V|Vraag|Q)\s*:[^\n]*\?/gu) ?? [];
  if (faqQuestions.length >= 2 && /(?:^|\n)[ \t]*(?:A|Antwoord)\s*:/u.test(text)) {
    const je = faqQuestions.filter((q) => STAFF_QUESTION.test(q)).length;
    const them = faqQuestions.filter((q) => /\b(?:u|uw)\b/u.test(q)).length;
    if (je >= 2 && je > them) f.add('doc:staffFaq');
  }
  // The kind of document, from its section headings: a report (inspection, audit, evaluation,
  // annual report: summary, findings, conclusions, recommendations) tells what was found and
  // advises its addressee, an instruction tells staff how to work. Learned weights (session 10).
  const reportHeads = new Set((text.match(REPORT_HEAD) ?? []).map((h) => h.trim().toLowerCase().replace(/^[\d.\s]+/, '').slice(0, 6)));
  // A document is one kind: one titled as an instruction is that, whatever summary or conclusion it has.
  // The title block: the first three lines with text, not a sentence further down that names an instruction.
  const head = text.split('\n').filter((l) => l.trim() !== '').slice(0, 3).join('\n');
  if (INSTRUCTION_TITLE.test(head)) f.add('doc:instruction');
  else if (reportHeads.size >= 2) f.add('doc:report');
  // Policy rules or a regulation by its title ("Beleidsregels tegemoetkoming …", "Verordening …",
  // "Subsidieregeling …" on the first line), set out in paragraphs rather than articles: published
  // rules too, their thresholds and consequences included.
  const title = text.split('\n').find((l) => l.trim() !== '') ?? '';
  if (!f.has('doc:instruction') && REGULATION_TITLE.test(title)) f.add('doc:regulation');
  if (branches >= 2 && (readers < 3 || /\b(?:medewerker|behandelaar|consulent|klantmanager|casemanager|beslismedewerker|hoorder|inspecteur)\b/iu.test(text))) f.add('doc:decisionTree');
  return f;
}

/** A title that names published rules: beleidsregel(s), verordening, (subsidie)regeling, nadere regels. */
const REGULATION_TITLE = /^\s*(?:\p{L}*beleidsregels?|\p{L}*verordening|\p{L}*regeling|nadere\s+regels|uitvoeringsregels)\b/iu;
/** A report's section headings on a line of their own ("3. Bevindingen", "Aanbevelingen"). */
const REPORT_HEAD = /(?:^|\n)[ \t]*(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?(?:samenvatting|bevindingen|conclusies?|aanbevelingen|onderzoeksvragen|onderzoeksaanpak|verantwoording\s+van\s+het\s+onderzoek|voorwoord|vooruitblik|resultaten|reactie\s+van\s+(?:de|het)\s+\p{L}+|beleidsreactie|bestuurlijke\s+reactie)[ \t]*(?=\n|$)/giu;
/** The title of an instruction for staff in the title block: werkinstructie, handboek, werkkaart, … */
const INSTRUCTION_TITLE = /\b(?:werkinstructie|handboek|werkwijzer|(?:werk|gespreks|zak|actie|signalen|instructie)kaart|controlelijst|afvinklijst|draaiboek|handreiking|instructie|protocol\s+voor\s+(?:de\s+)?medewerkers|belscript|gespreksleidraad|checklist|beslisboom|stappenplan|tips\s+voor\s+de\s+\p{L}+|voor\s+(?:de\s+)?\p{L}*(?:medewerkers|behandelaars?|beoordelaars?|consulenten|klantmanagers|inspecteurs|toezichthouders|hoorders|handhavers|controleurs|casemanagers|hulpverleners|ambtenaren|adviseurs)|(?:gespreks|controle|interview)vragen\b|vragen\s+voor\s+(?:het|de)\s+(?:gesprek|gehoor|interview|huisbezoek|controle)|intern(?:e)?\s+(?:gebruik|werkdocument|veelgestelde\s+vragen))\b/iu;

/**
 * Genres of text that are published as they are and so hold no internal guidance: a letter to
 * parliament (Kamerbrief), published the day it is sent, whatever it says about how staff work;
 * a FAQ for the public, whose questions are the citizen's own ("Wat moet ik doen als mijn
 * inkomen stijgt?") and whose answers say "uw". Judged per page by the detector (a PDF of a
 * dossier may bind an internal instruction behind the letter), per text by the training script.
 *
 * @example
 *   publishedGenres('Aan de Voorzitter van de Tweede Kamer der Staten-Generaal …'); // Set { 'doc:parliament' }
 */
export function publishedGenres(text: string): Set<string> {
  const f = new Set<string>();
  if (/\bVoorzitter\s+van\s+de\s+(?:Tweede|Eerste)\s+Kamer\b/u.test(text) || (/\bGeachte\s+[Vv]oorzitter\b/u.test(text) && /\buw\s+Kamer\b/u.test(text))) f.add('doc:parliament');
  const statements = text.split(/(?<=[.!?])\s+/).filter((x) => !/\?\s*$/.test(x)).join(' ');
  const uw = (statements.match(/\buw\b/giu) ?? []).length;
  const ownQuestions = text.split(/(?<=[.!?])\s+|\n/).filter((x) => /\?\s*$/.test(x) && /\b(?:ik|mijn)\b/iu.test(x)).length;
  if (ownQuestions >= 2 && uw >= 2) f.add('doc:publicFaq');
  // The answers to a member's written questions (Kamervragen, "Aanhangsel van de Handelingen") are
  // sent to parliament and published with them: a letter to parliament by another name.
  if (KAMERVRAGEN.test(text)) f.add('doc:parliament');
  // A proposal or information letter to the council (raadsvoorstel, raadsinformatiebrief), a press
  // release and the explanatory memorandum of a bill or regulation are published as they are:
  // their "moet", thresholds and imperatives are the policy itself (session 10, by class).
  if (COUNCIL_PAPER.test(text)) f.add('doc:council');
  if (PRESS_RELEASE.test(text)) f.add('doc:press');
  if (EXPLANATORY.test(text)) f.add('doc:explanatory');
  // A letter to a member of the public (salutation to a person, the reader's own affairs, a
  // letter's close, no e-mail header): sent to the addressee, so nothing in it is internal, and
  // its imperatives ("Stuur de stukken … op", "Lever … in") tell the addressee what to do.
  if (citizenLetterOpening(text) && LETTER_CLOSE.test(text)) f.add('doc:citizenLetter');
  return f;
}

/**
 * The opening of a letter to a member of the public on a page: the salutation to a person and the
 * reader's own affairs, no e-mail header. The detector (pageGenres) lets a letter whose close is
 * on the next page count from its first page to its close.
 */
export function citizenLetterOpening(text: string): boolean {
  return CITIZEN_SALUTATION.test(text) && READER_AFFAIRS.test(text) && !MAIL_HEADER.test(text);
}

/** A salutation to a member of the public, which opens a new letter. */
export const citizenSalutation = (text: string): boolean => CITIZEN_SALUTATION.test(text);

/** "Geachte heer Smit,", "Geachte mevrouw,", "Beste meneer Smit," on a line of its own (not "Geachte collega", "Beste Jan"). */
const CITIZEN_SALUTATION = /(?:^|\n)[ \t]*(?:Geachte\s+(?:heer|mevrouw|mevr\.|dhr\.|dames\s+en\s+heren)|Beste\s+(?:meneer|mevrouw))\b/u;
/** The reader's own affairs or rights: "uw aanvraag", "uw gegevens", "kunt u … bezwaar maken". */
const READER_AFFAIRS = /\b[Uu]w\s+(?:aanvraag|uitkering|aangifte|gegevens|situatie|inkomen|verzoek|zaak|woning|bedrijf|toeslag|dossier|bezwaar|klacht|melding)\b|\b(?:kunt|kan)\s+u\s+(?:\S+\s+){0,6}bezwaar\b/u;
/** The header of a forwarded or printed e-mail: a letter quoted in it may be read by colleagues with notes added. */
const MAIL_HEADER = /(?:^|\n)[ \t]*(?:Van|From)\s*:\s*\S/u;

/** The published genres of publishedGenres: a page of one of them is never judged. */
export const PUBLISHED_GENRES = ['doc:parliament', 'doc:publicFaq', 'doc:council', 'doc:press', 'doc:explanatory'] as const;

const KAMERVRAGEN = /(?:^|\n)[ \t]*(?:Antwoord(?:en)?\s+(?:van\s+\S+(?:\s+\S+){0,6}\s+)?op\s+(?:de\s+)?(?:schriftelijke\s+)?(?:Kamer)?vragen\s+van\s+(?:het\s+(?:Kamer)?lid|de\s+(?:Kamer)?leden)|Aanhangsel\s+van\s+de\s+Handelingen)\b/u;
const COUNCIL_PAPER = /(?:^|\n)[ \t]*(?:Raadsvoorstel|Raadsinformatiebrief|Raadsbrief|Voorstel\s+aan\s+de\s+(?:gemeente)?raad)\b|(?:^|\n)[ \t]*(?:Aan(?::\s*)?\s+de\s+(?:leden\s+van\s+de\s+)?(?:gemeenteraad|raad\s+van\s+de\s+gemeente|provinciale\s+staten)|Geachte\s+(?:raadsleden|leden\s+van\s+de\s+(?:gemeente)?raad|statenleden))\b/u;
const PRESS_RELEASE = /(?:^|\n)[ \t]*(?:Persbericht|PERSBERICHT|Nieuwsbericht)\b|\bNoot\s+voor\s+de\s+redactie\b/u;
const EXPLANATORY = /(?:^|\n)[ \t]*(?:MEMORIE\s+VAN\s+TOELICHTING|Memorie\s+van\s+toelichting|NOTA\s+VAN\s+TOELICHTING|Nota\s+van\s+toelichting)\b/u;

/** The close of a letter: what follows it on the next page is another document. */
export const LETTER_CLOSE = /\b(?:Hoogachtend|Met\s+vriendelijke\s+groet(?:en)?)\b|(?:^|\n)\s*(?:De|de)\s+(?:[Mm]inister|[Ss]taatssecretaris)\s+(?:van|voor)\b/u;

export interface UnitContext {
  kind: Unit['kind'];
  marker: boolean;
  /** The introduction, label or heading directly above a list item, cell or labelled sentence. */
  head: string;
  headKind?: Unit['kind'];
  /** The section heading. */
  heading: string;
  /** Number of questions in the run of consecutive questions this unit belongs to. */
  questionRun: number;
  /** The unit right before is a step's label alone ("Stap 2.", "Vraag 3:"). */
  step?: boolean;
  /** The unit right before asks the reader whether they have questions ("Heeft u vragen?"). */
  readerAsked?: boolean;
}

/** The features of a passage's text in its context. */
export function textFeatures(flat: string, ctx: UnitContext, doc: ReadonlySet<string> = new Set()): Features {
  const f: Features = new Set(doc);
  const listed = flat.replace(CHAT_PREFIX, '').replace(MARKER, '');
  // A branch of a decision tree ("Ja → ga naar stap 4", "Zo nee: registreer …"): the answer marker
  // goes; what follows is read as an instruction after a label.
  // The question and answer labels of a FAQ ("V: …", "A: …") go the same way.
  // The segmenter may have made the label a unit of its own ("Zo nee:", "Antwoord:"): then it is the head.
  const labelHead = ctx.headKind === 'label' ? ctx.head.trim() : '';
  const faq = FAQ_LABEL.exec(listed) ?? (/^(?:V|A|Q|Vraag|Antwoord)\s*:?$/u.test(labelHead) ? [labelHead] : null);
  const unlabelled = faq && FAQ_LABEL.test(listed) ? listed.slice(faq[0].length) : listed;
  const branch = BRANCH.exec(unlabelled) ?? (/^(?:(?:zo|indien|als)\s+)?(?:ja|nee)\s*:?$/iu.test(labelHead) ? [''] : null);
  const body = branch ? unlabelled.slice(branch[0].length) : unlabelled;
  if (branch) f.add('branch');
  // Each alternative of a cue's pattern runs only where the words it needs are there (prefilter.ts): the same cues, found faster.
  const cues = CUE_SET.test(body);
  for (let k = 0; k < CUES.length; k++) if (cues[k]) f.add(`cue:${CUES[k]!.id}`);
  // "Een ondernemer die …, vraagt een ontheffing aan": the person acts in the public procedure;
  // the sentence states the rule for the public, it sets no criterion for staff.
  if (f.has('cue:publicRule')) f.delete('cue:genericCase');
  const words = body.split(/\s+/);
  const first = (words[0] ?? '').replace(/[^\p{L}]/gu, '');
  const second = (words[1] ?? '').replace(/[^\p{L}]/gu, '');
  const question = QUESTION.test(body);
  // "Wanneer schakel ik …?" asks when: the verb comes straight after "wanneer", so it opens no condition.
  if (question && INTERROGATIVE_WHEN.test(body)) f.delete('cue:condition');
  // The reader's own question ("Mag ik zelf afwijken?", "Wat doe je als een klant …?"): a FAQ
  // for staff asks it, its answer holds the method; the question itself tells nothing of how to work.
  if (question && ((faq && doc.has('doc:staffFaq')) || STAFF_QUESTION.test(body) || (SELF.test(body) && !ADDRESSEE.test(body)))) f.add('staffQuestion');
  if (!question && /^(?:beschrijf|benoem|omschrijf|motiveer|vermeld|specificeer|onderbouw|licht|geef|vul)$/iu.test(first) && !/^(?:de|het|een|hem|haar)$/iu.test(second)) f.add('authoring');
  const expository = f.has('cue:expository') && /^denk$/i.test(first);
  // A table cell or list item may open with a lower-case imperative ("vraag om …", "meet de
  // afstand …") where it stands under a column header or introduction of a few words (not a cut
  // line of running text that happens to start in lower case).
  const lowerCell = ctx.marker || ((ctx.kind === 'fragment' || ctx.kind === 'item') && ctx.head.split(/\s+/).length >= 2);
  // A row of capitalised words is a table's header row ("Onderwerp Datum Doelgroep …"), not an instruction.
  const titleCase = words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.6 * words.length;
  const afterLabel = Boolean(branch) || Boolean(faq) || ctx.headKind === 'label' || (ctx.headKind === 'intro' && ctx.head.split(/\s+/).length <= 6);
  // "ga naar stap 4", "ga verder met vraag 3": the navigation of a decision tree or step plan.
  if (GOTO_STEP.test(body)) f.add('gotoStep');
  if (!question && !expository && (/^\p{Lu}/u.test(first) || afterLabel || lowerCell) && words.length >= 4 && !titleCase && !/^[,:;–-]/.test(words[1] ?? '') && !/[,:]$/.test(words[0] ?? '') && isImperative(first, second) && !finiteInMainClause(words) && !coordinatedSubject(words) && !captionLine(body)) f.add('imperative');
  // An imperative with the reader's own person or things right after the verb ("Meld u dan aan",
  // "Neem uw identiteitsbewijs mee", "Stuur uw bankafschriften mee") in a text for the public
  // speaks to the public: staff are told "je", or nothing ("Vraag de klant …"). Quoted words (a
  // question to put) do not count.
  // Only in a text that addresses the public: an older instruction may address the officer as "u" ("Vraag u af …").
  if (doc.has('doc:public') && f.has('imperative') && READER_IMPERATIVE.test(body.replace(QUOTED, '""'))) f.add('readerImperative');
  // In a letter to a member of the public every imperative is the addressee's to follow. Not in a
  // document titled as an instruction for staff: a model letter in it stands beside the method.
  if (doc.has('doc:citizenLetter') && !doc.has('doc:instruction') && f.has('imperative') && !question) f.add('readerImperative');
  // An imperative opening a later clause: "…, vraag dan door", "…; leg de zaak dan voor", "en noteer".
  // After a condition up front ("Als …, schuif de zaak door") the main clause starts with its verb:
  // with no subject after it, that verb is an imperative ("Als …, schuift de medewerker …" has one).
  const leadClause = CONDITION_LEAD.test(body) ? body.indexOf(',') : -1;
  // A sentence that opens with its subject ("De gemeente neemt … en laat … weten") joins a second
  // verb of that subject with "en" or "maar": a finite verb, no imperative.
  const subjectFirst = !f.has('imperative') && SUBJECT_START.test(first);
  for (const m of body.matchAll(/(?:[,;:]|\ben|\bmaar)\s+(\p{Ll}+)\s+(\S+)(?:\s+(\S+))?/gu)) {
    if (subjectFirst && /^(?:en|maar)$/.test(m[0].split(/\s/)[0]!)) continue;
    const verb = m[1]!;
    const after = m[2]!.replace(/[^\p{L}]/gu, '');
    const subject = /^(?:ik|je|jij|we|wij|u|hij|zij|ze|men|er)$/.test(after);
    // "stel dat de klant …" (suppose that) opens a clause; "benoem dat verschil" points at a thing.
    const that = after === 'dat' && !/^\p{Ll}+$/u.test((m[3] ?? '').replace(/[.,;:!?]+$/u, '')) || (after === 'dat' && SUBJECT_START.test((m[3] ?? '').replace(/[^\p{L}]/gu, '')));
    if ((IMPERATIVE_VERBS.has(verb) && verb !== 'zie' && !that && after !== 'staan' && !subject) || (after === 'dan' && isImperative(verb, ''))
      || (m.index === leadClause && !subject && !/^(?:dat|die|wat|of)$/.test(after) && isImperative(verb, after))) {
      f.add('imperativeClause');
      break;
    }
  }
  // Dutch puts the verb second: after a condition or time phrase up front with no comma ("Bij
  // twijfel bel de teamleider", "Vanaf drie signalen schakel … in", "Na een melding kondig het
  // bezoek niet aan") the verb that follows the phrase opens the main clause; with no subject after
  // it, it is an imperative (session 12b). The phrase's own words are a noun phrase: the verb is
  // the first word no article, preposition or adjective-like word can take, after no finite verb.
  if (!question && !f.has('imperative') && !f.has('imperativeClause') && FRONTED_PHRASE.test(first)) {
    const lead = body.split(/[,;:]/)[0]!.split(/\s+/).map((w) => w.replace(/[^\p{L}\d]/gu, ''));
    for (let k = 2; k < Math.min(lead.length - 1, 14); k++) {
      const w = lead[k]!;
      const prev = lead[k - 1]!.toLowerCase();
      const next = lead[k + 1]!;
      if (!/^\p{Ll}+$/u.test(w) || NP_WORD.test(prev) || /e$/.test(prev) || NP_WORD.test(w)) continue;
      if (!IMPERATIVE_VERBS.has(w) && !isImperative(w, next)) {
        // A finite verb ends the phrase: "Bij een controle wordt …", "Vanaf drie meldingen is …".
        if (FINITE_AFTER.test(w) || /^(?:is|zijn|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|mag|mogen|zal|zullen|geldt|gelden|volgt|blijkt|gaat|komt|staat|ligt)$/.test(w) || (/[^t]t$/.test(w) && isImperative(w.slice(0, -1), next))) break;
        continue;
      }
      if (!/^(?:ik|je|jij|we|wij|u|hij|zij|ze|men|er)$/i.test(next)) f.add('imperativeClause');
      break;
    }
  }
  // A condition with the finite verb first: "Blijkt uit het gesprek …, dan …", "Wijkt de verklaring af, confronteer …".
  if (!question && !NON_IMPERATIVE.has(first.toLowerCase()) && !f.has('imperative') && /^(?:de|het|een|deze|die|dit|er|uit|hij|zij|ze|betrokkene)$/i.test(second)
    && /^\p{Lu}\p{Ll}+(?:t|en)$/u.test(first) && /,\s+(?:dan\b|\p{Ll}+\s+(?:\S+\s+){0,4}dan\b)/u.test(body)) f.add('verbFirstCondition');
  if (question) f.add('question');
  // "Wie … merkt, geeft dat door aan …": a rule of conduct for whoever is in that situation, with a
  // verb of action after the clause. A right or a duty of the public reads "Wie …, kan/mag/moet …".
  const who = WHO_RULE.exec(body);
  if (!question && who && /^\p{Ll}+[td]$/u.test(who[1]!) && !WHO_NOT.test(who[1]!)) f.add('whoRule');
  // The person a case is about, named by an agent noun no list holds ("de inburgeraar", "een
  // vervoerder", "de speler"): a noun in -er/-aar/-ster whose stem is a Dutch verb.
  // It counts only where the reader is told what to do about that person (an imperative up front,
  // "je"): "de voorzitter", "de onderzoeker" of a report's description are no case.
  if (!f.has('cue:assessed') && agentMention(body)) f.add('agentMention');
  // A statement that addresses the reader as "je"/"jij" ("Een schuld meld je bij …", "Twijfel je,
  // …", "Het is belangrijk dat je …") speaks to a colleague: documents for the public say "u".
  if (!question && YOU.test(body) && !['cue:chat', 'cue:firstPerson', 'cue:publicAddress', 'cue:technical'].some((x) => f.has(x))) f.add('youStatement');
  if (question && ctx.questionRun >= 2) f.add('questionRun');
  // An example question: put to the person heard, in a list of questions or under a heading for them.
  // So is a question after a label that names one ("Vervolgvraag:", "Extra vraag:", "Controlevraag:"; not a FAQ's bare "Vraag:").
  // In a text addressed to the public ("uw aanvraag", "u kunt …") a single question under a tip or
  // heading is the reader's own ("Gaat u op vakantie?"): only a run of questions or a head that
  // names questions makes it one to put.
  const guideHeadAsks = ctx.head !== '' && GUIDE_HEAD.test(ctx.head) && !doc.has('doc:public');
  if (question && ((f.has('cue:question2p') && (ctx.questionRun >= 2 || guideHeadAsks || (ctx.headKind === 'label' && QUESTION_LABEL.test(ctx.head)))) || QUESTION_HEAD.test(ctx.head))) f.add('exampleQuestion');
  const nQ = (body.match(/\?/g) ?? []).length;
  if (nQ >= 2) f.add('questions');
  if (words.length <= 5) f.add('short');
  if (words.length >= 45) f.add('long');
  if (/^\p{Ll}/u.test(body)) f.add('lowerStart');
  if (!/[.!?;:]["'’”)]?$/.test(body)) f.add('open');
  if (ctx.kind === 'item' || ctx.marker) f.add('ctx:item');
  if (ctx.kind === 'fragment') f.add('ctx:fragment');
  if (ctx.kind === 'heading') f.add('ctx:heading');
  if (ctx.kind === 'intro') f.add('ctx:intro');
  if (ctx.kind === 'label') f.add('ctx:label');
  // An item or cell under an introduction that is itself an instruction ("Vraag naar:", "Controleer
  // in ieder geval:", "Let bij het bezoek op:") completes that instruction, even as a bare noun phrase.
  if ((ctx.kind === 'item' || ctx.kind === 'fragment') && (ctx.headKind === 'intro' || ctx.headKind === 'label') && instructionHead(ctx.head)) f.add('ctx:instructionHead');
  if (ctx.head) {
    if (GUIDE_HEAD.test(ctx.head)) f.add(afterLabel && !(ctx.kind === 'item' || ctx.kind === 'fragment') ? 'ctx:guideLabel' : 'ctx:guideHead');
    if (DECISION_HEAD.test(ctx.head)) f.add('ctx:decisionHead');
    if (ctx.headKind !== 'label' && POLICY_HEAD.test(ctx.head) && !GUIDE_HEAD.test(ctx.head)) f.add('ctx:policyHead');
  }
  if (ctx.heading) {
    if (GUIDE_HEAD.test(ctx.heading)) f.add('ctx:guideSection');
    if (INDICATOR_HEAD.test(ctx.heading) && !question) f.add('ctx:indicatorSection');
    else if ((POLICY_HEAD.test(ctx.heading) || REPORT_SECTION.test(ctx.heading)) && !GUIDE_HEAD.test(ctx.heading)) f.add('ctx:policySection');
  }
  // A list item or table cell under a heading or introduction about indicators, questions or hints.
  // Not a table row that only names people or organisations (a roster under "Werkwijze": "inzet
  // uren per week Dienst Toezicht — Jan Smit"): a run of three capitalised words inside the row,
  // and no cue, imperative or question of its own.
  const roster = ctx.kind === 'fragment' && ROSTER_RUN.test(body) && ![...f].some((x) => x.startsWith('cue:') && GUIDANCE_CUE_IDS.has(x)) && !question
    && !['imperative', 'imperativeClause', 'youStatement'].some((x) => f.has(x));
  if ((ctx.kind === 'item' || ctx.kind === 'fragment') && !roster && (f.has('ctx:guideHead') || f.has('ctx:guideLabel') || f.has('ctx:guideSection'))) f.add('ctx:guideList');
  // Such a heading says what kind of list it is, not that its items are casework: "Aandachtspunten"
  // above remarks on an app are no instructions. The context counts where the unit speaks of
  // casework or the document is casework.
  const casework = doc.has('doc:casework') || f.has('cue:assessed') || CONTENT.some((x) => f.has(x));
  if (!casework) for (const x of ['ctx:guideHead', 'ctx:guideLabel', 'ctx:guideSection', 'ctx:guideList', 'ctx:indicatorSection']) f.delete(x);
  // A criterion: a condition or threshold that leads to a step of staff ("bij meer dan … wordt …").
  // (About a case: a person assessed, a member of staff, a visit or hearing, a step of the
  // investigation, or in a casework document; a threshold in a technical norm is no criterion.)
  if ((f.has('cue:condition') || f.has('verbFirstCondition') || f.has('cue:then')) && (f.has('cue:threshold') || f.has('cue:caseAction') || f.has('cue:escalate'))
    && ['cue:assessed', 'cue:staffRole', 'cue:setting', 'cue:caseAction', 'cue:escalate', 'doc:casework'].some((x) => f.has(x))) f.add('criterion');
  // Guidance needs both an instruction's form and the content of casework; either alone (an
  // imperative in a website audit, a fraud risk in a privacy assessment) is not enough.
  // Strong forms instruct by themselves; weak ones (an obligation, a condition, an order of steps)
  // instruct staff only when a person assessed or a member of staff is in the sentence.
  // A FAQ for staff ("V: Wat doe je als …?" / "A: …"): its questions and answers are the method.
  if (doc.has('doc:staffFaq') && faq && !f.has('cue:publicAddress') && (!question || STAFF_QUESTION.test(body))) f.add('ctx:staffFaq');
  // In a staff decision tree every branch and every question of a step is part of the method.
  // A step's question counts only with casework in it (a person assessed, a threshold, a visit): a
  // pre-scan of a privacy assessment ("Is er sprake van een grootschalige verwerking?") is no method.
  const treeQuestion = question && !f.has('cue:question2p') && TREE_CONTENT.some((x) => f.has(x));
  // A branch that only navigates ("Ja → ga naar vraag 2") is method only in a casework document.
  const treeBranch = (Boolean(branch) || f.has('gotoStep')) && (doc.has('doc:casework') || ['imperative', 'imperativeClause'].some((x) => f.has(x)) || TREE_CONTENT.some((x) => f.has(x)));
  if (doc.has('doc:decisionTree') && (treeBranch || (treeQuestion && (ctx.marker || ctx.step || /^(?:stap|vraag|beslispunt)\s*\d/iu.test(ctx.head) || /^(?:stap|vraag|beslispunt)\s*\d/iu.test(flat))))) f.add('ctx:decisionTree');
  // Knowledge from experience about a kind of case ("Een verklaring die …, is vaak overgenomen")
  // in an instruction for staff is an indicator.
  if (doc.has('doc:instruction') && !doc.has('doc:public') && !question && EXPERIENCE.test(body)) f.add('cue:indicatorRule');
  // A section whose heading marks it for staff only ("Werkwijze (intern)", "Interne afspraken (niet
  // voor de klager)"): what it says about a kind of case (a threshold,
  // a visit, the person assessed, a step in the case) is an internal rule, however it is worded
  // ("Aanvragen onder … toetsen we alleen steekproefsgewijs"). Not a question, nor a sentence with
  // a cue of policy (the law, an aim, parliament, a finding), which the heading does not make internal.
  if (INTERNAL_HEAD.test(ctx.heading) && !question && TREE_CONTENT.some((x) => f.has(x)) && !INTERNAL_NOT.some((x) => f.has(x))) f.add('cue:internal');
  const form = STRONG_FORM.some((x) => f.has(x)) || (WEAK_FORM.some((x) => f.has(x)) && (f.has('cue:assessed') || f.has('cue:staffRole') || f.has('cue:setting')))
    // A rule for weighing evidence in an internal casework text instructs by itself.
    || (f.has('cue:weighing') && doc.has('doc:casework') && !doc.has('doc:public'));
  // The person assessed is the content of an instruction, an indicator or a list item about them;
  // in a sentence that only says what must happen ("De aanvrager moet …") it is not.
  const content = CONTENT.some((x) => f.has(x)) || (f.has('cue:assessed') && PERSONAL_FORM.some((x) => f.has(x)))
    // An item of a list of indicators or instructions in casework: the list says what it is.
    || (f.has('ctx:guideList') && doc.has('doc:casework'))
    // In casework (the person assessed, again and again, in an internal text) an instruction to the
    // reader is about the case even where the sentence names only the thing to look at.
    || (doc.has('doc:casework') && !doc.has('doc:public') && CASE_INSTRUCTION.some((x) => f.has(x)) && !NOT_CASEWORK.some((x) => f.has(x)))
    // "Twijfel je …, laat dan …": a colleague addressed with a condition or an order about a case is told how to work.
    || (f.has('agentMention') && (f.has('imperative') || f.has('youStatement')))
    || (f.has('youStatement') && YOU_FORM.some((x) => f.has(x)) && ['cue:assessed', 'agentMention', 'cue:staffRole', 'cue:setting'].some((x) => f.has(x)))
    // Knowledge from experience about a kind of case ("Verenigingen die …, leveren vaak …; leg die
    // naast elkaar", "schippers die …, proberen vaak tijd te winnen; laat daarom …") with what to do about it.
    || (EXPERIENCE.test(body) && ['imperative', 'imperativeClause'].some((x) => f.has(x)))
    // In a document titled as an instruction for staff (werkkaart, handboek, "voor de
    // toezichthouders") and not addressed to the public, an imperative is the method whatever it
    // names ("Leg het verkeersplan naast …", "Spreek de jongere eerst zonder ouders").
    || (doc.has('doc:instruction') && !doc.has('doc:public') && ['imperative', 'imperativeClause'].some((x) => f.has(x)) && !NOT_CASEWORK.some((x) => f.has(x)));
  if (form && content) f.add('form&content');
  // Distinct classes: a class may have two patterns ("politics": one of them case-sensitive).
  const policy = new Set(CUES.filter((c) => c.side === 'policy' && f.has(`cue:${c.id}`)).map((c) => c.id)).size;
  if (policy >= 2) f.add('policy2');
  // The law or case law cited, with no threshold, indicator or question of the method beside it.
  if ((f.has('cue:lawRef') || f.has('cue:caseLaw')) && !METHOD_DETAIL.some((x) => f.has(x))) f.add('lawCited');
  // The public's right to object or appeal ("… kan bezwaar maken bij het college") is the
  // published procedure, whoever the sentence names.
  if (RIGHT_OF_APPEAL.test(body)) f.add('lawCited');
  // A rule that names its published source ("…; dat staat in de huisvestingsverordening", "zo
  // regelt artikel 9:11 Awb het") is that source's rule, its thresholds included, unless the
  // sentence also tells staff what to do.
  // So is a person's right stated as such ("De bewoner heeft het recht het bezoek te weigeren"),
  // unless staff are told to do something with it ("Wijs de bewoner op zijn recht …").
  // And so is a rule for the public stated as such ("Een inwoner die verhuist, moet dat binnen vijf
  // dagen melden", "Studenten met een beurs mogen …"): the published duty or right, not the method.
  if ((f.has('cue:lawRef') && LAW_SOURCE.test(body)) || PERSON_RIGHT.test(body) || f.has('cue:publicRule')) {
    if (!['imperative', 'imperativeClause', 'youStatement', 'exampleQuestion'].some((x) => f.has(x))) f.add('lawCited');
  }
  // Where an instruction's wording meets law, published policy or the public's rights, the
  // passage is policy (the rule, not the method): the model learns how much that weighs.
  if (form && content && HARD_POLICY.some((x) => f.has(x))) f.add('guidance&policy');
  // The document's contact line ("Vragen over deze instructie: <naam>, tel. …", "Contact: …"):
  // whom to ask, not how to work.
  if (CONTACT_LABEL.test(ctx.headKind === 'label' || ctx.headKind === 'intro' ? `${ctx.head}:` : '') || CONTACT_LABEL.test(body)) {
    if (CONTACT_DETAIL.test(body)) f.add('contactLine');
  }
  // How the public reaches the organisation ("Heeft u vragen? Bel dan … via 14 0…", in a letter
  // to a citizen "Mail … naar …"): an imperative, but whom to call, not how staff work.
  if ((doc.has('doc:public') || ctx.readerAsked) && REACH.test(body) && (CONTACT_DETAIL.test(body) || NUMBER_GIVEN.test(body))) f.add('contactLine');
  // A short table cell or unpunctuated piece without a verb, a question or a threshold (a column
  // header, the name of an indicator in its cell: "Afwijkend adres") names something; it says
  // nothing about how to work. (Not the answer of a branch in a staff decision tree: "nee: volsta
  // met een administratieve controle", "ja: steekproef van drie dossiers" is the step to take.)
  if ((ctx.kind === 'fragment' || f.has('open')) && words.length <= 5 && !question && !(branch && f.has('ctx:decisionTree')) && !/\d/.test(body) && !f.has('cue:threshold') && !['imperative', 'imperativeClause', 'verbFirstCondition', 'criterion'].some((x) => f.has(x))
    && !words.some((w) => FINITE_VERB.test(w.replace(/[^\p{L}]/gu, '')) || MODAL.test(w.replace(/[^\p{L}]/gu, '')))) f.add('verbless');
  if (isEnglish(body)) f.add('english');
  if (/\.{4,}|…{2,}|(?:\. ){4,}/.test(body)) f.add('toc');
  return f;
}

/** Three capitalised words in a row (joined by "en", "van", a dash), not at the start: names of people or organisations. */
const ROSTER_RUN = /\s\p{Lu}\p{Ll}+(?:\s+(?:en|van|de|der|voor|[—–-])\s+|\s+)\p{Lu}\p{Ll}+(?:\s+(?:en|van|de|der|voor|[—–-])\s+|\s+)\p{Lu}\p{Ll}+/u;
const GUIDANCE_CUE_IDS = new Set(CUES.filter((c) => c.side === 'guidance').map((c) => `cue:${c.id}`));

/** An imperative whose next word (after an adverb) is the reader: "Meld u aan", "Neem dan uw pas mee". */
const READER_IMPERATIVE = /^\S+\s+(?:(?:dan|nu|ook|altijd|zelf|eerst|direct|gerust|tijdig|op\s+tijd)\s+)?(?:u|uw)\b/iu;
const QUOTED = /"[^"]*"|“[^”]*”|‘[^’]*’|'[^']{3,}'/gu;
const RIGHT_OF_APPEAL = /\b(?:bezwaar|een\s+bezwaarschrift)\s+(?:\S+\s+){0,2}(?:maken|indienen|aantekenen)\b|\bberoep\s+(?:\S+\s+){0,2}(?:instellen|aantekenen)\b|\bin\s+(?:hoger\s+)?beroep\s+(?:gaan|te\s+gaan)\b/iu;
/** A sentence that says where its rule is laid down: "staat in de …", "is geregeld in …", "zo regelt …", "volgens de …". */
const LAW_SOURCE = /\b(?:staat|staan)\s+(?:\S+\s+){0,2}?in\s+(?:de|het|artikel|hoofdstuk|paragraaf)\b|\b(?:vastgelegd|geregeld|bepaald|voorgeschreven)\s+in\b|\bzo\s+(?:regelt|bepaalt|wil)\b|\b(?:volgt|volgen)\s+uit\s+(?:de|het|artikel)\b|\b(?:volgens|krachtens|ingevolge)\s+(?:de|het|artikel)\b|\bin\s+(?:het|de|een)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}*convenant|beleidsplan|uitvoeringsprogramma)\b(?:\s+\S+){0,12}?\s+(?:afgesproken|vastgelegd|bepaald|opgenomen|overeengekomen)\b/iu;
/** A person's right as a statement: "heeft het recht (om) …", "heeft recht op …", "hebben het recht …". */
const PERSON_RIGHT = /\b(?:heeft|hebben|behoudt|behouden)\s+(?:altijd\s+|steeds\s+)?(?:het\s+)?recht\s+(?:om\b|op\b|\p{L}+\s+\p{L}+\s+te\b|(?:de|het|een|zijn|haar|hun)\b)/iu;
const METHOD_DETAIL = ['cue:threshold', 'cue:indicatorRule', 'cue:indicator', 'cue:interview', 'cue:questionIntro', 'exampleQuestion', 'cue:weighing'];
/** A kind of case and what it often does: "<meervoud> die …, <werkwoord> vaak …", "Een <naamwoord> die …, … meestal …". */
const EXPERIENCE = /^(?:\p{L}+(?:en|s)|(?:een|elke|iedere)\s+\p{L}+)\s+(?:die|dat)\s[^;]*?,\s+(?:\S+\s+){0,2}?(?:vaak|meestal|regelmatig|doorgaans|geregeld)\b/iu;
const CASE_INSTRUCTION = ['imperative', 'imperativeClause', 'cue:attention', 'cue:advice'];
const NOT_CASEWORK = ['cue:chat', 'cue:firstPerson', 'cue:technical', 'cue:publicAddress', 'cue:politics', 'cue:decision'];
const YOU_FORM = ['imperative', 'imperativeClause', 'cue:condition', 'verbFirstCondition', 'cue:threshold', 'cue:then'];

/** True when the text names a person by an agent noun: "de inburgeraar", "een vervoerder", "deze speler". */
function agentMention(s: string): boolean {
  for (const m of s.matchAll(/\b(?:de|een|deze|die|elke|iedere)\s+(?:\p{Ll}+e\s+)?(\p{Ll}{4,}?)(aar|ster|der|er)s?\b/gu)) {
    const stem = m[1]! + (m[2] === 'der' ? 'd' : '');
    const stems = m[2] === 'der' ? [stem, m[1]!] : [stem];
    // The stem must be a verb: an infinitive and a third person (vervoert, neemt deel, vraagt);
    // "vinger" (vingen) and "manier" have no third person of that stem.
    const thirds = (st: string) => [`${st}t`, `${st.replace(/([^aeiou])([aeiou])([^aeiou])$/u, '$1$2$2$3')}t`];
    if (stems.some((st) => infinitives(st).some((inf) => inf !== st && isCommonWord(inf)) && thirds(st).some((t) => isCommonWord(t)))) return true;
  }
  return false;
}

/** "je", "jij", "jouw" addressing the reader (not the "je" of a quoted question). */
const YOU = /\b(?:je|jij|jouw)\b/iu;

/** True when an introduction or label is an instruction: it opens with an imperative ("Vraag naar:", "Let bij het bezoek op:"). */
function instructionHead(head: string): boolean {
  const words = head.replace(/:\s*$/, '').trim().split(/\s+/);
  const first = (words[0] ?? '').replace(/[^\p{L}]/gu, '');
  if (!/^\p{Lu}/u.test(first) || words.length > 10) return false;
  // "Vraag naar:" reads as a noun phrase in running text ("Vraag naar de kosten") but not as an introduction.
  return isImperative(first, (words[1] ?? '').replace(/[^\p{L}]/gu, '')) || (words.length <= 4 && IMPERATIVE_VERBS.has(first.toLowerCase()));
}

/** "Wanneer" asking a question: the finite verb follows it, then the subject ("Wanneer schakel ik … in?"). */
const INTERROGATIVE_WHEN = /^wanneer\s+(?!(?:ik|je|jij|u|we|wij|men|hij|zij|ze|er|de|het|een|dit|dat|deze|die|iemand|een)\b)\p{Ll}+\s+(?:ik|je|jij|u|we|wij|men|hij|zij|ze|er)\b/iu;
const SUBJECT_START = /^(?:de|het|een|je|jij|u|hij|zij|ze|we|wij|er|die|dit|deze|men|iemand|ik|niemand|alle|iedereen|elke|iedere)$/i;
const SELF = /\b(?:ik|mij|mijn|me)\b/iu;
/** A question put to someone: "u", "uw", "je", "jij", "jouw", "jullie". */
const ADDRESSEE = /\b(?:u|uw|je|jij|jouw|jullie)\b/iu;
/**
 * A title or caption line of parts between dashes, one of them a date ("Overleg toezicht — 3 maart
 * 2024 — opname 41 min."): a meeting's or recording's caption, whose first word ("Overleg",
 * "Verslag") is a noun, not an instruction (session 12b).
 */
function captionLine(body: string): boolean {
  const parts = body.split(/\s[—–-]\s/);
  return parts.length >= 3 && parts.some((p) => /^\s*\d{1,2}\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+\d{4}\s*$|^\s*\d{1,2}-\d{1,2}-\d{4}\s*$/iu.test(p));
}

/** The prepositions of a condition or time phrase that may stand before the verb of an instruction. */
const FRONTED_PHRASE = /^(?:bij|vanaf|na|tijdens|zonder|binnen|boven|onder|vóór|met)$/i;
/** Words of a noun phrase: articles, pronouns, prepositions, numbers, conjunctions (no verb follows them inside the phrase). */
const NP_WORD = /^(?:de|het|een|die|dit|deze|dat|dezelfde|hetzelfde|elke|iedere|alle|geen|meer|minder|dan|van|op|in|uit|aan|bij|met|over|voor|naar|om|tot|door|per|onder|boven|tussen|zonder|en|of|zijn|haar|hun|uw|je|jouw|ons|onze|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|\d+)$/i;
/** A sentence that opens with a condition or time clause: "Als …,", "Indien …,", "Zodra …,". */
const CONDITION_LEAD = /^(?:als|indien|wanneer|zodra|ingeval|mocht|nadat|voordat|zolang|tenzij)\s[^,]+,\s/iu;
const FAQ_LABEL = /^(?:V|A|Q|Vraag|Antwoord)\s*:\s*/u;
/** A question a member of staff asks about the work: "Wat doe je als …?", "Hoe ga je om met …?", "Mag je …?". */
const STAFF_QUESTION = /\b(?:wat\s+doe\s+(?:je|jij)|hoe\s+(?:ga|handel|reageer|werk)\s+(?:je|jij)|wat\s+moet\s+(?:je|jij)|(?:mag|moet|kun|kan|wanneer\s+\p{Ll}+)\s+(?:je|jij)\b(?=[^?]*\b(?:klant|aanvrager|beller|melder|klager|cliënt|client|bezoeker|betrokkene|burger|inwoner|ondernemer|dossier|zaak|melding|aanvraag|balie|gesprek)))/iu;
const TREE_CONTENT = ['cue:assessed', 'cue:threshold', 'cue:setting', 'cue:fraud', 'cue:verify', 'cue:caseAction', 'cue:escalate', 'cue:indicator', 'cue:interview'];
/**
 * A heading that marks its section for staff only: "(intern)", "Interne afspraken", "niet voor de
 * klager". (Not the document's own classification in its title block, "alleen voor medewerkers",
 * "voor intern gebruik": that covers the policy the document repeats as well.)
 */
const INTERNAL_HEAD = /\(\s*(?:intern|vertrouwelijk|niet\s+(?:voor\s+)?(?:extern|publicatie|openbaar)\p{L}*|niet\s+voor\s+(?:de\s+|het\s+)?\p{L}+|alleen\s+voor\s+(?:medewerkers|intern\s+gebruik))\s*\)|(?:^|\s)interne?\s+(?:afspraken|werkafspraken|werkwijze|aanwijzingen|tips|handelwijze|instructies?|richtlijnen)\b|\bniet\s+voor\s+(?:publicatie|de\s+(?:klager|aanvrager|melder|burger|klant|cliënt|indiener|ondernemer|verzoeker))\b/iu;
const INTERNAL_NOT = ['cue:lawRef', 'cue:caseLaw', 'cue:politics', 'cue:aim', 'cue:appeal', 'cue:rights', 'cue:findings', 'cue:history', 'cue:docMeta', 'cue:decision', 'cue:publicAddress', 'policy2', 'lawCited'];
const STEP_LABEL = /^(?:stap|vraag|beslispunt|fase)\s*\d{1,2}[a-z]?\s*[.:)]?$/iu;
/** The answer marker that opens a branch of a decision tree. */
const BRANCH = /^(?:ja|nee|zo\s+ja|zo\s+nee|indien\s+ja|indien\s+nee|als\s+ja|als\s+nee|wel|niet|akkoord|niet\s+akkoord|voldoende|onvoldoende)\s*(?:→|->|=>|⇒|➔|►|>|:|,|–|—)\s*/iu;
const BRANCH_LINE = /(?:^|\n)[ \t]*(?:[•\-–*→➔➜⇒►▶]\s*)?(?:ja|nee|zo\s+ja|zo\s+nee|indien\s+ja|indien\s+nee)\s*(?:→|->|=>|⇒|➔|►|>|:|–|—)/giu;
const GOTO_STEP = /\b(?:ga|ga\s+verder|verder)\s+(?:naar|met)\s+(?:stap|vraag|punt|onderdeel|blok|fase|beslispunt)\s+\d/iu;

const STRONG_FORM = ['youStatement', 'ctx:instructionHead', 'ctx:staffFaq', 'ctx:decisionTree', 'imperative', 'imperativeClause', 'cue:attention', 'cue:advice', 'cue:staffRole', 'cue:indicatorRule', 'cue:internal', 'cue:genericCase', 'criterion', 'exampleQuestion', 'ctx:guideLabel', 'ctx:guideList', 'ctx:indicatorSection'];
/** "wie …, <verb>": a clause on whoever is in a situation, then the verb of its main clause. */
const WHO_RULE = /(?:^|[:;]\s+)wie\s+[^,?]{3,}?,\s+(\p{Ll}+)\b/iu;
const WHO_NOT = /^(?:kan|kunt|mag|heeft|hebt|hoeft|krijgt|ontvangt|komt|wordt|moet|dient|zal|wil|valt|is|blijft|gaat)$/u;
const WEAK_FORM = ['whoRule', 'cue:weighing', 'verbFirstCondition', 'cue:procedure', 'cue:obligation', 'cue:then', 'cue:condition', 'cue:indicator', 'cue:caseAction', 'questionRun', 'ctx:guideHead'];
const PERSONAL_FORM = ['imperative', 'imperativeClause', 'cue:indicator', 'cue:indicatorRule', 'cue:genericCase', 'cue:staffRole', 'ctx:guideList', 'ctx:indicatorSection', 'exampleQuestion', 'cue:attention'];
const CONTENT = ['cue:weighing', 'ctx:instructionHead', 'ctx:staffFaq', 'ctx:decisionTree', 'cue:setting', 'cue:interview', 'cue:verify', 'cue:judgement', 'cue:fraud', 'cue:escalate', 'cue:threshold', 'cue:internal', 'cue:questionIntro', 'cue:indicatorRule', 'exampleQuestion'];

const SUBORDINATOR = /^(?:dat|die|of|als|wanneer|waar|wat|wie|hoe|omdat|zodat|voordat|nadat|totdat|terwijl|indien|welke|waarin|waarop|waarbij|zodra|tenzij|maar|en|om)$/i;
const FINITE_VERB = /^(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|kan|kunnen|moet|moeten|mag|mogen|zal|zullen|zou|zouden|wil|willen|blijft|blijkt|geldt|staat|ligt|gaat|komt|bevat|betreft|vormt|luidt)$/i;
/**
 * True when the sentence opens with two nouns joined by "en"/"of" and a plural verb ("Bezwaar en
 * beroep lopen …", "Vraag en aanbod bepalen …"): a subject, not an imperative ("Controleer en noteer …").
 */
function coordinatedSubject(words: string[]): boolean {
  if (!/^(?:en|of)$/i.test(words[1] ?? '')) return false;
  const verb = (words[3] ?? '').replace(/[^\p{L}]/gu, '').toLowerCase();
  if (!/^\p{Ll}{3,}en$/u.test(verb) || !isCommonWord(verb)) return false;
  // A plural present tense: its stem in -t is a word too (lopen → loopt, bepalen → bepaalt, leggen → legt).
  const base = verb.slice(0, -2);
  const stems = [base, base.replace(/(\p{Ll})\1$/u, '$1'), base.replace(/^(.*[^aeiou])([aeiou])([^aeiou])$/u, '$1$2$2$3'), base.replace(/v$/, 'f').replace(/z$/, 's')];
  return stems.some((st) => st.length >= 2 && isCommonWord(`${st}t`));
}

/** True when the main clause (up to a comma or a subordinate clause) has a finite verb: no imperative then. */
function finiteInMainClause(words: string[]): boolean {
  for (const raw of words.slice(1)) {
    const wd = raw.replace(/[^\p{L}]/gu, '');
    if (SUBORDINATOR.test(wd)) return false;
    if (FINITE_VERB.test(wd)) return true;
    if (/[,;:]$/.test(raw)) return false;
  }
  return false;
}

/** A label that introduces whom to contact: "Vragen over deze handreiking:", "Contact:", "Meer informatie:", "Inlichtingen:". */
const CONTACT_LABEL = /^(?:vragen(?:\s+over\s+[^:]{1,60})?|contact(?:persoon|gegevens)?|meer\s+informatie|inlichtingen|informatie)\s*:/iu;
/** Contact details: a telephone label or number, an e-mail label or address. */
const CONTACT_DETAIL = /\b(?:tel(?:efoon)?\b\.?|telefoonnummer|e-?mail)|@|\b0\d{1,3}[\s-]?\d{2,}|\(0\d{1,3}\)|\+31/iu;
/** A verb of getting in touch: "Bel dan …", "mail naar …", "neem contact op". */
const REACH = /^(?:bel|mail|e-mail|neem|stuur|app|schrijf)\b|\b(?:bel|mail|e-mail)\s+(?:dan|ons|gerust|met|naar)\b|\bcontact\s+op\b|\bbereikbaar\b|\btelefonisch\b/iu;
/** A number given to call: "via 14 020", "op 030 - 123 45 67". */
const NUMBER_GIVEN = /\b(?:via|op|naar|nummer)\s+\+?\(?\d[\d\s()-]{2,}\d\b/iu;
/** A question to the reader about contact: "Heeft u vragen?", "Hebt u nog een vraag?", "Vragen?". */
const READER_ASKED = /^(?:(?:heeft|hebt)\s+u\s+(?:nog\s+)?(?:vragen|een\s+vraag)|vragen|wilt\s+u\s+(?:meer\s+weten|reageren|contact))\b[^?]*\?\s*$/iu;
const MODAL = /^(?:moet|moeten|kan|kunnen|mag|mogen|zal|zullen|dient|dienen|wil|willen|hoeft|hoeven)$/i;

const HARD_POLICY = ['cue:lawRef', 'cue:caseLaw', 'cue:politics', 'cue:appeal', 'cue:docMeta', 'cue:decision', 'cue:wooLetter', 'cue:findings', 'cue:rights', 'cue:legalEffect', 'cue:publicAddress', 'cue:history'];

const EN = /\b(?:the|of|and|to|by|for|with|will|be|that|this|on|which|from|its|at|shall|has|have|are|was|were|upon|an|any|all|not|or)\b/giu;
const NL = /\b(?:de|het|een|en|van|op|te|dat|die|voor|met|zijn|niet|aan|er|om|ook|als|bij|of|door|naar|wordt|worden|moet|kan|deze|dit|uit|over)\b/giu;
/** True for an English sentence (a resolution, a quoted source): Dutch cues do not apply. */
function isEnglish(s: string): boolean {
  const en = (s.match(EN) ?? []).length;
  const nl = (s.match(NL) ?? []).length;
  return en >= 2 && en > nl;
}

/** How many questions stand in a row around unit i (a list of example questions). */
function questionRun(units: readonly Unit[], i: number, text: string): number {
  const isQ = (k: number) => {
    const u = units[k];
    return u !== undefined && u.kind !== 'heading' && QUESTION.test(text.slice(u.start, u.end));
  };
  if (!isQ(i)) return 0;
  let a = i;
  let b = i;
  while (isQ(a - 1)) a--;
  while (isQ(b + 1)) b++;
  return b - a + 1;
}

/** Cues of a clause that make it policy text on its own: law, case law, aims, findings, the public's rights and terms. */
const POLICY_CLAUSE = ['cue:lawRef', 'cue:caseLaw', 'cue:aim', 'cue:appeal', 'cue:rights', 'cue:statutoryTerm', 'cue:docMeta', 'cue:publicRule', 'cue:legalEffect', 'cue:politics', 'cue:findings', 'lawCited'];
/** What makes a clause an instruction to staff however much policy it names. */
const STAFF_CLAUSE = ['imperative', 'imperativeClause', 'youStatement', 'exampleQuestion', 'cue:attention', 'cue:advice', 'cue:interview', 'cue:indicatorRule', 'cue:escalate', 'cue:internal', 'criterion', 'whoRule'];

/**
 * @example
 *   policyEdges(text, a, b, doc); // [a, b'] without "; de inlichtingenplicht staat in artikel 17 …"
 *
 * The range [a, b) of a passage without the sentences or clauses (after "." or ";") at its end,
 * and the whole sentences at its front, that are policy on their own (POLICY_CLAUSE, none of
 * STAFF_CLAUSE): the passage boundary, "a guidance passage ends where policy text begins". A unit
 * is one sentence as the segmenter saw it; a list item without a closing stop, or a sentence of
 * two clauses joined by a semicolon, may still carry a policy sentence with it.
 */
export function policyEdges(text: string, a: number, b: number, doc: ReadonlySet<string>): [number, number] {
  // Each piece with whether a new sentence begins with it: a clause after a semicolon often
  // leans on the one before ("…; bij spoed is dat binnen drie dagen"), so only whole sentences
  // are taken off the front.
  const pieces: [number, number, boolean][] = [];
  for (const [x, y] of splitSentences(text.slice(a, b))) {
    let start = x;
    let sentence = true;
    for (const m of text.slice(a + x, a + y).matchAll(/;\s+/gu)) {
      const cut = x + (m.index ?? 0) + m[0].length;
      pieces.push([start, cut, sentence]);
      start = cut;
      sentence = false;
    }
    pieces.push([start, y, sentence]);
  }
  if (pieces.length < 2) return [a, b];
  const isPolicy = ([x, y]: [number, number, boolean]) => {
    const f = textFeatures(flatten(text.slice(a + x, a + y)).replace(/;$/, '.'), { kind: 'sentence', marker: false, head: '', heading: '', questionRun: 0 }, doc);
    return POLICY_CLAUSE.some((c) => f.has(c)) && !STAFF_CLAUSE.some((c) => f.has(c));
  };
  let i = 0;
  let j = pieces.length;
  while (j - i > 1 && isPolicy(pieces[j - 1]!)) j--;
  while (j - i > 1 && pieces[i + 1]![2] && isPolicy(pieces[i]!)) i++;
  let end = a + pieces[j - 1]![1];
  // A clause cut at its semicolon ends before it.
  while (end > a && /[\s;]/.test(text[end - 1]!)) end--;
  return [a + pieces[i]![0], end];
}
