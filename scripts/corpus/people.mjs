// Persons, their written forms, e-mail local parts and phone numbers in Dutch notations.
import { DUTCH_PARTICLES } from './names.mjs';

const cap = (w) => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1);

/** ASCII for e-mail local parts: diacritics dropped, ı → i, spaces and apostrophes removed. */
export function ascii(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/ø/g, 'o').replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^A-Za-z0-9.-]/g, '').toLowerCase();
}

/**
 * A person drawn from the split's pools. `taken` holds name parts already used in the document,
 * so that two persons (or a person and a street or official) never share a part.
 */
export function makePerson(rng, pools, taken, opts = {}) {
  const origins = opts.origin ? pools.origins.filter((o) => o.id === opts.origin) : pools.origins;
  for (let attempt = 0; attempt < 200; attempt++) {
    const total = origins.reduce((n, o) => n + o.weight, 0);
    let r = rng.next() * total;
    const o = origins.find((x) => (r -= x.weight) < 0) ?? origins[0];
    const first = rng.pick(o.first);
    let second = rng.chance(0.35) ? rng.pick(o.first) : null;
    let surname = rng.pick(o.last);
    let particle = '';
    // faker's Dutch surnames may carry their tussenvoegsel ("van der Wal"): keep it apart, as
    // Dutch writing moves and capitalises it ("Wal, J. van der", "De heer Van der Wal").
    const own = /^((?:\p{Ll}+['’]?\s)+)(.+)$/u.exec(surname);
    if (own) [particle, surname] = [own[1].trim(), own[2]];
    else if (o.dutchParticles && rng.chance(0.4)) particle = rng.pick(DUTCH_PARTICLES);
    if (o.particles && rng.chance(0.45)) {
      const p = rng.pick(o.particles);
      surname = p.endsWith('-') ? `${p}${surname}` : `${p} ${surname}`;
    }
    // A married or double surname mixing origins: "Yılmaz-de Boer", "Haddad-Jansen".
    if (!opts.noDouble && rng.chance(0.12)) {
      const o2 = rng.pick(pools.origins);
      const p2 = o2.dutchParticles && rng.chance(0.4) ? `${rng.pick(DUTCH_PARTICLES)} ` : '';
      surname = `${surname}-${p2}${rng.pick(o2.last)}`;
    }
    const parts = [first, second, ...surname.split(/[\s-]+/)].filter(Boolean);
    if (second === first) second = null;
    if (parts.some((p) => taken.has(p.toLowerCase()))) continue;
    if (opts.latin1 && /[^\u0000-\u00ff]/.test(parts.join(''))) continue;
    parts.forEach((p) => taken.add(p.toLowerCase()));
    return new Person({ origin: o.id, first, second, particle, surname, female: rng.chance(0.5) });
  }
  throw new Error('could not draw a person with unused name parts');
}

export class Person {
  constructor(p) { Object.assign(this, p); }
  get initials() { return [this.first, this.second].filter(Boolean).map((n) => `${n.charAt(0)}.`).join(''); }
  /** "Jan de Vries" */
  get full() { return [this.first, this.particle, this.surname].filter(Boolean).join(' '); }
  /** "J.A. de Vries" */
  get formal() { return [this.initials, this.particle, this.surname].filter(Boolean).join(' '); }
  /** "De Vries" (alone, the particle takes a capital) */
  get surnameAlone() { return this.particle ? `${cap(this.particle)} ${this.surname}` : this.surname; }
  /** "J. (Jan) de Vries" */
  get signature() { return [this.initials, `(${this.first})`, this.particle, this.surname].filter(Boolean).join(' '); }
  /** Outlook forms, surname first. */
  display(style) {
    const tail = this.particle ? ` ${this.particle}` : '';
    switch (style) {
      case 'initials-first': return `${this.surname}, ${this.initials}${tail} (${this.first})`; // Vries, J.A. de (Jan)
      case 'initials': return `${this.surname}, ${this.initials}${tail}`; // Vries, J.A. de
      case 'first': return `${this.surname}, ${this.first}${tail}`; // Vries, Jan de
      case 'first-cap': return `${this.surnameAlone}, ${this.first}`; // De Vries, Jan
      default: throw new Error(`unknown display style ${style}`);
    }
  }
  /** E-mail local part in one of the usual government conventions. */
  local(style) {
    const sur = ascii([this.particle, this.surname].filter(Boolean).join(''));
    const first = ascii(this.first);
    switch (style) {
      case 'i.sur': return `${ascii(this.initials.replace(/\./g, '')).charAt(0)}.${sur}`;
      case 'ii.sur': return `${ascii(this.initials.replace(/\./g, ''))}.${sur}`;
      case 'first.sur': return `${first}.${sur}`;
      case 'first.parts': return `${first}.${ascii([this.particle, this.surname].filter(Boolean).join('.').replace(/\s+/g, '.'))}`;
      case 'isur': return `${first.charAt(0)}${sur}`;
      default: throw new Error(`unknown e-mail style ${style}`);
    }
  }
}

// Area codes of the Dutch numbering plan (a selection of both lengths).
const AREA2 = ['010', '013', '015', '020', '023', '024', '026', '030', '033', '035', '036', '038', '040', '043', '045', '046', '050', '053', '055', '058', '070', '071', '072', '073', '074', '075', '076', '077', '078', '079'];
const AREA3 = ['0111', '0113', '0118', '0161', '0165', '0172', '0180', '0181', '0183', '0222', '0223', '0228', '0252', '0255', '0294', '0297', '0313', '0315', '0318', '0320', '0341', '0342', '0345', '0346', '0348', '0411', '0412', '0413', '0475', '0478', '0485', '0487', '0492', '0495', '0511', '0513', '0515', '0521', '0524', '0527', '0541', '0543', '0546', '0548', '0561', '0566', '0570', '0573', '0575', '0591', '0593', '0595', '0597', '0599'];

/** A direct number: `{ prefix: '070', rest: '3701234', kind }` (prefix includes the 0). */
export function directNumber(rng, kind = rng.pick(['mobile', 'mobile', 'geo2', 'geo3', 'geo2', '085'])) {
  if (kind === 'mobile') return { prefix: '06', rest: rng.pick(['1', '2', '3', '4', '5', '8']) + rng.digits(7), kind };
  if (kind === 'geo3') return { prefix: rng.pick(AREA3), rest: String(rng.int(2, 9)) + rng.digits(5), kind };
  if (kind === '085') return { prefix: rng.pick(['085', '084', '087']), rest: String(rng.int(1, 9)) + rng.digits(6), kind };
  return { prefix: rng.pick(AREA2), rest: String(rng.int(2, 9)) + rng.digits(6), kind };
}

const group = (digits, sizes) => {
  const out = [];
  let i = 0;
  for (const n of sizes) { out.push(digits.slice(i, i + n)); i += n; }
  if (i < digits.length) out.push(digits.slice(i));
  return out.filter(Boolean);
};

/** Notations of a Dutch number as written in government documents. */
export const PHONE_STYLES = ['spaced', 'dash', 'paren', 'plain', 'intl0', 'intl', '0031', 'pairs', 'dash-spaced'];

export function formatNumber(n, style) {
  const p = n.prefix;
  const r = n.rest;
  const nat = p.slice(1);
  const blocks = n.kind === 'mobile' ? group(r, [2, 2, 2, 2]) : r.length === 7 ? group(r, [3, 2, 2]) : group(r, [2, 2, 2]);
  switch (style) {
    case 'spaced': return `${p} ${blocks.join(' ')}`; // 070 370 12 34
    case 'dash': return `${p}-${r}`; // 070-3701234
    case 'dash-spaced': return `${p} - ${blocks.join(' ')}`; // 070 - 370 12 34
    case 'paren': return `(${p}) ${blocks.join(' ')}`; // (070) 370 12 34
    case 'plain': return `${p}${r}`; // 0703701234
    case 'intl0': return `+31 (0)${nat} ${group(r, [r.length === 7 ? 3 : 4]).join(' ')}`; // +31 (0)70 370 1234
    case 'intl': return `+31 ${nat} ${blocks.join(' ')}`; // +31 70 370 12 34
    case '0031': return `0031 ${nat} ${r}`; // 0031 70 3701234
    case 'pairs': return `${p} ${group(r, [2, 2, 2, 2]).join(' ')}`; // 06 12 34 56 78 / 070 37 01 23 4
    default: throw new Error(`unknown phone style ${style}`);
  }
}

/** General numbers that stay: switchboard, 14 + area code, 0800/0900, the organisation's 088. */
export function generalNumber(rng, kind) {
  switch (kind) {
    case '14': return `14 ${rng.pick(AREA2.concat(AREA3)).slice(1)}`;
    case '0800': return rng.pick([`0800 - ${rng.digits(4)}`, `0800-${rng.digits(7)}`, `0800 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}`]);
    case '0900': return rng.pick([`0900 - ${rng.digits(4)}`, `0900-${rng.digits(7)}`, `0900 ${rng.digits(4)} ${rng.digits(3)}`]);
    case '088': return formatNumber({ prefix: '088', rest: `${rng.int(1, 9)}${rng.digits(6)}`, kind: 'geo2' }, rng.pick(['spaced', 'dash-spaced', 'dash']));
    default: return formatNumber(directNumber(rng, 'geo2'), rng.pick(['spaced', 'dash-spaced', 'paren']));
  }
}
