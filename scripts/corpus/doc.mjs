// The document being written: collects what must be redacted (marks) and what must stay
// (keeps) while a template writes its text, so that the labeller can find them in the PDF.
import { directNumber, formatNumber, generalNumber, makePerson } from './people.mjs';

const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export class Doc {
  constructor({ rng, pools, split, format }) {
    this.rng = rng;
    this.pools = pools;
    this.split = split;
    this.format = format; // 'html' or 'txt'
    this.marks = [];
    this.keeps = [];
    this.taken = new Set();
    this.people = []; // persons whose every mention must be an item (officials are not here)
    this.metadata = { title: null, author: null };
  }

  /** Escapes text for the output format. */
  x(t) { return this.format === 'html' ? String(t).replace(/[&<>"]/g, (c) => ESC[c]) : String(t); }

  mark(category, text, extra = {}) {
    if (!this.marks.some((m) => m.category === category && m.text === text)) this.marks.push({ category, text, ...extra });
    return this.x(text);
  }

  /** A name form of a person (to redact). */
  name(person, text) { return this.mark('name', text, { origin: person.origin }); }
  /** A direct number (to redact). */
  phone(text) { return this.mark('phone', text); }
  /** A full e-mail address whose local part is redacted; the domain must stay. */
  email(local, domain, mailbox = false) {
    this.mark('email', local, { mailbox });
    this.keep(`@${domain}`, 'e-mail domain');
    return this.x(`${local}@${domain}`);
  }
  /** A passage of operational guidance (to redact). */
  guidance(text) { return this.mark('guidance', text); }
  /** Text that must stay readable and extractable. */
  keep(text, why) {
    if (!this.keeps.some((k) => k.text === text)) this.keeps.push({ text, why });
    return this.x(text);
  }

  // enscript reads Latin-1 only: plain-text documents draw names that it can print.
  person(opts) {
    const per = makePerson(this.rng, this.pools, this.taken, { latin1: this.format === 'txt', ...opts });
    this.people.push(per);
    return per;
  }
  /** A public official: drawn from the same pools, but stays readable. */
  official(opts) { return makePerson(this.rng, this.pools, this.taken, { origin: 'dutch', noDouble: true, ...opts }); }
  direct(kind) { return directNumber(this.rng, kind); }
  fmtPhone(n, style) { return this.phone(formatNumber(n, style ?? this.rng.pick(['spaced', 'dash', 'paren', 'plain', 'intl0', 'intl', '0031', 'dash-spaced']))); }
  general(kind, why = 'general number') { return this.keep(generalNumber(this.rng, kind), why); }

  /** A street named after a person ("Willem Drostlaan"): stays, it is an address. */
  street() {
    const o = this.pools.origins.find((x) => x.id === 'dutch');
    for (let i = 0; i < 100; i++) {
      const first = this.rng.pick(o.first);
      const last = this.rng.pick(o.last);
      if (this.taken.has(first.toLowerCase()) || this.taken.has(last.toLowerCase())) continue;
      this.taken.add(first.toLowerCase());
      this.taken.add(last.toLowerCase());
      return `${first} ${last}${this.rng.pick(['laan', 'straat', 'plein', 'singel', 'weg', 'hof'])} ${this.rng.int(1, 240)}`;
    }
    throw new Error('no street name left');
  }
}

/** Organisations with a domain, a visiting address and directorates (fictitious combinations). */
export const ORGS = [
  { name: 'Ministerie van Justitie en Veiligheid', domain: 'minjenv.nl', city: 'Den Haag', postbus: 'Postbus 20301, 2500 EH Den Haag', units: ['Directie Migratiebeleid', 'Directie Wetgeving en Juridische Zaken', 'Directoraat-Generaal Straffen en Beschermen'], site: 'www.rijksoverheid.nl/jenv' },
  { name: 'Immigratie- en Naturalisatiedienst', domain: 'ind.nl', city: 'Rijswijk', postbus: 'Postbus 5800, 2280 HV Rijswijk', units: ['Directie Asiel en Bescherming', 'Unit Bijzondere Zaken', 'Directie Uitvoeringsbeleid'], site: 'www.ind.nl' },
  { name: 'Ministerie van Binnenlandse Zaken en Koninkrijksrelaties', domain: 'minbzk.nl', city: 'Den Haag', postbus: 'Postbus 20011, 2500 EA Den Haag', units: ['Directie Informatiesamenleving', 'Directie Constitutionele Zaken', 'Programma Open Overheid'], site: 'www.rijksoverheid.nl/bzk' },
  { name: 'Centraal Orgaan opvang asielzoekers', domain: 'coa.nl', city: 'Den Haag', postbus: 'Postbus 3002, 2280 GA Rijswijk', units: ['Afdeling Bewonerszaken', 'Regio Noord', 'Team Veiligheid'], site: 'www.coa.nl' },
  { name: 'Dienst Justitiële Inrichtingen', domain: 'dji.nl', city: 'Den Haag', postbus: 'Postbus 30132, 2500 GC Den Haag', units: ['Sector Gevangeniswezen', 'Afdeling Beleid en Advies'], site: 'www.dji.nl' },
  { name: 'Gemeente Zaanstad', domain: 'zaanstad.nl', city: 'Zaandam', postbus: 'Postbus 2000, 1500 GA Zaandam', units: ['Afdeling Werk en Inkomen', 'Team Handhaving', 'Cluster Publiekszaken'], site: 'www.zaanstad.nl' },
  { name: 'Gemeente Apeldoorn', domain: 'apeldoorn.nl', city: 'Apeldoorn', postbus: 'Postbus 9033, 7300 ES Apeldoorn', units: ['Afdeling Samenleving', 'Team Schuldhulpverlening'], site: 'www.apeldoorn.nl' },
  { name: 'Inspectie Justitie en Veiligheid', domain: 'inspectie-jenv.nl', city: 'Den Haag', postbus: 'Postbus 20301, 2500 EH Den Haag', units: ['Cluster Toezicht Migratie', 'Team Onderzoek'], site: 'www.inspectie-jenv.nl' },
];

export const FUNCTIONS = ['senior beleidsmedewerker', 'beleidsadviseur', 'teamleider', 'juridisch medewerker', 'hoor- en beslismedewerker',
  'coördinator', 'projectleider', 'afdelingshoofd', 'woordvoerder', 'secretaris', 'adviseur informatiebeheer', 'casemanager',
  'senior inspecteur', 'kwaliteitsmedewerker', 'strategisch adviseur', 'plaatsvervangend directeur', 'jurist', 'procesbegeleider'];

export const MAILBOXES = ['postbus.migratiebeleid', 'secretariaat.dmb', 'woo-verzoeken', 'functioneelbeheer', 'team.bijzonderezaken',
  'kwaliteit.ab', 'planning.gehoren', 'juridischezaken', 'crisisteam', 'frontoffice.wi'];

export const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
export const DAYS = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag'];

export function date(rng) {
  const y = rng.int(2019, 2024);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  return { y, m, d, long: `${d} ${MONTHS[m - 1]} ${y}`, num: `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}` };
}
