import { createContext, useContext } from 'react';
import { nl, type Strings } from './nl';
import { en } from './en';

export type Language = 'nl' | 'en';
export const LANGUAGES: Record<Language, Strings> = { nl, en };

type StringKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

export interface I18n {
  lang: Language;
  s: Strings;
  t(key: StringKey, vars?: Record<string, string | number>): string;
}

export function makeI18n(lang: Language): I18n {
  const s = LANGUAGES[lang];
  return {
    lang,
    s,
    t: (key, vars) => (s[key] as string).replace(/\{(\w+)\}/g, (m, v: string) => (vars && v in vars ? String(vars[v]) : m)),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('nl'));
export const useI18n = () => useContext(I18nContext);
