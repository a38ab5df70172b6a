/**
 * The DiWoo metadata record of a published document (standard "Metadata in de Wet open overheid",
 * https://standaarden.overheid.nl/diwoo/metadata/, schema 0.9.8), with the elements the Woo
 * publication platform's sitemap writer (minvws/nl-rdo-woo-web `SitemapUrlBuilder` with its
 * `DiWooXMLWriter`) fills: creatiedatum, publisher, officieleTitel, informatiecategorie
 * "Woo-verzoeken en -besluiten" and the documenthandeling "vaststelling". Lakstift adds the
 * document's identifier and, as extraMetadata, its beoordeling and grounds.
 *
 * Element order and cardinality follow diwoo-metadata.xsd 0.9.8 (DiWooType is an xs:all; the
 * required ones are publisher, titelcollectie, classificatiecollectie and documenthandelingen).
 * The TOOI resource URIs are those of the standard's value lists as the platform writes them.
 */
import type { InventoryRow } from './inventory';
import { beoordelingLabel } from './inventory';

export const DIWOO_NS = 'https://standaarden.overheid.nl/diwoo/metadata/';
const TOOI_KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';
const TOOI_MINISTERIE = 'https://identifier.overheid.nl/tooi/id/ministerie/';

/** TOOI "informatiecategorie" of a Woo decision's documents (value list c_3baef532). */
export const WOO_VERZOEKEN = { resource: `${TOOI_KERN}c_3baef532`, label: 'Woo-verzoeken en -besluiten' } as const;
/** TOOI "soortHandeling" the platform records for a published document. */
export const VASTSTELLING = { resource: `${TOOI_KERN}c_641ecd76`, label: 'vaststelling' } as const;

/**
 * The ministries of the TOOI value list (identifier → name), so that a publisher named like one
 * of them gets its resource URI; any other organisation is written by name only (the resource
 * attribute is optional in the schema).
 */
const MINISTRIES: Record<string, string> = {
  mnre1010: 'ministerie van Algemene Zaken',
  mnre1162: 'ministerie van Asiel en Migratie',
  mnre1034: 'ministerie van Binnenlandse Zaken en Koninkrijksrelaties',
  mnre1013: 'ministerie van Buitenlandse Zaken',
  mnre1018: 'ministerie van Defensie',
  mnre1045: 'ministerie van Economische Zaken',
  mnre1090: 'ministerie van Financiën',
  mnre1130: 'ministerie van Infrastructuur en Waterstaat',
  mnre1058: 'ministerie van Justitie en Veiligheid',
  mnre1182: 'ministerie van Klimaat en Groene Groei',
  mnre1153: 'ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur',
  mnre1109: 'ministerie van Onderwijs, Cultuur en Wetenschap',
  mnre1073: 'ministerie van Sociale Zaken en Werkgelegenheid',
  mnre1025: 'ministerie van Volksgezondheid, Welzijn en Sport',
  mnre1171: 'ministerie van Volkshuisvesting en Ruimtelijke Ordening',
};

/** The publisher as DiWoo writes it: a label and, for a ministry of the TOOI list, its URI. @example publisherOf('Ministerie van Financiën').resource // '…/ministerie/mnre1090' */
export function publisherOf(name: string): { label: string; resource?: string } {
  const n = name.trim().toLowerCase();
  const hit = Object.entries(MINISTRIES).find(([, label]) => label.toLowerCase() === n);
  return hit ? { label: hit[1], resource: `${TOOI_MINISTERIE}${hit[0]}` } : { label: name.trim() };
}

function esc(s: string): string {
  // XML 1.0 has no place for most control characters: drop them rather than write an unreadable file.
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const el = (name: string, text: string, attrs: Record<string, string | undefined> = {}) =>
  `<diwoo:${name}${Object.entries(attrs).filter(([, v]) => v !== undefined).map(([k, v]) => ` ${k}="${esc(v!)}"`).join('')}>${esc(text)}</diwoo:${name}>`;

/**
 * The DiWoo record of one inventory row, as UTF-8 XML text.
 *
 * @example
 *   diwooRecord(row, { organisation: 'ministerie van Financiën', at: new Date() });
 *   // '<?xml version="1.0" encoding="UTF-8"?>\n<diwoo:Document xmlns:diwoo="https://standaarden.overheid.nl/diwoo/metadata/">…'
 */
export function diwooRecord(row: InventoryRow, opts: { organisation: string; at: Date }): string {
  const publisher = publisherOf(opts.organisation || 'onbekend');
  // atTime is an xs:dateTime: the document's date at midnight UTC, or the export time when it has none.
  const atTime = row.date ? `${row.date}T00:00:00Z` : `${opts.at.toISOString().slice(0, 19)}Z`;
  const extra: [string, string[]][] = [
    ['beoordeling', [beoordelingLabel(row.beoordeling)]],
    ...(row.grounds.length > 0 ? [['beoordelingsgrond', row.grounds] as [string, string[]]] : []),
    ...(row.caseNumber ? [['zaaknummer', [row.caseNumber]] as [string, string[]]] : []),
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<diwoo:Document xmlns:diwoo="${DIWOO_NS}">`,
    '  <diwoo:DiWoo>',
    `    <diwoo:identifiers>${el('identifier', row.matter ? `${row.matter}-${row.number}` : row.number)}</diwoo:identifiers>`,
    `    ${el('publisher', publisher.label, { resource: publisher.resource })}`,
    `    <diwoo:titelcollectie>${el('officieleTitel', row.title || row.number)}</diwoo:titelcollectie>`,
    `    <diwoo:classificatiecollectie><diwoo:informatiecategorieen>${el('informatiecategorie', WOO_VERZOEKEN.label, { resource: WOO_VERZOEKEN.resource })}</diwoo:informatiecategorieen></diwoo:classificatiecollectie>`,
    ...(row.date ? [`    ${el('creatiedatum', row.date)}`] : []),
    `    <diwoo:documenthandelingen><diwoo:documenthandeling>${el('soortHandeling', VASTSTELLING.label, { resource: VASTSTELLING.resource })}${el('atTime', atTime)}</diwoo:documenthandeling></diwoo:documenthandelingen>`,
    '  </diwoo:DiWoo>',
    '  <diwoo:extraMetadata><diwoo:extraMetadatavelden>',
    ...extra.map(([key, values]) => `    <diwoo:extraMetadataveld>${el('key', key)}<diwoo:values>${values.map((v) => el('value', v)).join('')}</diwoo:values></diwoo:extraMetadataveld>`),
    '  </diwoo:extraMetadatavelden></diwoo:extraMetadata>',
    '</diwoo:Document>',
    '',
  ];
  return lines.join('\n');
}
