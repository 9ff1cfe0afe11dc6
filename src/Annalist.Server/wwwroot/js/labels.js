// Names and colours shared by the views. Colours keep at least 4.5:1 contrast against white.

export const QUAD_CLASSES = [
  { id: 1, name: 'verbal cooperation', short: 'Q1', color: '#2166ac' },
  { id: 2, name: 'material cooperation', short: 'Q2', color: '#1b7837' },
  { id: 3, name: 'verbal conflict', short: 'Q3', color: '#a54f05' },
  { id: 4, name: 'material conflict', short: 'Q4', color: '#b2182b' },
];

export function quadClass(id) {
  return QUAD_CLASSES.find((q) => q.id === Number(id)) ?? { id: 0, name: 'unclassified', short: 'Q?', color: '#555555' };
}

/** The QuadClass most of a count ({"1": n, …, "4": n}) falls in. */
export function dominantQuad(counts) {
  const quads = [1, 2, 3, 4].map((q) => counts[String(q)] ?? 0);
  const best = quads.indexOf(Math.max(...quads));
  return quadClass(quads[best] > 0 ? best + 1 : 0);
}

export const STATUSES = ['asserted', 'alleged', 'denied', 'hypothetical', 'conditional', 'negated', 'intended'];

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

/** Highlight kinds in the Code view, strongest first (a character covered by several shows the first). */
export const HIGHLIGHT_KINDS = [
  { kind: 'trigger', label: 'trigger (the words of the event)' },
  { kind: 'actor', label: 'actor' },
  { kind: 'recipient', label: 'recipient' },
  { kind: 'claimant', label: 'claimant (who says so)' },
  { kind: 'outlet', label: 'reporting outlet' },
  { kind: 'date', label: 'date' },
  { kind: 'place', label: 'place' },
];

/** CAMEO role codes in words (the sector part of an actor code). */
export const ROLES = {
  GOV: 'government', MIL: 'military', REB: 'rebels', OPP: 'opposition', PTY: 'political party', COP: 'police',
  JUD: 'judiciary', SPY: 'intelligence', MED: 'media', EDU: 'education', BUS: 'business', CRM: 'criminals',
  CVL: 'civilians', LAB: 'labour', LEG: 'legislature', HLH: 'health', REF: 'refugees', AGR: 'agriculture',
  ELI: 'elites', MOD: 'moderates', RAD: 'radicals', HRI: 'human rights', IGO: 'intergovernmental organisation',
  NGO: 'non-governmental organisation', NGM: 'non-governmental movement', MNC: 'multinational corporation',
  IMG: 'international militarised group', INT: 'international', UAF: 'armed forces', SEP: 'separatists',
  INS: 'insurgents', PPL: 'people', MUS: 'Muslim', CHR: 'Christian', BUD: 'Buddhist', HIN: 'Hindu', JEW: 'Jewish',
  SHI: 'Shia', SUN: 'Sunni', ENV: 'environmental', DEV: 'development',
};

/** International organisation codes used where a country code stands. */
export const ORGANISATIONS = {
  UNO: 'United Nations', EUR: 'European Union', NAT: 'NATO', WBK: 'World Bank', IMF: 'International Monetary Fund',
  EEC: 'European Economic Community', OAS: 'Organization of American States',
};

/** Words that name an actor only through the sentence around them. */
export const PRONOUNS = new Set(['i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'him', 'his', 'she', 'her', 'it', 'its',
  'they', 'them', 'their', 'this', 'that', 'these', 'those', 'who', 'which', 'one', 'someone', 'somebody']);

export function participantName(p) {
  if (!p) return '—';
  const code = p.code || p.country;
  // An open actor: named, but by words no dictionary codes (its code is empty or a country only).
  if (p.kind === 'unresolved') return code ? `${p.text} (${code}?, unresolved)` : `${p.text} (unresolved)`;
  return code ? `${p.text} (${code})` : p.text;
}

export function formatNumber(value, digits = 1) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(digits);
}
