// The Map view: where the filtered events happened (GET /api/places, aggregated by the store over the
// whole filter), on a world outline drawn from Natural Earth (embedded in the server; no tile server,
// works offline) in the Equal Earth projection. Countries are shaded by their events; places are marks
// whose shape says what they stand for (city, region, or a whole country at its centroid), size the
// number of events, colour the QuadClass most fall in. Selecting a country or a mark opens its events
// (a mark: the events at that place, by name and country).
// The events without a place, and any places beyond the limit, are counted on screen.

import { describeError, getJson } from './api.js';
import { h, onActivate, replace, s } from './dom.js';
import { QUAD_CLASSES, dominantQuad } from './labels.js';
import { filtersOf, go, hashOf } from './state.js';
import { countryName, vocabularyNow } from './vocabulary.js';
import { polygons } from './topojson.js';

const WIDTH = 960;
const HEIGHT = 470;
const PAD = 4;
const SHADES = ['#dfe3e8', '#e3ecf6', '#c6d8ec', '#a4c1e0', '#7ea6d0', '#5a89bd'];

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

/** The country outlines, each with the ISO code of the knowledge base's country (by name, else by its centroid inside). */
async function world() {
  if (outline) return outline;
  const response = await fetch('/geo/countries-110m.json');
  const shapes = polygons(await response.json(), 'countries');
  const byName = new Map();
  for (const c of vocabularyNow().countries) for (const name of [c.name, ...c.other_names]) byName.set(name.toLowerCase(), c.code);
  for (const shape of shapes) shape.code = byName.get(shape.name.toLowerCase()) ?? '';
  for (const c of vocabularyNow().countries) {
    if (shapes.some((shape) => shape.code === c.code)) continue;
    const home = shapes.find((shape) => !shape.code && inside(shape.rings[0], c.lon, c.lat));
    if (home) home.code = c.code;
  }
  // A country drawn in several polygons (islands) takes its code on every one that shares the name.
  const codeOf = new Map(shapes.filter((x) => x.code).map((x) => [x.name, x.code]));
  outline = shapes.map((shape) => ({ name: shape.name, code: shape.code || codeOf.get(shape.name) || '', d: shape.rings.map(ringPath).join('') }));
  return outline;
}

function inside(ring, x, y) {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

function marker(place, x, y, r, color, label) {
  const common = { fill: color, class: `marker precision-${place.precision}`, tabindex: '0', role: 'button', 'aria-label': label, dataset: { place: place.name, country: place.country, precision: place.precision } };
  if (place.precision === 'city') return s('circle', { ...common, cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }, s('title', null, label));
  if (place.precision === 'admin') return s('rect', { ...common, x: (x - r).toFixed(1), y: (y - r).toFixed(1), width: (2 * r).toFixed(1), height: (2 * r).toFixed(1) }, s('title', null, label));
  return s('circle', { ...common, cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1), 'fill-opacity': '0.25', stroke: color, 'stroke-dasharray': '3 2' }, s('title', null, label));
}

