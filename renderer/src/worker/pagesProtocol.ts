/**
 * The messages between the viewer and the worker that draws its pages (pages.worker.ts,
 * issue #17 item 2). A picture travels as a transferred ImageBitmap: moved, not copied.
 */

/** Viewer → worker. */
export type PagesRequest =
  /** A document the viewer shows, under the viewer's number for it (the bytes are a copy). */
  | { type: 'open'; doc: number; bytes: Uint8Array; password?: string }
  /**
   * Draw one page at `scale` (CSS pixels per PDF point) times `dpr` (device pixels per CSS
   * pixel). With `target` the picture goes straight into the page's canvas, whose control the
   * viewer gave the worker (`canvas`, sent with the first drawing for it); without, it comes back.
   */
  | { type: 'draw'; id: number; doc: number; page: number; scale: number; dpr: number; target?: number; canvas?: OffscreenCanvas }
  /** The page's canvas left the document. */
  | { type: 'release'; target: number }
  /** The page left the view or its zoom changed: its picture is no longer wanted. */
  | { type: 'cancel'; id: number }
  /** The viewer forgot the document. */
  | { type: 'close'; doc: number };

/**
 * Worker → viewer: the picture of a `draw`, or null (cancelled, or the page could not be drawn
 * there: `error`); `shown` when it went into the page's canvas.
 */
export type PagesReply = { type: 'drawn'; id: number; bitmap: ImageBitmap | null; shown?: boolean; error?: string };
