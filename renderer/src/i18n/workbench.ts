// Teksten van de werkbank van de behandelaar (issue #14): zoeken en lakken, kaders, documenten
// weigeren en verwijderen, exportcontrole en bestanden. Eigen module zodat nl.ts/en.ts klein
// blijven; de taal volgt useI18n().
import type { Finding } from '../../../shared/export';
import type { DocumentType, PatternName } from '../../../shared/app';
import { useI18n } from '.';

const nl = {
  searchTitle: 'Zoeken en lakken',
  searchModeText: 'Woorden',
  searchModePattern: 'Patroon',
  searchModeRegex: 'Eigen reguliere expressie',
  searchPlaceholderText: 'bijv. een naam of zinsdeel',
  searchPlaceholderRegex: 'bijv. dossier\\s?\\d+',
  searchButton: 'Zoeken in dossier',
  patterns: { iban: 'Alle IBAN-nummers', bsn: 'Alle BSN\'s (elfproef)', mobile: 'Alle 06-nummers', email: 'Alle e-mailadressen', date: 'Alle datums', postcode: 'Alle postcodes' } as Record<PatternName, string>,
  searchHits: '{n} treffer(s) in {docs} document(en); vink aan wat gelakt moet worden.',
  searchNone: 'Niets gevonden in de tekst van het dossier.',
  searchInvalid: 'Dit is geen geldige reguliere expressie; controleer haakjes en tekens.',
  searchEmpty: 'Deze expressie past op lege tekst en zou niets lakken; maak haar specifieker.',
  searchEmptyQuery: 'Typ eerst waarnaar gezocht moet worden.',
  searchNotRead: 'Nog niet alle documenten zijn gelezen; zoek opnieuw als het lezen klaar is.',
  searchAll: 'Alles',
  searchGround: 'Grond',
  searchRedact: '{n} lakken',
  searchDone: '{n} plek(ken) gelakt (één stap ongedaan te maken met Ctrl+Z).',
  searchDoc: 'document {n}, p. {p}',
  repeatTitle: 'Kader herhalen op pagina\'s',
  repeatFrom: 'van',
  repeatTo: 'tot en met',
  repeatButton: 'Herhalen',
  repeatHint: 'Kies eerst een eigen kader (bijv. een briefhoofd).',
  ownBoxNoText: 'Eigen kader (geen tekst eronder)',
  pageOnly: 'Alleen pagina {page}',
  pageOnlyHint: 'Toont alleen de lakkingen van de pagina in beeld; j/k en a/r blijven op die pagina.',
  pageOnlyNone: 'Geen suggesties of lakkingen op pagina {page}.',
  sameTextAlso: 'Ook de {n} andere plek(ken) met dezelfde tekst in het dossier',
  selectionCount: '{n} geselecteerd',
  boxKeysHint: 'Alt+pijl: kader verplaatsen · Alt+Shift+pijl: groter/kleiner · Delete: verwijderen',
  docActions: 'Acties voor dit document',
  refuseDoc: 'Geheel weigeren…',
  refuseDocTitle: 'Document {n} geheel weigeren',
  refuseDocText: 'Het document wordt "niet openbaar" op de gekozen grond(en) en komt niet in het pakket.',
  refuseDocApply: 'Weigeren',
  refuseDocWithdraw: 'Weigering intrekken',
  removeDoc: 'Uit dossier verwijderen',
  removeDocConfirm: 'Document {n} "{title}" met zijn lakken uit het dossier verwijderen? (Ctrl+Z maakt dit ongedaan.)',
  exportRefused: 'Export geweigerd: het dossier heeft {n} fout(en) die publicatie tegenhouden. Er is niets weggeschreven. Los ze op en exporteer opnieuw.',
  exportDoneWarnings: 'Klaar, met {n} waarschuwing(en) in controle.txt: {files} bestanden in {location}',
  goTo: 'ga naar',
  findingsTitle: 'Bevindingen',
  notPdf: '{file} is geen PDF en is niet toegevoegd; sla het document eerst op als PDF en voeg het dan toe.',
  unreadablePdf: '{file} kon niet als PDF worden gelezen (beschadigd of onvolledig) en is niet toegevoegd; vraag een nieuw exemplaar op of sla het opnieuw op als PDF.',
  passwordGivenUp: '{file} is met een wachtwoord beveiligd en is niet geopend: er is geen wachtwoord gegeven. Voeg het opnieuw toe en vul het wachtwoord in.',
  alreadyInDossier: '{file} zit al in het dossier en is niet nogmaals toegevoegd.',
  exportBusyPages: 'Bezig: {label} ({pct}%)',
  reAddOne: '{file} is niet geopend in dit venster; voeg het opnieuw toe met "PDF\'s toevoegen" (de beslissingen blijven staan).',
  reAddAll: 'De PDF\'s van dit dossier zijn na het herladen niet meer geopend. Voeg ze opnieuw toe met "PDF\'s toevoegen": {files}. De beslissingen blijven staan.',
  dateInvalid: '"{value}" is geen datum; typ de datum als dd-mm-jjjj (bijv. 05-03-2024) of als 5 maart 2024.',
  docTypeLabel: 'Soort document',
  docTypes: { 'e-mail': 'e-mail', brief: 'brief', nota: 'nota', verslag: 'verslag', besluit: 'besluit', rapport: 'rapport', agenda: 'agenda', chat: 'chat', overig: 'overig' } as Record<DocumentType, string>,
  docTypeRecognised: 'herkend',
  docTypeFound: 'Herkend — {reason}. Kies een andere soort als dit niet klopt.',
  docTypeByOfficer: 'Gekozen door de behandelaar; Lakstift herkende: {found}.',
  docTypeUnknown: 'onbekend',
  docTypeNotRead: 'Het document is (nog) niet gelezen; de soort wordt herkend zodra de tekst er is. U kunt hem ook zelf kiezen.',
  fileTypes: { pdf: 'PDF', email: 'e-mail', doc: 'document', presentation: 'presentatie', spreadsheet: 'spreadsheet', image: 'afbeelding', note: 'nota', chat: 'chat' } as Record<string, string>,
};

