// The WHATWG URL class. Parsing, the setters and serialising run in C# (internal/url-codec); a URL holds the array
// of serialised components the parser returns, [href, protocol, username, password, hostname, port, pathname,
// search, hash], and its getters read it.

const codec = require('internal/url-codec');
// Loaded on first use: a URL whose searchParams are never read never defines the URLSearchParams class.
let loadedSearchParams;
const searchParamsModule = () => (loadedSearchParams ??= require('internal/url-search-params'));
// Loaded when an error is raised: most uses never need the error module, whose first load is costly.
let loadedErrors;
const errors = () => (loadedErrors ??= require('internal/errors'));

const kContext = Symbol('context');
const kSearchParams = Symbol('query');

// The setters' numbers in UrlSetters.cs (UrlComponent).
const PROTOCOL = 0, USERNAME = 1, PASSWORD = 2, HOST = 3, HOSTNAME = 4, PORT = 5, PATHNAME = 6, SEARCH = 7, HASH = 8, SEARCH_PARAMS = 9;

// Node's URL constructor fails in its C++ parser, so this error is the binding's kind, not ERR_INVALID_URL's class.
function unparsableUrl(input, base) {
  return errors().bindingError(TypeError, 'ERR_INVALID_URL', 'Invalid URL', base === undefined ? { input } : { input, base });
}

function contextOf(url) {
  if (url === null || typeof url !== 'object' || !(kContext in url)) {
    throw new (errors().ERR_INVALID_THIS)('URL');
  }
  return url[kContext];
}

function update(url, component, value) {
  const next = codec.update(contextOf(url)[0], component, value);
  if (next !== null) url[kContext] = next;
}

function resetSearchParams(url) {
  const params = url[kSearchParams];
  if (params) searchParamsModule().reset(params, url[kContext][7].slice(1));
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    input = `${input}`;
    if (base !== undefined) base = `${base}`;
    const context = codec.parse(input, base);
    if (context === null) throw unparsableUrl(input, base);
    this[kContext] = context;
    this[kSearchParams] = null;
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    return codec.canParse(`${input}`, base === undefined ? undefined : `${base}`);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new (errors().ERR_MISSING_ARGS)('url');
    const context = codec.parse(`${input}`, base === undefined ? undefined : `${base}`);
    if (context === null) return null;
    const url = Object.create(URL.prototype);
    url[kContext] = context;
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
    return contextOf(this)[0];
  }

  set href(value) {
    value = `${value}`;
    const context = codec.parse(value);
    if (context === null) throw new (errors().ERR_INVALID_URL)(value);
    this[kContext] = context;
    resetSearchParams(this);
  }

  get origin() {
    return codec.origin(contextOf(this)[0]);
  }

  get protocol() {
    return contextOf(this)[1];
  }

  set protocol(value) {
    update(this, PROTOCOL, `${value}`);
  }

  get username() {
    return contextOf(this)[2];
  }

  set username(value) {
    update(this, USERNAME, `${value}`);
  }

  get password() {
    return contextOf(this)[3];
  }

  set password(value) {
    update(this, PASSWORD, `${value}`);
  }

  get host() {
    const context = contextOf(this);
    return context[5] === '' ? context[4] : `${context[4]}:${context[5]}`;
  }

  set host(value) {
    update(this, HOST, `${value}`);
  }

  get hostname() {
    return contextOf(this)[4];
  }

  set hostname(value) {
    update(this, HOSTNAME, `${value}`);
  }

  get port() {
    return contextOf(this)[5];
  }

  set port(value) {
    update(this, PORT, `${value}`);
  }

  get pathname() {
    return contextOf(this)[6];
  }

  set pathname(value) {
    update(this, PATHNAME, `${value}`);
  }

  get search() {
    return contextOf(this)[7];
  }

  set search(value) {
    update(this, SEARCH, `${value}`);
    resetSearchParams(this);
  }

  get searchParams() {
    const context = contextOf(this);
    if (this[kSearchParams] === null) {
      const { URLSearchParams, bind } = searchParamsModule();
      const params = new URLSearchParams(context[7]);
      bind(params, (serialized) => update(this, SEARCH_PARAMS, serialized));
      this[kSearchParams] = params;
    }
    return this[kSearchParams];
  }

  get hash() {
    return contextOf(this)[8];
  }

  set hash(value) {
    update(this, HASH, `${value}`);
  }

  toJSON() {
    return this.href;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth) {
    if (typeof depth === 'number' && depth < 0) return '[URL]';
    const { quote } = searchParamsModule();
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
  return value !== null && typeof value === 'object' && kContext in value;
}

module.exports = { URL, isURL };
