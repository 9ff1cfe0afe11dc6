// The Timeline view: events per day, week or month for the current filter (GET /api/series: all events,
// one actor, a dyad, a type, a country…), stacked by QuadClass, with the Goldstein sum as a line on its
// own axis. Periods without events are gaps (no bar, the line broken), never zeros. A bar opens its
// events; Zoom in and out narrow or widen the dates. A table gives the same numbers.

import { describeError, getJson } from './api.js';
import { field, h, onActivate, replace, s } from './dom.js';
import { QUAD_CLASSES } from './labels.js';
import { filtersOf, go, hashOf } from './state.js';
import { codeName } from './vocabulary.js';

const DAY = 86400000;
/** More periods than this are drawn only when asked (“Show all”), so bars stay wide enough to read and click. */
const MAX_BARS = 160;

const parseDay = (text) => Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
const dayText = (ms) => new Date(ms).toISOString().slice(0, 10);

function nextStart(ms, by) {
  if (by !== 'month') return ms + (by === 'week' ? 7 : 1) * DAY;
  const d = new Date(ms);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function periodEnd(ms, by) {
  return dayText(nextStart(ms, by) - DAY);
}

/** Every period from the first to the last point, empty ones included (as gaps: events 0, no Goldstein). */
function periods(points, by) {
  if (points.length === 0) return [];
  const byStart = new Map(points.map((p) => [p.period_start, p]));
  const out = [];
  const last = parseDay(points[points.length - 1].period_start);
  for (let t = parseDay(points[0].period_start); t <= last; t = nextStart(t, by)) {
    const key = dayText(t);
    const p = byStart.get(key);
    out.push(p
      ? { start: key, end: p.period_end, label: p.period, events: p.events, goldstein: p.goldstein_sum, quad: [1, 2, 3, 4].map((q) => p.quad_class[String(q)] ?? 0) }
      : { start: key, end: periodEnd(t, by), label: by === 'month' ? key.slice(0, 7) : key, events: 0, goldstein: null, quad: [0, 0, 0, 0] });
  }
  return out;
}

/** A period that keeps the bars countable: days up to four months, weeks up to three years, else months. */
function autoPeriod(points) {
  if (points.length === 0) return 'month';
  const months = (parseDay(points[points.length - 1].period_start) - parseDay(points[0].period_start)) / (30.4 * DAY);
  return months <= 4 ? 'day' : months <= 36 ? 'week' : 'month';
}

function chart(points, title, width, onOpen) {
  const narrow = width < 600;
  const height = narrow ? 280 : 340;
  const maxCount = Math.max(1, ...points.map((p) => p.events));
  const maxAbsG = Math.max(1, ...points.map((p) => Math.abs(p.goldstein ?? 0)));
  // Room for the axis labels as long as they are (7 px a character at 12 px), plus the axis title.
  const margin = { top: 16, right: 24 + 7 * `+${Math.round(maxAbsG)}`.length, bottom: 40, left: 26 + 7 * maxCount.toLocaleString('en').length };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const band = plotW / points.length;
  const barW = Math.max(1, band * 0.8);
  const y = (count) => margin.top + plotH - (count / maxCount) * plotH;
  const yG = (g) => margin.top + plotH / 2 - (g / maxAbsG) * (plotH / 2);
  const xOf = (i) => margin.left + i * band + band / 2;
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), role: 'img', 'aria-label': title, class: 'chart' }, s('title', null, title));

  const ticks = 4;
  for (let i = 0; i <= ticks; i += 1) {
    const value = Math.round((maxCount * i) / ticks);
    if (i > 0 && value === Math.round((maxCount * (i - 1)) / ticks)) continue;
    svg.append(
      s('line', { x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value), class: 'grid' }),
      s('text', { x: margin.left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'axis' }, value.toLocaleString('en')),
    );
  }
  svg.append(
    s('text', { x: 12, y: margin.top + plotH / 2, transform: `rotate(-90 12 ${margin.top + plotH / 2})`, 'text-anchor': 'middle', class: 'axis-title' }, 'events'),
    s('text', { x: width - 8, y: margin.top + plotH / 2, transform: `rotate(90 ${width - 8} ${margin.top + plotH / 2})`, 'text-anchor': 'middle', class: 'axis-title' }, 'Goldstein sum'),
    s('text', { x: width - margin.right + 4, y: yG(maxAbsG) + 4, class: 'axis' }, `+${Math.round(maxAbsG)}`),
    s('text', { x: width - margin.right + 4, y: yG(0) + 4, class: 'axis' }, '0'),
    s('text', { x: width - margin.right + 4, y: yG(-maxAbsG) + 4, class: 'axis' }, `−${Math.round(maxAbsG)}`),
    s('line', { x1: margin.left, x2: width - margin.right, y1: yG(0), y2: yG(0), class: 'zero' }),
  );

  // Tick labels at an even step that leaves room for each label.
  const labelWidth = (points[0]?.label.length ?? 7) * 7 + 12;
  const every = Math.max(1, Math.ceil(labelWidth / band));
  points.forEach((p, i) => {
    if (i % every === 0) svg.append(s('text', { x: xOf(i), y: height - margin.bottom + 16, 'text-anchor': 'middle', class: 'axis' }, p.label));
    if (p.events === 0) return;
    const group = s('g', { class: 'period', tabindex: '0', role: 'button', 'aria-label': `${p.label}: ${p.events} events; open them`, dataset: { period: p.start, events: String(p.events) } },
      s('title', null, `${p.label}: ${p.events} events (${QUAD_CLASSES.map((q, k) => `${p.quad[k]} ${q.name}`).join(', ')}); Goldstein sum ${p.goldstein.toFixed(1)}. Select to open them.`));
    let base = 0;
    p.quad.forEach((count, q) => {
      if (count === 0) return;
      group.append(s('rect', { x: margin.left + i * band + (band - barW) / 2, y: y(base + count), width: barW, height: Math.max(0.5, y(base) - y(base + count)), fill: QUAD_CLASSES[q].color, class: 'bar', dataset: { period: p.start, quad: String(q + 1) } }));
      base += count;
    });
    onActivate(group, () => onOpen(p));
    svg.append(group);
  });

  // The Goldstein line runs through consecutive periods with events only: a gap breaks it.
  let d = '';
  points.forEach((p, i) => {
    if (p.goldstein === null) return;
    const joined = i > 0 && points[i - 1].goldstein !== null;
    d += `${joined ? 'L' : 'M'}${xOf(i).toFixed(1)},${yG(p.goldstein).toFixed(1)}`;
    if (!joined && (i + 1 >= points.length || points[i + 1].goldstein === null)) svg.append(s('circle', { cx: xOf(i), cy: yG(p.goldstein), r: 2, class: 'goldstein-point' }));
  });
  svg.append(s('path', { d, class: 'goldstein-line' }));
  return svg;
}

