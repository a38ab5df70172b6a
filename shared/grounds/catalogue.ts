/**
 * The Wob and Woo grounds for refusal as data (DESIGN.md "Legal grounds"): code in the
 * compact form practice writes in the box, the short title as the Rijksoverheid's
 * publication platform shows it, the article text it rests on, and a standard motivation
 * for the decision letter. The motivations are drafts for the officer to adapt to the case;
 * they follow the reasoning of published decisions (weighing the public interest in
 * disclosure against the protected interest) in Lakstift's own words.
 *
 * Order in this list is catalogue order: the order in which a decision letter discusses
 * the grounds and an inventory lists them.
 */
import type { Law } from '../contract';

export interface GroundEntry {
  law: Law;
  /** Compact code: Wob "10.2.e", Woo "5.1.2e". */
  code: string;
  /** Short title. */
  title: string;
  /** The provision in words, as a decision letter cites it. */
  article: string;
  /** Absolute ground (no weighing of interests) or relative (weighed against disclosure). */
  absolute: boolean;
  /** Standard motivation text for the decision letter (Dutch). */
  motivation: string;
}

const WOB = 'van de Wet openbaarheid van bestuur (Wob)';
const WOO = 'van de Wet open overheid (Woo)';

export const CATALOGUE: readonly GroundEntry[] = [
  // ---- Wob ----
  {
    law: 'wob', code: '10.1.a', absolute: true, title: 'Eenheid van de Kroon',
    article: `artikel 10, eerste lid, aanhef en onder a, ${WOB}`,
    motivation: 'Openbaarmaking van deze informatie zou de eenheid van de Kroon in gevaar kunnen brengen. Dit is een absolute weigeringsgrond: een afweging tegen het belang van openbaarheid vindt niet plaats. Ik maak deze informatie daarom niet openbaar.',
  },
  {
    law: 'wob', code: '10.1.b', absolute: true, title: 'Veiligheid van de Staat',
    article: `artikel 10, eerste lid, aanhef en onder b, ${WOB}`,
    motivation: 'Openbaarmaking van deze informatie zou de veiligheid van de Staat kunnen schaden. Dit is een absolute weigeringsgrond; de informatie wordt daarom niet openbaar gemaakt.',
  },
  {
    law: 'wob', code: '10.1.c', absolute: true, title: 'Vertrouwelijk verstrekte bedrijfs- of fabricagegegevens',
    article: `artikel 10, eerste lid, aanhef en onder c, ${WOB}`,
    motivation: 'Het gaat om bedrijfs- en fabricagegegevens die door een natuurlijke persoon of rechtspersoon vertrouwelijk aan de overheid zijn meegedeeld. Deze gegevens maak ik op grond van deze absolute weigeringsgrond niet openbaar.',
  },
  {
    law: 'wob', code: '10.1.d', absolute: true, title: 'Bijzondere persoonsgegevens',
    article: `artikel 10, eerste lid, aanhef en onder d, ${WOB}`,
    motivation: 'De documenten bevatten bijzondere persoonsgegevens of identificatienummers van personen, zoals het burgerservicenummer. Openbaarmaking daarvan is uitgesloten, tenzij duidelijk is dat die openbaarmaking geen inbreuk maakt op de persoonlijke levenssfeer. Daarvan is hier geen sprake. Ik heb deze gegevens daarom verwijderd.',
  },
  {
    law: 'wob', code: '10.2.a', absolute: false, title: 'Internationale betrekkingen',
    article: `artikel 10, tweede lid, aanhef en onder a, ${WOB}`,
    motivation: 'Openbaarmaking van deze passages zou de betrekkingen van Nederland met andere staten en met internationale organisaties kunnen schaden, bijvoorbeeld omdat informatie is gedeeld in de verwachting dat zij vertrouwelijk blijft. Dat belang weegt naar mijn oordeel zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'wob', code: '10.2.b', absolute: false, title: 'Economische of financiële belangen van de Staat',
    article: `artikel 10, tweede lid, aanhef en onder b, ${WOB}`,
    motivation: 'Openbaarmaking van deze informatie zou de economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen kunnen schaden, bijvoorbeeld doordat de onderhandelingspositie van de overheid wordt verzwakt. Dat belang weegt zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'wob', code: '10.2.c', absolute: false, title: 'Opsporing en vervolging van strafbare feiten',
    article: `artikel 10, tweede lid, aanhef en onder c, ${WOB}`,
    motivation: 'Openbaarmaking van deze informatie kan de opsporing en vervolging van strafbare feiten hinderen, omdat zij inzicht geeft in lopend onderzoek of in de werkwijze van opsporingsdiensten. Dat belang weegt zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'wob', code: '10.2.d', absolute: false, title: 'Inspectie, controle en toezicht door bestuursorganen',
    article: `artikel 10, tweede lid, aanhef en onder d, ${WOB}`,
    motivation: 'De weggelakte passages geven inzicht in de werkwijze van medewerkers: hoe zij horen en onderzoeken, op welke indicatoren zij letten en welke vragen zij stellen. Deze handreikingen zijn uitsluitend bedoeld voor medewerkers, zodat zij verklaringen zorgvuldig en op hun eigen merites kunnen beoordelen. Als deze informatie openbaar wordt, kunnen betrokkenen of derden zich daar gericht op voorbereiden en verliest de werkwijze haar waarde. Het belang van een doeltreffende inspectie, controle en toezicht weegt daarom zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'wob', code: '10.2.e', absolute: false, title: 'Eerbiediging van de persoonlijke levenssfeer',
    article: `artikel 10, tweede lid, aanhef en onder e, ${WOB}`,
    motivation: 'De documenten bevatten namen, directe telefoonnummers, persoonlijke e-mailadressen en andere gegevens van ambtenaren en van andere personen. Ambtenaren kunnen zich, waar het hun beroepsmatig functioneren betreft, slechts beperkt beroepen op hun persoonlijke levenssfeer. Openbaarmaking in de zin van de wet is echter openbaarmaking voor een ieder, en de functies van deze ambtenaren brengen niet mee dat zij in de openbaarheid treden. Het belang van de eerbiediging van hun persoonlijke levenssfeer weegt daarom zwaarder dan het belang van openbaarmaking. Voor de bereikbaarheid van de organisatie volstaat het algemene telefoonnummer. Namen van bewindspersonen en van anderen die in hun functie naar buiten treden, heb ik wel openbaar gemaakt.',
  },
  {
    law: 'wob', code: '10.2.f', absolute: false, title: 'Belang van de geadresseerde om als eerste kennis te nemen',
    article: `artikel 10, tweede lid, aanhef en onder f, ${WOB}`,
    motivation: 'De geadresseerde heeft er belang bij als eerste kennis te kunnen nemen van deze informatie. Dat belang weegt op dit moment zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'wob', code: '10.2.g', absolute: false, title: 'Voorkomen van onevenredige bevoordeling of benadeling',
    article: `artikel 10, tweede lid, aanhef en onder g, ${WOB}`,
    motivation: 'Openbaarmaking van deze informatie zou leiden tot onevenredige benadeling van de organisatie en onevenredige bevoordeling van wie haar werkwijze wil omzeilen. Kennis van deze passages stelt derden in staat hun handelen daarop af te stemmen, waardoor informatie niet langer op juistheid kan worden onderzocht. Interne functionele e-mailadressen zijn bedoeld voor het werkverkeer en niet voor een ieder; bij openbaarmaking is niet uit te sluiten dat zij voor andere doelen worden gebruikt. Van deze adressen heb ik alleen het deel vóór het @-teken weggelakt; het domein blijft leesbaar.',
  },
  {
    law: 'wob', code: '11.1', absolute: false, title: 'Persoonlijke beleidsopvattingen (intern beraad)',
    article: `artikel 11, eerste lid, ${WOB}`,
    motivation: 'Deze passages bevatten persoonlijke beleidsopvattingen in documenten voor intern beraad: meningen, adviezen en standpunten van ambtenaren over beleid. Het belang van een vrije gedachtewisseling binnen de overheid rechtvaardigt dat deze opvattingen niet openbaar worden gemaakt. Feitelijke informatie heb ik wel openbaar gemaakt.',
  },
  // ---- Woo ----
  {
    law: 'woo', code: '5.1.1a', absolute: true, title: 'Eenheid van de Kroon',
    article: `artikel 5.1, eerste lid, aanhef en onder a, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou de eenheid van de Kroon in gevaar kunnen brengen. Dit is een absolute weigeringsgrond: een afweging tegen het belang van openbaarheid vindt niet plaats.',
  },
  {
    law: 'woo', code: '5.1.1b', absolute: true, title: 'Veiligheid van de Staat',
    article: `artikel 5.1, eerste lid, aanhef en onder b, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou de veiligheid van de Staat kunnen schaden. Dit is een absolute weigeringsgrond; de informatie wordt daarom niet openbaar gemaakt.',
  },
  {
    law: 'woo', code: '5.1.1c', absolute: true, title: 'Vertrouwelijk verstrekte bedrijfs- of fabricagegegevens',
    article: `artikel 5.1, eerste lid, aanhef en onder c, ${WOO}`,
    motivation: 'Het gaat om bedrijfs- en fabricagegegevens die vertrouwelijk aan de overheid zijn verstrekt. Op grond van deze absolute weigeringsgrond maak ik deze gegevens niet openbaar.',
  },
  {
    law: 'woo', code: '5.1.1d', absolute: true, title: 'Bijzondere persoonsgegevens',
    article: `artikel 5.1, eerste lid, aanhef en onder d, ${WOO}`,
    motivation: 'De documenten bevatten bijzondere persoonsgegevens als bedoeld in de Algemene verordening gegevensbescherming, zoals gegevens over gezondheid, godsdienst of etnische afkomst. Openbaarmaking is uitgesloten, tenzij die kennelijk geen inbreuk op de persoonlijke levenssfeer maakt. Daarvan is hier geen sprake.',
  },
  {
    law: 'woo', code: '5.1.1e', absolute: true, title: 'Nationale identificatienummers (BSN)',
    article: `artikel 5.1, eerste lid, aanhef en onder e, ${WOO}`,
    motivation: 'De documenten bevatten nationale identificatienummers, zoals het burgerservicenummer. Openbaarmaking daarvan is uitgesloten, tenzij zij kennelijk geen inbreuk op de persoonlijke levenssfeer maakt. Daarvan is hier geen sprake; ik heb deze nummers verwijderd.',
  },
  {
    law: 'woo', code: '5.1.2a', absolute: false, title: 'Internationale betrekkingen',
    article: `artikel 5.1, tweede lid, aanhef en onder a, ${WOO}`,
    motivation: 'Openbaarmaking van deze passages zou de betrekkingen van Nederland met andere staten of internationale organisaties kunnen schaden. Dat belang weegt naar mijn oordeel zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'woo', code: '5.1.2b', absolute: false, title: 'Economische of financiële belangen van de Staat',
    article: `artikel 5.1, tweede lid, aanhef en onder b, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou de economische of financiële belangen van de Staat, andere publiekrechtelijke lichamen of bestuursorganen onevenredig kunnen schaden. Dat belang weegt zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'woo', code: '5.1.2c', absolute: false, title: 'Opsporing en vervolging van strafbare feiten',
    article: `artikel 5.1, tweede lid, aanhef en onder c, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie kan de opsporing en vervolging van strafbare feiten hinderen. Dat belang weegt zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'woo', code: '5.1.2d', absolute: false, title: 'Inspectie, controle en toezicht door bestuursorganen',
    article: `artikel 5.1, tweede lid, aanhef en onder d, ${WOO}`,
    motivation: 'De weggelakte passages geven inzicht in de werkwijze van medewerkers: hoe zij horen en onderzoeken, op welke indicatoren zij letten en welke vragen zij stellen. Deze handreikingen zijn uitsluitend bedoeld voor medewerkers, zodat zij verklaringen zorgvuldig en op hun eigen merites kunnen beoordelen. Als deze informatie openbaar wordt, kunnen betrokkenen of derden zich daar gericht op voorbereiden en verliest de werkwijze haar waarde. Het belang van een doeltreffende inspectie, controle en toezicht weegt daarom zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'woo', code: '5.1.2e', absolute: false, title: 'Eerbiediging van de persoonlijke levenssfeer',
    article: `artikel 5.1, tweede lid, aanhef en onder e, ${WOO}`,
    motivation: 'De documenten bevatten namen, directe telefoonnummers, persoonlijke e-mailadressen en andere gegevens van ambtenaren en van andere personen. Ambtenaren kunnen zich, waar het hun beroepsmatig functioneren betreft, slechts beperkt beroepen op hun persoonlijke levenssfeer. Openbaarmaking op grond van de Woo is echter openbaarmaking voor een ieder, en de functies van deze ambtenaren brengen niet mee dat zij in de openbaarheid treden. Het belang van de eerbiediging van hun persoonlijke levenssfeer weegt daarom zwaarder dan het belang van openbaarmaking. Voor de bereikbaarheid van de organisatie volstaat het algemene telefoonnummer. Namen van bewindspersonen en van anderen die in hun functie naar buiten treden, heb ik wel openbaar gemaakt.',
  },
  {
    law: 'woo', code: '5.1.2f', absolute: false, title: 'Concurrentiegevoelige bedrijfs- en fabricagegegevens',
    article: `artikel 5.1, tweede lid, aanhef en onder f, ${WOO}`,
    motivation: 'Het gaat om concurrentiegevoelige bedrijfs- en fabricagegegevens. Openbaarmaking zou de concurrentiepositie van de betrokken onderneming kunnen schaden; dat belang weegt zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'woo', code: '5.1.2g', absolute: false, title: 'Bescherming van het milieu',
    article: `artikel 5.1, tweede lid, aanhef en onder g, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou de bescherming van het milieu waarop deze informatie betrekking heeft kunnen schaden, bijvoorbeeld doordat de vindplaats van zeldzame soorten bekend wordt.',
  },
  {
    law: 'woo', code: '5.1.2h', absolute: false, title: 'Beveiliging van personen of bedrijven, voorkomen van sabotage',
    article: `artikel 5.1, tweede lid, aanhef en onder h, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou de beveiliging van personen of bedrijven in gevaar kunnen brengen of sabotage kunnen vergemakkelijken. Dat belang weegt zwaarder dan het belang van openbaarmaking.',
  },
  {
    law: 'woo', code: '5.1.2i', absolute: false, title: 'Goed functioneren van de Staat',
    article: `artikel 5.1, tweede lid, aanhef en onder i, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou het goed functioneren van de Staat en van de betrokken bestuursorganen onevenredig schaden. Kennis van de interne werkwijze stelt derden in staat hun handelen daarop af te stemmen, waardoor de organisatie haar taak niet langer zorgvuldig kan uitvoeren. Interne functionele e-mailadressen zijn bedoeld voor het werkverkeer; bij openbaarmaking is niet uit te sluiten dat zij voor andere doelen worden gebruikt en de bereikbaarheid via de daarvoor bestemde kanalen verstoord raakt. Van deze adressen heb ik alleen het deel vóór het @-teken weggelakt; het domein blijft leesbaar.',
  },
  {
    law: 'woo', code: '5.1.5', absolute: false, title: 'Voorkomen van onevenredige benadeling',
    article: `artikel 5.1, vijfde lid, ${WOO}`,
    motivation: 'Openbaarmaking van deze informatie zou leiden tot onevenredige benadeling van een ander belang dan de in het tweede lid genoemde belangen. De gevolgen van openbaarmaking voor de betrokkenen wegen in dit geval zwaarder dan het belang van openbaarheid.',
  },
  {
    law: 'woo', code: '5.2', absolute: false, title: 'Persoonlijke beleidsopvattingen (intern beraad)',
    article: `artikel 5.2 ${WOO}`,
    motivation: 'Deze passages bevatten persoonlijke beleidsopvattingen in documenten opgesteld voor intern beraad: meningen, adviezen en argumenten van ambtenaren. Het belang van een goede en vrije gedachtewisseling binnen de overheid rechtvaardigt dat deze niet in tot personen herleidbare vorm openbaar worden gemaakt. Feitelijke gegevens heb ik wel openbaar gemaakt.',
  },
  {
    law: 'woo', code: '5.4', absolute: false, title: 'Informatie die berust bij de formateur',
    article: `artikel 5.4 ${WOO}`,
    motivation: 'Deze informatie berust bij de formateur en valt daarmee onder de bijzondere regeling voor kabinetsformaties.',
  },
];

/**
 * Wob → Woo. Where the old code has several plausible successors the first is the default and
 * `choice` says the officer must confirm it (DESIGN.md: 10.2.g).
 */
export const WOB_TO_WOO: Readonly<Record<string, { codes: string[]; choice: boolean; alternatives?: string[] }>> = {
  '10.1.a': { codes: ['5.1.1a'], choice: false },
  '10.1.b': { codes: ['5.1.1b'], choice: false },
  '10.1.c': { codes: ['5.1.1c'], choice: false },
  '10.1.d': { codes: ['5.1.1d'], choice: true, alternatives: ['5.1.1e'] },
  '10.2.a': { codes: ['5.1.2a'], choice: false },
  '10.2.b': { codes: ['5.1.2b'], choice: false },
  '10.2.c': { codes: ['5.1.2c'], choice: false },
  '10.2.d': { codes: ['5.1.2d'], choice: false },
  '10.2.e': { codes: ['5.1.2e'], choice: false },
  '10.2.f': { codes: [], choice: true },
  '10.2.g': { codes: ['5.1.2i'], choice: true, alternatives: ['5.1.5'] },
  '11.1': { codes: ['5.2'], choice: false },
};
