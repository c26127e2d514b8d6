using System.CommandLine;

namespace Hatchery.Cli;

/// <summary>The execution limits, the sandbox and the call log a command line asked for; none by default, like node.</summary>
/// <param name="Timeout">The longest the whole run may take.</param>
/// <param name="MaxStatements">The most statements the whole run may execute.</param>
/// <param name="MemoryLimit">The most live memory the run may hold, in bytes.</param>
/// <param name="CallLog">The call-log database (<c>--call-log</c> or <c>HATCHERY_CALLLOG_DB</c>), or null for none.</param>
internal readonly record struct RuntimeLimits(TimeSpan? Timeout, int? MaxStatements, long? MemoryLimit, string? CallLog = null)
{
    /// <summary>What scripts may reach (<c>--safe</c>, <c>--fs-root</c>, <c>--allow-net</c>).</summary>
    public Sandbox Sandbox { get; init; } = Sandbox.None;

    /// <summary>Applies the limits and call log that were given to <paramref name="options"/>; a relative log path is from <paramref name="directory"/>.</summary>
    public void Apply(EngineOptions options, string directory)
    {
        if (CallLog is { } callLog) options.UseCallLog(Path.GetFullPath(callLog, directory));
        if (Timeout is { } timeout) options.LimitTime(timeout);
        if (MaxStatements is { } statements) options.LimitStatements(statements);
        if (MemoryLimit is { } bytes) options.LimitMemory(bytes);
    }
}

/// <summary>
/// The <c>--timeout</c>, <c>--max-statements</c> and <c>--memory-limit</c> options, added to every command that runs
/// code with the sandbox's (<see cref="SandboxOptions"/>). Zero, a negative number or one too large for its type is a
/// usage error, never "no limit".
/// </summary>
internal sealed class LimitOptions(string currentDirectory)
{
    /// <summary>The sandbox options, part of <see cref="All"/>.</summary>
    public SandboxOptions Sandbox { get; } = new(currentDirectory);

    /// <summary><c>--timeout MS</c>.</summary>
    public Option<int?> Timeout { get; } = Positive(new Option<int?>("--timeout")
    {
        Description = "Stop the run (event loop included) when it has taken longer than this many milliseconds; exit code 124",
        HelpName = "ms",
    });

    /// <summary><c>--max-statements N</c>.</summary>
    public Option<int?> MaxStatements { get; } = Positive(new Option<int?>("--max-statements")
    {
        Description = "Stop the run when it has executed more statements than this; exit code 123",
        HelpName = "count",
    });

    /// <summary><c>--memory-limit BYTES</c>.</summary>
    public Option<long?> MemoryLimit { get; } = Positive(new Option<long?>("--memory-limit")
    {
        Description = "Stop the run when the memory it holds grows past this many bytes; exit code 122",
        HelpName = "bytes",
    });

    /// <summary><c>--call-log PATH</c>.</summary>
    public Option<string?> CallLog { get; } = new("--call-log")
    {
        Description = "Log every call between the script and the host to this SQLite database (also HATCHERY_CALLLOG_DB; "
                      + "HATCHERY_CALLLOG_DISABLE turns it off); read it with 'hatchery calllog'",
        HelpName = "path",
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [Timeout, MaxStatements, MemoryLimit, CallLog, .. Sandbox.All];

    /// <summary>The limits given on the parsed command line, and the call log it or the environment asks for.</summary>
    public RuntimeLimits Read(ParseResult result) => new(
        result.GetValue(Timeout) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        result.GetValue(MaxStatements),
        result.GetValue(MemoryLimit),
        CallLogPath(result.GetValue(CallLog)))
    { Sandbox = Sandbox.Read(result) };

    // HATCHERY_CALLLOG_DISABLE (non-empty) wins over everything; then the option; then HATCHERY_CALLLOG_DB.
    private static string? CallLogPath(string? option)
    {
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("HATCHERY_CALLLOG_DISABLE"))) return null;
        if (!string.IsNullOrEmpty(option)) return option;
        return Environment.GetEnvironmentVariable("HATCHERY_CALLLOG_DB") is { Length: > 0 } path ? path : null;
    }

    // int.MaxValue and long.MaxValue are real limits here: Hatchery's own constraints count them, and the memory
    // limit stops one short of the value with which Jint would remove the constraint.
    private static Option<T?> Positive<T>(Option<T?> option) where T : struct, System.Numerics.INumber<T>, System.Numerics.IMinMaxValue<T>
    {
        option.Validators.Add(result =>
        {
            if (result.GetValue(option) is not { } value) return;
            if (value <= T.Zero) result.AddError($"{option.Name} must be a positive number, not {value}");
            else if (value == T.MaxValue && typeof(T) == typeof(long)) result.AddError($"{option.Name} must be less than {value}");
        });
        return option;
    }
}
