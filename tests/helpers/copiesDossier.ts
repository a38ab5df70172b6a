/**
 * A 50-document Woo dossier made in the test, with planted copies and e-mail threads and the
 * truth about them (issue #16). Texts are sentences of the public government texts in
 * tests/fixtures/seeds, each document its own disjoint run of them, so that nothing is a copy by
 * accident. Two real producers print them: enscript + Ghostscript (Courier, as e-mail printouts
 * are often made) and pdf-lib (Helvetica, drawn text, another line layout), so "the same e-mail
 * printed by two producers" really differs in fonts, line breaks and page furniture.
 *
 * Planted: 10 later copies in 9 duplicate groups (3 e-mails printed by both producers, 2 files
 * twice byte for byte, 2 memos by both producers, 1 thread message printed again, 1 memo with two
 * copies); 3 threads (4, 3 and 2 messages; every reply quotes what came before); 1 family (an
 * e-mail and the attachment it names). Decoys that must not be grouped: two unrelated e-mails
 * with the same generic subject and different people, and two memos sharing one paragraph.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { FIXTURES } from './paths';

export interface PlantedTruth {
  /** Duplicate groups as file names, the judged original first. */
  duplicates: string[][];
  /** Thread groups as file names (the order of sending). */
  threads: string[][];
  families: string[][];
  /** Files that are later copies ("dubbel"). */
  copies: string[];
}

function sentences(): string[] {
  const dir = path.join(FIXTURES, 'seeds');
  const seen = new Set<string>();
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8').replace(/\[[^\]]*\]/g, ' ').replace(/\s+/g, ' ');
    for (const s of text.split(/(?<=[.!?])\s+(?=[A-Z])/)) {
      const t = s.trim();
      if (t.length < 50 || t.length > 320 || seen.has(t.toLowerCase())) continue;
      seen.add(t.toLowerCase());
      out.push(t);
    }
  }
  return out;
}

/** Wraps text at `width` characters, keeping blank lines. */
function wrap(text: string, width = 86): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    if (para.trim() === '') {
      lines.push('');
      continue;
    }
    let line = '';
    for (const w of para.split(/\s+/)) {
      if (line && (line + ' ' + w).length > width) {
        lines.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
  }
  return lines;
}

/** enscript + ps2pdf, as tests/fixtures/producers are made (Latin-1, Courier 10, a page header). */
export function printEnscript(text: string, file: string, work: string): void {
  const txt = path.join(work, `${path.basename(file, '.pdf')}.txt`);
  const ps = path.join(work, `${path.basename(file, '.pdf')}.ps`);
  writeFileSync(txt, Buffer.from(wrap(text, 80).join('\n'), 'latin1'));
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1623664800', TZ: 'UTC' };
  execFileSync('enscript', ['-q', '-X', 'latin1', '-f', 'Courier10', '-M', 'A4', '--header=$n||Pagina $% van $=', '-o', ps, txt], { env });
  execFileSync('ps2pdf', ['-dAutoRotatePages=/None', ps, file], { env });
}

/** pdf-lib drawing Helvetica text lines (WinAnsi), 11 pt, another width and layout than enscript. */
export async function printPdfLib(text: string, file: string): Promise<void> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = wrap(text, 95);
  for (let i = 0; i < lines.length; i += 60) {
    const page = doc.addPage([595, 842]);
    lines.slice(i, i + 60).forEach((l, k) => {
      if (l) page.drawText(l, { x: 56, y: 790 - k * 12.5, size: 10, font });
    });
  }
  writeFileSync(file, await doc.save({ useObjectStreams: false }));
}

interface Person { name: string; address: string }

const PEOPLE: Person[] = [
  ['Visser, M. (Maarten)', 'm.visser@minbzk.nl'], ['Kaya, S.D. (Sanne)', 's.kaya@minbzk.nl'], ['Dijkstra, T. (Tom)', 't.dijkstra@minbzk.nl'],
  ['Postma, H. (Hanneke)', 'h.postma@minjenv.nl'], ['Bakker, P. (Pieter)', 'p.bakker@minjenv.nl'], ['Smit, L. (Lotte)', 'l.smit@minjenv.nl'],
  ['Jansen, R. (Rik)', 'r.jansen@minvws.nl'], ['Mulder, E. (Eva)', 'e.mulder@minvws.nl'], ['Bos, K. (Karim)', 'k.bos@minvws.nl'],
  ['Vos, A. (Anouk)', 'a.vos@minfin.nl'], ['Peters, J. (Jeroen)', 'j.peters@minfin.nl'], ['Hendriks, N. (Noor)', 'n.hendriks@minfin.nl'],
].map(([name, address]) => ({ name, address }));

