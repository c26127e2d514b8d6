namespace Hatchery.Builtins.Path;

/// <summary>The parts <c>path.parse</c> returns: <c>root</c>, <c>dir</c>, <c>base</c>, <c>ext</c> and <c>name</c>.</summary>
/// <param name="Root">The root, such as <c>/</c>, <c>C:\</c> or <c>\\server\share\</c>; empty for relative paths.</param>
/// <param name="Dir">The directory part, including the root.</param>
/// <param name="Base">The last component, extension included.</param>
/// <param name="Ext">The extension of the last component, dot included.</param>
/// <param name="Name">The last component without its extension.</param>
public readonly record struct ParsedPath(string Root, string Dir, string Base, string Ext, string Name)
{
    /// <summary>The result for the empty path: every part empty.</summary>
    public static ParsedPath Empty => new("", "", "", "", "");
}
