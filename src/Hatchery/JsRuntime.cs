using Hatchery.Builtins.Console;
using Hatchery.Builtins.Globals;
using Hatchery.Builtins.Process;
using Hatchery.Builtins.Timers;
using Hatchery.CallLog;
using Hatchery.Modules;
using Hatchery.Scheduling;
using Jint;
using Jint.Native;
using Jint.Runtime;
using EsModules = Hatchery.Modules.EsModules;

namespace Hatchery;

/// <summary>
/// One isolated JavaScript runtime: a Jint engine with CommonJS <c>require</c>, <c>console</c>,
/// <c>process</c>, timers and an event loop. Not thread-safe: use it from one thread at a time.
/// Everything per runtime is created on first use, so spawning costs little more than the engine.
/// </summary>
public sealed partial class JsRuntime : IDisposable, IAsyncDisposable
{
    private CommonJsModules? _modules;
    private ConsoleObject? _console;
    private ProcessObject? _process;
    private EventLoop? _loop;
    private TimerGlobals? _timers;
    private Builtins.Globals.TextCodingGlobals? _textCoding;
    private Builtins.Buffer.BufferFunction? _buffer;
    private Builtins.Fetch.FetchGlobals? _fetch;
    private bool _disposed;

    internal JsRuntime(EngineFactory factory, RuntimeOptions? options)
    {
        Factory = factory;
        // First: a runtime's own log path that cannot be opened fails before anything else is built.
        var callLog = options?.CallLogDisabled == true ? null
            : options?.CallLog is { } own ? new CallLogSink(own)
            : factory.CallLogSink;
        if (callLog is not null) CallLog = new RuntimeCallLog(callLog);
        Engine = factory.CreateEngine(options);
        Engine.Advanced.HostDefined = this;
        FindRunLimits();
        var settings = factory.Settings;
        // Copied, not referenced: the options object stays the caller's to change.
        BaseDirectory = options?.BaseDirectory ?? settings.BaseDirectory;
        Output = options?.ConsoleOutput ?? settings.ConsoleOutput;
        InitialEnvironment = options?.Environment ?? settings.Environment;
        StartTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
        Arguments = options?.Arguments?.ToArray();
        StandardInput = options?.StandardInput ?? settings.StandardInput;
    }

    /// <summary>This runtime's call log, or null when it logs no calls (then no function of it is wrapped).</summary>
    internal RuntimeCallLog? CallLog { get; }

    /// <summary>This runtime's id in the call log (<c>calls.runtime</c>, <c>runtimes.id</c>), or null when it logs no calls.</summary>
    public string? CallLogId => CallLog?.RuntimeId;

    /// <summary>A one-shot runtime: a factory built from <paramref name="configure"/> and used once.</summary>
    public static JsRuntime Open(Action<EngineOptions>? configure = null) => EngineFactory.Create(configure).NewRuntime();

    /// <summary>The Jint engine this runtime wraps.</summary>
    public Engine Engine { get; }

    /// <summary>The factory this runtime was spawned from.</summary>
    public EngineFactory Factory { get; }

    /// <summary>The directory relative requests from evaluated code and the main path resolve against.</summary>
    public string BaseDirectory { get; internal set; }

    internal CommonJsModules Modules => _modules ??= new CommonJsModules(this);

    private BuiltinModuleHost? _builtinModules;

    /// <summary>This runtime's built-in modules and the running of embedded scripts.</summary>
    internal BuiltinModuleHost BuiltinModules => _builtinModules ??= new BuiltinModuleHost(this);

    /// <summary>
    /// This runtime's BroadcastChannels: its family's (a runtime and the workers it started), never another runtime's of
    /// the host, so no two unrelated runtimes reach each other through a channel name.
    /// </summary>
    internal Builtins.Messaging.BroadcastHub Broadcasts => Family.Broadcasts;

    internal ConsoleObject Console => _console ??= new ConsoleObject(this, Output);

    private JsValue? _consoleConstructor;

    /// <summary><c>console.Console</c>, built on first read.</summary>
    internal JsValue ConsoleConstructor => _consoleConstructor ??= Builtins.Console.ConsoleConstructor.Create(this);

