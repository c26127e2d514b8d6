using System.CommandLine;
using Hatchery.Cli.Repl;

namespace Hatchery.Cli.Commands;

/// <summary><c>hatchery repl</c> (and <c>hatchery</c> alone): the interactive read-eval-print loop.</summary>
internal static class ReplCommand
{
    public static Command Create(CliContext context, LimitOptions limits)
    {
        var command = new Command("repl", "Start an interactive session (reads piped input line by line when not on a terminal)");
        foreach (var option in limits.All) command.Options.Add(option);
        command.SetAction(result => Execute(context, limits.Read(result)));
        return command;
    }

    public static int Execute(CliContext context, RuntimeLimits limits)
    {
        using var runtime = context.OpenRuntime(limits);
        var history = new ReplHistory();
        ILineReader reader = context.IsTerminal ? new TerminalLineReader(history, context.Out) : new TextLineReader(context.In, context.Out);
        return new ReplSession(runtime, reader, context.Out, history).Run();
    }
}
