// The Events view: the stored events matching the filters (GET /api/events), newest first by default
// (the Date, Goldstein and Reports headers sort, a second selection turns the order), a page at a time with the total, names beside codes, place,
// Goldstein and outlets, the evidence sentence of each and, on request, every report of it with a
// permalink that opens the stored article with the event's words highlighted.

import { describeError, getJson } from './api.js';
import { h, replace, safeLink } from './dom.js';
import { formatNumber, quadClass } from './labels.js';
import { go, hashOf, linkTo } from './state.js';
import { countryName, participantLabel } from './vocabulary.js';

const PAGE = 50;

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

function actor(p) {
  if (!p) return '—';
  const label = participantLabel(p);
  return [h('span', { class: 'name' }, label.name), ' ', h('span', { class: 'code' }, label.code), label.words ? [h('br'), h('small', { class: 'words' }, `“${label.words}”`)] : ''];
}

function place(p) {
  if (!p) return h('span', { class: 'muted' }, 'no place');
  return [p.name, p.country && p.name !== countryName(p.country) ? h('small', null, `, ${countryName(p.country)}`) : ''];
}

function reports(e) {
  return h(
    'ul',
    { class: 'reports' },
    e.mentions.map((m, i) =>
      h(
        'li',
        null,
        h('span', { class: 'outlet' }, m.outlet),
        m.publication_date ? ` ${m.publication_date}` : '',
        ` · ${m.status}`,
        m.title ? [' · ', m.url ? safeLink(m.url, m.title) : m.title] : m.url ? [' · ', safeLink(m.url)] : '',
        ' · ', h('a', { href: linkTo('code', { event: e.id, report: i }), class: 'permalink' }, 'open the article with its words marked'),
        h('blockquote', null, evidence(m)),
        h('small', null, `merged: ${m.merge}`),
      ),
    ),
  );
}

const COLUMNS = ['Date', 'Actor', 'Event', 'Recipient', 'Place', 'Goldstein', 'Reports', 'Evidence', ''];

