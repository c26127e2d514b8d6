// Node 20's fetch and the classes it brings as globals (Headers, Request, Response, FormData). The protocol runs here:
// request construction, redirects, abort, body streaming both ways, errors as undici's. The HTTP exchange itself is
// C#'s (binding, FetchBindings.cs): it sends over .NET's HttpClient off the runtime's thread and calls back on the
// event loop.

const { Headers, headersFromPairs, headerPairs, appendTrusted, deleteTrusted } = require('internal/fetch/headers');
const { FormData } = require('internal/fetch/formdata');
const { Request, requestState } = require('internal/fetch/request');
const { Response, networkResponse, redirectStatuses, nullBodyStatuses } = require('internal/fetch/response');
const { readAll } = require('internal/fetch/body');
const webstreams = require('internal/webstreams/readablestream');

const maxRedirects = 20;
// The Fetch standard's bad ports: fetch refuses them before connecting.
const badPorts = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102,
  103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045,
  4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080]);
// Hop-by-hop and framing headers are the transport's to write.
const transportHeaders = new Set(['connection', 'content-length', 'keep-alive', 'transfer-encoding', 'upgrade', 'expect']);

// The error a failed fetch rejects with: TypeError: fetch failed, its cause the reason (Node's shape).
function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

// A transport failure as C# describes it ({ name, message, code, errno, syscall, address, port, hostname }).
function transportError(description) {
  const error = new Error(description.message);
  if (description.name !== undefined && description.name !== 'Error') {
    Object.defineProperty(error, 'name', { value: description.name, writable: true, configurable: true });
  }
  for (const key of ['errno', 'code', 'syscall', 'address', 'port', 'hostname', 'host']) {
    if (description[key] !== undefined) error[key] = description[key];
  }
  return error;
}

function dataResponse(url) {
  const href = url.href;
  const comma = href.indexOf(',');
  if (comma < 0) return null;
  let mime = href.slice(5, comma).trim();
  const encoded = href.slice(comma + 1);
  let bytes;
  if (/;\s*base64$/i.test(mime)) {
    mime = mime.replace(/;\s*base64$/i, '');
    try {
      bytes = Uint8Array.from(atob(decodeURIComponent(encoded).replace(/\s/g, '')), (c) => c.charCodeAt(0));
    } catch {
      return null;
    }
  } else {
    bytes = Uint8Array.from(unescape(encoded), (c) => c.charCodeAt(0) & 0xff);
  }
  if (mime === '' || mime.startsWith(';')) mime = `text/plain${mime || ';charset=US-ASCII'}`;
  const headers = headersFromPairs(['content-type', mime], 'immutable');
  return networkResponse(200, 'OK', headers, { source: bytes, stream: null, length: bytes.length, used: false }, [href]);
}

