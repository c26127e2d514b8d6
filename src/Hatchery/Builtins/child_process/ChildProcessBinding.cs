using Hatchery.Builtins.Buffer;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// The <c>binding</c> object behind <c>child_process.js</c> for one runtime. The script validates and normalises the
/// arguments (the shell, the default environment and directory, stdio) and passes each call the same description of
/// the child: <c>(file, args, cwd, env, stdio, …)</c>, with <c>env</c> a flat <c>[key, value, …]</c> array and
/// <c>stdio</c> three of <c>'pipe'</c>, <c>'inherit'</c>, <c>'ignore'</c>. A child that cannot start comes back as
/// <c>{ error: code }</c>, for the script to build Node's error.
/// </summary>
internal sealed class ChildProcessBinding
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly RunningChildren _children;

    private ChildProcessBinding(JsRuntime runtime, RunningChildren children)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _children = children;
    }

    /// <summary>Adds the functions to <paramref name="binding"/>; the children they start end with the runtime.</summary>
    public static void Add(NativeModuleContext context, ObjectInstance binding)
    {
        var children = new RunningChildren();
        context.OnDispose(children.EndAll);
        var self = new ChildProcessBinding(context.Runtime, children);
        binding.CreateDataProperty("spawnSync", new FunctionBuilder(self._engine, "child_process").Create("spawnSync", 9, (_, args) => self.SpawnSync(args)));
        binding.CreateDataProperty("spawn", new FunctionBuilder(self._engine, "child_process").Create("spawn", 8, (_, args) => self.Spawn(args)));
    }

    /// <summary>The child an argument list starting with <c>(file, args, cwd, env, stdio)</c> describes.</summary>
    internal static ChildSpec Spec(JsValue[] args)
    {
        var env = Strings(args[3]);
        var pairs = new List<KeyValuePair<string, string>>(env.Count / 2);
        for (var i = 0; i + 1 < env.Count; i += 2) pairs.Add(new(env[i], env[i + 1]));
        var stdio = Strings(args[4]);
        return new ChildSpec(TypeConverter.ToString(args[0]), Strings(args[1]), TypeConverter.ToString(args[2]), pairs,
            Mode(stdio[0]), Mode(stdio[1]), Mode(stdio[2]));
    }

    private static StdioMode Mode(string name) => name switch
    {
        "inherit" => StdioMode.Inherit,
        "ignore" => StdioMode.Ignore,
        _ => StdioMode.Pipe,
    };

    private static List<string> Strings(JsValue array)
    {
        var items = (ObjectInstance)array;
        var length = (int)TypeConverter.ToNumber(items.Get("length"));
        var strings = new List<string>(length);
        for (var i = 0; i < length; i++) strings.Add(TypeConverter.ToString(items.Get(i)));
        return strings;
    }

    // spawnSync(file, args, cwd, env, stdio, input, timeout, maxBuffer, killSignal)
    private JsValue SpawnSync(JsValue[] args)
    {
        var spec = Spec(args);
        var input = ArrayBufferViews.IsView(args[5]) ? ArrayBufferViews.Bytes(args[5]).ToArray() : null;
        var options = new ChildRunOptions(input, (int)TypeConverter.ToNumber(args[6]), TypeConverter.ToNumber(args[7]),
            (int)TypeConverter.ToNumber(args[8]), KillTree: false);
        var inherited = new InheritedOutput(_runtime.Output);
        try
        {
            return Result(_engine, ChildRun.Run(spec, options, _children, inherited.Write));
        }
        catch (ChildSpawnException e)
        {
            return Failure(_engine, e);
        }
    }

    /// <summary>A finished child as scripts see it: <c>{ pid, status, signal, stdout, stderr, error }</c> (output as ArrayBuffers).</summary>
    internal static JsObject Result(Engine engine, ChildRunResult run)
    {
        var result = new JsObject(engine);
        result.Set("pid", run.Pid);
        result.Set("status", run.Code is { } code ? code : JsValue.Null);
        result.Set("signal", run.Signal is { } signal ? signal : JsValue.Null);
        result.Set("stdout", Bytes(engine, run.Stdout));
        result.Set("stderr", Bytes(engine, run.Stderr));
        if (run.Error is not null) result.Set("error", run.Error);
        return result;
    }

    /// <summary>A child that did not start, as scripts see it: <c>{ error: code }</c>.</summary>
    internal static JsObject Failure(Engine engine, ChildSpawnException failure)
    {
        var result = new JsObject(engine);
        result.Set("error", failure.Code);
        return result;
    }

    // spawn(file, args, cwd, env, stdio, onOutput(fd, arrayBuffer | null), onExit(code, signal), onClose())
    private JsValue Spawn(JsValue[] args)
    {
        var spec = Spec(args);
        var onOutput = args[5];
        var onExit = args[6];
        var onClose = args[7];
        var inherited = new InheritedOutput(_runtime.Output);
        var handle = new JsObject(_engine);
        SpawnedChild child;
        try
        {
            child = SpawnedChild.Start(spec, _runtime.Loop, _children,
                (fd, chunk) =>
                {
                    if (chunk is not null && (fd == 1 ? spec.Stdout : spec.Stderr) == StdioMode.Inherit) inherited.Write(fd, chunk);
                    else _engine.Call(onOutput, JsValue.Undefined, [fd, Bytes(_engine, chunk)]);
                },
                (code, signal) => _engine.Call(onExit, JsValue.Undefined,
                    [code is { } c ? c : JsValue.Null, signal is { } s ? s : JsValue.Null]),
                () => _engine.Call(onClose, JsValue.Undefined, []));
        }
        catch (ChildSpawnException e)
        {
            return Failure(_engine, e);
        }
        handle.Set("pid", child.Pid);
        handle.Set("kill", new FunctionBuilder(_engine, "child_process").Create("kill", 1, (_, a) => child.Kill((int)TypeConverter.ToNumber(a[0]))));
        handle.Set("write", new FunctionBuilder(_engine, "child_process").Create("write", 2, (_, a) =>
        {
            var callback = a[1];
            child.Write(ArrayBufferViews.Bytes(a[0]).ToArray(),
                error => _engine.Call(callback, JsValue.Undefined, [error is null ? JsValue.Null : error]));
            return JsValue.Undefined;
        }));
        handle.Set("end", new FunctionBuilder(_engine, "child_process").Create("end", 0, (_, _) =>
        {
            child.EndInput();
            return JsValue.Undefined;
        }));
        return handle;
    }

    private static JsValue Bytes(Engine engine, byte[]? bytes) => bytes is null ? JsValue.Null : engine.Intrinsics.ArrayBuffer.Construct(bytes);
}
