/**
 * The dossier: one Wob/Woo request, its documents, every redaction decided on them and the
 * trail of who decided what (DESIGN.md "Dossier file", issue #5).
 *
 * The dossier is INTERNAL: a redaction keeps the text under its box (`Redaction.text`) so that
 * "redact every occurrence" and the consistency checks work. Nothing that leaves Lakstift for
 * publication (bundle, inventory, redaction log, manifest) ever copies that text; the export
 * functions in shared/export take care to write only its length.
 */
import type { Law, SuggestionCategory } from '../contract';
import type { Rect } from '../pdf/types';

/**
 * Version of the project-file format written by this build (see schema.ts for migrations).
 * 2: duplicate/thread/family groups (`Dossier.groups`) and `DossierDocument.duplicateOf` (issue #16).
 * 3: documents may list pages that could not be read (`unreadPages`, issue #12); a build that
 * does not know them must not open such a file, or it would publish unread pages unseen.
 * 4: review statuses, comments, review settings, and a hash-chained audit log (issue #15).
 * 5: audit actions 'edit-redaction' and 'remove-redaction' (issue #14: boxes moved, resized, removed).
 */
export const DOSSIER_SCHEMA_VERSION = 6;

/**
 * The judgement of a document, in the words of the inventory list. The first four are what
 * the Woo publication platform imports; "buiten reikwijdte" (outside the request's scope) is
 * for the officer's own use and is left out of published lists.
 */
export type Beoordeling = 'openbaar' | 'deels openbaar' | 'niet openbaar' | 'reeds openbaar' | 'buiten reikwijdte';

export const BEOORDELINGEN: readonly Beoordeling[] = [
  'openbaar', 'deels openbaar', 'niet openbaar', 'reeds openbaar', 'buiten reikwijdte',
];

/**
 * What the inventory shows for a document: its beoordeling, or "niet beoordeeld" while it has
 * pages that could not be read and that no officer has confirmed (issue #12). Lakstift derives
 * it; an officer cannot choose it.
 */
export type RowBeoordeling = Beoordeling | 'niet beoordeeld';

/**
 * A page without a usable text layer that could not be read (no OCR, no language data, OCR
 * failed): nothing was looked for on it. An officer who checked it by eye confirms it.
 */
export interface UnreadPage {
  /** 1-based page. */
  page: number;
  /** Why it could not be read, one sentence. */
  reason: string;
  /** Who confirmed the page was checked by eye, and when (ISO 8601). */
  confirmedBy?: string;
  confirmedAt?: string;
}

/**
 * Source type of a document as the publication platform names them ("File type" column).
 * Lakstift only reads PDFs, but a PDF printout of an e-mail is an e-mail to the reader.
 */
export type FileType = 'pdf' | 'email' | 'doc' | 'presentation' | 'spreadsheet' | 'image' | 'note' | 'chat';

