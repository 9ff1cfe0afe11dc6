// The filters of `annalist events` as a form, shared by the Events, Map and Network views. Actor and
// recipient fields suggest codes from GET /api/actors as the analyst types.

import { getJson } from './api.js';
import { field, h, uid } from './dom.js';
import { PLOVER_TYPES, STATUSES } from './labels.js';

function actorInput(list) {
  const input = h('input', { type: 'text', list: list.id, autocomplete: 'off', spellcheck: 'false', placeholder: 'e.g. RUS or KORGOV' });
  let timer = null;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      try {
        const found = await getJson('/api/actors', { q: input.value, limit: 12 });
        list.replaceChildren(...found.actors.map((a) => h('option', { value: a.code }, `${a.text} (${a.events} events)`)));
      } catch {
        // suggestions are a convenience; the search itself reports errors
      }
    }, 200);
  });
  return input;
}

/**
 * Builds the filter form. `fields` picks which filters appear; `onSubmit(values)` runs on submit.
 * Returns {form, values(), set(values)}.
 */
export function filterForm({ label, fields, submitText = 'Search', onSubmit, extra = [] }) {
  const actorList = h('datalist', { id: uid('actors') });
  const typeList = h('datalist', { id: uid('types') }, PLOVER_TYPES.map((t) => h('option', { value: t })));
  const inputs = {
    actor: actorInput(actorList),
    recipient: actorInput(actorList),
    type: h('input', { type: 'text', list: typeList.id, autocomplete: 'off', placeholder: 'e.g. ACCUSE' }),
    cameo: h('input', { type: 'text', inputmode: 'numeric', pattern: '[0-9]{1,4}', placeholder: 'e.g. 11' }),
    from: h('input', { type: 'date' }),
    to: h('input', { type: 'date' }),
    status: h('select', null, h('option', { value: '' }, 'any'), STATUSES.map((s) => h('option', { value: s }, s)), h('option', { value: 'disputed' }, 'disputed (affirmed and denied)')),
    text: h('input', { type: 'search', placeholder: 'words, "phrases", OR, -excluded' }),
  };
  const names = {
    actor: 'Actor code', recipient: 'Recipient code', type: 'Event type (PLOVER)', cameo: 'CAMEO prefix',
    from: 'From', to: 'To', status: 'Status', text: 'Words in the articles',
  };
  const chosen = fields ?? Object.keys(inputs);
  const form = h(
    'form',
    { class: 'filters', 'aria-label': label },
    actorList,
    typeList,
    h('div', { class: 'row' }, chosen.map((name) => field(names[name], inputs[name]).field), extra),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, submitText), h('button', { type: 'reset' }, 'Clear')),
  );
  const values = () => Object.fromEntries(chosen.map((name) => [name, inputs[name].value.trim()]));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit(values());
  });
  return {
    form,
    values,
    set(given) {
      for (const [name, value] of Object.entries(given)) if (inputs[name]) inputs[name].value = value ?? '';
    },
  };
}
