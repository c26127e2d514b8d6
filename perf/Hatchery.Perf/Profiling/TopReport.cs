using System.Globalization;
using Hatchery.Perf.Comparison;

namespace Hatchery.Perf.Profiling;

/// <summary>One function's weight in a profile.</summary>
/// <param name="Name">The frame name.</param>
/// <param name="Flat">Weight where it is the leaf (its own work).</param>
/// <param name="Cumulative">Weight of stacks it appears in, counted once per stack (its work and its callees').</param>
internal readonly record struct FunctionWeight(string Name, long Flat, long Cumulative);

/// <summary>pprof-style top-N text of folded stacks: flat and cumulative, and the difference between two profiles.</summary>
internal static class TopReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Flat and cumulative weight of every function in <paramref name="stacks"/>.</summary>
    public static Dictionary<string, FunctionWeight> Functions(FoldedStacks stacks)
    {
        var flat = new Dictionary<string, long>(StringComparer.Ordinal);
        var cumulative = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (stack, count) in stacks.Counts)
        {
            var frames = stack.Split(';');
            flat[frames[^1]] = flat.GetValueOrDefault(frames[^1]) + count;
            // Recursion puts a function on a stack more than once; it still costs that stack's samples once.
            foreach (var frame in frames.Distinct(StringComparer.Ordinal)) cumulative[frame] = cumulative.GetValueOrDefault(frame) + count;
        }
        return cumulative.ToDictionary(p => p.Key, p => new FunctionWeight(p.Key, flat.GetValueOrDefault(p.Key), p.Value), StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the top <paramref name="count"/> functions by flat weight, then by cumulative weight, with
    /// <paramref name="perOperation"/> (e.g. ns or bytes per operation of one unit of weight) when given.
    /// </summary>
    public static void Write(FoldedStacks stacks, string heading, int count, TextWriter output, string unit = "samples", Func<long, string>? perOperation = null)
    {
        var functions = Functions(stacks).Values.ToList();
        output.WriteLine(heading);
        output.WriteLine($"total: {stacks.Total.ToString("N0", Invariant)} {unit}");
        foreach (var (title, byCumulative) in new[] { ("top by flat (self)", false), ("top by cumulative (self and callees)", true) })
        {
            output.WriteLine();
            output.WriteLine(title);
            var headers = perOperation is null
                ? new[] { "flat", "flat%", "sum%", "cum", "cum%", "function" }
                : ["flat", "flat%", "sum%", "cum", "cum%", "flat/op", "cum/op", "function"];
            var table = new TextTable(headers, headers.Select(h => h != "function").ToArray());
            double sum = 0;
            foreach (var f in functions.OrderByDescending(f => byCumulative ? f.Cumulative : f.Flat).ThenBy(f => f.Name, StringComparer.Ordinal).Take(count))
            {
                sum += f.Flat;
                var row = new List<string>
                {
                    f.Flat.ToString("N0", Invariant), Percent(f.Flat, stacks.Total), Percent(sum, stacks.Total),
                    f.Cumulative.ToString("N0", Invariant), Percent(f.Cumulative, stacks.Total),
                };
                if (perOperation is not null)
                {
                    row.Add(perOperation(f.Flat));
                    row.Add(perOperation(f.Cumulative));
                }
                row.Add(f.Name);
                table.Add([.. row]);
            }
            table.WriteText(output);
        }
    }

    /// <summary>
    /// Writes the <paramref name="count"/> functions whose share of all weight moved most between
    /// <paramref name="baseline"/> and <paramref name="candidate"/>, in percentage points, flat and cumulative.
    /// </summary>
    public static void WriteDifference(FoldedStacks baseline, FoldedStacks candidate, string heading, int count, TextWriter output)
    {
        var before = Functions(baseline);
        var after = Functions(candidate);
        output.WriteLine(heading);
        output.WriteLine($"base: {baseline.Total.ToString("N0", Invariant)} samples; candidate: {candidate.Total.ToString("N0", Invariant)} samples; "
                         + "shares are of each profile's own total, deltas in percentage points");
        foreach (var (title, cumulative) in new[] { ("largest change of flat (self) share", false), ("largest change of cumulative share", true) })
        {
            output.WriteLine();
            output.WriteLine(title);
            var table = new TextTable(["base%", "candidate%", "delta", "function"], [true, true, true, false]);
            var rows = before.Keys.Union(after.Keys)
                .Select(name =>
                {
                    var b = before.TryGetValue(name, out var x) ? (cumulative ? x.Cumulative : x.Flat) : 0;
                    var a = after.TryGetValue(name, out var y) ? (cumulative ? y.Cumulative : y.Flat) : 0;
                    var bs = baseline.Total == 0 ? 0 : 100.0 * b / baseline.Total;
                    var cs = candidate.Total == 0 ? 0 : 100.0 * a / candidate.Total;
                    return (Name: name, Base: bs, Candidate: cs, Delta: cs - bs);
                })
                .Where(r => r.Delta != 0)
                .OrderByDescending(r => Math.Abs(r.Delta)).ThenBy(r => r.Name, StringComparer.Ordinal)
                .Take(count);
            foreach (var r in rows)
            {
                table.Add(r.Base.ToString("0.00", Invariant) + "%", r.Candidate.ToString("0.00", Invariant) + "%",
                    (r.Delta >= 0 ? "+" : "") + r.Delta.ToString("0.00", Invariant), r.Name);
            }
            table.WriteText(output);
        }
    }

    private static string Percent(double part, long total) => total == 0 ? "0.00%" : (100 * part / total).ToString("0.00", Invariant) + "%";
}
