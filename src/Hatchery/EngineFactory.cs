using Hatchery.Modules;
using Hatchery.NativeModules;
using Hatchery.Builtins.Globals;
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
        JintOptions = CreateJintOptions(settings, _moduleLoader, RuntimeLimitLane.None);
    }

    private readonly EsModuleLoader _moduleLoader;

    // Built on first use: the options of engines whose runtime sets its own limits (see RuntimeDeadline).
    private Options? _deadlineJintOptions;
    private Options? _countingJintOptions;

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

    /// <summary>The Jint options shared by every engine this factory creates.</summary>
    public Options JintOptions { get; }

    internal ModuleResolver Resolver { get; }

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
    /// An engine for a runtime: on the shared options when the runtime sets no limits of its own; otherwise on
    /// options that carry a per-engine <see cref="RuntimeDeadline"/> (and a statement counter when one applies),
    /// configured here with the runtime's values, falling back to the factory's.
    /// </summary>
    internal Engine CreateEngine(RuntimeOptions? options)
    {
        if (options is not { HasLimits: true }) return new Engine(JintOptions);
        var statements = options.StatementLimit ?? Settings.StatementLimit;
        var jint = statements is null
            ? LazyInitializer.EnsureInitialized(ref _deadlineJintOptions, () => CreateJintOptions(Settings, _moduleLoader, RuntimeLimitLane.Deadline))
            : LazyInitializer.EnsureInitialized(ref _countingJintOptions, () => CreateJintOptions(Settings, _moduleLoader, RuntimeLimitLane.DeadlineAndStatements));
        var engine = new Engine(jint);
        engine.Constraints.Find<RuntimeDeadline>()!.Configure(options.Timeout ?? Settings.Timeout, Settings.CancellationToken, options.CancellationToken);
        if (statements is { } count) engine.Constraints.Find<Jint.Constraints.MaxStatementsConstraint>()!.MaxStatements = count;
        return engine;
    }

    private enum RuntimeLimitLane
    {
        None,
        Deadline,
        DeadlineAndStatements,
    }

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
                throw new InvalidOperationException(e.Message, e);
            }
        }
    }

    private static Options CreateJintOptions(EngineSettings options, EsModuleLoader moduleLoader, RuntimeLimitLane lane)
    {
        var jint = new Options();
        jint.EnableModules(moduleLoader);
        // Code compiled at run time (new Function, eval) keeps its source text too, for Function.prototype.toString().
        jint.RetainFunctionSourceText();
        // Exceptions from native functions become JavaScript errors scripts can catch; process.exit and
        // cancellation must unwind through the script instead.
        jint.CatchClrExceptions(static e => e is not ProcessExitException and not OperationCanceledException);
        // Unbounded recursion must be a catchable RangeError, never a native stack overflow that ends the host.
        jint.Constraints.StackOverflowGuard = true;
        if (options.MemoryLimit is { } memory) jint.LimitMemory(memory);
        if (options.RecursionLimit is { } depth) jint.LimitRecursion(depth);
        if (lane == RuntimeLimitLane.None)
        {
            if (options.Timeout is { } timeout) jint.TimeoutInterval(timeout);
            if (options.StatementLimit is { } statements) jint.MaxStatements(statements);
            if (options.CancellationToken.CanBeCanceled) jint.CancellationToken(options.CancellationToken);
        }
        else
        {
            jint.Constraint(static () => new RuntimeDeadline());
            // A placeholder budget so each engine gets its own counter; CreateEngine sets the runtime's count.
            if (lane == RuntimeLimitLane.DeadlineAndStatements) jint.MaxStatements(int.MaxValue - 1);
        }
        NodeGlobals.Install(jint);
        return jint;
    }
}
