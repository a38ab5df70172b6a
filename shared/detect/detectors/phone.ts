/**
 * Dutch telephone numbers (numbering plan of the ACM: ten digits starting with 0, or +31 / 0031
 * followed by nine), in every common notation: spaces, dashes, brackets, "(0)" after +31, and
 * "T", "M", "tel." prefixes. Direct lines of civil servants are 10.2.e; general numbers stay:
 * service numbers (0800, 0900, 0906, 0909, 14 0xx), numbers the text introduces as general,
 * and configured switchboards. 088 is used for both, so context decides.
 */
import type { Candidate, Detector, DetectOptions } from '../types';

// A run that starts like a phone number and continues with digits and the usual separators.
const RUN = /(?<![\p{L}\p{N}\-+/.,:€$])(?:\+\s?\d{2}|00\s?\d{2}|\(0\d{1,3}\)|\(\+31\)|0\d|14\s?0\d{1,2})[\d \u00a0()\-\u2013./]{0,20}\d(?![\p{L}\p{N}]|[.,]\d|-\d|\/\d)/gu;

const GENERAL_CONTEXT = /(?:algeme(?:en|ne)\s+(?:telefoon)?nummer|algeme(?:en|ne)\s+nummer|hoofdnummer|centrale?\s+(?:nummer|telefoonnummer)|receptie|bereikbaar\s+(?:via|op|onder)|telefonisch\s+spreekuur|spreekuur|klantcontact(?:centrum)?|informatienummer|servicenummer|publieksnummer|servicelijn|informatielijn|meldlijn|hulplijn|callcenter|contactcentrum|info(?:rmatie)?\s*lijn|gratis\s+(?:te\s+)?bel|bel\s+(?:gratis|ons)|telefoonnummer\s+van\s+(?:de|het)\s+(?:ministerie|organisatie|dienst|gemeente|ind|politie))/i;
const DIRECT_CONTEXT = /(?:^|\b)(?:t|m|tel|telefoon|telefoonnummer|mobiel|mob|gsm|doorkies(?:nummer)?|direct|fax|f)\s*[.:]?\s*$/i;
const NOT_PHONE_CONTEXT = /(?:kenmerk|zaaknummer|zaak|dossiernummer|dossier|referentie|ref|documentnummer|document|factuurnummer|factuur|klantnummer|ordernummer|registratienummer|v-nummer|vnummer|bsn|burgerservicenummer|iban|rekeningnummer|kamerstuk(?:ken)?|nr|nummer|ecli|artikel|stcrt|staatscourant|stb|staatsblad|kvk|btw|postcode|versie|isbn)\s*[.:#]?\s*$/i;

/** The ten national digits of a Dutch number, or undefined when the run is not one. */
export function nationalDigits(run: string): string | undefined {
  let s = run.replace(/\(0\)/g, '');
  s = s.replace(/^\(\+31\)/, '+31');
  let d = s.replace(/\D/g, '');
  if (/^\s*\+/.test(s)) {
    if (!d.startsWith('31')) return undefined;
    d = `0${d.slice(2)}`;
  } else if (d.startsWith('0031')) {
    d = `0${d.slice(4)}`;
  }
  return d;
}

/**
 * A letterhead: the organisation's postal or visiting address or website within a few lines,
 * no mobile label, and no sign-off above (a signature block carries a person's own numbers).
 */
function inLetterhead(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (/\b(?:m|mob|mobiel|gsm)\s*[.:]?\s*$/i.test(text.slice(lineStart, start))) return false;
  // Blank lines say nothing here (some text models put every line of a block on its own).
  const before = text.slice(Math.max(0, lineStart - 1500), lineStart).split('\n').filter((l) => l.trim());
  const after = text.slice(start, start + 500).split('\n').filter((l) => l.trim());
  const window = [...before.slice(-4), ...after.slice(0, 3)].join('\n');
  if (!/\b(?:postbus\s+\d|www\.|bezoekadres|postadres)/i.test(window)) return false;
  // A contact person or a name just above: the number is that person's.
  if (before.slice(-4).some((l) => /contactpersoon|behandeld\s+door|inlichtingen|^\s*(?:mevrouw|mevr\.|mw\.|de\s+heer|dhr\.)\s|\p{Lu}\.\s?(?:\p{Lu}\.\s?)*(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}\p{Ll}+/iu.test(l))) return false;
  return !before.slice(-12).some((l) => /^\s*(?:met\s+(?:vriendelijke|hartelijke)\s+groet|vriendelijke\s+groet|groet(?:en)?|hoogachtend|mvg)\b/i.test(l));
}

export type PhoneKind = 'regular' | 'service' | 'shared' | 'invalid';

/** Classifies national digits: service numbers and short 14-numbers are public by nature. */
export function phoneKind(d: string): PhoneKind {
  if (/^14\d{3,4}$/.test(d)) return 'service';
  if (/^0(?:800|900|906|909)\d{4,7}$/.test(d)) return 'service';
  if (!/^0[1-9]\d{8}$/.test(d)) return 'invalid';
  if (d.startsWith('088') || d.startsWith('085') || d.startsWith('091')) return 'shared';
  return 'regular';
}

function separatorsPlausible(run: string): boolean {
  // Dots and slashes appear in dates and amounts; a phone number uses at most one kind of them.
  if (/\/.*\//.test(run) || (/\./.test(run) && !/^\+|^00/.test(run) && /\d\.\d{3}\.\d{3}/.test(run))) return false;
  if (/\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}/.test(run)) return false;
  const groups = run.split(/[^\d]+/).filter(Boolean);
  return groups.length <= 6;
}

function isSwitchboard(d: string, options: DetectOptions): boolean {
  return (options.switchboards ?? []).some((s) => nationalDigits(s) === d);
}

export const phoneDetector: Detector = {
  id: 'phone.nl',
  category: 'phone',
  run({ text, options }) {
    const out: Candidate[] = [];
    for (const m of text.matchAll(RUN)) {
      let run = m[0].replace(/[\s\u00a0\-\u2013./(]+$/, '');
      const start = m.index ?? 0;
      // Trailing bracket without an opening one belongs to the sentence.
      if (run.endsWith(')') && !run.includes('(')) run = run.slice(0, -1);
      const d = nationalDigits(run);
      if (run.includes('\n') || !separatorsPlausible(run)) continue;
      if (d === undefined) {
        // A foreign number (+32, +49 …) is taken when a label says it is a phone number.
        const digits = run.replace(/\D/g, '');
        const lineBefore0 = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
        if (/^(?:\+|00)/.test(run) && digits.length >= 9 && digits.length <= 15 && DIRECT_CONTEXT.test(lineBefore0)) {
          out.push({ category: 'phone', start, end: start + run.length, confidence: 0.85, reason: 'buitenlands telefoonnummer met aanduiding: direct nummer van een persoon' });
        }
        continue;
      }
      const kind = phoneKind(d);
      if (kind === 'invalid') continue;
      const end = start + run.length;
      const lineStart = text.lastIndexOf('\n', start - 1) + 1;
      const lineBefore = text.slice(lineStart, start);
      const sentenceBefore = text.slice(Math.max(0, start - 120), start).split(/[.!?]\s|\n\n/).pop() ?? '';
      const after = text.slice(end, end + 60).split(/[.!?](?:\s|$)|\n/)[0] ?? '';
      // "nummer" alone labels a case or document number; "telefoonnummer", "algemene nummer" a phone.
      if (NOT_PHONE_CONTEXT.test(lineBefore) && !/(?:telefoon|tel\.?|mobiel|doorkies|fax|algeme(?:en|ne)|hoofd|service|informatie|centrale?|publieks)\s*nummer\s*[.:]?\s*$/i.test(lineBefore)) continue;
      const labelled = DIRECT_CONTEXT.test(lineBefore);
      // A label such as "T" starts a new field: the sentence before it says nothing about this number.
      const context = labelled ? lineBefore : sentenceBefore;
      const general = GENERAL_CONTEXT.test(context) || GENERAL_CONTEXT.test(after) || /^\s*\((?:algemeen|centrale|receptie|hoofdnummer|servicenummer|informatienummer)\)/i.test(after);
      const letterhead = !general && !d.startsWith('06') && inLetterhead(text, start);
      if (kind === 'service') {
        out.push({ category: 'phone', start, end, confidence: 0.95, reason: 'servicenummer (0800/0900/14 0xx) is een algemeen nummer', keep: true });
      } else if (isSwitchboard(d, options)) {
        out.push({ category: 'phone', start, end, confidence: 0.95, reason: 'bekend algemeen nummer (lijst van centrales)', keep: true });
      } else if (letterhead) {
        out.push({ category: 'phone', start, end, confidence: 0.8, reason: 'nummer in het briefhoofd bij het postadres van de organisatie: algemeen nummer', keep: true });
      } else if (general) {
        out.push({ category: 'phone', start, end, confidence: 0.9, reason: 'de tekst noemt dit een algemeen nummer', keep: true });
      } else {
        const mobile = d.startsWith('06');
        const what = mobile ? 'mobiel nummer (06)' : kind === 'shared' ? '088-nummer zonder aanwijzing dat het algemeen is' : 'vast nummer';
        const label = labelled ? ` met aanduiding '${/([\p{L}.]+)\s*[.:]?\s*$/u.exec(lineBefore)?.[1] ?? lineBefore.trim()}'` : '';
        out.push({ category: 'phone', start, end, confidence: kind === 'shared' ? 0.75 : labelled ? 0.97 : 0.9, reason: `${what}${label}: direct nummer van een persoon` });
      }
    }
    return out;
  },
};
