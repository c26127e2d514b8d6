using Hatchery.Modules;
using EsModules = Hatchery.Modules.EsModules;
using Hatchery.Builtins.Globals;
using Hatchery.Builtins.Console;
using Hatchery.Builtins.Process;
using Hatchery.Builtins.Timers;
using Hatchery.Scheduling;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery;

/// <summary>
/// One isolated JavaScript runtime: a Jint engine with CommonJS <c>require</c>, <c>console</c>,
/// <c>process</c>, timers and an event loop. Not thread-safe: use it from one thread at a time.
/// Everything per runtime is created on first use, so spawning costs little more than the engine.
/// </summary>
public sealed partial class JsRuntime : IDisposable
{
    private CommonJsModules? _modules;
    private ConsoleObject? _console;
    private ProcessObject? _process;
    private EventLoop? _loop;
    private TimerGlobals? _timers;
    private TextCodingGlobals? _textCoding;
    private bool _disposed;

    internal JsRuntime(EngineFactory factory)
    {
        Factory = factory;
        Engine = new Engine(factory.JintOptions);
        Engine.Advanced.HostDefined = this;
        BaseDirectory = factory.Options.BaseDirectory;
    }

    /// <summary>A one-shot runtime: a factory built from <paramref name="configure"/> and used once.</summary>
    public static JsRuntime Open(Action<EngineOptions>? configure = null) => EngineFactory.Create(configure).NewRuntime();

    /// <summary>The Jint engine this runtime wraps.</summary>
    public Engine Engine { get; }

    /// <summary>The factory this runtime was spawned from.</summary>
    public EngineFactory Factory { get; }

    /// <summary>The directory relative requests from evaluated code and the main path resolve against.</summary>
    public string BaseDirectory { get; internal set; }

    internal CommonJsModules Modules => _modules ??= new CommonJsModules(this);

    internal ConsoleObject Console => _console ??= new ConsoleObject(this, Factory.Options.ConsoleOutput);

    private JsValue? _consoleConstructor;

    /// <summary><c>console.Console</c>, built on first read.</summary>
    internal JsValue ConsoleConstructor => _consoleConstructor ??= Builtins.Console.ConsoleConstructor.Create(this);

    internal ProcessObject Process => _process ??= new ProcessObject(this);

    /// <summary>The process object if a script or the host has touched it; null keeps untouched runtimes cheap.</summary>
    internal ProcessObject? ProcessIfCreated => _process;

    internal EventLoop Loop => _loop ??= new EventLoop(this);

    internal TimerGlobals Timers => _timers ??= new TimerGlobals(this);

    internal TextCodingGlobals TextCoding => _textCoding ??= new(this);

    internal IConsoleOutput Output => Factory.Options.ConsoleOutput;

    /// <summary>The runtime that owns <paramref name="engine"/>.</summary>
    internal static JsRuntime Of(Engine engine) => (JsRuntime)engine.Advanced.HostDefined!;

    /// <summary>Requires a module as code in the base directory would, returning its exports.</summary>
    public JsValue Require(string specifier)
    {
        ThrowIfDisposed();
        try
        {
            return Modules.Require(null, specifier);
        }
        catch (Exception e) when (e is JavaScriptException or ModuleLoadException || StackExhaustion.Is(e))
        {
            throw ToScriptException(e);
        }
    }

    /// <summary>Evaluates a script and returns its completion value, then runs queued microtasks.</summary>
    public JsValue Evaluate(string code, string fileName = "<eval>")
    {
        ThrowIfDisposed();
        try
        {
            var result = Engine.Evaluate(CompiledModule.Prepare(fileName, code));
            DrainMicrotasks();
            return result;
        }
        catch (Exception e) when (e is JavaScriptException or ModuleLoadException || StackExhaustion.Is(e))
        {
            throw ToScriptException(e);
        }
    }

    /// <summary>Evaluates a script prepared with <see cref="Engine.PrepareScript"/>, then runs queued microtasks.</summary>
    public JsValue Evaluate(in Prepared<Acornima.Ast.Script> script)
    {
        ThrowIfDisposed();
        try
        {
            var result = Engine.Evaluate(script);
            DrainMicrotasks();
            return result;
        }
        catch (Exception e) when (e is JavaScriptException or ModuleLoadException || StackExhaustion.Is(e))
        {
            throw ToScriptException(e);
        }
    }

    /// <summary>Calls a JavaScript function with <c>this</c> undefined, then runs queued microtasks.</summary>
    public JsValue Call(JsValue function, params JsValue[] arguments)
    {
        ThrowIfDisposed();
        try
        {
            var result = Engine.Call(function, arguments);
            DrainMicrotasks();
            return result;
        }
        catch (Exception e) when (e is JavaScriptException or ModuleLoadException || StackExhaustion.Is(e))
        {
            throw ToScriptException(e);
        }
    }

