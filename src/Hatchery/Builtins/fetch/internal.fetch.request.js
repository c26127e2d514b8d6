// Request, as the Fetch standard and undici define it (the parts a server-side fetch uses: method, URL, headers,
// body, redirect mode, signal, duplex; the browser-only fields keep their defaults).

const { Headers, fill, setGuard, appendTrusted } = require('internal/fetch/headers');
const { kState, extractBody, mixinBody, cloneBody, isUnusable } = require('internal/fetch/body');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const normalizedMethods = new Set(['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT']);
const forbiddenMethods = new Set(['CONNECT', 'TRACE', 'TRACK']);
const tokenPattern = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const redirectModes = ['follow', 'manual', 'error'];

function normalizeMethod(method) {
  method = `${method}`;
  if (!tokenPattern.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
  const upper = method.toUpperCase();
  if (forbiddenMethods.has(upper)) throw new TypeError(`'${method}' HTTP method is unsupported.`);
  return normalizedMethods.has(upper) ? upper : method;
}

function parseUrl(input) {
  let url;
  try {
    url = new URL(`${input}`);
  } catch (cause) {
    throw new TypeError(`Failed to parse URL from ${input}`, { cause });
  }
  if (url.username !== '' || url.password !== '') {
    throw new TypeError(`Request cannot be constructed from a URL that includes credentials: ${input}`);
  }
  return url;
}

function enumOption(init, name, allowed) {
  const value = init[name];
  if (value === undefined) return undefined;
  if (!allowed.includes(`${value}`)) {
    throw new TypeError(`Request constructor: ${value} is not an accepted type. Expected one of ${allowed.join(', ')}.`);
  }
  return `${value}`;
}

// A signal that follows the init's (or the input request's) signal.
function followSignal(parent) {
  const controller = new AbortController();
  if (parent !== undefined && parent !== null) {
    if (parent.aborted) controller.abort(parent.reason);
    else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  }
  return controller.signal;
}

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    if (init !== undefined && init !== null && typeof init !== 'object') {
      throw new TypeError("Request constructor: Expected init (\"Argument 2\") to be an object.");
    }
    init ??= {};
    const from = input instanceof Request ? input[kState] : null;
    const state = {
      method: from?.method ?? 'GET',
      url: from?.url ?? parseUrl(input).href,
      headers: new Headers(),
      body: from?.body ?? null,
      redirect: from?.redirect ?? 'follow',
      mode: from?.mode ?? 'cors',
      credentials: from?.credentials ?? 'same-origin',
      cache: from?.cache ?? 'default',
      referrer: from?.referrer ?? 'about:client',
      referrerPolicy: from?.referrerPolicy ?? '',
      integrity: from?.integrity ?? '',
      keepalive: from?.keepalive ?? false,
      duplex: 'half',
      signal: undefined,
    };
    Object.defineProperty(this, kState, { value: state });
    if (init.method !== undefined) state.method = normalizeMethod(init.method);
    state.redirect = enumOption(init, 'redirect', redirectModes) ?? state.redirect;
    state.mode = enumOption(init, 'mode', ['navigate', 'same-origin', 'no-cors', 'cors']) ?? state.mode;
    state.credentials = enumOption(init, 'credentials', ['omit', 'same-origin', 'include']) ?? state.credentials;
    state.cache = enumOption(init, 'cache', ['default', 'no-store', 'reload', 'no-cache', 'force-cache', 'only-if-cached']) ?? state.cache;
    if (init.referrer !== undefined) state.referrer = `${init.referrer}` === '' ? '' : `${init.referrer}`;
    if (init.referrerPolicy !== undefined) state.referrerPolicy = `${init.referrerPolicy}`;
    if (init.integrity !== undefined) state.integrity = `${init.integrity}`;
    if (init.keepalive !== undefined) state.keepalive = Boolean(init.keepalive);
    if (init.signal !== undefined && init.signal !== null) {
      require('internal/errors').validateAbortSignal(init.signal, 'init.signal');
    }
    state.signal = followSignal(init.signal ?? from?.signal);
    fill(state.headers, init.headers !== undefined ? init.headers : from?.headers);
    setGuard(state.headers, 'request');

    const hasBody = init.body !== undefined && init.body !== null;
    if ((hasBody || (from?.body && init.body === undefined)) && (state.method === 'GET' || state.method === 'HEAD')) {
      throw new TypeError('Request with GET/HEAD method cannot have body.');
    }
    if (hasBody) {
      const { body, type } = extractBody(init.body);
      if (body.stream !== null && body.source === null && init.duplex === undefined) {
        throw new TypeError('RequestInit: duplex option is required when sending a body.');
      }
      if (init.duplex !== undefined && `${init.duplex}` !== 'half') {
        throw new TypeError(`Request constructor: ${init.duplex} is not an accepted type. Expected one of half.`);
      }
      state.body = body;
      if (type !== null && !state.headers.has('content-type')) appendTrusted(state.headers, 'content-type', type);
    } else if (init.body === null) {
      state.body = null;
    }
    if (from !== null && from.body !== null && state.body === from.body) {
      if (isUnusable(from.body)) throw new TypeError('Cannot construct a Request with a Request object that has already been used.');
      // The new request takes the input's body over, as the standard does: the input is used from now on.
      from.body = cloneBody(from.body);
      from.body.used = true;
      if (from.body.stream !== null) from.body.stream.getReader();
    }
  }

  get method() { return this[kState].method; }

  get url() { return this[kState].url; }

  get headers() { return this[kState].headers; }

  get destination() { return ''; }

  get referrer() {
    const referrer = this[kState].referrer;
    return referrer === 'no-referrer' ? '' : referrer;
  }

  get referrerPolicy() { return this[kState].referrerPolicy; }

  get mode() { return this[kState].mode; }

  get credentials() { return this[kState].credentials; }

  get cache() { return this[kState].cache; }

  get redirect() { return this[kState].redirect; }

  get integrity() { return this[kState].integrity; }

  get keepalive() { return this[kState].keepalive; }

  get isReloadNavigation() { return false; }

  get isHistoryNavigation() { return false; }

  get signal() { return this[kState].signal; }

  get duplex() { return this[kState].duplex; }

  clone() {
    // Node's (undici's) message, as it is.
    if (isUnusable(this[kState].body)) throw new TypeError('unusable');
    const copy = Object.create(Request.prototype);
    const state = { ...this[kState], headers: new Headers(this[kState].headers), body: cloneBody(this[kState].body) };
    setGuard(state.headers, 'request');
    state.signal = followSignal(this[kState].signal);
    Object.defineProperty(copy, kState, { value: state });
    return copy;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {
      method: this.method, url: this.url, headers: this.headers, destination: this.destination, referrer: this.referrer,
      referrerPolicy: this.referrerPolicy, mode: this.mode, credentials: this.credentials, cache: this.cache,
      redirect: this.redirect, integrity: this.integrity, keepalive: this.keepalive,
      isReloadNavigation: this.isReloadNavigation, isHistoryNavigation: this.isHistoryNavigation, signal: this.signal,
    };
    return `Request ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

for (const name of ['method', 'url', 'headers', 'destination', 'referrer', 'referrerPolicy', 'mode', 'credentials', 'cache',
  'redirect', 'integrity', 'keepalive', 'isReloadNavigation', 'isHistoryNavigation', 'signal', 'duplex', 'clone']) {
  Object.defineProperty(Request.prototype, name, { enumerable: true });
}
mixinBody(Request, 'Request', ['duplex', 'clone']);
Object.defineProperty(Request.prototype, Symbol.toStringTag, { value: 'Request', configurable: true });

module.exports = { Request, requestState: (request) => request[kState] };
