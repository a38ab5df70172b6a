#!/usr/bin/env node
// Regenerates the real-producer PDFs in tests/fixtures/producers/ from the sources in
// tests/fixtures/producers/src/, then checks every PDF with poppler (page count, rotation,
// a text layer, and phrases that must come out of pdftotext), and writes manifest.json for
// the text-extraction oracle tests. Fixtures with `folder: 'artefacts'` go to
// tests/fixtures/artefacts/ instead: producer output where the text model deliberately reads
// differently from poppler (small capitals, labels glued to values), kept out of the oracle.
//
// Producers: Ghostscript (ps2pdf, and gs with a cidfmap for a CID-keyed font), enscript, qpdf
// (encryption of another fixture), headless Chromium (print to PDF) and LibreOffice
// (soffice --convert-to pdf). A producer that is not installed is skipped and its committed
// PDFs are only checked, so CI never needs LibreOffice.
//
//   node scripts/make-fixtures.mjs            regenerate what can be, then check all
//   node scripts/make-fixtures.mjs --check    only check the committed PDFs
//   node scripts/make-fixtures.mjs --only gs,chromium
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const fixturesRoot = path.join(root, 'tests', 'fixtures');
const dir = path.join(fixturesRoot, 'producers');
const srcDir = path.join(dir, 'src');
const dirOf = (fx) => path.join(fixturesRoot, fx.folder ?? 'producers');

