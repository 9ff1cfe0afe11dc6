// The Map view: where the events matching the filters happened, as circles on a world outline drawn
// from Natural Earth (embedded in the server; no tile server, works offline), in the Equal Earth
// projection. Circle size is the number of events, colour the QuadClass most of them fall in.

import { describeError, getJson } from './api.js';
import { h, once, replace, s } from './dom.js';
import { filterForm } from './filters.js';
import { QUAD_CLASSES, quadClass } from './labels.js';
import { polygons } from './topojson.js';

const WIDTH = 960;
const HEIGHT = 470;
const MAX_EVENTS = 1000;
const PAD = 4;

// Equal Earth (Šavrič, Patterson, Jenny 2018): an equal-area projection that keeps the world's shape.
const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const X_MAX = 2.7064;
const Y_MAX = 1.3173;

export function project(lon, lat) {
  const l = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const l2 = l * l;
  const l6 = l2 * l2 * l2;
  const x = ((lon * Math.PI) / 180) * Math.cos(l) / (M * (A1 + 3 * A2 * l2 + l6 * (7 * A3 + 9 * A4 * l2)));
  const y = l * (A1 + A2 * l2 + l6 * (A3 + A4 * l2));
  return [PAD + ((x + X_MAX) / (2 * X_MAX)) * (WIDTH - 2 * PAD), PAD + ((Y_MAX - y) / (2 * Y_MAX)) * (HEIGHT - 2 * PAD)];
}

let outline = null;

async function worldPath() {
  if (outline) return outline;
  const response = await fetch('/geo/countries-110m.json');
  const topology = await response.json();
  outline = polygons(topology, 'countries').map((p) => ({
    name: p.name,
    d: p.rings.map(ringPath).join(''),
  }));
  return outline;
}

function placesOf(events) {
  const byPlace = new Map();
  for (const e of events) {
    if (!e.place || !Number.isFinite(e.place.lat) || !Number.isFinite(e.place.lon)) continue;
    const key = e.place.geonameid || `${e.place.lat},${e.place.lon}`;
    const place = byPlace.get(key) ?? { name: e.place.name, country: e.place.country, lat: e.place.lat, lon: e.place.lon, events: 0, quad: [0, 0, 0, 0], types: new Map() };
    place.events += 1;
    if (e.quad_class >= 1 && e.quad_class <= 4) place.quad[e.quad_class - 1] += 1;
    place.types.set(e.event_type, (place.types.get(e.event_type) ?? 0) + 1);
    byPlace.set(key, place);
  }
  return [...byPlace.values()].sort((a, b) => b.events - a.events);
}

function dominant(place) {
  const best = place.quad.indexOf(Math.max(...place.quad));
  return quadClass(place.quad[best] > 0 ? best + 1 : 0);
}

export function mapView(root) {
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const out = h('div', { class: 'map-wrap' });

  async function draw(filters) {
    status.textContent = 'Loading…';
    try {
      const [countries, events] = await Promise.all([worldPath(), fetchEvents(filters)]);
      const places = placesOf(events);
      const max = Math.max(1, ...places.map((p) => p.events));
      const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'World map of event places', class: 'map' },
        s('path', { d: outlinePath(), class: 'sphere' }),
        s('g', { class: 'countries', 'aria-hidden': 'true' }, countries.map((c) => s('path', { d: c.d }, s('title', null, c.name)))));
      const markers = s('g', { class: 'markers' });
      for (const place of [...places].reverse()) {
        const [x, y] = project(place.lon, place.lat);
        const quad = dominant(place);
        const types = [...place.types.entries()].map(([t, n]) => `${t} ${n}`).join(', ');
        const label = `${place.name}${place.country ? `, ${place.country}` : ''}: ${place.events} event${place.events === 1 ? '' : 's'} (${types}); mostly ${quad.name}`;
        markers.append(s('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: (4 + 14 * Math.sqrt(place.events / max)).toFixed(1), fill: quad.color, class: 'marker', tabindex: '0', role: 'img', 'aria-label': label, dataset: { place: place.name } }, s('title', null, label)));
      }
      svg.append(markers);
      replace(
        out,
        h('ul', { class: 'legend' }, QUAD_CLASSES.map((q) => h('li', null, h('span', { class: 'swatch', dataset: { quad: String(q.id) } }), ` mostly ${q.name}`))),
        svg,
        h('table', { class: 'numbers places' },
          h('caption', null, 'Places'),
          h('thead', null, h('tr', null, ['Place', 'Country', 'Events', 'Types'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', null, places.map((p) => h('tr', null, h('th', { scope: 'row' }, p.name), h('td', null, p.country), h('td', null, String(p.events)), h('td', null, [...p.types.keys()].join(', ')))))),
      );
      const located = places.reduce((sum, p) => sum + p.events, 0);
      status.textContent = `${located} of ${events.length} event${events.length === 1 ? '' : 's'} have a place, at ${places.length} place${places.length === 1 ? '' : 's'}${events.length >= MAX_EVENTS ? ` (first ${MAX_EVENTS} events)` : ''}.`;
    } catch (error) {
      status.textContent = describeError(error);
    }
  }

  const { form } = filterForm({ label: 'Map filters', fields: ['actor', 'recipient', 'type', 'from', 'to', 'status'], submitText: 'Show on map', onSubmit: draw });
  replace(root, h('h2', null, 'Where events happened'), form, status, out);
  return { show: once(() => draw({})) };
}

async function fetchEvents(filters) {
  const events = [];
  let cursor = null;
  do {
    const page = await getJson('/api/events', { ...filters, limit: 500, cursor });
    events.push(...page.events);
    cursor = page.next_cursor;
  } while (cursor && events.length < MAX_EVENTS);
  return events;
}

/** One ring as SVG path data; a step across the antimeridian starts a new subpath instead of a line across the map. */
function ringPath(points) {
  let previous = null;
  return points.map(([lon, lat]) => {
    const [x, y] = project(lon, lat);
    const jump = previous === null || Math.abs(lon - previous) > 180;
    previous = lon;
    return `${jump ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join('');
}

/** The outline of the whole projected globe (its edge meridians). */
function outlinePath() {
  const points = [];
  for (let lat = -90; lat <= 90; lat += 5) points.push(project(180, lat));
  for (let lat = 90; lat >= -90; lat -= 5) points.push(project(-180, lat));
  return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('') + 'Z';
}
