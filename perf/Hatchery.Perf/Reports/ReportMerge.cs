using Hatchery.Perf.Statistics;

namespace Hatchery.Perf.Reports;

/// <summary>Joins the reports of several runs of the same benchmarks into one (how <c>ab</c> pools its rounds).</summary>
internal static class ReportMerge
{
    /// <summary>
    /// One report whose benchmarks hold every run's samples, medians and spreads recomputed; bytes/op and ratio are the
    /// median over the runs; the environment is the first run's. A benchmark failed in a run but measured in another
    /// keeps the samples it has.
    /// </summary>
    public static PerfReport Merge(IReadOnlyList<PerfReport> reports)
    {
        if (reports.Count == 0) throw new ArgumentException("Nothing to merge.");
        var merged = new PerfReport { Environment = reports[0].Environment };
        var byId = new Dictionary<string, List<BenchmarkResult>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var benchmark in reports.SelectMany(r => r.Benchmarks))
        {
            if (!byId.TryGetValue(benchmark.Id, out var list))
            {
                byId[benchmark.Id] = list = [];
                order.Add(benchmark.Id);
            }
            list.Add(benchmark);
        }
        foreach (var id in order)
        {
            var runs = byId[id];
            var first = runs[0];
            var samples = runs.SelectMany(r => r.NsPerOp).ToList();
            var bytes = runs.Where(r => r.BytesPerOp is not null).Select(r => (double)r.BytesPerOp!.Value).ToList();
            var ratios = runs.Where(r => r.Ratio is not null).Select(r => r.Ratio!.Value).ToList();
            merged.Benchmarks.Add(new BenchmarkResult
            {
                Id = id,
                Suite = first.Suite,
                Description = first.Description,
                Categories = first.Categories,
                Baseline = first.Baseline,
                NsPerOp = samples,
                MedianNs = Descriptive.Median(samples),
                SpreadPercent = Math.Round(Descriptive.SpreadPercent(samples), 2),
                BytesPerOp = bytes.Count == 0 ? null : (long)Math.Round(Descriptive.Median(bytes)),
                Gc = runs.Last().Gc,
                Ratio = ratios.Count == 0 ? null : Math.Round(Descriptive.Median(ratios), 4),
            });
        }
        merged.Failed = reports.SelectMany(r => r.Failed).Where(f => !merged.Benchmarks.Any(b => b.Description == f)).Distinct().ToList();
        return merged;
    }
}
