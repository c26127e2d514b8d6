using System.Collections.Concurrent;
using Hatchery.Builtins.Globals;
using Hatchery.CallLog;
using Hatchery.Modules;
using Hatchery.NativeModules;
using Jint;

namespace Hatchery;

/// <summary>
/// Everything runtimes can share, built once: the Jint options, the native-module table, and the module
/// resolution, <c>package.json</c> and compiled-script caches. Immutable after construction (it keeps a copy of
/// its options, <see cref="Settings"/>) and safe to use from many threads; <see cref="NewRuntime()"/> spawns a
/// fresh, isolated <see cref="JsRuntime"/>.
/// </summary>
public sealed class EngineFactory
{
    /// <summary>Builds a factory from <paramref name="options"/>.</summary>
    public EngineFactory(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = Settings = new EngineSettings(options);
        NativeModules = new NativeModuleTable(options.SelectedNativeModules());
        var loader = settings.SourceLoader;
        var resolver = Resolver = new ModuleResolver(settings);
        CompiledModules = new VersionedFileCache<CompiledModule>(loader, path =>
            loader.TryRead(path, out var source) ? CompiledModule.Compile(path, source, resolver.IsEsModule(path)) : null,
            settings, rememberMissing: false);
        _moduleLoader = new EsModuleLoader(this);
        _factoryLane = LaneOf(settings.Timeout, settings.StatementLimit, settings.MemoryLimit, default);
        JintOptions = CreateJintOptions(this, _factoryLane);
        // Opened now, so a path that cannot be written fails here rather than silently at the first call.
        Hatchery.Builtins.Globals.EngineMessages.Install();
        CallLogSink = settings.CallLog is { } callLog ? new CallLogSink(callLog) : null;
    }

    /// <summary>Where the runtimes' calls are logged, or null when the factory logs none.</summary>
    internal CallLogSink? CallLogSink { get; }

    private readonly EsModuleLoader _moduleLoader;

    /// <summary>The loader Jint resolves and loads ES modules through.</summary>
    internal EsModuleLoader ModuleLoader => _moduleLoader;

    private readonly LimitLane _factoryLane;

    // Built on first use: the options of engines whose runtime's own limits need other constraints or another regex timeout.
    private readonly ConcurrentDictionary<LimitLane, Options> _lanes = new();

    /// <summary>Builds a factory from options configured by <paramref name="configure"/>.</summary>
    public static EngineFactory Create(Action<EngineOptions>? configure = null)
    {
        var options = new EngineOptions();
        configure?.Invoke(options);
        return new EngineFactory(options);
    }

    /// <summary>The configuration this factory was built with: a read-only copy of its options.</summary>
    public EngineSettings Settings { get; }

    /// <summary>The native modules every runtime of this factory can <c>require</c>.</summary>
    public NativeModuleTable NativeModules { get; }

    /// <summary>
    /// The Jint options shared by the engines of runtimes that set no limits of their own (runtimes that do get options
    /// built for their limits, once per kind). Their time and statement limits are Hatchery's whole-run constraints,
    /// not Jint's per-call ones.
    /// </summary>
    public Options JintOptions { get; }

    internal ModuleResolver Resolver { get; }

    private Builtins.Fetch.FetchTransport? _fetchTransport;

    /// <summary>The HTTP client every runtime's <c>fetch</c> shares (its connections pooled), made on first use.</summary>
    internal Builtins.Fetch.FetchTransport FetchTransport =>
        _fetchTransport ?? Interlocked.CompareExchange(ref _fetchTransport, new Builtins.Fetch.FetchTransport(Settings), null) ?? _fetchTransport;

    internal VersionedFileCache<CompiledModule> CompiledModules { get; }

    internal SourceLoader SourceLoader => Settings.SourceLoader;

    /// <summary>Spawns a fresh, isolated runtime configured by the factory alone.</summary>
    public JsRuntime NewRuntime() => new(this, null);

    /// <summary>Spawns a fresh, isolated runtime with options of its own (console, environment, limits, cancellation…).</summary>
    public JsRuntime NewRuntime(Action<RuntimeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new RuntimeOptions();
        configure(options);
        return new JsRuntime(this, options);
    }

    /// <summary>
    /// A pool of warm runtimes of this factory for trusted code, keeping at most <paramref name="capacity"/> idle ones, each
    /// spawned with <paramref name="configure"/>'s options. Rented runtimes are reset when returned; see <see cref="RuntimePool"/>
    /// for what a reset does and does not undo (it is not an isolation boundary).
    /// </summary>
    public RuntimePool CreatePool(int capacity, Action<RuntimeOptions>? configure = null) => new(this, capacity, configure);

    /// <summary>
    /// An engine for a runtime, with its effective limits (its own, falling back to the factory's): on the factory's
    /// options when they fit, otherwise on options built once per lane; then the engine's own
    /// <see cref="RuntimeDeadline"/>, <see cref="RunStatementBudget"/> and <see cref="RuntimeMemoryLimit"/> are configured with the runtime's values.
    /// </summary>
    internal Engine CreateEngine(RuntimeOptions? options)
    {
        var timeout = options?.Timeout ?? Settings.Timeout;
        var statements = options?.StatementLimit ?? Settings.StatementLimit;
        var memory = options?.MemoryLimit ?? Settings.MemoryLimit;
        var runtimeToken = options?.CancellationToken ?? default;
        var lane = LaneOf(timeout, statements, memory, runtimeToken);
        var jint = lane == _factoryLane ? JintOptions : LaneOptions(lane);
        var engine = new Engine(jint);
        if (lane.Deadline) engine.Constraints.Find<RuntimeDeadline>()!.Configure(timeout, Settings.CancellationToken, runtimeToken);
        if (statements is { } count) engine.Constraints.Find<RunStatementBudget>()!.Configure(count);
        if (memory is { } bytes) engine.Constraints.Find<RuntimeMemoryLimit>()!.Configure(bytes);
        return engine;
    }

