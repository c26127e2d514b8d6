using System.CommandLine;

namespace Hatchery.Cli.Commands;

/// <summary><c>hatchery run FILE [args...]</c>: runs a file as the main module, like <c>node FILE</c>.</summary>
internal static class RunCommand
{
    public static Command Create(CliContext context, LimitOptions limits)
    {
        var file = new Argument<string>("file") { Description = "The script to run as the main module" };
        var args = ScriptArguments.Create();
        var command = new Command("run", "Run a JavaScript file as the main module, like node FILE") { file, args };
        foreach (var option in limits.All) command.Options.Add(option);
        command.SetAction(result => Execute(context, limits.Read(result), result.GetValue(file)!, result.GetValue(args) ?? []));
        return command;
    }

    /// <summary>Runs <paramref name="file"/> and returns the exit code node would give.</summary>
    public static int Execute(CliContext context, RuntimeLimits limits, string file, string[] args)
    {
        // SIGTERM or Ctrl-C stops the run through its cancellation, so the runtime is disposed and its call log flushed.
        using var signals = StopSignals.Listen();
        using (var runtime = context.OpenRuntime(limits, Path.GetDirectoryName(Path.GetFullPath(file, context.CurrentDirectory)), readsInput: true, stop: signals.Token))
        {
            return signals.ExitCode(runtime.RunMain(file, args));
        }
    }
}
