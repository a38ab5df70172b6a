// The scanned-document part of `npm run eval` (issue #12), kept apart from scripts/eval.mjs:
//
// - scannedCheck: redacts each scanned document with Lakstift's own suggestions
//   (`lakstift redact --decisions <suggest output> --ocr-layer`) and checks the output three ways:
//     text-layer leaks  characters that pdftotext still finds under a box (centre inside it),
//                       apart from the ground codes Lakstift writes there;
//     pixel leaks       boxes whose area is not uniformly filled when the output is rendered
//                       with text and vector graphics switched off (Ghostscript -dFILTERTEXT
//                       -dFILTERVECTOR), so only the page image is drawn: its pixels under the
//                       box must all be the fill colour;
//     searchable        must-keep strings (and their words) that pdftotext finds in the output,
//                       which before redaction had no text layer at all.
// - ensureSkewedScans: image-only copies of some documents of ../shared/corpus, each page turned
//   a few degrees and speckled like a scan, with the text-only truth of the original
//   (.cache/scans; rebuilt when this file changes).
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { pdftotextChars } from './corpus/label.mjs';

const execFileP = promisify(execFile);
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const cli = path.join(root, 'cli', 'bin', 'lakstift.mjs');

const centreIn = (r, b) => {
  const cx = (r[0] + r[2]) / 2, cy = (r[1] + r[3]) / 2;
  return cx >= b[0] && cx <= b[2] && cy >= b[1] && cy <= b[3];
};
const CODE = /\d{1,2}\.\d(?:\.\d)?(?:\.?[a-z](?![a-z]))?/gi;

/** pdftotext's characters per page (word boxes split evenly), ground-code labels left out. */
function popplerChars(file) {
  return pdftotextChars(file).map((chars) => {
    const str = chars.map((c) => c.c).join('');
    const label = new Array(chars.length).fill(false);
    for (const m of str.matchAll(CODE)) for (let i = m.index; i < m.index + m[0].length; i++) label[i] = true;
    return chars.filter((c, i) => !label[i] && /[\p{L}\p{N}@]/u.test(c.c));
  });
}

/** Grey pages of a PDF rendered with only its images drawn (no text, no vector graphics). */
function imageOnlyPages(file, dpi, tmp) {
  const out = path.join(tmp, 'img-%d.pgm');
  execFileSync('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-dFILTERTEXT', '-dFILTERVECTOR', '-sDEVICE=pgmraw', `-r${dpi}`, `-sOutputFile=${out}`, file], { stdio: 'ignore' });
  const pages = [];
  for (let i = 1; existsSync(out.replace('%d', i)); i++) {
    const b = readFileSync(out.replace('%d', i));
    // Header: P5, optional comment lines, width height, maxval.
    const text = b.toString('latin1', 0, 200);
    const m = /^P5\s+(?:#[^\n]*\n\s*)*(\d+)\s+(\d+)\s+(\d+)\s/.exec(text);
    pages.push({ width: +m[1], height: +m[2], data: b.subarray(m[0].length) });
    rmSync(out.replace('%d', i));
  }
  return pages;
}

