// The filters of GET /api/events as one form shared by the Events, Timeline, Map and Network views,
// in a drawer (open on wide screens, closed on phones), with export links for exactly what is
// filtered. Actor fields suggest codes, with their names, from GET /api/actors as the analyst types.

import { apiKey, getJson, queryString } from './api.js';
import { field, h, uid } from './dom.js';
import { QUAD_CLASSES, STATUSES } from './labels.js';
import { FILTERS } from './state.js';
import { codeName, loadVocabulary } from './vocabulary.js';

const NAMES = {
  actor: 'Actor code', recipient: 'Recipient code', type: 'Event type (PLOVER)', cameo: 'CAMEO prefix',
  from: 'From', to: 'To', status: 'Status', text: 'Words in the articles', place_country: 'Place country', place: 'Place',
  quad_class: 'QuadClass', mode: 'Mode', context: 'Context',
};

const EXPORTS = [
  { format: 'csv', label: 'CSV' },
  { format: 'plover-jsonl', label: 'PLOVER JSON Lines' },
  { format: 'gdelt-events', label: 'GDELT 2.0 events' },
];

function actorInput(list) {
  const input = h('input', { type: 'text', list: list.id, autocomplete: 'off', spellcheck: 'false', placeholder: 'e.g. RUS or KORGOV' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        const found = await getJson('/api/actors', { q: input.value, limit: 12 });
        list.replaceChildren(...found.actors.map((a) => h('option', { value: a.code }, `${codeName(a.code) || a.code} (${a.events} events)`)));
      } catch {
        // suggestions are a convenience; the search itself reports errors
      }
    }, 200);
  });
  return input;
}

/** A download of the filtered events; with an API key the file is fetched with it, since a link cannot send one. */
function exportLink(format, label, params) {
  const href = `/api/export${queryString({ ...params, format })}`;
  const link = h('a', { href, download: '', class: 'export', dataset: { format } }, label);
  link.addEventListener('click', async (event) => {
    if (!apiKey()) return;
    event.preventDefault();
    const response = await fetch(href, { headers: { Authorization: `Bearer ${apiKey()}` } });
    const url = URL.createObjectURL(await response.blob());
    const save = h('a', { href: url, download: `annalist-events.${format === 'csv' ? 'csv' : format === 'plover-jsonl' ? 'jsonl' : 'tsv'}` });
    save.click();
    URL.revokeObjectURL(url);
  });
  return link;
}

/** Builds the filter drawer in `root`; `onApply(values)` runs on submit. Returns {set(params)}. */
export function filterBar(root, { onApply }) {
  const actorList = h('datalist', { id: uid('actors') });
  const typeList = h('datalist', { id: uid('types') });
  const modeList = h('datalist', { id: uid('modes') });
  const contextList = h('datalist', { id: uid('contexts') });
  const inputs = {
    actor: actorInput(actorList),
    recipient: actorInput(actorList),
    type: h('input', { type: 'text', list: typeList.id, autocomplete: 'off', placeholder: 'e.g. ACCUSE' }),
    cameo: h('input', { type: 'text', inputmode: 'numeric', pattern: '[0-9]{1,4}', placeholder: 'e.g. 11' }),
    from: h('input', { type: 'date' }),
    to: h('input', { type: 'date' }),
    status: h('select', null, h('option', { value: '' }, 'any'), STATUSES.map((s) => h('option', { value: s }, s)), h('option', { value: 'disputed' }, 'disputed (affirmed and denied)')),
    text: h('input', { type: 'search', placeholder: 'words, "phrases", OR, -excluded' }),
    place_country: h('input', { type: 'text', autocomplete: 'off', maxlength: '3', placeholder: 'e.g. UKR' }),
    place: h('input', { type: 'text', autocomplete: 'off', placeholder: 'e.g. Kharkiv' }),
    quad_class: h('select', null, h('option', { value: '' }, 'any'), QUAD_CLASSES.map((q) => h('option', { value: String(q.id) }, `${q.short} ${q.name}`))),
    mode: h('input', { type: 'text', list: modeList.id, autocomplete: 'off', placeholder: 'e.g. missile' }),
    context: h('input', { type: 'text', list: contextList.id, autocomplete: 'off', placeholder: 'e.g. military' }),
  };
  loadVocabulary().then((v) => {
    typeList.replaceChildren(...v.types.map((t) => h('option', { value: t.name })));
    modeList.replaceChildren(...[...new Set(v.types.flatMap((t) => t.modes))].sort().map((m) => h('option', { value: m })));
    contextList.replaceChildren(...v.contexts.map((c) => h('option', { value: c })));
  });

  const summary = h('summary', null, 'Filters');
  const exports = h('p', { class: 'exports' });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Event filters' },
    actorList, typeList, modeList, contextList,
    h('div', { class: 'row' }, FILTERS.map((name) => field(NAMES[name], inputs[name]).field)),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Apply filters'), h('button', { type: 'button', class: 'clear' }, 'Clear')),
  );
  const drawer = h('details', { class: 'filter-drawer' }, summary, form);
  drawer.open = !window.matchMedia('(max-width: 700px)').matches;
  const values = () => Object.fromEntries(FILTERS.map((name) => [name, inputs[name].value.trim()]).filter(([, v]) => v));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (window.matchMedia('(max-width: 700px)').matches) drawer.open = false;
    onApply(values());
  });
  form.querySelector('button.clear').addEventListener('click', () => {
    for (const input of Object.values(inputs)) input.value = '';
    onApply({});
  });
  root.replaceChildren(drawer, exports);

  return {
    set(params) {
      for (const name of FILTERS) inputs[name].value = params[name] ?? '';
      const active = FILTERS.filter((name) => params[name]);
      summary.textContent = active.length ? `Filters (${active.length} active: ${active.map((n) => `${NAMES[n]} ${params[n]}`).join(', ')})` : 'Filters (none: every stored event)';
      const filters = Object.fromEntries(active.map((n) => [n, params[n]]));
      exports.replaceChildren('Export these events: ', ...EXPORTS.flatMap((e, i) => [i ? ' · ' : '', exportLink(e.format, e.label, filters)]));
    },
  };
}