function table(points) {
  return h(
    'div', { class: 'table-wrap' },
    h('table', { class: 'numbers' },
      h('caption', null, 'The numbers behind the chart (periods with events)'),
      h('thead', null, h('tr', null, ['Period', 'Events', ...QUAD_CLASSES.map((q) => q.short), 'Goldstein sum'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, points.filter((p) => p.events > 0).map((p) => h('tr', null, h('th', { scope: 'row' }, p.label), h('td', null, String(p.events)), p.quad.map((c) => h('td', null, String(c))), h('td', null, p.goldstein.toFixed(1)))))),
  );
}

function legend() {
  return h('ul', { class: 'legend' },
    QUAD_CLASSES.map((q) => h('li', null, h('span', { class: 'swatch', dataset: { quad: String(q.id) } }), ` ${q.short} ${q.name}`)),
    h('li', null, h('span', { class: 'swatch line' }), ' Goldstein sum (broken where a period has no events)'));
}

function describeFilter(filters) {
  const parts = [];
  if (filters.actor) parts.push(`from ${codeName(filters.actor) || filters.actor}`);
  if (filters.recipient) parts.push(`to ${codeName(filters.recipient) || filters.recipient}`);
  if (filters.type) parts.push(filters.type);
  if (filters.place_country) parts.push(`in ${codeName(filters.place_country)}`);
  return parts.length ? parts.join(' ') : 'all events';
}

export function timelineView(root) {
  const by = h('select', null, h('option', { value: '' }, 'automatic'), ['day', 'week', 'month'].map((p) => h('option', { value: p }, p)));
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const notice = h('p', { class: 'notice', hidden: true });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const out = h('div', { class: 'chart-wrap' });
  const zoomIn = h('button', { type: 'button' }, 'Zoom in');
  const zoomOut = h('button', { type: 'button' }, 'Zoom out');
  let params = {};
  let key = null;
  let shown = [];

  by.addEventListener('change', () => go('timeline', { ...params, by: by.value }));

  function zoom(factor) {
    if (shown.length === 0) return;
    const first = parseDay(shown[0].start);
    const last = parseDay(shown[shown.length - 1].end);
    const middle = (first + last) / 2;
    const half = Math.max(DAY, ((last - first) / 2) * factor);
    const zoomed = factor > 1 && !params.from && !params.to ? {} : { from: dayText(Math.floor((middle - half) / DAY) * DAY), to: dayText(Math.ceil((middle + half) / DAY) * DAY) };
    const { from: _f, to: _t, all: _a, ...rest } = params;
    go('timeline', { ...rest, ...zoomed, by: '' });
  }
  zoomIn.addEventListener('click', () => zoom(0.5));
  zoomOut.addEventListener('click', () => zoom(2));

  async function draw() {
    status.textContent = 'Loading…';
    error.hidden = true;
    notice.hidden = true;
    const filters = filtersOf(params);
    try {
      let period = params.by;
      let answer = await getJson('/api/series', { ...filters, by: period || 'month' });
      if (!period) {
        period = autoPeriod(answer.points);
        if (period !== 'month') answer = await getJson('/api/series', { ...filters, by: period });
      }
      by.value = params.by ?? '';
      const all = periods(answer.points, period);
      if (all.length === 0) {
        replace(out);
        status.textContent = `No stored event matches these filters (${describeFilter(filters)}).`;
        shown = [];
        return;
      }
      shown = params.all === '1' ? all : all.slice(-MAX_BARS);
      const hidden = all.length - shown.length;
      if (hidden > 0) {
        const left = all.slice(0, hidden).reduce((sum, p) => sum + p.events, 0);
        const showAll = h('button', { type: 'button', class: 'link' }, `show all ${all.length} ${period}s`);
        showAll.addEventListener('click', () => go('timeline', { ...params, all: '1' }));
        replace(notice, `Showing the last ${MAX_BARS} ${period}s (from ${shown[0].start}): ${left.toLocaleString('en')} earlier events in ${hidden} ${period}s are not drawn. Set From, use a longer period, or `, showAll, '.');
        notice.hidden = false;
      }
      const total = shown.reduce((sum, p) => sum + p.events, 0);
      const title = `${describeFilter(filters)}: events per ${period} by QuadClass, and Goldstein sum`;
      const width = Math.max(300, Math.min(1000, root.clientWidth - 2));
      const open = (p) => go('events', { ...filters, from: p.start, to: p.end });
      replace(out, h('h3', null, title), legend(), chart(shown, title, width, open), h('p', { class: 'hint' }, 'Select a bar to list its events.'), h('details', null, h('summary', null, 'Show the numbers'), table(shown)));
      const empty = shown.filter((p) => p.events === 0).length;
      status.textContent = `${total.toLocaleString('en')} of ${answer.events.toLocaleString('en')} events in ${shown.length} ${period}s${empty ? ` (${empty} without events, left as gaps)` : ''}.`;
    } catch (e) {
      status.textContent = 'The timeline could not be drawn.';
      error.textContent = describeError(e);
      error.hidden = false;
    }
  }

  const controls = h('div', { class: 'row view-controls' }, field('Period', by).field, h('div', { class: 'actions' }, zoomIn, zoomOut));
  replace(root, h('h2', null, 'Timeline'), h('p', { class: 'hint' }, 'Cooperation (Q1, Q2) and conflict (Q3, Q4) over time for the filtered events: narrow to an actor, a dyad, a type or a country with the filters.'), controls, status, notice, error, out);
  return {
    show(given) {
      if (hashOf('timeline', given) === key) return;
      key = hashOf('timeline', given);
      params = given;
      draw();
    },
  };
}
