/**
 * The guidance model: a linear score over the features of a unit (features.ts). A unit whose
 * score reaches zero is guidance. The weights are data (weights.ts); the reason a reviewer
 * reads names the cues that weighed most.
 */
import { CUES } from './cues';
import type { Features } from './features';
import { WEIGHTS } from './weights';

const NAMES: Record<string, string> = {
  imperative: 'gebiedende wijs',
  imperativeClause: 'opdracht in de zin (… dan …)',
  verbFirstCondition: 'voorwaarde met het werkwoord voorop',
  questionRun: 'reeks vragen',
  exampleQuestion: 'voorbeeldvraag voor het gesprek',
  'ctx:guideHead': 'onder een kop of inleiding voor medewerkers',
  'ctx:guideLabel': 'na een aanwijzing voor medewerkers',
  'ctx:guideSection': 'in een paragraaf over de werkwijze',
  'ctx:item': 'opsomming',
  'ctx:guideList': 'opsomming onder een kop voor medewerkers',
  'ctx:indicatorSection': 'in een paragraaf over signalen',
  criterion: 'criterium of drempel met een vervolgstap',
  'ctx:fragment': 'tabelcel of opsomming',
  youStatement: 'spreekt de medewerker aan (je)',
  'ctx:instructionHead': 'onder een opdracht aan medewerkers',
  whoRule: 'regel voor wie in die situatie is (wie …, …)',
};
for (const c of CUES) NAMES[`cue:${c.id}`] = c.name;
const GUIDANCE_CUES = new Set([...CUES.filter((c) => c.side === 'guidance').map((c) => `cue:${c.id}`), 'imperative', 'imperativeClause', 'exampleQuestion', 'questionRun', 'criterion', 'whoRule']);

/**
 * The score a unit must reach to be suggested. Above the model's even odds (0), because a policy
 * sentence taken along costs more than a hint left for the officer to find.
 */
export const THRESHOLD = Number((globalThis as { LAKSTIFT_GUIDANCE_THRESHOLD?: string }).LAKSTIFT_GUIDANCE_THRESHOLD ?? 0.25);

export interface Judgement {
  score: number;
  /** Probability-like confidence in [0, 1]. */
  confidence: number;
  /** The positive features, strongest first, as a reviewer reads them. */
  cues: string[];
}

/**
 * Scores a unit's features.
 *
 * @example
 *   judge(new Set(['imperative', 'cue:interview', 'cue:assessed'])).score > 0; // true
 */
export function judge(features: Features, weights: Readonly<Record<string, number>> = WEIGHTS): Judgement {
  let score = weights.bias ?? 0;
  const positive: [string, number][] = [];
  for (const f of features) {
    const wgt = weights[f] ?? 0;
    score += wgt;
    // Name the cues of guidance that are present (the general features such as 'form' are not cues).
    if (NAMES[f] && (wgt > 0 || GUIDANCE_CUES.has(f))) positive.push([NAMES[f]!, wgt]);
  }
  positive.sort((a, b) => b[1] - a[1]);
  return {
    score,
    confidence: 1 / (1 + Math.exp(-score)),
    cues: [...new Set(positive.map(([n]) => n))],
  };
}
