/**
 * pdf-lib's colour, XML and SVG helpers as the command line gets them (cli/lazyPdfLibDeps.ts):
 * the packages themselves, loaded on the first call, with the same results.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { encode as realEncode, decode as realDecode } from 'html-entities';
import { NodeType as RealNodeType, parse as realParse } from 'node-html-better-parser';
import { converter, decode, encode, NodeType, parse } from '../../cli/lazyPdfLibDeps';

// culori ships no types of its own (pdf-lib's are a devDependency of pdf-lib).
const realConverter = (createRequire(import.meta.url)('culori') as { converter(mode: string): (c: string) => unknown }).converter;

describe('lazyPdfLibDeps', () => {
  it('converts CSS colours as culori does (pdf-lib colours an SVG with it)', () => {
    const toRgb = converter('rgb');
    for (const c of ['#ff8000', 'rebeccapurple', 'hsl(120 50% 50%)', 'nonsense']) expect(toRgb(c)).toEqual(realConverter('rgb')(c));
  });

  it('escapes and unescapes XML as html-entities does (pdf-lib writes XMP metadata with it)', () => {
    expect(encode('Jansen & Zn. <b>"x"</b>')).toBe(realEncode('Jansen & Zn. <b>"x"</b>'));
    expect(decode('&lt;a&gt; &amp; &eacute;')).toBe(realDecode('&lt;a&gt; &amp; &eacute;'));
  });

  it('parses SVG as node-html-better-parser does, with its node types', () => {
    const svg = '<svg width="10"><g><rect x="1"/></g>tekst</svg>';
    const kinds = (n: { childNodes: { nodeType: unknown; childNodes: never[] }[] }): unknown[] => n.childNodes.map((c) => [c.nodeType, kinds(c)]);
    expect(kinds(parse(svg) as never)).toEqual(kinds(realParse(svg) as never));
    expect(NodeType.ELEMENT_NODE).toBe(RealNodeType.ELEMENT_NODE);
    expect(NodeType.TEXT_NODE).toBe(RealNodeType.TEXT_NODE);
    expect('COMMENT_NODE' in NodeType).toBe(true);
  });
});
