// Benchmark reference: MuPDF.js redaction of the same boxes Lakstift gets, run as a child
// process by bench/run.mjs. MuPDF.js is AGPL: benchmark use only, never imported by shipped code.
//   node bench/mupdf-redact.mjs in.pdf decisions.json out.pdf
// decisions.json: {"redactions":[{"page":1,"rects":[[x0,y0,x1,y1]],"grounds":[…]}]}, rects in
// DESIGN.md's coordinates: points, top-left origin of the page as displayed (after /Rotate).
import { readFileSync, writeFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const [input, decisionsFile, output] = process.argv.slice(2);
const decisions = JSON.parse(readFileSync(decisionsFile, 'utf8'));
const doc = mupdf.Document.openDocument(readFileSync(input), 'application/pdf');

const byPage = new Map();
for (const r of decisions.redactions) {
  const list = byPage.get(r.page) ?? [];
  list.push(...r.rects);
  byPage.set(r.page, list);
}
let boxes = 0;
for (const [pageNo, rects] of byPage) {
  const page = doc.loadPage(pageNo - 1);
  // MuPDF's page space is already the displayed page: /Rotate and the crop box are applied,
  // origin top-left, y down. Its bounds need not start at 0,0 (a crop box offset moves them),
  // so shift our crop-box-relative rectangles by the bounds' origin. Annotation rectangles
  // set here are mapped back to PDF user space by MuPDF itself (inverse page transform), which
  // is what makes rotated pages come out right.
  const [bx, by] = page.getBounds();
  for (const [x0, y0, x1, y1] of rects) {
    const annot = page.createAnnotation('Redact');
    annot.setRect([bx + x0, by + y0, bx + x1, by + y1]);
    boxes++;
  }
  // Black boxes; image pixels under the box blanked; line art left; covered text removed.
  page.applyRedactions(true, mupdf.PDFPage.REDACT_IMAGE_PIXELS, mupdf.PDFPage.REDACT_LINE_ART_NONE,
    mupdf.PDFPage.REDACT_TEXT_REMOVE);
  page.destroy();
}
// garbage: drop objects no longer referenced, so removed text cannot survive in the file.
const buf = doc.saveToBuffer('garbage,compress');
writeFileSync(output, buf.asUint8Array());
process.stdout.write(JSON.stringify({ pages: doc.countPages(), boxes, bytes: buf.getLength() }) + '\n');
