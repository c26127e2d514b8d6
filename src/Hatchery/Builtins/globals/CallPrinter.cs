using System.Globalization;
using Acornima;
using Acornima.Ast;
using Hatchery.Modules;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// Renders an expression as V8's messages name it (<c>o.a.b is not a function</c>, <c>f(...) is not a constructor</c>,
/// <c>{} is not iterable</c>), the way V8's CallPrinter does from its AST: member chains, names and literals as written,
/// a call's arguments as <c>...</c>, and anything without a printable form as <c>(intermediate value)</c>.
/// </summary>
internal static class CallPrinter
{
    private const string Intermediate = "(intermediate value)";

    /// <summary>V8's text for <paramref name="expression"/>.</summary>
    public static string Print(Node expression) => expression switch
    {
        Identifier identifier => identifier.Name,
        ThisExpression => "this",
        StringLiteral text => "\"" + text.Value + "\"",
        NumericLiteral number => Number(number.Value),
        BooleanLiteral boolean => boolean.Value ? "true" : "false",
        NullLiteral => "null",
        NonUpdateUnaryExpression { Operator: Operator.UnaryNegation, Argument: NumericLiteral negated } => "-" + Number(negated.Value),
        ChainExpression chain => Print(chain.Expression),
        MemberExpression member => Print(member.Object) + Property(member),
        CallExpression call => Print(call.Callee) + (call.Optional ? "?.(...)" : "(...)"),
        NewExpression construct => "new " + Print(construct.Callee) + "(...)",
        SequenceExpression sequence => "(" + string.Join(" , ", sequence.Expressions.Select(Print)) + ")",
        NonLogicalBinaryExpression binary => Binary(binary.Left, NonLogicalBinaryExpression.OperatorToString(binary.Operator), binary.Right),
        LogicalExpression logical => Binary(logical.Left, LogicalExpression.OperatorToString(logical.Operator), logical.Right),
        ObjectExpression { Properties.Count: 0 } => "{}",
        ArrayExpression array when array.Elements.All(e => e is Literal or Identifier) => "[" + string.Join(",", array.Elements.Select(e => Print(e!))) + "]",
        _ => Intermediate,
    };

    private static string Binary(Expression left, string? op, Expression right) => "(" + Print(left) + " " + op + " " + Print(right) + ")";

    // A literal key prints as a name after a dot (V8 prints o["a b"] as o.a b), any other key in brackets.
    private static string Property(MemberExpression member)
    {
        var dot = member.Optional ? "?." : ".";
        return member.Property switch
        {
            Identifier name when !member.Computed => dot + name.Name,
            PrivateIdentifier name => dot + "#" + name.Name,
            StringLiteral text => dot + text.Value,
            TemplateLiteral { Expressions.Count: 0 } template => dot + template.Quasis[0].Value.Cooked,
            var key => (member.Optional ? "?.[" : "[") + Print(key) + "]",
        };
    }

    private static string Number(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        _ when value == Math.Floor(value) && Math.Abs(value) < 1e21 => value.ToString("0", CultureInfo.InvariantCulture),
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// The node of <paramref name="program"/> at exactly <paramref name="location"/> that <paramref name="accept"/> takes,
    /// or one whose child (a call's callee, a for-of's iterable, an assignment's target) is there, or with <paramref name="enclosing"/> the
    /// innermost such node that contains the place (Jint places a built-in's error at the last node it evaluated, an argument);
    /// null when none is. Descends only into the nodes that contain the place.
    /// </summary>
    public static T? Find<T>(Node program, in SourceLocation location, Func<T, bool>? accept = null, bool enclosing = false) where T : Node
    {
        var start = location.Start;
        var end = location.End;
        Node? node = program;
        T? innermost = null;
        while (node is not null)
        {
            if (node is T match && (accept is null || accept(match)))
            {
                if (enclosing) innermost = match;
                else if (Same(node.Location, start, end) || CalleeAt(node, start, end)) return match;
            }
            Node? inner = null;
            foreach (var child in node.ChildNodes)
            {
                if (child is not null && Contains(child.Location, start, end))
                {
                    inner = child;
                    break;
                }
            }
            node = inner;
        }
        return innermost;
    }

    private static bool CalleeAt(Node node, Position start, Position end) => node switch
    {
        CallExpression call => Same(call.Callee.Location, start, end),
        NewExpression construct => Same(construct.Callee.Location, start, end),
        ForOfStatement loop => Same(loop.Right.Location, start, end),
        AssignmentExpression assignment => Same(assignment.Left.Location, start, end),
        _ => false,
    };

    private static bool Same(in SourceLocation at, Position start, Position end) => at.Start == start && at.End == end;

    // The module wrapper's own nodes start past any real column (FirstLineShift.WrapperColumn) yet hold the whole file.
    private static bool Contains(in SourceLocation at, Position start, Position end) =>
        (at.Start is { Line: 1, Column: FirstLineShift.WrapperColumn } || Compare(at.Start, start) <= 0) && Compare(end, at.End) <= 0;

    private static int Compare(Position a, Position b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column);
}
