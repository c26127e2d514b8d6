using Hatchery.Builtins.Console;

namespace Hatchery.Benchmarks.Support;

/// <summary>Console output that goes nowhere, so benchmarks measure the console's formatting, not a terminal.</summary>
public sealed class NullConsoleOutput : IConsoleOutput
{
    public static readonly NullConsoleOutput Instance = new();

    public void WriteOut(string text)
    {
    }

    public void WriteError(string text)
    {
    }
}