    internal ProcessObject Process => _process ??= new ProcessObject(this);

    /// <summary>The process object if a script or the host has touched it; null keeps untouched runtimes cheap.</summary>
    internal ProcessObject? ProcessIfCreated => _process;

    internal EventLoop Loop => _loop ??= new EventLoop(this);

    internal TimerGlobals Timers => _timers ??= new TimerGlobals(this);

    internal Builtins.Globals.TextCodingGlobals TextCoding => _textCoding ??= new(this);

    /// <summary>This runtime's <c>Buffer</c> (and its <c>FastBuffer</c>), built on first use by the <c>buffer</c> module or a script that shares the class.</summary>
    internal Builtins.Buffer.BufferFunction BufferClass => _buffer ??= new(this);

    internal Builtins.Fetch.FetchGlobals Fetch => _fetch ??= new(this);

    /// <summary>Where this runtime's console writes.</summary>
    internal IConsoleOutput Output { get; }

    /// <summary>The initial <c>process.env</c>, or null for a copy of this process's environment.</summary>
    internal IReadOnlyDictionary<string, string>? InitialEnvironment { get; }

    /// <summary>When the runtime was spawned, on the <see cref="System.Diagnostics.Stopwatch"/> clock: <c>process.uptime()</c> counts from here.</summary>
    internal long StartTimestamp { get; }

    /// <summary>What <c>process.stdin</c> reads, or null for nothing (it ends at once).</summary>
    internal Builtins.Process.StandardInputSource? StandardInput { get; }

    /// <summary>The <c>process.argv</c> entries after the executable, when the runtime's options set them.</summary>
    internal string[]? Arguments { get; }

    /// <summary>The runtime that owns <paramref name="engine"/>.</summary>
    internal static JsRuntime Of(Engine engine) => (JsRuntime)engine.Advanced.HostDefined!;

    /// <summary>Requires a module as code in the base directory would, returning its exports.</summary>
    public JsValue Require(string specifier) => CallLog is { } log
        ? log.Host("Require", specifier, log.Strings(specifier), () => RequireCore(specifier), static v => v)
        : RequireCore(specifier);

    private JsValue RequireCore(string specifier) =>
        RuntimeEntry.Run(this, specifier, static (runtime, specifier) => runtime.Modules.Require(null, specifier));

    /// <summary>Evaluates a script and returns its completion value, then runs queued microtasks.</summary>
    public JsValue Evaluate(string code, string fileName = "<eval>") => CallLog is { } log
        ? log.Host("Evaluate", fileName, log.Strings(code), () => EvaluateCore(code, fileName), static v => v)
        : EvaluateCore(code, fileName);

    private JsValue EvaluateCore(string code, string fileName) =>
        RuntimeEntry.Run(this, (code, fileName), static (runtime, source) =>
            runtime.Completed(runtime.Engine.Evaluate(CompiledModule.Prepare(source.fileName, source.code))));

    /// <summary>Evaluates a script prepared with <see cref="Engine.PrepareScript"/>, then runs queued microtasks.</summary>
    public JsValue Evaluate(in Prepared<Acornima.Ast.Script> script)
    {
        if (CallLog is not { } log) return EvaluateCore(script);
        var prepared = script;
        return log.Host("Evaluate", "<prepared>", "[]", () => EvaluateCore(prepared), static v => v);
    }

    private JsValue EvaluateCore(in Prepared<Acornima.Ast.Script> script) =>
        RuntimeEntry.Run(this, script, static (runtime, script) => runtime.Completed(runtime.Engine.Evaluate(script)));

    /// <summary>Calls a JavaScript function with <c>this</c> undefined, then runs queued microtasks.</summary>
    public JsValue Call(JsValue function, params JsValue[] arguments) => CallLog is { } log
        ? log.Host("Call", FunctionName(function), log.Arguments(arguments), () => CallCore(function, arguments), static v => v)
        : CallCore(function, arguments);

    // What the call log names a function the host calls: its own name, read without running script.
    private static string FunctionName(JsValue function) =>
        function is Jint.Native.Object.ObjectInstance o && PassiveReads.OwnData(o, "name") is JsString { Length: > 0 } name ? name.ToString() : "<anonymous>";

