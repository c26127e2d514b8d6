using Hatchery.Builtins.Buffer;
using Hatchery.Builtins.Crypto;
using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Fetch;

/// <summary>
/// The C# side of <c>fetch.js</c>: one HTTP exchange per handle (<see cref="FetchExchange"/>), its network work on the
/// thread pool through the factory's <see cref="FetchTransport"/>, every answer delivered as a callback on the
/// runtime's event loop (<c>EventLoop.Await</c>), which stays alive while an answer is due.
/// <list type="bullet">
/// <item><c>send(method, url, headerPairs, bytes | null, streaming, callback)</c> → handle; callback(error | null,
/// status, statusText, headerPairs) once the response's headers arrive.</item>
/// <item><c>write(handle, chunk, callback)</c>, <c>end(handle)</c>: a streamed request body.</item>
/// <item><c>read(handle, callback)</c>: callback(error | null, ArrayBuffer | null at the end) for the next chunk.</item>
/// <item><c>abort(handle)</c>, <c>release(handle)</c>: cancel, or let go once done.</item>
/// </list>
/// </summary>
internal static class FetchBindings
{
    public static void Add(JsRuntime runtime, ObjectInstance binding)
    {
        var engine = runtime.Engine;
        var transport = runtime.Factory.FetchTransport;
        FetchSession? session = null;
        FetchSession Session()
        {
            if (session is null)
            {
                session = new FetchSession();
                runtime.OnDispose(session.Dispose);
            }
            return session;
        }
        var functions = new FunctionBuilder(engine, "fetch");
        functions.Define(binding, "send", 6, (_, a) =>
        {
            var uri = new Uri(a[1].ToString());
            var exchange = Session().Start(uri);
            var headers = Pairs(a[2]);
            var bytes = a[3] is JsTypedArray ? ArrayBufferViews.Bytes(a[3]).ToArray() : null;
            var callback = a[5];
            var sent = transport.AllowList.Allows(uri)
                ? exchange.Send(transport.Client, a[0].ToString(), headers, bytes, a[4].AsBoolean())
                : Task.FromException<System.Net.Http.HttpResponseMessage>(new HostNotAllowedException(uri));
            runtime.Loop.Await(sent, task =>
            {
                if (exchange.IsDisposed)
                {
                    if (task.IsCompletedSuccessfully) task.Result.Dispose();
                    return;
                }
                if (!task.IsCompletedSuccessfully)
                {
                    exchange.Dispose();
                    engine.Call(callback, JsValue.Undefined, [FetchErrors.Describe(engine, Failure(task), uri)]);
                    return;
                }
                var response = task.Result;
                exchange.Received(response);
                var pairs = FetchExchange.HeaderPairs(response);
                engine.Call(callback, JsValue.Undefined,
                [
                    JsValue.Null,
                    (int)response.StatusCode,
                    response.ReasonPhrase ?? "",
                    new JsArray(engine, pairs.Select(p => (JsValue)p).ToArray()),
                ]);
            });
            return new HostState<FetchExchange>(engine, exchange);
        });
        functions.Define(binding, "write", 3, (_, a) =>
        {
            var exchange = HostState<FetchExchange>.Of(a[0]);
            var callback = a[2];
            runtime.Loop.Await(exchange.WriteBody(ArrayBufferViews.Bytes(a[1]).ToArray()), task =>
            {
                if (exchange.IsDisposed) return;
                engine.Call(callback, JsValue.Undefined, [task.IsCompletedSuccessfully ? JsValue.Null : FetchErrors.Describe(engine, Failure(task), exchange.Uri)]);
            });
            return JsValue.Undefined;
        });
        functions.Define(binding, "end", 1, static (_, a) =>
        {
            HostState<FetchExchange>.Of(a[0]).EndBody();
            return JsValue.Undefined;
        });
        functions.Define(binding, "read", 2, (_, a) =>
        {
            var exchange = HostState<FetchExchange>.Of(a[0]);
            var callback = a[1];
            runtime.Loop.Await(exchange.ReadBody(), task =>
            {
                if (exchange.IsDisposed) return;
                if (!task.IsCompletedSuccessfully)
                {
                    var error = FetchErrors.Describe(engine, Failure(task), exchange.Uri);
                    exchange.Dispose();
                    engine.Call(callback, JsValue.Undefined, [error]);
                    return;
                }
                var chunk = task.Result;
                engine.Call(callback, JsValue.Undefined, [JsValue.Null, chunk.Length == 0 ? JsValue.Null : engine.Intrinsics.ArrayBuffer.Construct(chunk)]);
            });
            return JsValue.Undefined;
        });
        functions.Define(binding, "abort", 1, static (_, a) =>
        {
            HostState<FetchExchange>.Of(a[0]).Dispose();
            return JsValue.Undefined;
        });
        functions.Define(binding, "release", 1, static (_, a) =>
        {
            HostState<FetchExchange>.Of(a[0]).Dispose();
            return JsValue.Undefined;
        });
    }

    private static Exception Failure(Task task) =>
        task.Exception?.InnerException ?? (Exception)new TaskCanceledException(task);

    private static List<(string Name, string Value)> Pairs(JsValue array)
    {
        var list = (ObjectInstance)array;
        var length = (int)list.Get("length").AsNumber();
        var pairs = new List<(string, string)>(length / 2);
        for (var i = 0; i + 1 < length; i += 2) pairs.Add((list.Get(i).ToString(), list.Get(i + 1).ToString()));
        return pairs;
    }
}
