using Hatchery.Builtins.Buffer;
using Hatchery.Builtins.Crypto;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Zlib;

/// <summary>
/// The C# side of <c>zlib.js</c>. The script validates arguments and options and passes bytes as typed arrays;
/// results come back as <c>ArrayBuffer</c>s. The buffer forms run a whole input through one codec, on the loop's
/// thread for the Sync forms and on the thread pool for the callback forms (answering through the event loop, as
/// <c>crypto</c>'s jobs do); a stream keeps one codec in a handle and feeds it each chunk on the loop's thread.
/// </summary>
internal static class ZlibBindings
{
    public static void Add(JsRuntime runtime, ObjectInstance binding)
    {
        var engine = runtime.Engine;
        Define(engine, binding, "processSync", 2, (_, a) =>
        {
            var settings = Settings(a[0]);
            return Guard(engine, () => ZlibCodec.Run(settings, ArrayBufferViews.Bytes(a[1]), runtime.ReserveMemory));
        });
        Define(engine, binding, "processJob", 3, (_, a) =>
        {
            var settings = Settings(a[0]);
            var input = ArrayBufferViews.Bytes(a[1]).ToArray();
            var callback = a[2];
            // Off the loop the runtime's memory limit cannot be asked; the output stops at it instead, and asking
            // with the size reached, back on the loop, gives the limit's own error.
            var cap = runtime.MemoryLimit ?? long.MaxValue;
            runtime.Loop.RunOffLoop(() => ZlibCodec.Run(settings, input, held =>
            {
                if (held > cap) throw new OutOfMemoryBudgetException(held);
            }), task =>
            {
                JsValue[] arguments;
                if (task.IsCompletedSuccessfully)
                {
                    runtime.ReserveMemory(task.Result.Length);
                    arguments = [JsValue.Null, engine.Intrinsics.ArrayBuffer.Construct(task.Result)];
                }
                else
                {
                    var exception = task.Exception?.InnerException ?? new TaskCanceledException(task);
                    if (exception is OutOfMemoryBudgetException budget) runtime.ReserveMemory(budget.Held);
                    arguments = [Error(engine, exception)];
                }
                engine.Call(callback, JsValue.Undefined, arguments);
            });
            return JsValue.Undefined;
        });
        Define(engine, binding, "open", 1, (_, a) =>
        {
            var codec = ZlibCodec.Create(Settings(a[0]));
            codec.Output.Growing = runtime.ReserveMemory;
            return new HostState<ZlibCodec>(engine, codec);
        });
        Define(engine, binding, "write", 2, (_, a) =>
        {
            var codec = HostState<ZlibCodec>.Of(a[0]);
            return Guard(engine, () =>
            {
                codec.Write(ArrayBufferViews.Bytes(a[1]));
                return codec.Output.Take();
            });
        });
        Define(engine, binding, "flush", 1, (_, a) =>
        {
            var codec = HostState<ZlibCodec>.Of(a[0]);
            return Guard(engine, () =>
            {
                codec.Flush();
                return codec.Output.Take();
            });
        });
        Define(engine, binding, "finish", 1, (_, a) =>
        {
            var codec = HostState<ZlibCodec>.Of(a[0]);
            return Guard(engine, () =>
            {
                codec.Finish();
                return codec.Output.Take();
            });
        });
        Define(engine, binding, "close", 1, static (_, a) =>
        {
            HostState<ZlibCodec>.Of(a[0]).Dispose();
            return JsValue.Undefined;
        });
    }

    // { mode, level, strategy, quality, window, maxOutputLength }, already checked by the script.
    private static ZlibSettings Settings(JsValue options)
    {
        var o = (ObjectInstance)options;
        int Int(string name) => (int)o.Get(name).AsNumber();
        return new ZlibSettings((ZlibMode)Int("mode"), Int("level"), Int("strategy"), Int("quality"), Int("window"),
            (long)o.Get("maxOutputLength").AsNumber(), o.Get("partial").AsBoolean());
    }

    private static JsValue Guard(Engine engine, Func<byte[]> work)
    {
        byte[] bytes;
        try
        {
            bytes = work();
        }
        catch (Exception e) when (e is ZlibException or ZlibOutputTooLargeException or ObjectDisposedException)
        {
            throw new JavaScriptException(Error(engine, e));
        }
        return engine.Intrinsics.ArrayBuffer.Construct(bytes);
    }

    // The error Node gives: zlib's message with its code and errno, or ERR_BUFFER_TOO_LARGE.
    private static JsValue Error(Engine engine, Exception exception)
    {
        switch (exception)
        {
            case ZlibException zlib:
                var error = JsErrors.Create(engine, "Error", zlib.Message);
                error.Set("errno", zlib.Errno);
                error.Set("code", zlib.Code);
                return error;
            case ZlibOutputTooLargeException tooLarge:
                return JsErrors.Coded(engine, "ERR_BUFFER_TOO_LARGE", tooLarge.Limit).Error;
            case ObjectDisposedException:
                return JsErrors.Create(engine, "Error", "zlib binding closed");
            default:
                return JsErrors.Create(engine, "Error", exception.Message);
        }
    }

    private static void Define(Engine engine, ObjectInstance binding, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        binding.CreateDataProperty(name, new FunctionBuilder(engine, "zlib").Create(name, length, body));

    /// <summary>Work off the loop stopped at the runtime's memory limit, holding <see cref="Held"/> bytes.</summary>
    private sealed class OutOfMemoryBudgetException(long held) : Exception("Output passed the runtime's memory limit")
    {
        public long Held { get; } = held;
    }
}
