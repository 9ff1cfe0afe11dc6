// The Network view: actors as nodes, one arrow per dyad weighted by its number of events and coloured
// by the QuadClass most of them fall in (GET /api/dyads, summed over the period).

import { describeError, getJson } from './api.js';
import { field, h, once, replace, s } from './dom.js';
import { filterForm } from './filters.js';
import { QUAD_CLASSES, quadClass } from './labels.js';
import { layout } from './force-layout.js';

const WIDTH = 900;
const HEIGHT = 560;
const MAX_EDGES = 80;

function edgesOf(rows) {
  const byDyad = new Map();
  for (const r of rows) {
    if (!r.actor || !r.recipient || r.actor === r.recipient) continue;
    const key = `${r.actor}\u0000${r.recipient}`;
    const edge = byDyad.get(key) ?? { source: r.actor, target: r.recipient, weight: 0, goldstein: 0, quad: [0, 0, 0, 0] };
    edge.weight += r.events;
    edge.goldstein += r.goldstein_sum;
    for (let q = 1; q <= 4; q += 1) edge.quad[q - 1] += r.quad_class[String(q)] ?? 0;
    byDyad.set(key, edge);
  }
  return [...byDyad.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}

function dominant(edge) {
  const best = edge.quad.indexOf(Math.max(...edge.quad));
  return quadClass(edge.quad[best] > 0 ? best + 1 : 0);
}

function graph(edges) {
  const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))].sort();
  const positions = layout(nodes, edges, WIDTH, HEIGHT);
  const at = new Map(nodes.map((n, i) => [n, positions[i]]));
  const maxWeight = Math.max(1, ...edges.map((e) => e.weight));
  const degree = new Map(nodes.map((n) => [n, 0]));
  for (const e of edges) {
    degree.set(e.source, degree.get(e.source) + e.weight);
    degree.set(e.target, degree.get(e.target) + e.weight);
  }
  const maxDegree = Math.max(1, ...degree.values());
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'Network of actors', class: 'network' },
    s('defs', null, QUAD_CLASSES.concat([quadClass(0)]).map((q) => s('marker', { id: `arrow-${q.id}`, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '12', markerHeight: '12', markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' },
      s('path', { d: 'M0,0L10,5L0,10z', fill: q.color })))));
  const edgeLayer = s('g', { class: 'edges' });
  for (const e of edges) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    const quad = dominant(e);
    const radius = 6 + 14 * Math.sqrt(degree.get(e.target) / maxDegree);
    // curve each arrow a little so A→B and B→A stay apart; stop it at the target's edge
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.max(1, Math.hypot(dx, dy));
    const mx = (a.x + b.x) / 2 - (dy / length) * 18;
    const my = (a.y + b.y) / 2 + (dx / length) * 18;
    const ex = b.x - ((b.x - mx) / Math.hypot(b.x - mx, b.y - my)) * (radius + 2);
    const ey = b.y - ((b.y - my) / Math.hypot(b.x - mx, b.y - my)) * (radius + 2);
    const label = `${e.source} → ${e.target}: ${e.weight} event${e.weight === 1 ? '' : 's'}, mostly ${quad.name}; Goldstein sum ${e.goldstein.toFixed(1)}`;
    edgeLayer.append(s('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)}Q${mx.toFixed(1)},${my.toFixed(1)} ${ex.toFixed(1)},${ey.toFixed(1)}`,
      stroke: quad.color, 'stroke-width': (1 + 7 * Math.sqrt(e.weight / maxWeight)).toFixed(1), 'marker-end': `url(#arrow-${quad.id})`,
      class: 'edge', dataset: { source: e.source, target: e.target, quad: String(quad.id), weight: String(e.weight) },
    }, s('title', null, label)));
  }
  const nodeLayer = s('g', { class: 'nodes' });
  for (const n of nodes) {
    const p = at.get(n);
    const r = 6 + 14 * Math.sqrt(degree.get(n) / maxDegree);
    nodeLayer.append(s('g', { class: 'node', tabindex: '0', role: 'img', 'aria-label': `${n}: ${degree.get(n)} events as actor or recipient`, dataset: { actor: n } },
      s('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: r.toFixed(1) }),
      s('text', { x: p.x.toFixed(1), y: (p.y - r - 4).toFixed(1), 'text-anchor': 'middle' }, n),
      s('title', null, `${n}: ${degree.get(n)} events`)));
  }
  svg.append(edgeLayer, nodeLayer);
  return svg;
}

export function networkView(root) {
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'network-wrap' });
  const level = h('select', null, h('option', { value: 'country' }, 'countries'), h('option', { value: 'code' }, 'full codes'));

  async function draw(filters) {
    status.textContent = 'Loading…';
    try {
      const answer = await getJson('/api/dyads', { ...filters, by: 'month', level: level.value });
      const all = edgesOf(answer.rows);
      const edges = all.slice(0, MAX_EDGES);
      if (edges.length === 0) {
        replace(out);
        status.textContent = 'No dyad matches these filters.';
        return;
      }
      replace(
        out,
        h('ul', { class: 'legend' }, QUAD_CLASSES.map((q) => h('li', null, h('span', { class: 'swatch', dataset: { quad: String(q.id) } }), ` mostly ${q.name}`)), h('li', null, 'line width: number of events')),
        graph(edges),
        h('table', { class: 'numbers edges-table' },
          h('caption', null, 'Dyads'),
          h('thead', null, h('tr', null, ['Actor', 'Recipient', 'Events', ...QUAD_CLASSES.map((q) => q.short), 'Goldstein sum'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', null, edges.map((e) => h('tr', null, h('td', null, e.source), h('td', null, e.target), h('td', null, String(e.weight)), e.quad.map((c) => h('td', null, String(c))), h('td', null, e.goldstein.toFixed(1)))))),
      );
      status.textContent = `${edges.length} dyad${edges.length === 1 ? '' : 's'}${all.length > edges.length ? ` (the ${MAX_EDGES} busiest of ${all.length})` : ''} between ${new Set(edges.flatMap((e) => [e.source, e.target])).size} actors.`;
    } catch (error) {
      status.textContent = describeError(error);
    }
  }

  const { form } = filterForm({ label: 'Network filters', fields: ['actor', 'recipient', 'type', 'from', 'to', 'status'], submitText: 'Draw network', onSubmit: draw, extra: [field('Actors as', level).field] });
  replace(root, h('h2', null, 'Network of actors'), form, status, out);
  return { show: once(() => draw({})) };
}
