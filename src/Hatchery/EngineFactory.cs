using Hatchery.Modules;
using Hatchery.NativeModules;
using Hatchery.Builtins.Globals;
using Jint;

namespace Hatchery;

/// <summary>
/// Everything runtimes can share, built once: the Jint options, the native-module table, and the module
/// resolution, <c>package.json</c> and compiled-script caches. Immutable after construction and safe to
/// use from many threads; <see cref="NewRuntime"/> spawns a fresh, isolated <see cref="JsRuntime"/>.
/// </summary>
public sealed class EngineFactory
{
    /// <summary>Builds a factory from <paramref name="options"/>.</summary>
    public EngineFactory(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        NativeModules = new NativeModuleTable(options.SelectedNativeModules());
        Resolver = new ModuleResolver(options.SourceLoader, options.CachesEnabled, options.CacheCapacity, options.FileCheckInterval);
        CompiledModules = new CompiledModuleCache(options.SourceLoader, Resolver, options.CachesEnabled, options.CacheCapacity, options.FileCheckInterval);
        JintOptions = CreateJintOptions(options, new EsModuleLoader(this));
    }

    /// <summary>Builds a factory from options configured by <paramref name="configure"/>.</summary>
    public static EngineFactory Create(Action<EngineOptions>? configure = null)
    {
        var options = new EngineOptions();
        configure?.Invoke(options);
        return new EngineFactory(options);
    }

    /// <summary>The options this factory was built from.</summary>
    public EngineOptions Options { get; }

    /// <summary>The native modules every runtime of this factory can <c>require</c>.</summary>
    public NativeModuleTable NativeModules { get; }

    /// <summary>The Jint options shared by every engine this factory creates.</summary>
    public Options JintOptions { get; }

    internal ModuleResolver Resolver { get; }

    internal CompiledModuleCache CompiledModules { get; }

    internal SourceLoader SourceLoader => Options.SourceLoader;

    /// <summary>Spawns a fresh, isolated runtime.</summary>
    public JsRuntime NewRuntime() => new(this);

    /// <summary>
    /// Resolves and compiles the given module files (absolute, or relative to the base directory) ahead of
    /// traffic, so the first runtimes that require them find them cached. Throws if one does not compile.
    /// </summary>
    public void Precompile(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(Path.Combine(Options.BaseDirectory, path));
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

    private static Options CreateJintOptions(EngineOptions options, EsModuleLoader moduleLoader)
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
        if (options.Timeout is { } timeout) jint.TimeoutInterval(timeout);
        if (options.MemoryLimit is { } memory) jint.LimitMemory(memory);
        if (options.RecursionLimit is { } depth) jint.LimitRecursion(depth);
        if (options.StatementLimit is { } statements) jint.MaxStatements(statements);
        if (options.CancellationToken.CanBeCanceled) jint.CancellationToken(options.CancellationToken);
        NodeGlobals.Install(jint);
        return jint;
    }
}
