using System.Text.Json;
using System.Text.RegularExpressions;
using Hatchery.Perf.Statistics;

namespace Hatchery.Perf.Reports;

/// <summary>
/// Builds a <see cref="PerfReport"/> from BenchmarkDotNet's full JSON export (<c>*-report-full.json</c>), and
/// from the <c>*-report-cases.json</c> list Hatchery.Benchmarks writes beside it (baselines, categories, jobs).
/// </summary>
public static partial class BenchmarkDotNetImport
{
    /// <summary>The suffix of BenchmarkDotNet's full JSON export files.</summary>
    public const string FullReportSuffix = "-report-full.json";

    /// <summary>The suffix of the case list written by Hatchery.Benchmarks' <c>CaseListExporter</c>.</summary>
    public const string CaseListSuffix = "-report-cases.json";

    /// <summary>
    /// Reads every full JSON export in <paramref name="paths"/> into one report, each with its case list when one
    /// lies beside it. Without a case list, baselines are unknown and ratios are left out.
    /// </summary>
    public static PerfReport ImportFiles(IEnumerable<string> paths)
    {
        var report = new PerfReport();
        foreach (var path in paths)
        {
            var casesPath = path.EndsWith(FullReportSuffix, StringComparison.Ordinal)
                ? path[..^FullReportSuffix.Length] + CaseListSuffix
                : null;
            var cases = casesPath is not null && File.Exists(casesPath) ? File.ReadAllText(casesPath) : null;
            Import(report, File.ReadAllText(path), cases);
        }
        ComputeRatios(report);
        return report;
    }

    /// <summary>Reads one full JSON export (and optionally its case list) into a new report.</summary>
    public static PerfReport Import(string fullJson, string? casesJson = null)
    {
        var report = new PerfReport();
        Import(report, fullJson, casesJson);
        ComputeRatios(report);
        return report;
    }

    private static void Import(PerfReport report, string fullJson, string? casesJson)
    {
        using var document = JsonDocument.Parse(fullJson);
        var root = document.RootElement;
        if (root.TryGetProperty("HostEnvironmentInfo", out var host)) ReadEnvironment(report.Environment, host);
        var cases = casesJson is null ? new Dictionary<string, CaseInfo>() : ReadCases(casesJson);
        var added = new List<(BenchmarkResult Result, string Job, string Parameters)>();
        foreach (var benchmark in root.GetProperty("Benchmarks").EnumerateArray())
        {
            var display = Text(benchmark, "DisplayInfo") ?? "";
            cases.TryGetValue(display, out var info);
            var job = info?.Job ?? JobOf(display);
            var parameters = Text(benchmark, "Parameters") ?? "";
            var samples = Samples(benchmark);
            if (samples.Count == 0)
            {
                // A benchmark that failed (BenchmarkDotNet still exports it, with null statistics) has nothing to compare.
                report.Failed.Add(display);
                continue;
            }
            var result = new BenchmarkResult
            {
                Suite = Text(benchmark, "Type") ?? "",
                Description = display,
                Categories = info?.Categories?.ToList() ?? [],
                Baseline = info?.Baseline ?? false,
                NsPerOp = samples,
                MedianNs = Descriptive.Median(samples),
                SpreadPercent = Math.Round(Descriptive.SpreadPercent(samples), 2),
            };
            var method = Text(benchmark, "MethodTitle") ?? Text(benchmark, "Method") ?? "";
            result.Id = parameters.Length == 0 ? $"{result.Suite}.{method}" : $"{result.Suite}.{method}({parameters})";
            ReadMemory(result, benchmark);
            added.Add((result, job, parameters));
        }
        // The job joins the id only where a suite ran under several (ConcurrencyBenchmark's GC modes), so ids
        // stay the same between runs that pick a different job from the command line.
        foreach (var suite in added.GroupBy(a => a.Result.Suite))
        {
            var manyJobs = suite.Select(a => a.Job).Distinct().Count() > 1;
            foreach (var (result, job, _) in suite)
            {
                if (manyJobs) result.Id += $"[{job}]";
                report.Benchmarks.Add(result);
            }
        }
    }

