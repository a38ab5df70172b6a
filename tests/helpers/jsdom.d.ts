/** The part of jsdom the tests use (its own types are not installed): a window with a DOMParser. */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
