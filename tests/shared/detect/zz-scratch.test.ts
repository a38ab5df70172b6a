import { it } from 'vitest';
import { run } from './helpers';
it('debug', () => {
  const page = (k: number) => `Bericht ${k}\n\nDe stukken volgen morgen.\n\nMet vriendelijke groet,\n\nFemke Ruitenbeek\nT 0546 83 27 14`;
  const r = run(page(1), 'Tussenpagina zonder nummer.\nNog een regel.\nEn nog een.\nSlot.', page(3), 'Bijlage.\nRegel.\nRegel.\nSlot.');
  console.log(JSON.stringify(r.suggestions.map((s) => [s.category, s.text, s.reason])), '\n  K:', JSON.stringify(r.kept.map((s) => [s.category, s.text, s.reason])));
});