type WorkbenchStrings = typeof nl;

const en: WorkbenchStrings = {
  searchTitle: 'Search and redact',
  searchModeText: 'Words',
  searchModePattern: 'Pattern',
  searchModeRegex: 'Own regular expression',
  searchPlaceholderText: 'e.g. a name or phrase',
  searchPlaceholderRegex: 'e.g. case\\s?\\d+',
  searchButton: 'Search the dossier',
  patterns: { iban: 'All IBANs', bsn: 'All BSNs (check digit)', mobile: 'All mobile (06) numbers', email: 'All e-mail addresses', date: 'All dates', postcode: 'All postcodes' },
  searchHits: '{n} hit(s) in {docs} document(s); tick what must be redacted.',
  searchNone: 'Nothing found in the text of the dossier.',
  searchInvalid: 'This is not a valid regular expression; check brackets and characters.',
  searchEmpty: 'This expression matches empty text and would redact nothing; make it more specific.',
  searchEmptyQuery: 'Type what to search for first.',
  searchNotRead: 'Not every document has been read yet; search again when reading is done.',
  searchAll: 'All',
  searchGround: 'Ground',
  searchRedact: 'Redact {n}',
  searchDone: '{n} place(s) redacted (one step, Ctrl+Z undoes it).',
  searchDoc: 'document {n}, p. {p}',
  repeatTitle: 'Repeat box on pages',
  repeatFrom: 'from',
  repeatTo: 'to',
  repeatButton: 'Repeat',
  repeatHint: 'Choose one of your own boxes first (e.g. a letterhead).',
  ownBoxNoText: 'Own box (no text under it)',
  pageOnly: 'Only page {page}',
  pageOnlyHint: 'Shows only the redactions of the page in view; j/k and a/r stay on that page.',
  pageOnlyNone: 'No suggestions or redactions on page {page}.',
  sameTextAlso: 'Also the {n} other place(s) with the same text in the dossier',
  selectionCount: '{n} selected',
  boxKeysHint: 'Alt+arrow: move box · Alt+Shift+arrow: resize · Delete: remove',
  docActions: 'Actions for this document',
  refuseDoc: 'Refuse whole…',
  refuseDocTitle: 'Refuse document {n} as a whole',
  refuseDocText: 'The document becomes "niet openbaar" on the chosen ground(s) and is left out of the bundle.',
  refuseDocApply: 'Refuse',
  refuseDocWithdraw: 'Withdraw refusal',
  removeDoc: 'Remove from dossier',
  removeDocConfirm: 'Remove document {n} "{title}" and its redactions from the dossier? (Ctrl+Z undoes this.)',
  exportRefused: 'Export refused: the dossier has {n} error(s) that stop publication. Nothing was written. Resolve them and export again.',
  exportDoneWarnings: 'Done, with {n} warning(s) in controle.txt: {files} files in {location}',
  goTo: 'go to',
  findingsTitle: 'Findings',
  notPdf: '{file} is not a PDF and was not added; save the document as PDF first, then add it.',
  unreadablePdf: '{file} could not be read as a PDF (damaged or incomplete) and was not added; ask for a new copy or save it as PDF again.',
  passwordGivenUp: '{file} is password-protected and was not opened: no password was given. Add it again and enter the password.',
  alreadyInDossier: '{file} is already in the dossier and was not added again.',
  exportBusyPages: 'Working: {label} ({pct}%)',
  reAddOne: '{file} is not open in this window; add it again with "Add PDFs" (the decisions stay).',
  reAddAll: 'The PDFs of this dossier are no longer open after the reload. Add them again with "Add PDFs": {files}. The decisions stay.',
  dateInvalid: '"{value}" is not a date; type it as dd-mm-yyyy (e.g. 05-03-2024) or as 5 March 2024.',
  docTypeLabel: 'Document type',
  docTypes: { 'e-mail': 'e-mail', brief: 'letter', nota: 'memo', verslag: 'minutes', besluit: 'decision', rapport: 'report', agenda: 'agenda', chat: 'chat', overig: 'other' },
  docTypeRecognised: 'recognised',
  docTypeFound: 'Recognised — {reason}. Choose another type if this is wrong.',
  docTypeByOfficer: 'Chosen by the officer; Lakstift recognised: {found}.',
  docTypeUnknown: 'unknown',
  docTypeNotRead: 'The document has not been read (yet); its type is recognised once its text is there. You can also choose it yourself.',
  fileTypes: { pdf: 'PDF', email: 'e-mail', doc: 'document', presentation: 'presentation', spreadsheet: 'spreadsheet', image: 'image', note: 'note', chat: 'chat' },
};

