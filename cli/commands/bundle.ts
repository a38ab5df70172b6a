/**
 * `lakstift bundle <pdfs or folders>... -o <outdir> --accept-all [--law wob|woo] [--zip] [--force]`
 * and `lakstift bundle --dossier <file.json> -o <outdir>`: the decision bundle (issue #5).
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Dossier } from '../../shared/dossier/types';
import { acceptAllDossier, createEngines, keptTexts, type AnalysedDocument } from '../../shared/engine';
import type { KeptText } from '../../shared/contract';
import { confirmUnreadPages, unconfirmedUnread } from '../../shared/dossier/actions';
import { BundleError, type BundleProgress, type BundleResult } from '../../shared/export/bundle';
import { reviewGapSentence } from '../../shared/review/status';
import { loadDossier, saveDossier } from '../../node/dossierStore';
import { checkOutdir, collectPdfs, stageBundle } from '../bundleWriter';
import { VERSION } from '../version';
import { pagesReadAgain } from '../../shared/pageModels';
import { CliError, commandHost, mapLimit, modelBudget, OCR_OPTIONS, OCR_USAGE, parseCli, parseLaw, readInput, reportUnread, sameFile, type Command } from '../util';
import { isValidMatter, matterFromCaseNumber, platformCaseNumber } from '../../shared/export/platform';

const USAGE = `lakstift bundle <pdf or folder>... -o <outdir> --accept-all (--case <zaaknummer> | --matter <matter>) [--law wob|woo] [--zip] [--force] [--title <t>] [--organisation <name>] [--save-dossier <file.json>] [--platform-names] [--strict] [--accept-unread] [--no-ocr-layer] ${OCR_USAGE}  |  lakstift bundle --dossier <file.json> -o <outdir> [--organisation <name>] [--zip] [--force] [--accept-unread]`;

/**
 * The platform's Matter for a bundle straight from PDFs: --matter as given (checked), or derived
 * from --case by the documented rule; never invented.
 */
export function matterFor(values: { matter?: string; case?: string }): { matter: string; derived: boolean } {
  if (values.matter !== undefined) {
    if (!isValidMatter(values.matter)) {
      const example = matterFromCaseNumber(values.matter);
      throw new CliError({
        en: `--matter "${values.matter}" is not a matter the publication platform accepts: use 2 to 255 letters, digits, ".", "_", "~" or "-"${example ? ` (for instance "${example}")` : ''}.`,
        nl: `--matter "${values.matter}" is geen matter die het publicatieplatform aanvaardt: gebruik 2 tot 255 letters, cijfers, ".", "_", "~" of "-"${example ? ` (bijvoorbeeld "${example}")` : ''}.`,
      });
    }
    return { matter: values.matter, derived: false };
  }
  if (values.case !== undefined) {
    const m = matterFromCaseNumber(values.case);
    if (!isValidMatter(m)) throw new CliError({ en: `the case number "${values.case}" gives no usable matter (it needs at least two letters or digits); name the matter with --matter <matter>.`, nl: `het zaaknummer "${values.case}" geeft geen bruikbare matter (er zijn minstens twee letters of cijfers nodig); noem de matter met --matter <matter>.` });
    return { matter: m, derived: true };
  }
  throw new CliError({ en: 'name the matter of the publication platform with --matter <matter> (or give --case <zaaknummer>, from which it is derived); Lakstift does not invent one, because it becomes part of every public document number.', nl: 'noem de matter van het publicatieplatform met --matter <matter> (of geef --case <zaaknummer>, waaruit hij wordt afgeleid); Lakstift verzint er geen, want hij wordt deel van elk openbaar documentnummer.' });
}

function who(explicit: string | undefined): string {
  if (explicit) return explicit;
  if (process.env.LAKSTIFT_USER) return process.env.LAKSTIFT_USER;
  try {
    return os.userInfo().username || 'onbekend';
  } catch {
    return 'onbekend';
  }
}

