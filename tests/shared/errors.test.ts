/**
 * The error model (issue #13, item 3): every error a user can meet has a stable code and one
 * sentence in English and in Dutch that names the file and says what to do.
 */
import { describe, expect, it } from 'vitest';
import {
  asLakstiftError, DamagedPdfError, EncryptedPdfError, InvalidInputError, LakstiftError, LimitExceededError,
  NotAPdfError, UnsupportedError, withFile, WrongPasswordError,
} from '../../shared/errors';
import { extractText } from '../../shared/pdf';
import { BROKEN } from '../fixtures/robustness/broken';

/** One sentence: no line break, ends in a full stop, a ';' before what to do. */
const ONE_SENTENCE = /^[^\n]+; [^\n]+\.$/;

describe('the error model', () => {
  const errors: LakstiftError[] = [
    new NotAPdfError('brief.docx'),
    new DamagedPdfError('it is incomplete: its end is missing, as after a broken download', 'brief.pdf'),
    new DamagedPdfError('it has no pages', 'brief.pdf'),
    new EncryptedPdfError('brief.pdf'),
    new WrongPasswordError('brief.pdf'),
    new LimitExceededError('The content of page 3', '64 MB'),
    new LimitExceededError('Nested form XObjects', '32 levels'),
    new InvalidInputError({ en: 'besluiten.json is not valid JSON; fix the decisions file.', nl: 'besluiten.json is geen geldige JSON; herstel het besluitenbestand.' }),
    new UnsupportedError({ en: 'brief.pdf has an image that cannot be blanked; report the file.', nl: 'brief.pdf heeft een afbeelding die niet kan worden weggelakt; meld het bestand.' }),
  ];

  it.each(errors.map((e) => [e.code, e] as const))('%s: one sentence in each language, and they differ', (_c, e) => {
    expect(e.message).toMatch(ONE_SENTENCE);
    expect(e.nl).toMatch(ONE_SENTENCE);
    expect(e.nl).not.toBe(e.message);
    expect(e.text('en')).toBe(e.message);
    expect(e.text('nl')).toBe(e.nl);
  });

  it('translates the known details of a damaged file and a limit into Dutch', () => {
    expect(new DamagedPdfError('it has no pages', 'a.pdf').nl).toBe('a.pdf is beschadigd en kan niet worden gelezen (het heeft geen pagina’s); vraag de afzender om een nieuw exemplaar of sla het opnieuw op met een PDF-printer.');
    expect(new LimitExceededError('The content of page 3', '32 levels').nl).toMatch(/^De inhoud van pagina 3 overschrijdt de veiligheidsgrens van 32 niveaus; /);
  });

  it('names the file in both languages when the core did not know it', () => {
    const e = withFile(new DamagedPdfError('it has no pages'), 'stukken/brief.pdf');
    expect(e.message).toMatch(/^stukken\/brief\.pdf is damaged/);
    expect(e.nl).toMatch(/^stukken\/brief\.pdf is beschadigd/);
    expect(e.code).toBe('damaged-pdf');
    const other = withFile(new InvalidInputError({ en: 'Redaction 1 has no grounds; give one.', nl: 'Lakking 1 heeft geen gronden; geef er een.' }), 'b.pdf');
    expect([other.message, other.nl]).toEqual(['b.pdf: Redaction 1 has no grounds; give one.', 'b.pdf: Lakking 1 heeft geen gronden; geef er een.']);
  });

  it('turns anything else into an internal error that says to report it, keeping the original for --debug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')\n    at f (shared/x.ts:1:1)");
    const e = asLakstiftError(bug, 'brief.pdf');
    expect(e.code).toBe('internal');
    expect(e.message).toBe("brief.pdf: internal error (Cannot read properties of undefined (reading 'x')); please report it, with the file if you may share it.");
    expect(e.nl).toMatch(/^brief\.pdf: interne fout \(.*\); meld dit alstublieft/);
    expect(e.cause).toBe(bug);
    const known = new NotAPdfError();
    expect(asLakstiftError(known)).toBe(known);
  });

  it('every broken-file class that fails gives a Dutch sentence too', async () => {
    for (const c of BROKEN.filter((x) => x.expect !== 'ok')) {
      const e = await extractText(c.build()).then(() => null, (x: unknown) => x);
      expect(e, c.name).toBeInstanceOf(LakstiftError);
      const err = e as LakstiftError;
      expect(err.code, c.name).toBe(c.expect);
      expect(err.nl, c.name).toMatch(ONE_SENTENCE);
      expect(err.nl, c.name).not.toBe(err.message);
      // No English detail left untranslated in a Dutch sentence the core knows.
      expect(err.nl, c.name).not.toMatch(/\b(is damaged|cannot be read|exceeds the safety limit|it has|its end)\b/);
    }
  });
});
