using System.Diagnostics;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery.CallLog;

/// <summary>
/// One runtime's side of the call log: it times and encodes each call on the runtime's thread and hands the entry to
/// the database's writer. Exists only in a runtime that logs (<see cref="JsRuntime.CallLog"/> is null otherwise), so
/// a runtime without a log has no wrapper and pays nothing per call. A call that returns a pending promise is logged
/// when the promise settles (checked after each microtask drain), or as still pending when the runtime is disposed.
/// Entries are handed to the writer in batches, which keeps the queue's locking and the writer's wake-ups off the
/// per-call path: a batch goes when it is full or a few milliseconds old, when a host call returns, when the event
/// loop is about to wait, and at dispose.
/// </summary>
internal sealed class RuntimeCallLog
{
    private const int BatchSize = 256;
    private static readonly long BatchAge = System.Diagnostics.Stopwatch.Frequency / 50;
    private readonly CallLogSink _sink;
    private List<CallLogEntry>? _batch;
    private readonly long _started = Stopwatch.GetTimestamp();
    private ValueEncoder? _encoder;
    private List<PendingCall>? _pending;
    private bool _announced;
    private bool _ended;
    private long _written;
    private long _committed;
    private long _dropped;

    public RuntimeCallLog(CallLogSink sink)
    {
        _sink = sink;
        RuntimeId = CallLogSink.NextRuntimeId();
    }

    /// <summary>The runtime's id, in every row it writes.</summary>
    public string RuntimeId { get; }

    public string FactoryId => _sink.FactoryId;

    /// <summary>The exit code <c>RunMain</c>/<c>RunEval</c> ended with, recorded in <c>runtimes</c> at the end.</summary>
    public int? ExitCode { get; set; }

    /// <summary>The call log of the runtime owning <paramref name="engine"/>, or null when it logs nothing.</summary>
    public static RuntimeCallLog? Of(Engine engine) => (engine.Advanced.HostDefined as JsRuntime)?.CallLog;

    private ValueEncoder Encoder => _encoder ??= new ValueEncoder(_sink.MaxValueSize);

    /// <summary>Runs a host function's <paramref name="body"/> for a script, logging the call (<c>js-&gt;host</c>).</summary>
    public JsValue Call(string module, string function, Func<JsValue, JsValue[], JsValue> body, JsValue thisObject, JsValue[] arguments)
    {
        // Encoded before the call, which may change them.
        var entry = new CallLogEntry { Module = module, Function = function, Arguments = Encoder.Arguments(arguments) };
        var activity = CallActivities.Start(RuntimeId, hostToJs: false, module, function);
        var start = entry.Timestamp = Stopwatch.GetTimestamp();
        JsValue result;
        try
        {
            result = body(thisObject, arguments);
        }
        catch (Exception e)
        {
            entry.DurationTicks = Stopwatch.GetTimestamp() - start;
            Failed(entry, e);
            Finish(entry, activity);
            throw;
        }
        entry.DurationTicks = Stopwatch.GetTimestamp() - start;
        if (result.IsPromise() && !PromiseStates.TryGetSettled(result, out _, out _))
        {
            CallActivities.Detach(activity);
            (_pending ??= []).Add(new PendingCall(entry, result, activity));
            return result;
        }
        Returned(entry, result);
        Finish(entry, activity);
        return result;
    }

    /// <summary>Runs a host call into JavaScript (<c>host-&gt;js</c>), logging it under the API member's name.</summary>
    public T Host<T>(string member, string target, string arguments, Func<T> call, Func<T, JsValue> result)
    {
        var entry = new CallLogEntry { HostToJs = true, Module = member, Function = target, Arguments = arguments };
        var activity = CallActivities.Start(RuntimeId, hostToJs: true, member, target);
        var start = entry.Timestamp = Stopwatch.GetTimestamp();
        try
        {
            var value = call();
            entry.DurationTicks = Stopwatch.GetTimestamp() - start;
            Returned(entry, result(value));
            Finish(entry, activity);
            Flush();
            return value;
        }
        catch (Exception e)
        {
            entry.DurationTicks = Stopwatch.GetTimestamp() - start;
            Failed(entry, e);
            Finish(entry, activity);
            Flush();
            throw;
        }
    }

    /// <summary>The asynchronous form of <see cref="Host{T}"/>: the entry is written when the task ends.</summary>
    public async Task<T> HostAsync<T>(string member, string target, string arguments, Func<Task<T>> call, Func<T, JsValue> result)
    {
        var entry = new CallLogEntry { HostToJs = true, Module = member, Function = target, Arguments = arguments };
        // Activity.Current is async-local: set here, it parents the calls the awaited run makes and reverts for the caller.
        var activity = CallActivities.Start(RuntimeId, hostToJs: true, member, target);
        var start = entry.Timestamp = Stopwatch.GetTimestamp();
        try
        {
            var value = await call().ConfigureAwait(false);
            entry.DurationTicks = Stopwatch.GetTimestamp() - start;
            Returned(entry, result(value));
            Finish(entry, activity);
            Flush();
            return value;
        }
        catch (Exception e)
        {
            entry.DurationTicks = Stopwatch.GetTimestamp() - start;
            Failed(entry, e);
            Finish(entry, activity);
            Flush();
            throw;
        }
    }

