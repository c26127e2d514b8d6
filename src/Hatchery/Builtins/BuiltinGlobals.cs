namespace Hatchery.Builtins;

/// <summary>A group of Node's globals that no require name owns, with the documentation <c>hatchery modules NAME</c> prints.</summary>
/// <param name="Name">The name the documentation is found by, for example <c>fetch</c>.</param>
/// <param name="Summary">A one-line summary.</param>
/// <param name="Documentation">The full documentation text.</param>
public sealed record BuiltinGlobal(string Name, string Summary, string Documentation);

/// <summary>The documented groups of globals every runtime has beside its modules (scripts cannot require these names).</summary>
public static class BuiltinGlobals
{
    /// <summary>The groups, by name.</summary>
    public static IReadOnlyList<BuiltinGlobal> Documented { get; } =
    [
        new("fetch", Fetch.FetchDocumentation.Summary, Fetch.FetchDocumentation.Text),
    ];
}
