/**
 * The suggestion categories, defined once. Everything else derives from this table: the
 * `SuggestionCategory` type of the contract, the grounds a suggestion of the category gets
 * under each law (shared/grounds), the order of the review panel's groups and the outline
 * colour of the boxes (shared/app). The two language files name each category
 * (renderer/src/i18n/nl.ts, en.ts), typed so that a category without a name does not compile.
 *
 * Adding a category: a row here, a detector that emits it (shared/detect/detectors/), the
 * detector in the registry (shared/detect/registry.ts), and its name in the two language files.
 *
 * @example
 *   SUGGESTION_CATEGORIES.phone.grounds.woo; // ['5.1.2e']
 */
export const SUGGESTION_CATEGORIES = {
  // Order is the review panel's order. Colours stay apart for the common colour-vision deficiencies.
  name: { colour: '#d55e00', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  email: { colour: '#0072b2', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  phone: { colour: '#009e73', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  guidance: { colour: '#cc79a7', grounds: { wob: ['10.2.d', '10.2.g'], woo: ['5.1.2d', '5.1.2i'] } },
  bsn: { colour: '#e69f00', grounds: { wob: ['10.1.d'], woo: ['5.1.1e'] } },
  vnummer: { colour: '#e69f00', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  iban: { colour: '#56b4e9', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  birthdate: { colour: '#8c6d31', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  address: { colour: '#6a3d9a', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
  licenseplate: { colour: '#999933', grounds: { wob: ['10.2.e'], woo: ['5.1.2e'] } },
} as const satisfies Record<string, { colour: string; grounds: { wob: readonly string[]; woo: readonly string[] } }>;

/** What a detector finds: one row of the table. */
export type SuggestionCategory = keyof typeof SUGGESTION_CATEGORIES;

/** The categories in table order. */
export const SUGGESTION_CATEGORY_ORDER = Object.keys(SUGGESTION_CATEGORIES) as SuggestionCategory[];