export const WORKBENCH = { nl, en };

export function fill(s: string, vars: Record<string, string | number>): string {
  return s.replace(/\{(\w+)\}/g, (m, v: string) => (v in vars ? String(vars[v]) : m));
}

export function useWorkbench(): WorkbenchStrings {
  return WORKBENCH[useI18n().lang];
}

/**
 * A consistency finding in the officer's terms (the core's messages are English): by kind,
 * with the document and page it is about.
 */
export function findingText(f: Pick<Finding, 'kind' | 'document' | 'page' | 'message'>, lang: 'nl' | 'en'): string {
  if (lang === 'en') return f.message;
  const doc = f.document ?? '?';
  const quoted = /"([^"]+)"/.exec(f.message)?.[1];
  switch (f.kind) {
    case 'grounds-missing-from-list': return `Document ${doc} gebruikt gronden die de inventarislijst niet noemt; neem ze op in de rij of maak de eigen gronden van de rij leeg.`;
    case 'unknown-ground': return `Document ${doc} noemt een code die geen grond van deze wet is; verbeter de code.`;
    case 'openbaar-with-redactions': return `Document ${doc} staat op "openbaar" maar heeft lakken; zet het op "deels openbaar" of wijs de lakken af.`;
    case 'niet-openbaar-without-grounds': return `Document ${doc} is niet (geheel) openbaar zonder weigeringsgrond; geef de grond(en) waarop het wordt geweigerd.`;
    case 'reeds-openbaar-without-link': return `Document ${doc} staat op "reeds openbaar" zonder vindplaats; vul de link in.`;
    case 'no-date': return /has no date;/.test(f.message) ? `Document ${doc} heeft geen datum; vul de datum van het document in (dd-mm-jjjj).` : `Document ${doc} heeft geen datum in de tekst; de datum komt van het bestand, controleer hem.`;
    case 'proposed-left': return `Document ${doc} heeft nog suggesties die niet zijn beoordeeld; accepteer of wijs ze af.`;
    case 'title-reveals-redacted': return `De titel of opmerking van document ${doc} bevat gelakte tekst${quoted ? ` ("${quoted}")` : ''}; geef een neutrale titel.`;
    case 'no-text-layer': return `Document ${doc} heeft geen tekstlaag (een scan?), dus Lakstift kon er niets in zoeken; laat er eerst OCR op lopen of controleer elke pagina met het oog.`;
    case 'readable-elsewhere': return `De gelakte tekst "${quoted ?? '…'}" is nog leesbaar in document ${doc}${f.page ? ` op pagina ${f.page}` : ''}; lak elk voorkomen of heroverweeg.`;
    case 'copies-differ': return `Documenten vanaf ${doc} zijn kopieën van één tekst maar zijn verschillend gelakt; lak ze gelijk of markeer de latere als "dubbel".`;
    case 'group-undecided': return `Documenten vanaf ${doc} lijken kopieën van één tekst; accepteer de groep of splits haar.`;
    case 'platform-warning': return `Het publicatieplatform waarschuwt: ${f.message.replace(/^Productierapport: /, '')}`;
    case 'no-organisation': return 'Er is geen publicerende organisatie opgegeven; de DiWoo-metadata noemen er dan geen.';
    default: return f.message;
  }
}