    /// <summary>Per-iteration ns/op: the workload's result stage (overhead subtracted, as BenchmarkDotNet reports).</summary>
    private static List<double> Samples(JsonElement benchmark)
    {
        var samples = new List<double>();
        if (benchmark.TryGetProperty("Measurements", out var measurements))
        {
            foreach (var m in measurements.EnumerateArray())
            {
                if (Text(m, "IterationMode") != "Workload" || Text(m, "IterationStage") != "Result") continue;
                var operations = m.GetProperty("Operations").GetDouble();
                if (operations > 0) samples.Add(m.GetProperty("Nanoseconds").GetDouble() / operations);
            }
        }
        if (samples.Count == 0 && benchmark.TryGetProperty("Statistics", out var statistics)
                               && statistics.ValueKind == JsonValueKind.Object
                               && statistics.TryGetProperty("OriginalValues", out var values))
        {
            samples.AddRange(values.EnumerateArray().Select(v => v.GetDouble()));
        }
        return samples;
    }

    private static void ReadMemory(BenchmarkResult result, JsonElement benchmark)
    {
        if (!benchmark.TryGetProperty("Memory", out var memory) || memory.ValueKind != JsonValueKind.Object) return;
        // Without the memory diagnoser the bytes are null and the operation count 0.
        if (memory.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number)
        {
            result.BytesPerOp = bytes.GetInt64();
        }
        if (!memory.TryGetProperty("TotalOperations", out var operations) || operations.ValueKind != JsonValueKind.Number
                                                                         || operations.GetInt64() == 0)
        {
            return;
        }
        result.Gc = new GcCounts
        {
            Gen0 = memory.GetProperty("Gen0Collections").GetInt32(),
            Gen1 = memory.GetProperty("Gen1Collections").GetInt32(),
            Gen2 = memory.GetProperty("Gen2Collections").GetInt32(),
            Operations = memory.GetProperty("TotalOperations").GetInt64(),
        };
    }

    private static void ReadEnvironment(RunEnvironment environment, JsonElement host)
    {
        environment.Machine ??= Text(host, "ProcessorName");
        environment.Os ??= Text(host, "OsVersion");
        environment.BenchmarkDotNet ??= Text(host, "BenchmarkDotNetVersion");
        if (environment.Cores is null && host.TryGetProperty("LogicalCoreCount", out var cores) && cores.ValueKind == JsonValueKind.Number)
        {
            environment.Cores = cores.GetInt32();
        }
        if (environment.Dotnet is null && Text(host, "RuntimeVersion") is { } runtime)
        {
            environment.Dotnet = Text(host, "Architecture") is { } architecture ? $"{runtime} {architecture}" : runtime;
        }
    }

    /// <summary>
    /// Sets each benchmark's ratio: its median over the median of the baseline with the same suite, job,
    /// categories and parameters, or failing that the same suite, job and categories.
    /// </summary>
    private static void ComputeRatios(PerfReport report)
    {
        var baselines = report.Benchmarks.Where(b => b.Baseline).ToList();
        foreach (var benchmark in report.Benchmarks)
        {
            var baseline = baselines.FirstOrDefault(b => GroupKey(b, true) == GroupKey(benchmark, true))
                           ?? baselines.FirstOrDefault(b => GroupKey(b, false) == GroupKey(benchmark, false));
            benchmark.Ratio = baseline is { MedianNs: > 0 } ? Math.Round(benchmark.MedianNs / baseline.MedianNs, 4) : null;
        }
    }

    private static string GroupKey(BenchmarkResult result, bool withParameters)
    {
        var open = result.Id.IndexOf('(');
        var job = result.Id.EndsWith(']') ? result.Id[result.Id.LastIndexOf('[')..] : "";
        var parameters = withParameters && open >= 0 ? result.Id[open..] : "";
        return $"{result.Suite}|{job}|{string.Join(",", result.Categories)}|{parameters}";
    }

    private static Dictionary<string, CaseInfo> ReadCases(string json)
    {
        var cases = JsonSerializer.Deserialize<List<CaseInfo>>(json) ?? [];
        var byDisplay = new Dictionary<string, CaseInfo>(StringComparer.Ordinal);
        foreach (var info in cases) byDisplay.TryAdd(info.DisplayInfo, info);
        return byDisplay;
    }

    /// <summary>The job id in a display text such as <c>Suite.Method: Job-ABC(IterationCount=5) [Lines=32]</c>.</summary>
    private static string JobOf(string display) => JobPattern().Match(display) is { Success: true } m ? m.Groups[1].Value : "";

    [GeneratedRegex(@": ([^\s(\[]+)")]
    private static partial Regex JobPattern();

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record CaseInfo(string DisplayInfo, string? Job, string[]? Categories, bool Baseline);
}
