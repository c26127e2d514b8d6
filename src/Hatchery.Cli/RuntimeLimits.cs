using System.CommandLine;

namespace Hatchery.Cli;

/// <summary>The execution limits and the sandbox a command line asked for; none by default, like node.</summary>
/// <param name="Timeout">The longest the whole run may take.</param>
/// <param name="MaxStatements">The most statements the whole run may execute.</param>
/// <param name="MemoryLimit">The most live memory the run may hold, in bytes.</param>
internal readonly record struct RuntimeLimits(TimeSpan? Timeout, int? MaxStatements, long? MemoryLimit)
{
    /// <summary>What scripts may reach (<c>--safe</c>, <c>--fs-root</c>, <c>--allow-net</c>).</summary>
    public Sandbox Sandbox { get; init; } = Sandbox.None;

    /// <summary>Applies the limits that were given to <paramref name="options"/>.</summary>
    public void Apply(EngineOptions options)
    {
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

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [Timeout, MaxStatements, MemoryLimit, .. Sandbox.All];

    /// <summary>The limits given on the parsed command line.</summary>
    public RuntimeLimits Read(ParseResult result) => new(
        result.GetValue(Timeout) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        result.GetValue(MaxStatements),
        result.GetValue(MemoryLimit))
    { Sandbox = Sandbox.Read(result) };

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
