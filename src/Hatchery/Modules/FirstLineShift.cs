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

    /// <summary>
    /// The first-line column given to the start of the wrapper's own nodes, past any real line: a stack frame
    /// located there is the host calling the module function, which Node's stacks show as its loader's frames,
    /// never as a place in the file.
    /// </summary>
    public const int WrapperColumn = int.MaxValue - 1;

    /// <summary>
    /// Shifts every position on line 1 of <paramref name="root"/>'s tree left by <paramref name="columns"/>, and
    /// marks the wrapper's own nodes (those that start in the wrapper's prefix and span the file) with
    /// <see cref="WrapperColumn"/>.
    /// </summary>
    public static void Apply(Node root, int columns)
    {
        foreach (var node in root.DescendantNodesAndSelf())
        {
            var location = node.Location;
            if (location.Start.Line != 1 && location.End.Line != 1) continue;
            var start = location.Start.Line == 1 && location.Start.Column < columns && location.End.Line > 1 ? Position.From(1, WrapperColumn) : Shift(location.Start, columns);
            SetLocation(node, SourceLocation.From(start, Shift(location.End, columns), location.SourceFile));
        }
    }

    /// <summary>
    /// For Jint's stack builder: a frame at the wrapper becomes blank text, which the builder's final trim removes
    /// at the bottom of the stack (the only place it appears); null keeps Jint's rendering of every other frame.
    /// </summary>
    public static string? HideWrapperFrame(string description, SourceLocation location, string[]? arguments) =>
        location.Start is { Line: 1, Column: WrapperColumn } ? " " : null;

    private static Position Shift(Position position, int columns) =>
        position.Line == 1 ? Position.From(1, Math.Max(0, position.Column - columns)) : position;
}
