namespace Hatchery.Perf.Profiling;

/// <summary>
/// Call stacks with how many samples each was seen in: the "folded" format flamegraph tools share, one line per stack,
/// frames root first separated by <c>;</c>, then a space and the count.
/// </summary>
public sealed class FoldedStacks
{
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    /// <summary>Every distinct stack (root first, <c>;</c>-separated) and its sample count.</summary>
    public IReadOnlyDictionary<string, long> Counts => _counts;

    /// <summary>Samples over all stacks.</summary>
    public long Total { get; private set; }

    /// <summary>Adds <paramref name="count"/> samples of the stack <paramref name="rootFirst"/>.</summary>
    public void Add(IReadOnlyList<string> rootFirst, long count = 1)
    {
        if (rootFirst.Count == 0 || count <= 0) return;
        // ';' separates frames and a trailing " N" is the count: neither may appear inside a name.
        var key = string.Join(';', rootFirst.Select(f => f.Replace(';', ':').Replace('\n', ' ')));
        _counts[key] = _counts.GetValueOrDefault(key) + count;
        Total += count;
    }

    /// <summary>The folded text, stacks sorted so two foldings of the same samples are byte-identical.</summary>
    public void Write(TextWriter output)
    {
        foreach (var (stack, count) in _counts.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"{stack} {count}");
    }

    /// <summary>Parses folded text (lines of <c>a;b;c N</c>); blank lines are skipped.</summary>
    public static FoldedStacks Read(TextReader input)
    {
        var stacks = new FoldedStacks();
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            line = line.TrimEnd();
            var space = line.LastIndexOf(' ');
            if (space <= 0 || !long.TryParse(line.AsSpan(space + 1), System.Globalization.CultureInfo.InvariantCulture, out var count))
            {
                if (line.Length > 0) throw new InvalidDataException($"Not a folded stack line: {line}");
                continue;
            }
            stacks.Add(line[..space].Split(';'), count);
        }
        return stacks;
    }
}
