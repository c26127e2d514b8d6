using Hatchery.Builtins.Buffer;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Hatchery.Security;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Fs;

/// <summary>
/// The <c>binding</c> object behind <c>fs.js</c> for one runtime. Each function takes its arguments already validated
/// by the script; called with them alone it works synchronously and returns or throws, and called with a callback
/// after them (Node's request object) it runs the I/O on the thread pool and calls <c>callback(err, value)</c> on the
/// runtime's loop. Relative paths resolve against the runtime's <c>process.cwd()</c>.
/// </summary>
/// <remarks>
/// Every path a binding uses is made absolute by <see cref="Resolve"/> or <see cref="ResolveEntry"/>, and that is
/// where a confined runtime (<see cref="EngineOptions.ConfineFileSystem"/>) checks it: the paths resolved while a call
/// is prepared are checked, under <see cref="ConfinedDirectory"/>'s lock, just before its I/O runs, on whichever
/// thread that is, and a path that leads outside the root fails the call with <c>EACCES</c>.
/// </remarks>
internal sealed class FsBinding
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly ConfinedDirectory? _root;

    // The paths the call being prepared resolved, to check before its I/O; null when nothing is confined.
    private List<(string FullPath, bool FollowFinal, string Shown)>? _checks;

    public FsBinding(JsRuntime runtime, ObjectInstance binding, ConfinedDirectory? root)
    {
        _runtime = runtime;
        _root = root;
        _engine = runtime.Engine;
        Binding = binding;
        Descriptors = new FileDescriptors();
    }

    /// <summary>The object the functions are defined on.</summary>
    public ObjectInstance Binding { get; }

    /// <summary>This runtime's open files.</summary>
    public FileDescriptors Descriptors { get; }

    public Engine Engine => _engine;

    /// <summary>
    /// The absolute path <paramref name="path"/> names, from the runtime's current directory; in a confined runtime it
    /// must lead inside the root, links followed.
    /// </summary>
    public string Resolve(string path) => Confine(Absolute(path), followFinal: true, path);

    /// <summary>As <see cref="Resolve"/>, for a call on the entry itself: a link in the last component is not followed.</summary>
    public string ResolveEntry(string path) => Confine(Absolute(path), followFinal: false, path);

    /// <summary>As <see cref="Resolve"/>, for a path relative to <paramref name="directory"/> (a link's target).</summary>
    // Not normalised: a link's ".." is taken physically when it is followed, and is checked so.
    public string ResolveFrom(string directory, string path) =>
        Confine(System.IO.Path.IsPathRooted(path) ? path : System.IO.Path.Join(directory, path), followFinal: true, path);

    /// <summary>The absolute path <paramref name="path"/> names, unchecked: for showing a path, never for using one.</summary>
    public string Absolute(string path) => System.IO.Path.GetFullPath(path, _runtime.BaseDirectory);

    private string Confine(string fullPath, bool followFinal, string shown)
    {
        _checks?.Add((fullPath, followFinal, shown));
        return fullPath;
    }

    /// <summary>
    /// Defines <c>binding[name]</c>, taking <paramref name="arity"/> arguments and an optional callback.
    /// <paramref name="placesLinks"/> says the call may put a symbolic link at a path (symlink, rename, cp).
    /// </summary>
    public void Define(string name, int arity, Func<JsValue[], FsCall> prepare, bool placesLinks = false)
    {
        Binding.CreateDataProperty(name, new FunctionBuilder(_engine, "fs").Create(name, arity, (_, args) =>
        {
            var call = _root is null ? prepare(args) : Confined(prepare, args, placesLinks);
            if (args.Length > arity && args[arity] is ObjectInstance callback && callback.IsCallable())
            {
                _runtime.Loop.RunOffLoop(call.Io, task => Complete(call, callback, task));
                return JsValue.Undefined;
            }
            Func<JsValue> result;
            try
            {
                result = call.Io();
            }
            catch (Exception e) when (e is not JavaScriptException)
            {
                throw Throw(call, e);
            }
            return result();
        }));
    }

    private FsCall Confined(Func<JsValue[], FsCall> prepare, JsValue[] args, bool placesLinks)
    {
        // Restored, not cleared: a call prepared inside another's preparation must not end the outer one's checks.
        var outer = _checks;
        var checks = _checks = [];
        FsCall call;
        try
        {
            call = prepare(args);
        }
        finally
        {
            _checks = outer;
        }
        if (checks.Count == 0) return call;
        var (root, io) = (_root!, call.Io);
        return call with
        {
            Io = () =>
            {
                using var scope = placesLinks ? ConfinedDirectory.EnterChange() : ConfinedDirectory.EnterUse();
                foreach (var (fullPath, followFinal, shown) in checks)
                {
                    if (root.Contains(fullPath, followFinal)) continue;
                    // The error names the call's paths; a refused path it does not name (cp's target) is named instead.
                    var named = shown == call.Path || shown == call.Dest;
                    throw new FsException("EACCES", path: named ? null : shown);
                }
                return io();
            },
        };
    }

    private void Complete(FsCall call, ObjectInstance callback, Task<Func<JsValue>> task)
    {
        if (task.IsCompletedSuccessfully)
        {
            _engine.Call(callback, JsValue.Undefined, [JsValue.Null, task.Result()]);
            return;
        }
        var exception = task.Exception?.InnerException ?? new TaskCanceledException(task);
        _engine.Call(callback, JsValue.Undefined, [Throw(call, exception).Error]);
    }

    /// <summary>Node's error for <paramref name="exception"/> failing <paramref name="call"/>, ready to throw.</summary>
    private JavaScriptException Throw(FsCall call, Exception exception)
    {
        if (exception is FsSystemErrorException system) return SystemError(system);
        var code = FsErrno.FromException(exception);
        var syscall = (exception as FsException)?.Syscall ?? call.Syscall;
        var namesPath = exception is not FsException { NamesPath: false };
        var path = (exception as FsException)?.Path ?? call.Path;
        var message = $"{code}: {FsErrno.Text(code)}, {syscall}";
        if (namesPath && path is not null) message += $" '{path}'";
        if (namesPath && call.Dest is not null) message += $" -> '{call.Dest}'";
        var thrown = JsErrors.Throw(_engine, "Error", message);
        var error = (ObjectInstance)thrown.Error;
        error.Set("errno", FsErrno.Errno(code));
        error.Set("code", code);
        error.Set("syscall", syscall);
        if (namesPath && path is not null) error.Set("path", path);
        if (namesPath && call.Dest is not null) error.Set("dest", call.Dest);
        return thrown;
    }

    private JavaScriptException SystemError(FsSystemErrorException e)
    {
        var message = $"{e.Prefix}: {e.Syscall} returned {e.ErrnoCode} ({e.Detail}) {e.Path}";
        var thrown = JsErrors.Throw(_engine, "Error", message, e.Code);
        var error = (ObjectInstance)thrown.Error;
        error.DefineOwnProperty("name", new PropertyDescriptor("SystemError", writable: true, enumerable: false, configurable: true));
        var stack = TypeConverter.ToString(error.Get("stack"));
        error.DefineOwnProperty("stack", new PropertyDescriptor("SystemError" + stack[stack.IndexOf(' ')..], writable: true, enumerable: false, configurable: true));
        var info = new JsObject(_engine);
        info.Set("code", e.ErrnoCode);
        info.Set("message", e.Detail);
        info.Set("path", e.Path);
        info.Set("syscall", e.Syscall);
        info.Set("errno", e.Errno);
        error.Set("info", info);
        error.Set("errno", e.Errno);
        error.Set("syscall", e.Syscall);
        error.Set("path", e.Path);
        return thrown;
    }

    // Argument readers: the script has validated the types already.
    public static string Text(JsValue[] args, int index) => TypeConverter.ToString(args[index]);

    public static int Int(JsValue[] args, int index) => (int)TypeConverter.ToNumber(args[index]);

    public static long Long(JsValue[] args, int index) => (long)TypeConverter.ToNumber(args[index]);

    public static double Number(JsValue[] args, int index) => TypeConverter.ToNumber(args[index]);

    public static bool Flag(JsValue[] args, int index) => TypeConverter.ToBoolean(args[index]);

    /// <summary>The memory an <c>ArrayBufferView</c> argument covers, usable from another thread while the call runs.</summary>
    public static Memory<byte> Bytes(JsValue view) => ArrayBufferViews.Memory(view);

    public JsValue ArrayBuffer(byte[] bytes) => _engine.Intrinsics.ArrayBuffer.Construct(bytes);

    public JsValue Array(double[] numbers)
    {
        var items = new JsValue[numbers.Length];
        for (var i = 0; i < items.Length; i++) items[i] = numbers[i];
        return new JsArray(_engine, items);
    }

    public JsValue Strings(IReadOnlyList<string> strings)
    {
        var items = new JsValue[strings.Count];
        for (var i = 0; i < items.Length; i++) items[i] = strings[i];
        return new JsArray(_engine, items);
    }
}