// What each fixture is for, and what must hold for it. `phrases` must each appear on one
// line of `pdftotext` output (whitespace collapsed); `rotate` lists /Rotate per page;
// `landscapePages` are pages whose displayed width exceeds their height.
const FIXTURES = [
  {
    name: 'gs-fonts-latin1', producer: 'ghostscript', source: 'src/gs-fonts-latin1.ps', pages: 1,
    about: 'Times, Helvetica and Courier families re-encoded to ISO Latin-1; Dutch diacritics as single bytes',
    phrases: ['coördinatie van de financiële afspraken', 'verplaatst naar een café bij de ruïne',
      'Wij zijn zeer geïnteresseerd in uw reële verwachtingen', 'één enkele patiënt',
      'telefoon 06-12345678, e-mail j.vandenberg@minjenv.nl', 'enquête onder medewerkers',
      'Van: postbus.migratiebeleid@minjenv.nl', 'Renée de Vriës-Üstün'],
  },
  {
    name: 'gs-rotated', producer: 'ghostscript', source: 'src/gs-rotated.ps', pages: 2, rotate: [0, 90],
    landscapePages: [2],
    about: 'page 2 has /Rotate 90 on a portrait MediaBox; its text is drawn turned so it reads upright as displayed',
    phrases: ['mevrouw S. de Wit-Schouten, telefoon 070-3704444', 'Pagina 2: liggende weergave via /Rotate 90.',
      'Contactpersoon: de heer A.J. Hendriks, e-mail a.j.hendriks@ind.nl, kamer 4.12.',
      'Een geïnteresseerde lezer ziet hier de coördinaten van het scherm.'],
  },
  {
    name: 'gs-two-column', producer: 'ghostscript', source: 'src/gs-two-column.ps', pages: 1,
    about: 'two columns laid out word by word (one moveto + show per word)',
    phrases: ['Linkerkolom. Bij het eerste gehoor stelt de', 'Rechterkolom. Het rapport van gehoor wordt binnen',
      'Dit is een hint uitsluitend', 'Noteer deze zonder ze direct voor te houden.'],
  },
  {
    name: 'gs-word-spacing', producer: 'ghostscript', source: 'src/gs-word-spacing.ps', pages: 1,
    about: 'widthshow (justified), ashow (letter spacing), xshow (tight advances), words separated only by gaps, monospaced table',
    phrases: ['Uitgevuld: de minister heeft het besluit op het bezwaar genomen.',
      'Uitgevuld: inventarislijst bij het Woo-besluit van de staatssecretaris.',
      'Los geplaatst: zonder spatietekens tussen de woorden.', 'Kerning', 'Nota: Geïnventariseerde documenten',
      'e-mail over gehoren'],
  },
  {
    name: 'chromium-two-column', producer: 'chromium', source: 'src/chromium-two-column.html', pages: 1,
    about: 'CSS multi-column, justified, Type0/Identity-H fonts',
    phrases: ['Beslisnota: coördinatie van de gehoren', 'mevrouw drs. E.M. de Jong-Özdemir,',
      'coördinatie bij één directie te beleggen.', 'door de woordvoerder via 070-3707777.'],
  },
  {
    name: 'chromium-table', producer: 'chromium', source: 'src/chromium-table.html', pages: 1,
    about: 'a bordered table (inventory list) with a wrapping cell',
    phrases: ['Inventarislijst Woo-verzoek 2021-0412', 'E-mail over de coördinatie van gehoren',
      'Brief aan de heer R. Çelik over één aanvraag', 'Werkinstructie gehoren (naïeve vragen vermijden)'],
  },
  {
    name: 'chromium-landscape', producer: 'chromium', source: 'src/chromium-landscape.html', pages: 2,
    landscapePages: [2],
    about: 'page 1 portrait, page 2 landscape through a named @page size (MediaBox landscape, no /Rotate)',
    phrases: ['Behandelaar: de heer K. Vermeulen, kamer 3.14, telefoon 06-29384756.',
      'Liggende pagina: termijnen per kwartaal',
      'Coördinator: mevrouw A. Brouwer-Gerritsen, e-mail a.brouwergerritsen@ind.nl, telefoon 088-0430430'],
  },
  {
    name: 'soffice-memo', producer: 'libreoffice', source: 'src/soffice-memo.fodt', pages: 1,
    about: 'beslisnota with a page-anchored contact column on the right (house style colofon); the contact name breaks over two lines at its hyphen (pdftotext then drops the hyphen: "SchuurmanAydın")',
    phrases: ['Beslisnota: financiële gevolgen van de coördinatie', 'mr. L.K. (Lotte) Schuurman', 'Aydın', 'l.schuurman@minjenv.nl',
      'M 06 5123 8874', 'het algemene nummer 070 370 7777.'],
  },
  {
    name: 'soffice-letter', producer: 'libreoffice', source: 'src/soffice-letter.fodt', pages: 2,
    about: 'letter: address block, borderless reference table, tab-aligned lines, page break, signed by a state secretary',
    phrases: ['Aan de heer B. Çelik-Vermeulen', 'Besluit op uw Wob-verzoek over de coördinatie van gehoren',
      'Geachte heer Çelik-Vermeulen,', 'het algemene nummer 088 043 0430.', 'mr. drs. A. Broekers-Knol'],
  },
  {
    name: 'soffice-email', producer: 'libreoffice', source: 'src/soffice-email.html', pages: 1,
    about: 'e-mail printout imported from HTML by Writer: header table, quoted earlier message',
    phrases: ['Postma, H. (Hanneke) <h.postma@ind.nl>', 'Kaya, M. (Mehmet) <m.kaya@ind.nl>; postbus.gehoren@ind.nl',
      'Eén gehoor schuift door naar donderdag;', 'T 06 2345 6789', 'Kun je de reële bezetting'],
  },
  {
    name: 'gs-cjk-cmap', producer: 'ghostscript-cid', source: 'src/gs-cjk-cmap.ps', pages: 1,
    about: 'body text in a Type0 font with the predefined CMap 90ms-RKSJ-H and no /ToUnicode (CIDFontType2 from DejaVu Sans): text only with the predefined CMaps 90ms-RKSJ-H and Adobe-Japan1-UCS2',
    needsPredefinedCMap: true,
    phrases: ['Nota aan de directeur Uitvoering', 'Van: mevrouw J.M. de Vries, senior beleidsmedewerker',
      'j.m.devries@minbzk.nl', 'Het overleg met de heer K. Tanaka van de ambassade vond plaats op 3 maart.'],
  },
  {
    name: 'enscript-email', producer: 'enscript', source: 'src/enscript-email.txt', pages: 1,
    about: 'e-mail printout as enscript (Courier, Latin-1) and ps2pdf print it: header lines, a mailbox, a direct number and a general one',
    phrases: ['Van: Bakker, P. (Pieter) <p.bakker@minjenv.nl>', 'Aan: postbus.visumbeleid@minjenv.nl',
      'Mijn directe nummer is 06-23456789.', 'Pieter Bakker'],
  },
  {
    name: 'enscript-email-thread', producer: 'enscript', source: 'src/enscript-email-thread.txt', pages: 2,
    about: 'a two-page e-mail thread as enscript and ps2pdf print it: names in headers and sign-offs, a first name that also stands in an e-mail address, mailboxes, direct and general numbers (the end-to-end tests work on it)',
    phrases: ['Van: Visser, M. (Maarten) <maarten.visser@minbzk.nl>', 'De werkgroep heeft geconcludeerd dat op de belangrijkste punten geen discrepantie bestaat',
      'Postbus 20301 | 2500 EH Den Haag', 'Kun jij als strategisch adviseur de beantwoording van vraag 4 op je nemen?', 'Tom Dijkstra'],
  },
  {
    name: 'qpdf-encrypted-letter', producer: 'qpdf', source: 'soffice-letter.pdf', pages: 2,
    about: 'soffice-letter.pdf encrypted by qpdf (AES-256) with the user password "geheim" (owner password "eigenaar")',
    password: 'geheim',
    phrases: ['Aan de heer B. Çelik-Vermeulen', 'Geachte heer Çelik-Vermeulen,'],
  },
  {
    name: 'soffice-artefacts', folder: 'artefacts', producer: 'libreoffice', source: 'src/soffice-artefacts.fodt', pages: 1,
    about: 'small capitals (capitals at 80 % in separate runs), condensed letter spacing over a double l, a label wrapping inside its table cell beside the value',
    phrases: ['Behandeld door JAN BAKKER van de directie Migratiebeleid.', 'MEVROUW SEVGI ÖZTÜRK-VAN DEN BERG', 'Pieter Verhoeven'],
  },
  {
    name: 'chromium-artefacts', folder: 'artefacts', producer: 'chromium', source: 'src/chromium-artefacts.html', pages: 1,
    about: 'a nowrap label running into the value in the next cell ("ContactpersoonJan"), small capitals with /ActualText, tight letter spacing',
    phrases: ['ContactpersoonJan Bakker', 'Behandeld door Jan Bakker van de directie Migratiebeleid.'],
  },
];

