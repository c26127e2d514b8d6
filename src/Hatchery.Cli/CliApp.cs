using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using Hatchery.Cli.Commands;

namespace Hatchery.Cli;

/// <summary>
/// The <c>hatchery</c> command line as a function of its arguments and streams, so tests run it in-process.
/// </summary>
internal static class CliApp
{
    /// <summary>The tool's version, from the assembly's informational version without the source-revision suffix.</summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>Parses <paramref name="args"/>, runs the command they name and returns the process exit code.</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = CreateRootCommand(context);
        var invocation = new InvocationConfiguration
        {
            Output = context.Out,
            Error = context.Error,
            // Our own catch below prints one line instead of a .NET stack trace.
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return root.Parse(ScriptArguments.Separate(root, args)).Invoke(invocation);
        }
        catch (Hatchery.CallLog.CallLogException e)
        {
            context.Error.WriteLine($"hatchery: {e.Message}");
            return 2;
        }
        catch (Exception e)
        {
            context.Error.WriteLine($"hatchery: internal error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
        finally
        {
            context.Out.Flush();
            context.Error.Flush();
        }
    }

    private static Command CreateRootCommand(CliContext context)
    {
        var limits = new LimitOptions(context.CurrentDirectory);
        // "hatchery FILE args" works as in node; hidden so every subcommand's help does not list them too.
        var file = new Argument<string?>("file") { Arity = ArgumentArity.ZeroOrOne, Hidden = true };
        var args = ScriptArguments.Create();
        args.Hidden = true;
        var eval = new Option<string?>("--eval", "-e") { Description = "Evaluate code, as with 'hatchery eval'", HelpName = "code" };
        // A plain command rather than RootCommand, whose name would be the executable's file name.
        var root = new Command("hatchery", "Run JavaScript like node on the Hatchery runtime (Jint).\n"
                                           + "'hatchery FILE [args...]' runs a file as 'hatchery run' does; with no arguments, a REPL starts.")
        {
            file,
            args,
            eval,
            new HelpOption(),
            new VersionOption(),
            RunCommand.Create(context, limits),
            EvalCommand.Create(context, limits),
            ReplCommand.Create(context, limits),
            ModulesCommand.Create(context, limits.Sandbox),
            CallLogCommand.Create(context),
        };
        foreach (var option in limits.All) root.Options.Add(option);
        foreach (var option in root.Options.OfType<VersionOption>()) option.Action = new PrintVersionAction();
        root.SetAction(result =>
        {
            var scriptArgs = result.GetValue(args) ?? [];
            if (result.GetValue(eval) is { } code)
            {
                // With -e every positional token belongs to the script, the first one included.
                var all = result.GetValue(file) is { } first ? [first, .. scriptArgs] : scriptArgs;
                return EvalCommand.Execute(context, limits.Read(result), code, all);
            }
            if (result.GetValue(file) is { } path) return RunCommand.Execute(context, limits.Read(result), path, scriptArgs);
            return ReplCommand.Execute(context, limits.Read(result));
        });
        return root;
    }

    private static string ReadVersion()
    {
        var version = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                      ?? typeof(CliApp).Assembly.GetName().Version?.ToString() ?? "0.0.0";
        var plus = version.IndexOf('+');
        return plus < 0 ? version : version[..plus];
    }

    // The default action reports the entry assembly, which in-process (under a test host) is not hatchery.
    private sealed class PrintVersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Version);
            return 0;
        }
    }
}