/** A one-line progress bar on stderr, redrawn in place; silent when stderr is not a terminal. */
export function terminalProgress(stream: NodeJS.WriteStream = process.stderr): ((e: BundleProgress | { phase: 'analyse' | 'ocr'; done: number; total: number; document?: string }) => void) & { end(): void } {
  const tty = Boolean(stream.isTTY);
  let last = 0;
  let drawn = false;
  const names: Record<string, string> = { analyse: 'lezen', ocr: 'OCR', check: 'controleren', redact: 'lakken', verify: 'verifiëren', export: 'schrijven', done: 'klaar' };
  const fn = ((e: { phase: string; done: number; total: number; document?: string }) => {
    if (!tty) return;
    const now = Date.now();
    if (now - last < 80 && e.done < e.total && e.phase !== 'done') return;
    last = now;
    const width = 28;
    const frac = e.total > 0 ? Math.min(1, e.done / e.total) : 1;
    const full = Math.round(frac * width);
    const bar = `${'█'.repeat(full)}${'░'.repeat(width - full)}`;
    const label = `${names[e.phase] ?? e.phase} ${e.done}/${e.total}${e.document ? ` · ${e.document}` : ''}`;
    stream.write(`\r\x1b[2K${bar} ${label}`);
    drawn = true;
  }) as ReturnType<typeof terminalProgress>;
  fn.end = () => {
    if (tty && drawn) stream.write('\r\x1b[2K');
  };
  return fn;
}

/**
 * LAKSTIFT_MEMLOG=1: one line on stderr per phase change (and every 100 units within one) with
 * the process's memory, to find where a bundle's peak is (issue #17). Off by default.
 */
function withMemoryLog(fn: ReturnType<typeof terminalProgress>): ReturnType<typeof terminalProgress> {
  if (!process.env.LAKSTIFT_MEMLOG) return fn;
  const t0 = Date.now();
  let last = '';
  const mb = (n: number) => `${Math.round(n / 1048576)}`;
  const log = (label: string) => {
    const m = process.memoryUsage();
    process.stderr.write(`memlog ${((Date.now() - t0) / 1000).toFixed(1)}s ${label}: rss ${mb(m.rss)} heap ${mb(m.heapUsed)}/${mb(m.heapTotal)} external ${mb(m.external)} arrayBuffers ${mb(m.arrayBuffers)} MiB, pages read again ${pagesReadAgain}\n`);
  };
  const wrapped = ((e: Parameters<typeof fn>[0]) => {
    const key = `${e.phase} ${Math.floor(e.done / 100)}`;
    if (key !== last) log(`${e.phase} ${e.done}/${e.total}`);
    last = key;
    fn(e);
  }) as ReturnType<typeof terminalProgress>;
  wrapped.end = () => { log('end'); fn.end(); };
  return wrapped;
}

