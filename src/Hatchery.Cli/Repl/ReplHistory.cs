namespace Hatchery.Cli.Repl;

/// <summary>The lines typed in this session, oldest first: recalled with the arrow keys, shown by <c>.history</c>, written by <c>.save</c>.</summary>
internal sealed class ReplHistory
{
    private readonly List<string> _lines = [];

    /// <summary>The recorded lines, oldest first.</summary>
    public IReadOnlyList<string> Lines => _lines;

    /// <summary>Records a line; blank lines and a repeat of the previous line are skipped, as in Node.</summary>
    public void Add(string line)
    {
        if (string.IsNullOrWhiteSpace(line)) return;
        if (_lines.Count > 0 && _lines[^1] == line) return;
        _lines.Add(line);
    }
}
