using Hatchery.Builtins.Console;
using Hatchery.CallLog;

namespace Hatchery;

/// <summary>
/// What one runtime may set for itself when <see cref="EngineFactory.NewRuntime(Action{RuntimeOptions})"/> spawns it:
/// console output, <c>process.env</c>, <c>process.argv</c>, base directory, time, statement and memory limits and a
/// cancellation token. Anything not set comes from the factory's <see cref="EngineSettings"/>. The runtime copies
/// these values when it is spawned. Fluent: every method returns this instance.
/// </summary>
public sealed class RuntimeOptions
{
    internal RuntimeOptions()
    {
    }

    /// <summary>Where this runtime's <c>console</c> writes, or <c>null</c> for the factory's output.</summary>
    public IConsoleOutput? ConsoleOutput { get; private set; }

    /// <summary>This runtime's initial <c>process.env</c>, or <c>null</c> for the factory's.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; private set; }

    /// <summary>The arguments after the executable in <c>process.argv</c>, or <c>null</c> for none.</summary>
    public IReadOnlyList<string>? Arguments { get; private set; }

    /// <summary>This runtime's base directory (its <c>process.cwd()</c>), or <c>null</c> for the factory's.</summary>
    public string? BaseDirectory { get; private set; }

    /// <summary>The longest one host call into this runtime may run, or <c>null</c> for the factory's limit.</summary>
    public TimeSpan? Timeout { get; private set; }

    /// <summary>The most statements one host call into this runtime may execute, or <c>null</c> for the factory's limit.</summary>
    public int? StatementLimit { get; private set; }

    /// <summary>The most live memory this runtime may hold, in bytes, or <c>null</c> for the factory's limit.</summary>
    public long? MemoryLimit { get; private set; }

    /// <summary>Stops this runtime, and no other, when signalled (the factory's token still applies too).</summary>
    public CancellationToken CancellationToken { get; private set; }

    /// <summary>Whether this runtime logs no calls, whatever the factory's call log (see <see cref="DisableCallLog"/>).</summary>
    public bool CallLogDisabled { get; private set; }

    /// <summary>The call log this runtime writes instead of the factory's, or <c>null</c> for the factory's.</summary>
    public CallLogSettings? CallLog { get; private set; }

    /// <summary>Logs none of this runtime's calls, though the factory logs those of its other runtimes.</summary>
    public RuntimeOptions DisableCallLog()
    {
        CallLogDisabled = true;
        CallLog = null;
        return this;
    }

    /// <summary>
    /// Logs this runtime's calls to the database at <paramref name="path"/> instead of the factory's (as
    /// <see cref="EngineOptions.UseCallLog"/> describes); opened when the runtime is spawned.
    /// </summary>
    public RuntimeOptions UseCallLog(string path, Action<CallLogOptions>? configure = null)
    {
        CallLog = CallLogOptions.Build(path, configure);
        CallLogDisabled = false;
        return this;
    }

    /// <summary>Sends this runtime's console output to the given writers.</summary>
    public RuntimeOptions UseConsole(TextWriter stdout, TextWriter stderr) => UseConsole(new WriterConsoleOutput(stdout, stderr));

    /// <summary>Sends this runtime's console output to <paramref name="output"/>.</summary>
    public RuntimeOptions UseConsole(IConsoleOutput output)
    {
        ConsoleOutput = output ?? throw new ArgumentNullException(nameof(output));
        return this;
    }

    // process.stdin's source, or null for the factory's; internal because it is only handed on.
    internal Builtins.Process.StandardInputSource? StandardInput { get; private set; }

    /// <summary>
    /// Makes <paramref name="input"/> this runtime's <c>process.stdin</c>: its bytes are read on a thread-pool thread, only
    /// once a script reads <c>process.stdin</c>, and handed to the script through the event loop. Without it a runtime
    /// reads the factory's input (see <see cref="EngineOptions.UseStandardInput(Stream)"/>). The runtime does not dispose it.
    /// </summary>
    public RuntimeOptions UseStandardInput(Stream input)
    {
        StandardInput = Builtins.Process.StandardInputSource.From(input);
        return this;
    }

    /// <summary>Makes <paramref name="input"/>'s text, as UTF-8, this runtime's <c>process.stdin</c> (as <see cref="UseStandardInput(Stream)"/>).</summary>
    public RuntimeOptions UseStandardInput(TextReader input)
    {
        StandardInput = Builtins.Process.StandardInputSource.From(input);
        return this;
    }

    /// <summary>Sets this runtime's initial <c>process.env</c>.</summary>
    public RuntimeOptions UseEnvironment(IReadOnlyDictionary<string, string> environment)
    {
        Environment = environment ?? throw new ArgumentNullException(nameof(environment));
        return this;
    }

    /// <summary>Sets <c>process.argv</c> to <c>[execPath, ...arguments]</c> (<c>RunMain</c> sets its own).</summary>
    public RuntimeOptions UseArguments(params string[] arguments)
    {
        Arguments = arguments ?? throw new ArgumentNullException(nameof(arguments));
        return this;
    }

    /// <summary>Sets this runtime's base directory; a relative path is made absolute against the current directory.</summary>
    public RuntimeOptions UseBaseDirectory(string directory)
    {
        BaseDirectory = Path.GetFullPath(directory);
        return this;
    }

    /// <summary>Limits each host call into this runtime to <paramref name="timeout"/>, as <see cref="EngineOptions.LimitTime"/> does; must be positive.</summary>
    public RuntimeOptions LimitTime(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        Timeout = timeout;
        return this;
    }

    /// <summary>Limits the statements one host call into this runtime may execute; at least 1.</summary>
    public RuntimeOptions LimitStatements(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        StatementLimit = count;
        return this;
    }

    /// <summary>Limits the memory this runtime may hold, as <see cref="EngineOptions.LimitMemory"/> does; between 1 and <see cref="long.MaxValue"/> − 1.</summary>
    public RuntimeOptions LimitMemory(long bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes, 1);
        ArgumentOutOfRangeException.ThrowIfEqual(bytes, long.MaxValue);
        MemoryLimit = bytes;
        return this;
    }

    /// <summary>Stops this runtime when <paramref name="token"/> is signalled.</summary>
    public RuntimeOptions UseCancellation(CancellationToken token)
    {
        CancellationToken = token;
        return this;
    }
}
