/**
 * The command line's JSON contract (DESIGN.md "Command line contract"), defined once and
 * shared by the CLI, the app and the tests.
 */
import type { Rect } from './pdf/types';
import type { SuggestionCategory } from './categories';

export type Law = 'wob' | 'woo';

/** `lakstift text --json` */
export interface TextOutput {
  pages: { page: number; width: number; height: number; words: { text: string; rect: Rect }[] }[];
}

/** Categories are defined once, in shared/categories.ts. */
export type { SuggestionCategory } from './categories';

export interface Suggestion {
  id: string;
  /** 1-based page number. */
  page: number;
  category: SuggestionCategory;
  text: string;
  /** Ground codes in the compact form of the chosen law ("10.2.e", "5.1.2e"). */
  grounds: string[];
  confidence: number;
  /** Why, in words a reviewer can read ("titel 'mevrouw' + initialen"). */
  reason: string;
  /** One rectangle per line the text spans. */
  rects: Rect[];
  /** The detector that made it (provenance). */
  detector?: string;
  /** For e-mail: the local part belongs to a functional mailbox rather than a person. */
  mailbox?: boolean;
}

export interface SuggestDocument {
  file: string;
  pageCount: number;
  suggestions: Suggestion[];
  /** Found but deliberately not suggested (public role, general number), with the reason. */
  kept: Suggestion[];
  /** Pages whose text was read by OCR (issue #12), when there are any. */
  ocrPages?: number[];
  /** Pages without a usable text layer that could not be read, and why (the document is "niet beoordeeld"). */
  unreadPages?: { page: number; reason: string }[];
}

export interface SuggestOutput {
  law?: Law;
  documents: SuggestDocument[];
}

/** One decided redaction (`redact --decisions`). */
export interface RedactionDecision {
  page: number;
  rects: Rect[];
  grounds: string[];
  /** Optional: the text under the box, which verify then also searches for. */
  text?: string;
  /** Redact the whole page. */
  wholePage?: boolean;
}

/**
 * A text Lakstift found and kept readable on purpose (a public official, a general number, a
 * suggestion the officer rejected), with the reason. Verify does not count it as a leak where
 * it stays readable on its own page, even when the same text is redacted elsewhere.
 */
export interface KeptText {
  /** 1-based page where it stays readable. */
  page: number;
  text: string;
  /** Why it stays readable, in words a reviewer can read. */
  reason: string;
  rects?: Rect[];
}

export interface DecisionsFile {
  redactions: RedactionDecision[];
  /** Texts kept readable on purpose (suggest's "kept", rejected suggestions); optional. */
  kept?: KeptText[];
}
