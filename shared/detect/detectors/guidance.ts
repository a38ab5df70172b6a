/**
 * Operational guidance (10.2.d + 10.2.g / 5.1.2d + 5.1.2i): sentences and list items that tell
 * staff how to work — how to interview, which indicators to watch, example questions,
 * "let op" hints — as the seed decision letter describes them ("handreikingen voor
 * beslismedewerkers in de vorm van specifieke informatie, indicatoren, voorbeelden en
 * voorbeeldvragen"). Each passage is scored on cues; the reason names the cues found.
 */
import type { Candidate, Detector } from '../types';
import { columnView, originalRanges } from '../columns';

interface Cue { re: RegExp; weight: number; name: string }

// Dutch imperatives open instructions: the verb stem first ("Vraag", "Controleer", "Let op").
const IMPERATIVES = 'vraag|controleer|check|stel|noteer|besteed|wees|houd|zorg|probeer|confronteer|leg|laat|verifieer|toets|beoordeel|betrek|neem|gebruik|vermijd|kijk|verwijs|onderzoek|bespreek|vergelijk|ga|geef|achterhaal|informeer|raadpleeg|registreer|signaleer|meld|wijs|herhaal|benadruk|maak|start|begin|sluit|deel|blijf|bepaal|noem|verzoek|hanteer|overweeg|bevraag|peil';

const CUES: Cue[] = [
  { re: new RegExp(`^(?:[•\\-–*]\\s*|\\d+[.)]\\s*|[a-z][.)]\\s*)?(?:${IMPERATIVES})\\b(?!\\s+(?:is|zijn|wordt|werd)\\b)`, 'iu'), weight: 2, name: 'gebiedende wijs aan het begin' },
  { re: /\blet\s+op\b|\blet\s+(?:daarbij|hierbij|daar|goed|extra)\s+(?:\w+\s+)?op\b|\baandachtspunt|\bn\.?b\.?\s*:|\btip\s*:|\blet\s+wel\b|\bwees\s+(?:alert|bedacht|voorzichtig)\b|\balert\s+op\b/i, weight: 2, name: "'let op'-aanwijzing" },
  // Whom the instruction is about: the person being heard or assessed.
  { re: /\b(?:de|een|het)\s+(?:vreemdeling|betrokkene|aanvrager|verzoeker|asielzoeker|verdachte|minderjarige|referent|klant|cliënt|gehoorde|belanghebbende)\b/i, weight: 1, name: 'over de betrokkene' },
  { re: /\bhet\s+is\s+raadzaam\b|\bhet\s+verdient\s+aanbeveling\b|\baan\s+te\s+raden\b|\bhet\s+advies\s+is\s+om\b/i, weight: 2, name: 'advies aan de medewerker' },
  { re: /\b(?:kan|kunnen|moet|moeten|dient|dienen)\s+(?:\w+\s+){0,5}worden\s+(?:gevraagd|nagevraagd|nagegaan|gecontroleerd|doorgevraagd|aangevraagd|geconfronteerd|getoetst|voorgehouden|uitgevraagd|geverifieerd)\b/i, weight: 2, name: 'werkwijze (hoe iets wordt nagegaan)' },
  { re: /\bconfronteer\b|\bconfronteren\s+met\b|\bvoorhouden\b/i, weight: 1, name: 'confrontatie met bevindingen' },
  { re: /\b(?:kan|kunnen|zou|zouden)\s+(?:\w+\s+){0,2}(?:wijzen|duiden)\s+op\b|\bsignalen\s+die\s+(?:kunnen\s+)?wijzen\b/i, weight: 2, name: 'indicatoren' },
  { re: /^(?:[•\-–*▪◦]|\d+[.)]|[a-z][.)])\s+[^?]*\b(?:u|uw|je|jij|jouw)\b[^?]*\?\s*$/i, weight: 3, name: 'voorbeeldvraag in een opsomming' },
  { re: /\b(?:vraag|vragen)\s+(?:\w+\s+){0,8}door\b|\bdoor\s*te\s*vragen\b|\bdoorvragen\b|\bvraag\s+dan\b|\bvraag\s+naar\b|\bvraag\s+(?:de|het|hem|haar|betrokkene|de\s+vreemdeling)\b/i, weight: 2, name: 'doorvraagtechniek' },
  { re: /\b(?:tijdens|in|bij|voor)\s+het\s+(?:(?:nader|aanvullend|eerste|tweede)e?\s+)?(?:gehoor|interview|verhoor|gesprek)\b|\bhoorder\b|\bhoormedewerker\b|\bgehoorverslag\b/i, weight: 1, name: 'het gehoor' },
  { re: /\bindicator(?:en)?\s+(?:voor|van|zijn|is|die|om)\b|\bsignalen\s+(?:die|van|voor|zijn)\b|\brode\s+vlag|\bwijst\s+(?:mogelijk\s+)?op\b|\baanwijzing(?:en)?\s+voor\b/i, weight: 2, name: 'indicatoren' },
  { re: /^(?:indicatoren|signalen|aandachtspunten|kenmerken|voorbeelden)\b/i, weight: 1, name: 'opsomming van indicatoren' },
  { re: /\bvoorbeeldvra(?:ag|gen)\s*(?::|voor|bij|tijdens|zijn)|\bmogelijke\s+vragen\b|\bvragen\s+die\s+(?:u|je|de\s+\w+)\s+(?:kunt|kan|kun)\s+stellen\b|\bvoorbeelden\s+van\s+vragen\b/i, weight: 3, name: 'voorbeeldvragen' },
  { re: /\b(?:de\s+)?(?:beslis)?medewerker\s+(?:moet|dient|kan|vraagt|controleert|let|stelt|toetst|beoordeelt|gaat\s+na)\b|\b(?:u|je)\s+(?:moet|dient|kunt|kan)\s+(?:\w+\s+){0,4}(?:vragen|letten|controleren|nagaan|doorvragen|toetsen|beoordelen)\b/i, weight: 2, name: 'werkwijze van de medewerker' },
  { re: /\btegenstrijdigh|\binconsistent|\bgeloofwaardigh|\bongeloofwaardig|\bopvallend|\bverdacht/i, weight: 1, name: 'beoordeling van verklaringen' },
  { re: /\buitsluitend\s+(?:bedoeld\s+)?voor\s+(?:intern|medewerkers)|\balleen\s+voor\s+intern\s+gebruik|\bniet\s+(?:extern\s+)?delen\b|\bintern\s+gebruik\b/i, weight: 2, name: 'alleen voor intern gebruik' },
  // Text about documents rather than instructions to staff (a decision letter describing what it withholds).
  { re: /\b(?:de|deze|het)\s+documenten?\s+(?:bevat|bevatten)\b|\bopenbaarmaking\b|\bweigeringsgrond|\bwob-verzoek|\bwoo-verzoek|\bin\s+dit\s+besluit\b/i, weight: -4, name: 'beschrijving van documenten (geen instructie)' },
];

