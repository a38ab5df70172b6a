/**
 * compromise for the command line, loaded when a detector first asks for it (issue #17).
 * Importing the library builds its English model at once, which cost every `lakstift suggest`
 * about half a CPU-second before the first page, while the names detector asks compromise only
 * about the weakest kind of candidate (shared/detect/nlp.ts), which many dossiers never have.
 * scripts/build-cli.mjs resolves `compromise` to this module; it loads the package's own
 * CommonJS build (the same version and code) on the first call. Tests and the app import
 * compromise itself.
 *
 * @example
 *   import nlp from './lazyCompromise';
 *   nlp('Gisteren sprak ik Roos Kaptein.').people().out('array'); // loads compromise here
 */
import { createRequire } from 'node:module';
import type compromise from 'compromise';

type Nlp = typeof compromise;

const load = createRequire(import.meta.url);
let lib: Nlp | undefined;
const nlpLib = (): Nlp => (lib ??= load('compromise') as Nlp);

/** Calls and properties go to compromise, loaded on the first of either; its methods run on it (`nlp.plugin(…)`). */
const nlp = new Proxy((() => undefined) as unknown as Nlp, {
  apply: (_target, thisArg, args: unknown[]) => Reflect.apply(nlpLib(), thisArg, args) as unknown,
  get: (_target, prop) => {
    const value = Reflect.get(nlpLib(), prop) as unknown;
    return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(nlpLib()) : value;
  },
  set: (_target, prop, value) => Reflect.set(nlpLib(), prop, value),
});

export default nlp;
