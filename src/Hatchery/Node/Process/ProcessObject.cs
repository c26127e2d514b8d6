using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Node.Process;

/// <summary>
/// The global <c>process</c> of one runtime: arguments, environment, exit and exit code, working
/// directory, platform, <c>nextTick</c> and the standard streams' <c>write</c>.
/// </summary>
internal sealed class ProcessObject
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly JsObject _object;
    private JsArray _argv;

    public ProcessObject(JsRuntime runtime)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _argv = new JsArray(_engine, [ExecPath]);
        _object = Build();
    }

    public JsObject Object => _object;

    internal static string ExecPath => Environment.ProcessPath ?? "hatchery";

    /// <summary>The exit code after a normal finish: <c>process.exitCode</c> coerced to an integer.</summary>
    public int ExitCode
    {
        get
        {
            var value = _object.Get("exitCode");
            return value.IsUndefined() || value.IsNull() ? 0 : (int)TypeConverter.ToInt32(value);
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
        _argv = new JsArray(_engine, values);
        _object.Set("argv", _argv);
    }

    /// <summary>Emits <c>exit</c> to listeners registered with <c>process.on('exit')</c>.</summary>
    public void EmitExit() => Emit("exit", ExitCode);

    private void Emit(string name, int code)
    {
        if (_object.Get("_events") is not ObjectInstance events || events.Get(name) is not JsArray listeners) return;
        foreach (var listener in listeners.ToArray())
        {
            _engine.Call(listener, _object, [code]);
        }
    }

    private JsObject Build()
    {
        var process = new JsObject(_engine);
        process.Set("argv", _argv);
        process.Set("env", BuildEnvironment());
        process.Set("platform", OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux");
        process.Set("execPath", ExecPath);
        process.Set("exitCode", JsValue.Undefined);
        process.Set("pid", Environment.ProcessId);
        Add(process, "exit", 1, (_, args) =>
        {
            if (args.Length > 0 && !args[0].IsUndefined()) _object.Set("exitCode", args[0]);
            var code = ExitCode;
            EmitExit();
            throw new ProcessExitException(code);
        });
        Add(process, "cwd", 0, (_, _) => _runtime.BaseDirectory);
        Add(process, "nextTick", 1, (_, args) =>
        {
            var callback = NativeModules.NativeArguments.Function(_engine, args, 0, "callback");
            _runtime.Loop.NextTick(callback, args.Length > 1 ? args[1..] : []);
            return JsValue.Undefined;
        });
        Add(process, "on", 2, (thisObject, args) => AddListener(args));
        Add(process, "once", 2, (thisObject, args) => AddListener(args));
        process.Set("stdout", Stream(false));
        process.Set("stderr", Stream(true));
        return process;
    }

    private JsValue AddListener(JsValue[] args)
    {
        var name = NativeModules.NativeArguments.String(_engine, args, 0, "event");
        var listener = NativeModules.NativeArguments.Function(_engine, args, 1, "listener");
        if (_object.Get("_events") is not ObjectInstance events)
        {
            events = new JsObject(_engine);
            _object.DefineOwnProperty("_events", new PropertyDescriptor(events, PropertyFlag.Writable | PropertyFlag.Configurable));
        }
        if (events.Get(name) is not JsArray listeners)
        {
            listeners = new JsArray(_engine);
            events.Set(name, listeners);
        }
        listeners.Push(listener);
        return _object;
    }

    private JsObject Stream(bool error)
    {
        var stream = new JsObject(_engine);
        stream.Set("isTTY", JsBoolean.False);
        Add(stream, "write", 1, (_, args) =>
        {
            var text = args.Length > 0 ? TypeConverter.ToString(args[0]) : "";
            if (error) _runtime.Output.WriteError(text);
            else _runtime.Output.WriteOut(text);
            return JsBoolean.True;
        });
        return stream;
    }

    private JsObject BuildEnvironment()
    {
        var env = new JsObject(_engine);
        if (_runtime.Factory.Options.Environment is { } configured)
        {
            foreach (var (key, value) in configured) env.Set(key, value);
        }
        else
        {
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                env.Set((string)entry.Key, (string?)entry.Value ?? "");
            }
        }
        return env;
    }

    private void Add(ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        target.CreateDataProperty(name, new ClrFunction(_engine, name, body, length));
}
