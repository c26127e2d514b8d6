using System.Collections.Frozen;
using System.Text.Json;
using Hatchery.Builtins.Console;
using Hatchery.CallLog;
using Hatchery.Modules;
using Hatchery.Security;

namespace Hatchery;

/// <summary>
/// The configuration an <see cref="EngineFactory"/> was built with: a snapshot of its <see cref="EngineOptions"/>
/// taken by the factory's constructor. Read-only, so changing the options afterwards changes no factory.
/// </summary>
public sealed class EngineSettings
{
    internal EngineSettings(EngineOptions options)
    {
        Preset = options.Preset;
        var untrusted = options.Preset == TrustPreset.Untrusted;
        if (options.FileSystemRoot is { } root)
        {
            FileSystemConfinement = Confine(root, "file-system root");
            FileSystemRoot = FileSystemConfinement.RealRoot;
        }
        var moduleDirectories = options.ModuleDirectories
            ?? (untrusted ? [options.BaseDirectory, .. FileSystemRoot is null ? Array.Empty<string>() : [FileSystemRoot]] : null);
        ModuleDirectories = moduleDirectories?.ToArray();
        SourceLoader = moduleDirectories is null
            ? options.SourceLoader
            : new ConfinedSourceLoader(options.SourceLoader, moduleDirectories.Select(d => Confine(d, "module directory")).ToArray());
        LeftOutModules = options.ModulesLeftOutByPreset().ToFrozenDictionary(StringComparer.Ordinal);
        BaseDirectory = options.BaseDirectory;
        ConsoleOutput = options.ConsoleOutput;
        StandardInput = options.StandardInput;
        Timeout = options.Timeout;
        MemoryLimit = options.MemoryLimit;
        RecursionLimit = options.RecursionLimit;
        StatementLimit = options.StatementLimit;
        CancellationToken = options.CancellationToken;
        CacheCapacity = options.CacheCapacity;
        CachesEnabled = options.CachesEnabled;
        FileCheckInterval = options.FileCheckInterval;
        Environment = (options.Environment ?? (untrusted ? new Dictionary<string, string>() : null))?.ToFrozenDictionary(StringComparer.Ordinal);
        AllowedNetworkHosts = options.AllowedNetworkHosts?.ToArray() ?? (untrusted ? [] : null);
        CallLog = options.CallLog;
        // A frozen copy: the caller's instance stays theirs to change, and System.Text.Json freezes on first use anyway.
        JsonSerializerOptions = new JsonSerializerOptions(options.JsonSerializerOptions);
        JsonSerializerOptions.MakeReadOnly(populateMissingResolver: true);
    }

    /// <summary>The call log the factory's runtimes write, or <see langword="null"/> when calls are not logged.</summary>
    public CallLogSettings? CallLog { get; }

    private static ConfinedDirectory Confine(string directory, string what)
    {
        try
        {
            return new ConfinedDirectory(directory);
        }
        catch (IOException e)
        {
            throw new ArgumentException($"The {what} '{directory}' must be an existing directory: {e.Message}", nameof(directory), e);
        }
    }

    /// <summary>How much the factory's scripts are trusted.</summary>
    public TrustPreset Preset { get; }

    /// <summary>The real path of the directory <c>fs</c> is confined to, or <see langword="null"/> when it is not confined.</summary>
    public string? FileSystemRoot { get; }

    internal ConfinedDirectory? FileSystemConfinement { get; }

    /// <summary>The directories <c>require</c> and <c>import</c> may load files from, or <see langword="null"/> for anywhere.</summary>
    public IReadOnlyList<string>? ModuleDirectories { get; }

    /// <summary>The modules the preset left out, each with the reason (empty for <see cref="TrustPreset.Trusted"/>).</summary>
    public IReadOnlyDictionary<string, string> LeftOutModules { get; }

    /// <summary>The hosts scripts may reach over the network, or <see langword="null"/> when the network is open.</summary>
    public IReadOnlyList<string>? AllowedNetworkHosts { get; }

    /// <summary>Where module and script source text comes from.</summary>
    public SourceLoader SourceLoader { get; }

    /// <summary>The directory that relative paths of the main script and of <c>Evaluate</c>d code resolve from, unless a runtime sets its own.</summary>
    public string BaseDirectory { get; }

    /// <summary>Where <c>console</c> writes, unless a runtime sets its own.</summary>
    public IConsoleOutput ConsoleOutput { get; }

    // process.stdin's source, or null for an empty one.
    internal Builtins.Process.StandardInputSource? StandardInput { get; }

    /// <summary>The longest one host call may run, or <c>null</c> for no limit.</summary>
    public TimeSpan? Timeout { get; }

    /// <summary>The most live memory, in bytes, each runtime may hold over its life, or <c>null</c> for no limit.</summary>
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
