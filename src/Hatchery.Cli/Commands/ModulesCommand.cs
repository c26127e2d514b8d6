using System.CommandLine;
using Hatchery.NativeModules;

namespace Hatchery.Cli.Commands;

/// <summary>
/// <c>hatchery modules [NAME]</c>: lists the modules scripts can require, each with whose it is (Node's, Hatchery's
/// or the application's) and what it is written in, or prints one module's documentation.
/// </summary>
internal static class ModulesCommand
{
    public static Command Create(CliContext context, SandboxOptions sandbox)
    {
        var name = new Argument<string?>("name") { Description = "A module whose documentation to print", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("modules", "List the modules scripts can require (whose, and whether JavaScript or native C#), or print one module's "
                                             + "documentation; with --safe (and --fs-root), the modules that sandbox leaves out") { name };
        command.Options.Add(sandbox.Safe);
        command.Options.Add(sandbox.FileSystemRoot);
        command.SetAction(result => Execute(context, result.GetValue(name), sandbox.Read(result)));
        return command;
    }

    public static int Execute(CliContext context, string? name, Sandbox sandbox)
    {
        var factory = EngineFactory.Create(o => sandbox.Apply(o, context.CurrentDirectory, scriptDirectory: null));
        var modules = factory.NativeModules;
        var leftOut = factory.Settings.LeftOutModules;
        if (name is null)
        {
            List(context.Out, modules);
            if (leftOut.Count > 0)
            {
                context.Out.WriteLine();
                context.Out.WriteLine("Left out by --safe:");
                var width = leftOut.Keys.Max(k => k.Length);
                foreach (var (left, reason) in leftOut.OrderBy(m => m.Key, StringComparer.Ordinal)) context.Out.WriteLine($"{left.PadRight(width)}  {reason}");
            }
            return 0;
        }
        var bare = name.StartsWith("node:", StringComparison.Ordinal) ? name[5..] : name;
        var module = modules.Find(bare);
        if (module is null)
        {
            context.Error.WriteLine(leftOut.TryGetValue(bare, out var why)
                ? $"hatchery: module '{name}' is left out by --safe ({why})."
                : $"hatchery: no module named '{name}'. Run 'hatchery modules' to list them.");
            return 1;
        }
        context.Out.WriteLine(module.Documentation.TrimEnd());
        return 0;
    }

    private static void List(TextWriter output, NativeModuleTable modules)
    {
        var width = modules.All.Select(m => m.Name.Length).Append("NAME".Length).Max();
        output.WriteLine($"{"NAME".PadRight(width)}  {"FROM",-11}  {"WRITTEN IN",-15}  SUMMARY");
        foreach (var module in modules.All.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            output.WriteLine($"{module.Name.PadRight(width)}  {OriginLabel(module.Origin),-11}  {ImplementationLabel(module.Implementation),-15}  {module.Summary}");
        }
    }

    /// <summary>The FROM column: whose API the module is.</summary>
    private static string OriginLabel(ModuleOrigin origin) => origin switch
    {
        ModuleOrigin.Node => "node",
        ModuleOrigin.Hatchery => "hatchery",
        _ => "application",
    };

    /// <summary>The WRITTEN IN column; "native" is said only of C#.</summary>
    private static string ImplementationLabel(ModuleImplementation implementation) => implementation switch
    {
        ModuleImplementation.CSharp => "native (C#)",
        ModuleImplementation.JavaScript => "JavaScript",
        _ => "JavaScript + C#",
    };
}