    private JsValue CallCore(JsValue function, JsValue[] arguments) =>
        RuntimeEntry.Run(this, (function, arguments), static (runtime, call) =>
            runtime.Completed(runtime.Engine.Call(call.function, call.arguments)));

    // Every host entry that returns a value first runs the microtasks it queued.
    private JsValue Completed(JsValue result)
    {
        DrainMicrotasks();
        return result;
    }

    // The nextTick queue exists only once something used the loop; otherwise promise jobs are all there is.
    private void DrainMicrotasks()
    {
        if (_loop is not null) _loop.RunMicrotasks();
        else
        {
            Engine.Advanced.ProcessTasks();
            CallLog?.SettlePending();
        }
    }

    /// <summary>
    /// Runs a file as the main module, like <c>node path args</c>: drives timers and other pending work to
    /// completion and returns the exit code (0, 1 after an uncaught error printed to stderr, the code
    /// given to <c>process.exit</c> / <c>process.exitCode</c>, or <see cref="ScriptLimitException.ExitCodeOf"/>
    /// after a limit stopped the run, its message printed to stderr). The time and statement limits cover the whole run.
    /// </summary>
    public int RunMain(string path, params string[] args) => CallLog is { } log
        ? Exited(log.Host("RunMain", path, log.Strings([path, .. args]), () => RunMainCore(path, args), static code => code))
        : RunMainCore(path, args);

    // The exit code a run ended with, kept for the call log's runtimes row.
    private int Exited(int code)
    {
        if (CallLog is { } log) log.ExitCode = code;
        return code;
    }

    private int RunMainCore(string path, string[] args) =>
        ScriptThread.Run(() => RuntimeEntry.Run(this, (path, args), static (runtime, main) => runtime.RunMainBody(main.path, main.args)));

    private int RunMainBody(string path, string[] args)
    {
        var full = "";
        // Setting up process counts against the run's limits too, so a limit there is reported like one in the script.
        if (ExitCodeOf(() => full = StartMain(path, args)) is { } early) return early;
        Jint.Runtime.Modules.ModuleImportOperation? esMain = null;
        return RunToExit(() => esMain = Modules.RunMain(full), () => Modules.EsModules.ThrowIfFailed(esMain), () => EsModules.ExitIfUnsettled(esMain, Process));
    }

    // What RunMain and RunMainAsync do before the main module runs.
    private string StartMain(string path, string[] args)
    {
        var full = Path.GetFullPath(Path.Combine(BaseDirectory, path));
        Process.SetArguments(full, args);
        // `node file` has no global require (modules get their own); the global one serves -e, the REPL and Evaluate.
        NodeGlobals.Remove(Engine, "require");
        return full;
    }

    /// <summary>
    /// Evaluates code like <c>node -e code args</c>: <c>process.argv</c> is <c>[execPath, ...args]</c>,
    /// <c>require</c> resolves from the base directory, pending work runs to completion, and the result is
    /// the exit code, as for <see cref="RunMain"/>.
    /// </summary>
    public int RunEval(string code, params string[] args) => CallLog is { } log
        ? Exited(log.Host("RunEval", EvalFileName, log.Strings([code, .. args]), () => RunEvalCore(code, args), static code => code))
        : RunEvalCore(code, args);

    private int RunEvalCore(string code, string[] args) => ScriptThread.Run(() =>
        RuntimeEntry.Run(this, (code, args), static (runtime, eval) =>
        {
            if (runtime.ExitCodeOf(() => runtime.Process.SetArguments(null, eval.args)) is { } early) return early;
            return runtime.RunToExit(() =>
            {
                try
                {
                    runtime.Engine.Evaluate(CompiledModule.Prepare(EvalFileName, eval.code));
                }
                catch (ModuleLoadException e)
                {
                    throw e.ToJavaScript(runtime.Engine);
                }
            });
        }));

    /// <summary>The file name Node gives code run by <c>-e</c>, as it appears in stacks.</summary>
    public const string EvalFileName = "[eval]";

