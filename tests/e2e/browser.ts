/**
 * Launches Debian's Chromium for the end-to-end tests with the flags DEVELOPERS.md gives, and
 * the documents and trace readers several end-to-end files share.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { Suggestion } from '../../shared/contract';

export const CHROMIUM = process.env.LAKSTIFT_CHROMIUM ?? '/usr/bin/chromium';

export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'lakstift-e2e-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    locale: 'nl-NL',
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The browser host's auto-saved dossier text (IndexedDB; localStorage for an older save), or null. */
export function autosavedText(page: Page): Promise<string | null> {
  return page.evaluate(() => new Promise<string | null>((resolve) => {
    const req = indexedDB.open('lakstift', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('autosave');
    req.onerror = () => resolve(localStorage.getItem('lakstift:autosave'));
    req.onsuccess = () => {
      const get = req.result.transaction('autosave').objectStore('autosave').get('lakstift:autosave');
      get.onsuccess = () => {
        req.result.close();
        resolve(typeof get.result === 'string' ? get.result : localStorage.getItem('lakstift:autosave'));
      };
      get.onerror = () => resolve(null);
    };
  }));
}

/** Forgets the browser host's auto-saved dossier (both places it may be). */
export function clearAutosave(page: Page): Promise<void> {
  return page.evaluate(() => new Promise<void>((resolve) => {
    localStorage.removeItem('lakstift:autosave');
    const req = indexedDB.open('lakstift', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('autosave');
    req.onerror = () => resolve();
    req.onsuccess = () => {
      const tx = req.result.transaction('autosave', 'readwrite');
      tx.objectStore('autosave').clear();
      tx.oncomplete = () => {
        req.result.close();
        resolve();
      };
      tx.onerror = () => resolve();
    };
  }));
}

/** A Chromium trace event (the fields the trace readers use). */
export interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; tid: number; pid: number; args?: Record<string, unknown> }
/** A CPU profile from the CDP Profiler domain. */
export interface CpuProfile { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]; startTime: number; samples: number[]; timeDeltas: number[] }

/**
 * Names for a profile's nodes: "function source:line" through the build's source maps
 * (`dist` is the served renderer), the minified name where there is no map.
 */
export async function sourceNamer(prof: CpuProfile, dist: string): Promise<Map<number, string>> {
  type Consumer = { originalPositionFor(p: { line: number; column: number }): { source: string | null; line: number | null; name: string | null } };
  const sm = await import('source-map-js').catch(() => null) as { SourceMapConsumer: new (raw: unknown) => Consumer } | null;
  const maps = new Map<string, Consumer | null>();
  const mapOf = async (url: string) => {
    if (maps.has(url)) return maps.get(url)!;
    let m: Consumer | null = null;
    try {
      m = sm ? new sm.SourceMapConsumer(JSON.parse(await readFile(`${path.join(dist, new URL(url).pathname)}.map`, 'utf8'))) : null;
    } catch {
      m = null;
    }
    maps.set(url, m);
    return m;
  };
  const nameOf = new Map<number, string>();
  for (const n of prof.nodes) {
    const cf = n.callFrame;
    let name = cf.functionName || '(anon)';
    if (cf.url.includes('/assets/')) {
      const m = await mapOf(cf.url);
      const o = m?.originalPositionFor({ line: cf.lineNumber + 1, column: cf.columnNumber });
      if (o?.source) name = `${o.name ?? name} ${o.source.replace(/^.*?(renderer|shared|node_modules)\//, '$1/')}:${o.line}`;
    }
    nameOf.set(n.id, name);
  }
  return nameOf;
}

/**
 * From a CPU profile: self time per function and inclusive time per app function (renderer/ or
 * shared/ sources), in ms, over the samples whose time `within` accepts. `lastDeltaUs` stands in
 * for the last sample's missing interval.
 */
