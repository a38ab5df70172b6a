/**
 * The detector plug-in shape (STYLE.md "Detectors as small plugins with provenance"): plain
 * registered objects `{ id, category, run(ctx) }` that return candidates with a reason a
 * reviewer can read. `suggestDocument` turns candidates into contract `Suggestion`s.
 */
import type { Law, SuggestionCategory } from '../contract';
import type { PageText } from '../pdf/textTypes';

export interface Candidate {
  category: SuggestionCategory;
  /** Character range in the page text. */
  start: number;
  end: number;
  confidence: number;
  /** Why, in words a reviewer can read ("titel 'mevrouw' + initialen"). */
  reason: string;
  /** Set when the text was found but must stay readable (public role, general number): goes to `kept`. */
  keep?: boolean;
  /** E-mail: a functional mailbox rather than a person (10.2.g / 5.1.2i). */
  mailbox?: boolean;
  /**
   * For a passage read from the column view: the pieces of the page text it consists of (the
   * text model may have interleaved another column between them). `start`/`end` span them all.
   */
  ranges?: [number, number][];
}

/** A name the document has shown to be a person's, for finding its other mentions. */
export interface KnownName {
  /** Surname as written ("Boer-Bakker", "Vries"), with its particle if any ("de"). */
  surname?: string;
  particle?: string;
  firstName?: string;
  /** The full mention as first found. */
  full: string;
  page: number;
  /** A public-role holder: other mentions are kept too. */
  public: boolean;
  /** Found where only a person's name stands (header, signature, title, label, contact table): its other forms may be suggested. */
  confident?: boolean;
  /** The document it was found in, when it came from another document of the dossier. */
  document?: string;
  /** A short code that stands for the person (staff initials in a legend: "BAK = Bola Akande"). */
  code?: string;
}

export interface DocumentMemory {
  names: KnownName[];
  /** Confident and public names of every document of the dossier, each with its document (shared, read-only). */
  dossier?: readonly KnownName[];
}

/**
 * What a whole document says about itself, computed once before the detectors run: its
 * language, whether it is a paper of an elected assembly (council minutes, parliamentary papers),
 * and the lines printed in the header or footer of most pages.
 */
export interface DocumentProfile {
  language: 'nl' | 'en';
  /** Minutes, decision lists or papers of a council, the States or parliament: persons named there act in public roles. */
  assembly: boolean;
  /** Lines (whitespace collapsed) that stand at the top or bottom of at least two pages and most pages. */
  boilerplate: ReadonlySet<string>;
  /** Per phone number (national digits): on how many pages of the document it stands. */
  phonePages: ReadonlyMap<string, number>;
  pageCount: number;
}

/** What the other documents of the dossier taught (empty for a single document). */
export interface DossierFacts {
  /** Per phone number (national digits): in how many documents it stands without a person's label. */
  phoneDocuments: ReadonlyMap<string, number>;
  /**
   * Per functional mailbox (full address, lower case): in how many documents it stands outside a
   * message's header fields with no colleague addressed (absent for a single document).
   */
  mailDocuments?: ReadonlyMap<string, number>;
  /**
   * Per fixed or 084-091 phone number (national digits): the persons (by surname, lower case, to the
   * name as written) under whose signature or name it stands anywhere in the dossier (absent for a
   * single document).
   */
  phoneSigners?: ReadonlyMap<string, ReadonlyMap<string, string>>;
  documentCount: number;
}

export interface DetectOptions {
  law: Law;
  /** Names that stay readable whatever the context (public officials of this dossier). */
  allowlist?: string[];
  /** Known general numbers (switchboards) that stay readable, in any written form. */
  switchboards?: string[];
}

export interface DetectContext {
  page: PageText;
  text: string;
  /** All pages of the document (for detectors that need the neighbours). */
  pages: readonly PageText[];
  memory: DocumentMemory;
  options: DetectOptions;
  profile: DocumentProfile;
  dossier: DossierFacts;
}

export interface Detector {
  id: string;
  category: SuggestionCategory;
  /**
   * 1 (default): runs on every page first. 2: runs after every phase-1 detector has seen the
   * whole document (finding other mentions of names found elsewhere).
   */
  phase?: 1 | 2;
  run(ctx: DetectContext): Candidate[];
  /**
   * The detector's work on one page that needs nothing but the page, cached by page: done while
   * the page's model is in hand, before a long document's page is released (shared/pageModels.ts,
   * issue #17), so that a step over every page (a running header, numbers on most pages) does
   * not read every page again. Must give what `run` would compute itself.
   */
  prepare?(page: PageText): void;
}