const args = process.argv.slice(2);
const checkOnly = args.includes('--check');
const onlyArg = args.find((a, i) => args[i - 1] === '--only') ?? args.find((a) => a.startsWith('--only='))?.slice(7);
const only = onlyArg ? new Set(onlyArg.split(',').map((s) => s.trim())) : null;
const PRODUCER_KEYS = { ghostscript: 'gs', 'ghostscript-cid': 'gs', enscript: 'enscript', chromium: 'chromium', libreoffice: 'soffice', qpdf: 'qpdf' };

function have(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function run(cmd, argv, opts = {}) {
  const r = spawnSync(cmd, argv, { encoding: 'utf8', timeout: 120_000, ...opts });
  if (r.status !== 0) {
    throw new Error(`${cmd} ${argv.join(' ')} failed (exit ${r.status ?? r.signal}): ${(r.stderr || r.stdout || '').trim().slice(0, 800)}`);
  }
  return r.stdout;
}

// A fixed scratch path, not a random one: Ghostscript derives the file /ID from the file
// names, so a fixed path (with SOURCE_DATE_EPOCH below) makes its output byte-identical
// from run to run.
const work = path.join(tmpdir(), 'lakstift-fixtures-work');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
// Fixed dates where the producer honours them, so regenerating does not churn the files.
const env = { ...process.env, SOURCE_DATE_EPOCH: '1623664800', TZ: 'UTC' };

function makeGhostscript(fx) {
  // ps2pdf takes one file: prepend the shared prologue (fonts, layout procedures).
  const ps = path.join(work, `${fx.name}.ps`);
  writeFileSync(ps, readFileSync(path.join(srcDir, 'gs-common.ps'), 'latin1') + '\n' +
    readFileSync(path.join(dirOf(fx), fx.source), 'latin1'), 'latin1');
  // AutoRotatePages=/None: otherwise Ghostscript guesses a /Rotate from the text direction and
  // overrides the one set by pdfmark.
  run('ps2pdf', ['-dAutoRotatePages=/None', '-dPDFSETTINGS=/default', ps, path.join(work, `${fx.name}.pdf`)], { env });
}

// A composite font built in PostScript from a CIDFont resource: Ghostscript finds the CIDFont
// through a cidfmap (here mapping "LakstiftMincho", ordering Adobe-Japan1, to the DejaVu Sans
// that Lakstift ships) and pdfwrite keeps the predefined CMap as the font's /Encoding.
function makeGhostscriptCid(fx) {
  const ps = path.join(work, `${fx.name}.ps`);
  writeFileSync(ps, readFileSync(path.join(srcDir, 'gs-common.ps'), 'latin1') + '\n' +
    readFileSync(path.join(dirOf(fx), fx.source), 'latin1'), 'latin1');
  const font = path.join(root, 'assets', 'fonts', 'DejaVuSans.ttf');
  writeFileSync(path.join(work, 'cidfmap'), `/LakstiftMincho << /FileType /TrueType /Path (${font}) /SubfontID 0 /CSI [(Japan1) 6] >> ;\n`);
  run('gs', ['-q', '-dNOPAUSE', '-dBATCH', '-dSAFER', `--permit-file-read=${font}`, `-I${work}`, '-sDEVICE=pdfwrite',
    '-dAutoRotatePages=/None', `-sOutputFile=${path.join(work, `${fx.name}.pdf`)}`, ps], { env });
}

// enscript prints a text file as PostScript the way e-mail printouts are often made (Courier,
// Latin-1, a page header), and ps2pdf turns that into PDF.
function makeEnscript(fx) {
  const ps = path.join(work, `${fx.name}.ps`);
  run('enscript', ['-q', '-X', 'latin1', '-f', 'Courier10', '-M', 'A4', '--header=$n||Pagina $% van $=', '-o', ps, path.join(dirOf(fx), fx.source)], { env });
  run('ps2pdf', ['-dAutoRotatePages=/None', ps, path.join(work, `${fx.name}.pdf`)], { env });
}

// qpdf encrypts an existing fixture (AES-256) with a user password: opening it needs --password.
function makeQpdf(fx) {
  run('qpdf', ['--encrypt', fx.password, 'eigenaar', '256', '--', path.join(dirOf(fx), fx.source), path.join(work, `${fx.name}.pdf`)], { env });
}

function makeChromium(fx) {
  const profile = path.join(work, 'chromium-profile');
  const out = path.join(work, `${fx.name}.pdf`);
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--no-pdf-header-footer',
    `--user-data-dir=${profile}`, `--print-to-pdf=${out}`, pathToFileURL(path.join(dirOf(fx), fx.source)).href], { env });
  if (!existsSync(out)) throw new Error(`chromium wrote no PDF for ${fx.source}`);
}

