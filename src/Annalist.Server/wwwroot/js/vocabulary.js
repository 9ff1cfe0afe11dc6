// Names beside codes: countries from the knowledge base (GET /api/vocabulary), CAMEO roles and
// organisations from labels.js, so "PRKGOV" reads "North Korea (government)". Loaded once; until it
// arrives (or if it fails) codes stand alone.

import { getJson } from './api.js';
import { ORGANISATIONS, PRONOUNS, ROLES } from './labels.js';

let vocabulary = { types: [], contexts: [], countries: [] };
const countries = new Map();
let loading = null;

export function loadVocabulary() {
  loading ??= getJson('/api/vocabulary')
    .then((answer) => {
      vocabulary = answer;
      for (const c of answer.countries) countries.set(c.code, c);
      return vocabulary;
    })
    .catch(() => vocabulary);
  return loading;
}

export function vocabularyNow() {
  return vocabulary;
}

export function country(code) {
  return countries.get(code) ?? null;
}

/** The name of a country or organisation code, or the code itself. */
export function countryName(code) {
  return countries.get(code)?.name ?? ORGANISATIONS[code] ?? code;
}

/** A code in words: "PRKGOV" → "North Korea (government)", "GOV" → "government", "" → "". */
export function codeName(code) {
  if (!code) return '';
  const pieces = code.match(/.{1,3}/g) ?? [];
  let head = '';
  if (countries.has(pieces[0]) || ORGANISATIONS[pieces[0]]) head = countryName(pieces.shift());
  const roles = pieces.map((p) => ROLES[p] ?? ORGANISATIONS[p] ?? p);
  if (!head) return roles.join(', ');
  return roles.length ? `${head} (${roles.join(', ')})` : head;
}

/** Whether the words that named an actor are only a pronoun ("I", "they"), which says nothing on its own. */
export function isPronoun(text) {
  return PRONOUNS.has(String(text ?? '').trim().toLowerCase());
}

/** The label of a stored or coded participant: its name from the code, and its own words when they add something. */
export function participantLabel(p) {
  if (!p) return { name: '—', code: '', words: '' };
  const code = p.code || p.country || '';
  const name = codeName(code) || p.text || '—';
  const said = String(p.text ?? '').trim().toLowerCase();
  const words = said && !isPronoun(said) && said !== name.toLowerCase() && said !== code.toLowerCase() ? p.text : '';
  return { name, code, words };
}
