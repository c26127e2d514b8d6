// Node's url module: the WHATWG URL classes, file-URL and domain helpers, and the legacy API.

const path = require('path');
const { URL, isURL } = require('internal/url-class');
const { URLSearchParams } = require('internal/url-search-params');
const legacy = require('internal/url-legacy');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_FILE_URL_HOST, ERR_INVALID_FILE_URL_PATH, ERR_INVALID_URL_SCHEME, ERR_MISSING_ARGS,
  validateObject,
} = require('internal/errors');

function formatWhatwg(url, options) {
  if (options) validateObject(options, 'options');
  const { auth = true, fragment = true, search = true, unicode = false } = options || {};
  let out = url.protocol;
  if (url.host !== '' || url.protocol === 'file:') {
    out += '//';
    if (auth && (url.username || url.password)) out += url.username + (url.password ? ':' + url.password : '') + '@';
    out += (unicode ? binding.domainToUnicode(url.hostname) || url.hostname : url.hostname) + (url.port ? ':' + url.port : '');
  }
  out += url.pathname;
  if (search) out += url.search;
  if (fragment) out += url.hash;
  return out;
}

function fileURLToPath(input) {
  let url = input;
  if (typeof input === 'string') url = new URL(input);
  else if (!isURL(input)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], input);
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') {
    throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  }
  const pathname = url.pathname;
  if (/%2f/i.test(pathname)) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  // path.resolve drops a trailing slash that names a directory; the URL keeps it.
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  const url = new URL('file://');
  url.pathname = resolved.replace(/%/g, '%25').replace(/\\/g, '%5C').replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/\t/g, '%09');
  return url;
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const result = binding.domainToASCII(`${domain}`);
  return result === null ? '' : result;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const result = binding.domainToUnicode(`${domain}`);
  return result === null ? '' : result;
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

module.exports = {
  Url: legacy.Url,
  parse: legacy.urlParse,
  resolve: legacy.urlResolve,
  resolveObject: legacy.urlResolveObject,
  format: (object, options) => legacy.urlFormat(object, options, isURL, formatWhatwg),
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
};