export function profileTimes(prof: CpuProfile, nameOf: Map<number, string>, within: (t: number) => boolean, lastDeltaUs: number): { self: Map<string, number>; incl: Map<string, number> } {
  const parent = new Map<number, number>();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  let t = prof.startTime;
  for (let j = 0; j < prof.samples.length; j++) {
    t += prof.timeDeltas[j] ?? 0;
    if (!within(t)) continue;
    const dt = (prof.timeDeltas[j + 1] ?? lastDeltaUs) / 1000;
    const leaf = nameOf.get(prof.samples[j]) ?? '?';
    self.set(leaf, (self.get(leaf) ?? 0) + dt);
    const seen = new Set<string>();
    for (let id: number | undefined = prof.samples[j]; id !== undefined; id = parent.get(id)) {
      const nm = nameOf.get(id)!;
      if (!/renderer\/|shared\//.test(nm) || seen.has(nm)) continue;
      seen.add(nm);
      incl.set(nm, (incl.get(nm) ?? 0) + dt);
    }
  }
  return { self, incl };
}

/** The `n` longest trace events on thread `tid` inside `task` (not matching `skip`), as "name(function)=ms". */
export function innerEvents(events: TraceEvent[], tid: number | undefined, task: TraceEvent, n: number, skip: RegExp): string[] {
  const end = task.ts + (task.dur ?? 0);
  return events.filter((x) => x.tid === tid && x.ph === 'X' && x.ts >= task.ts && x.ts < end && x !== task && !skip.test(x.name))
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, n)
    .map((x) => {
      const fn = (x.args?.data as { functionName?: string } | undefined)?.functionName;
      return `${x.name}${fn ? `(${fn})` : ''}=${((x.dur ?? 0) / 1000).toFixed(1)}`;
    });
}

/** The 1,000-page PDF of large.e2e.ts (one line with a name and a 06-number per page), written into `dir`. */
export async function writeThousandPagePdf(dir: string): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= 1000; i++) {
    const p = doc.addPage([595, 842]);
    p.drawText(`Pagina ${i} van het dossier. Behandelaar: mevrouw J. de Vries, telefoon 06 12345678.`, { x: 50, y: 780, size: 11, font });
  }
  const file = path.join(dir, 'dossier-1000.pdf');
  await writeFile(file, await doc.save());
  return file;
}

/**
 * The 300-page document with 10,200 suggestions of workbench.e2e.ts and keytrace.e2e.ts: 17
 * lines a page, each with an e-mail address and a 06-number, and a saved dossier (sealed, as
 * Lakstift saves one) holding the document and a suggestion for each of them, built with the
 * project's own functions. Both are written into `dir`.
 */
export async function writeTenThousandSuggestions(dir: string): Promise<{ pdf: string; dossier: string }> {
  const { addDocument, addSuggestions, createDossier, sealAudit, serializeDossier } = await import('../../shared/dossier');
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const suggestions: Suggestion[] = [];
  let k = 0;
  for (let p = 1; p <= 300; p++) {
    const pg = doc.addPage([595, 842]);
    pg.drawText(`Verslag overleg, pagina ${p}`, { x: 50, y: 800, size: 12, font });
    for (let l = 0; l < 17; l++) {
      k++;
      const mail = `medewerker${k}@voorbeeld.nl`;
      const phone = `06 ${String(10000000 + ((k * 7919) % 89999999)).padStart(8, '0')}`;
      const line = `Reactie van ${mail}, bereikbaar op ${phone}.`;
      const y = 770 - l * 40;
      pg.drawText(line, { x: 50, y, size: 10, font });
      const at = (s: string) => 50 + font.widthOfTextAtSize(line.slice(0, line.indexOf(s)), 10);
      const rect = (s: string): [number, number, number, number] => [at(s), 842 - y - 9, at(s) + font.widthOfTextAtSize(s, 10), 842 - y + 2];
      suggestions.push({ id: `m${k}`, page: p, category: 'email', text: mail, grounds: ['5.1.2e'], confidence: 0.95, reason: 'persoonlijk e-mailadres', rects: [rect(mail)] });
      suggestions.push({ id: `t${k}`, page: p, category: 'phone', text: phone, grounds: ['5.1.2e'], confidence: 0.9, reason: 'mobiel nummer (06)', rects: [rect(phone)] });
    }
  }
  const bytes = await doc.save();
  const pdf = path.join(dir, 'verslag-300.pdf');
  await writeFile(pdf, bytes);
  const ctx = { by: 'e2e', at: '2026-12-06T12:00:00.000Z' };
  let d = createDossier({ id: 'dossier-300', title: 'Verslagen 300', law: 'woo', caseNumber: 'Woo-2026/0300' }, ctx).dossier;
  d = addDocument(d, { path: 'browser:1/verslag-300.pdf', sha256: createHash('sha256').update(bytes).digest('hex'), title: 'Verslag overleg', pageCount: 300, date: '2026-11-02' }, ctx).dossier;
  d = addSuggestions(d, 'd1', suggestions, ctx).dossier;
  // Sealed as a save by Lakstift seals it: an unsealed log is reported as changed outside
  // Lakstift, and that banner covered the panel in the screenshot.
  d = await sealAudit(d);
  const dossier = path.join(dir, 'verslagen-300.lakstift.json');
  await writeFile(dossier, serializeDossier(d));
  return { pdf, dossier };
}
