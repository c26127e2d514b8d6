namespace Hatchery.Perf.Comparison;

/// <summary>A table of strings rendered as aligned plain text or as a Markdown table.</summary>
/// <param name="Headers">Column headings.</param>
/// <param name="RightAligned">Per column, whether it is numeric (right-aligned).</param>
internal sealed record TextTable(string[] Headers, bool[] RightAligned)
{
    /// <summary>The rows; each has one cell per header.</summary>
    public List<string[]> Rows { get; } = [];

    /// <summary>Adds a row.</summary>
    public void Add(params string[] cells) => Rows.Add(cells);

    /// <summary>Columns padded to their widest cell, two spaces apart, trailing spaces trimmed.</summary>
    public void WriteText(TextWriter output)
    {
        var widths = Headers.Select((h, i) => Rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        void Line(string[] cells) => output.WriteLine(string.Join("  ", cells.Select((c, i) =>
            RightAligned[i] ? c.PadLeft(widths[i]) : c.PadRight(widths[i]))).TrimEnd());
        Line(Headers);
        foreach (var row in Rows) Line(row);
    }

    /// <summary>A GitHub Markdown table (pipes in cells escaped).</summary>
    public void WriteMarkdown(TextWriter output)
    {
        static string Cell(string c) => c.Replace("|", "\\|", StringComparison.Ordinal);
        output.WriteLine("| " + string.Join(" | ", Headers.Select(Cell)) + " |");
        output.WriteLine("|" + string.Join("|", RightAligned.Select(r => r ? "---:" : ":---")) + "|");
        foreach (var row in Rows) output.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
    }
}