function makeLibreOffice(fx) {
  // A private profile so that a running LibreOffice (or a stale lock) cannot interfere.
  const profile = pathToFileURL(path.join(work, 'lo-profile')).href;
  const outDir = path.join(work, 'lo');
  run('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf:writer_pdf_Export',
    '--outdir', outDir, path.join(dirOf(fx), fx.source)], { env });
  const base = path.basename(fx.source).replace(/\.[^.]+$/, '');
  renameSync(path.join(outDir, `${base}.pdf`), path.join(work, `${fx.name}.pdf`));
}

const MAKERS = {
  ghostscript: { tool: 'ps2pdf', make: makeGhostscript },
  'ghostscript-cid': { tool: 'gs', make: makeGhostscriptCid },
  enscript: { tool: 'enscript', make: makeEnscript },
  qpdf: { tool: 'qpdf', make: makeQpdf },
  chromium: { tool: 'chromium', make: makeChromium },
  libreoffice: { tool: 'soffice', make: makeLibreOffice },
};

const pw = (fx) => (fx.password ? ['-upw', fx.password] : []);

function pageInfo(fx, file, pages) {
  const out = run('pdfinfo', [...pw(fx), '-f', '1', '-l', String(pages), file]);
  const info = [];
  for (const m of out.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts/gm)) {
    info[Number(m[1]) - 1] = { page: Number(m[1]), width: Number(m[2]), height: Number(m[3]) };
  }
  for (const m of out.matchAll(/^Page\s+(\d+) rot:\s+(\d+)/gm)) info[Number(m[1]) - 1].rotate = Number(m[2]);
  return info;
}