    // Runtimes of one service mostly share one set of limits, so the last lane used is kept beside the dictionary.
    private Options LaneOptions(LimitLane lane)
    {
        if (_lastLane is { } last && last.Lane == lane) return last.Options;
        var options = _lanes.GetOrAdd(lane, static (lane, factory) => CreateJintOptions(factory, lane), this);
        _lastLane = new LaneEntry(lane, options);
        return options;
    }

    private sealed record LaneEntry(LimitLane Lane, Options Options);

    private LaneEntry? _lastLane;

    /// <summary>
    /// Which constraints an engine needs, and the regular-expression timeout its options carry. Jint fixes a match's
    /// timeout in the shared options, so it cannot be each runtime's: a runtime's own time limit is rounded up to a
    /// power of two milliseconds (at most 32 lanes), so a match never outlives the limit by more than twice.
    /// </summary>
    private LimitLane LaneOf(TimeSpan? timeout, int? statements, long? memory, CancellationToken runtimeToken)
    {
        var deadline = timeout is not null || Settings.CancellationToken.CanBeCanceled || runtimeToken.CanBeCanceled;
        var regex = timeout is not { } t ? (TimeSpan?)null
            : t == Settings.Timeout ? t
            : TimeSpan.FromMilliseconds(RoundUpToPowerOfTwo(t));
        return new LimitLane(deadline, statements is not null, memory is not null, regex);
    }

    // Whole milliseconds, at least 1, at most int.MaxValue (Jint's limit for a match timeout).
    private static long RoundUpToPowerOfTwo(TimeSpan timeout)
    {
        var milliseconds = (ulong)Math.Clamp((long)Math.Ceiling(timeout.TotalMilliseconds), 1, 1L << 31);
        return Math.Min((long)System.Numerics.BitOperations.RoundUpToPowerOf2(milliseconds), int.MaxValue);
    }

    private readonly record struct LimitLane(bool Deadline, bool Counting, bool Metering, TimeSpan? RegexTimeout);

    /// <summary>
    /// Resolves and compiles the given module files (absolute, or relative to the base directory) ahead of
    /// traffic, so the first runtimes that require them find them cached. Throws if one does not compile.
    /// </summary>
    public void Precompile(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(Settings.BaseDirectory, path));
            var resolved = Resolver.Resolve(Path.GetDirectoryName(full)!, full)
                           ?? throw new FileNotFoundException($"Cannot find module '{path}'", full);
            try
            {
                CompiledModules.Get(resolved);
            }
            catch (ModuleLoadException e)
            {
                throw new InvalidOperationException(e.Location is { } at ? $"{at}: {e.Message}" : e.Message, e);
            }
        }
    }

    private static readonly System.Globalization.CultureInfo UnsetLocaleCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    private static Options CreateJintOptions(EngineFactory factory, LimitLane lane)
    {
        var options = factory.Settings;
        var jint = new Options();
        // Node's locale where the user has none (LANG unset, C or POSIX) is en-US; .NET's is the invariant culture, which
        // Jint's Intl resolves to plain 'en'.
        if (System.Globalization.CultureInfo.CurrentCulture.Name.Length == 0) jint.Culture = UnsetLocaleCulture;
        jint.EnableModules(factory._moduleLoader);
        // import.meta's Node properties; the host does nothing until a module reads import.meta.
        jint.UseHostFactory(_ => new ModuleHost(factory));
        // Code compiled at run time (new Function, eval) keeps its source text too, for Function.prototype.toString().
        jint.RetainFunctionSourceText();
        // Exceptions from native functions become JavaScript errors scripts can catch; process.exit, cancellation and
        // the limits must unwind through the script instead.
        jint.CatchClrExceptions(static e => e is not ProcessExitException and not Builtins.Process.UncaughtHandlerFailure and not Builtins.Process.UncaughtMicrotaskError and not Builtins.Vm.VmTimeoutException && ScriptLimitException.KindOf(e) is null);
        // Unbounded recursion must be a catchable RangeError, never a native stack overflow that ends the host.
        jint.Constraints.StackOverflowGuard = true;
        jint.Interop.BuildCallStackHandler = FirstLineShift.HideWrapperFrame;
        // No other thread can ever notify a runtime's shared memory, so a blocking Atomics.wait could only hang: it
        // throws a TypeError, as on a browser's main thread.
        jint.AgentCanSuspend = false;
        // A regular-expression match is part of the time limit (Jint's default is ten seconds whatever the limit says).
        if (lane.RegexTimeout is { } regex) jint.Constraints.RegexTimeout = regex;
        if (options.RecursionLimit is { } depth) jint.LimitRecursion(depth);
        // Hatchery's own constraints, one instance per engine (configured in CreateEngine): they span a whole host call.
        if (lane.Deadline) jint.Constraint(static () => new RuntimeDeadline());
        if (lane.Counting) jint.Constraint(static () => new RunStatementBudget());
        if (lane.Metering) jint.Constraint(static () => new RuntimeMemoryLimit());
        // vm's timeout option: idle until a run arms it, and absent where the factory has no vm module.
        if (factory.NativeModules.Find("vm") is not null) jint.Constraints.Constraints.Add(Builtins.Vm.VmScriptDeadline.Shared);
        // AsyncLocalStorage's context follows then and await; a registration costs one static read until it is used.
        jint.Host.JobCallbacks = Scheduling.AsyncContextHooks.Instance;
        NodeGlobals.Install(jint);
        return jint;
    }
}
