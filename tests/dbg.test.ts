import { it } from 'vitest';
import { run } from '/work/inames/tests/shared/detect/helpers';
import { isCommonWord, isFirstName, isKnownSurname } from '/work/inames/shared/detect/lexicon';
it('dbg', () => {
  const r = run(process.env.T ?? 'Op 12 januari heeft staatssecretaris Van der Burg toegezegd de Kamer te informeren.');
  console.log(JSON.stringify([...r.suggestions, ...r.kept].map((s) => [s.category, s.text, s.reason, s.confidence])));
  for (const w of (process.env.W ?? 'Burg,Van').split(',')) console.log(w, isCommonWord(w), isFirstName(w), isKnownSurname(w));
});
