/**
 * The Dutch numbering plan for telephony as data (Nummerplan voor telefoon- en ISDN-diensten,
 * managed by the ACM): which national numbers exist and what kind they are. A national number has
 * ten digits starting with 0 (the trunk prefix), or is a service or short number.
 */

/** Geographic area codes with two digits after the 0 (the large cities and their regions). */
export const AREA_CODES_2 = [
  '10', '13', '15', '20', '23', '24', '26', '30', '33', '35', '36', '38', '40', '43', '45', '46', '50', '53', '55', '58',
  '70', '71', '72', '73', '74', '75', '76', '77', '78', '79',
];

/** Geographic area codes with three digits after the 0. */
export const AREA_CODES_3 = [
  '111', '113', '114', '115', '117', '118', '161', '162', '164', '165', '166', '167', '168', '172', '174', '180', '181', '182',
  '183', '184', '186', '187', '222', '223', '224', '226', '227', '228', '229', '251', '252', '255', '294', '297', '299', '313',
  '314', '315', '316', '317', '318', '320', '321', '341', '342', '343', '344', '345', '346', '347', '348', '411', '412', '413',
  '416', '418', '475', '478', '481', '485', '486', '487', '488', '492', '493', '495', '497', '499', '511', '512', '513', '514',
  '515', '516', '517', '518', '519', '521', '522', '523', '524', '525', '527', '528', '529', '541', '543', '544', '545', '546',
  '547', '548', '561', '562', '566', '570', '571', '572', '573', '575', '578', '591', '592', '593', '594', '595', '596', '597',
  '598', '599',
];

/**
 * Non-geographic ten-digit numbers: 06 mobile, 084 and 087 personal and voicemail numbers,
 * 085 and 091 location-independent numbers, 088 company numbers (organisations' own plans, used
 * for switchboards and direct lines alike).
 */
export const NON_GEOGRAPHIC = ['6', '84', '85', '87', '88', '91'];

/** Service numbers: free (0800) and paid information numbers (0900, 0906, 0909), 4 to 7 digits after the prefix. */
export const SERVICE_PREFIXES = ['800', '900', '906', '909'];

/** 'foreign': a number of another country (`foreignNumber`); `numberKind` itself reads Dutch numbers only. */
export type NumberKind = 'mobile' | 'geographic' | 'company' | 'nongeographic' | 'service' | 'short' | 'invalid' | 'foreign';

const GEO2 = new Set(AREA_CODES_2);
const GEO3 = new Set(AREA_CODES_3);

/**
 * What kind of number ten national digits (or a service or short number) are.
 *
 * @example
 *   numberKind('0701234567'); // 'geographic'
 *   numberKind('0612345678'); // 'mobile'
 *   numberKind('0880430430'); // 'company'
 *   numberKind('0123456789'); // 'invalid' (012 is no area code)
 */
export function numberKind(d: string): NumberKind {
  // 14 + area code: the municipalities' general numbers (14 020, 14 0111); 1400 the government's.
  if (/^140\d{1,3}$/.test(d) || d === '1400') return 'short';
  if (new RegExp(`^0(?:${SERVICE_PREFIXES.join('|')})\\d{4,7}$`).test(d)) return 'service';
  if (!/^0[1-9]\d{8}$/.test(d)) return 'invalid';
  const rest = d.slice(1);
  // Every 06 number is read as a mobile: the plan reserves some 06 blocks for pagers and data, but a
  // person who writes 06 means a mobile, and a direct number must not slip through on a technicality.
  if (rest.startsWith('6')) return 'mobile';
  if (rest.startsWith('88')) return 'company';
  if (NON_GEOGRAPHIC.some((p) => rest.startsWith(p))) return 'nongeographic';
  if (GEO2.has(rest.slice(0, 2)) || GEO3.has(rest.slice(0, 3))) return 'geographic';
  return 'invalid';
}

/**
 * Country calling codes of the ITU-T E.164 list (assigned codes; a code is never the start of
 * another, so the first one that matches is the country's). +31 is the Netherlands itself.
 */
const CALLING_CODES = new Set([
  '1', '7', '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84', '86',
  '90', '91', '92', '93', '94', '95', '98',
  '211', '212', '213', '216', '218', '220', '221', '222', '223', '224', '225', '226', '227', '228', '229', '230', '231',
  '232', '233', '234', '235', '236', '237', '238', '239', '240', '241', '242', '243', '244', '245', '246', '248', '249',
  '250', '251', '252', '253', '254', '255', '256', '257', '258', '260', '261', '262', '263', '264', '265', '266', '267',
  '268', '269', '290', '291', '297', '298', '299', '350', '351', '352', '353', '354', '355', '356', '357', '358', '359',
  '370', '371', '372', '373', '374', '375', '376', '377', '378', '380', '381', '382', '383', '385', '386', '387', '389',
  '420', '421', '423', '500', '501', '502', '503', '504', '505', '506', '507', '508', '509', '590', '591', '592', '593',
  '594', '595', '596', '597', '598', '599', '670', '672', '673', '674', '675', '676', '677', '678', '679', '680', '681',
  '682', '683', '685', '686', '687', '688', '689', '690', '691', '692', '850', '852', '853', '855', '856', '880', '886',
  '960', '961', '962', '963', '964', '965', '966', '967', '968', '970', '971', '972', '973', '974', '975', '976', '977',
  '992', '993', '994', '995', '996', '998',
]);

/** Names of the countries a Dutch dossier meets most, for a reviewer's reason (others are shown by their code). */
const COUNTRY_NAMES: Record<string, string> = {
  '1': 'Verenigde Staten/Canada', '32': 'België', '33': 'Frankrijk', '34': 'Spanje', '39': 'Italië', '41': 'Zwitserland',
  '44': 'Verenigd Koninkrijk', '46': 'Zweden', '48': 'Polen', '49': 'Duitsland', '90': 'Turkije', '212': 'Marokko',
  '297': 'Aruba', '351': 'Portugal', '352': 'Luxemburg', '353': 'Ierland', '597': 'Suriname', '599': 'Curaçao/Caribisch Nederland',
};

/**
 * A foreign number in E.164 shape: a country calling code of the list (not +31) and 7 to 12
 * national digits. `digits` are the digits after the international prefix (+ or 00), with a
 * bracketed trunk "(0)" left out.
 *
 * @example
 *   foreignNumber('3221234567'); // { code: '32', national: '21234567', country: 'België' }
 */
export function foreignNumber(digits: string): { code: string; national: string; country?: string } | undefined {
  for (const n of [1, 2, 3]) {
    const code = digits.slice(0, n);
    if (!CALLING_CODES.has(code)) continue;
    if (code === '31') return undefined;
    const national = digits.slice(n);
    if (national.length < 7 || national.length > 12) return undefined;
    return { code, national, ...(COUNTRY_NAMES[code] ? { country: COUNTRY_NAMES[code] } : {}) };
  }
  return undefined;
}