function check(fx, file) {
  const problems = [];
  const count = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [...pw(fx), file]))?.[1]);
  if (count !== fx.pages) problems.push(`has ${count} pages, expected ${fx.pages}`);
  const pages = pageInfo(fx, file, count);
  pages.forEach((p, i) => {
    const want = fx.rotate?.[i] ?? 0;
    if (p.rotate !== want) problems.push(`page ${i + 1} has /Rotate ${p.rotate}, expected ${want}`);
    const turned = p.rotate % 180 !== 0;
    const landscape = (turned ? p.height > p.width : p.width > p.height);
    if (landscape !== (fx.landscapePages ?? []).includes(i + 1)) {
      problems.push(`page ${i + 1} displays ${landscape ? 'landscape' : 'portrait'}, not as intended`);
    }
  });
  // Every page must have a text layer: words with boxes in pdftotext -bbox-layout.
  const bbox = run('pdftotext', [...pw(fx), '-bbox-layout', file, '-']);
  const wordsPerPage = bbox.split('<page ').slice(1).map((p) => (p.match(/<word /g) ?? []).length);
  wordsPerPage.forEach((n, i) => { if (n === 0) problems.push(`page ${i + 1} has no words in pdftotext -bbox-layout`); });
  const lines = run('pdftotext', [...pw(fx), file, '-']).split('\n').map((l) => l.replace(/\s+/g, ' ').trim());
  for (const phrase of fx.phrases) {
    if (!lines.some((l) => l.includes(phrase))) problems.push(`pdftotext does not give "${phrase}" on one line`);
  }
  return { problems, pages, words: wordsPerPage.reduce((a, b) => a + b, 0) };
}

let failed = 0;
const manifest = [];
try {
  for (const fx of FIXTURES) {
    const target = path.join(dirOf(fx), `${fx.name}.pdf`);
    const maker = MAKERS[fx.producer];
    const wanted = !only || only.has(PRODUCER_KEYS[fx.producer]) || only.has(fx.producer);
    let made = false;
    if (!checkOnly && wanted) {
      if (have(maker.tool)) {
        maker.make(fx);
        renameSync(path.join(work, `${fx.name}.pdf`), target);
        made = true;
      } else if (!existsSync(target)) {
        console.error(`${fx.name}: ${maker.tool} is not installed and no committed PDF exists`);
        failed++;
        continue;
      }
    }
    if (!existsSync(target)) {
      console.error(`${fx.name}: ${path.relative(root, target)} is missing`);
      failed++;
      continue;
    }
    const { problems, pages, words } = check(fx, target);
    const producerLine = /^Producer:\s+(.*)$/m.exec(run('pdfinfo', [...pw(fx), target]))?.[1]?.trim() ?? '';
    const size = readFileSync(target).length;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${fx.name}.pdf  ${made ? 'made' : 'kept'}  ${fx.pages} p  ${words} words  ${(size / 1024).toFixed(1)} KB  (${producerLine})`);
    for (const p of problems) console.log(`       ${p}`);
    if (problems.length) failed++;
    manifest.push({
      folder: fx.folder ?? 'producers',
      file: `${fx.name}.pdf`, source: fx.source, producer: fx.producer, producerString: producerLine,
      about: fx.about, pages: pages.map(({ page, width, height, rotate }) => ({ page, width, height, rotate })),
      phrases: fx.phrases,
      ...(fx.password ? { password: fx.password } : {}),
      ...(fx.needsPredefinedCMap ? { needsPredefinedCMap: true } : {}),
    });
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

const manifestNote = 'Generated by scripts/make-fixtures.mjs. phrases: each appears on one line of `pdftotext` output (whitespace collapsed). pages: MediaBox size and /Rotate as pdfinfo reports them.';
for (const folder of new Set(FIXTURES.map((f) => f.folder ?? 'producers'))) {
  const entries = manifest.filter((m) => m.folder === folder).map(({ folder: _f, ...m }) => m);
  if (entries.length) writeFileSync(path.join(fixturesRoot, folder, 'manifest.json'), JSON.stringify({ note: manifestNote, fixtures: entries }, null, 2) + '\n');
  // Guard against sources that no fixture entry uses (easy to forget when adding one).
  const used = new Set(FIXTURES.filter((f) => (f.folder ?? 'producers') === folder && f.source.startsWith('src/')).map((f) => path.basename(f.source)).concat('gs-common.ps'));
  for (const f of readdirSync(path.join(fixturesRoot, folder, 'src'))) if (!used.has(f)) console.warn(`note: ${folder}/src/${f} is not used by any fixture`);
}
if (failed) {
  console.error(`${failed} fixture(s) failed their checks`);
  process.exit(1);
}
