// Calls to the Annalist API from the workbench (same origin). Errors arrive as problem+json and
// become ApiError with the server's title and detail, shown to the analyst as they are.

const KEY_NAME = 'annalist.apiKey';

export function apiKey() {
  return sessionStorage.getItem(KEY_NAME) ?? '';
}

export function setApiKey(key) {
  if (key) sessionStorage.setItem(KEY_NAME, key);
  else sessionStorage.removeItem(KEY_NAME);
}

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
  }
}

/** A query string of the non-empty values. */
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value !== null && value !== undefined && String(value).trim() !== '') search.set(name, String(value).trim());
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

async function request(method, path, params, body) {
  const headers = { Accept: 'application/json' };
  const key = apiKey();
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path + queryString(params), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const type = response.headers.get('Content-Type') ?? '';
  const payload = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}

export const getJson = (path, params) => request('GET', path, params);
export const postJson = (path, body, params) => request('POST', path, params, body);

/** One line for a status region: the problem's title and detail, and each invalid parameter. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return `Could not reach the server: ${error.message}`;
  const parts = [`${error.problem.title ?? 'Error'} (${error.status}): ${error.message}`];
  for (const [name, messages] of Object.entries(error.problem.errors ?? {})) {
    parts.push(`${name}: ${[].concat(messages).join(' ')}`);
  }
  if (error.status === 401) parts.push('Enter an API key under “API key” at the top.');
  return parts.join(' ');
}