    /// <summary>Encodes a host call's arguments.</summary>
    public string Arguments(JsValue[] arguments) => Encoder.Arguments(arguments);

    /// <summary>Encodes host strings (a path and its arguments, a source text).</summary>
    public string Strings(params IEnumerable<string> values) => Encoder.Strings(values);

    /// <summary>Logs the calls whose promises have settled since the last check; the event loop calls it after each microtask drain.</summary>
    public void SettlePending()
    {
        if (_pending is not { Count: > 0 } pending) return;
        for (var i = 0; i < pending.Count; i++)
        {
            var call = pending[i];
            if (!PromiseStates.TryGetSettled(call.Promise, out var rejected, out var value)) continue;
            call.Entry.DurationTicks = Stopwatch.GetTimestamp() - call.Entry.Timestamp;
            if (rejected) Rejected(call.Entry, value);
            else Returned(call.Entry, value);
            Finish(call.Entry, call.Activity);
            pending.RemoveAt(i--);
        }
    }

    /// <summary>
    /// The runtime is being disposed: logs calls still pending as such, records the runtime's end, and waits until all
    /// of it is committed. A runtime that logged nothing writes nothing and does not wait. Throws when the writer failed.
    /// </summary>
    public void End()
    {
        if (_ended) return;
        _ended = true;
        SettlePending();
        if (_pending is { } pending)
        {
            foreach (var call in pending)
            {
                call.Entry.DurationTicks = Stopwatch.GetTimestamp() - call.Entry.Timestamp;
                call.Entry.Result = "{\"$type\":\"Promise\",\"state\":\"pending\"}";
                Finish(call.Entry, call.Activity);
            }
            pending.Clear();
        }
        // A runtime that never ran anything has nothing to record, not even its row: spawning costs the log nothing.
        if (!_announced) return;
        Add(new CallLogEntry { Kind = CallLogEntryKind.RuntimeEnded, Timestamp = _started, EndTimestamp = Stopwatch.GetTimestamp(), ExitCode = ExitCode });
        Flush(ending: true);
        _sink.Writer.Drain();
        lock (this)
        {
            while (_committed < _written) Monitor.Wait(this, 1000);
        }
        if (_sink.Writer.Failure is { } failure) throw new CallLogException(_sink.Writer.Settings.Path, $"entries could not be written: {failure.Message}", failure);
    }

    /// <summary>The writer committed <paramref name="count"/> more of this runtime's entries.</summary>
    public void Committed(int count)
    {
        lock (this)
        {
            _committed += count;
            Monitor.PulseAll(this);
        }
    }

    private void Returned(CallLogEntry entry, JsValue result) => entry.Result = Encoder.Value(result);

    private static void Rejected(CallLogEntry entry, JsValue reason)
    {
        (entry.ErrorName, entry.ErrorMessage) = PassiveReads.Error(reason);
    }

    private static void Failed(CallLogEntry entry, Exception e)
    {
        (entry.ErrorName, entry.ErrorMessage) = e switch
        {
            JavaScriptException js => PassiveReads.Error(js.Error),
            ScriptException script => (script.ErrorName, script.ErrorMessage),
            ProcessExitException exit => ("ProcessExit", exit.Message),
            ScriptLimitException limit => ("ScriptLimit", limit.Message),
            // What the script sees: Jint turns a host exception into an Error with its message.
            _ => ("Error", e.Message),
        };
    }

    private void Finish(CallLogEntry entry, Activity? activity)
    {
        CallActivities.Stop(activity, entry);
        Add(entry);
    }

    private void Add(CallLogEntry entry)
    {
        if (!_announced)
        {
            _announced = true;
            if (entry.Kind != CallLogEntryKind.RuntimeEnded) Add(new CallLogEntry { Kind = CallLogEntryKind.RuntimeStarted, Timestamp = _started });
        }
        entry.Owner = this;
        var batch = _batch ??= new List<CallLogEntry>(8);
        batch.Add(entry);
        if (batch.Count >= BatchSize || entry.Timestamp - batch[0].Timestamp > BatchAge) Flush();
    }

    /// <summary>Hands the entries held back for batching to the writer (waiting for room, or dropping, as configured).</summary>
    public void Flush() => Flush(ending: false);

    private void Flush(bool ending)
    {
        if (_batch is not { Count: > 0 } batch) return;
        // The next batch starts at the size this one reached: a busy runtime allocates its batch once, not by doubling.
        _batch = new List<CallLogEntry>(batch.Count);
        // The last batch, whose last entry is the runtime's row carrying the count of what was dropped, is never dropped.
        if (ending) batch[^1].Dropped = _dropped;
        if (_sink.Writer.Add(batch, alwaysKeep: ending)) _written += batch.Count;
        else _dropped += batch.Count;
    }

    private sealed record PendingCall(CallLogEntry Entry, JsValue Promise, Activity? Activity);
}
