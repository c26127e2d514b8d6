// The WHATWG URL class: a URL record behind the standard's getters and setters.

const parser = require('internal/url-parser');
const codec = require('internal/url-codec');
const { URLSearchParams, bind, reset, quote } = require('internal/url-search-params');
// Loaded when an error is raised: most uses never need the error module, whose first load is costly.
let loadedErrors;
const errors = () => (loadedErrors ??= require('internal/errors'));

const S = parser.STATES;
const kRecord = Symbol('context');
const kSearchParams = Symbol('query');

// Node's URL constructor fails in its C++ parser, so this error is the binding's kind, not ERR_INVALID_URL's class.
function unparsableUrl(input, base) {
  return errors().bindingError(TypeError, 'ERR_INVALID_URL', 'Invalid URL', base === undefined ? { input } : { input, base });
}

function recordOf(url) {
  if (url === null || typeof url !== 'object' || !(kRecord in url)) {
    throw new (errors().ERR_INVALID_THIS)('URL');
  }
  return url[kRecord];
}

function parseOrNull(input, base) {
  let baseRecord = null;
  if (base !== undefined) {
    baseRecord = parser.parse(String(base), null);
    if (baseRecord === null) return null;
  }
  return parser.parse(String(input), baseRecord);
}

// Runs the parser from a state on a copy, so that a rejected setter value leaves the URL untouched.
function edit(url, input, state, prepare) {
  const record = recordOf(url);
  const copy = Object.assign({}, record, { path: parser.hasOpaquePath(record) ? record.path : record.path.slice() });
  if (prepare) prepare(copy);
  if (parser.parse(input, null, copy, state) !== null) Object.assign(record, copy);
}

function updateSearchParams(url) {
  const params = url[kSearchParams];
  if (params) reset(params, url[kRecord].query);
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const record = parseOrNull(input, base);
    if (record === null) throw unparsableUrl(input, base);
    this[kRecord] = record;
    this[kSearchParams] = null;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    return parseOrNull(`${input}`, base === undefined ? undefined : `${base}`) !== null;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    const record = parseOrNull(`${input}`, base === undefined ? undefined : `${base}`);
    if (record === null) return null;
    const url = Object.create(URL.prototype);
    url[kRecord] = record;
    url[kSearchParams] = null;
    return url;
  }

  // Hatchery has no Blob, so no object can be given a blob: URL.
  static createObjectURL(obj) {
    throw new (errors().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
  }

  toString() {
    return this.href;
  }

  get href() {
    return parser.serialize(recordOf(this));
  }

  set href(value) {
    value = `${value}`;
    const record = parser.parse(value, null);
    if (record === null) throw new (errors().ERR_INVALID_URL)(value);
    this[kRecord] = record;
    updateSearchParams(this);
  }

  get origin() {
    return parser.origin(recordOf(this));
  }

  get protocol() {
    return recordOf(this).scheme + ':';
  }

  set protocol(value) {
    edit(this, `${value}:`, S.SCHEME_START);
  }

  get username() {
    return recordOf(this).username;
  }

  set username(value) {
    const record = recordOf(this);
    if (record.host === null || record.host === '' || record.scheme === 'file') return;
    record.username = codec.encodeString(`${value}`, codec.USERINFO);
  }

  get password() {
    return recordOf(this).password;
  }

  set password(value) {
    const record = recordOf(this);
    if (record.host === null || record.host === '' || record.scheme === 'file') return;
    record.password = codec.encodeString(`${value}`, codec.USERINFO);
  }

  get host() {
    const record = recordOf(this);
    if (record.host === null) return '';
    return record.port === null ? record.host : `${record.host}:${record.port}`;
  }

  set host(value) {
    if (parser.hasOpaquePath(recordOf(this))) return;
    edit(this, `${value}`, S.HOST);
  }

  get hostname() {
    const host = recordOf(this).host;
    return host === null ? '' : host;
  }

  set hostname(value) {
    if (parser.hasOpaquePath(recordOf(this))) return;
    edit(this, `${value}`, S.HOSTNAME);
  }

  get port() {
    const port = recordOf(this).port;
    return port === null ? '' : String(port);
  }

  set port(value) {
    const record = recordOf(this);
    if (record.host === null || record.host === '' || record.scheme === 'file') return;
    value = `${value}`;
    if (value === '') record.port = null;
    else edit(this, value, S.PORT);
  }

  get pathname() {
    return parser.serializePath(recordOf(this));
  }

  set pathname(value) {
    if (parser.hasOpaquePath(recordOf(this))) return;
    edit(this, `${value}`, S.PATH_START, (copy) => { copy.path = []; });
  }

  get search() {
    const query = recordOf(this).query;
    return query === null || query === '' ? '' : '?' + query;
  }

  set search(value) {
    const record = recordOf(this);
    value = `${value}`;
    if (value === '') {
      record.query = null;
    } else {
      edit(this, value.startsWith('?') ? value.slice(1) : value, S.QUERY, (copy) => { copy.query = ''; });
    }
    updateSearchParams(this);
  }

  get searchParams() {
    const record = recordOf(this);
    if (this[kSearchParams] === null) {
      const params = new URLSearchParams(record.query || '');
      bind(params, (serialized) => { this[kRecord].query = serialized === '' ? null : serialized; });
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  get hash() {
    const fragment = recordOf(this).fragment;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }

  set hash(value) {
    const record = recordOf(this);
    value = `${value}`;
    if (value === '') {
      record.fragment = null;
      return;
    }
    edit(this, value.startsWith('#') ? value.slice(1) : value, S.FRAGMENT, (copy) => { copy.fragment = ''; });
  }

  toJSON() {
    return this.href;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return '[URL]';
    const fields = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search'];
    const lines = fields.map((name) => `  ${name}: ${quote(this[name])},`);
    lines.push(`  searchParams: ${this.searchParams[Symbol.for('nodejs.util.inspect.custom')]()},`);
    lines.push(`  hash: ${quote(this.hash)}`);
    return `URL {\n${lines.join('\n')}\n}`;
  }
}

for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, name, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });

function isURL(value) {
  return value !== null && typeof value === 'object' && kRecord in value;
}

module.exports = { URL, URLSearchParams, isURL };