/** The kind of document as the officer names it (the inventory's Type column; shared/app/doctype.ts recognises it). */
export const DOCUMENT_TYPES = ['e-mail', 'brief', 'nota', 'verslag', 'besluit', 'rapport', 'agenda', 'chat', 'overig'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export interface DossierDocument {
  /** Stable internal id (never shown; survives renumbering). */
  id: string;
  /** Document number as published: "0001", or what the officer set. Unique in the dossier. */
  number: string;
  /** Where the original lives (as the app or CLI gave it); the original is never modified. */
  path: string;
  /** SHA-256 of the original's bytes, lowercase hex: proves it is still the same file. */
  sha256: string;
  /** Title or e-mail subject as the inventory shows it. */
  title: string;
  /** Date of the document, YYYY-MM-DD, or '' when unknown. */
  date: string;
  /** Where `date` came from, so the officer knows which dates to check. */
  dateSource?: 'text' | 'file' | 'officer';
  fileType: FileType;
  /** The document type the officer set (absent: the one recognised from the text is shown). Schema 6. */
  documentType?: DocumentType;
  pageCount: number;
  /** The officer's judgement; absent means derived from the decisions (see shared/export). */
  beoordeling?: Beoordeling;
  /** Grounds for refusing the whole document (makes it "niet openbaar" unless set otherwise). */
  wholeDocumentGrounds: string[];
  /** Officer's override of the grounds column; absent means derived (union of the decisions). */
  listedGrounds?: string[];
  /** Toelichting: short remark shown in the inventory. */
  remarks: string;
  /** Where an already public document can be found ("reeds openbaar"). */
  publicLink: string;
  /** E-mail and its attachments (platform: numeric "Family ID"). */
  familyId: string;
  /** E-mails of one conversation (platform: numeric "Email Thread ID"). */
  threadId: string;
  /** Number of a related document ("Gerelateerd ID"). */
  relatedId: string;
  /** A third party objected and publication waits ("Opgeschort"). */
  suspended: boolean;
  /** The legal reviewer's verdict on the document as a whole (absent: not reviewed yet). */
  review?: DocumentReview;
  /** Pages that could not be read (issue #12); absent or empty when every page was read. */
  unreadPages?: UnreadPage[];
  /**
   * The id of the document this one is a copy of, once the officer accepted the duplicate group:
   * the inventory lists it as "Niet openbaar" on the ground "dubbel" and the bundle leaves it out.
   */
  duplicateOf?: string;
}

/**
 * Documents found together (shared/dossier/copies.ts): copies of one text, the e-mails of one
 * conversation, or an e-mail with the documents it lists as attachments. Found groups are
 * proposals; the officer accepts or splits each one.
 */
export interface DocumentGroup {
  /** "g1", "g2", … stable within the dossier. */
  id: string;
  kind: 'duplicate' | 'thread' | 'family';
  /** Member documents: for a duplicate group the first is the copy that is judged, the later ones are "dubbel". */
  documentIds: string[];
  status: 'proposed' | 'accepted' | 'split';
  /** Why these documents belong together, for the officer (never quotes redacted text). */
  reason: string;
  /** Lowest text similarity between a member and the first one (0–1), where measured. */
  similarity?: number;
}

/** Who acts: the Woo officer (behandelaar) decides, the legal reviewer (jurist) checks. */
export type Role = 'officer' | 'reviewer';

export const ROLES: readonly Role[] = ['officer', 'reviewer'];

/**
 * The reviewer's verdict on one redaction. 'resubmitted' means the officer changed the
 * redaction after the reviewer saw it (after a send-back, or a change to an approved one):
 * the reviewer must look again.
 */
export type ReviewStatus = 'approved' | 'sent-back' | 'resubmitted';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['approved', 'sent-back', 'resubmitted'];

export interface RedactionReview {
  status: ReviewStatus;
  /** Who set the status, and when (ISO 8601). */
  by: string;
  at: string;
  /** The grounds before the reviewer changed them (only when the reviewer did). */
  groundsBefore?: string[];
}

/** One remark in the conversation between reviewer and officer about a redaction. */
export interface ReviewComment {
  by: string;
  role: Role;
  at: string;
  text: string;
}

/** The reviewer's verdict on a whole document: reviewed (it can be final) or needs work. */
export interface DocumentReview {
  status: 'reviewed' | 'needs-work';
  by: string;
  at: string;
  comment?: string;
}

/** How strict the review is in this dossier; absent means the defaults below. */
export interface ReviewSettings {
  /** A reviewer may approve redactions they decided themselves (default false: four eyes). */
  allowSelfApproval: boolean;
  /** While anything is unreviewed or sent back, an export warns (default) or is refused. */
  exportPolicy: 'warn' | 'refuse';
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { allowSelfApproval: false, exportPolicy: 'warn' };

export type RedactionStatus = 'proposed' | 'accepted' | 'rejected';
export type RedactionOrigin = 'suggestion' | 'manual';

export interface Redaction {
  id: string;
  documentId: string;
  /** 1-based page. */
  page: number;
  /** Boxes in DESIGN.md's display coordinates, one per line the text spans. */
  rects: Rect[];
  /** Ground codes in the compact form of the dossier's law. */
  grounds: string[];
  category: SuggestionCategory | 'manual' | 'page';
  /** The text under the box. Internal only: exports write its length, never the text. */
  text: string;
  origin: RedactionOrigin;
  status: RedactionStatus;
  /** Redact the whole page rather than the rects. */
  wholePage?: boolean;
  /** For suggestions: detector confidence and reason, for the reviewer. */
  confidence?: number;
  reason?: string;
  /** Who made the latest decision on it, and when (ISO 8601). */
  decidedBy?: string;
  decidedAt?: string;
  /** The legal reviewer's verdict (absent: not reviewed yet). */
  review?: RedactionReview;
  /** Reviewer and officer remarks about it, oldest first. */
  comments?: ReviewComment[];
}

export type AuditAction =
  | 'create'
  | 'add-document'
  | 'remove-document'
  | 'add-suggestions'
  | 'add-redaction'
  | 'accept'
  | 'reject'
  | 'reopen'
  | 'change-grounds'
  | 'refuse-document'
  | 'set-beoordeling'
  | 'edit-document'
  | 'change-law'
  | 'edit-dossier'
  | 'confirm-unread'
  | 'find-groups'
  | 'accept-group'
  | 'split-group'
  | 'approve'
  | 'send-back'
  | 'unreview'
  | 'comment'
  | 'review-document'
  | 'review-settings'
  | 'import-redactions'
  | 'undo'
  | 'redo'
  /** Schema 5 (issue #14): a box moved or resized, a redaction removed. */
  | 'edit-redaction'
  | 'remove-redaction';

/**
 * One line of the audit trail. It names redactions by id and never holds redacted text.
 *
 * The trail is a hash chain (shared/dossier/audit.ts): when a dossier is saved, each new entry
 * gets `prev`, the hash of the entry before it, and `hash`, the SHA-256 of its own canonical
 * JSON (prev included, hash left out). Entries in memory that were not saved yet have neither.
 */
export interface AuditEntry {
  /** ISO 8601 time. */
  at: string;
  by: string;
  /** The role the person acted in (absent in entries written before roles existed, and by the command line). */
  role?: Role;
  action: AuditAction;
  documentId?: string;
  redactionIds?: string[];
  /** Short human-readable detail ("grounds 10.2.e → 10.2.g"). */
  detail?: string;
  /** A reviewer's or officer's remark that goes with the action (a send-back's reason). */
  comment?: string;
  /** Hash of the previous entry (for the first: of the dossier's id), 64 lowercase hex. */
  prev?: string;
  /** SHA-256 of this entry's canonical JSON without `hash`, 64 lowercase hex. */
  hash?: string;
}

/** The end of the sealed audit chain: how many entries it holds and the last one's hash. */
export interface AuditSeal {
  entries: number;
  head: string;
}

export interface Dossier {
  schemaVersion: typeof DOSSIER_SCHEMA_VERSION;
  id: string;
  title: string;
  law: Law;
  /** Zaaknummer(s) of the request; the platform's "Zaaknummer" column. */
  caseNumber: string;
  /** The platform's "Matter" (at least 2 characters); defaults to the case number. */
  matter: string;
  createdAt: string;
  updatedAt: string;
  documents: DossierDocument[];
  redactions: Redaction[];
  /** Duplicate, thread and family groups found in the documents (schema 2). */
  groups: DocumentGroup[];
  audit: AuditEntry[];
  /** How strict the legal review is (absent: DEFAULT_REVIEW_SETTINGS). */
  reviewSettings?: ReviewSettings;
  /** Written with the chain when the dossier is saved, so that a removed last entry shows. */
  auditSeal?: AuditSeal;
}

/** Who acts and when: passed into every decision so the functions stay pure. */
export interface ActionContext {
  by: string;
  /** ISO 8601 time of the action. */
  at: string;
  /** The role the person acts in; the command line and older callers leave it out (an officer). */
  role?: Role;
}
