using System.CommandLine;

namespace Hatchery.Cli.Commands;

/// <summary>
/// Arguments meant for the script rather than for hatchery. Like node, everything after the script file
/// (or the code of <c>eval</c>) belongs to the script untouched, even <c>--help</c> or <c>--foo</c>: so
/// before parsing, a <c>--</c> is inserted there, and the parser hands the rest over verbatim.
/// </summary>
internal static class ScriptArguments
{
    /// <summary>The name of the trailing argument that receives the script's arguments.</summary>
    public const string Name = "args";

    /// <summary>The trailing argument of a command that runs a script.</summary>
    public static Argument<string[]> Create() => new(Name)
    {
        Description = "Arguments for the script, passed to process.argv untouched",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>
    /// Returns <paramref name="args"/> with <c>--</c> inserted after the first positional token of a command
    /// that takes script arguments (the file or code), so nothing after it is parsed as an option.
    /// </summary>
    public static string[] Separate(Command root, string[] args)
    {
        Command command = root;
        for (var i = 0; i < args.Length; i++)
        {
            var token = args[i];
            if (token == "--") return args;
            if (token.Length > 1 && token[0] == '-')
            {
                if (TakesValue(command, root, token)) i++;
                continue;
            }
            if (command == root && root.Subcommands.FirstOrDefault(c => c.Name == token) is { } subcommand)
            {
                command = subcommand;
                continue;
            }
            if (!command.Arguments.Any(a => a.Name == Name)) return args;
            return [.. args[..(i + 1)], "--", .. args[(i + 1)..]];
        }
        return args;
    }

    // An option written "--name value" consumes the next token; "--name=value" and flags do not.
    private static bool TakesValue(Command command, Command root, string token)
    {
        if (token.Contains('=')) return false;
        var option = command.Options.Concat(root.Options.Where(o => o.Recursive))
            .FirstOrDefault(o => o.Name == token || o.Aliases.Contains(token));
        return option is not null && option.Arity.MinimumNumberOfValues > 0;
    }
}
