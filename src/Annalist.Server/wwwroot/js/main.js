// The workbench shell: five views behind an accessible tab list (arrow keys, Home, End), the URL
// hash naming the open view (#events), and the optional API key for servers that close reads.

import { apiKey, setApiKey } from './api.js';
import { codeView } from './code-view.js';
import { eventsView } from './events-view.js';
import { mapView } from './map-view.js';
import { networkView } from './network-view.js';
import { timelineView } from './timeline-view.js';

const builders = { code: codeView, events: eventsView, timeline: timelineView, map: mapView, network: networkView };
const views = {};
const tabs = [...document.querySelectorAll('[role="tab"]')];

function open(name, { focus = false } = {}) {
  if (!builders[name]) name = 'code';
  for (const tab of tabs) {
    const selected = tab.dataset.view === name;
    tab.setAttribute('aria-selected', String(selected));
    tab.tabIndex = selected ? 0 : -1;
    document.getElementById(tab.getAttribute('aria-controls')).hidden = !selected;
    if (selected && focus) tab.focus();
  }
  const panel = document.getElementById(`view-${name}`);
  views[name] ??= builders[name](panel);
  views[name].show();
  if (location.hash !== `#${name}`) history.replaceState(null, '', `#${name}`);
  document.title = `${name[0].toUpperCase()}${name.slice(1)} · Annalist workbench`;
}

for (const tab of tabs) {
  tab.addEventListener('click', () => open(tab.dataset.view));
  tab.addEventListener('keydown', (event) => {
    const index = tabs.indexOf(tab);
    const target = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    open(tabs[(target + tabs.length) % tabs.length].dataset.view, { focus: true });
  });
}

window.addEventListener('hashchange', () => open(location.hash.slice(1)));

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

open(location.hash.slice(1) || 'code');