export function eventsView(root) {
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const body = h('tbody');
  const SORTS = { Date: 'date', Goldstein: 'goldstein', Reports: 'reports' };
  const sortButtons = Object.fromEntries(Object.entries(SORTS).map(([label, sort]) => {
    const button = h('button', { type: 'button', class: 'sort', dataset: { sort } }, label);
    button.addEventListener('click', () => {
      const same = (params.sort || 'date') === sort;
      const ascending = same ? descending() : false;
      go('events', { ...params, sort: sort === 'date' ? '' : sort, order: ascending ? (sort === 'date' ? 'oldest' : 'asc') : '' });
    });
    return [label, button];
  }));
  const headers = COLUMNS.map((t) => h('th', { scope: 'col' }, sortButtons[t] ?? t));
  const headRow = h('tr', null, headers);
  const table = h('table', { class: 'events-table' }, h('caption', { class: 'visually-hidden' }, 'Stored events matching the filters'), h('thead', null, headRow), body);
  const more = h('button', { type: 'button', hidden: true }, 'Load more');
  let cursor = null;
  let params = {};
  let shown = 0;
  let total = null;
  let key = null;

  const descending = () => params.order !== 'oldest' && params.order !== 'asc';

  function addRows(events) {
    for (const e of events) {
      const quad = quadClass(e.quad_class);
      const detailsRow = h('tr', { class: 'details-row', hidden: true }, h('td', { colspan: String(COLUMNS.length) }, reports(e)));
      const toggle = h('button', { type: 'button', class: 'link', 'aria-expanded': 'false' }, `Reports (${e.mentions.length})`);
      toggle.addEventListener('click', () => {
        detailsRow.hidden = !detailsRow.hidden;
        toggle.setAttribute('aria-expanded', String(!detailsRow.hidden));
      });
      const outlets = [...new Set(e.mentions.map((m) => m.outlet))];
      body.append(
        h(
          'tr',
          { class: 'event-row', dataset: { eventId: String(e.id), eventType: e.event_type } },
          h('td', { 'data-label': 'Date' }, e.date, h('br'), h('small', null, e.date_precision)),
          h('td', { 'data-label': 'Actor' }, actor(e.actor)),
          h('td', { 'data-label': 'Event' }, h('span', { class: 'type' }, e.event_type), e.mode ? h('small', null, ` ${e.mode}`) : '', ' ', h('small', null, e.cameo),
            (e.context ?? []).length ? [h('br'), h('small', null, e.context.join(', '))] : '',
            h('br'), h('span', { class: 'quad', dataset: { quad: String(quad.id) } }, quad.name)),
          h('td', { 'data-label': 'Recipient' }, actor(e.recipient)),
          h('td', { 'data-label': 'Place', class: 'place' }, place(e.place)),
          h('td', { 'data-label': 'Goldstein', class: 'number' }, formatNumber(e.goldstein)),
          h('td', { 'data-label': 'Reports' }, e.statuses.join(', '), e.disputed ? [' ', h('strong', null, 'disputed')] : '', h('br'),
            h('small', null, `${e.mention_count} mention${e.mention_count === 1 ? '' : 's'} in ${outlets.join(', ')}`)),
          h('td', { 'data-label': 'Evidence', class: 'evidence' }, evidence(e.mentions[0])),
          h('td', { class: 'row-actions' }, toggle, h('br'), h('a', { href: linkTo('code', { event: e.id }), class: 'permalink' }, 'Article')),
        ),
        detailsRow,
      );
    }
    shown += events.length;
  }

  function describe() {
    if (shown === 0) return 'No stored event matches these filters.';
    const sort = params.sort || 'date';
    const order = sort === 'date' ? (descending() ? 'newest first' : 'oldest first') : `by ${sort === 'goldstein' ? 'Goldstein value' : 'reports'}, ${descending() ? 'highest' : 'lowest'} first`;
    const of = total !== null ? ` of ${total.toLocaleString('en')}` : '';
    return `${shown.toLocaleString('en')}${of} event${total === 1 ? '' : 's'} shown, ${order}${cursor ? '; “Load more” shows the next ' + PAGE : ''}.`;
  }

  async function load(reset) {
    error.hidden = true;
    if (reset) {
      body.replaceChildren();
      cursor = null;
      shown = 0;
      total = null;
    }
    status.textContent = 'Searching…';
    try {
      const { order: _order, sort: _sort, ...filters } = params;
      const sort = params.sort || 'date';
      const page = await getJson('/api/events', { ...filters, sort: sort === 'date' ? null : sort, order: descending() ? 'desc' : 'asc', limit: PAGE, cursor, total: reset ? 'true' : null });
      if (reset) total = page.total ?? null;
      addRows(page.events);
      cursor = page.next_cursor;
      more.hidden = !cursor;
      status.textContent = describe();
    } catch (e) {
      status.textContent = 'The search failed.';
      error.textContent = describeError(e);
      error.hidden = false;
    }
  }

  more.addEventListener('click', () => load(false));
  replace(root, h('h2', null, 'Stored events'), status, error, h('div', { class: 'table-wrap' }, table), more);
  return {
    show(given) {
      if (hashOf('events', given) === key) return;
      key = hashOf('events', given);
      params = given;
      const sort = params.sort || 'date';
      for (const [label, button] of Object.entries(sortButtons)) {
        const active = SORTS[label] === sort;
        const words = SORTS[label] === 'date' ? ['newest', 'oldest'] : ['highest', 'lowest'];
        button.textContent = active ? `${label} ${descending() ? '▼' : '▲'}` : label;
        button.setAttribute('aria-label', active ? `${label}, ${descending() ? words[0] : words[1]} first; select to reverse` : `Sort by ${label.toLowerCase()}`);
        const th = headers[COLUMNS.indexOf(label)];
        if (active) th.setAttribute('aria-sort', descending() ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      }
      load(true);
    },
  };
}
