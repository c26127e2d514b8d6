using System.Numerics;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Process;

/// <summary>
/// The global <c>process</c> of one runtime, an <c>EventEmitter</c> as in Node: arguments, environment, exit
/// and exit code, working directory, clocks, versions, <c>nextTick</c>, warnings and the standard streams.
/// </summary>
internal sealed class ProcessObject
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly FunctionBuilder _functions;
    private readonly ProcessInstance _object;
    private ProcessEnvironment _environment = null!;
    private bool _exiting;
    private JsValue? _stdin;
    private StandardInputReader? _stdinReader;

    public ProcessObject(JsRuntime runtime)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _functions = new FunctionBuilder(_engine, "process");
        _object = Build();
    }

    public ObjectInstance Object => _object;

    internal static string ExecPath => Environment.ProcessPath ?? "hatchery";

    /// <summary>The exit code after a normal finish: <c>process.exitCode</c> coerced to an integer.</summary>
    public int ExitCode
    {
        get
        {
            var value = ExitCodeValue;
            return value.IsUndefined() || value.IsNull() ? 0 : TypeConverter.ToInt32(value);
        }
    }

    /// <summary>Whether a script set <c>process.exitCode</c> (to anything but null or undefined).</summary>
    public bool HasExitCode => ExitCodeValue is { } value && !value.IsUndefined() && !value.IsNull();

    // process.exitCode; before the emitter setup, which installs its accessor, no script can have set it.
    private JsValue ExitCodeValue => _object.IsEmitter ? _object.Get("exitCode") : _object.PeekOwn("exitCode");

    // What 'exit' and 'beforeExit' listeners get: process.exitCode as set ('3' stays a string), or 0, as Node passes them.
    private JsValue ExitCodeArgument
    {
        get
        {
            var value = ExitCodeValue;
            return TypeConverter.ToBoolean(value) ? value : (JsValue)0;
        }
    }

    /// <summary>
    /// Ends the run the way Node does after an error nobody caught: <c>process.exitCode</c> becomes 1 and <c>exit</c>
    /// listeners run, an exception they throw ignored. Before the error is printed, as in Node.
    /// </summary>
    public void EmitFatalExit()
    {
        if (_exiting) return;
        try
        {
            _object.Set("exitCode", 1);
            EmitExit();
        }
        catch (JavaScriptException)
        {
            // Node: "nothing to be done about it at this point".
        }
    }

    /// <summary>Sets <c>process.argv</c> to <c>[execPath, script, ...args]</c>, or <c>[execPath, ...args]</c> without a script (as <c>node -e</c>).</summary>
    public void SetArguments(string? script, IReadOnlyList<string> args)
    {
        var offset = script is null ? 1 : 2;
        var values = new JsValue[args.Count + offset];
        values[0] = ExecPath;
        if (script is not null) values[1] = script;
        for (var i = 0; i < args.Count; i++) values[i + offset] = args[i];
        _object.Set("argv", new JsArray(_engine, values));
    }

    // [execPath, ...the arguments the runtime's options gave], until RunMain or RunEval sets its own.
    private JsArray InitialArguments()
    {
        var args = _runtime.Arguments ?? [];
        var values = new JsValue[args.Length + 1];
        values[0] = ExecPath;
        for (var i = 0; i < args.Length; i++) values[i + 1] = args[i];
        return new JsArray(_engine, values);
    }

    /// <summary>Emits <c>exit</c> once, with the exit code, as Node does when the process ends.</summary>
    public void EmitExit()
    {
        if (_exiting) return;
        _exiting = true;
        _object.Set("_exiting", JsBoolean.True);
        Emit("exit", ExitCodeArgument);
    }

    /// <summary>Emits <c>beforeExit</c>; listeners may schedule more work, which keeps the loop going.</summary>
    public void EmitBeforeExit() => Emit("beforeExit", ExitCodeArgument);

    /// <summary>Emits <paramref name="name"/> through the EventEmitter API; true when a listener ran.</summary>
    public bool Emit(string name, params JsValue[] args)
    {
        // Before the emitter setup nothing can listen.
        if (!_object.IsEmitter) return false;
        var all = new JsValue[args.Length + 1];
        all[0] = name;
        Array.Copy(args, 0, all, 1, args.Length);
        return TypeConverter.ToBoolean(_engine.Call(_object.Get("emit"), _object, all));
    }

    /// <summary>How many listeners <paramref name="name"/> has.</summary>
    public int ListenerCount(string name) => _object.IsEmitter
        ? TypeConverter.ToInt32(_engine.Call(_object.Get("listenerCount"), _object, [name]))
        : 0;

    private ProcessInstance Build()
    {
        var process = new ProcessInstance(_engine);
        // Libraries detect Node by Object.prototype.toString.call(process) === '[object process]' (bluebird, q).
        process.DefineOwnProperty(GlobalSymbolRegistry.ToStringTag, new PropertyDescriptor("process", writable: true, enumerable: false, configurable: false));
        // Scalars are set; objects and functions are made on first read, so a runtime that reads process.env alone or
        // calls nextTick builds none of the rest (issue 13). Node's flags throughout: writable, enumerable, configurable.
        process.FastSetProperty("title", new PropertyDescriptor("hatchery", PropertyFlag.ConfigurableEnumerableWritable));
        process.FastSetProperty("version", new PropertyDescriptor("v" + ProcessInfo.NodeVersion, PropertyFlag.ConfigurableEnumerableWritable));
        DefineLazy(process, "versions", static p => ProcessInfo.Versions(p._engine));
        DefineLazy(process, "release", static p => ProcessInfo.Release(p._engine));
        process.FastSetProperty("arch", new PropertyDescriptor(ProcessInfo.Arch, PropertyFlag.ConfigurableEnumerableWritable));
        process.FastSetProperty("platform", new PropertyDescriptor(ProcessInfo.Platform, PropertyFlag.ConfigurableEnumerableWritable));
        DefineLazy(process, "argv", static p => p.InitialArguments());
        process.FastSetProperty("argv0", new PropertyDescriptor("hatchery", PropertyFlag.ConfigurableEnumerableWritable));
        DefineLazy(process, "execArgv", static p => new JsArray(p._engine));
        process.FastSetProperty("execPath", new PropertyDescriptor(ExecPath, PropertyFlag.ConfigurableEnumerableWritable));
        _environment = new ProcessEnvironment(_engine, _runtime.InitialEnvironment);
        process.FastSetProperty("env", new PropertyDescriptor(_environment, PropertyFlag.ConfigurableEnumerableWritable));
        process.FastSetProperty("exitCode", new PropertyDescriptor(JsValue.Undefined, PropertyFlag.ConfigurableEnumerableWritable));
        process.FastSetProperty("pid", new PropertyDescriptor(Environment.ProcessId, PropertyFlag.ConfigurableEnumerableWritable));
        process.FastSetProperty("ppid", new PropertyDescriptor(ParentId.Value, PropertyFlag.ConfigurableEnumerableWritable));
        DefineLazy(process, "config", static p => new JsObject(p._engine));
        DefineLazy(process, "features", static p => new JsObject(p._engine));
        _functions.DefineLazy(process, "exit", 1, (_, args) => Exit(args));
        _functions.DefineLazy(process, "abort", 0, (_, _) => throw new ProcessExitException(134));
        _functions.DefineLazy(process, "cwd", 0, (_, _) => _runtime.BaseDirectory);
        _functions.DefineLazy(process, "chdir", 1, (_, args) => ChangeDirectory(NativeArguments.String(_engine, args, 0, "directory")));
        _functions.DefineLazy(process, "umask", 0, (_, _) => 18);
        _functions.DefineLazy(process, "uptime", 0, (_, _) => System.Diagnostics.Stopwatch.GetElapsedTime(_runtime.StartTimestamp).TotalSeconds);
        _functions.DefineLazy(process, "memoryUsage", 0, (_, _) => ProcessInfo.MemoryUsage(_engine));
        _functions.DefineLazy(process, "cpuUsage", 0, (_, _) => CpuUsage());
        DefineLazy(process, "hrtime", static p =>
        {
            var hrtime = p._functions.Create("hrtime", 1, (_, args) => p.HighResolutionTime(args));
            p._functions.Define(hrtime, "bigint", 0, (_, _) => new BigInteger(ProcessInfo.MonotonicNanoseconds()));
            return hrtime;
        });
        _functions.DefineLazy(process, "nextTick", 1, (_, args) =>
        {
            var callback = NativeArguments.Function(_engine, args, 0, "callback");
            _runtime.Loop.NextTick(callback, args.Length > 1 ? args[1..] : []);
            return JsValue.Undefined;
        });
        _functions.DefineLazy(process, "kill", 2, (_, _) => throw JsErrors.Throw(_engine, "Error", "process.kill is not supported by Hatchery", "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM"));
        _functions.DefineLazy(process, "binding", 1, (_, args) => throw JsErrors.Throw(_engine, "Error", $"No such module: {(args.Length > 0 ? TypeConverter.ToString(args[0]) : "undefined")}"));
        new StandardStreamWriter(_runtime).Define(process);
        process.DefineOwnProperty("stdin", new GetSetPropertyDescriptor(
            _functions.CreateInternal("get stdin", 0, (_, _) => _stdin ??= StandardInput()), null, enumerable: true, configurable: true));
        // EventEmitter behaviour, exitCode's validation and emitWarning come from a small built-in script, run when a
        // script first uses process as an emitter.
        process.DeferEmitter(() =>
        {
            var setup = _runtime.BuiltinModules.RunScript("internal.process.js", new JsObject(_engine), process);
            _engine.Call(setup, JsValue.Undefined, [process]);
        });
        return process;
    }

    private void DefineLazy(ObjectInstance process, string name, Func<ProcessObject, JsValue> create) =>
        process.FastSetProperty(name, PropertyDescriptor.CreateLazy((Owner: this, Create: create),
            static s => s.Create(s.Owner), PropertyFlag.ConfigurableEnumerableWritable));

    /// <summary>
    /// Returns what a run changes to the values a fresh runtime starts with (a pooled runtime's reset): <c>env</c> (rebuilt
    /// only when written to or replaced), <c>exitCode</c>, <c>argv</c>, the listeners and the exiting state. Other properties
    /// a script set on <c>process</c> stay.
    /// </summary>
    public void Reset()
    {
        if (_environment.Changed || !ReferenceEquals(_object.Get("env"), _environment))
        {
            _environment = new ProcessEnvironment(_engine, _runtime.InitialEnvironment);
            _object.Set("env", _environment);
        }
        if (_object.IsEmitter) _object.Set("exitCode", JsValue.Undefined);
        DefineLazy(_object, "argv", static p => p.InitialArguments());
        if (_object.IsEmitter && (_object.Get("_eventsCount") is not JsNumber count || TypeConverter.ToNumber(count) > 0))
        {
            _engine.Call(_object.Get("removeAllListeners"), _object, []);
        }
        if (_exiting) _object.Set("_exiting", JsBoolean.False);
        _exiting = false;
        // The next run gets a fresh process.stdin, reading on from where this one stopped.
        if (_stdin is not null)
        {
            _stdinReader?.Detach();
            _stdin = null;
        }
    }

    private JsValue Exit(JsValue[] args)
    {
        // The exitCode setter validates the code as Node's does (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE).
        if (args.Length > 0 && !args[0].IsUndefined()) _object.Set("exitCode", args[0]);
        var code = ExitCode;
        EmitExit();
        throw new ProcessExitException(code);
    }

    private JsValue ChangeDirectory(string directory)
    {
        var target = System.IO.Path.GetFullPath(System.IO.Path.Combine(_runtime.BaseDirectory, directory));
        if (_runtime.Factory.SourceLoader is Modules.FileSystemSourceLoader && !Directory.Exists(target))
        {
            throw JsErrors.Throw(_engine, "Error", $"ENOENT: no such file or directory, chdir {_runtime.BaseDirectory} -> '{directory}'", "ENOENT");
        }
        _runtime.BaseDirectory = target;
        return JsValue.Undefined;
    }

    private JsValue HighResolutionTime(JsValue[] args)
    {
        var now = ProcessInfo.MonotonicNanoseconds();
        if (args.Length > 0 && !args[0].IsUndefined())
        {
            if (args[0] is not JsArray previous || previous.Length != 2)
            {
                throw NativeArguments.InvalidType(_engine, "time", "Array", args[0]);
            }
            var before = (long)TypeConverter.ToNumber(previous.Get(0)) * 1_000_000_000 + (long)TypeConverter.ToNumber(previous.Get(1));
            now -= before;
        }
        return new JsArray(_engine, [(double)(now / 1_000_000_000), (double)(now % 1_000_000_000)]);
    }

    private JsObject CpuUsage()
    {
        using var current = System.Diagnostics.Process.GetCurrentProcess();
        var usage = new JsObject(_engine);
        usage.Set("user", Math.Round(current.UserProcessorTime.TotalMicroseconds));
        usage.Set("system", Math.Round(current.PrivilegedProcessorTime.TotalMicroseconds));
        return usage;
    }

    // Read once per host process: every runtime's process object would otherwise read /proc for it.
    private static readonly Lazy<int> ParentId = new(ParentProcessId);

    private static int ParentProcessId()
    {
        try
        {
            // /proc/self/stat: "pid (comm) state ppid ..."; comm may hold spaces, so read after the last ')'.
            var stat = File.ReadAllText("/proc/self/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    // Built on first read, so a runtime that never touches stdin loads no stream module and never reads its input.
    private JsValue StandardInput()
    {
        _stdinReader ??= new StandardInputReader(_runtime, _runtime.StandardInput);
        return _runtime.BuiltinModules.RunScript("internal.process.stdin.js", new JsObject(_engine), _stdinReader.NewHandle());
    }

}