const who = (p: Person) => `${p.name} <${p.address}>`;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

function emailText(m: { from: Person; to: Person[]; day: number; month: number; time: string; subject: string; body: string; attachments?: string[] }): string {
  return [
    `Van: ${who(m.from)}`,
    `Verzonden: ${m.day} ${MONTHS[m.month - 1]} 2024 ${m.time}`,
    `Aan: ${m.to.map(who).join('; ')}`,
    `Onderwerp: ${m.subject}`,
    ...(m.attachments ? [`Bijlagen: ${m.attachments.join('; ')}`] : []),
    '',
    m.body,
    '',
    'Met vriendelijke groet,',
    m.from.name.replace(/^(\w+), .*\((\w+)\)$/, '$2 $1'),
  ].join('\n');
}

/**
 * Writes the 50 PDFs into `dir` (created) and returns the truth. `work` is a scratch folder.
 *
 * @example
 *   const truth = await makeCopiesDossier(path.join(tmp, 'dossier'), path.join(tmp, 'work'));
 */
export async function makeCopiesDossier(dir: string, work: string): Promise<PlantedTruth> {
  mkdirSync(dir, { recursive: true });
  mkdirSync(work, { recursive: true });
  const pool = sentences();
  let at = 0;
  const take = (n: number) => {
    if (at + n > pool.length) throw new Error('the seeds ran out of sentences');
    const s = pool.slice(at, at + n).join(' ');
    at += n;
    return s;
  };
  const truth: PlantedTruth = { duplicates: [], threads: [], families: [], copies: [] };
  let n = 0;
  const next = (slug: string) => `${String(++n).padStart(2, '0')}-${slug}.pdf`;
  const file = (name: string) => path.join(dir, name);
  const enscript = (text: string, name: string) => printEnscript(text, file(name), work);
  const pdflib = (text: string, name: string) => printPdfLib(text, file(name));
  const memo = (title: string) => `Nota\n\nBetreft: ${title}\nDatum: ${1 + (n % 27)} ${MONTHS[n % 12]} 2024\n\n${take(2)}\n\n${take(2)}`;

  // Singles and planted copies, interleaved the way documents from several mailboxes arrive.
  const singles: (() => Promise<void> | void)[] = [];
  for (let i = 0; i < 17; i++) {
    const alt = i % 2 === 0;
    singles.push(() => {
      const name = next(`nota-${i + 1}`);
      return alt ? enscript(memo(`Voortgang dossier ${i + 1}`), name) : pdflib(memo(`Stand van zaken onderwerp ${i + 1}`), name);
    });
  }
  // Three e-mails, each printed by enscript and, later in the dossier, by pdf-lib.
  const mails = [0, 1, 2].map((i) => emailText({
    from: PEOPLE[i], to: [PEOPLE[i + 3]], day: 3 + i, month: 2 + i, time: `1${i}:2${i}`,
    subject: ['Planning werkbezoek', 'Begroting tweede suppletoire', 'Concept antwoorden Kamervragen'][i], body: take(4),
  }));
  // Two memos printed by both producers, one memo with two copies, two files twice byte for byte.
  const memos = [memo('Capaciteit uitvoering'), memo('Evaluatie pilot gegevensdeling')];
  const triple = memo('Verantwoording subsidies');
  const attachments = [memo('Bijlage risicoanalyse'), memo('Bijlage planning')];

  const order: (() => Promise<void> | void)[] = [];
  const originals: string[] = [];
  order.push(...singles.slice(0, 4));
  mails.forEach((m, i) => order.push(() => {
    const name = next(`mail-${i + 1}`);
    originals[i] = name;
    enscript(m, name);
  }));
  memos.forEach((m, i) => order.push(() => {
    const name = next(`memo-${i + 1}`);
    originals[3 + i] = name;
    return pdflib(m, name);
  }));
  order.push(() => {
    const name = next('verantwoording');
    originals[5] = name;
    enscript(triple, name);
  });
  attachments.forEach((m, i) => order.push(() => {
    const name = next(`bijlage-${i + 1}`);
    originals[6 + i] = name;
    enscript(m, name);
  }));
  order.push(...singles.slice(4, 9));

  // Threads: every reply quotes the whole conversation below its own message.
  const threadSpecs = [
    { subject: 'Afstemming persbericht', people: [6, 7, 8], messages: 4 },
    { subject: 'Vervolgoverleg convenant', people: [9, 10], messages: 3 },
    { subject: 'Aanlevering cijfers', people: [4, 5], messages: 2 },
  ];
  const threadFiles: string[][] = [];
  const threadTexts: string[][] = [];
  threadSpecs.forEach((t, ti) => {
    const texts: string[] = [];
    let quoted = '';
    for (let k = 0; k < t.messages; k++) {
      const from = PEOPLE[t.people[k % t.people.length]];
      const to = t.people.filter((_, j) => j !== k % t.people.length).map((p) => PEOPLE[p]);
      const own = emailText({ from, to, day: 10 + k, month: 5 + ti, time: `09:1${k}`, subject: `${k === 0 ? '' : 'RE: '}${t.subject}`, body: take(2) });
      const text = quoted ? `${own}\n\n-----Oorspronkelijk bericht-----\n${quoted}` : own;
      texts.push(text);
      quoted = text;
    }
    threadTexts.push(texts);
    threadFiles.push([]);
  });
  // The messages of each thread arrive scattered, newest first for the first thread.
  const threadOrder = [[3, 1, 0, 2], [0, 2, 1], [1, 0]];
  threadOrder.forEach((idx, ti) => idx.forEach((k) => order.push(() => {
    const name = next(`thread-${ti + 1}-${k + 1}`);
    threadFiles[ti][k] = name;
    return ti === 1 ? pdflib(threadTexts[ti][k], name) : enscript(threadTexts[ti][k], name);
  })));
  order.push(...singles.slice(9, 14));

  // The family: an e-mail naming its attachment, and the attachment itself.
  const familyNames: string[] = [];
  order.push(() => {
    const name = next('mail-met-bijlage');
    familyNames[0] = name;
    enscript(emailText({ from: PEOPLE[11], to: [PEOPLE[0]], day: 21, month: 9, time: '16:05', subject: 'Notitie doorlooptijden', body: take(2), attachments: ['notitie-doorlooptijden.pdf'] }), name);
  });
  order.push(() => {
    const name = next('notitie-doorlooptijden');
    familyNames[1] = name;
    return pdflib(memo('Doorlooptijden bezwaar'), name);
  });
  // Decoys: the same generic subject from unrelated people; two memos sharing one paragraph.
  const shared = take(2);
  order.push(() => enscript(emailText({ from: PEOPLE[1], to: [PEOPLE[2]], day: 2, month: 10, time: '08:00', subject: 'Vraag', body: take(3) }), next('vraag-a')));
  order.push(() => pdflib(emailText({ from: PEOPLE[9], to: [PEOPLE[11]], day: 5, month: 11, time: '13:30', subject: 'Vraag', body: take(3) }), next('vraag-b')));
  order.push(() => enscript(`Nota\n\nBetreft: Huisvesting\n\n${shared}\n\n${take(4)}`, next('huisvesting-a')));
  order.push(() => pdflib(`Nota\n\nBetreft: Huisvesting vervolg\n\n${shared}\n\n${take(4)}`, next('huisvesting-b')));

  // The later copies.
  const copy = (orig: () => string, slug: string, make: (name: string) => Promise<void> | void) => order.push(() => {
    const name = next(slug);
    const o = orig();
    const g = truth.duplicates.find((x) => x[0] === o);
    if (g) g.push(name);
    else truth.duplicates.push([o, name]);
    truth.copies.push(name);
    return make(name);
  });
  mails.forEach((m, i) => copy(() => originals[i], `mail-${i + 1}-kopie`, (name) => pdflib(m, name)));
  memos.forEach((m, i) => copy(() => originals[3 + i], `memo-${i + 1}-kopie`, (name) => enscript(m, name)));
  copy(() => originals[5], 'verantwoording-kopie-1', (name) => pdflib(triple, name));
  order.push(...singles.slice(14, 16));
  copy(() => originals[5], 'verantwoording-kopie-2', (name) => enscript(triple, name));
  attachments.forEach((_, i) => copy(() => originals[6 + i], `bijlage-${i + 1}-kopie`, (name) => copyFileSync(file(originals[6 + i]), file(name))));
  copy(() => threadFiles[0][1], 'thread-1-2-kopie', (name) => pdflib(threadTexts[0][1], name));
  order.push(...singles.slice(16, 17));

  for (const step of order) await step();
  if (n !== 50) throw new Error(`the dossier has ${n} documents, not 50`);
  truth.threads = threadFiles.map((t, ti) => (ti === 0 ? [t[0], t[1], truth.copies.at(-1)!, t[2], t[3]] : t));
  truth.families = [familyNames];
  return truth;
}
