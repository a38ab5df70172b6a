/**
 * The checks the bundle's controle.txt reports, run before the app exports (issue #14 item 2):
 * an export with errors is refused with the errors in the officer's terms, each linked to its
 * document, instead of ending in "Klaar" with an error inside the zip. Same functions as the
 * bundle (shared/export/consistency.ts), so the app and `lakstift bundle` agree.
 */
import { covers, findOccurrences, type PageWords } from '../../shared/app';
import type { Dossier, Redaction } from '../../shared/dossier';
import type { DocumentFinding } from '../../shared/export';
import type { Rect } from '../../shared/pdf/types';
import { catalogueFor } from '../../shared/export/grounds';
import { checkConsistency, type Finding } from '../../shared/export/consistency';
import { deriveInventory } from '../../shared/export/inventory';
import { findingText } from './i18n/workbench';

export interface ShownFinding {
  severity: Finding['severity'];
  /** Document number ("0003") and page, for the link to the place. */
  document?: string;
  page?: number;
  /** The place on the page (PDF points, top-left origin), marked when the officer opens it. */
  rect?: Rect;
  text: string;
}

export function exportFindings(d: Dossier, words: ReadonlyMap<string, readonly PageWords[]>, lang: 'nl' | 'en'): ShownFinding[] {
  const catalogue = catalogueFor(d.law);
  // The "redacted here, readable there" check needs every document's text; without it, the bundle still runs it.
  const texts = d.documents.every((x) => words.has(x.id))
    ? new Map(d.documents.map((x) => [x.id, words.get(x.id)!.map((p) => p.words.map((w) => w.text).join(' '))]))
    : undefined;
  return checkConsistency(d, deriveInventory(d, { catalogue }), { ...(texts ? { texts } : {}), catalogue })
    .map((f) => {
      // A text readable elsewhere: the place on its page, from the words of that page.
      const quoted = f.kind === 'readable-elsewhere' ? /"([^"]+)"/.exec(f.message)?.[1] : undefined;
      const doc = f.document ? d.documents.find((x) => x.number === f.document) : undefined;
      const at = quoted && doc && f.page ? readablePlace(d, doc.id, f.page, words.get(doc.id) ?? [], quoted) : undefined;
      return { severity: f.severity, ...(f.document ? { document: f.document } : {}), ...(f.page ? { page: f.page } : {}), ...(at ? { rect: at } : {}), text: findingText(f, lang) };
    });
}

/**
 * Where on the page a redacted text can still be read: an occurrence no redaction covers, as a
 * whole word or phrase, else inside a longer word (a first name in "sanne.kaya@…"); the first
 * occurrence when every one is covered.
 */
function readablePlace(d: Dossier, documentId: string, page: number, pages: readonly PageWords[], text: string): Rect | undefined {
  const onPage = pages.filter((p) => p.page === page);
  const boxes = d.redactions.filter((r) => r.documentId === documentId && r.page === page && r.status !== 'rejected').flatMap((r) => r.rects);
  const covered = (q: Rect) => boxes.some((b) => covers(b, q));
  const whole = findOccurrences(onPage, text);
  const free = whole.find((o) => !o.rects.every(covered));
  if (free) return free.rects.find((q) => !covered(q)) ?? free.rects[0];
  const needle = text.toLocaleLowerCase('nl');
  const inside = onPage.flatMap((p) => p.words).find((w) => w.text.toLocaleLowerCase('nl').includes(needle) && !covered(w.rect));
  return inside?.rect ?? whole[0]?.rects[0];
}

/** What kind of text a redaction is, as the officer says it ("de naam", "het e-mailadres"). */
const NOUNS: Record<'nl' | 'en', Record<Redaction['category'], string>> = {
  nl: {
    name: 'de naam', email: 'het e-mailadres', phone: 'het telefoonnummer', guidance: 'de werkinstructie', bsn: 'het BSN', vnummer: 'het V-nummer',
    iban: 'het IBAN', birthdate: 'de geboortedatum', address: 'het adres', licenseplate: 'het kenteken', manual: 'de gelakte tekst', page: 'de gelakte tekst',
  },
  en: {
    name: 'the name', email: 'the e-mail address', phone: 'the phone number', guidance: 'the staff guidance', bsn: 'the BSN', vnummer: 'the V-number',
    iban: 'the IBAN', birthdate: 'the date of birth', address: 'the address', licenseplate: 'the licence plate', manual: 'the redacted text', page: 'the redacted text',
  },
};

const clip = (t: string) => (t.length > 60 ? `${t.slice(0, 57)}…` : t);
const cap = (t: string) => t.charAt(0).toLocaleUpperCase('nl') + t.slice(1);