    // The nextTick queue exists only once something used the loop; otherwise promise jobs are all there is.
    private void DrainMicrotasks()
    {
        if (_loop is not null) _loop.RunMicrotasks();
        else Engine.Advanced.ProcessTasks();
    }

    /// <summary>
    /// Runs a file as the main module, like <c>node path args</c>: drives timers and other pending work to
    /// completion and returns the exit code (0, 1 after an uncaught error printed to stderr, or the code
    /// given to <c>process.exit</c> / <c>process.exitCode</c>).
    /// </summary>
    public int RunMain(string path, params string[] args)
    {
        ThrowIfDisposed();
        var full = Path.GetFullPath(Path.Combine(BaseDirectory, path));
        Process.SetArguments(full, args);
        // `node file` has no global require (modules get their own); the global one serves -e, the REPL and Evaluate.
        NodeGlobals.Remove(Engine, "require");
        Jint.Runtime.Modules.ModuleImportOperation? esMain = null;
        return ScriptThread.Run(() => RunToExit(() => esMain = Modules.RunMain(full), () => EsModules.ThrowIfFailed(esMain)));
    }

    /// <summary>
    /// Evaluates code like <c>node -e code args</c>: <c>process.argv</c> is <c>[execPath, ...args]</c>,
    /// <c>require</c> resolves from the base directory, pending work runs to completion, and the result is
    /// the exit code, as for <see cref="RunMain"/>.
    /// </summary>
    public int RunEval(string code, params string[] args)
    {
        ThrowIfDisposed();
        Process.SetArguments(null, args);
        return ScriptThread.Run(() => RunToExit(() =>
        {
            try
            {
                Engine.Evaluate(CompiledModule.Prepare(EvalFileName, code));
            }
            catch (ModuleLoadException e)
            {
                throw Modules.JsError(e);
            }
        }));
    }

    /// <summary>The file name Node gives code run by <c>-e</c>, as it appears in stacks.</summary>
    public const string EvalFileName = "[eval]";

    // Shared ending of RunMain and RunEval: drive the loop, emit 'exit', and map every way out to an exit code.
    private int RunToExit(Action start, Action? check = null)
    {
        try
        {
            try
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
                return Process.ExitCode;
            }
            catch (Exception e) when (e is JavaScriptException || StackExhaustion.Is(e))
            {
                ReportUncaught(ToScriptException(e));
                return 1;
            }
        }
        catch (ProcessExitException e)
        {
            return e.ExitCode;
        }
        catch (Exception e) when (IsExecutionLimit(e))
        {
            Output.WriteError($"Error: {e.Message}\n");
            return 1;
        }
    }

    /// <summary>Runs the event loop until no referenced timers or pending work remain.</summary>
    public void RunEventLoop()
    {
        ThrowIfDisposed();
        try
        {
            ScriptThread.Run(() => Loop.Run());
        }
        catch (Exception e) when (e is JavaScriptException or ModuleLoadException || StackExhaustion.Is(e))
        {
            throw ToScriptException(e);
        }
    }

    /// <summary>Renders a value the way Node's <c>util.inspect</c> (and its REPL) shows it.</summary>
    public string Inspect(JsValue value) => Builtins.Util.Inspector.Inspect(value);

    /// <summary>Prints an uncaught error to the console's standard error, as Node does (source line, caret, stack).</summary>
    public void ReportUncaughtError(ScriptException error) => ReportUncaught(error);

    /// <summary>Prints an uncaught error the way Node does, to standard error.</summary>
    internal void ReportUncaught(ScriptException error) => Output.WriteError(UncaughtErrorFormatter.Format(this, error));

    /// <summary>Whether <paramref name="e"/> is an execution limit stopping a script (time, statements, memory, recursion, cancellation).</summary>
    public static bool IsExecutionLimit(Exception e) =>
        e is TimeoutException or StatementsCountOverflowException or MemoryLimitExceededException
            or RecursionDepthOverflowException or ExecutionCanceledException or OperationCanceledException;

    // The public API reports JavaScript failures as ScriptException, with name, message, location and stack.
    private ScriptException ToScriptException(Exception e) => e switch
    {
        ModuleLoadException load => ScriptException.From(Modules.JsError(load)),
        _ when StackExhaustion.Is(e) => ScriptException.From(StackExhaustion.ToJavaScript(Engine, e)),
        _ => ScriptException.From((JavaScriptException)e),
    };

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);

    /// <summary>Stops timers and releases what native modules hold for this runtime.</summary>
    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        _loop?.Dispose();
        Engine.Dispose();
    }
}
