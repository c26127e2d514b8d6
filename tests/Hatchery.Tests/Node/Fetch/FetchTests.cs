namespace Hatchery.Tests.Node.Fetch;

/// <summary>
/// fetch against a real Kestrel server on 127.0.0.1 (<see cref="FetchServer"/>): bodies both ways, streaming, redirects,
/// abort and timeouts, Node-shaped errors, the network allowlist, disposal and the shared connection pool. Every
/// runtime runs under a time limit, so no request can hang a test.
/// </summary>
public sealed class FetchTests(FetchServer server) : IClassFixture<FetchServer>
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private string Run(string script, Action<EngineOptions>? configure = null)
    {
        var (runtime, output) = TestHost.Open(o =>
        {
            o.LimitTime(Limit);
            configure?.Invoke(o);
        });
        using (runtime)
        {
            runtime.Evaluate($"const base = '{server.Base}';\n{script}");
            runtime.RunEventLoop();
        }
        Assert.Equal("", output.Error);
        return output.Out;
    }

    [Fact]
    public void Json_text_binary_and_gzip_bodies_arrive_whole()
    {
        var output = Run("""
            (async () => {
              const json = await fetch(base + '/json');
              console.log(json.status, json.ok, json.statusText, json.headers.get('content-type'), json.type, json.url === base + '/json');
              console.log(JSON.stringify(await json.json()), json.bodyUsed);
              const text = await fetch(base + '/text');
              console.log(await text.text());
              const bytes = new Uint8Array(await (await fetch(base + '/binary')).arrayBuffer());
              console.log(bytes.length, bytes[0], bytes[255]);
              const blob = await (await fetch(base + '/binary')).blob();
              console.log(blob.size, blob.type);
              const gzip = await (await fetch(base + '/gzip')).text();
              console.log(gzip.length, gzip.slice(0, 11));
              const cookies = await fetch(base + '/cookies');
              console.log(cookies.headers.getSetCookie(), cookies.headers.get('x-multi'));
              try { cookies.headers.set('x', '1'); } catch (e) { console.log(e.name, e.message); }
              const missing = await fetch(base + '/status?code=404');
              console.log(missing.status, missing.ok, await missing.text() === '');
              const empty = await fetch(base + '/status?code=204');
              console.log(empty.status, empty.body);
            })();
            """);
        Assert.Equal("""
            200 true OK application/json; charset=utf-8 basic true
            {"hello":"world","n":[1,2,3]} true
            plain text ü
            256 0 255
            256 application/octet-stream
            1100 compressed 
            [ 'a=1', 'b=2' ] one
            TypeError immutable
            404 false true
            204 null

            """, output);
    }

    [Fact]
    public void The_server_sees_the_method_headers_and_each_kind_of_body()
    {
        var output = Run("""
            const echo = (init) => fetch(base + '/echo', init).then((r) => r.json());
            (async () => {
              const get = await echo({ headers: { 'X-Custom': 'yes' } });
              console.log(get.method, get.headers['x-custom'], get.headers['user-agent'], get.headers.accept, get.headers['accept-language'], get.headers['sec-fetch-mode']);
              const text = await echo({ method: 'post', body: 'héllo' });
              console.log(text.method, text.body, text.headers['content-type'], text.headers['content-length']);
              const json = await echo({ method: 'PUT', body: JSON.stringify({ a: 1 }), headers: { 'content-type': 'application/json' } });
              console.log(json.method, json.body, json.headers['content-type']);
              const form = await echo({ method: 'POST', body: new URLSearchParams({ q: 'a b', n: '1' }) });
              console.log(form.body, form.headers['content-type']);
              const data = new FormData();
              data.append('field', 'value');
              data.append('file', new Blob(['file body'], { type: 'text/plain' }), 'notes.txt');
              const multipart = await echo({ method: 'POST', body: data });
              console.log(multipart.headers['content-type'].startsWith('multipart/form-data; boundary='), multipart.body.includes('name="file"; filename="notes.txt"'), multipart.body.includes('file body'));
              const bytes = await echo({ method: 'PATCH', body: new Uint8Array([104, 105]) });
              console.log(bytes.method, bytes.body, bytes.headers['content-type'] ?? 'none');
              const deleted = await echo({ method: 'DELETE' });
              console.log(deleted.method, deleted.body === '');
              const fromRequest = await fetch(new Request(base + '/echo?x=1', { method: 'POST', body: 'req' })).then((r) => r.json());
              console.log(fromRequest.path, fromRequest.body);
            })();
            """);
        Assert.Equal("""
            GET yes node */* * cors
            POST héllo text/plain;charset=UTF-8 6
            PUT {"a":1} application/json
            q=a+b&n=1 application/x-www-form-urlencoded;charset=UTF-8
            true true true
            PATCH hi none
            DELETE true
            /echo?x=1 req

            """, output);
    }

    [Fact]
    public void A_stream_request_body_goes_out_chunked_and_a_response_body_streams_in_while_timers_fire()
    {
        var output = Run("""
            (async () => {
              const encoder = new TextEncoder();
              let n = 0;
              const body = new ReadableStream({
                async pull(controller) {
                  await new Promise((r) => setTimeout(r, 10));
                  if (n === 3) controller.close();
                  else controller.enqueue(encoder.encode(`part${n++};`));
                },
              });
              const sent = await fetch(base + '/echo', { method: 'POST', body, duplex: 'half' }).then((r) => r.json());
              console.log(sent.body, sent.chunked);
              async function* generate() { yield encoder.encode('from '); yield encoder.encode('a generator'); }
              const iterated = await fetch(base + '/echo', { method: 'POST', body: generate(), duplex: 'half' }).then((r) => r.json());
              console.log(iterated.body);

              const ticks = setInterval(() => events.push('tick'), 20);
              const events = [];
              const response = await fetch(base + '/chunked?n=3&delay=120');
              console.log(response.body instanceof ReadableStream, response.bodyUsed);
              const decoder = new TextDecoder();
              for await (const chunk of response.body) events.push(decoder.decode(chunk));
              clearInterval(ticks);
              const chunks = events.filter((e) => e !== 'tick');
              console.log(chunks.join(''), chunks.length >= 2, events.indexOf('tick') < events.lastIndexOf('chunk-2;'), response.bodyUsed);
              const big = await fetch(base + '/large?kb=512');
              let total = 0;
              let reads = 0;
              const reader = big.body.getReader();
              for (let r = await reader.read(); !r.done; r = await reader.read()) { total += r.value.byteLength; reads++; }
              console.log(total, reads > 1);
            })();
            """);
        Assert.Equal("""
            part0;part1;part2; true
            from a generator
            true false
            chunk-0;chunk-1;chunk-2; true true true
            524288 true

            """, output);
    }

    [Fact]
    public void Redirects_follow_stay_manual_or_fail_as_asked()
    {
        var output = Run("""
            (async () => {
              const followed = await fetch(base + '/redirect?to=/json');
              console.log(followed.status, followed.redirected, followed.url === base + '/json', (await followed.json()).hello);
              const manual = await fetch(base + '/redirect?to=/json&status=301', { redirect: 'manual' });
              console.log(manual.status, manual.redirected, manual.headers.get('location'));
              try { await fetch(base + '/redirect?to=/json', { redirect: 'error' }); } catch (e) { console.log(e.name, e.message, e.cause.message); }
              const seeOther = await fetch(base + '/redirect-post?to=/echo&status=303', { method: 'PUT', body: 'dropped' }).then((r) => r.json());
              console.log(seeOther.method, JSON.stringify(seeOther.body), seeOther.headers['content-type'] ?? 'none');
              const kept = await fetch(base + '/redirect-post?to=/echo&status=307', { method: 'PUT', body: 'kept' }).then((r) => r.json());
              console.log(kept.method, kept.body);
              const posted = await fetch(base + '/redirect-post?to=/echo&status=302', { method: 'POST', body: 'x' }).then((r) => r.json());
              console.log(posted.method);
              try { await fetch(base + '/loop'); } catch (e) { console.log(e.message, e.cause.message); }
            })();
            """);
        Assert.Equal("""
            200 true true world
            301 false /json
            TypeError fetch failed unexpected redirect
            GET "" none
            PUT kept
            GET
            fetch failed redirect count exceeded

            """, output);
    }

    [Fact]
    public void Abort_and_timeouts_reject_with_DOMExceptions_and_the_server_sees_the_request_go()
    {
        var before = server.AbortedRequests;
        var output = Run("""
            (async () => {
              try { await fetch(base + '/json', { signal: AbortSignal.abort() }); } catch (e) { console.log(e.name, e.message, e instanceof DOMException, e.code); }
              // Warm: the first request of a process (handler, connection, JIT) can take longer than the timeout below,
              // and then it is aborted before the server ever sees it.
              await (await fetch(base + '/json')).text();
              try { await fetch(base + '/delay?ms=5000', { signal: AbortSignal.timeout(1000) }); } catch (e) { console.log(e.name, e.message); }
              const controller = new AbortController();
              setTimeout(() => controller.abort(), 1000);
              try { await fetch(base + '/delay?ms=5000', { signal: controller.signal }); } catch (e) { console.log(e.name); }
              const mine = new AbortController();
              mine.abort(new Error('my reason'));
              try { await fetch(base + '/json', { signal: mine.signal }); } catch (e) { console.log(e.message); }
              const during = new AbortController();
              const response = await fetch(base + '/chunked?n=20&delay=50', { signal: during.signal });
              const reader = response.body.getReader();
              console.log(new TextDecoder().decode((await reader.read()).value));
              during.abort();
              try { await reader.read(); } catch (e) { console.log('body', e.name); }
            })();
            """);
        Assert.Equal("""
            AbortError This operation was aborted true 20
            TimeoutError The operation was aborted due to timeout
            AbortError
            my reason
            chunk-0;
            body AbortError

            """, output);
        Assert.True(SpinWait.SpinUntil(() => server.AbortedRequests >= before + 2, TimeSpan.FromSeconds(10)), $"the server saw both delayed requests aborted (saw {server.AbortedRequests - before})");
    }

    [Fact]
    public void Failures_are_TypeError_fetch_failed_with_Nodes_cause()
    {
        var closed = FetchServer.ClosedPort();
        var output = Run($$"""
            (async () => {
              try { await fetch('http://127.0.0.1:{{closed}}/'); } catch (e) {
                console.log(e.name, e.message, e.cause.message === 'connect ECONNREFUSED 127.0.0.1:{{closed}}', e.cause.code, e.cause.errno, e.cause.syscall, e.cause.address, e.cause.port === {{closed}});
              }
              // Kestrel's abort resets the connection (Node: read ECONNRESET); a plain close is undici's 'other side closed'.
              try { await (await fetch(base + '/cut')).text(); } catch (e) { console.log(e.name, e.message, ['read ECONNRESET', 'other side closed'].includes(e.cause.message), ['ECONNRESET', 'UND_ERR_SOCKET'].includes(e.cause.code)); }
              try { await fetch('ftp://127.0.0.1/'); } catch (e) { console.log(e.message, e.cause.message); }
              try { await fetch('http://127.0.0.1:22/'); } catch (e) { console.log(e.message, e.cause.message); }
              try { await fetch('not a url'); } catch (e) { console.log(e.name, e.message, e.cause.code); }
              try { await fetch(base + '/json', { method: 'GET', body: 'x' }); } catch (e) { console.log(e.message); }
              try { await fetch(base + '/echo', { method: 'POST', body: new ReadableStream() }); } catch (e) { console.log(e.message); }
              const data = await fetch('data:text/plain;base64,aGk=');
              console.log(data.status, data.headers.get('content-type'), await data.text());
            })();
            """);
        Assert.Equal($"""
            TypeError fetch failed true ECONNREFUSED -111 connect 127.0.0.1 true
            TypeError terminated true true
            fetch failed unknown scheme
            fetch failed bad port
            TypeError Failed to parse URL from not a url ERR_INVALID_URL
            Request with GET/HEAD method cannot have body.
            RequestInit: duplex option is required when sending a body.
            200 text/plain hi

            """, output);
    }

    [Fact]
    public void The_network_allowlist_admits_listed_hosts_and_refuses_others_redirects_included()
    {
        const string Script = """
            (async () => {
              for (const url of [base + '/json', `http://localhost:${new URL(base).port}/json`, base + `/redirect?to=${encodeURIComponent(`http://localhost:${new URL(base).port}/json`)}`]) {
                try { const r = await fetch(url); console.log('ok', r.status); } catch (e) { console.log(e.name, e.message, e.cause.code, e.cause.host, e.cause.message.includes('not allowed')); }
              }
            })();
            """;
        var port = server.Port;
        Assert.Equal($"""
            ok 200
            TypeError fetch failed ERR_ACCESS_DENIED localhost:{port} true
            TypeError fetch failed ERR_ACCESS_DENIED localhost:{port} true

            """, Run(Script, o => o.RestrictNetwork($"127.0.0.1:{port}")));
        Assert.Equal($"""
            TypeError fetch failed ERR_ACCESS_DENIED 127.0.0.1:{port} true
            TypeError fetch failed ERR_ACCESS_DENIED localhost:{port} true
            TypeError fetch failed ERR_ACCESS_DENIED 127.0.0.1:{port} true

            """, Run(Script, o => o.RestrictNetwork()));
        Assert.Equal("ok 200\nok 200\nok 200\n", Run(Script, o => o.RestrictNetwork("127.0.0.1", "LOCALHOST")));
        Assert.StartsWith("TypeError fetch failed ERR_ACCESS_DENIED", Run(Script, o => o.RestrictNetwork("127.0.0.1:1")), StringComparison.Ordinal);
    }

    [Fact]
    public void Disposing_a_runtime_cancels_its_requests_in_flight()
    {
        var (runtime, output) = TestHost.Open(o => o.LimitTime(TimeSpan.FromSeconds(3)));
        runtime.Evaluate($"fetch('{server.Base}/hang').then(() => console.log('answered'), (e) => console.log('failed', e));");
        // The time limit ends the run while the request still hangs; only disposing the runtime lets it go.
        Assert.ThrowsAny<Exception>(() => runtime.RunEventLoop());
        Assert.True(server.HangStarted.Wait(TimeSpan.FromSeconds(5)), "the request reached the server");
        var before = server.AbortedRequests;
        runtime.Dispose();
        Assert.True(SpinWait.SpinUntil(() => server.AbortedRequests > before, TimeSpan.FromSeconds(10)), "the server saw the request aborted");
        Assert.Equal("", output.Out);
    }

    [Fact]
    public void The_HTTP_client_is_made_by_the_first_fetch_not_by_spawning_or_touching_the_classes()
    {
        var factory = EngineFactory.Create(o => o.LimitTime(Limit).UseConsole(new CapturedOutput()));
        using (var runtime = factory.NewRuntime())
        {
            runtime.Evaluate("new Headers({ a: '1' }); new Response('x'); new Request('http://127.0.0.1/'); typeof fetch");
        }
        Assert.False(factory.FetchTransport.IsClientCreated);
        using (var runtime = factory.NewRuntime())
        {
            runtime.Evaluate($"fetch('{server.Base}/json').then((r) => r.text())");
            runtime.RunEventLoop();
        }
        Assert.True(factory.FetchTransport.IsClientCreated);
    }

    [Fact]
    public void Runtimes_of_one_factory_share_pooled_connections()
    {
        var factory = EngineFactory.Create(o => o.LimitTime(Limit));
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var output = new CapturedOutput();
            using var runtime = factory.NewRuntime(o => o.UseConsole(output));
            runtime.Evaluate($"fetch('{server.Base}/connection').then((r) => r.text()).then((id) => console.log(id));");
            runtime.RunEventLoop();
            ids.Add(output.Out.Trim());
        }
        Assert.All(ids, id => Assert.False(string.IsNullOrEmpty(id)));
        Assert.Single(ids.Distinct());
    }
}
