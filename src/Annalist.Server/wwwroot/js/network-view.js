// The Network view: the busiest dyads of the filtered events (GET /api/network, totals by the store over
// the whole filter) as arrows between actors, weighted by events and coloured by the QuadClass most
// fall in. Actors sit on an ellipse that fills the frame, busiest first, named by the knowledge base
// ("North Korea (government)"), labels outside the ellipse so they never cover an arrow's end.
// Selecting an actor opens its events; selecting an arrow opens the dyad's timeline. A minimum weight
// and the number of dyads are settings; what the limit leaves out is counted on screen.

import { describeError, getJson } from './api.js';
import { field, h, onActivate, replace, s } from './dom.js';
import { QUAD_CLASSES, dominantQuad, quadClass } from './labels.js';
import { filtersOf, go, hashOf } from './state.js';
import { codeName } from './vocabulary.js';

function short(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function graph(dyads, width, filters) {
  const narrow = width < 600;
  const height = Math.round(narrow ? width * 1.05 : Math.min(640, width * 0.62));
  const edges = dyads.filter((d) => d.actor !== d.recipient);
  const degree = new Map();
  for (const d of edges) {
    degree.set(d.actor, (degree.get(d.actor) ?? 0) + d.events);
    degree.set(d.recipient, (degree.get(d.recipient) ?? 0) + d.events);
  }
  // Busiest first, alternating sides, so the heavy arrows spread across the ellipse instead of bunching.
  const ranked = [...degree.keys()].sort((a, b) => degree.get(b) - degree.get(a) || a.localeCompare(b));
  const order = [];
  ranked.forEach((n, i) => (i % 2 ? order.push(n) : order.unshift(n)));
  const labelRoom = narrow ? 70 : 150;
  const rx = width / 2 - labelRoom;
  const ry = height / 2 - (narrow ? 40 : 34);
  const at = new Map(order.map((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, order.length) - Math.PI / 2;
    return [n, { x: width / 2 + rx * Math.cos(angle), y: height / 2 + ry * Math.sin(angle), angle }];
  }));
  const maxWeight = Math.max(1, ...edges.map((e) => e.events));
  const maxDegree = Math.max(1, ...degree.values());
  const radius = (n) => 4 + 10 * Math.sqrt(degree.get(n) / maxDegree);
  const svg = s('svg', { viewBox: `0 0 ${width} ${height}`, width: String(width), height: String(height), role: 'group', 'aria-label': 'Network of actors', class: 'network' },
    s('defs', null, QUAD_CLASSES.concat([quadClass(0)]).map((q) => s('marker', { id: `arrow-${q.id}`, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '10', markerHeight: '10', markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0L10,5L0,10z', fill: q.color })))));
  const edgeLayer = s('g', { class: 'edges' });
  for (const e of [...edges].reverse()) {
    const a = at.get(e.actor);
    const b = at.get(e.recipient);
    const quad = dominantQuad(e.quad_class);
    // Curve towards the centre (A→B and B→A bend apart), stopping at the target's edge.
    const mx = (a.x + b.x) / 2 + (width / 2 - (a.x + b.x) / 2) * 0.35 - (b.y - a.y) * 0.08;
    const my = (a.y + b.y) / 2 + (height / 2 - (a.y + b.y) / 2) * 0.35 + (b.x - a.x) * 0.08;
    const back = Math.hypot(b.x - mx, b.y - my) || 1;
    const ex = b.x - ((b.x - mx) / back) * (radius(e.recipient) + 2);
    const ey = b.y - ((b.y - my) / back) * (radius(e.recipient) + 2);
    const label = `${codeName(e.actor) || e.actor} → ${codeName(e.recipient) || e.recipient}: ${e.events} event${e.events === 1 ? '' : 's'}, mostly ${quad.name}; Goldstein sum ${e.goldstein_sum.toFixed(1)}. Select to open the dyad's timeline.`;
    const path = s('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: quad.color, 'stroke-width': (1 + 6 * Math.sqrt(e.events / maxWeight)).toFixed(1), 'marker-end': `url(#arrow-${quad.id})`,
      class: 'edge', tabindex: '0', role: 'button', 'aria-label': label,
      dataset: { source: e.actor, target: e.recipient, quad: String(quad.id), weight: String(e.events) },
    }, s('title', null, label));
    onActivate(path, () => go('timeline', { ...filters, actor: e.actor, recipient: e.recipient }));
    edgeLayer.append(path);
  }
  const nodeLayer = s('g', { class: 'nodes' });
  for (const n of order) {
    const p = at.get(n);
    const r = radius(n);
    const name = codeName(n) || n;
    const right = Math.cos(p.angle) >= 0;
    const lx = p.x + Math.cos(p.angle) * (r + 4);
    const ly = p.y + Math.sin(p.angle) * (r + 4) + 4;
    const node = s('g', { class: 'node', tabindex: '0', role: 'button', 'aria-label': `${name} (${n}): ${degree.get(n)} events as actor or recipient. Select to open its events as actor.`, dataset: { actor: n } },
      s('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      s('text', { x: lx.toFixed(1), y: ly.toFixed(1), 'text-anchor': Math.abs(Math.cos(p.angle)) < 0.2 ? 'middle' : right ? 'start' : 'end' }, short(name, narrow ? 12 : 24)),
      s('title', null, `${name} (${n}): ${degree.get(n)} events`));
    onActivate(node, () => go('events', { ...filters, actor: n }));
    nodeLayer.append(node);
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}

export function networkView(root) {
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const notice = h('p', { class: 'notice', hidden: true });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const out = h('div', { class: 'network-wrap' });
  const level = h('select', null, h('option', { value: 'country' }, 'countries'), h('option', { value: 'code' }, 'full codes'));
  const minimum = h('input', { type: 'number', min: '1', step: '1', inputmode: 'numeric' });
  const limit = h('select', null, ['30', '60', '120', '250'].map((n) => h('option', { value: n }, n)));
  const apply = h('button', { type: 'submit' }, 'Redraw');
  const form = h('form', { class: 'row view-controls', 'aria-label': 'Network settings' }, field('Actors as', level).field, field('Minimum events per dyad', minimum).field, field('Dyads drawn (busiest)', limit).field, h('div', { class: 'actions' }, apply));
  let params = {};
  let key = null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    go('network', { ...params, level: level.value === 'country' ? '' : level.value, min_events: minimum.value === '1' ? '' : minimum.value, limit: limit.value === '60' ? '' : limit.value });
  });

  async function draw() {
    status.textContent = 'Loading…';
    error.hidden = true;
    notice.hidden = true;
    const filters = filtersOf(params);
    level.value = params.level || 'country';
    minimum.value = params.min_events || '1';
    limit.value = params.limit || '60';
    try {
      const answer = await getJson('/api/network', { ...filters, level: level.value, min_events: minimum.value, limit: limit.value });
      if (answer.dyads.length === 0) {
        replace(out);
        status.textContent = answer.dyad_total ? `No dyad has ${answer.min_events} or more events; lower the minimum.` : 'No dyad matches these filters.';
        return;
      }
      const width = Math.max(300, Math.min(1100, root.clientWidth - 2));
      const selfEvents = answer.dyads.filter((d) => d.actor === d.recipient).reduce((sum, d) => sum + d.events, 0);
      replace(
        out,
        h('ul', { class: 'legend' }, QUAD_CLASSES.map((q) => h('li', null, h('span', { class: 'swatch', dataset: { quad: String(q.id) } }), ` mostly ${q.name}`)), h('li', null, 'line width: events')),
        graph(answer.dyads, width, filters),
        h('p', { class: 'hint' }, 'Select an actor to list its events; select an arrow for the dyad’s timeline.'),
        h('details', null, h('summary', null, `Show the dyads (${answer.dyads.length})`),
          h('div', { class: 'table-wrap' }, h('table', { class: 'numbers edges-table' },
            h('caption', null, 'Dyads, busiest first'),
            h('thead', null, h('tr', null, ['Actor', 'Recipient', 'Events', ...QUAD_CLASSES.map((q) => q.short), 'Goldstein sum'].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, answer.dyads.map((d) => h('tr', null, h('td', null, `${codeName(d.actor)} (${d.actor})`), h('td', null, `${codeName(d.recipient)} (${d.recipient})`), h('td', null, String(d.events)),
              [1, 2, 3, 4].map((q) => h('td', null, String(d.quad_class[String(q)]))), h('td', null, d.goldstein_sum.toFixed(1)))))))),
      );
      const actors = new Set(answer.dyads.flatMap((d) => [d.actor, d.recipient])).size;
      status.textContent = `${answer.dyads.length} dyad${answer.dyads.length === 1 ? '' : 's'} between ${actors} actors: ${answer.events_shown.toLocaleString('en')} of ${answer.events_with_recipient.toLocaleString('en')} events with a recipient.`;
      const notes = [];
      if (answer.truncated) notes.push(`Only the ${answer.dyads.length} busiest of ${answer.dyads_at_minimum.toLocaleString('en')} dyads with at least ${answer.min_events} event${answer.min_events === 1 ? '' : 's'} are drawn; raise the minimum, draw more dyads, or narrow the filters to see the rest.`);
      if (answer.dyads_at_minimum < answer.dyad_total) notes.push(`${(answer.dyad_total - answer.dyads_at_minimum).toLocaleString('en')} dyads have fewer than ${answer.min_events} events.`);
      if (selfEvents) notes.push(`${selfEvents.toLocaleString('en')} events within one actor are in the table, not drawn.`);
      notice.textContent = notes.join(' ');
      notice.hidden = notes.length === 0;
    } catch (e) {
      status.textContent = 'The network could not be drawn.';
      error.textContent = describeError(e);
      error.hidden = false;
    }
  }

  replace(root, h('h2', null, 'Network of actors'), form, status, notice, error, out);
  return {
    show(given) {
      if (hashOf('network', given) === key) return;
      key = hashOf('network', given);
      params = given;
      draw();
    },
  };
}
