using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Process;

/// <summary>
/// The handle under <c>process.stdin</c> (<c>internal.process.stdin.js</c>), in the shape of Node's stream handles:
/// <c>readStart</c>/<c>readStop</c>, <c>ref</c>/<c>unref</c>, and an <c>onread(chunk)</c> the stream sets (an
/// ArrayBuffer, or null at the end). The host's input is read on a thread-pool thread, one read at a time, and each
/// chunk posted to the event loop. While reading and referenced it keeps the loop alive, as a libuv handle does; a chunk
/// read after a stop waits here for the next start. Lives as long as its runtime, so a pooled runtime's next
/// <c>process.stdin</c> reads on where the last left off.
/// </summary>
internal sealed class StandardInputReader(JsRuntime runtime, StandardInputSource? source)
{
    private const int ChunkSize = 64 * 1024;

    private ObjectInstance? _handle;
    private Task<int>? _pendingRead;
    private byte[]? _buffer;
    private byte[]? _ready;
    private bool _readyEnd;
    private string? _readyError;
    private bool _reading;
    private bool _referenced = true;
    private bool _holding;
    private bool _ended;

    /// <summary>A new handle for a new <c>process.stdin</c>; the previous one (a pooled runtime's last run's) is let go.</summary>
    public ObjectInstance NewHandle()
    {
        Detach();
        var engine = runtime.Engine;
        var functions = new FunctionBuilder(engine, "process");
        var handle = new JsObject(engine);
        functions.Define(handle, "readStart", 0, (_, _) => Start(handle));
        functions.Define(handle, "readStop", 0, (_, _) => Stop(handle));
        functions.Define(handle, "ref", 0, (_, _) => SetReferenced(handle, true));
        functions.Define(handle, "unref", 0, (_, _) => SetReferenced(handle, false));
        _handle = handle;
        _referenced = true;
        return handle;
    }

    /// <summary>Stops reading for the current handle (a pooled runtime's reset); a read under way is kept for the next.</summary>
    public void Detach()
    {
        _handle = null;
        _reading = false;
        UpdateHold();
    }

    private JsValue Start(ObjectInstance handle)
    {
        if (!ReferenceEquals(handle, _handle)) return JsValue.Undefined;
        _reading = true;
        UpdateHold();
        Collect();
        if (HasReady) runtime.Loop.Post(Deliver);
        else ReadMore();
        return JsValue.Undefined;
    }

    private JsValue Stop(ObjectInstance handle)
    {
        if (!ReferenceEquals(handle, _handle)) return JsValue.Undefined;
        _reading = false;
        UpdateHold();
        return JsValue.Undefined;
    }

    private JsValue SetReferenced(ObjectInstance handle, bool referenced)
    {
        if (!ReferenceEquals(handle, _handle)) return JsValue.Undefined;
        _referenced = referenced;
        UpdateHold();
        return JsValue.Undefined;
    }

    private bool HasReady => _ready is not null || _readyEnd || _readyError is not null;

    // A reading, referenced handle that has not reached the end keeps the loop alive, like an active libuv handle.
    private void UpdateHold()
    {
        var hold = _reading && _referenced && !_ended && _handle is not null;
        if (hold == _holding) return;
        _holding = hold;
        if (hold) runtime.Loop.BeginHostOperation();
        else runtime.Loop.EndHostOperation();
    }

    private void ReadMore()
    {
        if (_pendingRead is not null || _ended || HasReady) return;
        if (source is null)
        {
            _readyEnd = true;
            runtime.Loop.Post(Deliver);
            return;
        }
        var buffer = _buffer ??= new byte[ChunkSize];
        var loop = runtime.Loop;
        var read = _pendingRead = Task.Run(() => source.Read(buffer));
        // Only a wake-up is posted: a post a pooled runtime's reset drops loses nothing, as the next start collects the read.
        read.ContinueWith(_ => loop.Post(Deliver), TaskScheduler.Default);
    }

    // On the loop's thread: takes a finished read's outcome.
    private void Collect()
    {
        if (_pendingRead is not { IsCompleted: true } read) return;
        _pendingRead = null;
        if (!read.IsCompletedSuccessfully)
        {
            _readyError = read.Exception?.GetBaseException().Message ?? "read failed";
            // After the error, a later process.stdin (a pooled runtime's) just ends.
            _readyEnd = true;
        }
        else if (read.Result == 0)
        {
            _readyEnd = true;
        }
        else
        {
            _ready = _buffer.AsSpan(0, read.Result).ToArray();
        }
    }

    // On the loop's thread: hands what was read to the stream, if it is reading, then reads on.
    private void Deliver()
    {
        Collect();
        if (!_reading || _handle is not { } handle || !HasReady) return;
        var engine = runtime.Engine;
        var onRead = handle.Get("onread");
        if (_readyError is { } message)
        {
            _readyError = null;
            _ended = true;
            UpdateHold();
            engine.Call(handle.Get("onerror"), handle, [message]);
            return;
        }
        if (_readyEnd)
        {
            _ended = true;
            UpdateHold();
            engine.Call(onRead, handle, [JsValue.Null]);
            return;
        }
        var chunk = _ready!;
        _ready = null;
        engine.Call(onRead, handle, [engine.Intrinsics.ArrayBuffer.Construct(chunk)]);
        if (_reading && ReferenceEquals(handle, _handle)) ReadMore();
    }
}
