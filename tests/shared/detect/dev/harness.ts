/**
 * What the scratch development sets (origins-dev.ts, origins-s7.ts) share: a document written
 * as parts (plain text, or a labelled name `n`, phone `p`, e-mail `e`, or must-keep string `k`),
 * a seeded generator, and the measurement of one half (recall, precision, must-keep violations).
 * Not a test: it prints figures.
 */
import { suggestDocument } from '../../../../shared/detect';
import { pageTextFromString } from '../../../helpers/pdftotext-pagetext';

export type Part = string | { n: string } | { p: string } | { e: string } | { k: string };
export type Template<P> = (a: P, b: P, c: P, r: () => number) => Part[];

interface Item { cat: string; start: number; end: number; text: string }

/** A deterministic generator (an LCG): the same seed draws the same documents. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function build(parts: Part[]): { text: string; items: Item[] } {
  let text = '';
  const items: Item[] = [];
  for (const p of parts) {
    if (typeof p === 'string') { text += p; continue; }
    const [cat, v] = 'n' in p ? ['name', p.n] : 'p' in p ? ['phone', p.p] : 'e' in p ? ['email', p.e] : ['keep', p.k];
    items.push({ cat, start: text.length, end: text.length + v.length, text: v });
    text += v;
  }
  return { text, items };
}

/**
 * Suggests on 60 documents of one half (three people drawn per document by `draw`) and prints
 * recall and precision per category and the must-keep violations; `showMisses` lists each miss,
 * extra suggestion and violation.
 */
export function measureHalf<P>(half: string, r: () => number, templates: Template<P>[], draw: () => P, showMisses: boolean): void {
  const stats: Record<string, { items: number; found: number; sugg: number; right: number }> = {};
  const st = (c: string) => (stats[c] ??= { items: 0, found: 0, sugg: 0, right: 0 });
  let violations = 0;
  for (let d = 0; d < 60; d++) {
    const ppl = [draw(), draw(), draw()];
    const { text, items } = build(templates[d % templates.length]!(ppl[0]!, ppl[1]!, ppl[2]!, r));
    const res = suggestDocument([pageTextFromString(text, 1)], { law: 'wob' });
    const sug = res.suggestions.map((s) => {
      const at = text.indexOf(s.text);
      return { cat: s.category, text: s.text, start: at, end: at + s.text.length };
    });
    // Positions: suggestions carry their text; find every occurrence so that repeated names match.
    const spans = res.suggestions.flatMap((s) => {
      const out: Item[] = [];
      for (let i = text.indexOf(s.text); i >= 0 && s.text; i = text.indexOf(s.text, i + 1)) out.push({ cat: s.category, start: i, end: i + s.text.length, text: s.text });
      return out;
    });
    const overlap = (a: Item, b: Item) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
    for (const it of items) {
      if (it.cat === 'keep') {
        if (spans.some((s) => overlap(s, it) > 0)) { violations++; if (showMisses) console.log(`  KEEP-VIOL ${it.text}`); }
        continue;
      }
      st(it.cat).items++;
      const hit = spans.some((s) => s.cat === it.cat && overlap(s, it) * 2 >= it.end - it.start);
      if (hit) st(it.cat).found++;
      else if (showMisses) console.log(`  MISS ${it.cat} ${JSON.stringify(it.text)}  [t${d % templates.length}] …${JSON.stringify(text.slice(Math.max(0, it.start - 40), it.end + 20))}`);
    }
    for (const s of sug) {
      if (!['name', 'phone', 'email'].includes(s.cat)) continue;
      st(s.cat).sugg++;
      const ok = spans.filter((x) => x.text === s.text).some((x) => items.some((it) => it.cat === s.cat && overlap(x, it) * 2 >= x.end - x.start));
      if (ok) st(s.cat).right++;
      else if (showMisses) console.log(`  EXTRA ${s.cat} ${JSON.stringify(s.text)}  [t${d % templates.length}]`);
    }
  }
  const f = (a: number, b: number) => (b ? (a / b).toFixed(3) : '  -  ');
  console.log(`${half}: ${Object.entries(stats).map(([c, s]) => `${c} R ${f(s.found, s.items)} P ${f(s.right, s.sugg)} (${s.items})`).join(' | ')} | keep-viol ${violations}`);
}
