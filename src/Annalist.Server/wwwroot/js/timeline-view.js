// The Timeline view: one dyad's events per week (or day, month) as stacked bars by QuadClass, with
// the Goldstein sum as a line on its own axis (GET /api/dyads). A table gives the same numbers.

import { describeError, getJson } from './api.js';
import { field, h, replace, s } from './dom.js';
import { QUAD_CLASSES } from './labels.js';

const DAY = 86400000;

function parseDay(text) {
  return Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
}

function dayText(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Every period from the first to the last row, empty ones included, with the rows summed per period. */
function series(rows, by) {
  const byStart = new Map();
  for (const row of rows) {
    const point = byStart.get(row.period_start) ?? { start: row.period_start, events: 0, goldstein: 0, quad: [0, 0, 0, 0] };
    point.events += row.events;
    point.goldstein += row.goldstein_sum;
    for (let q = 1; q <= 4; q += 1) point.quad[q - 1] += row.quad_class[String(q)] ?? 0;
    byStart.set(row.period_start, point);
  }
  const starts = [...byStart.keys()].sort();
  if (starts.length === 0) return [];
  const points = [];
  let current = parseDay(starts[0]);
  const last = parseDay(starts[starts.length - 1]);
  while (current <= last && points.length < 2000) {
    const key = dayText(current);
    points.push(byStart.get(key) ?? { start: key, events: 0, goldstein: 0, quad: [0, 0, 0, 0] });
    if (by === 'month') {
      const d = new Date(current);
      current = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    } else {
      current += (by === 'week' ? 7 : 1) * DAY;
    }
  }
  return points;
}

function chart(points, title) {
  const width = 900;
  const height = 340;
  const margin = { top: 20, right: 64, bottom: 48, left: 52 };
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const maxCount = Math.max(1, ...points.map((p) => p.events));
  const maxAbsG = Math.max(1, ...points.map((p) => Math.abs(p.goldstein)));
  const band = plotW / points.length;
  const barW = Math.max(1, band * 0.8);
  const y = (count) => margin.top + plotH - (count / maxCount) * plotH;
  const yG = (g) => margin.top + plotH / 2 - (g / maxAbsG) * (plotH / 2);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': title, class: 'chart' }, s('title', null, title));

  // axes and gridlines
  for (let i = 0; i <= 4; i += 1) {
    const value = Math.round((maxCount * i) / 4);
    const yy = y(value);
    svg.append(
      s('line', { x1: margin.left, x2: width - margin.right, y1: yy, y2: yy, class: 'grid' }),
      s('text', { x: margin.left - 6, y: yy + 4, 'text-anchor': 'end', class: 'axis' }, String(value)),
    );
  }
  svg.append(
    s('text', { x: 14, y: margin.top + plotH / 2, transform: `rotate(-90 14 ${margin.top + plotH / 2})`, 'text-anchor': 'middle', class: 'axis-title' }, 'events'),
    s('text', { x: width - 10, y: margin.top + plotH / 2, transform: `rotate(90 ${width - 10} ${margin.top + plotH / 2})`, 'text-anchor': 'middle', class: 'axis-title' }, 'Goldstein sum'),
    s('text', { x: width - margin.right + 6, y: yG(maxAbsG) + 4, class: 'axis' }, `+${maxAbsG.toFixed(1)}`),
    s('text', { x: width - margin.right + 6, y: yG(0) + 4, class: 'axis' }, '0'),
    s('text', { x: width - margin.right + 6, y: yG(-maxAbsG) + 4, class: 'axis' }, `−${maxAbsG.toFixed(1)}`),
  );

  const labelEvery = Math.ceil(points.length / 10);
  points.forEach((p, i) => {
    const x = margin.left + i * band + (band - barW) / 2;
    let base = 0;
    p.quad.forEach((count, q) => {
      if (count === 0) return;
      const quad = QUAD_CLASSES[q];
      svg.append(
        s('rect', { x, y: y(base + count), width: barW, height: y(base) - y(base + count), fill: quad.color, class: 'bar', dataset: { period: p.start, quad: String(quad.id) } },
          s('title', null, `${p.start}: ${count} ${quad.name}`)),
      );
      base += count;
    });
    if (i % labelEvery === 0) {
      svg.append(s('text', { x: margin.left + i * band + band / 2, y: height - margin.bottom + 16, 'text-anchor': 'middle', class: 'axis' }, p.start));
    }
  });

  const line = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${(margin.left + i * band + band / 2).toFixed(1)},${yG(p.goldstein).toFixed(1)}`).join(' ');
  svg.append(
    s('line', { x1: margin.left, x2: width - margin.right, y1: yG(0), y2: yG(0), class: 'zero' }),
    s('path', { d: line, class: 'goldstein-line' }),
  );
  if (points.length <= 120) points.forEach((p, i) => svg.append(s('circle', { cx: margin.left + i * band + band / 2, cy: yG(p.goldstein), r: 2.5, class: 'goldstein-point' }, s('title', null, `${p.start}: Goldstein sum ${p.goldstein.toFixed(1)}`))));
  return svg;
}

function table(points) {
  return h(
    'table',
    { class: 'numbers' },
    h('caption', null, 'The numbers behind the chart'),
    h('thead', null, h('tr', null, ['Period', 'Events', ...QUAD_CLASSES.map((q) => q.name), 'Goldstein sum'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', null, points.filter((p) => p.events > 0).map((p) => h('tr', null, h('th', { scope: 'row' }, p.start), h('td', null, String(p.events)), p.quad.map((c) => h('td', null, String(c))), h('td', null, p.goldstein.toFixed(1))))),
  );
}

function legendItems() {
  return h(
    'ul',
    { class: 'legend' },
    QUAD_CLASSES.map((q) => h('li', null, h('span', { class: 'swatch', dataset: { quad: String(q.id) } }), ` ${q.short} ${q.name}`)),
    h('li', null, h('span', { class: 'swatch line' }), ' Goldstein sum'),
  );
}

export function timelineView(root) {
  const actor = h('input', { type: 'text', required: true, autocomplete: 'off', placeholder: 'e.g. RUS' });
  const recipient = h('input', { type: 'text', required: true, autocomplete: 'off', placeholder: 'e.g. PRK' });
  const by = h('select', null, ['week', 'day', 'month'].map((p) => h('option', { value: p }, p)));
  const level = h('select', null, h('option', { value: 'country' }, 'countries'), h('option', { value: 'code' }, 'full codes'));
  const from = h('input', { type: 'date' });
  const to = h('input', { type: 'date' });
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'chart-wrap' });

  async function draw() {
    status.textContent = 'Loading…';
    try {
      const answer = await getJson('/api/dyads', { actor: actor.value, recipient: recipient.value, by: by.value, level: level.value, from: from.value, to: to.value });
      const points = series(answer.rows, by.value);
      if (points.length === 0) {
        replace(out);
        status.textContent = `No events from ${actor.value} to ${recipient.value}.`;
        return;
      }
      const dyads = [...new Set(answer.rows.map((r) => `${r.actor}→${r.recipient}`))].join(', ');
      const total = points.reduce((sum, p) => sum + p.events, 0);
      const title = `${actor.value.toUpperCase()} → ${recipient.value.toUpperCase()}: events per ${by.value} by QuadClass, and Goldstein sum`;
      replace(out, h('h3', null, title), legendItems(), chart(points, title), h('details', null, h('summary', null, 'Show the numbers'), table(points)));
      status.textContent = `${total} events in ${points.length} ${by.value}s (${dyads})${answer.truncated ? '; cut at the server limit' : ''}.`;
    } catch (error) {
      status.textContent = describeError(error);
    }
  }

  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Dyad' },
    h('div', { class: 'row' },
      field('Actor code', actor).field, field('Recipient code', recipient).field, field('Period', by).field,
      field('Dyads of', level).field, field('From', from).field, field('To', to).field),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Show timeline')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    draw();
  });

  replace(root, h('h2', null, 'Dyad timeline'), h('p', { class: 'hint' }, 'Cooperation (Q1, Q2) and conflict (Q3, Q4) between two actors over time.'), form, status, out);

  let prefilled = false;
  return {
    async show() {
      if (prefilled) return;
      prefilled = true;
      // Start from the busiest dyad in the store, so the view shows something at once.
      try {
        const answer = await getJson('/api/dyads', { by: 'month' });
        const totals = new Map();
        for (const r of answer.rows) {
          if (!r.actor || !r.recipient) continue;
          const key = `${r.actor} ${r.recipient}`;
          totals.set(key, (totals.get(key) ?? 0) + r.events);
        }
        const busiest = [...totals.entries()].sort((a, b) => b[1] - a[1])[0];
        if (busiest && !actor.value && !recipient.value) {
          [actor.value, recipient.value] = busiest[0].split(' ');
          draw();
        }
      } catch (error) {
        status.textContent = describeError(error);
      }
    },
  };
}
