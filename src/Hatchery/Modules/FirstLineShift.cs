using Acornima;
using Acornima.Ast;

namespace Hatchery.Modules;

/// <summary>
/// Moves the syntax tree of a wrapped module back onto the file's own columns. The CommonJS wrapper shares the
/// file's first line (so line numbers stay the file's), which pushes every position on that line right by the
/// wrapper's length; Jint reads locations from the tree when it builds stacks and errors, so the tree is where
/// to undo it, once, when the module is compiled.
/// </summary>
internal static class FirstLineShift
{
    // Location is init-only; the tree is ours until the prepared script is published, so setting it once is safe.
    private static readonly Action<Node, SourceLocation> SetLocation =
        typeof(Node).GetProperty(nameof(Node.Location))!.SetMethod!.CreateDelegate<Action<Node, SourceLocation>>();

    /// <summary>Shifts every position on line 1 of <paramref name="root"/>'s tree left by <paramref name="columns"/>.</summary>
    public static void Apply(Node root, int columns)
    {
        foreach (var node in root.DescendantNodesAndSelf())
        {
            var location = node.Location;
            if (location.Start.Line != 1 && location.End.Line != 1) continue;
            SetLocation(node, SourceLocation.From(Shift(location.Start, columns), Shift(location.End, columns), location.SourceFile));
        }
    }

    private static Position Shift(Position position, int columns) =>
        position.Line == 1 ? Position.From(1, Math.Max(0, position.Column - columns)) : position;
}