export const bundleCommand: Command = {
  name: 'bundle',
  usage: USAGE,
  async run(args) {
    const { values, positionals } = parseCli(args, {
      output: { type: 'string', short: 'o' },
      'accept-all': { type: 'boolean' },
      law: { type: 'string' },
      zip: { type: 'boolean' },
      force: { type: 'boolean' },
      strict: { type: 'boolean' },
      dossier: { type: 'string' },
      title: { type: 'string' },
      case: { type: 'string' },
      matter: { type: 'string' },
      organisation: { type: 'string' },
      by: { type: 'string' },
      'save-dossier': { type: 'string' },
      'platform-names': { type: 'boolean' },
      password: { type: 'string' },
      'accept-unread': { type: 'boolean' },
      'no-ocr-layer': { type: 'boolean' },
      ...OCR_OPTIONS,
    });
    const outdir = values.output;
    if (!outdir) throw new CliError({ en: `name the output folder with -o <outdir>; usage: ${USAGE}`, nl: `noem de uitvoermap met -o <map>; gebruik: ${USAGE}` });
    const law = parseLaw(values.law);
    const saveAbs = values['save-dossier'] ? path.resolve(values['save-dossier']) : undefined;
    if (saveAbs && (saveAbs === path.resolve(outdir) || saveAbs.startsWith(path.resolve(outdir) + path.sep))) {
      throw new CliError({ en: '--save-dossier must name a file outside the output folder: the dossier holds the redacted texts and must never be published.', nl: '--save-dossier moet een bestand buiten de uitvoermap noemen: het dossier bevat de gelakte teksten en mag nooit worden gepubliceerd.' });
    }
    const at = new Date();
    const by = who(values.by);
    const progress = withMemoryLog(terminalProgress());
    const host = commandHost(values, values.password);
    const engines = createEngines(host);
    const lanes = host.jobs?.size ?? 1;
    // --accept-unread: the officer confirms that pages nobody could read were checked by eye.
    const acceptUnread = (d: Dossier): Dossier => {
      if (!values['accept-unread']) return d;
      let cur = d;
      for (const doc of d.documents) {
        const open = unconfirmedUnread(doc);
        if (open.length === 0) continue;
        cur = confirmUnreadPages(cur, doc.id, undefined, { by: `${by} (--accept-unread)`, at: at.toISOString() }).dossier;
        process.stderr.write(`note: document ${doc.number} (${path.basename(doc.path)}): unread page${open.length === 1 ? '' : 's'} ${open.map((u) => u.page).join(', ')} accepted as checked by eye (--accept-unread).\n`);
      }
      return cur;
    };
    // Past the first pages of the dossier, a page keeps only its text and is read again when a
    // detector or a rectangle asks for more (issue #17: the same memory at 10,000 pages).
    const budget = modelBudget();
    const analyse = async (bytes: Uint8Array, file: string, label: string) => {
      return engines.analyse(bytes, file, { onOcrProgress: (done, total) => progress({ phase: 'ocr', done, total, document: label }), modelBudget: budget });
    };
    // Said once every document is read, in the order of the documents (however many ran at once).
    const sayUnread = (docs: readonly AnalysedDocument[]) => {
      for (const a of docs) {
        if (a.unreadPages.length === 0) continue;
        progress.end();
        reportUnread(a.name, a.unreadPages);
      }
    };

    let dossier: Dossier;
    let texts = new Map<string, string[]>();
    const kept = new Map<string, KeptText[]>();
    let originalOf: (p: string) => Promise<Uint8Array>;
    let inputs: string[];
    let matterInfo: { matter: string; derived: boolean } | undefined;
    const started = Date.now();

    if (values.dossier) {
      if (positionals.length > 0) throw new CliError({ en: 'give either PDFs/folders or --dossier <file.json>, not both.', nl: 'geef PDF’s/mappen of --dossier <bestand.json>, niet beide.' });
      if (values['accept-all']) throw new CliError({ en: '--accept-all applies to PDFs only; a dossier bundle uses the decisions in the dossier.', nl: '--accept-all geldt alleen voor PDF’s; een bundel uit een dossier gebruikt de besluiten in het dossier.' });
      if (values.matter !== undefined || values.case !== undefined) throw new CliError({ en: '--matter and --case apply to PDFs only; a dossier bundle uses the dossier\'s own (change them in the app).', nl: '--matter en --case gelden alleen voor PDF’s; een bundel uit een dossier gebruikt die van het dossier (wijzig ze in de app).' });
      dossier = await loadDossier(values.dossier);
      if (law && law !== dossier.law) throw new CliError({ en: `the dossier uses the ${dossier.law === 'woo' ? 'Woo' : 'Wob'}; drop --law or convert the dossier in the app.`, nl: `het dossier gebruikt de ${dossier.law === 'woo' ? 'Woo' : 'Wob'}; laat --law weg of zet het dossier om in de app.` });
      const base = path.dirname(path.resolve(values.dossier));
      const resolve = (p: string) => (path.isAbsolute(p) ? p : path.join(base, p));
      inputs = [values.dossier, ...dossier.documents.map((x) => resolve(x.path))];
      await checkOutdir(outdir, { force: Boolean(values.force), inputs, zip: Boolean(values.zip) });
      originalOf = async (p) => {
        try {
          return new Uint8Array(await readFile(resolve(p)));
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          throw new CliError({ en: `the original ${p} of the dossier cannot be read (${code === 'ENOENT' ? 'it is missing' : code}); put it back or update its path in the app.`, nl: `het origineel ${p} van het dossier is niet te lezen (${code === 'ENOENT' ? 'het ontbreekt' : code}); zet het terug of pas het pad aan in de app.` }, 1, code === 'ENOENT' ? 'not-found' : 'io');
        }
      };
      // Documents side by side on the workers (--jobs); only their page texts are kept.
      let read = 0;
      const pageTexts = await mapLimit(dossier.documents, lanes, async (doc) => {
        const a = await analyse(await readInput(resolve(doc.path), { shared: host.jobs !== undefined }), resolve(doc.path), doc.number);
        progress({ phase: 'analyse', done: ++read, total: dossier.documents.length, document: doc.number });
        return { ...a, pages: [], texts: a.pages.map((p) => p.text) };
      });
      sayUnread(pageTexts);
      await host.jobs?.release?.();
      dossier.documents.forEach((doc, i) => texts.set(doc.id, pageTexts[i]!.texts));
    } else {
      if (positionals.length === 0) throw new CliError({ en: `name the PDFs or folders to bundle; usage: ${USAGE}`, nl: `noem de PDF’s of mappen voor de bundel; gebruik: ${USAGE}` });
      if (!values['accept-all']) {
        throw new CliError({ en: 'a bundle straight from PDFs needs --accept-all (every suggestion is accepted); to decide one by one, use the app and then --dossier <file.json>.', nl: 'een bundel rechtstreeks uit PDF’s vraagt --accept-all (elk voorstel wordt aanvaard); beslis één voor één in de app en gebruik daarna --dossier <bestand.json>.' });
      }
      matterInfo = matterFor(values);
      const files = await collectPdfs(positionals);
      inputs = [...positionals, ...files];
      await checkOutdir(outdir, { force: Boolean(values.force), inputs, zip: Boolean(values.zip) });
      const bytesByPath = new Map<string, Uint8Array>();
      let read = 0;
      // Documents side by side on the workers (--jobs), in the order given whichever finishes first.
      const analysed: AnalysedDocument[] = await mapLimit(files, lanes, async (f) => {
        const bytes = await readInput(f, { shared: host.jobs !== undefined });
        bytesByPath.set(f, bytes);
        const a = await analyse(bytes, f, path.basename(f));
        progress({ phase: 'analyse', done: ++read, total: files.length, document: path.basename(f) });
        return a;
      });
      sayUnread(analysed);
      // The workers keep the file they read last and their heaps: stopped while this thread
      // suggests and redacts, started again to verify.
      await host.jobs?.release?.();
      // The same file twice is no error: Woo dossiers are full of copies, which become a
      // duplicate group (the later copies "dubbel") like any other copy.
      const found = engines.suggest(analysed, law ?? 'wob');
      dossier = await acceptAllDossier(engines, analysed, {
        title: values.title ?? path.basename(path.resolve(outdir)), law: law ?? 'wob', caseNumber: values.case ?? '', matter: matterInfo.matter, by, at, suggestions: found,
      });
      // What the engine kept readable on purpose goes to verify with the decisions.
      found.forEach((f, i) => kept.set(dossier.documents[i].id, keptTexts(f)));
      analysed.forEach((a, i) => texts.set(dossier.documents[i].id, a.pages.map((p) => p.text)));
      // The pages' words and glyph boxes are not needed after this: released before redaction,
      // which holds a parsed copy of each file (a 1,000-page dossier's pages are hundreds of MB).
      analysed.length = 0;
      dossier = acceptUnread(dossier);
      originalOf = async (p) => bytesByPath.get(p) ?? new Uint8Array(await readFile(p));
      const saveTo = values['save-dossier'];
      for (const input of saveTo ? inputs : []) {
        if (await sameFile(input, saveTo!)) {
          throw new CliError({ en: `--save-dossier ${saveTo} is an input of the bundle; name a new file for the dossier.`, nl: `--save-dossier ${saveTo} is invoer van de bundel; noem een nieuw bestand voor het dossier.` }, 2, 'output-is-input');
        }
      }
      if (saveTo) {
        const abs = path.resolve(saveTo);
        // Paths in a project file are relative to its folder, so the dossier and its PDFs can move together.
        const dir = path.dirname(abs);
        const portable = { ...dossier, documents: dossier.documents.map((x) => ({ ...x, path: path.relative(dir, path.resolve(x.path)).split(path.sep).join('/') })) };
        await saveDossier(saveTo, portable);
      }
    }

    if (values.dossier) dossier = acceptUnread(dossier);

    const staged = await stageBundle(outdir);
    const onSignal = () => {
      void staged.discard().finally(() => process.exit(130));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    let result: BundleResult;
    try {
      result = await engines.buildBundle({
        dossier,
        original: (doc) => originalOf(doc.path),
        texts,
        kept,
        tool: { name: 'Lakstift', version: VERSION },
        at,
        sink: (name, bytes) => staged.write(name, bytes),
        onProgress: progress,
        strict: Boolean(values.strict),
        fileNames: values['platform-names'] ? 'number' : 'number-title',
        ocrTextLayer: !values['no-ocr-layer'],
        // In this thread: the workers' verify copies were the 2-worker bundle's peak (issue #17).
        verifyHere: true,
        organisation: values.organisation ?? '',
      });
      await staged.commit({ zip: Boolean(values.zip) });
    } catch (e) {
      await staged.discard();
      progress.end();
      if (e instanceof BundleError) {
        for (const line of e.details) process.stderr.write(`  ${line}\n`);
      }
      throw e;
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    progress.end();
    texts = new Map();

    for (const f of result.findings) process.stderr.write(`${f.severity === 'error' ? 'check' : 'note'}: ${f.message}\n`);
    if (!result.review.complete) process.stderr.write(`note: the legal review is not complete: ${reviewGapSentence(result.review)}.\n`);
    const c = result.manifest.counts;
    const per = Object.entries(c.perBeoordeling).map(([k, n]) => `${n} ${k.toLowerCase()}`).join(', ');
    const grounds = Object.entries(c.perGround).map(([k, n]) => `${k} ${n}×`).join(', ');
    process.stdout.write(
      `Bundle written to ${outdir}${values.zip ? ` (and ${outdir}.zip)` : ''}: ${c.documents} document(s) (${per || 'none'}), ` +
        `${c.redactions} redaction(s)${grounds ? ` (${grounds})` : ''}, ${result.files.length} files; every PDF verified clean.\n`,
    );
    const m = result.manifest.dossier;
    process.stdout.write(matterInfo?.derived
      ? `Matter "${m.matter}" (from the case number "${m.caseNumber}": every run of characters other than letters, digits, ".", "_", "~" and "-" becomes "-"); Zaaknummer "${platformCaseNumber(m.caseNumber)}".\n`
      : `Matter "${m.matter}".\n`);
    const groups = dossier.groups.filter((g) => g.status !== 'split');
    if (groups.length > 0) {
      const n = (k: string) => groups.filter((g) => g.kind === k).length;
      const dubbel = dossier.documents.filter((x) => x.duplicateOf).length;
      process.stdout.write(`Groups: ${n('duplicate')} duplicate, ${n('thread')} e-mail thread and ${n('family')} family group(s); ${dubbel} later cop${dubbel === 1 ? 'y' : 'ies'} listed "dubbel"; ${((Date.now() - started) / 1000).toFixed(1)} s in all.\n`);
    }
    const unchecked = result.findings.filter((f) => f.kind === 'no-text-layer').map((f) => f.document);
    if (unchecked.length) {
      process.stdout.write(`Warning: document(s) ${unchecked.join(', ')} have no text layer and were not checked for anything to redact; look at them before publishing.\n`);
    }
    return 0;
  },
};
