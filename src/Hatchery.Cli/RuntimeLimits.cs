using System.CommandLine;

namespace Hatchery.Cli;

/// <summary>The execution limits a command line asked for; none by default, like node.</summary>
/// <param name="Timeout">The longest one call into the engine may run.</param>
/// <param name="MaxStatements">The most statements one call into the engine may execute.</param>
internal readonly record struct RuntimeLimits(TimeSpan? Timeout, int? MaxStatements)
{
    /// <summary>Applies the limits that were given to <paramref name="options"/>.</summary>
    public void Apply(EngineOptions options)
    {
        if (Timeout is { } timeout) options.LimitTime(timeout);
        if (MaxStatements is { } statements) options.LimitStatements(statements);
    }
}

/// <summary>The <c>--timeout</c> and <c>--max-statements</c> options, added to every command that runs code.</summary>
internal sealed class LimitOptions
{
    /// <summary><c>--timeout MS</c>.</summary>
    public Option<int?> Timeout { get; } = new("--timeout")
    {
        Description = "Stop a script when one call into the engine runs longer than this many milliseconds",
        HelpName = "ms",
    };

    /// <summary><c>--max-statements N</c>.</summary>
    public Option<int?> MaxStatements { get; } = new("--max-statements")
    {
        Description = "Stop a script when one call into the engine executes more statements than this",
        HelpName = "count",
    };

    /// <summary>The limits given on the parsed command line.</summary>
    public RuntimeLimits Read(ParseResult result) => new(
        result.GetValue(Timeout) is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        result.GetValue(MaxStatements));
}
