namespace Hatchery.Builtins.Fetch;

/// <summary>What <c>hatchery modules fetch</c> prints: the fetch globals, which have no require name.</summary>
internal static class FetchDocumentation
{
    public const string Summary = "Globals fetch, Headers, Request, Response, FormData: Node 20's fetch over .NET's HttpClient.";

    public const string Text = """
        fetch — Node 20's fetch (globals, no require name): fetch, Headers, Request, Response, FormData; Blob and File
        are buffer's, ReadableStream and the other web streams stream/web's.

        fetch(input, init?) → Promise<Response>
          input: a URL string, a URL or a Request. init: { method, headers, body, redirect, signal, duplex,
          keepalive, mode, credentials, cache, referrer, referrerPolicy, integrity }.
          body: string, ArrayBuffer, typed array, DataView, Blob, FormData (sent as multipart/form-data),
          URLSearchParams, a ReadableStream or an async iterable of Uint8Array (streamed, chunked; needs
          duplex: 'half'). A Content-Type is set from the body unless headers give one.
          redirect: 'follow' (default, up to 20; 303, and 301/302 after POST, become GET), 'manual' (the 3xx
          response is returned), 'error' (rejects). signal: an AbortSignal, e.g. AbortSignal.timeout(ms); aborting
          rejects with its reason (a DOMException AbortError or TimeoutError) and errors a body being read.
          http:, https: and data: URLs. Requests go out with accept */*, accept-language *, sec-fetch-mode cors,
          user-agent node and accept-encoding gzip, deflate (bodies are decoded), as Node's do.
          Failures reject with TypeError: fetch failed, whose cause is Node's: an Error with code ECONNREFUSED,
          ENOTFOUND, ECONNRESET or ETIMEDOUT (and errno, syscall, address, port or hostname), UND_ERR_SOCKET
          ('other side closed'), UND_ERR_CONNECT_TIMEOUT, 'unexpected redirect', 'redirect count exceeded',
          'bad port', 'unknown scheme'; and ERR_ACCESS_DENIED (with host) for a host the runtime's network
          allowlist leaves out (EngineOptions.RestrictNetwork), redirects included. A body cut short rejects its
          read with TypeError: terminated.
        new Headers(init?) — init: pairs, a record or Headers. append, delete, get, getSetCookie, has, set,
          keys, values, entries, forEach, iteration (sorted, each Set-Cookie apart). A fetched response's
          headers are immutable.
        new Request(input, init?) — method, url, headers, body, bodyUsed, redirect, signal, duplex, and the
          browser fields with their defaults; clone().
        new Response(body?, { status, statusText, headers }) — status, statusText, ok, headers, body (a
          ReadableStream of Uint8Array chunks, or null), bodyUsed, redirected, type, url; clone();
          Response.json(data, init), Response.redirect(url, status), Response.error().
        Body methods (Request and Response): text(), json(), arrayBuffer(), bytes(), blob(), formData()
          (multipart/form-data and application/x-www-form-urlencoded); each reads the body once.
        new FormData() — append(name, value, filename?), set, get, getAll, has, delete, entries, keys, values,
          forEach.

        The network runs on .NET's thread pool over one SocketsHttpHandler per EngineFactory (connections pooled,
        created on the first fetch); results settle on the runtime's event loop, which stays alive meanwhile.
        Disposing the runtime cancels its requests in flight.
        """;
}
