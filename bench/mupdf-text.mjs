// Benchmark reference: MuPDF.js (WebAssembly) text extraction of every page, run as a child
// process by bench/run.mjs so its time and peak memory are measured like the native tools.
// MuPDF.js is AGPL: it is used here only as a yardstick and never imported by shipped code.
//   node bench/mupdf-text.mjs file.pdf   → prints pages and characters extracted as JSON
import { readFileSync } from 'node:fs';
import * as mupdf from 'mupdf';

const file = process.argv[2];
const doc = mupdf.Document.openDocument(readFileSync(file), 'application/pdf');
const n = doc.countPages();
let chars = 0;
for (let i = 0; i < n; i++) {
  const page = doc.loadPage(i);
  // Plain text of the page, as pdftotext and `mutool draw -F txt` produce it.
  const st = page.toStructuredText('preserve-whitespace');
  chars += st.asText().length;
  st.destroy();
  page.destroy();
}
process.stdout.write(JSON.stringify({ pages: n, chars }) + '\n');
