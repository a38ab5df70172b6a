/**
 * Dutch telephone numbers (numbering plan in ../numberingPlan.ts: ten digits starting with 0, or
 * +31 / 0031 followed by nine), in every common notation: spaces, dashes, dots, brackets around the
 * area code, "(0)" after +31, no separators at all, split over a line end, and after labels ("T",
 * "M", "tel.", "mob.", "doorkiesnummer"). Direct lines of civil servants are 10.2.e; general numbers
 * stay, and the kept item says why: service and short numbers (0800, 0900, 14 0xx, 1400), numbers
 * the text introduces as general ("algemene vragen", "receptie"), numbers in a letterhead beside the
 * organisation's address, numbers printed in the header or footer of most pages, numbers that stand
 * in several documents of the dossier without a person's label, and the organisations' own list
 * (`switchboards`). 088 is used for both, so context decides.
 */
import type { Candidate, DetectContext, Detector, DetectOptions } from '../types';
import { foreignNumber, numberKind, type NumberKind } from '../numberingPlan';
import { companyBefore, companyDetails, inPageMargin, isUnitName, onBoilerplateLine, onEdgeLines, unitBlock, unitOnLine } from '../edges';
import { ORG_WORDS, SIGNOFF_START } from '../dutch';
import { isCommonWordOrCompound, isFirstName, isKnownSurname, isPlace } from '../lexicon';
import { frame } from '../columns';
import { contactHeadingAbove, isFunctionalLocalPart, publicSubject } from './email';
import type { Word } from '../../pdf/textTypes';