    // Shared ending of RunMain and RunEval: drive the loop, emit 'exit', and map every way out to an exit code.
    private int RunToExit(Action start, Action? check = null, Action? finish = null) =>
        ExitCodeOf(() =>
        {
            // The main body is the first macrotask: its uncaught errors may go to process listeners too.
            Loop.Turn(() =>
            {
                start();
                check?.Invoke();
            });
            Loop.Run(emitBeforeExit: true);
            check?.Invoke();
            Process.EmitExit();
            finish?.Invoke();
        }) ?? Process.ExitCode;

    // Runs one part of a program; when the program ends in it (uncaught error, process.exit, a limit), its exit code.
    private int? ExitCodeOf(Action part)
    {
        try
        {
            try
            {
                part();
                return null;
            }
            // A script error, or source too deep for Jint: reported as the boundary would translate it.
            catch (Exception e) when (e is JavaScriptException or Builtins.Process.UncaughtMicrotaskError || StackExhaustion.Is(e))
            {
                // Node runs 'exit' listeners with code 1 before it prints the error.
                ProcessIfCreated?.EmitFatalExit();
                ReportUncaught((ScriptException)RuntimeEntry.Translate(this, e)!);
                return 1;
            }
            catch (Builtins.Process.UncaughtHandlerFailure e)
            {
                ReportUncaught((ScriptException)RuntimeEntry.Translate(this, e.Error)!);
                return Builtins.Process.UncaughtHandlerFailure.ExitCode;
            }
        }
        catch (ProcessExitException e)
        {
            return e.ExitCode;
        }
        catch (Exception e) when (ScriptLimitException.KindOf(e) is { } limit)
        {
            Stop(limit);
            Output.WriteError($"Error: {ScriptLimitException.From(limit, e).Message}\n");
            return ScriptLimitException.ExitCodeOf(limit);
        }
    }

    /// <summary>Runs the event loop until no referenced timers or pending work remain.</summary>
    public void RunEventLoop() => ScriptThread.Run(() =>
        RuntimeEntry.Run(this, 0, static (runtime, _) =>
        {
            runtime.Loop.Run();
            return 0;
        }));

    /// <summary>Renders a value the way Node's <c>util.inspect</c> (and its REPL) shows it.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An operation of the runtime whose value it is; kept an instance member of the public API.")]
    public string Inspect(JsValue value) => Builtins.Util.Inspector.Inspect(value);

    /// <summary>Prints an uncaught error to the console's standard error, as Node does (source line, caret, stack).</summary>
    public void ReportUncaughtError(ScriptException error) => ReportUncaught(error);

    /// <summary>Prints an uncaught error the way Node does, to standard error.</summary>
    /// <remarks>A worker's runtime hands it to its parent instead, which emits it as the Worker's 'error'.</remarks>
    internal void ReportUncaught(ScriptException error)
    {
        if (Worker is { } worker) worker.ReportUncaught(this, error);
        else Output.WriteError(UncaughtErrorFormatter.Format(this, error));
    }

    internal void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    private List<Action>? _cleanups;

    /// <summary>Registers <paramref name="cleanup"/> to run when the runtime is disposed (see <see cref="NativeModules.NativeModuleContext.OnDispose"/>).</summary>
    internal void OnDispose(Action cleanup) => (_cleanups ??= []).Add(cleanup);

    /// <summary>
    /// Stops timers and releases what native modules hold for this runtime: the cleanups they registered run
    /// last-registered first, every one of them even when some throw; their exceptions are then thrown together
    /// as an <see cref="AggregateException"/>.
    /// </summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _loop?.Dispose();
        // Its workers end with it: stopped, and waited for, so no thread of its outlives it.
        TerminateWorkers(wait: true);
        _deadline?.Release();
        List<Exception>? failures = null;
        if (_cleanups is { } cleanups)
        {
            for (var i = cleanups.Count - 1; i >= 0; i--)
            {
                try
                {
                    cleanups[i]();
                }
                catch (Exception e)
                {
                    (failures ??= []).Add(e);
                }
            }
        }
        try
        {
            // Last, so calls the cleanups made are logged too; before the engine goes, since pending promises are read.
            CallLog?.End();
        }
        catch (CallLogException e)
        {
            (failures ??= []).Add(e);
        }
        Engine.Dispose();
        if (failures is not null) throw new AggregateException("Releasing the runtime's native-module resources failed.", failures);
    }
}
