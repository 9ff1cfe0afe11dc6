// The workbench's state lives in the address: "#view?name=value&…" holds the open view, every filter and
// the view's own settings, so a view can be bookmarked, shared and restored with Back and Forward.
// Changing state means changing the hash (one history entry); main.js redraws on every hashchange.

/** Filters shared by the Events, Timeline, Map and Network views (the filters of GET /api/events). */
export const FILTERS = ['actor', 'recipient', 'type', 'cameo', 'from', 'to', 'status', 'text', 'place_country', 'place', 'quad_class', 'mode', 'context'];

/** The view and its parameters named by the current address. */
export function current() {
  const hash = location.hash.slice(1);
  const at = hash.indexOf('?');
  const view = (at < 0 ? hash : hash.slice(0, at)) || 'code';
  const params = Object.fromEntries(new URLSearchParams(at < 0 ? '' : hash.slice(at + 1)));
  return { view, params };
}

/** The address of a view with parameters (empty values left out, names in a fixed order). */
export function hashOf(view, params = {}) {
  const search = new URLSearchParams();
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    if (value !== null && value !== undefined && String(value).trim() !== '') search.set(name, String(value).trim());
  }
  const query = search.toString();
  return `#${view}${query ? `?${query}` : ''}`;
}

/** Only the shared filters of a parameter set. */
export function filtersOf(params) {
  return Object.fromEntries(FILTERS.filter((name) => params[name]).map((name) => [name, params[name]]));
}

/** Goes to a view: a new history entry (Back returns), or a replaced one. */
export function go(view, params = {}, { replace = false } = {}) {
  const hash = hashOf(view, params);
  if (location.hash === hash) return;
  if (replace) {
    history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** The absolute address of a view, for links that open it (in this tab or a new one). */
export function linkTo(view, params = {}) {
  return `${location.pathname}${hashOf(view, params)}`;
}