// A run that starts like a phone number and continues with digits and the usual separators. Dashes
// are every dash of Unicode's General Punctuation (U+2010 to U+2015: Word's non-breaking hyphen
// U+2011, the figure dash U+2012, en and em dash) and the minus sign U+2212, as word processors write them.
// Up to 28 characters after the start: "+31 (0) 20 – 61 – 84 – 273" spaces every group and its dashes.
// "1400" (the government's short number) stands alone. A label may be glued to the number ("T:020 …", "Tel.06-…").
const RUN = /(?:(?<![\p{L}\p{N}\-+/.,:€$])|(?<=(?:^|[\s(|])\p{L}[\p{L}.]{0,13}[.:]))(?:(?:\+\s?\d{1,3}|00\s?\d{2}|\(0\d{1,3}\)|\(\+31\)|\(0\)\s?\d|0\d|14\s?0\s?\d{1,3})[\d \u00a0\u2009\u202f()\-\u2010-\u2015\u2212./]{0,28}\d|1400)(?![\p{Ll}\p{N}]|[.,]\d|-\d|\/\d)/gu;
// A number split over a line end: the area code (or area code and a first group) ends the line,
// the rest starts the next one (a blank line between, as two-column text models write it).
const SPLIT = /(?:(?<![\p{L}\p{N}\-+/.,:€$])|(?<=(?:^|[\s(|])\p{L}[\p{L}.]{0,13}[.:]))((?:\+31|0031|\(0\d{1,3}\)|\(\+31\)|0\d)[\d \u00a0\u2009\u202f()\-\u2010-\u2015\u2212./]{0,18}?)[ \t]*(?:[-\u2010-\u2015\u2212/][ \t]*)?\n(?:[ \t]*\n)?[ \t]*((?:\(0\)[ \t]?)?\d[\d \u00a0\u2009\u202f\-\u2010-\u2015\u2212.]{0,14}\d|\d)(?![\p{L}\p{N}]|[.,]\d)/gu;

const GENERAL_CONTEXT = /(?:algeme(?:en|ne)\s+(?:telefoon)?nummer|algeme(?:en|ne)\s+vragen|vragen\s+van\s+(?:burgers|het\s+publiek|inwoners|klanten)|(?:worden|wordt)\s+beantwoord\s+(?:via|door|op)|hoofdnummer|centra(?:al|le)\s+(?:tele(?:foon)?)?nummer|telefooncentrale|\bcentrale\b|telefonist(?:e|en)?\b|receptie|bereikbaar\s+(?:via|op|onder)|telefonisch\s+spreekuur|spreekuur|klantcontact(?:centrum)?|klantenservice|informatienummer|servicenummer|publieksnummer|servicelijn|informatielijn|meldlijn|hulplijn|callcenter|contactcentrum|klant\s*contact\s*centrum|\bkcc\b|info(?:rmatie)?\s*lijn|gratis\s+(?:te\s+)?bel|bel\s+(?:gratis|ons)|belt\s+u(?:\s+ons)?|kunt\s+u\s+(?:ons\s+)?bellen|\bons\s+(?:(?:telefonisch|gerust|altijd)\s+)?(?:bellen|bereiken)\b|\bu\s+kunt\s+(?:(?!mij\b|me\b|hem\b|haar\b)[^.\n]){0,50}?\bbellen|telefoonnummer\s+van\s+(?:de|het)\s+(?:ministerie|organisatie|dienst|gemeente|afdeling|bedrijf)|switchboard|general\s+(?:number|enquiries)|main\s+number)/i;
/** A label that says the number is the organisation's: "Algemeen: 071 …", "Receptie: …", "Switchboard: …". */
const GENERAL_WORDS = String.raw`(?:algemeen|algemene\s+(?:lijn|telefoon)|centrale|centraal(?:\s+(?:tele(?:foon)?)?nummer)?|receptie|hoofdnummer|switchboard|general|main|servicedesk|helpdesk|klantenservice|publieksvoorlichting|informatielijn|secretariaat|griffie|kcc|klantcontact(?:centrum)?|frontoffice|meldpunt|servicepunt|publieksbalie|informatienummer)(?:\s*(?:nummer|number|tel(?:efoon)?\.?|phone))?`;
const GENERAL_LABEL = new RegExp(String.raw`(?:^|[\s|•])${GENERAL_WORDS}\s*[.:]\s*$`, 'i');
/**
 * The same general words as the whole label of the number's line, with or without a colon: a
 * signature's or card's lines are labelled like "T 070 …" and "Algemeen 070 …", without colons.
 */
const GENERAL_LABEL_LINE = new RegExp(String.raw`^[ \t]*${GENERAL_WORDS}[ \t]*[.:]?[ \t]*$`, 'i');
/**
 * The public named as the ones who call, as the label of the number's line ("Vragen van bedrijven:",
 * "Voor inwoners:", "Informatie voor aanvragers"): a number published for everyone of a group, no person's.
 */
const AUDIENCE_LABEL = /^[ \t]*(?:(?:algemene\s+|meer\s+)?(?:vragen|informatie|inlichtingen|contact|telefonisch\s+contact|bereikbaarheid)\s+)?(?:van|voor)\s+(?:alle\s+|de\s+|het\s+)?(?:burgers|inwoners|bewoners|omwonenden|publiek|klanten|bedrijven|ondernemers|ondernemingen|werkgevers|instellingen|organisaties|verenigingen|scholen|ouders|pati[eë]nten|cli[eë]nten|huurders|aanvragers|belanghebbenden|bezoekers|melders|particulieren|pers|journalisten|media|leveranciers|inschrijvers|gegadigden|zorgaanbieders|professionals|ketenpartners|derden|iedereen)[ \t]*[.:]?[ \t]*$/i;
const DIRECT_CONTEXT = /(?:^|\b)(?:t|m|dir|tel|tel(?:efoon)?nr|telefoon|telefoonnummer|terugbelnummer|mobiel(?:e)?(?:\s+nummer)?|mob|gsm|doorkies(?:nummer)?|direct|fax|f|phone|mobile|06-?nummer)\s*[.:]?\s*$/i;
const MOBILE_LABEL = /(?:^|\b)(?:m|mob|dir|mobiel|gsm|mobile|doorkies(?:nummer)?|direct|rechtstreekse?\s+(?:lijn|(?:telefoon)?nummer))\s*[.:]?\s*$/i;
/**
 * A form's label over its value: a person's line named on the line right above a number that stands
 * alone on its line ("Rechtstreeks telefoonnummer" / "087 …", "Doorkiesnummer" / "020 …").
 */
const DIRECT_LABEL_LINE = /^[ \t]*(?:doorkies(?:nummer)?|direct(?:e\s+lijn|e?\s+(?:telefoon)?nummer)?|rechtstreekse?\s+(?:lijn|(?:telefoon)?nummer)|mobiel(?:e)?(?:\s+(?:telefoon)?nummer)?|06-?nummer)(?:\s+\p{L}+)?[ \t]*:?[ \t]*$/iu;
const NOT_PHONE_CONTEXT = /(?:kenmerk|zaaknummer|zaak|dossiernummer|dossier|referentie|ref|documentnummer|document|factuurnummer|factuur|klantnummer|ordernummer|registratienummer|v-nummer|vnummer|bsn|burgerservicenummer|iban|rekeningnummer|kamerstuk(?:ken)?|nr|nummer|ecli|artikel|stcrt|staatscourant|stb|staatsblad|kvk|btw|postcode|versie|isbn)\s*[.:#]?\s*$/i;

/** The ten national digits of a Dutch number, or undefined when the run is not one. */
export function nationalDigits(run: string): string | undefined {
  // "(0)20 618 4273": the trunk 0 in brackets without a country code is the trunk 0 all the same.
  let s = run.replace(/^\s*\(0\)\s?/, '0').replace(/\(0\)/g, '');
  s = s.replace(/^\(\+31\)/, '+31');
  let d = s.replace(/\D/g, '');
  if (/^\s*\+/.test(s)) {
    if (!d.startsWith('31')) return undefined;
    d = `0${d.slice(2)}`;
  } else if (d.startsWith('0031')) {
    d = `0${d.slice(4)}`;
  } else if (/^\s*00\s?[1-9]/.test(s)) {
    // Another country's international prefix ("0044 20 …"): no Dutch number.
    return undefined;
  }
  return d;
}

export type PhoneKind = 'regular' | 'service' | 'shared' | 'invalid';

/** Classifies national digits: service numbers and short 14-numbers are public by nature. */
export function phoneKind(d: string): PhoneKind {
  const k = numberKind(d);
  if (k === 'service' || k === 'short') return 'service';
  if (k === 'invalid') return 'invalid';
  if (k === 'company' || k === 'nongeographic') return 'shared';
  return 'regular';
}

function separatorsPlausible(run: string): boolean {
  // Dots and slashes appear in dates and amounts; a phone number uses at most one kind of them.
  // Dots between groups of three ("020.618.4273") are an amount's only when the digits are no whole
  // number of the plan (an amount never starts with 0, a phone number always does).
  const d = nationalDigits(run);
  const whole = Boolean(d && d.length === 10 && numberKind(d) !== 'invalid');
  if (/\/.*\//.test(run) || (/\./.test(run) && !/^\+|^00/.test(run) && /\d\.\d{3}\.\d{3}/.test(run) && !whole)) return false;
  // A date (a day, a month, a year of this or the last century) that opens the run or one of its
  // parts; "06-48-27-1935" is no date (no month 27).
  if (/(?:^|\s)(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])[./-](?:19|20)\d{2}/.test(run)) return false;
  // Count the groups of the national number: "+31 (0)6 48 27 19 35" has five, not seven.
  const groups = run.replace(/^\s*(?:\+\s?\d{1,3}|00\s?\d{2})/, '').replace(/\(0\)/g, '').split(/[^\d]+/).filter(Boolean);
  return groups.length <= 6;
}

interface Hit {
  start: number;
  end: number;
  digits: string;
  run: string;
  /** A number whose pieces the text model put apart (a table cell's lines interleaved with other cells): the pieces. */
  ranges?: [number, number][];
  /** A number spread over a justified line (`spreadHits`): the words left of it on its baseline. */
  spread?: string;
  /** A number drawn letter-spaced, one word a character (`spacedDigitHits`). */
  spaced?: boolean;
  /** A foreign number (+32 …, 0044 …): its calling code, national digits and country; `digits` is then "+<code><national>". */
  foreign?: { code: string; national: string; country?: string };
}

/**
 * A run written as a foreign number in E.164 shape: "+" or "00" with a calling code other than 31,
 * then 7 to 12 national digits in any grouping ("+32 2 123 45 67", "+49 (0)30 1234567", "0044 20 …").
 */
function foreignOf(run: string): Hit['foreign'] {
  const m = /^\s*(?:\+|00)\s?(.*)$/s.exec(run);
  if (!m) return undefined;
  // An amount with a sign ("+1.234.567") is no number: a phone number never groups by thousands with dots.
  if (/\d\.\d{3}\.\d{3}(?!\d)/.test(run) && !/\.\d{3}\.\d{4}/.test(run)) return undefined;
  return foreignNumber(m[1]!.replace(/\(0\)/g, '').replace(/\D/g, ''));
}

/** Every Dutch phone number written in `text`, with its national digits (runs and numbers split over a line end). */
function hits(text: string): Hit[] {
  return withSplits(text, runHits(text));
}

/** The runs of `text` that are written like a phone number on one line. */
function runHits(text: string): Hit[] {
  const out: Hit[] = [];
  const re = new RegExp(RUN.source, RUN.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let run = m[0].replace(/[\s\u00a0\-\u2010-\u2015\u2212./(]+$/, '');
    const start = m.index;
    // Trailing bracket without an opening one belongs to the sentence.
    if (run.endsWith(')') && !run.includes('(')) run = run.slice(0, -1);
    if (run.includes('\n')) continue;
    let d = nationalDigits(run);
    // A number followed on its line by another figure (a table row "Telefoon Datum" read as
    // "0294 77 55 43 19 mei", a second cell's number): the run took too much. The number ends at
    // the group boundary where its digits make a whole valid number; the rest is read again.
    if (!d || !complete(d)) {
      const cut = wholeNumberPrefix(run);
      if (cut && NEXT_FIGURE.test(text.slice(start + cut.length, start + cut.length + 24))) {
        run = cut;
        d = nationalDigits(run);
        re.lastIndex = start + run.length;
      }
    }
    if (!separatorsPlausible(run)) continue;
    // A capital glued after the number ("020 618 4273E-mail", cells the text model joined) is the next
    // cell's word only after a whole number of the plan; otherwise the run is part of a code.
    if (/^\p{Lu}/u.test(text.slice(start + run.length, start + run.length + 1)) && !(d && d.length === 10 && numberKind(d) !== 'invalid')) continue;
    const foreign = d ? undefined : foreignOf(run);
    out.push({ start, end: start + run.length, digits: foreign ? `+${foreign.code}${foreign.national}` : d ?? '', run, ...(foreign ? { foreign } : {}) });
  }
  return out;
}

/** What may follow a number in the next cell of its row: a date ("19 mei", "5-3-2025") or another number. */
const NEXT_FIGURE = /^(?:[ \u00a0]+|[ \u00a0]*[/|,;][ \u00a0]*|[ \u00a0]+[-\u2010-\u2015\u2212][ \u00a0]+)(?:\d{1,2}[ \u00a0]+(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}|0\d|\+\d|\(0)/i;

/** Ten national digits of a valid ten-digit number, or a whole service or short number. */
function complete(d: string): boolean {
  const k = numberKind(d);
  return k !== 'invalid' && (d.length === 10 || k === 'service' || k === 'short');
}

/**
 * The longest start of `run`, ending at a separator between groups, whose digits are a whole valid
 * ten-digit number, when the run's digits go beyond ten ("013-4078233 5" → "013-4078233").
 */
function wholeNumberPrefix(run: string): string | undefined {
  const groups = [...run.matchAll(/\d+/g)];
  for (let k = groups.length - 1; k >= 1; k--) {
    const g = groups[k - 1]!;
    const head = run.slice(0, g.index + g[0].length);
    // Only a space between the number and what follows (a dash or a dot may join its groups), or a
    // slash or a dash with spaces around it that parts two numbers ("020 618 4273 / 06 4827 1935").
    if (!/^(?:[ \u00a0]+|[ \u00a0]*\/[ \u00a0]*\(?|[ \u00a0]+[-\u2010-\u2015\u2212][ \u00a0]+\(?)$/.test(run.slice(head.length, groups[k]!.index))) continue;
    const d = nationalDigits(head);
    if (d && d.length === 10 && numberKind(d) !== 'invalid') return head;
  }
  return undefined;
}

/**
 * The runs with the numbers split over a line end added (a split replaces the runs it consists of);
 * `taken`: pieces of the text already read as parts of another number.
 */
function withSplits(text: string, runs: Hit[], taken: readonly [number, number][] = []): Hit[] {
  const out = [...runs];
  if (text.includes('\n')) {
    for (const m of text.matchAll(SPLIT)) {
      const start = m.index ?? 0;
      const run = m[0];
      const d = nationalDigits(run);
      if (!d || numberKind(d) === 'invalid' || d.length !== 10) continue;
      // A whole number on the next line stays whole, unless it opens with the "(0)" that follows a
      // country code at the end of this line ("0031" / "(0)412 248859" is one number).
      if (out.some((h) => h.start < start + run.length && start < h.end && h.digits.length === 10 && numberKind(h.digits) !== 'invalid'
        && !(/^\(0\)/.test(h.run) && /^\s*(?:\+31|0031|\(\+31\))\s*$/.test(m[1] ?? '')))) continue;
      // The first part alone must not already be a whole number (then the next line is something else).
      const head = nationalDigits((m[1] ?? '').trim()) ?? '';
      // "+31 (0)" alone ends the line: its head is the trunk 0 only.
      if (head.length >= 10 || head.length < (/^\s*(?:\+31|0031|\(\+31\))/.test(m[1] ?? '') ? 1 : 2)) continue;
      if (taken.some(([a, b]) => start < b && a < start + run.length)) continue;
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < start + run.length && start < out[i]!.end) out.splice(i, 1);
      out.push({ start, end: start + run.length, digits: d, run });
    }
    out.sort((a, b) => a.start - b.start);
  }
  return out;
}

/** The digits of a piece of a number on its own line in a cell: "5214", "60 64", "81". */
const PIECE = /^[\d\-\u2010-\u2015\u2212.]*\d[).,;]?$/;
/** A piece's own characters: its digits without the bracket or comma of the sentence that goes on after it ("05)"). */
const pieceLength = (w: Word) => w.text.replace(/[).,;]$/, '').length;

/**
 * Numbers broken over the lines of a narrow table cell ("+31 (0)6 4545" above "5214", or
 * "+31 (0)6" above "3961" above "2235") whose pieces the text model read apart, because it
 * interleaved the cell's lines with the other cells of the row. Read from the page's geometry, not
 * its reading order: below the line that ends with the start of a number (a valid beginning of
 * fewer than ten digits), the next line of the same cell (starting at the start's left edge, or
 * within its width, one line lower) holding digits only continues it, up to two lines, until the
 * ten digits of a valid number are complete.
 */
function cellPieceHits(page: { text: string; words?: readonly Word[] }, found: Hit[]): Hit[] {
  const words = page.words;
  if (!words || words.length === 0) return [];
  const out: Hit[] = [];
  const used = new Set<Word>();
  const wordsIn = (a: number, b: number) => words.filter((w) => w.start < b && w.start + w.text.length > a);
  for (const h of found) {
    if (h.run.includes('\n') || !h.digits || h.foreign || h.digits.length >= 10 || h.digits.length < 2) continue;
    // The start must end its line (nothing but the number's own characters after it on the line).
    const lineEnd = page.text.indexOf('\n', h.end);
    const restOfLine = page.text.slice(h.end, lineEnd < 0 ? page.text.length : lineEnd);
    if (restOfLine.trim() && !/^\s{2,}|^\s*[|]/.test(restOfLine)) continue;
    const head = wordsIn(h.start, h.end);
    if (head.length === 0 || head.some((w) => w.rot !== head[0]!.rot)) continue;
    const rot = head[0]!.rot;
    const f0 = frame(head[0]!.rect, rot);
    const fl = frame(head[head.length - 1]!.rect, rot);
    const left = f0.u0;
    const right = fl.u1;
    let bottom = Math.max(...head.map((w) => frame(w.rect, rot).v1));
    const size = Math.max(4, fl.v1 - fl.v0);
    // The left edge of the head's cell: from the number's first word leftwards along its line while
    // the words follow each other closely (a wrapped cell goes on at that edge: "… (kantoor 023 298 37" / "05)").
    let cellLeft = left;
    for (;;) {
      const prevWord = words.find((w) => w.rot === rot && Math.abs(frame(w.rect, rot).v0 - f0.v0) < size * 0.3
        && frame(w.rect, rot).u1 <= cellLeft + 0.5 && cellLeft - frame(w.rect, rot).u1 < size * 1.2);
      if (!prevWord) break;
      cellLeft = frame(prevWord.rect, rot).u0;
    }
    const atCellEdge = (u0: number) => cellLeft < left && Math.abs(u0 - cellLeft) <= size * 0.6;
    let digits = h.digits;
    const pieces: [number, number][] = [[h.start, h.end]];
    const runParts = [h.run];
    for (let k = 0; k < 2 && digits.length < 10; k++) {
      // The first word of the next line of the cell: just below, starting at the cell's left edge or within the start's width.
      const below = words.filter((w) => {
        if (w.rot !== rot || used.has(w) || !PIECE.test(w.text)) return false;
        const f = frame(w.rect, rot);
        return f.v0 >= bottom - size * 0.3 && f.v0 <= bottom + size * 0.9 && ((f.u0 >= left - size * 0.6 && f.u0 <= right) || (k === 0 && atCellEdge(f.u0)));
      });
      if (below.length === 0) break;
      const first = below.reduce((a, b) => (Math.abs(frame(a.rect, rot).u0 - left) <= Math.abs(frame(b.rect, rot).u0 - left) ? a : b));
      const ff = frame(first.rect, rot);
      // The line's digit words that follow it closely (a piece written "60 64").
      const line = [first];
      for (;;) {
        const last = frame(line[line.length - 1]!.rect, rot);
        const next = words.find((w) => w.rot === rot && !line.includes(w) && PIECE.test(w.text) && Math.abs(frame(w.rect, rot).v0 - ff.v0) < size * 0.3
          && frame(w.rect, rot).u0 > last.u1 - 0.5 && frame(w.rect, rot).u0 - last.u1 < size * 0.8);
        if (!next) break;
        line.push(next);
      }
      digits += line.map((w) => w.text.replace(/\D/g, '')).join('');
      for (const w of line) {
        used.add(w);
        pieces.push([w.start, w.start + pieceLength(w)]);
      }
      runParts.push(line.map((w) => w.text.slice(0, pieceLength(w))).join(' '));
      bottom = Math.max(...line.map((w) => frame(w.rect, rot).v1));
    }
    if (digits.length !== 10 || numberKind(digits) === 'invalid' || pieces.length < 2) continue;
    // Pieces in the number's order (the suggestion's text reads them so), a piece that follows the
    // one before it in the page text merged with it.
    const ranges: [number, number][] = [];
    for (const r of pieces) {
      const last = ranges[ranges.length - 1];
      if (last && r[0] >= last[1] && /^[ \t\n]*$/.test(page.text.slice(last[1], r[0]))) last[1] = r[1];
      else ranges.push([r[0], r[1]]);
    }
    const start = Math.min(...ranges.map((r) => r[0]));
    const end = Math.max(...ranges.map((r) => r[1]));
    out.push({ start, end, digits, run: runParts.join('\n'), ...(ranges.length > 1 ? { ranges } : {}) });
  }
  return out;
}

/** A word of a letter-spaced number: one or two of its characters. */
const SPACED_GLYPH = /^[\d()+\-\u2010-\u2015\u2212./]{1,2}$/;

/**
 * Numbers drawn letter-spaced (character spacing widened in a letterhead or signature: "0 6 - 1 2 …"):
 * every digit is a word of its own, and wide gaps between groups may make the text model start a new
 * line or column in the middle of the number. Read from the geometry: from a word "0", "+" or "(",
 * the next word to the right on the same baseline, close by, while the words are one or two
 * characters of a number; at least eight such words whose digits make a whole number.
 */
function spacedDigitHits(page: { text: string; words?: readonly Word[] }): Hit[] {
  const words = page.words;
  if (!words || words.length < 8) return [];
  const out: Hit[] = [];
  const used = new Set<Word>();
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i]!;
    if (used.has(w0) || !/^(?:0|\+|\(|\(0|\+3)$/.test(w0.text)) continue;
    const rot = w0.rot;
    const f0 = frame(w0.rect, rot);
    const size = Math.max(4, f0.v1 - f0.v0);
    const line = [w0];
    let last = f0;
    let digits = w0.text.replace(/\D/g, '').length;
    // The words of the number stand near each other in the text order, whatever lines the text model made of them.
    const near = words.slice(Math.max(0, i - 40), i + 60);
    for (;;) {
      const next = near.filter((w) => w.rot === rot && !line.includes(w) && !used.has(w) && SPACED_GLYPH.test(w.text)).map((w) => ({ w, f: frame(w.rect, rot) }))
        .filter(({ f }) => Math.abs(f.v0 - f0.v0) < size * 0.3 && f.u0 > last.u1 - 0.5 && f.u0 - last.u1 < size * 0.9)
        .sort((a, b) => a.f.u0 - b.f.u0)[0];
      if (!next || digits >= 13) break;
      line.push(next.w);
      last = next.f;
      digits += next.w.text.replace(/\D/g, '').length;
    }
    if (line.length < 8 || line.filter((w) => w.text.length === 1).length < line.length * 0.8) continue;
    // A row of one-digit table cells ("0 6 1 2 3 4 5 6 7 8" counts per month) looks the same: only a
    // phone label before it ("T", "Tel.", "Mobiel:", "Algemeen:") makes the digits a number.
    const lineBefore = page.text.slice(page.text.lastIndexOf('\n', w0.start - 1) + 1, w0.start);
    if (!DIRECT_CONTEXT.test(lineBefore) && !GENERAL_LABEL.test(lineBefore)) continue;
    // The trailing separators belong to what follows ("… 8 3 7 ." ends a sentence).
    while (line.length > 0 && !/\d/.test(line[line.length - 1]!.text)) line.pop();
    // Read as written without the spacing ("+ 3 1 ( 0 ) 6 …" is "+31(0)6…").
    const run = line.map((w) => w.text).join('');
    const d = nationalDigits(run);
    const foreign = d ? undefined : foreignOf(run);
    if (!foreign && !(d && d.length === 10 && numberKind(d) !== 'invalid')) continue;
    for (const w of line) used.add(w);
    const pieces: [number, number][] = line.map((w) => [w.start, w.start + w.text.length]).sort((a, b) => a[0] - b[0]) as [number, number][];
    const ranges: [number, number][] = [];
    for (const r of pieces) {
      const prev = ranges[ranges.length - 1];
      if (prev && r[0] >= prev[1] && /^[ \t]*$/.test(page.text.slice(prev[1], r[0]))) prev[1] = r[1];
      else ranges.push([r[0], r[1]]);
    }
    out.push({ start: ranges[0]![0], end: ranges[ranges.length - 1]![1], digits: foreign ? `+${foreign.code}${foreign.national}` : d!, run, spaced: true,
      ...(ranges.length > 1 ? { ranges } : {}), ...(foreign ? { foreign } : {}) });
  }
  return out;
}

/** The first word of a number spread over a justified line: an area code, a country code, a bracketed trunk or area code. */
const SPREAD_START = /^(?:\(?0\d{1,3}\)?(?:[-\u2010-\u2015\u2212/.]\d*)?|\+31|0031|\(\+31\)|\(0\)\d{0,3}|\(0\d{1,3}\)\d*|0\d{9})$/;
/** A further word of such a number: digits, brackets and dashes only. */
const SPREAD_PIECE = /^[\d()\-\u2010-\u2015\u2212./]*\d[\d()\-\u2010-\u2015\u2212./]*[.,;)]?$/;

/**
 * Numbers whose groups a justified line spread over the page's width (a word processor justifies
 * the lines of a signature ended by manual line breaks: "M      0031      (0)6      17008036"),
 * which the text model then reads as columns, each group on a line of its own. Read from the
 * geometry: from a word that opens a number, the words to its right on the same baseline while
 * they are groups of digits, at most seven, when the text model put them on different lines. The
 * words left of the number on its baseline are its line for the classification (the label "M").
 */
function spreadHits(page: { text: string; words?: readonly Word[] }): Hit[] {
  const words = page.words;
  if (!words || words.length < 3) return [];
  const out: Hit[] = [];
  const used = new Set<Word>();
  for (let i = 0; i < words.length; i++) {
    const w0 = words[i]!;
    if (used.has(w0) || !SPREAD_START.test(w0.text)) continue;
    const rot = w0.rot;
    const f0 = frame(w0.rect, rot);
    const size = Math.max(4, f0.v1 - f0.v0);
    const sameLine = words.filter((w) => w.rot === rot && Math.abs(frame(w.rect, rot).v0 - f0.v0) < size * 0.3);
    const right = sameLine.filter((w) => frame(w.rect, rot).u0 > f0.u1 - 0.5).sort((a, b) => frame(a.rect, rot).u0 - frame(b.rect, rot).u0);
    const line = [w0];
    for (const w of right) {
      if (!SPREAD_PIECE.test(w.text) || line.length >= 7) break;
      line.push(w);
      const d = nationalDigits(line.map((x) => x.text).join(' '));
      if (d && d.length >= 10) break;
    }
    if (line.length < 2) continue;
    // No group after an area code starts with 0 (subscriber numbers never do): "05 076-221 32" is the
    // end of another column's figure beside a number, not one number.
    if (/^0/.test(line[1]!.text) && !/^(?:\+31|0031|\(\+31\))$/.test(w0.text) && !/\d[-\u2010-\u2015\u2212/.]?\d*\d{3}/.test(w0.text)) continue;
    // Only where the text model read the groups apart (a line end between them); on one line the runs read them.
    let apart = false;
    for (let k = 1; k < line.length; k++) if (page.text.slice(line[k - 1]!.start, line[k]!.start).includes('\n') || line[k]!.start < line[k - 1]!.start) apart = true;
    if (!apart) continue;
    const run = line.map((w) => w.text.replace(/[.,;]$/, '')).join(' ');
    const d = nationalDigits(run);
    if (!d || d.length !== 10 || numberKind(d) === 'invalid' || !separatorsPlausible(run)) continue;
    for (const w of line) used.add(w);
    const left = sameLine.filter((w) => frame(w.rect, rot).u1 <= f0.u0 + 0.5).sort((a, b) => frame(a.rect, rot).u0 - frame(b.rect, rot).u0);
    // The pieces in the number's order, left to right (the suggestion's text reads them so), whatever order the text model gave them.
    const ranges: [number, number][] = line.map((w) => [w.start, w.start + w.text.replace(/[.,;]$/, '').length] as [number, number]);
    // Brackets around the whole number ("(06 32 75 49 76)" after a name) are the sentence's, not the number's.
    const lastText = line[line.length - 1]!.text.replace(/[.,;]$/, '');
    if (/^\((?!0\d{0,3}\))/.test(w0.text) && !w0.text.includes(')') && lastText.endsWith(')') && !lastText.includes('(')) {
      ranges[0]![0] += 1;
      ranges[ranges.length - 1]![1] -= 1;
    }
    out.push({ start: Math.min(...ranges.map((r) => r[0])), end: Math.max(...ranges.map((r) => r[1])), digits: d, run, ranges, spread: left.map((w) => w.text).join(' ') });
  }
  return out;
}

/** Every hit of a page: the text's own, and numbers whose pieces stand apart in a table cell, are letter-spaced or spread over a justified line. */
function pageHits(page: { text: string; words?: readonly Word[] }): Hit[] {
  const piecesOf = (x: Hit) => x.ranges ?? [[x.start, x.end] as [number, number]];
  const overlap = (x: Hit, y: Hit) => piecesOf(x).some(([a, b]) => piecesOf(y).some(([c, d]) => a < d && c < b));
  const spaced = spacedDigitHits(page);
  // A letter-spaced number replaces whatever runs its pieces made.
  const runs = runHits(page.text).filter((h) => !spaced.some((x) => overlap(x, h)));
  const found = [...pageHitsOf(page, runs), ...spaced];
  // A number spread over a justified line never takes a piece of a number the text reads whole.
  const whole = found.filter((h) => h.foreign || (h.digits.length === 10 && numberKind(h.digits) !== 'invalid') || complete(h.digits));
  const spread = spreadHits(page).filter((h) => !whole.some((x) => overlap(x, h)));
  const out = spread.length ? [...found.filter((h) => !spread.some((x) => overlap(x, h))), ...spread] : found;
  return out.sort((a, b) => a.start - b.start);
}

function pageHitsOf(page: { text: string; words?: readonly Word[] }, runs: Hit[]): Hit[] {
  const cells = cellPieceHits(page, runs);
  if (cells.length === 0) return withSplits(page.text, runs);
  // A number pieced together replaces its start and the pieces read as numbers of their own, and
  // no split over a line end takes one of its pieces.
  const taken = cells.flatMap((c) => c.ranges ?? [[c.start, c.end] as [number, number]]);
  const covered = (h: Hit) => taken.some(([a, b]) => h.start < b && a < h.end);
  return [...withSplits(page.text, runs.filter((h) => !covered(h)), taken), ...cells].sort((a, b) => a.start - b.start);
}

// The profile and the detector read the same pages: scan each page's text once.
const HITS = new WeakMap<object, Hit[]>();
function hitsOf(page: { text: string; words?: readonly Word[] }): Hit[] {
  let h = HITS.get(page);
  if (!h) {
    h = pageHits(page);
    HITS.set(page, h);
  }
  return h;
}

/** The national digits of every valid Dutch number on a page (each page is scanned once). */
export function phoneNumbersOnPage(page: { text: string }): string[] {
  return hitsOf(page).filter((h) => h.digits && (h.foreign || numberKind(h.digits) !== 'invalid')).map((h) => h.digits);
}

/**
 * The national digits of every valid Dutch number in a text (for counting repetitions); with
 * `unlabelledOnly`, leaves out numbers after a mobile or direct-line label.
 */
export function phoneNumbersIn(text: string, opts: { unlabelledOnly?: boolean } = {}): string[] {
  const out: string[] = [];
  for (const h of hits(text)) {
    if (!h.digits || (!h.foreign && numberKind(h.digits) === 'invalid')) continue;
    if (opts.unlabelledOnly) {
      const lineBefore = text.slice(text.lastIndexOf('\n', h.start - 1) + 1, h.start);
      if (MOBILE_LABEL.test(lineBefore) || numberKind(h.digits) === 'mobile' || signatureAbove(text, h.start)) continue;
    }
    out.push(h.digits);
  }
  return out;
}

/** A sign-off ("Met vriendelijke groet,") within the twelve non-empty lines above: a signature's numbers are the signer's. */
function signatureAbove(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(0, lineStart - 1500), lineStart).split('\n').map((l) => l.trim()).filter(Boolean).slice(-12);
  // "Met vriendelijke groet, Anouk Bos" on one line counts too.
  return before.some((l) => SIGNOFF_START.test(l));
}

/**
 * The contact block the number stands in (from the blank line above it) opens with the name of a
 * team, desk or department ("Team Leerlingenvervoer" / "Telefoon: …" / "E-mail: …") and names no
 * person: the unit's number. Returns the unit's line.
 */
function unitBlockAbove(text: string, start: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const above = text.slice(Math.max(0, lineStart - 400), lineStart).split('\n');
  const block: string[] = [];
  for (let k = above.length - 1; k >= 0 && block.length < 4; k--) {
    if (!above[k]!.trim()) { if (block.length > 0 || k < above.length - 1) break; continue; }
    block.unshift(above[k]!.trim());
  }
  const head = block[0];
  if (!head || !UNIT_HEAD.test(head) || head.length > 60 || /[.!?]$/.test(head)) return undefined;
  if (block.slice(1).some((l) => !/^[\p{L} ()-]{1,25}:/u.test(l)) || personAbove(text, start) || signatureAbove(text, start)) return undefined;
  return head;
}
const UNIT_HEAD = /^(?:team|afdeling|bureau|servicedesk|helpdesk|loket|klantcontactcentrum|klantenservice|secretariaat|griffie|sector|cluster|unit|servicepunt|meldpunt|publieksbalie|frontoffice)\b/i;

/** A person named in the four lines above (contact person, title + name, initials + surname). */
function personAbove(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // Running text ("… is gedaan door Anouk Bos.") names persons too; a contact block's lines are short.
  const before = text.slice(Math.max(0, lineStart - 600), start).split('\n').filter((l) => l.trim()).slice(-4)
    .filter((l, i, all) => i === all.length - 1 || l.trim().split(/\s+/).length <= 8 || !/[.!?]\s*$/.test(l));
  // Initials and a surname are matched case-sensitively: "zaanstad.nl" is no "J. Nl".
  return before.some((l) => /contactpersoon|behandeld\s+door|inlichtingen\s+bij|^\s*contact\s*:|^\s*(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s/i.test(l)
    || initialsAndSurname(l) || nameOnlyLine(l)
    // "Kofi Boateng | Senior adviseur | Team X": a signature's line of cells opens with the name.
    // (An organisation's address line, "Wetterskip X · Postbus 1 · …", is none.)
    || (/[|·•\t]|\S\s{3,}\S/.test(l) && !ORG_LINE_CUES.some(([re]) => re.test(l.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, ''))) && nameOnlyLine(l.split(/\s*[|·•\t]\s*|\s{3,}/)[0] ?? '')));
}

/**
 * Initials and a surname on the line ("A. Bakker", "J.K. de Wit"). In running text (more than six
 * words) the surname must be a known surname or no ordinary word: "bij A. Bakker" names a person,
 * "in bijlage B. Voor vragen …" nobody.
 */
function initialsAndSurname(l: string, strict = false): boolean {
  const long = strict || l.trim().split(/\s+/).length > 6;
  for (const m of l.matchAll(/(?<![\p{L}\p{N}@._-])\p{Lu}\.\s?(?:\p{Lu}\.\s?)*(?:(?:van|de|der|den|ter|ten)\s+)*(\p{Lu}\p{Ll}+)/gu)) {
    if (!long || !isCommonWordOrCompound(m[1]!) || isKnownSurname(m[1]!)) return true;
  }
  return false;
}

/** A line that is only a person's name, or a label and a name ("Contact: Anang Ganaka", "Ilse Verhagen"). */
function nameOnlyLine(line: string): boolean {
  // "Ayshem Tohti (inhoud)", "R. Veldkamp (projectleider)": a name with its part or role in brackets
  // after it, in lower case (an organisation's abbreviation in brackets, "(GGD)", is no role).
  const l = line.replace(/\s*\(\p{Ll}[\p{Ll} ,/&-]{1,40}\)\s*$/u, '');
  const m = NAME_ONLY_LINE.exec(l);
  if (!m) return false;
  const name = l.replace(/^[^:]*:/, '').trim();
  // "Servicecentrum Belastingen", "Klantcontactcentrum Zorg": a desk or service, no person; "Waterschap
  // Voorbeeldrijn", "Gemeente X": an organisation or unit.
  if (SERVICE_NAME.test(name.split(/\s+/)[0] ?? '') || isUnitName(name)) return false;
  return !ORG_WORDS.test(name) && !isPlace(name) && !name.split(/[ -]/).every((w) => isCommonWordOrCompound(w) || isPlace(w));
}
const SERVICE_NAME = /(?:centrum|centra|loket|lijn|dienst|bureau|desk|punt|balie|team|zaken|telefoon|servicecentrum|service)$/i;
/**
 * Particles inside a name, of many origins: Dutch (van, de, ter, 't), Romance (da, dos, del, de la,
 * Catalan i, Spanish y), Arabic (el, al, ben, bin, ibn, abu), Welsh (ap, ferch), Irish (Ó, Ní, Nic, Mac).
 */
const NAME_PARTICLE = "(?:van|von|de|der|den|ter|ten|te|el|al|op|in|het|'t|da|das|do|dos|du|di|del|della|la|le|i|y|e|ap|ab|ferch|verch|ben|bin|binti|bint|ibn|abu|af|zu|Ó|Ní|Nic|Mac|Mc|Ua|Uí)";
/** A given name (or initials) and one to four surname words ("Siobhán O'Connor", "Jordi Puig i Ferrer", "D. Ó Súilleabháin"). */
const NAME_ONLY_LINE = new RegExp(`^\\s*(?:[\\p{L} ]{2,20}:\\s*)?(?:(?:\\p{Lu}\\.\\s?)*\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’]+)(?:[ -]${NAME_PARTICLE}(?=[ -]))*(?:[ -](?:${NAME_PARTICLE}[ -])*(?:\\p{Lu}['’])?\\p{Lu}[\\p{Ll}'’]+){1,4}\\s*$`, 'u');


/** Per document (its pages): for each number, on how many pages it stands in the top or bottom three lines. */
const EDGE_PAGES = new WeakMap<readonly object[], Map<string, number>>();
function edgePageCounts(pages: readonly { text: string; words?: readonly Word[] }[]): Map<string, number> {
  let counts = EDGE_PAGES.get(pages);
  if (!counts) {
    counts = new Map();
    for (const p of pages) {
      const seen = new Set<string>();
      for (const h of hitsOf(p)) if (h.digits && (h.foreign || numberKind(h.digits) !== 'invalid') && onEdgeLines(p.text, h.start)) seen.add(h.digits);
      for (const d of seen) counts.set(d, (counts.get(d) ?? 0) + 1);
    }
    EDGE_PAGES.set(pages, counts);
  }
  return counts;
}

/**
 * The signer of a signature a number stands in: the nearest line above that is only a person's name
 * (or a label and a name), within the eight non-empty lines above and below a sign-off. Returns the
 * name, or undefined.
 */
function signerAbove(text: string, start: number): string | undefined {
  // Only a signature under a sign-off: a table read column by column puts its last name above every number.
  if (!signatureAbove(text, start)) return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const above = text.slice(Math.max(0, lineStart - 800), lineStart).split('\n').map((l) => l.trim()).filter(Boolean).slice(-8).reverse();
  for (const l of above) {
    if (SIGNOFF_START.test(l) || (l.split(/\s+/).length > 8 && /[.!?]$/.test(l))) return undefined;
    const cell = l.split(/\s*[|·•]\s*|\s{3,}|\t/)[0] ?? '';
    if (!/\d|@/.test(cell) && nameOnlyLine(cell)) return cell.replace(/^[^:]*:/, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  }
  return undefined;
}
/** Per document (its pages): for each fixed or 084-091 number, the surnames of the signers it stands under. */
const SIGNERS = new WeakMap<readonly object[], Map<string, Map<string, string>>>();
export function phoneSignersIn(pages: readonly { text: string; words?: readonly Word[] }[]): Map<string, Map<string, string>> {
  let out = SIGNERS.get(pages);
  if (!out) {
    out = new Map();
    for (const p of pages) {
      for (const h of hitsOf(p)) {
        if (!h.digits || h.foreign || h.spread !== undefined) continue;
        const kind = numberKind(h.digits);
        if (kind === 'mobile' || kind === 'invalid' || kind === 'service' || kind === 'short') continue;
        const lineStart = p.text.lastIndexOf('\n', h.start - 1) + 1;
        if (labelledDirect(p.text.slice(lineStart, h.start))) continue;
        const name = signerAbove(p.text, h.start);
        if (!name) continue;
        // Compared by surname (the last word), so that "K. Mensah" and "Kafui Mensah" are one person.
        const surname = (name.split(/\s+/).pop() ?? '').toLowerCase();
        const m = out.get(h.digits) ?? new Map<string, string>();
        if (!m.has(surname)) m.set(surname, name);
        out.set(h.digits, m);
      }
    }
    SIGNERS.set(pages, out);
  }
  return out;
}

/** A line that holds one phone number and nothing else; returns its national digits. */
function numberOnlyLine(line: string): string | undefined {
  const t = line.trim();
  if (!t) return undefined;
  const hs = runHits(t);
  return hs.length === 1 && hs[0]!.start === 0 && hs[0]!.end === t.length && hs[0]!.digits && numberKind(hs[0]!.digits) !== 'invalid' ? hs[0]!.digits : undefined;
}

/**
 * The number stands in a column of numbers one a line (a table's phone column read column by column):
 * alone on its line, with the nearest lines above and below numbers alone too, or one of them a
 * mobile; or ending a line that the text model joined to another column's cell ("Ministerie van X
 * 073-…"), right under two numbers alone of which one is a mobile. Such a column holds the numbers of
 * the rows' persons, however near the footer or the name of an organisation.
 */
function inNumberColumn(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim()) return false;
  const above = text.slice(Math.max(0, lineStart - 300), lineStart).split('\n').filter((l) => l.trim());
  const below = lineEnd < 0 ? undefined : text.slice(lineEnd + 1, lineEnd + 200).split('\n').find((l) => l.trim());
  const a1 = above.length > 0 ? numberOnlyLine(above[above.length - 1]!) : undefined;
  const a2 = above.length > 1 ? numberOnlyLine(above[above.length - 2]!) : undefined;
  const b1 = below === undefined ? undefined : numberOnlyLine(below);
  const mobile = (d?: string) => Boolean(d && numberKind(d) === 'mobile');
  // Two numbers alone on their lines, one under the other, on a page with a phone column's header and
  // a column of names (a spreadsheet's contact list read column by column) are that column too.
  if (!text.slice(lineStart, start).trim()) return Boolean((a1 && b1) || mobile(a1) || mobile(b1) || ((a1 || b1) && contactColumn(text, start)));
  return Boolean(a1 && (a2 || b1) && (mobile(a1) || mobile(a2) || mobile(b1)));
}

/**
 * A letterhead: the organisation's postal or visiting address or website within a few lines,
 * no mobile label, no person named just above, and no sign-off above (a signature block carries
 * a person's own numbers).
 */
function inLetterhead(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // In a letterhead the number stands alone on its line or after a short label, never inside a sentence.
  if (!/^\s*(?:[\p{L}.]{1,14}\s*[.:]?\s*)?$/u.test(text.slice(lineStart, start))) return false;
  const lineEnd = text.indexOf('\n', start);
  const rest = text.slice(start, lineEnd < 0 ? text.length : lineEnd).replace(/^[\d\s()+\-\u2010-\u2015\u2212./]+/, '');
  if (rest.trim() && !/^\s*(?:[|•/]|[\p{L}]{1,12}\s*[.:])/u.test(rest)) return false;
  if (MOBILE_LABEL.test(text.slice(lineStart, start))) return false;
  // Blank lines say nothing here (some text models put every line of a block on its own).
  const before = text.slice(Math.max(0, lineStart - 1500), lineStart).split('\n').filter((l) => l.trim());
  const after = text.slice(start, start + 500).split('\n').filter((l) => l.trim());
  const window = [...before.slice(-4), ...after.slice(0, 3)].join('\n');
  // An organisation's address block: a postbus, a website, or a postcode under the organisation's name.
  if (!/\b(?:postbus\s+\d|www\.|bezoekadres|postadres)/i.test(window) && !(/\b\d{4}\s?[A-Z]{2}\b/.test(window) && ORG_WORDS.test(window))) return false;
  if (personAbove(text, start)) return false;
  return !signatureAbove(text, start);
}

/**
 * A person named on the number's own line: a part of the line between separators (comma, bar,
 * middle dot, bracket, wide gap) that is only a name, or a label and a name ("Opgesteld door: X"),
 * initials and a surname, or a title and a name. An organisation's address line names none.
 */
function personOnLine(text: string, start: number, end: number): boolean {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  const rest = `${text.slice(a, start)}\u0000${text.slice(end, b < 0 ? text.length : b)}`.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, '');
  if (/\b(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.)\s+\p{Lu}/u.test(rest) || initialsAndSurname(rest.replace(/\u0000/g, ' '), true)) return true;
  // An organisation's address line ("Provinsje Fryslân · Postbus 20120 · …"): its name is no person's,
  // even in a language the lexicons do not know.
  if (ORG_LINE_CUES.some(([re]) => re.test(rest))) return false;
  return rest.split(/\s*[|·•,;()\u0000]\s*|\s{3,}|\t/).some((seg) => {
    const t = seg.replace(/^(?:opgesteld|geschreven|behandeld|ingediend)\s+door\s*:?\s*|^(?:auteur|contactpersoon|behandelaar|van)\s*:\s*/i, '').trim();
    return t.length > 3 && !/\d/.test(t) && nameOnlyLine(t);
  });
}

/**
 * A person's name right before the number's phone label, in the same field ("Notulen: Chadi Nakhlé,
 * tel. …", "secretariaat: …; verslag: Leota Leiataua, telefoon …", "Eigenaar: K. Mensah (tel. …",
 * "Opgesteld door Anouk Bos – T …"): the label gives that person's number, whatever service, unit or
 * heading the line or block names before. Returns the name.
 */
function nameBeforeLabel(lineBefore: string): string | undefined {
  const m = /(?:,[ \t]*|\([ \t]*|[ \t][-\u2013\u2014|·][ \t]*)(?:tel(?:efoon)?(?:nummer|nr)?\.?|t\.?|telefonisch(?:\s+bereikbaar)?(?:\s+(?:op|via|onder))?|mob(?:iel)?\.?|gsm)[ \t]*[.:]?[ \t]*$/iu.exec(lineBefore);
  if (!m) return undefined;
  // The field before the label: after the line's last colon or semicolon, and after a word that
  // introduces a name ("door", "met", "bij", "aan", "namens").
  const name = (lineBefore.slice(0, m.index).split(/[:;]/).pop() ?? '').replace(/^.*\b(?:door|met|bij|aan|namens)\s+/i, '').trim();
  if (name.length < 4 || /\d|@/.test(name)) return undefined;
  return nameOnlyLine(name) || initialsAndSurname(name, true) || /^(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s+\p{Lu}/iu.test(name) ? name : undefined;
}

/** The number stands on one of the first `n` non-empty lines of the page. */
function firstLines(page: string, start: number, n: number): boolean {
  return page.slice(0, page.lastIndexOf('\n', start - 1) + 1).split('\n').filter((l) => l.trim()).length < n;
}

/**
 * The number stands alone (after a short label) in the page's first eight lines, right under a line
 * of the organisation's postal address (a postbus, a postcode, a visiting address) with no person's
 * name on it: what part of the address that is, for the reason.
 */
function addressAbove(page: string, start: number): string | undefined {
  if (!firstLines(page, start, 8)) return undefined;
  const lineStart = page.lastIndexOf('\n', start - 1) + 1;
  if (!/^\s*(?:[\p{L}.]{1,10}\s*[.:]?\s*)?$/u.test(page.slice(lineStart, start))) return undefined;
  const lineEnd = page.indexOf('\n', start);
  if (page.slice(start, lineEnd < 0 ? page.length : lineEnd).replace(/^[\d\s()+\-\u2010-\u2015\u2212./]+/, '').trim()) return undefined;
  const lines = page.slice(0, lineStart).split('\n').filter((l) => l.trim());
  const above = lines.pop();
  if (!above) return undefined;
  // "Contactpersoon / Anna Bos / Postbus 12 / T …": an address under a person's own name is the person's block.
  const overAddress = lines.pop() ?? '';
  if (nameOnlyLine(overAddress) || initialsAndSurname(overAddress, true) || /contactpersoon|behandeld\s+door|inlichtingen\s+bij|^\s*(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s/i.test(overAddress)) return undefined;
  const cue = ORG_LINE_CUES.slice(0, 4).find(([re], i) => i !== 1 && re.test(above));
  if (!cue || initialsAndSurname(above, true) || /\b(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.)\s/i.test(above)) return undefined;
  if (above.split(/\s*[|·•,;]\s*|\s{3,}/).some((seg) => !/\d/.test(seg) && nameOnlyLine(seg))) return undefined;
  return cue[1];
}

/** Words of an organisation's address line: a postbus, a website, a postcode with its place, a visiting address. */
const ORG_LINE_CUES: [RegExp, string][] = [
  [/\bpostbus\s+\d/i, 'het postadres'], [/\bwww\.|\b[\p{L}-]+\.(?:nl|com|org|eu|be)\b(?!@)/iu, 'de website'], [/\b\d{4}\s?[A-Z]{2}\b/u, 'de postcode'],
  [/\b(?:bezoekadres|postadres|kvk|btw)\b/i, 'het adres'],
];

/** Which part of an organisation's address stands on the number's line, if any (and no person's name does). */
function onOrganisationLine(text: string, start: number, end: number, letterhead?: string): string | undefined {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  const line = text.slice(a, b < 0 ? text.length : b);
  const rest = `${text.slice(a, start)} ${text.slice(end, b < 0 ? text.length : b)}`;
  let cue = ORG_LINE_CUES.find(([re]) => re.test(rest.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, '')));
  // "Gemeente Apeldoorn · 088 …": the organisation named at the head of the page, beside the number.
  if (!cue && letterhead && line.split(/\s*[|·•–—]\s*|\s{3,}/).some((seg) => collapse(seg) === letterhead)) cue = [/./, 'de naam (zoals in het briefhoofd)'];
  if (!cue) return undefined;
  // "Ingediend door J. Haak, Dorpsstraat 4, 1234 AB …, tel. …": a person's address, no organisation's.
  // Also a full name after such a word ("Ingediend door Anna Bos, Dorpsstraat 4, …").
  if (/\b(?:de\s+heer|mevrouw|mevr\.|mw\.|dhr\.)\s+\p{Lu}|\b(?:door|aan|namens|t\.a\.v\.)\s+(?:\p{Lu}\.\s?)+(?:\p{Ll}+\s+)*\p{Lu}\p{Ll}+/u.test(line) || initialsAndSurname(line, true)
    || PERSON_IN_SENTENCE.test(/\b(?:door|aan)\s[^|·•]*/i.exec(line)?.[0] ?? '')) return undefined;
  // "Jan Jansen | 070 … | Postbus …": a person's contact line.
  if (line.split(/\s*[|·•,;]\s*|\s{3,}/).some((seg) => collapse(seg) !== letterhead && nameOnlyLine(seg.replace(/^[\p{L}.]{1,12}\s*[.:]\s*/u, '')) && !/\d/.test(seg))) return undefined;
  return cue[1];
}

/** Opening hours: "ma-vr 9.00-17.00", "maandag t/m vrijdag van 8.30 tot 17.00 uur", "op werkdagen", "tijdens kantooruren". */
const OPENING_HOURS = /(?:\b(?:ma(?:andag)?|di(?:nsdag)?|wo(?:ensdag)?|do(?:nderdag)?)\.?\s*(?:-|–|t\/m|tot\s+en\s+met|tot)\s*(?:do(?:nderdag)?|vr(?:ijdag)?|za(?:terdag)?|zo(?:ndag)?)\.?|\bwerkdagen\b)[^\n]{0,30}?\d{1,2}[.:]\d{2}\s*(?:-|–|tot)\s*\d{1,2}[.:]\d{2}|\b(?:op\s+werkdagen|tijdens\s+kantooruren|openingstijden|openingsuren|24\s*(?:uur\s+per\s+dag|\/\s*7))\b/i;
/** A service, desk or secretariat named in the sentence of the number ("via het secretariaat", "meldpunt", "servicedesk"). */
const SERVICE_CUE = /\b(?:(?:het|de|ons|onze)\s+)?(?:secretariaat|(?:raads|staten)?griffie|servicedesk|helpdesk|meldpunt|klantcontact\w*|frontoffice|servicepunt|publieksbalie|informatiebalie|loket|storingsnummer|storingsdienst|piketdienst|wachtdienst)\b|\bvia\s+(?:het\s+)?(?:algemene\s+)?telefoonnummer\b|\btelefonisch\s+via\b/i;
/** A full stop that ends a sentence: not the dot of "tel.", "nr.", "dhr.", "mevr.", "bijv." (an initial's: see `sentenceBeforeOf`). */
const ABBREVIATION_SAFE_STOP = /(?<!\b(?:tel|telnr|nr|mob|tst|dhr|mevr|mw|drs|dr|ir|mr|ing|bijv|ca|resp|o\.a|t\.a\.v))[.!?]\s|\n\n/iu;
const PARTICLE_WORD = new RegExp(`^${NAME_PARTICLE}$`, 'u');
/**
 * The sentence that ends at the end of `window`. An initial's dot ends no sentence where a name goes
 * on after it ("met D. Ó Briain via …", "J.K. Oduya"), but "bijlage B. Voor vragen …" ends one: the
 * word after the initial must be a particle, another initial, a known surname or a capitalised word
 * of no dictionary.
 */
function sentenceBeforeOf(window: string): string {
  const parts = window.split(ABBREVIATION_SAFE_STOP);
  let sentence = parts.pop() ?? '';
  while (parts.length > 0 && /(?:^|[\s(.])\p{Lu}$/u.test(parts[parts.length - 1]!)) {
    const next = /^(\p{L}[\p{L}'’-]*)(\.?)/u.exec(sentence);
    const w = next?.[1] ?? '';
    if (!(PARTICLE_WORD.test(w) || (/^\p{Lu}$/u.test(w) && next?.[2]) || (/^\p{Lu}\p{Ll}/u.test(w) && (!isCommonWordOrCompound(w) || isKnownSurname(w))))) break;
    sentence = `${parts.pop()}. ${sentence}`;
  }
  return sentence;
}
/** The writer gives the number as his own: "je kunt mij bereiken op", "ik ben te bellen op", "mijn nummer". */
const FIRST_PERSON_REACH = /\b(?:ik|mij|me|mijn)\b[^.\n]*\b(?:bereik\w*|bel\w*|telefon\w*|nummer|contact|app\w*|sms\w*)\b[^.\n]*$/i;
/** After the number, a switchboard's menu choice or "vraag naar …" ("…, keuze 2", "en kies optie 3", "(toets 1)", "en vraag naar X"). */
const SWITCHBOARD_AFTER = /^[\s,;(]*(?:en\s+|dan\s+|daarna\s+)?((?:kies|toets|druk\s+op)\s+(?:(?:optie|keuze|menukeuze)\s+)?\d\b|(?:menu)?keuze\s+\d\b|optie\s+\d\b|vraag\s+(?:dan\s+|daar\s+)?naar\s+\S+)/i;
/** A public body (or its building) as the one called in the number's sentence: "Bel de gemeente op", "contact op met de provincie via", "het nummer van de gemeente (". */
const ORG_CALLEE = /\b(?:bel(?:t|len)?(?:\s+u)?|contact\s+(?:op\s+)?met|(?:tele(?:foon)?)?nummer\s+van)\s+(?:de\s+|het\s+|ons\s+|onze\s+)?(?:gemeente|provincie|waterschap|hoogheemraadschap|ministerie|inspectie|omgevingsdienst|veiligheidsregio|ggd|gemeentehuis|stadhuis|raadhuis|stadskantoor|provinciehuis|kantoor)\b(?:\s+\p{Lu}[\p{L}-]+){0,2}[ \t]*(?:(?:op|via|onder|telefonisch)\s+)?(?:(?:het\s+)?(?:tele(?:foon)?)?nummer\s+)?[(:,]?[ \t]*$/iu;
/** A label that names the body or its building: "Gemeentehuis:", "Stadskantoor", "Telefoonnummer gemeente:", "Telefoon provinciehuis". */
const ORG_LINE_LABEL = /^[ \t]*(?:(?:tel(?:efoon)?(?:nummer)?\.?|t\.?)\s+)?(?:gemeente|gemeentehuis|stadhuis|raadhuis|stadskantoor|provinciehuis|waterschapshuis)[ \t]*:?[ \t]*$/i;
/** The whole label cell of a general number's row: "Receptie", "Algemeen nummer", "Servicedesk ICT", "Centrale". */
const ROW_GENERAL_LABEL = /^(?:receptie|algemeen(?:\s+(?:tele(?:foon)?)?nummer)?|algemene\s+(?:lijn|telefoon|vragen)|(?:tele(?:foon)?)?centrale|centraal(?:\s+(?:tele(?:foon)?)?nummer)?|hoofdnummer|switchboard|servicedesk|helpdesk|klantenservice|klantcontact(?:centrum)?|kcc|secretariaat|griffie|frontoffice|meldpunt|servicepunt|publieksbalie|informatienummer|portier|portiersloge|meldkamer)(?:\s+[\p{L}&-]+)?\s*:?$/iu;

/**
 * The label of the number's table row when the text model read the row's cells apart (a list of
 * labels and numbers read column by column): the words left of the number on its baseline, after
 * the row's last figure, that are not on the number's text line. Only a whole general label
 * ("Receptie", "Algemeen nummer") counts; a person's name or function in that cell is none.
 */
function rowLabelOf(page: { text: string; words?: readonly Word[] }, h: Hit): string | undefined {
  const words = page.words;
  if (!words || words.length === 0) return undefined;
  const w0 = words.find((w) => w.start <= h.start && h.start < w.start + w.text.length);
  if (!w0) return undefined;
  const rot = w0.rot;
  const f0 = frame(w0.rect, rot);
  const size = Math.max(4, f0.v1 - f0.v0);
  const lineStart = page.text.lastIndexOf('\n', h.start - 1) + 1;
  const lineEnd = page.text.indexOf('\n', h.start);
  const left = words.filter((w) => w.rot === rot && Math.abs(frame(w.rect, rot).v0 - f0.v0) < size * 0.3 && frame(w.rect, rot).u1 <= f0.u0 + 0.5)
    .sort((a, b) => frame(a.rect, rot).u0 - frame(b.rect, rot).u0);
  const lastFigure = left.map((w) => /\d/.test(w.text)).lastIndexOf(true);
  const cell = left.slice(lastFigure + 1);
  if (cell.length === 0 || cell.length > 3) return undefined;
  // Only a row the text model read apart: on the number's own text line the line's label rules read it.
  if (cell.some((w) => w.start >= lineStart && (lineEnd < 0 || w.start < lineEnd))) return undefined;
  const label = cell.map((w) => w.text).join(' ');
  if (!ROW_GENERAL_LABEL.test(label)) return undefined;
  // The label's qualifier is a department ("Servicedesk ICT", "Secretariaat directie"), never a person's name ("Secretariaat Vermeulen").
  const qualifier = label.replace(/:$/, '').split(/\s+/).slice(1).find((q) => !/^(?:algeme(?:en|ne)|centra(?:al|le))$/i.test(q) && !/^(?:(?:tele(?:foon)?)?nummer|lijn|telefoon|vragen)$/i.test(q));
  if (qualifier && !/^\p{Lu}{2,6}$/u.test(qualifier) && ((isFirstName(qualifier) || isKnownSurname(qualifier)) && !isCommonWordOrCompound(qualifier.toLowerCase()))) return undefined;
  return label.replace(/:$/, '');
}

/** A label that gives the number as a person's direct line ("Doorkiesnummer:", "Direct:", "M"). */
function labelledDirect(lineBefore: string): boolean {
  // Only the label after the line's previous number ("Direct: 020 … (receptie: " labels no direct line).
  return /(?:doorkies|direct|rechtstreeks|mobiel|\bgsm\b|\b(?:M|dir)\b\s*[.:]?\s*$|priv[ée]|thuis)/i.test(lineBefore.replace(/^[^]*\d/, ''));
}

/** The label of a person's line on the line right above a number alone on its line (a form), or undefined. */
function directLabelAbove(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (text.slice(lineStart, start).trim() || text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim() || lineStart === 0) return undefined;
  const above = text.slice(text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  return DIRECT_LABEL_LINE.test(above) ? collapse(above).replace(/:$/, '') : undefined;
}

/**
 * A person's own e-mail address in the number's sentence on its line ("Contact: Ragna, r.olafsdottir@…,
 * 085 …"): the local part is a person's (initial or given name, a separator and a surname), not a
 * function's, and the line is no organisation's address line. Returns the address.
 */
function personalMailBeside(text: string, start: number, end: number): string | undefined {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  // The number's sentence on its line: a sentence ends at a dot, ! or ? before a space (an address's dots do not).
  const before = text.slice(a, start).split(/[.!?]\s/).pop() ?? '';
  const after = text.slice(end, b < 0 ? text.length : b).split(/[.!?](?:\s|$)/)[0] ?? '';
  const sentence = `${before} ${after}`;
  if (ORG_LINE_CUES.some(([re]) => re.test(sentence.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, '')))) return undefined;
  for (const m of sentence.matchAll(/([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu)) {
    const local = m[1]!;
    if (!isFunctionalLocalPart(local) && /^\p{L}{1,3}[._-]\p{L}{2,}|^\p{L}{2,}[._-](?:\p{L}{1,4}[._-])?\p{L}{2,}$/u.test(local)) return m[0];
  }
  return undefined;
}
/** The number's whole line. */
function lineOf(text: string, start: number, end: number): string {
  const b = text.indexOf('\n', end);
  return text.slice(text.lastIndexOf('\n', start - 1) + 1, b < 0 ? text.length : b);
}
/** The number's line with the two lines above it and the line below it. */
function linesAround(text: string, start: number, end: number): string {
  let a = text.lastIndexOf('\n', start - 1);
  for (let k = 0; k < 2 && a > 0; k++) a = text.lastIndexOf('\n', a - 1);
  let b = text.indexOf('\n', end);
  if (b >= 0) b = text.indexOf('\n', b + 1);
  return text.slice(a + 1, b < 0 ? text.length : b);
}

/** Words that tie a number to a person: "bel mij", "mijn nummer", "(doorkiesnummer)". */
const OWN_NUMBER = /(?:\b(?:bel|bereik|mail|app|sms)\s+(?:mij|me|hem|haar)\b|\bmijn\s+(?:(?:mobiele|directe|vaste)\s+)?(?:nummer|telefoonnummer|mobiel|06)|\b(?:hij|zij|ze)\s+is\s+bereikbaar)[^.\n]*$/i;
/** The reader addressed with a question or a need ("Heeft u vragen?", "Voor meer informatie kunt u …"). */
const READER_QUESTION = /\b(?:heeft|hebt)\s+u\s+(?:nog\s+)?(?:vragen|een\s+vraag)\b|\b(?:wilt|wil|heeft|hebt|bent|kunt|twijfelt|weet|zoekt|vindt|krijgt|ziet|mist)\s+u\b[^?.!\n]{0,80}\?|\bvoor\s+(?:meer\s+)?(?:vragen|informatie|inlichtingen)\b[^.\n]{0,60}\b(?:kunt|kan)\s+u\b|\bwilt\s+u\s+(?:meer\s+)?(?:weten|informatie)\b/i;
/** After the number, another way in: "of mail (naar) info@…", "of kijk op www.…". The local part, for a mailbox. */
const ALTERNATIVE_CHANNEL = /^[\s,)]*(?:of|en)\s+(?:(?:per\s+)?(?:e-?)?mail(?:t|en)?(?:\s+u)?(?:\s+(?:dan|ons|gerust))?\s+(?:(?:naar|aan|via|op)\s+)?([\p{L}\p{N}._%+-]+)@[\p{L}\p{N}-]+\.|(?:kijk|ga|lees)(?:\s+u)?\s+(?:dan\s+)?(?:op|naar)\s+(?:www\.|https?:\/\/))/iu;
/** The writer speaks of himself in the sentence before the number. */
const FIRST_PERSON = /\b(?:ik|mij|mijn)\b[^.\n]*$/i;
/** Cues that call a number reachable rather than general: a person's own number is reachable too. */
const WEAK_GENERAL = /^(?:bereikbaar|belt\s+u|kunt\s+u\s+(?:ons\s+)?bellen|u\s+kunt|ons\s|spreekuur|telefonisch\s+spreekuur)/i;
/** A person named in the sentence before the number: "gesteld aan N. Timmermans, programmamanager, telefoon …". */
const PERSON_IN_SENTENCE_RE = new RegExp(String.raw`(?:\b(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s+\p{Lu}|\p{Lu}\.\s?(?:\p{Lu}\.\s?)*(?:${NAME_PARTICLE}\s+)*\p{Lu}\p{Ll}+|\b(?:aan|met|bij|door|van|contactpersoon|behandelaar|collega|[Bb]el|[Bb]ellen|[Mm]ail)\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?(?:\s+${NAME_PARTICLE})*\s+(?:\p{Lu}['’])?\p{Lu}\p{Ll}+)`, 'gu');
const PERSON_IN_SENTENCE = {
  /**
   * True when a match names a person: "van Binnenlandse Zaken", "met Openbare Orde" (ordinary words
   * of an organisation's name, no given name among them) are none.
   */
  test(sentence: string): boolean {
    for (const m of sentence.matchAll(PERSON_IN_SENTENCE_RE)) {
      const words = m[0].match(/\p{Lu}\p{Ll}+/gu) ?? [];
      if (/^(?:aan|met|bij|door|van|bel|bellen|mail)\s/i.test(m[0]) && words.length >= 2 && words.every((w) => isCommonWordOrCompound(w) && !isFirstName(w))) continue;
      return true;
    }
    return false;
  },
};

/**
 * The sentence ends with a person's name and ", bereikbaar op|via|onder" ("Neem contact op met Eline
 * Vos-Haddou, bereikbaar op …"): only name words between the name found and the comma, and the name
 * is no team's or organisation's ("met Team Inkomen, bereikbaar op …" names none).
 */
function namedThenReachable(sentence: string): boolean {
  const m = /,\s*(?:telefonisch\s+|het\s+best\s+|goed\s+|rechtstreeks\s+)?bereikbaar\s+(?:op|via|onder)\s*$/i.exec(sentence);
  if (!m) return false;
  const head = sentence.slice(0, m.index);
  for (const p of head.matchAll(PERSON_IN_SENTENCE_RE)) {
    const tail = head.slice(p.index + p[0].length);
    // The match may end inside the name's last word ("mevrouw B" of "mevrouw Bos"): its rest, then name words only.
    if (!/^[\p{Ll}'’]*(?:-?\p{Lu}[\p{L}'’]*|\s+(?:\p{Lu}[\p{L}'’-]*|van|de|der|den|ter|ten|el|al|ben|bin))*$/u.test(tail)) continue;
    const name = `${p[0]}${tail}`.replace(/^(?:aan|met|bij|door|van|contactpersoon|behandelaar|collega|bel|bellen|mail)\s+/i, '');
    if (PERSON_IN_SENTENCE.test(p[0]) && !ORG_WORDS.test(name) && !isUnitName(name)) return true;
  }
  return false;
}

/** A person's role in a case followed by a name: "uw contactpersoon is Pereira", "behandelaar: mevrouw Dualeh". */
const PERSON_ROLE_NAMED = /\b(?:[Cc]ontactpersoon|[Bb]ehandelaar|[Bb]ehandelend\s+ambtenaar|[Dd]ossierbehandelaar|[Zz]aakbehandelaar|[Cc]asemanager|[Kk]lantmanager|[Cc]onsulent|[Cc]ollega)\s*(?:is|was|:)?\s+(?:(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.|meneer|mr\.|drs\.|dr\.|ir\.)\s+)?\p{Lu}[\p{Ll}'’-]+/u;

/**
 * What ties a number of an organisation's range (084, 085, 087, 088, 091) to a person, in words for
 * the reason; undefined when nothing does.
 */
function personalCue(text: string, start: number, end: number, lineBefore: string, sentenceBefore: string, mobileLabel: boolean, above: string | undefined): string | undefined {
  if (above) return `met het label '${above}' erboven (formulier)`;
  if (mobileLabel) return `met het label '${/([\p{L}.]+)\s*[.:]?\s*$/u.exec(lineBefore)?.[1] ?? 'mobiel'}'`;
  const named = nameBeforeLabel(lineBefore);
  if (named) return `direct na de naam '${named}' en een telefoonlabel`;
  // On the number's own line, and not the label of the next number ("088 … / direct: 0511 …" labels the 0511).
  if (/^[ \t]*\(?[ \t]*(?:doorkies(?:nummer)?|direct(?:e\s+lijn)?|mobiel)\b(?![ \t]*(?:nummer)?[ \t]*:?[ \t]*[(+\d])/i.test(text.slice(end, end + 30))) return "met de aanduiding 'doorkies' of 'direct' erachter";
  // A block that gives a person's line with its own label ("direct: 046 …") and this number without
  // one: the person's number is the labelled one, this is the organisation's beside it.
  const contrast = labelledSibling(text, start, end);
  if (!contrast && signatureAbove(text, start)) return 'in een ondertekening onder een groet';
  if (!contrast && personAbove(text, start)) return 'onder de naam van een contactpersoon';
  if (OWN_NUMBER.test(sentenceBefore) || FIRST_PERSON_REACH.test(sentenceBefore)) return 'dat de tekst iemands eigen nummer noemt';
  if (!contrast && PERSON_IN_SENTENCE.test(sentenceBefore)) return 'bij de naam van een persoon in dezelfde zin';
  const mail = personalMailBeside(text, start, end);
  if (mail) return `in dezelfde zin als het persoonlijke e-mailadres ${mail}`;
  if (contactColumn(text, start)) return 'in de telefoonkolom van een tabel met namen';
  if (nameInRow(text, start, end)) return 'in een tabelrij met de naam van een persoon';
  return undefined;
}

/**
 * A person's name in another cell of the number's row ("Eline Vos    adviseur    085 …"): the
 * cells of a row read as one line, parted by wide gaps, tabs or bars.
 */
function nameInRow(text: string, start: number, end: number): boolean {
  const a = text.lastIndexOf('\n', start - 1) + 1;
  const b = text.indexOf('\n', end);
  // An organisation's address line ("Provincie X · Postbus 1 · 8900 HM Y · 088 …") is no row of persons.
  const rest = `${text.slice(a, start)} ${text.slice(end, b < 0 ? text.length : b)}`;
  if (ORG_LINE_CUES.some(([re]) => re.test(rest.replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+/gu, '')))) return false;
  const cells = `${text.slice(a, start)}\u0000${text.slice(end, b < 0 ? text.length : b)}`.split(/\s{2,}|\t|\s*[|·•]\s*|\u0000/);
  if (cells.filter((c) => c.trim()).length < 2) return false;
  if (cells.some((c) => c.trim() && !/\d|@/.test(c) && nameOnlyLine(c.trim()))) return true;
  // A text model that writes a row's cells with single spaces: the row opens with the name (two to four words).
  const words = text.slice(a, start).trim().split(/\s+/);
  for (let k = Math.min(4, words.length - 1); k >= 2; k--) if (nameOnlyLine(words.slice(0, k).join(' '))) return true;
  return false;
}

/**
 * Another number labelled as a person's direct line ("direct:", "doorkies:", "D") on one of the two
 * lines above or below the number, in the same block, while this number has no label of its own.
 * Returns that label.
 */
function labelledSibling(text: string, start: number, end: number): string | undefined {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (text.slice(lineStart, start).trim()) return undefined;
  const lineEnd = text.indexOf('\n', end);
  if (text.slice(end, lineEnd < 0 ? text.length : lineEnd).trim()) return undefined;
  const above = text.slice(Math.max(0, lineStart - 300), lineStart).split('\n');
  above.pop();
  const below = lineEnd < 0 ? [] : text.slice(lineEnd + 1, lineEnd + 300).split('\n');
  const near = [...above.slice(-2).reverse(), ...below.slice(0, 2)];
  for (const l of near) {
    // A mobile beside an unlabelled number says nothing: a signature gives a person's desk and mobile numbers.
    const m = /^[ \t]*(doorkies(?:nummer)?|direct(?:e\s+lijn|\s+nummer)?|d)[ \t]*[.:]?[ \t]*(?:\+|\(|0)\d/i.exec(l);
    if (m) return m[1];
  }
  return undefined;
}

/** The number stands under a "Telefoon"/"Mobiel" column header of a table that also has a column of names. */
function contactColumn(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const PHONE_HEADER = /(?:^|\n)[ \t]*(?:telefoon(?:nummer)?|tel\.?|mobiel(?:\s+nummer)?|mobiele\s+nummer|doorkies(?:nummer)?|direct(?:\s+nummer)?|bereikbaar(?:\s+op)?|phone|nummer)[ \t]*:?[ \t]*(?=\n|$)/i;
  const above = text.slice(Math.max(0, lineStart - 700), lineStart);
  // A text model that reads a table column by column may put the header of the number column below
  // the numbers: then the header anywhere in the table (up to 2,500 characters on either side) counts.
  const near = text.slice(Math.max(0, lineStart - 2500), Math.min(text.length, start + 2500));
  if (!PHONE_HEADER.test(above.split('\n').map((l) => l.trim()).filter(Boolean).slice(-14).join('\n')) && !PHONE_HEADER.test(near)) return false;
  const page = text.slice(Math.max(0, lineStart - 2500), lineStart);
  return /(?:^|\n)[ \t]*(?:naam|namen|contactpersoon|contactpersonen|wie|medewerker|medewerkers|vervanger|deelnemer|deelnemers|name)[ \t]*:?[ \t]*(?:\n|$)/i.test(page)
    || /(?:^|\n)[ \t]*(?:naam|contactpersoon|wie|medewerker)[ \t]*(?:[|\t]|\s{2,})/i.test(page);
}

function isSwitchboard(d: string, options: DetectOptions): boolean {
  return (options.switchboards ?? []).some((s) => {
    const f = nationalDigits(s) === undefined ? foreignOf(s) : undefined;
    return (f ? `+${f.code}${f.national}` : nationalDigits(s)) === d;
  });
}

const WHAT: Record<NumberKind, string> = {
  mobile: 'mobiel nummer (06)', geographic: 'vast nummer', company: '088-nummer zonder aanwijzing dat het algemeen is',
  nongeographic: 'plaatsonafhankelijk nummer zonder aanwijzing dat het algemeen is', service: 'servicenummer', short: 'kort nummer', invalid: 'nummer',
  foreign: 'buitenlands nummer',
};

function classify(ctx: DetectContext, h: Hit): Candidate | undefined {
  const { options, profile, dossier } = ctx;
  const { digits: d, run } = h;
  // A signature or letterhead may begin on the previous page: read the number with the end of that page above it.
  const prev = h.start < 800 ? ctx.pages[ctx.pages.indexOf(ctx.page) - 1]?.text.slice(-1500) : undefined;
  const text = prev ? `${prev}\n${ctx.text.slice(0, h.end + 600)}` : ctx.text;
  const shift = prev ? prev.length + 1 : 0;
  const start = h.start + shift;
  const end = h.end + shift;
  const kind: NumberKind = h.foreign ? 'foreign' : numberKind(d);
  if (kind === 'invalid') return undefined;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A number spread over a justified line: its line is the words left of it on the baseline.
  const lineBefore = h.spread !== undefined ? (h.spread ? `${h.spread} ` : '') : text.slice(lineStart, start);
  // The dot of an abbreviation ends no sentence: "met Eline Vos (tel. 085 …)".
  const sentenceBefore = sentenceBeforeOf(text.slice(Math.max(0, start - 160), start));
  // Read once per hit: most of the rules below ask whether the sentence names a person.
  let personInSentenceMemo: boolean | undefined;
  // "Notulen: Chadi Nakhlé, tel. …": a person named right before the number's label.
  const nameLabel = h.spread === undefined ? nameBeforeLabel(text.slice(lineStart, start)) : undefined;
  const personInSentence = () => (personInSentenceMemo ??= nameLabel !== undefined || PERSON_IN_SENTENCE.test(sentenceBefore));
  const after = text.slice(end, end + 80).split(/[.!?](?:\s|$)|\n/)[0] ?? '';
  // "nummer" alone labels a case or document number; "telefoonnummer", "algemene nummer" a phone.
  if (NOT_PHONE_CONTEXT.test(lineBefore) && !(kind === 'mobile' && /(?:^|[^\p{L}])nummer\s*[.:]?\s*$/iu.test(lineBefore)) && !/(?:^|[^\p{L}])tel(?:efoon)?\.?[ -]?nr\s*[.:]?\s*$/iu.test(lineBefore) && !/(?:telefoon|tel\.?|mobiel|mobiele|doorkies|fax|algeme(?:en|ne)|hoofd|service|informatie|centrale?|centraal|publieks|terugbel|bel|contact|06-?|gsm|priv[ée]|thuis|werk|vast)\s*nummer\s*[.:]?\s*$/i.test(lineBefore)
    && !/(?:bereikbaar|bellen|bel|belt)\s+(?:onder|op|via)\s+(?:het\s+|dit\s+|mijn\s+)?(?:telefoon)?nummer\s*[.:]?\s*$/i.test(lineBefore)
    // "Nummer:" alone as the label of a line in a signature or under a person's name is the phone line.
    && !(/^\s*nummer\s*[.:]?\s*$/i.test(lineBefore) && (signatureAbove(text, start) || personAbove(text, start)))) return undefined;
  const labelled = DIRECT_CONTEXT.test(lineBefore);
  const labelAbove = directLabelAbove(text, start, end);
  const mobileLabel = MOBILE_LABEL.test(lineBefore) || labelAbove !== undefined;
  // A label such as "T" starts a new field: the sentence before it says nothing about this number.
  const context = labelled ? lineBefore : sentenceBefore;
  const keep = (confidence: number, reason: string): Candidate => ({ category: 'phone', start: h.start, end: h.end, ...(h.ranges ? { ranges: h.ranges } : {}), confidence, reason, keep: true });
  if (kind === 'service' || kind === 'short') return keep(0.95, 'servicenummer of kort nummer (0800, 0900, 14 0xx, 1400) is een algemeen nummer');
  if (isSwitchboard(d, options)) return keep(0.95, 'bekend algemeen nummer (lijst van algemene nummers van de organisatie)');
  // A mobile or a number labelled direct/doorkies is a person's where anything ties it to one: no
  // label or cue of a service makes it general then ("Noor Haddou / Receptie: 06 …").
  const personTied = (kind === 'mobile' || labelledDirect(lineBefore)) && (signatureAbove(text, start) || personAbove(text, start) || personInSentence() || OWN_NUMBER.test(sentenceBefore));
  const generalLabel = personTied ? null : GENERAL_LABEL.exec(lineBefore) ?? GENERAL_LABEL_LINE.exec(lineBefore);
  if (generalLabel) return keep(0.9, `aangeduid als algemeen nummer ('${collapse(generalLabel[0]).replace(/[.:]$/, '')}')`);
  // "Vragen van bedrijven: 0182 …", "Voor inwoners: …": the label gives the number to a group of the
  // public, not to a person (never a mobile: a spokesperson's own phone may stand under "Voor de pers").
  const audience = personTied || kind === 'mobile' || mobileLabel ? null : AUDIENCE_LABEL.exec(lineBefore);
  if (audience) return keep(0.85, `het label geeft het nummer aan het publiek ('${collapse(audience[0]).replace(/[.:]$/, '')}'), geen persoon: algemeen nummer`);
  // A list's row "Receptie      (045) …" whose label cell the text model read as a column of its own
  // (all labels, then all numbers): the label is the words left of the number on its baseline.
  const rowLabel = personTied || h.spread !== undefined || prev !== undefined || lineBefore.trim() ? undefined : rowLabelOf(ctx.page, h);
  if (rowLabel) return keep(0.9, `aangeduid als algemeen nummer ('${rowLabel}', het label van de tabelrij)`);
  // "Ik ben bereikbaar op 06 …", "u kunt mij bellen op …": the writer's own number, however the
  // sentence is phrased; only an explicit general cue ("algemeen nummer", "klantcontact") outweighs it.
  // Times are written with a dot ("tot 15.00 uur"): the writer's own words are read over them, or
  // "Ik ben morgen tot 15.00 uur bereikbaar via …" would lose its "ik" at the dot.
  const overTimes = sentenceBefore.replace(/(\d)\.(\d)/g, '$1:$2');
  const own = OWN_NUMBER.test(overTimes) || FIRST_PERSON.test(overTimes);
  // A cue after the number that labels the next number ("Direct: 020 … (receptie: 020 …)") says nothing of this one.
  const afterOwn = after.replace(/\s*\(?\s*[\p{L} .-]{2,30}[:]\s*[(+\d].*$/u, '');
  const generalCue = personTied || labelledDirect(lineBefore) ? null : GENERAL_CONTEXT.exec(context) ?? GENERAL_CONTEXT.exec(afterOwn);
  // "Uw contactpersoon is Pereira, bereikbaar op …": the person's role in the case, with a name, makes
  // a weak cue ("bereikbaar", "u kunt bellen") the person's. A name alone does not ("Mevrouw X is er
  // niet; u kunt bellen met …" may well give the desk's number).
  // "De verzoeker, de heer Okonkwo, is bereikbaar op …": the person named is the one who is reachable.
  // "Neem contact op met Eline Vos, bereikbaar op …": the person named right before ", bereikbaar" is the one reachable.
  const personNamed = PERSON_ROLE_NAMED.test(sentenceBefore) || (personInSentence() && /\b(?:is|zijn)\s+(?:telefonisch\s+|het\s+best\s+|goed\s+)?bereikbaar\s+(?:op|via|onder)\s*$/i.test(sentenceBefore))
    || namedThenReachable(sentenceBefore);
  // "Eline Vos / adviseur / Bereikbaar op 020 …": a weak cue in a signature or under a person's name,
  // with no organisation, unit or service named in its sentence, gives that person's number.
  const personsBlock = (signatureAbove(text, start) || personAbove(text, start)) && !ORG_WORDS.test(sentenceBefore) && !SERVICE_CUE.test(sentenceBefore);
  const general = (generalCue && !((own || kind === 'mobile' || mobileLabel || personNamed || personsBlock) && WEAK_GENERAL.test(generalCue[0]))) || (!personTied && !labelledDirect(lineBefore) && /^\s*\((?:algemeen|centra(?:al|le)|receptie|main|general|reception|switchboard|hoofdnummer|servicenummer|informatienummer|secretariaat|servicedesk|helpdesk|kcc|klantcontact\w*|balie|loket|meldpunt|frontoffice)\)/i.test(after));
  if (general) return keep(0.9, `de tekst noemt dit een algemeen nummer ('${collapse((GENERAL_CONTEXT.exec(context) ?? GENERAL_CONTEXT.exec(after))?.[0] ?? /^\s*\(([^)]*)\)/.exec(after)?.[1] ?? 'algemeen')}')`);
  // "Heeft u vragen over dit besluit? Bel dan 0521 …": the reader (u) is told where to call, and
  // no person is named or speaks of his own number: the organisation's number.
  const readerQuestion = kind !== 'mobile' && !mobileLabel && !own && !labelledDirect(lineBefore) && /\bbel(?:t\s+u)?\s+(?:dan\s+|ons\s+)?(?:op\s+|via\s+|naar\s+)?$/i.test(sentenceBefore)
    ? READER_QUESTION.exec(text.slice(Math.max(0, start - 240), start).split(/\n[ \t]*\n/).pop() ?? '') : null;
  if (readerQuestion && !personInSentence() && !/\b(?:behandelaar|contactpersoon|medewerker|collega|mij|me)\b/i.test(sentenceBefore)) {
    return keep(0.85, `de lezer (u) wordt naar dit nummer verwezen ('${collapse(readerQuestion[0])}'), geen persoon genoemd: algemeen nummer`);
  }
  // "Bel 073 … of mail waterschap@…", "bel … of kijk op www.…": the sentence offers a function's
  // mailbox or the website as the other way in, and names no person: the organisation's number (a
  // person's number comes with that person's own address, "bel 070 … of mail j.bos@…").
  if (kind !== 'mobile' && !mobileLabel && !own && !labelledDirect(lineBefore) && !personInSentence()) {
    const alt = ALTERNATIVE_CHANNEL.exec(after);
    if (alt && (!alt[1] || isFunctionalLocalPart(alt[1]))) return keep(0.85, `de zin geeft naast het nummer ${alt[1] ? `het algemene e-mailadres '${alt[1]}@…'` : 'de website'} als andere weg, geen persoon: algemeen nummer`);
  }
  // A switchboard's own words after the number: a menu choice ("…, keuze 2", "en kies optie 3",
  // "toets 1") or the caller told to ask for someone ("en vraag naar mevrouw X"): a number that
  // answers many callers and passes them on, never one person's direct line. And the public named
  // as the caller ("Inwoners kunnen bellen naar …", "Belanghebbenden bellen …"): a number published
  // for everyone. Neither for a mobile, a direct label or the writer's own number.
  if (kind !== 'mobile' && !mobileLabel && !own && !labelledDirect(lineBefore)) {
    const sw = SWITCHBOARD_AFTER.exec(after);
    if (sw) return keep(0.9, `de tekst na het nummer is die van een telefooncentrale ('${collapse(sw[1]!)}'): algemeen nummer`);
    // "Bel de gemeente op …", "Neem contact op met de provincie (…)", "Telefoonnummer gemeente:",
    // "Gemeentehuis: …": the body itself (or its building) is the one called, no person is.
    const callee = personInSentence() ? null : ORG_CALLEE.exec(sentenceBefore) ?? ORG_LINE_LABEL.exec(lineBefore);
    if (callee) return keep(0.85, `de tekst noemt de organisatie als wie er gebeld wordt ('${collapse(callee[0])}'), geen persoon: algemeen nummer`);
    // "Vragen kunnen naar de Veiligheidsregio X op …", "bereikbaar bij het Waterschap Y via …": an
    // organisation or unit by its name, right before "op"/"via"/"onder" and the number, no person in the sentence.
    const unitBefore = personInSentence() ? null : /\b(?:de|het|naar|bij|met)\s+(\p{Lu}[\p{L}-]*(?:\s+(?:\p{Lu}[\p{L}-]*|van|en|voor|de|het))*)\s+(?:op|via|onder)\s*$/u.exec(sentenceBefore);
    if (unitBefore && isUnitName(unitBefore[1]!) && !nameOnlyLine(unitBefore[1]!)) return keep(0.85, `de zin geeft het nummer van '${collapse(unitBefore[1]!)}' (een organisatie of dienst, geen persoon): algemeen nummer`);
    const pub = personInSentence() ? null : publicSubject(sentenceBefore);
    if (pub && /\bbel(?:t|len)?\b|\bbereik(?:en|t)\b|\btelefonisch\b/i.test(sentenceBefore.slice(pub.index))) {
      return keep(0.85, `de tekst geeft het nummer aan het publiek ('${collapse(pub[0])}'), geen persoon genoemd: algemeen nummer`);
    }
  }
  // A person's name on the number's own line ("Jorien Vlasblom, adviseur, T 070 …" as the footer of
  // every page, "Opgesteld door: X (070 …)"): the line is that person's, however often it repeats or
  // near the page's edge it stands; keeping it would publish a direct number on every page.
  // A mail-merge letter repeats "Neem contact op met Eline Vos, bereikbaar op 030 …" on every page,
  // one page per addressee: the sentence gives the person's number, however often it repeats.
  const onLine = personOnLine(text, start, end);
  const named = onLine || own || personNamed || nameLabel !== undefined;
  if (kind !== 'mobile' && !mobileLabel) {
    // "melding doorgegeven aan Alarmcentrale Waakzaam B.V. (088 …)": a company named with its legal
    // form right before the number owns it, whatever person a line above names (a log's other rows).
    const company = own || labelledDirect(lineBefore) ? undefined : companyBefore(lineBefore);
    if (company) return keep(0.85, `staat direct achter de naam van het bedrijf '${company}' (een rechtspersoon, geen persoon): algemeen nummer van het bedrijf`);
    const unit = nameLabel ? undefined : unitBlockAbove(text, start);
    if (unit) return keep(0.85, `staat in het contactblok van '${unit}' (een team of dienst, geen persoon): algemeen nummer`);
    // "Team Handhaving | 030 …", "Afdeling Burgerzaken: 0320 …", a letterhead block "Gemeente X /
    // Afdeling Y / T 0521 …": a team, department or service beside the number and no person near it.
    if (!own && !labelledDirect(lineBefore) && !personInSentence() && !signatureAbove(text, start) && !personAbove(text, start)) {
      const beside = inNumberColumn(text, start, end) ? undefined : unitOnLine(text, start, end, nameOnlyLine);
      if (beside) return keep(0.85, `staat naast '${beside}' (een team, afdeling of dienst, geen persoon): algemeen nummer`);
      const block = unitBlock(text, start, nameOnlyLine);
      if (block) return keep(0.85, `staat in het blok van '${block}' (briefhoofd of contactblok van een team, afdeling of organisatie, geen persoon): algemeen nummer`);
      // "Colofon" / "Uitgave van de gemeente X" / "Inlichtingen: telefoon 0543 …": a contact block or
      // colophon under its own heading, no person's line between (as e-mail.ts keeps its mailbox).
      const heading = named || nameInRow(text, start, end) ? undefined : contactHeadingAbove(text, start);
      if (heading) return keep(0.85, `staat in het contactblok of colofon onder '${heading}', zonder naam van een persoon: algemeen nummer van de organisatie`);
    }
    if (!named && onBoilerplateLine(profile, ctx.text, h.start)) return keep(0.9, 'staat in de kop- of voettekst van de meeste pagina\'s: nummer van de organisatie');
    const pages = profile.phonePages.get(d) ?? 0;
    if (!named && profile.pageCount >= 3 && pages >= 3 && pages >= profile.pageCount * 0.6 && !signatureAbove(text, start) && !personAbove(text, start)) {
      return keep(0.85, `staat op ${pages} van de ${profile.pageCount} pagina's: nummer van de organisatie`);
    }
    // A short document (two pages): the number in the top or bottom lines of every page, however it
    // is spaced there, is the letterhead's or footer's.
    if (!named && pages >= 2 && pages >= profile.pageCount * 0.6 && onEdgeLines(ctx.text, h.start) && !signatureAbove(text, start) && !personAbove(text, start)) {
      return keep(0.85, `staat bovenaan of onderaan ${pages} van de ${profile.pageCount} pagina's: nummer van de organisatie`);
    }
    // A longer document: the same number in the top or bottom lines of two or more of its pages is
    // the letterhead's or footer's (a running footer that some pages leave out, a letter's first
    // page and its last), when no signature, person or name in its row is there to own it.
    const edges = edgePageCounts(ctx.pages).get(d) ?? 0;
    if (!named && edges >= 2 && onEdgeLines(ctx.text, h.start) && !signatureAbove(text, start) && !personAbove(text, start) && !nameInRow(text, start, end)) {
      return keep(0.85, `staat in de bovenste of onderste regels van ${edges} pagina's: nummer van de organisatie (briefhoofd of voettekst)`);
    }
    // "Kafui Mensah / adviseur / T 088 - 043 04 30" and, in the next message of the thread, "Ilse
    // Brandsma / jurist / T 088 - 043 04 30": one number in the signatures of two or more different
    // persons is no one's direct line but the organisation's they share (the switchboard).
    // The same across the documents of a dossier: two letters signed by different persons with one number.
    const signers = own || labelledDirect(lineBefore) || personInSentence() ? undefined : new Map([...(phoneSignersIn(ctx.pages).get(d) ?? []), ...(dossier.phoneSigners?.get(d) ?? [])]);
    if (signers && signers.size >= 2) return keep(0.85, `staat in de ondertekening van ${signers.size} verschillende personen (${[...signers.values()].slice(0, 3).join(', ')}): gedeeld nummer van de organisatie, geen direct nummer`);
    const docs = dossier.phoneDocuments.get(d) ?? 0;
    // "T 070 …", "Telefoon: 070 …" in three documents is a letterhead's; only a direct or mobile label is a person's.
    if (docs >= 3 && !named && !labelledDirect(lineBefore) && !signatureAbove(text, start) && !personAbove(text, start)) {
      return keep(0.8, `staat in ${docs} documenten van het dossier zonder naam of aanduiding van een persoon: algemeen nummer`);
    }
    // A two-column letterhead ("Gemeente X / Postbus 1 / T 0521 …" beside "Behandeld door / Naam / …")
    // whose columns the text model joined: the number right under the organisation's postal
    // address, in the page's first lines, is the organisation's, whatever person the other column names.
    const address = !own && !labelledDirect(lineBefore) && !signatureAbove(text, start) && !inNumberColumn(text, start, end) ? addressAbove(ctx.text, h.start) : undefined;
    if (address) return keep(0.8, `staat in het briefhoofd direct onder ${address} van de organisatie: algemeen nummer`);
    if (inLetterhead(text, start) && !inNumberColumn(text, start, end)) return keep(0.8, 'nummer in het briefhoofd bij het adres van de organisatie: algemeen nummer');
    // A company's letterhead, footer or contact line with its KvK or BTW number or its legal form, no person in it.
    if (!own && !labelledDirect(lineBefore) && !personInSentence() && !signatureAbove(text, start) && !personAbove(text, start)) {
      const company = companyDetails(text, start, nameOnlyLine);
      if (company) return keep(0.85, `staat bij de gegevens van het bedrijf '${company}' (briefhoofd, voettekst of contactregel, geen persoon): algemeen nummer van het bedrijf`);
    }
  }
  // "Servicedesk ICT, bereikbaar ma-vr 8.00-17.00", "Telefonisch via het secretariaat": a desk's
  // opening hours or a service's name beside the number make it the organisation's, when no person
  // is named with it and the writer does not give it as his own.
  // Times are written with a dot ("9.00"): read the writer's own words over them.
  if (kind !== 'mobile' && !mobileLabel && !own && !labelledDirect(lineBefore) && !personInSentence()
    // In a sentence of running text only the sentence speaks for the number; in a block, the lines above do.
    && (lineBefore.trim().split(/\s+/).length >= 6 || (!signatureAbove(text, start) && !personAbove(text, start)))) {
    const near = linesAround(text, start, end);
    const hours = OPENING_HOURS.exec(near);
    if (hours) return keep(0.85, `openingstijden bij het nummer ('${collapse(hours[0])}'): nummer van een balie of dienst, geen persoon`);
    const service = SERVICE_CUE.exec(context) ?? SERVICE_CUE.exec(after);
    if (service) return keep(0.85, `de tekst noemt een dienst bij het nummer ('${collapse(service[0])}'), geen persoon: algemeen nummer`);
  }
  const shared = kind === 'company' || kind === 'nongeographic';
  // A number on the same line as the organisation's address or website (a letterhead or footer
  // line "Ministerie van X | Postbus 20301 | 2500 EH Den Haag | 088 …") is the organisation's.
  const orgLine = !mobileLabel && !inNumberColumn(text, start, end) && onOrganisationLine(text, start, end, letterheadName(ctx.text));
  if (orgLine && (shared || (!signatureAbove(text, start) && !personAbove(text, start)))) return keep(0.85, `staat in een regel met ${orgLine} van de organisatie (briefhoofd of voettekst): algemeen nummer`);
  // "Gemeente X | Stadhuisplein 1 | 0543 … | www.x.nl" under a signature: the organisation's own name
  // with its address or website on the number's line make the line the organisation's, whoever signed
  // above; a direct label (before or after), the writer's own words or a person in the sentence keep it the person's.
  const orgName = orgLine && !labelledDirect(lineBefore) && !own && !personInSentence() && !/^\s*\(?\s*(?:doorkies|direct|mobiel)/i.test(after)
    ? lineOf(text, start, end).split(/\s*[|·•,;]\s*|\s{3,}/).map(collapse).find((seg) => !/\d/.test(seg) && (isUnitName(seg) || (ORG_WORDS.test(seg) && !nameOnlyLine(seg))))
    : undefined;
  if (orgName) return keep(0.85, `staat in een regel met de naam '${orgName}' en ${orgLine} van de organisatie (ook onder een ondertekening): algemeen nummer`);
  if (shared && !mobileLabel && !own && !labelledDirect(lineBefore) && !personInSentence()) {
    // An organisation's number range with the organisation's own name on its line ("Ministerie van X
    // · +31 88 …") under a colophon or signature: the line is the organisation's, not the person's above.
    const beside = inNumberColumn(text, start, end) ? undefined : unitOnLine(text, start, end, nameOnlyLine);
    if (beside) return keep(0.85, `staat naast '${beside}' op een eigen regel (een organisatie of dienst, geen persoon), ${d.slice(0, 3)}-nummer: algemeen nummer`);
  }
  // A signature or a sentence that a page break cut: the number in the first lines of a page, on no
  // other page, under a sign-off or a person's name at the end of the previous page (or in the
  // writer's own words) is that person's, not the running header's.
  const cutByPage = prev !== undefined && (profile.phonePages.get(d) ?? 0) <= 1 && firstLines(ctx.text, h.start, 3)
    && (signatureAbove(text, start) || personAbove(text, start) || own || personInSentence());
  if (!mobileLabel && !cutByPage && !named && inPageMargin(ctx, h.start) && !inNumberColumn(text, start, end)) return keep(0.8, 'staat in de marge onder- of bovenaan de pagina (voettekst of briefhoofd): nummer van de organisatie');
  // 084/085/087/088/091 are numbers of organisations in the numbering plan: kept unless something ties them to a person.
  const cue = shared ? personalCue(text, start, end, lineBefore, sentenceBefore, mobileLabel, labelAbove) : undefined;
  if (shared && !cue) {
    const sibling = labelledSibling(text, start, end);
    if (sibling) return keep(0.8, `${d.slice(0, 3)}-nummer zonder eigen label naast een nummer met het label '${sibling}': het nummer van de organisatie, het andere is dat van de persoon`);
    return keep(0.8, `${d.slice(0, 3)}-nummer: volgens het nummerplan een nummer van een organisatie, en niets bindt het aan een persoon (geen naam ernaast, geen label mobiel of doorkies, geen ondertekening)`);
  }
  // A foreign number is a person's only where something ties it to one (a phone label, a signature,
  // a name, the writer's own words); a bare figure with a + may be anything ("+32 470 … in de bijlage").
  let foreignWhat: string | undefined;
  if (h.foreign) {
    const tie = labelled ? 'met een telefoonlabel' : personalCue(text, start, end, lineBefore, sentenceBefore, false, labelAbove)
      ?? (own ? 'dat de tekst iemands eigen nummer noemt' : undefined);
    if (!tie) return undefined;
    foreignWhat = `buitenlands nummer (+${h.foreign.code}${h.foreign.country ? `, ${h.foreign.country}` : ''}, ${h.foreign.national.length} cijfers na de landcode)${labelled ? '' : ` ${tie}`}`;
  }
  const label = labelled ? ` met aanduiding '${/([\p{L}.]+)\s*[.:]?\s*$/u.exec(lineBefore)?.[1] ?? lineBefore.trim()}'` : '';
  const split = h.spaced ? ', met gespatieerde cijfers geschreven (elk cijfer los)' : h.spread !== undefined ? ', over een uitgevulde regel verspreid geschreven' : h.ranges ? `, in ${run.split('\n').length} stukken over de regels van een tabelcel geschreven` : run.includes('\n') ? `, over ${run.split('\n').filter((l) => l.trim()).length === 2 ? 'twee' : 'drie'} regels geschreven` : '';
  const what = foreignWhat ?? (shared ? `${d.slice(0, 3)}-nummer ${cue}` : WHAT[kind]);
  const nameOnLine = onLine && !labelled && !foreignWhat && !shared ? ', met de naam van een persoon op dezelfde regel' : '';
  return { category: 'phone', start: h.start, end: h.end, ...(h.ranges ? { ranges: h.ranges } : {}), confidence: shared && !labelled ? 0.8 : labelled ? 0.97 : 0.9, reason: `${what}${label}${split}${nameOnLine}: direct nummer van een persoon` };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * The organisation's name at the head of a page: its first line, when that is a few capitalised
 * words with an organisation word or only ordinary words ("Gemeente Apeldoorn", "Centraal Orgaan
 * opvang asielzoekers"), and not a person's name.
 */
function letterheadName(page: string): string | undefined {
  const first = collapse(/^\s*([^\n]*)/.exec(page)?.[1] ?? '');
  if (first.length < 6 || first.length > 60 || /\d|[:@]/.test(first) || !/^\p{Lu}/u.test(first)) return undefined;
  const words = first.split(/\s+/);
  if (words.length < 2 || words.length > 7) return undefined;
  if (ORG_WORDS.test(first)) return first;
  // A person's name opens with a first name or initials; an organisation's with an ordinary word.
  return !isFirstName(words[0]!) && !/^\p{Lu}\./u.test(words[0]!) && (isCommonWordOrCompound(words[0]!) || !nameOnlyLine(first)) ? first : undefined;
}

export const phoneDetector: Detector = {
  id: 'phone.nl',
  category: 'phone',
  // The page's numbers, which the document's profile counts on every page.
  prepare(page) {
    hitsOf(page);
  },
  run(ctx) {
    const out: Candidate[] = [];
    for (const h of hitsOf(ctx.page)) {
      if (!h.digits) continue;
      const c = classify(ctx, h);
      if (c) out.push(c);
    }
    return out;
  },
};
