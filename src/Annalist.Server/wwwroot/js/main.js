// The workbench shell: five views behind an accessible tab list (arrow keys, Home, End), the shared
// filter drawer, and the address as the one source of state (#events?actor=RUS&type=ACCUSE): every
// change of view or filter is a history entry, so Back and Forward and shared links restore a view.

import { apiKey, setApiKey } from './api.js';
import { codeView } from './code-view.js';
import { eventsView } from './events-view.js';
import { filterBar } from './filters.js';
import { mapView } from './map-view.js';
import { networkView } from './network-view.js';
import { current, filtersOf, go } from './state.js';
import { timelineView } from './timeline-view.js';
import { loadVocabulary } from './vocabulary.js';

const builders = { code: codeView, events: eventsView, timeline: timelineView, map: mapView, network: networkView };
const views = {};
const tabs = [...document.querySelectorAll('[role="tab"]')];
const filterRoot = document.getElementById('filter-bar');
const filters = filterBar(filterRoot, { onApply: (values) => go(current().view, { ...viewSettings(), ...values }) });

/** The open view's own settings (period, level, order…), kept when the filters change. */
function viewSettings() {
  const { params } = current();
  return Object.fromEntries(Object.entries(params).filter(([name]) => !(name in filtersOf(params))));
}

function select(name, focus) {
  for (const tab of tabs) {
    const selected = tab.dataset.view === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
    if (selected && focus) tab.focus();
  }
}

async function route({ focus = false } = {}) {
  let { view, params } = current();
  if (!builders[view]) {
    view = 'code';
    params = {};
  }
  select(view, focus);
  filterRoot.hidden = view === 'code';
  filters.set(params);
  document.title = `${view[0].toUpperCase()}${view.slice(1)} · Annalist workbench`;
  await loadVocabulary();
  views[view] ??= builders[view](document.getElementById(`view-${view}`));
  views[view].show(params);
}

/** Switching tabs keeps the filters and drops the other view's settings. */
function openTab(name, focus = false) {
  const { params } = current();
  go(name, name === 'code' ? {} : filtersOf(params));
  if (focus) document.getElementById(`tab-${name}`).focus();
}

for (const tab of tabs) {
  tab.addEventListener('click', () => openTab(tab.dataset.view));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    openTab(tabs[(target + tabs.length) % tabs.length].dataset.view, true);
  });
}

window.addEventListener('hashchange', () => route());

const keyInput = document.getElementById('api-key');
keyInput.value = apiKey();
document.getElementById('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setApiKey(keyInput.value.trim());
});
document.getElementById('key-clear').addEventListener('click', () => {
  keyInput.value = '';
  setApiKey('');
});

route();
