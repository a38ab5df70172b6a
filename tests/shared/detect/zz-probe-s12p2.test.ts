import { it } from 'vitest';
import { run } from './helpers';
const cases = [
  'Telefoon: 0578 62 44 00 (algemeen), 0578 62 44 19 (direct)',
  'T 0578 62 44 00 | F 0578 62 44 01',
  'tel. 0578 62 44 00, fax 0578 62 44 01',
  'T +31 (0)70 456 00 00 | www.kleiwaard.nl',
  'Gemeentehuis: 0578 62 44 00',
  'Stadskantoor 0578 62 44 00',
  'Bel de gemeente op 0578 62 44 00.',
  'Neem contact op met de gemeente via 0578 62 44 00.',
  'Het waterschap is bereikbaar op 0578 62 44 00.',
  'Neem contact op met de provincie (0578 62 44 00).',
  'Heeft u een vraag, neem dan contact op met Gemeente Kleiwaard via telefoonnummer 0578 62 44 00.',
  'De gemeente Kleiwaard is telefonisch bereikbaar op 0578 62 44 00.',
  'Gemeente Kleiwaard, Raadhuisplein 1, Kleiwaard, tel. 0578 62 44 00',
  'Ministerie van Voorbeeldzaken\nAfdeling Toezicht\nTelefoon 070 456 00 00',
  'Contactgegevens\nTelefoon: 0578 62 44 00\nE-mail: info@kleiwaard.nl',
  'Meer weten? 0578 62 44 00 | info@kleiwaard.nl | kleiwaard.nl',
  'Piketdienst buiten kantoortijd: 0578 62 44 99',
  'Voor spoed buiten kantooruren: 0578 62 44 99',
  'Het algemene telefoonnummer van de dienst is 0578-624400.',
  'Telefoonnummer gemeente: 0578 62 44 00',
  'Het nummer van de gemeente (0578 62 44 00) staat op de website.',
  'Bellen kan naar ons kantoor: 0578 62 44 00.',
  'De inspectie is bereikbaar via 0578 62 44 00.',
];
it('probe', () => {
  for (const c of cases) {
    const r = run(c);
    const s = r.suggestions.filter((x) => x.category === 'phone').map((x) => `S ${x.text} | ${x.reason}`);
    const k = r.kept.filter((x) => x.category === 'phone').map((x) => `K ${x.text} | ${x.reason}`);
    console.log(JSON.stringify(c), '\n   ', [...s, ...k].join('\n    '));
  }
});
