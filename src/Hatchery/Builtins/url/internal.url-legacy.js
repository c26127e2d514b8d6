// The legacy url.parse / url.format / url.resolve API: Node's lenient, pre-WHATWG URL object.

const querystring = require('querystring');
const { ERR_INVALID_ARG_TYPE, validateString } = require('internal/errors');

const slashedProtocols = new Set(['http:', 'https:', 'ftp:', 'gopher:', 'file:', 'ws:', 'wss:']);
const hostlessProtocols = new Set(['javascript:']);
const autoEscaped = /[\t\n\r "'<>\\^`{|}]/g;

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

function escapeChar(ch) {
  return '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0');
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');
  let rest = url.trim();
  // Backslashes before the query or fragment are read as slashes, as browsers do.
  const queryStart = rest.search(/[?#]/);
  const head = queryStart < 0 ? rest : rest.slice(0, queryStart);
  rest = head.replace(/\\/g, '/') + (queryStart < 0 ? '' : rest.slice(queryStart));

  const protocolMatch = /^[a-z0-9.+-]+:/i.exec(rest);
  let lowerProtocol = null;
  if (protocolMatch) {
    lowerProtocol = protocolMatch[0].toLowerCase();
    this.protocol = lowerProtocol;
    rest = rest.slice(protocolMatch[0].length);
  }

  let slashes = false;
  if (slashesDenoteHost || protocolMatch || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(lowerProtocol && hostlessProtocols.has(lowerProtocol))) {
      rest = rest.slice(2);
      this.slashes = true;
    } else {
      slashes = false;
    }
  }

  if (!(lowerProtocol && hostlessProtocols.has(lowerProtocol)) &&
      (slashes || (lowerProtocol && !slashedProtocols.has(lowerProtocol)))) {
    let hostEnd = rest.search(/[/?#]/);
    const at = hostEnd < 0 ? rest.lastIndexOf('@') : rest.lastIndexOf('@', hostEnd);
    if (at >= 0) {
      this.auth = decodeURIComponent(rest.slice(0, at));
      rest = rest.slice(at + 1);
    }
    hostEnd = rest.search(/[/?#;%\t\n\r "'<>\\^`{|}]/);
    this.host = hostEnd < 0 ? rest : rest.slice(0, hostEnd);
    rest = hostEnd < 0 ? '' : rest.slice(hostEnd);
    const portMatch = /:([0-9]*)$/.exec(this.host);
    if (portMatch) {
      if (portMatch[1] !== '') this.port = portMatch[1];
      this.host = this.host.slice(0, portMatch.index);
    }
    let hostname = this.host;
    const ipv6 = hostname.startsWith('[') && hostname.endsWith(']');
    const colon = ipv6 ? -1 : hostname.indexOf(':');
    if (colon >= 0) {
      // What follows a colon that is not a port is not host: Node moves it to the path.
      rest = '/' + hostname.slice(colon) + rest;
      hostname = hostname.slice(0, colon);
    }
    if (!ipv6) {
      hostname = hostname.toLowerCase();
      if (/[^\x00-\x7f]/.test(hostname)) hostname = require('url').domainToASCII(hostname);
    }
    this.hostname = hostname;
    this.host = hostname + (this.port ? ':' + this.port : '');
    if (ipv6) {
      this.hostname = hostname.slice(1, -1);
      if (rest[0] !== '/') rest = '/' + rest;
    }
  }

  if (lowerProtocol !== 'javascript:') rest = rest.replace(autoEscaped, escapeChar);

  const hash = rest.indexOf('#');
  if (hash >= 0) {
    this.hash = rest.slice(hash);
    rest = rest.slice(0, hash);
  }
  const question = rest.indexOf('?');
  if (question >= 0) {
    this.search = rest.slice(question);
    this.query = rest.slice(question + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, question);
  } else if (parseQueryString) {
    this.query = Object.create(null);
  }
  if (rest) this.pathname = rest;
  if (lowerProtocol && slashedProtocols.has(lowerProtocol) && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = encodeURIComponent(auth).replace(/%3A/i, ':') + '@';
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const name = String(this.hostname);
    host = auth + (name.includes(':') && !name.startsWith('[') ? '[' + name + ']' : name);
    if (this.port) host += ':' + this.port;
  }
  let query = '';
  if (this.query !== null && typeof this.query === 'object') query = querystring.stringify(this.query);
  let search = this.search || (query && '?' + query) || '';
  if (protocol && !protocol.endsWith(':')) protocol += ':';
  pathname = pathname.replace(/[?#]/g, (ch) => encodeURIComponent(ch));
  if (this.slashes || slashedProtocols.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }
  search = search.replace(/#/g, '%23');
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

// Resolves as RFC 3986 section 5.2 describes, on the legacy components.
Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') relative = urlParse(relative, false, true);
  const result = new Url();
  Object.assign(result, this);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }
  if (relative.protocol && relative.protocol !== this.protocol) {
    Object.assign(result, relative);
    if (slashedProtocols.has(relative.protocol) && !relative.host) {
      // "https:x" against an http URL: the path becomes the host, as Node's legacy resolver does.
      const inner = urlParse(relative.protocol + '//' + (relative.pathname || ''), false, true);
      Object.assign(result, inner, { hash: relative.hash, search: relative.search, query: relative.query });
      if (!result.pathname) result.pathname = '/';
      result.path = result.pathname + (result.search || '');
    }
    result.href = result.format();
    return result;
  }
  if (relative.host !== null || relative.slashes) {
    Object.assign(result, relative, { protocol: this.protocol });
  } else if (relative.pathname) {
    let path = relative.pathname;
    if (!path.startsWith('/')) {
      const basePath = this.pathname || (this.host ? '/' : '');
      path = basePath.slice(0, basePath.lastIndexOf('/') + 1) + path;
    }
    result.pathname = removeDotSegments(path, Boolean(this.host));
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null) {
    result.search = relative.search;
    result.query = relative.query;
  }
  if (result.host && !result.pathname) result.pathname = '/';
  result.path = result.pathname || result.search ? (result.pathname || '') + (result.search || '') : null;
  result.href = result.format();
  return result;
};

function removeDotSegments(path, rooted) {
  const absolute = path.startsWith('/');
  const segments = path.split('/');
  const out = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const last = i === segments.length - 1;
    if (segment === '.' || segment === '..') {
      if (segment === '..' && out.length > (absolute ? 1 : 0) && out[out.length - 1] !== '..') out.pop();
      else if (segment === '..' && !absolute && !rooted) out.push('..');
      if (last) out.push('');
    } else {
      out.push(segment);
    }
  }
  let result = out.join('/');
  if (absolute && !result.startsWith('/')) result = '/' + result;
  return result;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url instanceof Url) return url;
  const result = new Url();
  result.parse(url, parseQueryString, slashesDenoteHost);
  return result;
}

function urlFormat(object, options, isURL, formatWhatwg) {
  if (typeof object === 'string') {
    object = urlParse(object);
  } else if (object === null || typeof object !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], object);
  } else if (isURL(object)) {
    return formatWhatwg(object, options);
  }
  return Url.prototype.format.call(object);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, urlParse, urlFormat, urlResolve, urlResolveObject };
