using System.Text.Json;
using Hatchery.Builtins;
using Hatchery.Builtins.Console;
using Hatchery.CallLog;
using Hatchery.Modules;
using Hatchery.NativeModules;
using Hatchery.Security;

namespace Hatchery;

/// <summary>
/// Configuration for an <see cref="EngineFactory"/>: where scripts come from, which native modules exist,
/// where console output goes and which execution limits apply. Fluent: every method returns this instance.
/// <see cref="EngineFactory"/>'s constructor copies it into <see cref="EngineSettings"/>; changing the options
/// afterwards affects only factories built later.
/// </summary>
public sealed class EngineOptions
{
    private readonly List<NativeModule> _nativeModules = new(BuiltinModules.Create());
    private HashSet<string>? _included;
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);

    /// <summary>Where module and script source text comes from. Defaults to the file system.</summary>
    public SourceLoader SourceLoader { get; private set; } = SourceLoader.FileSystem;

    /// <summary>The directory that relative paths of the main script and of <c>Evaluate</c>d code resolve from.</summary>
    public string BaseDirectory { get; private set; } = Directory.GetCurrentDirectory();

    /// <summary>Where <c>console</c> writes. Defaults to the process's standard output and error.</summary>
    public IConsoleOutput ConsoleOutput { get; private set; } = StandardConsoleOutput.Instance;

    /// <summary>The longest one host call (a whole <c>RunMain</c>, an <c>Evaluate</c> with its microtasks) may run, or <c>null</c> for no limit.</summary>
    public TimeSpan? Timeout { get; private set; }

    /// <summary>The most live memory, in bytes, each runtime may hold over its life, or <c>null</c> for no limit.</summary>
    public long? MemoryLimit { get; private set; }

    /// <summary>The deepest JavaScript call stack allowed, or <c>null</c> for Jint's default.</summary>
    public int? RecursionLimit { get; private set; }

    /// <summary>The most statements one host call may execute, or <c>null</c> for no limit.</summary>
    public int? StatementLimit { get; private set; }

    /// <summary>Cancels running scripts when signalled.</summary>
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>The most entries each factory cache holds before it evicts the least recently used ones.</summary>
    public int CacheCapacity { get; private set; } = 4096;

    /// <summary>Whether module resolution results and compiled modules are shared between runtimes.</summary>
    public bool CachesEnabled { get; private set; } = true;

    /// <summary>How long a cached file is trusted before its version is checked again for edits.</summary>
    public TimeSpan FileCheckInterval { get; private set; } = TimeSpan.FromSeconds(1);

    /// <summary>The initial <c>process.env</c>, or <c>null</c> for a copy of this process's environment.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; private set; }

    /// <summary>
    /// How <see cref="JsRuntime.ToJs"/> and <see cref="JsRuntime.FromJs{T}"/> convert .NET values. Defaults to
    /// <see cref="JsonSerializerDefaults.Web"/> (camelCase property names, case-insensitive reading), JavaScript's convention.
    /// </summary>
    public JsonSerializerOptions JsonSerializerOptions { get; private set; } = new(JsonSerializerDefaults.Web);

    /// <summary>Uses <paramref name="options"/> (copied when the factory is built) for value conversion.</summary>
    public EngineOptions UseJsonSerializerOptions(JsonSerializerOptions options)
    {
        JsonSerializerOptions = options ?? throw new ArgumentNullException(nameof(options));
        return this;
    }

    /// <summary>Uses a custom source loader.</summary>
    public EngineOptions UseSourceLoader(SourceLoader loader)
    {
        SourceLoader = loader ?? throw new ArgumentNullException(nameof(loader));
        return this;
    }

    /// <summary>Uses a function from resolved path to source text (<c>null</c> for "not found").</summary>
    public EngineOptions UseSourceLoader(Func<string, string?> read) => UseSourceLoader(SourceLoader.FromFunction(read));

    /// <summary>Sets the base directory; relative paths are made absolute against the current directory.</summary>
    public EngineOptions UseBaseDirectory(string directory)
    {
        BaseDirectory = Path.GetFullPath(directory);
        return this;
    }

    /// <summary>Sends console output to the given writers.</summary>
    public EngineOptions UseConsole(TextWriter stdout, TextWriter stderr) => UseConsole(new WriterConsoleOutput(stdout, stderr));

    /// <summary>Sends console output to <paramref name="output"/>.</summary>
    public EngineOptions UseConsole(IConsoleOutput output)
    {
        ConsoleOutput = output ?? throw new ArgumentNullException(nameof(output));
        return this;
    }

    // process.stdin's source, or null for none (stdin ends at once).
    internal Builtins.Process.StandardInputSource? StandardInput { get; private set; }

    /// <summary>
    /// Makes <paramref name="input"/> the <c>process.stdin</c> of the factory's runtimes (the CLI passes the console's
    /// standard input). It is read on a thread-pool thread, only once a script reads <c>process.stdin</c>, and each chunk
    /// handed to the script through the event loop, so reading never blocks the script. One stream has one reader at a
    /// time: give runtimes that run side by side their own with <see cref="RuntimeOptions.UseStandardInput(Stream)"/>.
    /// Without it <c>process.stdin</c> is empty: it ends at once. The factory does not dispose it.
    /// </summary>
    public EngineOptions UseStandardInput(Stream input)
    {
        StandardInput = Builtins.Process.StandardInputSource.From(input);
        return this;
    }

    /// <summary>Makes <paramref name="input"/>'s text, as UTF-8, the runtimes' <c>process.stdin</c> (as <see cref="UseStandardInput(Stream)"/>).</summary>
    public EngineOptions UseStandardInput(TextReader input)
    {
        StandardInput = Builtins.Process.StandardInputSource.From(input);
        return this;
    }

    /// <summary>Registers a native module (replacing a built-in one of the same name).</summary>
    public EngineOptions AddNativeModule(NativeModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        _nativeModules.RemoveAll(m => m.Name == module.Name);
        _nativeModules.Add(module);
        _included?.Add(module.Name);
        return this;
    }

    /// <summary>Makes only the named native modules available (custom ones registered later are added too).</summary>
    public EngineOptions IncludeNativeModules(params string[] names)
    {
        _included = new HashSet<string>(names, StringComparer.Ordinal);
        return this;
    }

    /// <summary>Removes the named native modules.</summary>
    public EngineOptions ExcludeNativeModules(params string[] names)
    {
        _excluded.UnionWith(names);
        return this;
    }

    /// <summary>
    /// Limits each host call to <paramref name="timeout"/> of wall time: <c>RunMain</c>/<c>RunEval</c> from start to exit,
    /// event loop included; <c>Evaluate</c>/<c>Call</c>/<c>Require</c> with their microtask drain; the async members until
    /// they return. A regular-expression match counts too. Must be positive; a huge value is a real, distant deadline.
    /// </summary>
    public EngineOptions LimitTime(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        Timeout = timeout;
        return this;
    }

    /// <summary>
    /// Limits the live memory each runtime may hold over its whole life, in bytes: how far the process's managed heap grew
    /// since the runtime was spawned, measured by a full collection whenever the runtime has allocated what is left under
    /// the limit, and never more than the runtime itself allocated (docs/security.md, "Memory"). Between 1 and
    /// <see cref="long.MaxValue"/> − 1.
    /// </summary>
    public EngineOptions LimitMemory(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        ArgumentOutOfRangeException.ThrowIfEqual(bytes, long.MaxValue);
        MemoryLimit = bytes;
        return this;
    }

    /// <summary>Limits the JavaScript call-stack depth; at least 1.</summary>
    public EngineOptions LimitRecursion(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        RecursionLimit = depth;
        return this;
    }

    /// <summary>Limits the statements one host call may execute (counted as <see cref="LimitTime"/> times it); at least 1.</summary>
    public EngineOptions LimitStatements(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        StatementLimit = count;
        return this;
    }

    /// <summary>Cancels running scripts when <paramref name="token"/> is signalled.</summary>
    public EngineOptions UseCancellation(CancellationToken token)
    {
        CancellationToken = token;
        return this;
    }

    /// <summary>Sets the capacity of each factory cache.</summary>
    public EngineOptions UseCacheCapacity(int entries)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(entries, 1);
        CacheCapacity = entries;
        return this;
    }

    /// <summary>Turns the factory's shared resolution and compiled-module caches off (each runtime resolves and parses anew).</summary>
    public EngineOptions DisableCaches()
    {
        CachesEnabled = false;
        return this;
    }

    /// <summary>Sets how long a cached file is trusted before it is checked for edits (zero: every time).</summary>
    public EngineOptions UseFileCheckInterval(TimeSpan interval)
    {
        FileCheckInterval = interval;
        return this;
    }

    /// <summary>Sets the initial <c>process.env</c>; by default it is a copy of this process's environment.</summary>
    public EngineOptions UseEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        Environment = environment;
        return this;
    }

    /// <summary>
    /// Limits the network to the given hosts: after this call, <c>fetch</c> and every other outgoing connection a
    /// script makes may only reach a host in the list (host names compared case-insensitively; an entry may carry a
    /// port, <c>example.com:8080</c>). With no hosts, scripts get no network at all. By default the network is open.
    /// Calling it again adds to the list.
    /// </summary>
    public EngineOptions RestrictNetwork(params string[] allowedHosts)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        _allowedNetworkHosts ??= [];
        foreach (var host in allowedHosts)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(host, nameof(allowedHosts));
            _allowedNetworkHosts.Add(host.Trim());
        }
        return this;
    }

    /// <summary>The hosts scripts may reach, or <see langword="null"/> when the network is open (see <see cref="RestrictNetwork"/>).</summary>
    public IReadOnlyList<string>? AllowedNetworkHosts => _allowedNetworkHosts;

    private List<string>? _allowedNetworkHosts;

    /// <summary>The call log every runtime of the factory writes, or <see langword="null"/> when calls are not logged (the default).</summary>
    public CallLogSettings? CallLog { get; private set; }

    /// <summary>
    /// Logs every call between the factory's runtimes and the host to the SQLite database at <paramref name="path"/>
    /// (created if missing, migrated if written by an older Hatchery; docs/call-log.md): each call from a script into a
    /// function Hatchery built in C#, and each call from the host into JavaScript. A runtime can opt out or log elsewhere
    /// (<see cref="RuntimeOptions.DisableCallLog"/>, <see cref="RuntimeOptions.UseCallLog"/>). The database is opened
    /// when the factory is built, so a path that cannot be written fails there with a <see cref="CallLogException"/>.
    /// </summary>
    public EngineOptions UseCallLog(string path, Action<CallLogOptions>? configure = null)
    {
        CallLog = CallLogOptions.Build(path, configure);
        return this;
    }

    /// <summary>How much scripts are trusted: <see cref="TrustPreset.Trusted"/> unless <see cref="UsePreset"/> says otherwise.</summary>
    public TrustPreset Preset { get; private set; } = TrustPreset.Trusted;

    /// <summary>The directory <c>fs</c> is confined to, or <see langword="null"/> (see <see cref="ConfineFileSystem"/>).</summary>
    public string? FileSystemRoot { get; private set; }

    /// <summary>The directories <c>require</c> and <c>import</c> may load files from, or <see langword="null"/> (see <see cref="ConfineModules"/>).</summary>
    public IReadOnlyList<string>? ModuleDirectories => _moduleDirectories;

    private List<string>? _moduleDirectories;

    /// <summary>
    /// Chooses how much scripts are trusted (<see cref="TrustPreset"/>): <see cref="TrustPreset.Untrusted"/> leaves out
    /// the modules that reach past the script (programs, the file system outside a root, databases the host did not
    /// configure), closes the network and empties <c>process.env</c> unless the host opens them again. The preset is
    /// applied when the factory is built, so the order of calls does not matter.
    /// </summary>
    public EngineOptions UsePreset(TrustPreset preset)
    {
        if (!Enum.IsDefined(preset)) throw new ArgumentOutOfRangeException(nameof(preset), preset, "Unknown trust preset.");
        Preset = preset;
        return this;
    }

    /// <summary>
    /// Confines <c>fs</c> (every form: Sync, callback, promises, <c>FileHandle</c>, streams) to the directory
    /// <paramref name="root"/>, which must exist when the factory is built: a path that leads outside it — through
    /// <c>..</c>, as an absolute path, or through a symbolic link in any of its components, the last one too, existing
    /// or about to be created — fails with Node's <c>EACCES</c> error naming the path. Relative paths still resolve
    /// from <c>process.cwd()</c>. Under <see cref="TrustPreset.Untrusted"/> this is what keeps <c>fs</c> available.
    /// </summary>
    public EngineOptions ConfineFileSystem(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        FileSystemRoot = Path.GetFullPath(root);
        return this;
    }

    /// <summary>
    /// Lets <c>require</c> and <c>import</c> load files only from <paramref name="directories"/> (their real paths,
    /// links followed); any other file is reported as not found (<c>MODULE_NOT_FOUND</c>), the main script included.
    /// Built-in modules are not files and are unaffected. Calling it again adds to the list. Under
    /// <see cref="TrustPreset.Untrusted"/> without this call, the directories are <see cref="BaseDirectory"/> and the
    /// <see cref="FileSystemRoot"/>.
    /// </summary>
    public EngineOptions ConfineModules(params string[] directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        _moduleDirectories ??= [];
        foreach (var directory in directories)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(directory, nameof(directories));
            _moduleDirectories.Add(Path.GetFullPath(directory));
        }
        return this;
    }

    internal IReadOnlyList<NativeModule> SelectedNativeModules() =>
        _nativeModules.Where(m => (_included is null || _included.Contains(m.Name)) && !_excluded.Contains(m.Name))
            .Select(m => Preset == TrustPreset.Untrusted ? TrustPresets.Admit(m, this) : m)
            .OfType<NativeModule>()
            .ToArray();

    // The modules the preset leaves out, each with the reason; empty for the trusted preset.
    internal Dictionary<string, string> ModulesLeftOutByPreset() =>
        Preset == TrustPreset.Trusted
            ? new Dictionary<string, string>()
            : _nativeModules.Where(m => (_included is null || _included.Contains(m.Name)) && !_excluded.Contains(m.Name))
                .Select(m => (m.Name, Reason: TrustPresets.WhyLeftOut(m, this)))
                .Where(m => m.Reason is not null)
                .ToDictionary(m => m.Name, m => m.Reason!, StringComparer.Ordinal);
}
