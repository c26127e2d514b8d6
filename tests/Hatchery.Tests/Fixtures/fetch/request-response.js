// Request and Response built by hand: defaults, validation, bodies read once, clone, static constructors.
(async () => {
  const req = new Request('http://example.com/a?b#c', { method: 'post', body: 'hi', headers: { X: '1' } });
  console.log(req.method, req.url, req.headers.get('content-type'), req.headers.get('x'), req.bodyUsed, req.redirect, req.mode);
  console.log(req.credentials, req.cache, req.referrer, req.keepalive, req.duplex, req.signal instanceof AbortSignal, req.signal.aborted);
  const copy = req.clone();
  console.log(await req.text(), req.bodyUsed, await copy.text());
  try { await req.text(); } catch (e) { console.log(e.name, e.message); }
  try { req.clone(); } catch (e) { console.log(e.name, e.message); }
  console.log(new Request('http://x/', { method: 'options' }).method, new Request('http://x/', { method: 'delete' }).method);
  const derived = new Request(new Request('http://x/y', { method: 'PUT', body: 'moved' }), { headers: { a: 'b' } });
  console.log(derived.method, derived.url, [...derived.headers], await derived.text());
  const controller = new AbortController();
  const withSignal = new Request('http://x/', { signal: controller.signal });
  controller.abort('why');
  console.log(withSignal.signal.aborted, withSignal.signal.reason);
  for (const attempt of [
    () => new Request('/relative'),
    () => new Request('http://a/', { method: 'GET', body: 'x' }),
    () => new Request('http://a/', { method: 'CONNECT' }),
    () => new Request('http://a/', { method: 'bad method' }),
    () => new Request('http://u:p@a/'),
    () => new Request('http://a/', { redirect: 'sometimes' }),
    () => new Request('http://a/', { method: 'POST', body: new ReadableStream() }),
  ]) {
    try { attempt(); } catch (e) { console.log(e.name, e.message, e.cause?.code); }
  }

  const res = new Response('body', { status: 201, statusText: 'Made', headers: { 'X-Y': 'z' } });
  console.log(res.status, res.statusText, res.ok, res.type, res.url, res.redirected, [...res.headers], res.bodyUsed);
  console.log(await res.clone().text(), await res.text(), res.bodyUsed);
  console.log(new Response().body, new Response(null, { status: 204 }).status, await new Response().text() === '');
  const json = Response.json({ a: [1, 2] }, { status: 202 });
  console.log(json.status, json.headers.get('content-type'), await json.json());
  const redirect = Response.redirect('http://x/next', 301);
  console.log(redirect.status, redirect.headers.get('location'));
  const error = Response.error();
  console.log(error.type, error.status, error.ok);
  console.log(new Response(new Uint8Array([1, 2])).headers.get('content-type'), new Response(new URLSearchParams('a=1')).headers.get('content-type'));
  console.log(new Response(new Blob(['b'], { type: 'x/y' })).headers.get('content-type'), await new Response(new Blob(['blob'])).text());
  console.log(new Uint8Array(await new Response('ab').arrayBuffer()), await new Response('ab').bytes(), (await new Response('ab', { headers: { 'content-type': 'q/r' } }).blob()).type);
  const streamed = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('str')); c.enqueue(new TextEncoder().encode('eamed')); c.close(); } }));
  console.log(streamed.headers.get('content-type'), await streamed.text());
  try { await new Response('{bad').json(); } catch (e) { console.log(e.name); }
  try { await new Response(new ReadableStream({ start(c) { c.enqueue('text'); c.close(); } })).text(); } catch (e) { console.log(e.name, e.message); }
  for (const attempt of [
    () => new Response('x', { status: 204 }),
    () => new Response('x', { status: 99 }),
    () => new Response('x', { statusText: 'bad\n' }),
    () => Response.redirect('http://x/', 200),
    () => res.headers.set('a', 'b'),
  ]) {
    try { attempt(); console.log('no error'); } catch (e) { console.log(e.name, e.message); }
  }
  const locked = new ReadableStream();
  locked.getReader();
  try { new Response(locked); } catch (e) { console.log(e.name, e.message); }
  console.log(Object.keys(Response.prototype), Object.prototype.toString.call(res), Object.prototype.toString.call(req));
  console.log(typeof fetch, fetch.length, typeof Headers, typeof FormData);
})();