interface Segment { start: number; end: number }

/** Sentences and list items of a page text, with example-question lists kept with their intro. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  for (const para of text.matchAll(/[^\n](?:[^\n]|\n(?!\n))*/g)) {
    const pStart = para.index ?? 0;
    const p = para[0];
    // List items start a new segment at a bullet or number at the start of a line.
    const boundaries = [0];
    for (const m of p.matchAll(/\n(?=[ \t]*(?:[•\-–*▪◦]|\d+[.)]|[a-z][.)])\s)/g)) boundaries.push((m.index ?? 0) + 1);
    for (const m of p.matchAll(/[.!?;](?=["'’”)]?\s+["'‘“(]?[\p{Lu}\d])/gu)) boundaries.push((m.index ?? 0) + 1);
    for (const m of p.matchAll(/:(?=\s*\n)/g)) boundaries.push((m.index ?? 0) + 1);
    // A heading line ("2. Werkwijze"): short, no closing punctuation, the next line starts anew.
    for (const m of p.matchAll(/(?:^|\n)([^\n]{1,60})\n(?=[ \t]*\p{Lu})/gu)) {
      const head = m[1] ?? '';
      if (!/[.,;:!?]\s*$/.test(head) && head.trim().split(/\s+/).length <= 6) boundaries.push((m.index ?? 0) + m[0].length - 1);
    }
    boundaries.push(p.length);
    const sorted = [...new Set(boundaries)].sort((a, b) => a - b);
    for (let i = 0; i + 1 < sorted.length; i++) {
      let s = sorted[i]!;
      let e = sorted[i + 1]!;
      while (s < e && /\s/.test(p[s]!)) s++;
      while (e > s && /\s/.test(p[e - 1]!)) e--;
      if (e > s) out.push({ start: pStart + s, end: pStart + e });
    }
  }
  // Example questions after an introduction ending in ':' belong to it.
  const merged: Segment[] = [];
  let chain = false;
  for (const seg of out) {
    const t = text.slice(seg.start, seg.end);
    const isQuestion = /\?\s*$/.test(t);
    const prev = merged[merged.length - 1];
    if (prev && chain && isQuestion && !/\n\n/.test(text.slice(prev.end, seg.start))) {
      prev.end = seg.end;
      continue;
    }
    merged.push({ ...seg });
    chain = /:\s*$/.test(t) || (/:\s/.test(t) && isQuestion);
  }
  return merged;
}

/** The cues found in a passage and their total weight. */
export function guidanceScore(passage: string): { score: number; cues: string[] } {
  const flat = passage.replace(/\s+/g, ' ').trim();
  let score = 0;
  const cues: string[] = [];
  for (const c of CUES) {
    if (c.re.test(flat)) {
      score += c.weight;
      if (c.weight > 0) cues.push(c.name);
    }
  }
  const questions = (flat.match(/\?/g) ?? []).length;
  if (questions >= 2) {
    score += 1;
    cues.push('reeks vragen');
  }
  return { score, cues };
}

const THRESHOLD = 3;

export const guidanceDetector: Detector = {
  id: 'guidance.cues',
  category: 'guidance',
  run({ page }) {
    const out: Candidate[] = [];
    // Read column by column, so that a sentence is never mixed with the column beside it.
    const view = columnView(page);
    const text = view.text;
    for (const seg of segments(text)) {
      const passage = text.slice(seg.start, seg.end);
      if (passage.length < 25) continue;
      const { score, cues } = guidanceScore(passage);
      if (score < THRESHOLD) continue;
      const ranges = originalRanges(view, seg.start, seg.end);
      if (ranges.length === 0) continue;
      out.push({
        category: 'guidance', start: ranges[0]![0], end: ranges[ranges.length - 1]![1], ranges,
        confidence: Math.min(0.95, 0.5 + score * 0.08),
        reason: `werkinstructie voor medewerkers: ${cues.join(', ')}`,
      });
    }
    return out;
  },
};
