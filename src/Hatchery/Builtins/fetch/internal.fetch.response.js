// Response, as the Fetch standard and undici define it, with Response.error, Response.json and Response.redirect.

const { Headers, fill, setGuard, appendTrusted } = require('internal/fetch/headers');
const { kState, extractBody, mixinBody, cloneBody, isUnusable } = require('internal/fetch/body');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const nullBodyStatuses = new Set([101, 103, 204, 205, 304]);
const redirectStatuses = new Set([301, 302, 303, 307, 308]);
const kConstructing = Symbol('constructing');

function initialize(response, init, body) {
  if (init !== undefined && init !== null && typeof init !== 'object') {
    throw new TypeError("Response constructor: Expected init (\"Argument 2\") to be an object.");
  }
  init ??= {};
  const status = init.status === undefined ? 200 : Number(init.status);
  if (!Number.isInteger(status) || status < 200 || status > 599) {
    throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
  }
  const statusText = init.statusText === undefined ? '' : `${init.statusText}`;
  if (!/^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(statusText)) throw new TypeError('Invalid statusText');
  const state = response[kState];
  state.status = status;
  state.statusText = statusText;
  if (init.headers !== undefined) fill(state.headers, init.headers);
  if (body !== null) {
    if (nullBodyStatuses.has(status)) throw new TypeError(`Response constructor: Invalid response status code ${status}`);
    state.body = body.body;
    if (body.type !== null && !state.headers.has('content-type')) appendTrusted(state.headers, 'content-type', body.type);
  }
}

function createState(response, guard) {
  const headers = new Headers();
  setGuard(headers, guard);
  const state = { type: 'default', urlList: [], status: 200, statusText: '', headers, body: null };
  Object.defineProperty(response, kState, { value: state });
  return state;
}

class Response {
  constructor(body = null, init = {}) {
    if (body === kConstructing) return;
    const state = createState(this, 'none');
    initialize(this, init, body === null || body === undefined ? null : extractBody(body));
    setGuard(state.headers, 'response');
  }

  static error() {
    const response = new Response(kConstructing);
    const state = createState(response, 'immutable');
    state.type = 'error';
    state.status = 0;
    return response;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const response = new Response(kConstructing);
    const state = createState(response, 'none');
    initialize(response, init, { body: extractBody(text).body, type: 'application/json' });
    setGuard(state.headers, 'response');
    return response;
  }

  static redirect(url, status = 302) {
    let parsed;
    try {
      parsed = new URL(`${url}`);
    } catch (cause) {
      throw new TypeError(`Failed to parse URL from ${url}`, { cause });
    }
    if (!redirectStatuses.has(status)) throw new RangeError(`Invalid status code ${status}`);
    const response = new Response(kConstructing);
    const state = createState(response, 'none');
    state.status = status;
    appendTrusted(state.headers, 'location', parsed.href);
    setGuard(state.headers, 'immutable');
    return response;
  }

  get type() { return this[kState].type; }

  get url() {
    const list = this[kState].urlList;
    if (list.length === 0) return '';
    const url = new URL(list[list.length - 1]);
    url.hash = '';
    return url.href;
  }

  get redirected() { return this[kState].urlList.length > 1; }

  get status() { return this[kState].status; }

  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }

  get statusText() { return this[kState].statusText; }

  get headers() { return this[kState].headers; }

  clone() {
    const state = this[kState];
    if (isUnusable(state.body)) throw new TypeError('Response.clone: Body has already been consumed.');
    const copy = new Response(kConstructing);
    const copyState = { ...state, urlList: state.urlList.slice(), headers: new Headers(state.headers), body: cloneBody(state.body) };
    Object.defineProperty(copy, kState, { value: copyState });
    setGuard(copyState.headers, state.guard ?? 'response');
    return copy;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {
      status: this.status, statusText: this.statusText, headers: this.headers, body: this.body, bodyUsed: this.bodyUsed,
      ok: this.ok, redirected: this.redirected, type: this.type, url: this.url,
    };
    return `Response ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const name of ['type', 'url', 'redirected', 'status', 'ok', 'statusText', 'headers', 'clone']) {
  Object.defineProperty(Response.prototype, name, { enumerable: true });
}
mixinBody(Response, 'Response', ['clone']);
Object.defineProperty(Response.prototype, Symbol.toStringTag, { value: 'Response', configurable: true });

// The response fetch hands back: status, headers (immutable) and body from the network, and the URLs it went through.
function networkResponse(status, statusText, headers, body, urlList) {
  const response = new Response(kConstructing);
  Object.defineProperty(response, kState, {
    value: { type: 'basic', urlList, status, statusText, headers, body, guard: 'immutable' },
  });
  setGuard(headers, 'immutable');
  return response;
}

module.exports = { Response, networkResponse, redirectStatuses, nullBodyStatuses };
