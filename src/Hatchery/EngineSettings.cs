using Hatchery.CallLog;
using System.Collections.Frozen;
using System.Text.Json;
using Hatchery.Modules;
using Hatchery.Builtins.Console;

namespace Hatchery;

/// <summary>
/// The configuration an <see cref="EngineFactory"/> was built with: a snapshot of its <see cref="EngineOptions"/>
/// taken by the factory's constructor. Read-only, so changing the options afterwards changes no factory.
/// </summary>
public sealed class EngineSettings
{
    internal EngineSettings(EngineOptions options)
    {
        SourceLoader = options.SourceLoader;
        BaseDirectory = options.BaseDirectory;
        ConsoleOutput = options.ConsoleOutput;
        Timeout = options.Timeout;
        MemoryLimit = options.MemoryLimit;
        RecursionLimit = options.RecursionLimit;
        StatementLimit = options.StatementLimit;
        CancellationToken = options.CancellationToken;
        CacheCapacity = options.CacheCapacity;
        CachesEnabled = options.CachesEnabled;
        FileCheckInterval = options.FileCheckInterval;
        Environment = options.Environment?.ToFrozenDictionary(StringComparer.Ordinal);
        AllowedNetworkHosts = options.AllowedNetworkHosts?.ToArray();
        CallLog = options.CallLog;
        // A frozen copy: the caller's instance stays theirs to change, and System.Text.Json freezes on first use anyway.
        JsonSerializerOptions = new JsonSerializerOptions(options.JsonSerializerOptions);
        JsonSerializerOptions.MakeReadOnly(populateMissingResolver: true);
    }

    /// <summary>The call log the factory's runtimes write, or <see langword="null"/> when calls are not logged.</summary>
    public CallLogSettings? CallLog { get; }

    /// <summary>The hosts scripts may reach over the network, or <see langword="null"/> when the network is open.</summary>
    public IReadOnlyList<string>? AllowedNetworkHosts { get; }

    /// <summary>Where module and script source text comes from.</summary>
    public SourceLoader SourceLoader { get; }

    /// <summary>The directory that relative paths of the main script and of <c>Evaluate</c>d code resolve from, unless a runtime sets its own.</summary>
    public string BaseDirectory { get; }

    /// <summary>Where <c>console</c> writes, unless a runtime sets its own.</summary>
    public IConsoleOutput ConsoleOutput { get; }

    /// <summary>The longest one host call may run, or <c>null</c> for no limit.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>The most memory, in bytes, one call into the engine may allocate, or <c>null</c> for no limit.</summary>
    public long? MemoryLimit { get; }

    /// <summary>The deepest JavaScript call stack allowed, or <c>null</c> for Jint's default.</summary>
    public int? RecursionLimit { get; }

    /// <summary>The most statements one host call may execute, or <c>null</c> for no limit.</summary>
    public int? StatementLimit { get; }

    /// <summary>Stops every runtime of the factory when signalled.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The most entries each factory cache holds before it evicts the least recently used ones.</summary>
    public int CacheCapacity { get; }

    /// <summary>Whether module resolution results and compiled modules are shared between runtimes.</summary>
    public bool CachesEnabled { get; }

    /// <summary>How long a cached file is trusted before its version is checked again for edits.</summary>
    public TimeSpan FileCheckInterval { get; }

    /// <summary>The initial <c>process.env</c>, or <c>null</c> for a copy of this process's environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; }

    /// <summary>How <see cref="JsRuntime.ToJs"/> and <see cref="JsRuntime.FromJs{T}"/> convert values (read-only).</summary>
    public JsonSerializerOptions JsonSerializerOptions { get; }
}