function fetch(input, init = undefined) {
  let request;
  try {
    request = new Request(input, init);
  } catch (error) {
    return Promise.reject(error);
  }
  const state = requestState(request);
  const signal = state.signal;
  if (signal.aborted) return Promise.reject(signal.reason);

  const url = new URL(state.url);
  if (url.protocol === 'data:') {
    const response = dataResponse(url);
    return response === null ? Promise.reject(fetchFailed(new Error('invalid data: URL'))) : Promise.resolve(response);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return Promise.reject(fetchFailed(new Error('unknown scheme')));

  return new Promise((resolve, reject) => {
    let current = null; // the transport handle of the hop in flight, or of the response body being read
    let settled = false;
    let bodyStream = null;
    const urlList = [state.url];

    const finish = (error, response) => {
      if (settled) return;
      settled = true;
      if (error !== null) {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      } else {
        resolve(response);
      }
    };

    function onAbort() {
      if (current !== null) binding.abort(current);
      current = null;
      if (!settled) finish(signal.reason);
      else if (bodyStream !== null && webstreams.streamState(bodyStream) === 'readable') {
        webstreams.controllerError(webstreams.controllerOf(bodyStream), signal.reason);
      }
    }
    signal.addEventListener('abort', onAbort, { once: true });

    const request = {
      method: state.method,
      url: state.url,
      headers: new Headers(state.headers),
      body: state.body,
      bytes: null,
    };
    for (const [name, value] of [['accept', '*/*'], ['accept-language', '*'], ['sec-fetch-mode', 'cors'],
      ['user-agent', 'node'], ['accept-encoding', 'gzip, deflate']]) {
      if (!request.headers.has(name)) appendTrusted(request.headers, name, value);
    }

    const start = () => {
      if (request.body === null || request.body.stream !== null) {
        send(0);
        return;
      }
      readAll(request.body).then((bytes) => {
        request.bytes = bytes;
        send(0);
      }, (error) => finish(fetchFailed(error)));
    };

    function send(redirects) {
      const target = new URL(request.url);
      if (badPorts.has(Number(target.port))) {
        finish(fetchFailed(new Error('bad port')));
        return;
      }
      const pairs = headerPairs(request.headers);
      const cleaned = [];
      for (let i = 0; i < pairs.length; i += 2) {
        if (!transportHeaders.has(pairs[i].toLowerCase())) cleaned.push(pairs[i], pairs[i + 1]);
      }
      const streaming = request.body !== null && request.body.stream !== null;
      const handle = binding.send(request.method, request.url, cleaned, request.bytes, streaming, (error, status, statusText, responsePairs) => {
        if (current !== handle) return;
        if (error !== null) {
          current = null;
          finish(fetchFailed(transportError(error)));
          return;
        }
        onResponse(handle, redirects, status, statusText, responsePairs);
      });
      current = handle;
      if (streaming) pumpRequestBody(handle, request.body.stream);
    }

    function pumpRequestBody(handle, stream) {
      const reader = webstreams.acquireDefaultReader(stream);
      const step = () => {
        if (current !== handle) {
          reader.cancel().catch(() => {});
          return;
        }
        webstreams.readableStreamDefaultReaderRead(reader, {
          chunk: (chunk) => {
            if (!(chunk instanceof Uint8Array)) {
              binding.abort(handle);
              if (current === handle) current = null;
              finish(fetchFailed(new TypeError('Received non-Uint8Array chunk')));
              return;
            }
            binding.write(handle, chunk, (error) => {
              if (error === null) step();
            });
          },
          close: () => binding.end(handle),
          error: (error) => {
            binding.abort(handle);
            if (current === handle) current = null;
            finish(fetchFailed(error));
          },
        });
      };
      step();
    }

    function onResponse(handle, redirects, status, statusText, responsePairs) {
      const headers = headersFromPairs(responsePairs, 'immutable');
      const location = headers.get('location');
      if (redirectStatuses.has(status) && location !== null && state.redirect !== 'manual') {
        binding.abort(handle);
        current = null;
        if (state.redirect === 'error') {
          finish(fetchFailed(new Error('unexpected redirect')));
          return;
        }
        followRedirect(redirects, status, location);
        return;
      }
      let body = null;
      if (request.method !== 'HEAD' && !nullBodyStatuses.has(status)) {
        bodyStream = webstreams.createReadableStream(() => {}, () => readChunk(handle), () => {
          binding.abort(handle);
          if (current === handle) current = null;
          return Promise.resolve();
        }, 0);
        body = { source: null, stream: bodyStream, length: null, used: false };
      } else {
        binding.release(handle);
        current = null;
        signal.removeEventListener('abort', onAbort);
      }
      finish(null, networkResponse(status, statusText, headers, body, urlList.slice()));
    }

    function readChunk(handle) {
      return new Promise((resolveRead) => {
        binding.read(handle, (error, chunk) => {
          const controller = webstreams.controllerOf(bodyStream);
          if (current !== handle) {
            resolveRead();
            return;
          }
          if (error !== null) {
            current = null;
            signal.removeEventListener('abort', onAbort);
            webstreams.controllerError(controller, new TypeError('terminated', { cause: transportError(error) }));
          } else if (chunk === null) {
            current = null;
            signal.removeEventListener('abort', onAbort);
            binding.release(handle);
            webstreams.controllerClose(controller);
          } else {
            webstreams.controllerEnqueue(controller, new Uint8Array(chunk));
          }
          resolveRead();
        });
      });
    }

    function followRedirect(redirects, status, location) {
      if (redirects >= maxRedirects) {
        finish(fetchFailed(new Error('redirect count exceeded')));
        return;
      }
      let next;
      try {
        next = new URL(location, request.url);
      } catch (cause) {
        finish(fetchFailed(cause));
        return;
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        finish(fetchFailed(new Error('URL scheme must be a HTTP(S) scheme')));
        return;
      }
      if ((status === 303 && request.method !== 'GET' && request.method !== 'HEAD')
        || ((status === 301 || status === 302) && request.method === 'POST')) {
        request.method = 'GET';
        request.body = null;
        request.bytes = null;
        for (const name of ['content-encoding', 'content-language', 'content-location', 'content-type', 'content-length']) {
          deleteTrusted(request.headers, name);
        }
      } else if (request.body !== null && request.body.stream !== null) {
        finish(fetchFailed(new TypeError('Cannot follow a redirect with a streamed request body')));
        return;
      }
      if (new URL(request.url).origin !== next.origin) {
        for (const name of ['authorization', 'proxy-authorization', 'cookie', 'host']) deleteTrusted(request.headers, name);
      }
      request.url = next.href;
      urlList.push(next.href);
      send(redirects + 1);
    }

    start();
  });
}

module.exports = { fetch, Headers, Request, Response, FormData };
