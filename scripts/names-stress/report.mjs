#!/usr/bin/env node
// The names stress set's table: recall per position class, precision, and (with --list) every
// miss and every wrong suggestion, from eval's JSON of the stress folder.
//
//   node scripts/eval.mjs /tmp/lakstift-names-stress/stress --no-redact --json > /tmp/stress.json
//   node scripts/names-stress/report.mjs /tmp/stress.json [--list]
import { readFileSync } from 'node:fs';

const [file, ...flags] = process.argv.slice(2);
if (!file) {
  process.stderr.write('names-stress report: give the JSON file that `node scripts/eval.mjs <stress folder> --no-redact --json` wrote.\n');
  process.exit(2);
}
const c = Object.values(JSON.parse(readFileSync(file, 'utf8')).corpora)[0];
const n = c.categories.name;
console.log(`names stress set: ${c.documents} documents, name R ${n.recall?.toFixed(3)} P ${n.precision?.toFixed(3)} (${JSON.stringify({ truth: n.truth, suggested: n.suggested ?? n.predicted })})`);
for (const [cls, v] of Object.entries(c.nameRecallByOrigin)) console.log(`  ${cls.padEnd(22)} ${v.recall.toFixed(3)}  ${String(v.found).padStart(3)}/${v.truth}`);
// Recall by the person's origin: the plan (same seed) gives each document's persons.
const perFamily = Number(flags.find((f) => f.startsWith('--per-family='))?.split('=')[1] ?? 0);
if (perFamily) {
  const { planStress } = await import('./generate.mjs');
  const docs = planStress(undefined, perFamily);
  const by = {};
  const missed = new Set(c.misses.filter((x) => x.category === 'name').map((m) => `${m.file}|${m.text}`));
  for (const d of docs) {
    for (const mk of d.doc.marks.filter((x) => x.category === 'name')) {
      const per = d.doc.people.find((p) => mk.text.toLowerCase().includes(p.first.toLowerCase()) || mk.text.toLowerCase().includes(p.surname.toLowerCase()));
      if (!per) continue;
      const file = c.misses.find((m) => m.file.startsWith(d.name) && m.text === mk.text);
      const o = (by[per.origin] ??= { truth: 0, missed: 0 });
      o.truth++;
      if (file && missed.has(`${file.file}|${mk.text}`)) o.missed++;
    }
  }
  console.log(`by origin (mark texts): ${Object.entries(by).map(([k, v]) => `${k} ${(1 - v.missed / v.truth).toFixed(2)} (${v.truth})`).join(', ')}`);
}
if (flags.includes('--list')) {
  for (const m of c.misses.filter((x) => x.category === 'name')) console.log(`  miss  ${m.file} ${JSON.stringify(m.text)}`);
  for (const f of c.falsePositives.filter((x) => x.category === 'name')) console.log(`  extra ${f.file} ${JSON.stringify(f.text)} (${f.reason})`);
}
