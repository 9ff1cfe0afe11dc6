// The Events view: the store's events matching the filters (GET /api/events), a page at a time,
// with the evidence sentence of each and, on request, every report of it.

import { describeError, getJson } from './api.js';
import { h, once, replace, safeLink } from './dom.js';
import { filterForm } from './filters.js';
import { quadClass } from './labels.js';

/** The sentence with its trigger words emphasised; offsets are document offsets, the text is the sentence's. */
function evidence(mention) {
  const ev = mention?.evidence;
  if (!ev) return '';
  const text = ev.text ?? '';
  const start = (ev.trigger?.start ?? -1) - ev.start;
  const end = (ev.trigger?.end ?? -1) - ev.start;
  if (start < 0 || end > text.length || end <= start) return text;
  return [text.slice(0, start), h('strong', { class: 'trigger' }, text.slice(start, end)), text.slice(end)];
}

function actor(a) {
  return a ? [h('span', { class: 'code' }, a.code || a.country || '—'), ' ', h('span', { class: 'name' }, a.text)] : '—';
}

function reports(e) {
  return h(
    'ul',
    { class: 'reports' },
    e.mentions.map((m) =>
      h(
        'li',
        null,
        h('span', { class: 'outlet' }, m.outlet),
        m.publication_date ? ` ${m.publication_date}` : '',
        ` · ${m.status}`,
        m.title ? [' · ', m.url ? safeLink(m.url, m.title) : m.title] : m.url ? [' · ', safeLink(m.url)] : '',
        h('blockquote', null, evidence(m)),
        h('small', null, `merged: ${m.merge}`),
      ),
    ),
  );
}

export function eventsView(root) {
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const body = h('tbody');
  const table = h(
    'table',
    { class: 'events-table' },
    h('caption', { class: 'visually-hidden' }, 'Stored events matching the filters'),
    h('thead', null, h('tr', null, ['Date', 'Actor', 'Event', 'Recipient', 'Status', 'Reports', 'Evidence', ''].map((t) => h('th', { scope: 'col' }, t)))),
    body,
  );
  const more = h('button', { type: 'button', hidden: true }, 'Load more');
  let cursor = null;
  let filters = {};
  let shown = 0;

  function addRows(events) {
    for (const e of events) {
      const quad = quadClass(e.quad_class);
      const detailsRow = h('tr', { class: 'details-row', hidden: true }, h('td', { colspan: '8' }, reports(e)));
      const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false' }, `Reports (${e.mentions.length})`);
      toggle.addEventListener('click', () => {
        detailsRow.hidden = !detailsRow.hidden;
        toggle.setAttribute('aria-expanded', String(!detailsRow.hidden));
      });
      body.append(
        h(
          'tr',
          { dataset: { eventId: String(e.id), eventType: e.event_type } },
          h('td', null, e.date, h('br'), h('small', null, e.date_precision)),
          h('td', null, actor(e.actor)),
          h('td', null, h('span', { class: 'type' }, e.event_type), ' ', h('small', null, e.cameo), h('br'), h('span', { class: 'quad', dataset: { quad: String(quad.id) } }, quad.name)),
          h('td', null, actor(e.recipient)),
          h('td', null, e.statuses.join(', '), e.disputed ? [h('br'), h('strong', null, 'disputed')] : ''),
          h('td', null, `${e.mention_count} mention${e.mention_count === 1 ? '' : 's'}, ${e.source_count} outlet${e.source_count === 1 ? '' : 's'}`),
          h('td', { class: 'evidence' }, evidence(e.mentions[0])),
          h('td', null, toggle),
        ),
        detailsRow,
      );
    }
    shown += events.length;
  }

  async function load(reset) {
    if (reset) {
      body.replaceChildren();
      cursor = null;
      shown = 0;
    }
    status.textContent = 'Searching…';
    try {
      const page = await getJson('/api/events', { ...filters, limit: 50, cursor });
      addRows(page.events);
      cursor = page.next_cursor;
      more.hidden = !cursor;
      status.textContent = shown === 0 ? 'No stored event matches these filters.' : `${shown} event${shown === 1 ? '' : 's'} shown${cursor ? '; more follow' : ''}.`;
    } catch (error) {
      status.textContent = describeError(error);
    }
  }

  more.addEventListener('click', () => load(false));
  const { form } = filterForm({
    label: 'Event filters',
    onSubmit(values) {
      filters = values;
      load(true);
    },
  });

  replace(root, h('h2', null, 'Stored events'), form, status, h('div', { class: 'table-wrap' }, table), more);
  return { show: once(() => load(true)) };
}