/** Min and max grey of a box (points) on a rendered page, inset by 1.5 pixels. */
function boxRange(pg, box, dpi) {
  const s = dpi / 72;
  const x0 = Math.ceil(box[0] * s + 1.5), y0 = Math.ceil(box[1] * s + 1.5);
  const x1 = Math.floor(box[2] * s - 1.5), y1 = Math.floor(box[3] * s - 1.5);
  let min = 255, max = 0;
  for (let y = Math.max(0, y0); y <= Math.min(pg.height - 1, y1); y++) {
    for (let x = Math.max(0, x0); x <= Math.min(pg.width - 1, x1); x++) {
      const v = pg.data[y * pg.width + x];
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return max >= min ? { min, max } : null;
}

/**
 * Redacts scanned documents with their suggestions and checks text layer, pixels and searchability.
 * `results` are `lakstift suggest` documents in the order of `docs`; `count(text, s)` counts a
 * string in extracted text the way eval.mjs does.
 */
export async function scannedCheck(docs, results, tmp, count) {
  const res = { documents: 0, boxes: 0, textLeaks: [], pixelLeaks: [], failed: [], keepsChecked: 0, keepsFound: 0, keepsMissing: [], keepWords: 0, keepWordsFound: 0 };
  for (const [i, doc] of docs.entries()) {
    const sugg = results[i].suggestions;
    const decisions = path.join(tmp, `s${i}.json`);
    const out = path.join(tmp, `s${i}.pdf`);
    writeFileSync(decisions, JSON.stringify({ redactions: sugg.map((s) => ({ page: s.page, rects: s.rects, grounds: s.grounds, text: s.text })) }));
    try {
      await execFileP(process.execPath, [cli, 'redact', doc.path, '-o', out, '--decisions', decisions, '--ocr-layer'], { maxBuffer: 1 << 26 });
    } catch (e) {
      res.failed.push({ file: doc.file, error: String(e.stderr || e.message).trim().split('\n')[0] });
      continue;
    }
    res.documents++;
    const chars = popplerChars(out);
    const dpi = 100;
    const pages = imageOnlyPages(out, dpi, tmp);
    for (const s of sugg) {
      for (const box of s.rects) {
        res.boxes++;
        const under = (chars[s.page - 1] ?? []).filter((c) => centreIn(c.box, box)).map((c) => c.c).join('');
        if (under) res.textLeaks.push({ file: doc.file, page: s.page, text: s.text, extracted: under });
        const range = pages[s.page - 1] ? boxRange(pages[s.page - 1], box, dpi) : null;
        if (range && range.max - range.min > 8) res.pixelLeaks.push({ file: doc.file, page: s.page, text: s.text, grey: `${range.min}..${range.max}` });
      }
    }
    const after = execFileSync('pdftotext', [out, '-'], { encoding: 'utf8', maxBuffer: 1 << 28 }).split('\f');
    for (const k of doc.truth.mustKeep ?? []) {
      res.keepsChecked++;
      if (count(after[k.page - 1] ?? '', k.text) > 0) res.keepsFound++;
      else res.keepsMissing.push({ file: doc.file, page: k.page, text: k.text });
      // Word by word too: an extractor may split a line of a skewed scan, and a search is for words.
      for (const w of k.text.split(/\s+/).map((x) => x.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean)) {
        res.keepWords++;
        if (count(after[k.page - 1] ?? '', w) > 0) res.keepWordsFound++;
      }
    }
  }
  return res;
}

// --- skewed scans of text documents ------------------------------------------------------------
/** Source documents (of ../shared/corpus) and the angle each page is turned by, degrees. */
const SKEWED = [
  ['005-email-enscript', 3],
  ['010-nota-soffice', -2.5],
  ['012-brief-soffice', 4],
];

/** Makes (or reuses) .cache/scans: image-only, turned, speckled copies with text-only truth. */
export async function ensureSkewedScans(shared, log = () => {}) {
  const dir = path.join(root, '.cache', 'scans');
  const stamp = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).digest('hex').slice(0, 16);
  const stampFile = path.join(dir, 'stamp');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  log('making skewed scans in .cache/scans …');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const { PDFDocument } = await import('@cantoo/pdf-lib');
  const tmp = path.join(dir, 'tmp');
  mkdirSync(tmp);
  for (const [name, degrees] of SKEWED) {
    const src = path.join(shared, 'corpus', `${name}.pdf`);
    const truth = JSON.parse(readFileSync(path.join(shared, 'corpus', `${name}.truth.json`), 'utf8'));
    execFileSync('pdftoppm', ['-r', '150', '-gray', '-png', src, path.join(tmp, 'p')]);
    const pngs = readdirSync(tmp).filter((f) => f.startsWith('p') && f.endsWith('.png')).sort();
    const pdf = await PDFDocument.create();
    let seed = 12345;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (const f of pngs) {
      const img = await loadImage(readFileSync(path.join(tmp, f)));
      const canvas = createCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d');
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, img.width, img.height);
      ctx.translate(img.width / 2, img.height / 2);
      ctx.rotate((degrees * Math.PI) / 180);
      ctx.drawImage(img, -img.width / 2, -img.height / 2);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      // Scanner speckle: single grey pixels on the paper.
      ctx.fillStyle = '#777';
      for (let k = 0; k < (img.width * img.height) / 900; k++) ctx.fillRect(Math.floor(rnd() * img.width), Math.floor(rnd() * img.height), 1, 1);
      const embedded = await pdf.embedPng(canvas.toBuffer('image/png'));
      const pt = { w: (img.width * 72) / 150, h: (img.height * 72) / 150 };
      const page = pdf.addPage([pt.w, pt.h]);
      page.drawImage(embedded, { x: 0, y: 0, width: pt.w, height: pt.h });
      rmSync(path.join(tmp, f));
    }
    writeFileSync(path.join(dir, `skew-${name}.pdf`), await pdf.save());
    const items = truth.items.map(({ rects: _r, boxes: _b, ...it }) => it);
    writeFileSync(path.join(dir, `skew-${name}.truth.json`), JSON.stringify({ ...truth, scanned: true, skewDegrees: degrees, items, mustKeep: truth.mustKeep }, null, 1));
  }
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(stampFile, stamp);
  return dir;
}