/**
 * The leak check's findings (shared/verify, English and technical: "stream #2 (inflated)") in
 * the officer's terms, each with the document, page and place to open: "De naam 'X' is nog
 * leesbaar op pagina 3 van document 0002". A text found outside the page content is linked to
 * where it was redacted.
 */
export function leakFindings(d: Dossier, leaks: readonly DocumentFinding[], words: ReadonlyMap<string, readonly PageWords[]>, lang: 'nl' | 'en'): ShownFinding[] {
  const out: ShownFinding[] = [];
  const seen = new Set<string>();
  for (const { document: number, finding: f } of leaks) {
    const doc = d.documents.find((x) => x.number === number);
    const text = f.text?.trim();
    const lower = text?.toLocaleLowerCase('nl');
    // The redaction this text was: the accepted one of this document with the same text (on the page, when known).
    const mine = doc && lower ? d.redactions.filter((r) => r.documentId === doc.id && r.status === 'accepted' && r.text.toLocaleLowerCase('nl').includes(lower)) : [];
    const source = mine.find((r) => r.page === f.page) ?? mine[0];
    const noun = NOUNS[lang][source?.category ?? 'manual'];
    const page = f.page ?? source?.page;
    const onPage = doc && text && f.page ? findOccurrences((words.get(doc.id) ?? []).filter((p) => p.page === f.page), text)[0]?.rects[0] : undefined;
    const rect = f.box ?? onPage ?? source?.rects[0];
    const q = text ? clip(text) : '';
    const nl = lang === 'nl';
    let line: string;
    switch (f.kind) {
      case 'text-on-page':
        line = nl ? `${cap(noun)} '${q}' is nog leesbaar op pagina ${f.page} van document ${number}; lak die plek ook en exporteer opnieuw.`
          : `${cap(noun)} '${q}' is still readable on page ${f.page} of document ${number}; redact that place too and export again.`;
        break;
      case 'glyph-under-box':
        line = f.box
          ? nl ? `Onder het kader op pagina ${f.page} van document ${number} is '${q}' nog uit het bestand te halen; vergroot het kader tot het de tekst helemaal bedekt.`
            : `Under the box on page ${f.page} of document ${number}, '${q}' can still be extracted; enlarge the box until it covers the text entirely.`
          : nl ? `Pagina ${f.page} van document ${number} is helemaal gelakt maar bevat nog de tekst '${q}'.`
            : `Page ${f.page} of document ${number} is redacted whole but still holds the text '${q}'.`;
        break;
      case 'text-in-file':
        line = nl ? `${cap(noun)} '${q}' staat nog verborgen in het bestand van document ${number} (buiten de zichtbare tekst)${source ? `, gelakt op pagina ${source.page}` : ''}; het bestand kan zo niet gepubliceerd worden.`
          : `${cap(noun)} '${q}' is still hidden in the file of document ${number} (outside the visible text)${source ? `, redacted on page ${source.page}` : ''}; the file cannot be published like this.`;
        break;
      case 'metadata':
        line = text
          ? nl ? `De documenteigenschappen van document ${number} (zoals titel of auteur) bevatten nog '${q}'.` : `The document properties of document ${number} (such as title or author) still contain '${q}'.`
          : nl ? `Document ${number} heeft nog verborgen documentgegevens (XMP).` : `Document ${number} still has hidden document data (XMP).`;
        break;
      case 'image-not-blanked':
        line = nl ? `Een afbeelding onder een kader op pagina ${f.page ?? '?'} van document ${number} is niet weggelakt.` : `An image under a box on page ${f.page ?? '?'} of document ${number} was not blanked.`;
        break;
      case 'unreadable':
        line = nl ? `De lekcontrole kon het gelakte bestand van document ${number} niet (helemaal) lezen, dus het is niet gecontroleerd.` : `The leak check could not (fully) read the redacted file of document ${number}, so it was not checked.`;
        break;
      case 'attachment':
        line = nl ? `Document ${number} heeft bijlagen in het bestand die niet doorzocht kunnen worden.` : `Document ${number} has attachments in the file that cannot be searched.`;
        break;
      case 'javascript':
        line = nl ? `Document ${number} bevat acties of JavaScript.` : `Document ${number} contains actions or JavaScript.`;
        break;
      case 'form':
        line = nl ? `Document ${number} heeft nog formuliervelden.` : `Document ${number} still has form fields.`;
        break;
      case 'structure':
        line = nl ? `Document ${number} heeft nog een structuurboom (alternatieve teksten kunnen blijven staan).` : `Document ${number} still has a structure tree (alternative texts may survive).`;
        break;
      default:
        line = `Document ${number}: ${f.message}`;
    }
    if (seen.has(line)) continue;
    seen.add(line);
    out.push({ severity: f.severity === 'leak' ? 'error' : 'warning', document: number, ...(page ? { page } : {}), ...(rect && page ? { rect } : {}), text: line });
  }
  return out;
}
