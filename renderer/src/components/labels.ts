/**
 * The ground code written on an accepted box: as large as the box allows (at most 12 px), and
 * not at all when it would not fit readably, so a code never spills over a small box onto the
 * text beside it (issue #14).
 */
/** Average advance of a character of the label font, as a share of its size. */
const CHAR_WIDTH = 0.62;
const MIN_SIZE = 6;

/** Font size in CSS px for `text` in a box of `w` × `h` CSS px, or null when it cannot be read there. */
export function labelSize(text: string, w: number, h: number): number | null {
  const size = Math.min(12, h * 0.7, w / Math.max(1, text.length * CHAR_WIDTH));
  return size >= MIN_SIZE ? size : null;
}
