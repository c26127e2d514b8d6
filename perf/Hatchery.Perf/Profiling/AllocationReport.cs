using System.Globalization;
using Hatchery.Perf.Comparison;

namespace Hatchery.Perf.Profiling;

/// <summary>The text report of an allocation profile: top types and call sites, estimated per operation.</summary>
internal static class AllocationReport
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Estimated bytes per operation over all samples.</summary>
    public static double EstimatedBytesPerOperation(AllocationProfile profile) =>
        profile.Operations == 0 ? 0 : profile.Samples.Sum(s => AllocationProfiler.EstimatedBytes(s.ObjectSize)) / profile.Operations;

    /// <summary>Estimated objects per operation over all samples.</summary>
    public static double EstimatedObjectsPerOperation(AllocationProfile profile) =>
        profile.Operations == 0 ? 0 : profile.Samples.Sum(s => AllocationProfiler.EstimatedObjects(s.ObjectSize)) / profile.Operations;

    /// <summary>Writes the report: totals, the top <paramref name="count"/> types and call sites, and flat/cumulative functions.</summary>
    public static void Write(AllocationProfile profile, string heading, int count, TextWriter output)
    {
        var operations = Math.Max(1, profile.Operations);
        output.WriteLine(heading);
        output.WriteLine($"{profile.Samples.Count.ToString("N0", Invariant)} sampled allocations over {profile.Operations.ToString("N0", Invariant)} operations "
                         + $"(one sample per {AllocationProfiler.MeanSamplingDistance / 1024:0} KiB allocated on average)");
        output.WriteLine($"estimated: {Units.Bytes((long)EstimatedBytesPerOperation(profile))}/op in {EstimatedObjectsPerOperation(profile).ToString("0.#", Invariant)} objects/op; "
                         + $"measured (GC.GetTotalAllocatedBytes): {Units.Bytes(profile.MeasuredBytes / operations)}/op");
        Group(profile, s => s.Type, "type", count, output);
        Group(profile, s => s.Stack.Count > 0 ? s.Stack[^1] : "[no managed frame]", "call site (allocating method)", count, output);
        output.WriteLine();
        TopReport.Write(AllocationProfiler.Fold(profile), "functions by estimated bytes (flat: allocated in the method itself; cum: with its callees)",
            count, output, "estimated bytes", weight => Units.Bytes(weight / operations));
    }

    private static void Group(AllocationProfile profile, Func<AllocationSample, string> key, string what, int count, TextWriter output)
    {
        var operations = (double)Math.Max(1, profile.Operations);
        var total = profile.Samples.Sum(s => AllocationProfiler.EstimatedBytes(s.ObjectSize));
        output.WriteLine();
        output.WriteLine($"top by {what}");
        var table = new TextTable(["bytes/op", "objects/op", "share", "samples", what], [true, true, true, true, false]);
        var groups = profile.Samples.GroupBy(key)
            .Select(g => (Name: g.Key, Bytes: g.Sum(s => AllocationProfiler.EstimatedBytes(s.ObjectSize)),
                Objects: g.Sum(s => AllocationProfiler.EstimatedObjects(s.ObjectSize)), Samples: g.Count()))
            .OrderByDescending(g => g.Bytes).ThenBy(g => g.Name, StringComparer.Ordinal).Take(count);
        foreach (var g in groups)
        {
            table.Add(Units.Bytes((long)(g.Bytes / operations)), (g.Objects / operations).ToString("0.##", Invariant),
                (100 * g.Bytes / total).ToString("0.0", Invariant) + "%", g.Samples.ToString(Invariant), g.Name);
        }
        table.WriteText(output);
    }
}
