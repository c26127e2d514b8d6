namespace Hatchery.Perf.Profiling;

/// <summary>One frame of a flame graph: a function at one call path, with the samples at or below it.</summary>
public sealed class FlameNode
{
    private readonly Dictionary<string, FlameNode> _children = new(StringComparer.Ordinal);

    private FlameNode(string name, int depth)
    {
        Name = name;
        Depth = depth;
    }

    /// <summary>The frame's name; the root's is "all".</summary>
    public string Name { get; }

    /// <summary>0 for the root, 1 for its children, …</summary>
    public int Depth { get; }

    /// <summary>Samples whose stack passes through this frame.</summary>
    public long Total { get; private set; }

    /// <summary>Callees, sorted by name (so a frame's place does not depend on sample order).</summary>
    public IEnumerable<FlameNode> Children => _children.Values.OrderBy(c => c.Name, StringComparer.Ordinal);

    /// <summary>Builds the call tree of <paramref name="stacks"/> under a root named "all".</summary>
    public static FlameNode Build(FoldedStacks stacks)
    {
        var root = new FlameNode("all", 0);
        foreach (var (stack, count) in stacks.Counts)
        {
            var node = root;
            node.Total += count;
            foreach (var frame in stack.Split(';'))
            {
                if (!node._children.TryGetValue(frame, out var child))
                {
                    child = new FlameNode(frame, node.Depth + 1);
                    node._children.Add(frame, child);
                }
                child.Total += count;
                node = child;
            }
        }
        return root;
    }

    /// <summary>The callee named <paramref name="name"/>, or null.</summary>
    public FlameNode? Child(string name) => _children.GetValueOrDefault(name);

    /// <summary>The deepest frame's depth.</summary>
    public int Height() => _children.Count == 0 ? Depth : _children.Values.Max(c => c.Height());
}
