// Builds (once, cached under bench/out/) the benchmark dossier: real-producer pages from the
// labelled corpus concatenated with qpdf until it has the wanted number of pages, plus a map
// from each dossier page to its source document and page (for the truth boxes).
//
// Each repetition of a corpus file is given its own name (a symlink), so qpdf treats it as a
// separate input and copies its fonts and content streams again, as in a real dossier of
// separate documents, instead of sharing one copy between all repetitions.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export function corpusDocuments(corpusDir) {
  return readdirSync(corpusDir)
    .filter((f) => f.endsWith('.pdf'))
    .sort()
    .map((f) => {
      const file = path.join(corpusDir, f);
      const truthFile = file.replace(/\.pdf$/, '.truth.json');
      const truth = existsSync(truthFile) ? JSON.parse(readFileSync(truthFile, 'utf8')) : null;
      const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info.stdout ?? '')?.[1] ?? 0);
      return { name: f, file, truth, pages, size: statSync(file).size };
    })
    .filter((d) => d.pages > 0);
}

export function buildDossier({ corpusDir, outDir, pages: wanted }) {
  const docs = corpusDocuments(corpusDir);
  if (docs.length === 0) throw new Error(`no PDFs in ${corpusDir}`);
  const key = JSON.stringify({ v: 1, wanted, docs: docs.map((d) => [d.name, d.pages, d.size]) });
  const pdf = path.join(outDir, `dossier-${wanted}.pdf`);
  const mapFile = path.join(outDir, `dossier-${wanted}.json`);
  if (existsSync(pdf) && existsSync(mapFile)) {
    const cached = JSON.parse(readFileSync(mapFile, 'utf8'));
    if (cached.key === key) return { pdf, ...cached, cached: true };
  }
  const partsDir = path.join(outDir, 'parts');
  rmSync(partsDir, { recursive: true, force: true });
  mkdirSync(partsDir, { recursive: true });
  const args = ['--empty', '--pages'];
  const map = []; // map[dossierPage - 1] = { doc, page }
  for (let round = 0; map.length < wanted; round++) {
    for (const d of docs) {
      if (map.length >= wanted) break;
      const take = Math.min(d.pages, wanted - map.length);
      const link = path.join(partsDir, `r${String(round).padStart(3, '0')}-${d.name}`);
      symlinkSync(path.resolve(d.file), link);
      args.push(link, `1-${take}`);
      for (let p = 1; p <= take; p++) map.push({ doc: d.name, page: p });
    }
  }
  args.push('--', pdf);
  const t0 = performance.now();
  // --keep-files-open=n: hundreds of inputs would otherwise all stay open at once.
  const r = spawnSync('qpdf', ['--keep-files-open=n', ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  // qpdf exits 3 for warnings (output still written).
  if (r.status !== 0 && r.status !== 3) throw new Error(`qpdf failed (exit ${r.status}): ${r.stderr}`);
  const seconds = (performance.now() - t0) / 1000;
  rmSync(partsDir, { recursive: true, force: true });
  const meta = { key, pages: map.length, map, builtIn: seconds, size: statSync(pdf).size };
  writeFileSync(mapFile, JSON.stringify(meta));
  return { pdf, ...meta, cached: false };
}
