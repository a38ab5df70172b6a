/**
 * Safety limits for hostile input (issue #2, item 7). Every loop over file-controlled data
 * is bounded by one of these, and hitting one raises LimitExceededError, never a hang.
 */
export interface PdfLimits {
  /** Largest decoded size of one stream, in bytes. */
  maxStreamBytes: number;
  /** Largest decoded size of all streams decoded for one page. */
  maxPageBytes: number;
  /** Deepest nesting of form XObjects (Do inside Do). */
  maxFormDepth: number;
  /** Deepest q nesting honoured (deeper q's are counted but not stacked). */
  maxGraphicsStack: number;
  /** Operators interpreted per page. */
  maxOpsPerPage: number;
  /** Glyphs shown per page. */
  maxGlyphsPerPage: number;
  /** Deepest array/dict nesting in a content stream. */
  maxOperandDepth: number;
  /** Nodes visited in the page tree. */
  maxPageTreeNodes: number;
}

export const DEFAULT_LIMITS: PdfLimits = {
  maxStreamBytes: 256 * 1024 * 1024,
  maxPageBytes: 512 * 1024 * 1024,
  maxFormDepth: 32,
  maxGraphicsStack: 256,
  maxOpsPerPage: 5_000_000,
  maxGlyphsPerPage: 2_000_000,
  maxOperandDepth: 64,
  maxPageTreeNodes: 1_000_000,
};
