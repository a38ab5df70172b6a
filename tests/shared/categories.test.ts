import { describe, expect, it } from 'vitest';
import { SUGGESTION_CATEGORIES, SUGGESTION_CATEGORY_ORDER } from '../../shared/categories';
import { CATEGORY_COLOURS, CATEGORY_ORDER } from '../../shared/app';
import { DETECTORS } from '../../shared/detect/registry';
import { groundsForCategory } from '../../shared/grounds';
import { nl } from '../../renderer/src/i18n/nl';
import { en } from '../../renderer/src/i18n/en';

describe('the category table', () => {
  it('knows the category of every registered detector, so no suggestion goes unshown', () => {
    for (const d of DETECTORS) expect(Object.keys(SUGGESTION_CATEGORIES), d.id).toContain(d.category);
  });

  it('gives every category its place in the panel, a colour, grounds in both laws and a name in both languages', () => {
    expect(CATEGORY_ORDER).toEqual([...SUGGESTION_CATEGORY_ORDER, 'manual', 'page']);
    for (const c of CATEGORY_ORDER) {
      expect(CATEGORY_COLOURS[c], c).toMatch(/^#[0-9a-f]{6}$/);
      expect(nl.categories[c], c).toBeTruthy();
      expect(en.categories[c], c).toBeTruthy();
    }
    for (const c of SUGGESTION_CATEGORY_ORDER) {
      expect(groundsForCategory(c, 'wob').every((g) => g.startsWith('1')), c).toBe(true);
      expect(groundsForCategory(c, 'woo').every((g) => g.startsWith('5')), c).toBe(true);
    }
  });
});
