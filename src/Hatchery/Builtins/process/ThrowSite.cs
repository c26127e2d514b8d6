using Acornima;
using Acornima.Ast;

namespace Hatchery.Builtins.Process;

/// <summary>
/// Finds the <c>throw</c> statement of a thrown value. Jint locates a throw at its argument (the completion's source
/// is the thrown expression), while V8's caret sits on the statement's <c>throw</c> keyword, which may be on an
/// earlier line or behind a comment or parentheses; only the statement's own location says where.
/// </summary>
internal static class ThrowSite
{
    private static readonly ParserOptions Options = new()
    {
        AllowReturnOutsideFunction = true,
        AllowAwaitOutsideFunction = true,
        AllowHashBang = true,
    };

    /// <summary>
    /// Where the <c>throw</c> statement whose argument starts at <paramref name="line"/> (1-based) and
    /// <paramref name="column"/> (0-based) begins; null when <paramref name="source"/> does not parse, and the given
    /// place itself when no throw statement has its argument there (the engine threw, not a statement).
    /// </summary>
    public static (int Line, int Column)? Find(string source, int line, int column)
    {
        var program = Parse(source);
        if (program is null) return null;
        foreach (var node in program.DescendantNodes())
        {
            if (node is ThrowStatement statement && statement.Argument.Location.Start is var start && start.Line == line && start.Column == column)
            {
                return (statement.Location.Start.Line, statement.Location.Start.Column);
            }
        }
        return (line, column);
    }

    // A CommonJS file parses as a script (it may return at top level), an ES module only as a module.
    private static Acornima.Ast.Program? Parse(string source)
    {
        var parser = new Parser(Options);
        return TryParse(() => parser.ParseScript(source)) ?? TryParse(() => parser.ParseModule(source));
    }

    private static Acornima.Ast.Program? TryParse(Func<Acornima.Ast.Program> parse)
    {
        try
        {
            return parse();
        }
        catch (Exception e) when (e is ParseErrorException || StackExhaustion.Is(e))
        {
            return null;
        }
    }
}
