using Acornima;
using Acornima.Ast;

namespace Hatchery.Modules;

/// <summary>
/// A module file's functions held to <see cref="Builtins.Globals.FunctionConstructorGuard.MaxParameters"/> parameter
/// names in runtimes with a time limit, as the guarded <c>Function</c> constructors are. Jint checks a function's
/// parameter names for duplicates while it prepares the file, in one step quadratic in their number that no limit
/// interrupts (13 s at 100,000 names). Counted once per compiled file, by a plain parse, and only in files with enough
/// commas to hold that many names.
/// </summary>
internal static class ParameterListLimit
{
    private const int MaxParameters = Builtins.Globals.FunctionConstructorGuard.MaxParameters;

    /// <summary>V8's message for too many parameters, with this limit's number.</summary>
    public static string Message => $"Too many parameters in function definition (only {MaxParameters} allowed)";

    /// <summary>
    /// The SyntaxError, placed at the first function of <paramref name="source"/> with more parameter names than the
    /// limit, or null when it has none or does not parse (its preparation then reports the error).
    /// </summary>
    public static ModuleLoadException? FindSite(string path, string source, bool isModule)
    {
        // n names take n - 1 commas: a file with fewer is never parsed here.
        if (source.AsSpan().Count(',') < MaxParameters) return null;
        Node program;
        try
        {
            program = isModule ? new Parser(Options).ParseModule(source) : new Parser(Options).ParseScript(source);
        }
        catch (Exception e) when (e is ParseErrorException || StackExhaustion.Is(e))
        {
            return null;
        }
        var pending = new Stack<Node>();
        pending.Push(program);
        while (pending.TryPop(out var node))
        {
            if (node is IFunction function && CountNames(function.Params) > MaxParameters)
            {
                var (line, column) = (node.Location.Start.Line, node.Location.Start.Column);
                return new ModuleLoadException("", Message, "SyntaxError")
                {
                    Frame = CompiledModule.Frame(path, line, CompiledModule.LineOf(source, line), column),
                    Location = $"{path}:{line}:{column + 1}",
                };
            }
            foreach (var child in node.ChildNodes) pending.Push(child);
        }
        return null;
    }

    // A CommonJS file may return at its top level and start with a "#!" line, as Node's wrapper allows.
    private static readonly ParserOptions Options = new() { AllowReturnOutsideFunction = true, AllowHashBang = true };

    /// <summary>The names <paramref name="parameters"/> bind, patterns included (Jint checks those for duplicates the same way).</summary>
    public static int CountNames(in NodeList<Node> parameters)
    {
        var names = 0;
        var pending = new Stack<Node>(parameters);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case Identifier:
                    names++;
                    break;
                case AssignmentPattern assignment:
                    pending.Push(assignment.Left);
                    break;
                case RestElement rest:
                    pending.Push(rest.Argument);
                    break;
                case ArrayPattern array:
                    foreach (var element in array.Elements) if (element is not null) pending.Push(element);
                    break;
                case ObjectPattern obj:
                    foreach (var property in obj.Properties) pending.Push(property is Property p ? p.Value : property);
                    break;
            }
        }
        return names;
    }
}
