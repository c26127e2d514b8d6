namespace Hatchery.Cli.Repl;

/// <summary>The REPL's dot commands (<c>.help</c>, <c>.exit</c>, <c>.break</c>…), as Node names them.</summary>
internal static class ReplCommands
{
    /// <summary>What a command tells the session to do next.</summary>
    public enum Outcome
    {
        Continue,
        Exit,
    }

    private sealed record Entry(string Name, string Help, Func<ReplSession, string, Outcome> Run);

    private static readonly Entry[] Entries =
    [
        new("break", "Sometimes you get stuck, this gets you out", (session, _) => session.ClearInput()),
        new("clear", "Alias for .break", (session, _) => session.ClearInput()),
        new("exit", "Exit the REPL", (_, _) => Outcome.Exit),
        new("help", "Print this help message", (session, _) => Help(session.Output)),
        new("history", "Print the lines entered in this session", (session, _) => PrintHistory(session)),
        new("load", "Load JS from a file into the REPL session", (session, argument) => session.Load(argument)),
        new("save", "Save all evaluated commands in this REPL session to a file", (session, argument) => session.Save(argument)),
    ];

    /// <summary>
    /// Whether <paramref name="line"/> is meant as a command: it starts with one dot and not with a number
    /// (so <c>.5 + 1</c> is still evaluated), the test Node's REPL applies.
    /// </summary>
    public static bool IsCommand(string line)
    {
        var trimmed = line.Trim();
        return trimmed.Length > 1 && trimmed[0] == '.' && trimmed[1] != '.' && !char.IsAsciiDigit(trimmed[1]);
    }

    /// <summary>Runs the command on <paramref name="line"/>; an unknown keyword is reported and the session goes on.</summary>
    public static Outcome Run(ReplSession session, string line)
    {
        var trimmed = line.Trim()[1..];
        var space = trimmed.IndexOf(' ');
        var name = space < 0 ? trimmed : trimmed[..space];
        var argument = space < 0 ? "" : trimmed[(space + 1)..].Trim();
        var entry = Array.Find(Entries, e => e.Name == name);
        if (entry is null)
        {
            session.Output.WriteLine("Invalid REPL keyword");
            return Outcome.Continue;
        }
        return entry.Run(session, argument);
    }

    private static Outcome Help(TextWriter output)
    {
        var width = Entries.Max(e => e.Name.Length) + 1;
        foreach (var entry in Entries) output.WriteLine($".{entry.Name.PadRight(width)}  {entry.Help}");
        output.WriteLine();
        output.WriteLine("Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL");
        return Outcome.Continue;
    }

    private static Outcome PrintHistory(ReplSession session)
    {
        var lines = session.History.Lines;
        // The ".history" that asked is the last line recorded; it is not part of the answer.
        for (var i = 0; i < lines.Count - 1; i++) session.Output.WriteLine($"{i + 1,4}  {lines[i]}");
        return Outcome.Continue;
    }
}