export function mapView(root) {
  const status = h('p', { class: 'status-line', role: 'status', 'aria-live': 'polite' });
  const notice = h('p', { class: 'notice', hidden: true });
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const out = h('div', { class: 'map-wrap' });
  let params = {};
  let key = null;
  let view = { x: 0, y: 0, w: WIDTH, h: HEIGHT };
  let svg = null;

  function setView(next) {
    const w = Math.min(WIDTH, Math.max(WIDTH / 16, next.w));
    const hgt = (w * HEIGHT) / WIDTH;
    view = { x: Math.min(WIDTH - w, Math.max(0, next.x)), y: Math.min(HEIGHT - hgt, Math.max(0, next.y)), w, h: hgt };
    svg?.setAttribute('viewBox', `${view.x.toFixed(1)} ${view.y.toFixed(1)} ${view.w.toFixed(1)} ${view.h.toFixed(1)}`);
    svg?.style.setProperty('--zoom', String(WIDTH / view.w));
  }
  const zoomBy = (factor) => setView({ x: view.x + (view.w * (1 - factor)) / 2, y: view.y + (view.h * (1 - factor)) / 2, w: view.w * factor });
  const zoomIn = h('button', { type: 'button', 'aria-label': 'Zoom in' }, '+');
  const zoomOut = h('button', { type: 'button', 'aria-label': 'Zoom out' }, '−');
  const reset = h('button', { type: 'button' }, 'Whole world');
  zoomIn.addEventListener('click', () => zoomBy(0.5));
  zoomOut.addEventListener('click', () => zoomBy(2));
  reset.addEventListener('click', () => setView({ x: 0, y: 0, w: WIDTH }));

  async function draw() {
    status.textContent = 'Loading…';
    error.hidden = true;
    notice.hidden = true;
    const filters = filtersOf(params);
    try {
      const [countries, answer] = await Promise.all([world(), getJson('/api/places', { ...filters, limit: 500 })]);
      const byCountry = new Map(answer.countries.map((c) => [c.country, c.events]));
      const maxCountry = Math.max(1, ...byCountry.values());
      const shade = (n) => (n ? SHADES[Math.min(SHADES.length - 1, 1 + Math.floor(Math.sqrt(n / maxCountry) * (SHADES.length - 1)))] : SHADES[0]);
      svg = s('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-label': 'World map of event places', class: 'map' },
        s('path', { d: outlinePath(), class: 'sphere' }));
      const land = s('g', { class: 'countries' });
      for (const c of countries) {
        const events = byCountry.get(c.code) ?? 0;
        const path = s('path', { d: c.d, fill: shade(events), dataset: { country: c.code, events: String(events) } }, s('title', null, `${c.name}: ${events} placed event${events === 1 ? '' : 's'}`));
        if (events) {
          path.classList.add('has-events');
          path.addEventListener('click', () => go('events', { ...filters, place_country: c.code }));
        }
        land.append(path);
      }
      svg.append(land);
      const markers = s('g', { class: 'markers' });
      const max = Math.max(1, ...answer.places.map((p) => p.events));
      for (const place of [...answer.places].reverse()) {
        const [x, y] = project(place.lon, place.lat);
        const quad = dominantQuad(place.quad_class);
        const what = { city: 'city', admin: 'region', country: 'whole country (its centroid)' }[place.precision];
        const label = `${place.name}${place.country && place.precision !== 'country' ? `, ${countryName(place.country)}` : ''} (${what}): ${place.events} event${place.events === 1 ? '' : 's'}, mostly ${quad.name}. Select to open them.`;
        const mark = marker(place, x, y, 3 + 12 * Math.sqrt(place.events / max), quad.color, label);
        onActivate(mark, () => go('events', { ...filters, place_country: place.country, place: place.name }));
        markers.append(mark);
      }
      svg.append(markers);
      setView(view);
      replace(
        out,
        h('div', { class: 'map-tools' }, zoomIn, zoomOut, reset),
        h('ul', { class: 'legend' },
          QUAD_CLASSES.map((q) => h('li', null, h('span', { class: 'swatch', dataset: { quad: String(q.id) } }), ` mostly ${q.name}`)),
          h('li', null, '● city'), h('li', null, '■ region'), h('li', null, '◌ whole country (centroid)'), h('li', null, 'shading: events placed in the country')),
        svg,
        h('details', null, h('summary', null, `Show the places (${answer.places.length})`),
          h('div', { class: 'table-wrap' }, h('table', { class: 'numbers places' },
            h('caption', null, 'Places, busiest first'),
            h('thead', null, h('tr', null, ['Place', 'Precision', 'Country', 'Events', ...QUAD_CLASSES.map((q) => q.short)].map((t) => h('th', { scope: 'col' }, t)))),
            h('tbody', null, answer.places.map((p) => h('tr', null, h('th', { scope: 'row' }, p.name), h('td', null, p.precision), h('td', null, countryName(p.country)), h('td', null, String(p.events)),
              [1, 2, 3, 4].map((q) => h('td', null, String(p.quad_class[String(q)]))))))))),
      );
      const total = answer.placed_events + answer.unplaced_events;
      status.textContent = `${answer.placed_events.toLocaleString('en')} of ${total.toLocaleString('en')} events have a place, at ${answer.place_total.toLocaleString('en')} place${answer.place_total === 1 ? '' : 's'} in ${answer.countries.length} countr${answer.countries.length === 1 ? 'y' : 'ies'}; ${answer.unplaced_events.toLocaleString('en')} have no place and are not on the map.`;
      if (answer.truncated) {
        const drawn = answer.places.reduce((sum, p) => sum + p.events, 0);
        notice.textContent = `Marks for the ${answer.places.length} busiest places (${drawn.toLocaleString('en')} events); ${(answer.place_total - answer.places.length).toLocaleString('en')} smaller places (${(answer.placed_events - drawn).toLocaleString('en')} events) are counted in the country shading only. Narrow the filters (dates, actor, place country) to see them.`;
        notice.hidden = false;
      }
    } catch (e) {
      status.textContent = 'The map could not be drawn.';
      error.textContent = describeError(e);
      error.hidden = false;
    }
  }

  replace(root, h('h2', null, 'Where events happened'), status, notice, error, out);
  return {
    show(given) {
      if (hashOf('map', given) === key) return;
      key = hashOf('map', given);
      params = given;
      draw();
    },
  };
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
