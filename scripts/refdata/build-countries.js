#!/usr/bin/env node
// Converter for scripts/refdata/build-countries.sh (run that script rather than this file).
//
//   node build-countries.js <world-countries countries.json> <country-code-lookup index.js> <i18n-iso-countries en.json>
//
// Writes countries.tsv to stdout. The output depends only on the three input files and the hand
// tables below; ordering is fixed, so re-running gives the same bytes.
'use strict';

const fs = require('fs');
const path = require('path');

const [wcPath, cclPath, i18nPath] = process.argv.slice(2);
if (!wcPath || !cclPath || !i18nPath) {
  console.error('usage: build-countries.js <countries.json> <country-code-lookup/index.js> <i18n en.json>');
  process.exit(2);
}
const WORLD = JSON.parse(fs.readFileSync(wcPath, 'utf8'));
const CCL = require(path.resolve(cclPath)).countries;
const I18N_EN = JSON.parse(fs.readFileSync(i18nPath, 'utf8')).countries;

// ---------------------------------------------------------------------------------------------
// Hand overrides
// ---------------------------------------------------------------------------------------------

// CAMEO country code where it differs from ISO 3166 alpha-3 (world-countries cca3).
const CODE_OVERRIDES = { UNK: 'KSV' };

// Names put first, in this order (bypass the filters). The rest of the derived names follow.
const NAME_HEAD = {
  TUR: ['Turkey', 'Türkiye', 'Republic of Türkiye', 'Turkiye', 'Republic of Turkey'],
  USA: ['United States', 'U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GBR: ['United Kingdom', 'Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom of Great Britain and Northern Ireland'],
  RUS: ['Russia', 'Russian Federation'],
  IRN: ['Iran', 'Islamic Republic of Iran'],
  SYR: ['Syria', 'Syrian Arab Republic'],
  KOR: ['South Korea', 'Republic of Korea', 'S. Korea'],
  PRK: ['North Korea', 'DPRK', "Democratic People's Republic of Korea", 'N. Korea'],
  CZE: ['Czech Republic', 'Czechia'],
  CIV: ['Ivory Coast', "Côte d'Ivoire", "Cote d'Ivoire", "Republic of Côte d'Ivoire"],
  MMR: ['Myanmar', 'Burma', 'Republic of the Union of Myanmar'],
  VAT: ['Vatican', 'Vatican City', 'Holy See', 'Vatican City State'],
  PSE: ['Palestine', 'Palestinian territories', 'Palestinian Territories', 'Occupied Palestinian Territories', 'State of Palestine'],
  COD: ['Democratic Republic of Congo', 'Democratic Republic of the Congo', 'DR Congo', 'DRC', 'D.R. Congo', 'Congo-Kinshasa'],
  COG: ['Republic of Congo', 'Republic of the Congo', 'Congo-Brazzaville', 'Congo'],
  MKD: ['North Macedonia', 'Macedonia', 'Republic of North Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'],
  SWZ: ['Eswatini', 'Swaziland', 'Kingdom of Eswatini'],
  TLS: ['East Timor', 'Timor-Leste', 'Democratic Republic of Timor-Leste'],
  CPV: ['Cape Verde', 'Cabo Verde', 'Republic of Cabo Verde'],
  ARE: ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
  CHN: ['China', "People's Republic of China", 'PRC'],
  TWN: ['Taiwan', 'Republic of China', 'Chinese Taipei'],
  BIH: ['Bosnia and Herzegovina', 'Bosnia-Herzegovina', 'Bosnia'],
  VNM: ['Vietnam', 'Viet Nam', 'Socialist Republic of Vietnam'],
  BRN: ['Brunei', 'Brunei Darussalam'],
  FSM: ['Micronesia', 'Federated States of Micronesia'],
  STP: ['São Tomé and Príncipe', 'Sao Tome and Principe'],
  GMB: ['Gambia', 'The Gambia', 'Republic of the Gambia'],
  BHS: ['Bahamas', 'The Bahamas', 'Commonwealth of the Bahamas'],
  NLD: ['Netherlands', 'The Netherlands', 'Kingdom of the Netherlands'],
  KSV: ['Kosovo', 'Republic of Kosovo'],
};

// Single-word or otherwise unmarked altSpellings that are English usage (kept although they have
// no English marker word such as "Republic" or "Islands").
const ALT_ALLOW = new Set([
  'Aland', 'BES islands', 'Bonaire Sint Eustatius and Saba', 'Bosnia-Herzegovina', 'Brunei Darussalam', 'Burma',
  'Chinese Taipei', 'Cocos Islands', 'Congo', 'Congo-Brazzaville', 'Congo-Kinshasa', 'Cote d\'Ivoire', 'Côte d\'Ivoire',
  'Curacao', 'DPRK', 'DR Congo', 'DRC', 'Democratic Republic of Congo', 'East Timor', 'Emirates', 'Great Britain',
  'Ivory Coast', 'Macao', 'Macedonia', 'Pitcairn', 'Reunion', 'Roumania', 'Rumania', 'Saint Helena',
  'Sao Tome and Principe', 'St. Barthelemy', 'Swaziland', 'Somers Isles', 'Turkiye', 'UAE', 'Vatican', 'Viet Nam',
]);

// Names never emitted (by row code, or '*' for all rows).
const NAME_DROP = {
  '*': new Set(['Abode of Peace', 'Nation of Brunei', 'former Yugoslav Republic of Macedonia', 'Guiana']),
  NLD: new Set(['Holland']),
  ISL: new Set(['Island']), // an English word
  SAU: new Set(['Saudi']), // demonym column
};

// When one name/demonym/capital string is derived for several rows it is kept in one row only:
// the row named here, else the only independent country among them, else the build fails.
const OWNER = {
  Congo: 'COG',
  Congolese: 'COD',
  Dominican: 'DOM',
  Dominicans: 'DOM',
  Oranjestad: 'ABW',
  'Channel Islander': null, // GGY and JEY: drop from both
  'Virgin Islander': null,  // VGB and VIR: drop from both
  'Virgin Islands': null,
  'Virgin Islanders': null,
  'Channel Islanders': null,
};

// Demonym columns given in full (replace what world-countries has).
const DEMONYM_SET = {
  TUR: ['Turkish', 'Turk', 'Turks'],
  GBR: ['British', 'Briton', 'Britons'],
  USA: ['American', 'Americans'],
  KAZ: ['Kazakhstani', 'Kazakhstanis', 'Kazakh', 'Kazakhs'],
  UZB: ['Uzbekistani', 'Uzbekistanis', 'Uzbek', 'Uzbeks'],
  TJK: ['Tajikistani', 'Tajikistanis', 'Tajik', 'Tajiks', 'Tadzhik'],
  KGZ: ['Kyrgyzstani', 'Kyrgyzstanis', 'Kyrgyz', 'Kirghiz'],
  TKM: ['Turkmen', 'Turkmens', 'Turkmenistani'],
  AZE: ['Azerbaijani', 'Azerbaijanis', 'Azeri', 'Azeris'],
  AFG: ['Afghan', 'Afghans', 'Afghani'],
  SRB: ['Serbian', 'Serbians', 'Serb', 'Serbs'],
  HRV: ['Croatian', 'Croatians', 'Croat', 'Croats'],
  SAU: ['Saudi', 'Saudis', 'Saudi Arabian', 'Saudi Arabians'],
  ARE: ['Emirati', 'Emiratis'],
  FRA: ['French', 'Frenchman', 'Frenchmen', 'Frenchwoman'],
  NLD: ['Dutch', 'Dutchman', 'Dutchmen'],
  DNK: ['Danish', 'Dane', 'Danes'],
  FIN: ['Finnish', 'Finn', 'Finns'],
  SWE: ['Swedish', 'Swede', 'Swedes'],
  ESP: ['Spanish', 'Spaniard', 'Spaniards'],
  POL: ['Polish', 'Poles'], // "Pole" left out: ordinary word, and "North Pole"
  PHL: ['Filipino', 'Filipinos', 'Filipina', 'Filipinas', 'Philippine'],
  IRL: ['Irish', 'Irishman', 'Irishmen'],
  ISL: ['Icelandic', 'Icelander', 'Icelanders'],
  GRL: ['Greenlandic', 'Greenlander', 'Greenlanders'],
  NPL: ['Nepalese', 'Nepali', 'Nepalis'],
  MDV: ['Maldivian', 'Maldivians'],
  CPV: ['Cape Verdean', 'Cape Verdeans'],
  ECU: ['Ecuadorian', 'Ecuadorians', 'Ecuadorean', 'Ecuadoreans'],
  ARG: ['Argentine', 'Argentines', 'Argentinian', 'Argentinians'],
  COM: ['Comorian', 'Comorians', 'Comoran', 'Comorans'],
  BWA: ['Botswanan', 'Motswana', 'Batswana'],
  LSO: ['Basotho', 'Mosotho'],
  SVN: ['Slovenian', 'Slovenians', 'Slovene', 'Slovenes'],
  SUR: ['Surinamese', 'Surinamer', 'Surinamers'],
  GIB: ['Gibraltarian', 'Gibraltarians'],
  DJI: ['Djiboutian', 'Djiboutians'],
  VAT: [],
  KSV: ['Kosovar', 'Kosovars', 'Kosovan', 'Kosovans'],
  MNP: ['Northern Mariana Islander', 'Northern Mariana Islanders'], // world-countries says "American"
  ATF: [], // world-countries says "French"
  SJM: [], // "Norwegian"
  BES: [], // "Dutch"
  IOT: [], // "Indian"
  UMI: [],
  MMR: ['Burmese'],
  LAO: ['Laotian', 'Laotians', 'Lao'],
  THA: ['Thai', 'Thais'],
  BHR: ['Bahraini', 'Bahrainis'],
  GEO: ['Georgian', 'Georgians'],
  MNE: ['Montenegrin', 'Montenegrins'],
  BIH: ['Bosnian', 'Bosnians', 'Herzegovinian', 'Herzegovinians'],
  NZL: ['New Zealander', 'New Zealanders'],
  MCO: ['Monegasque', 'Monegasques', 'Monacan'],
  SMR: ['Sammarinese'],
  VUT: ['Ni-Vanuatu'],
  KIR: ['I-Kiribati'],
  MDG: ['Malagasy'],
  IMN: ['Manx'],
  SPM: ['Saint-Pierrais', 'Miquelonnais'],
};

// Nouns/adjectives that take no plural -s (besides those ending in -ese, -ish, -ic, -ais).
const NO_PLURAL = new Set(['Swiss', 'French', 'Dutch', 'Welsh', 'Manx', 'Malagasy', 'Turkmen', 'Kirghiz', 'Motswana',
  'Mosotho', 'Ni-Vanuatu', 'I-Kiribati', 'Sammarinese', 'Antarctican']);

// Capitals that are ordinary English words, common first names/surnames, or name a better-known
// place or institution: they would mis-fire as country metonyms. Listed in the output as a comment.
const CAPITAL_DROP = [
  'Malé', 'Victoria', 'City of Victoria', 'Kingston', 'Nassau', 'Hamilton', 'Stanley', 'Douglas', 'Jamestown',
  'Plymouth', 'The Valley', 'The Bottom', 'Georgetown', 'George Town', "Saint John's", "St. George's", 'Sofia',
  'Brussels', 'Saint-Denis', 'Cayenne', 'San José', 'Flying Fish Cove', 'West Island', 'King Edward Point',
];

// Capitals added (alternate spellings, seats of government).
const CAPITAL_ADD = {
  UKR: ['Kyiv', 'Kiev'],
  KAZ: ['Astana', 'Nur-Sultan'],
  MMR: ['Naypyidaw', 'Nay Pyi Taw', 'Naypyitaw'],
  USA: ['Washington', 'Washington, D.C.', 'Washington D.C.'],
  ISR: ['Jerusalem'],
  IRN: ['Tehran', 'Teheran'],
  YEM: ["Sana'a", 'Sanaa'],
  MNG: ['Ulan Bator', 'Ulaanbaatar'],
  BOL: ['Sucre', 'La Paz'],
  SWZ: ['Mbabane', 'Lobamba'],
  CHE: ['Bern', 'Berne'],
  TKM: ['Ashgabat', 'Ashkhabad'],
  KSV: ['Pristina', 'Prishtina'],
  ESH: ['El Aaiún', 'Laayoune'],
  KIR: ['South Tarawa', 'Tarawa'],
};

// ---------------------------------------------------------------------------------------------

const LATIN = /^[\p{Script=Latin}\p{M}\p{N} .,'’‘\-]+$/u;
const ENGLISH_MARKER = /\b(Republic|Kingdom|State|States|Islands?|Isles|Federation|Commonwealth|Union|Principality|Grand Duchy|Sultanate|Federal|Democratic|People's|Confederation|Territory|Territories|Collectivity|Country|Department|Bailiwick|Special Administrative Region)\b/;
// Function words of other languages: a derived name containing one is not English.
const FOREIGN_WORD = /(^| )(de|des|del|du|da|do|dos|la|le|el|og|och|und|y|e|ya|ta|wa|na|ng|bilong|blong)( |$)/;

function fold(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'")
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/ß/g, 'ss').replace(/ı/g, 'i');
}
function isAscii(s) { return /^[\x20-\x7e]*$/.test(s); }

function cleanName(s) {
  s = s.trim().replace(/\s+/g, ' ').replace(/^the /i, '');
  return s;
}
function acceptableName(s) {
  if (s.length <= 2) return false;
  if (/[()]/.test(s) || s.includes(',')) return false;
  if (!LATIN.test(s)) return false;
  return true;
}

function pushUnique(list, s) {
  if (!s) return;
  const k = s.toLowerCase();
  if (!list.some((x) => x.toLowerCase() === k)) list.push(s);
}
// Adds s and, if it has diacritics, its ASCII spelling.
function pushWithFold(list, s) {
  pushUnique(list, s);
  const f = fold(s);
  if (f !== s && isAscii(f)) pushUnique(list, f);
}

function plural(word) {
  const last = word.split(' ').pop();
  if (NO_PLURAL.has(word) || NO_PLURAL.has(last)) return null;
  if (/(ese|ish|ic|ais)$/.test(last)) return null;
  if (/[sxz]$/.test(last)) return null;
  return word + 's';
}

const fipsByIso2 = {};
for (const r of CCL) if (r.iso2 && r.fips) fipsByIso2[r.iso2] = r.fips;

const rows = [];
for (const c of WORLD) {
  const code = CODE_OVERRIDES[c.cca3] || c.cca3;
  const drop = (s) => (NAME_DROP['*'].has(s) || (NAME_DROP[code] && NAME_DROP[code].has(s)));

  // names
  const names = [];
  for (const s of NAME_HEAD[code] || []) pushUnique(names, s);
  const derived = [c.name.common, c.name.official];
  for (const s of c.altSpellings || []) {
    const t = cleanName(s);
    if (ALT_ALLOW.has(t) || (ENGLISH_MARKER.test(t) && LATIN.test(t))) derived.push(t);
  }
  const en = I18N_EN[c.cca2];
  for (const s of Array.isArray(en) ? en : en ? [en] : []) derived.push(s);
  for (let s of derived) {
    s = cleanName(s);
    if (!acceptableName(s) || FOREIGN_WORD.test(s) || drop(s)) continue;
    pushWithFold(names, s);
    if (/^Saint /.test(s)) { pushUnique(names, s.replace(/^Saint /, 'St. ')); pushUnique(names, s.replace(/^Saint /, 'St ')); }
  }

  // demonyms
  let demonyms = [];
  if (DEMONYM_SET[code]) {
    demonyms = DEMONYM_SET[code].slice();
  } else if (c.demonyms && c.demonyms.eng) {
    for (const g of ['m', 'f']) {
      for (const part of (c.demonyms.eng[g] || '').split(/,\s*|\s+or\s+/)) {
        const d = part.trim();
        if (!d) continue;
        pushWithFold(demonyms, d);
        const p = plural(d);
        if (p) pushWithFold(demonyms, p);
      }
    }
  }
  demonyms = demonyms.filter((d) => !names.some((n) => n.toLowerCase() === d.toLowerCase()));

  // capitals
  const capitals = [];
  const capSrc = CAPITAL_ADD[code] || c.capital || [];
  for (const cap of capSrc) {
    const s = cap.replace(/^City of /, '');
    if (CAPITAL_DROP.includes(cap) || CAPITAL_DROP.includes(s)) continue;
    if (names.some((n) => n.toLowerCase() === s.toLowerCase())) continue;
    if (cap === 'San José') continue;
    pushWithFold(capitals, s);
  }

  const fips = fipsByIso2[c.cca2] || '';
  rows.push({ code, iso2: c.cca2, fips, independent: c.independent === true, names, demonyms, capitals });
}

// Cross-row collisions.
for (const field of ['names', 'demonyms', 'capitals']) {
  const owners = new Map();
  for (const r of rows) for (const s of r[field]) {
    const k = s.toLowerCase();
    if (!owners.has(k)) owners.set(k, []);
    owners.get(k).push(r);
  }
  for (const [k, rs] of [...owners.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (rs.length < 2) continue;
    const orig = rs[0][field].find((s) => s.toLowerCase() === k);
    let keep;
    if (Object.prototype.hasOwnProperty.call(OWNER, orig)) keep = OWNER[orig];
    else {
      const ind = rs.filter((r) => r.independent);
      if (ind.length === 1) keep = ind[0].code;
      else throw new Error(`unresolved ${field} collision "${orig}" in ${rs.map((r) => r.code).join(',')}: add it to OWNER`);
    }
    for (const r of rs) if (r.code !== keep) r[field] = r[field].filter((s) => s.toLowerCase() !== k);
  }
}

rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// Checks.
const seen = new Set();
for (const r of rows) {
  if (seen.has(r.code)) throw new Error('duplicate code ' + r.code);
  seen.add(r.code);
  if (!/^[A-Z]{3}$/.test(r.code)) throw new Error('bad code ' + r.code);
  if (r.names.length === 0) throw new Error('no names for ' + r.code);
  for (const f of ['names', 'demonyms', 'capitals']) for (const s of r[f]) {
    if (/[\t|\n\r]/.test(s) || s !== s.trim() || !s) throw new Error(`bad ${f} value in ${r.code}: ${JSON.stringify(s)}`);
  }
}

const out = [];
out.push('# dyad country dictionary: one row per country or territory, used to recognise country names,');
out.push('# demonyms and capital-city metonyms in news text and map them to CAMEO country codes.');
out.push('# GENERATED by scripts/refdata/build-countries.sh; do not edit by hand (hand overrides live in');
out.push('# scripts/refdata/build-countries.js). Sources: world-countries 5.1.0 (mledoze/countries,');
out.push('# ODbL-1.0, see NOTICE.md), country-code-lookup 0.1.5 (MIT; FIPS 10-4 codes) and');
out.push('# i18n-iso-countries 7.14.0 (MIT; English name variants). This file is under ODbL-1.0.');
out.push('# Columns: code = CAMEO country code (ISO 3166 alpha-3 except: ' +
  Object.entries(CODE_OVERRIDES).map(([k, v]) => `${k}->${v}`).join(', ') + '); iso2; fips (may be empty);');
out.push('# names, demonyms, capitals = |-separated lists, names start with the common English name.');
out.push('# Capitals dropped as ambiguous (ordinary words, first names, better-known places): ' + CAPITAL_DROP.join(', '));
out.push(['code', 'iso2', 'fips', 'names', 'demonyms', 'capitals'].join('\t'));
for (const r of rows) {
  out.push([r.code, r.iso2, r.fips, r.names.join('|'), r.demonyms.join('|'), r.capitals.join('|')].join('\t'));
}
process.stdout.write(out.join('\n') + '\n');
