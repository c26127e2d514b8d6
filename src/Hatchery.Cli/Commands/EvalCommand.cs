using System.CommandLine;

namespace Hatchery.Cli.Commands;

/// <summary><c>hatchery eval CODE [args...]</c> (and <c>-e</c>): evaluates code like <c>node -e CODE</c>.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context, LimitOptions limits)
    {
        var code = new Argument<string>("code") { Description = "The JavaScript to evaluate" };
        var args = ScriptArguments.Create();
        var command = new Command("eval", "Evaluate code with require relative to the current directory, like node -e CODE") { code, args };
        foreach (var option in limits.All) command.Options.Add(option);
        command.SetAction(result => Execute(context, limits.Read(result), result.GetValue(code)!, result.GetValue(args) ?? []));
        return command;
    }

    /// <summary>Evaluates <paramref name="code"/>, runs the event loop and returns the exit code node would give.</summary>
    public static int Execute(CliContext context, RuntimeLimits limits, string code, string[] args)
    {
        // SIGTERM or Ctrl-C stops the run through its cancellation, so the runtime is disposed and its call log flushed.
        using var signals = StopSignals.Listen();
        using (var runtime = context.OpenRuntime(limits, stop: signals.Token, readsInput: true))
        {
            return signals.ExitCode(runtime.RunEval(code, args));
        }
    }
}
