// The real producers that every split renders its documents with: headless Chromium through
// playwright-core, LibreOffice Writer's HTML import, enscript + ps2pdf for plain text, and a
// Ghostscript pdfwrite re-distil as post-processing. Shared by generate.mjs (train, test),
// fresh/generate.mjs and fresh2/generate.mjs; each split passes its own SOURCE_DATE_EPOCH and
// enscript fonts, so that moving the runners here changed none of their documents.
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const TOOLS = [
  ['soffice', 'LibreOffice (soffice)'], ['chromium', 'Chromium'], ['enscript', 'enscript'], ['ps2pdf', 'Ghostscript (ps2pdf)'],
  ['gs', 'Ghostscript'], ['pdftotext', 'poppler-utils (pdftotext)'], ['mutool', 'MuPDF tools (mutool)'],
];

/** The names of the producer and labeller tools that are not installed. */
export function missingTools() {
  return TOOLS.filter(([cmd]) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status !== 0).map(([, name]) => name);
}

/** A runner for the producers: UTC, the split's SOURCE_DATE_EPOCH, one clear error when a tool fails. */
export function makeRun(epoch) {
  const env = { ...process.env, SOURCE_DATE_EPOCH: epoch, TZ: 'UTC' };
  return (cmd, argv, opts = {}) => {
    const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 300_000, env, ...opts });
    if (r.status !== 0) throw new Error(`${cmd} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || '').trim().slice(0, 400)}`);
    return r.stdout;
  };
}

/** Chromium's page.pdf of each document's HTML, with the header and footer templates a template set on `doc.chromium`. */
export async function renderChromium(docs, work) {
  if (docs.length === 0) return;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.LAKSTIFT_CHROMIUM ?? '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    for (const d of docs) {
      await page.setContent(d.body, { waitUntil: 'load' });
      const hf = d.doc.chromium;
      await page.pdf({ path: path.join(work, `${d.name}.pdf`), preferCSSPageSize: true, printBackground: true,
        displayHeaderFooter: Boolean(hf), headerTemplate: hf?.header, footerTemplate: hf?.footer });
    }
  } finally {
    await browser.close();
  }
}

/** LibreOffice Writer's conversion of each document's HTML (one soffice run for all of them). */
export function renderSoffice(docs, work, run) {
  if (docs.length === 0) return;
  const src = path.join(work, 'soffice-src');
  const out = path.join(work, 'soffice-out');
  mkdirSync(src, { recursive: true });
  mkdirSync(out, { recursive: true });
  for (const d of docs) writeFileSync(path.join(src, `${d.name}.html`), d.body);
  // A private profile, so that a running LibreOffice (or a stale lock) cannot interfere.
  const profile = pathToFileURL(path.join(work, 'lo-profile')).href;
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export',
    '--outdir', out, ...docs.map((d) => path.join(src, `${d.name}.html`))]);
  for (const d of docs) renameSync(path.join(out, `${d.name}.pdf`), path.join(work, `${d.name}.pdf`));
}

/** enscript (Latin-1) + ps2pdf of each plain-text document, in a font the document's random source picks from `fonts`. */
export function renderEnscript(docs, work, run, fonts) {
  for (const d of docs) {
    const txt = path.join(work, `${d.name}.txt`);
    const ps = path.join(work, `${d.name}.ps`);
    writeFileSync(txt, Buffer.from(d.body, 'latin1'));
    const font = d.doc.rng.pick(fonts);
    run('enscript', ['-q', '-B', '-X', 'latin1', `-f${font}`, '--word-wrap', '-t', d.title, '-o', ps, txt]);
    run('ps2pdf', ['-dAutoRotatePages=/None', ps, path.join(work, `${d.name}.pdf`)]);
  }
}

/** Ghostscript's pdfwrite re-distil of a rendered document, in place. */
export function redistil(d, work, run) {
  const from = path.join(work, `${d.name}.pdf`);
  const tmp = path.join(work, `${d.name}.gs.pdf`);
  run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', '-sDEVICE=pdfwrite', '-dAutoRotatePages=/None', `-sOutputFile=${tmp}`, from]);
  renameSync(tmp, from);
}
