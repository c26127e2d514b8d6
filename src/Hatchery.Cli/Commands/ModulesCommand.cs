using System.CommandLine;
using Hatchery.NativeModules;

namespace Hatchery.Cli.Commands;

/// <summary><c>hatchery modules [NAME]</c>: lists the native modules, or prints one module's documentation.</summary>
internal static class ModulesCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string?>("name") { Description = "A module whose documentation to print", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("modules", "List the native modules scripts can require, or print one module's documentation") { name };
        command.SetAction(result => Execute(context, result.GetValue(name)));
        return command;
    }

    public static int Execute(CliContext context, string? name)
    {
        var modules = EngineFactory.Create().NativeModules;
        if (name is null)
        {
            List(context.Out, modules);
            return 0;
        }
        var module = modules.Find(name.StartsWith("node:", StringComparison.Ordinal) ? name[5..] : name);
        if (module is null)
        {
            context.Error.WriteLine($"hatchery: no native module named '{name}'. Run 'hatchery modules' to list them.");
            return 1;
        }
        context.Out.WriteLine(module.Documentation.TrimEnd());
        return 0;
    }

    private static void List(TextWriter output, NativeModuleTable modules)
    {
        var width = modules.All.Select(m => m.Name.Length).DefaultIfEmpty(0).Max();
        foreach (var module in modules.All.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"{module.Name.PadRight(width)}  {module.Summary}");
        }
    }
}
