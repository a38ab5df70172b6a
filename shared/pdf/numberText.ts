/**
 * pdf-lib gives every number it parses its text at once (`PDFNumber`'s constructor calls
 * `numberToString`: a `String`, a `toString`, a `split` and a `parseInt` per number), though
 * only a number that is written again ever needs it. Reading and redacting the 1,000-page bench
 * dossier parses several hundred thousand numbers (fonts' widths, boxes, object headers) and
 * writes a few thousand: issue #17 (session 13). Installed once, this makes `PDFNumber.of`
 * keep the value only and makes the text when it is asked for, by the same `numberToString`,
 * so what is written is the same, byte for byte. Left as it is if pdf-lib's class differs.
 */
import { PDFNumber, numberToString } from '@cantoo/pdf-lib';

let installed = false;

export function numbersTextOnDemand(): void {
  if (installed) return;
  installed = true;
  const cls = PDFNumber as unknown as { of: (value: number) => PDFNumber; prototype: object };
  const proto = cls.prototype;
  const probe = cls.of(0.5) as unknown as Record<string, unknown>;
  // The class as this module knows it: the text an own property the constructor sets.
  if (Object.getOwnPropertyDescriptor(probe, 'stringValue')?.value !== '0.5' || probe.numberValue !== 0.5) return;
  if (Object.getOwnPropertyDescriptor(proto, 'stringValue')) return;
  Object.defineProperty(proto, 'stringValue', {
    configurable: true,
    get(this: { numberValue: number }) {
      return numberToString(this.numberValue);
    },
    // pdf-lib's own constructor still assigns it: kept on that object, as before.
    set(this: object, value: string) {
      Object.defineProperty(this, 'stringValue', { value, writable: true, enumerable: true, configurable: true });
    },
  });
  cls.of = (value: number) => {
    const n = Object.create(proto) as { numberValue: number };
    n.numberValue = value;
    return n as unknown as PDFNumber;
  };
}
