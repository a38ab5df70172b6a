/**
 * pdf-lib's SVG, colour and XML helpers for the command line, loaded on their first use (issue
 * #17, start-up). pdf-lib imports culori, html-entities and node-html-better-parser at its top
 * level, and importing them builds their tables at once (html-entities its named references,
 * culori its colour modes): about 40 ms of every `lakstift text` and of every job worker,
 * while only drawing an SVG, a form's XFA or PDF/A metadata calls them, which `text`, `suggest`
 * and `redact` never do. scripts/build-cli.mjs resolves each of the three packages to one of the
 * modules below (`lazy-pdf-lib-deps`), which load the package's own CommonJS build (the same
 * version and code) on the first call. Tests and the app import the packages themselves.
 *
 * @example
 *   import { converter } from './lazyPdfLibDeps';
 *   const toRgb = converter('rgb'); // nothing loaded yet
 *   toRgb('#ff0000'); // loads culori here
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
const lazily = <T>(name: string): (() => T) => {
  let lib: T | undefined;
  return () => (lib ??= load(name) as T);
};

type Fn = (...args: unknown[]) => unknown;
const culori = lazily<{ converter(mode?: string): Fn }>('culori');
const entities = lazily<{ encode: Fn; decode: Fn; decodeEntity: Fn }>('html-entities');
const parser = lazily<{ parse: Fn; NodeType: Record<string, unknown> }>('node-html-better-parser');

/** culori's `converter`: pdf-lib makes its converter when its colour module loads, and calls it only for a CSS colour. */
export function converter(mode?: string): Fn {
  let conv: Fn | undefined;
  return (...args) => (conv ??= culori().converter(mode))(...args);
}

/** html-entities (pdf-lib's XMP and form code, and the HTML parser). */
export const encode: Fn = (...args) => entities().encode(...args);
export const decode: Fn = (...args) => entities().decode(...args);
export const decodeEntity: Fn = (...args) => entities().decodeEntity(...args);

/** node-html-better-parser (pdf-lib's SVG and XFA code): `parse`, and the `NodeType` enum read when a parsed node is compared. */
export const parse: Fn = (...args) => parser().parse(...args);
export const NodeType: Record<string, unknown> = new Proxy({}, {
  get: (_target, prop) => Reflect.get(parser().NodeType, prop) as unknown,
  has: (_target, prop) => Reflect.has(parser().NodeType, prop),
});
