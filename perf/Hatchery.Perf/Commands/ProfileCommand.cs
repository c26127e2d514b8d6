using System.CommandLine;
using Hatchery.Perf.Profiling;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Commands;

/// <summary><c>hatchery-perf profile --benchmark NAME</c>: CPU and allocation flame graphs, top-N and instruction counts.</summary>
internal static class ProfileCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var benchmark = new Option<string>("--benchmark", "-b") { Description = "The benchmark: Suite.Method or Suite.Method(Param=Value), e.g. RuntimeSpawnBenchmark.Open", Required = true };
        var against = new Option<string?>("--against") { Description = "A second benchmark of the same build to compare with (base: --benchmark, candidate: this)" };
        var baseRevision = new Option<string?>("--base") { Description = "A git revision to compare with: the same benchmark built from it in a temporary worktree (base) against the work tree (candidate)" };
        var outDirectory = new Option<string>("--out") { Description = "The run directory to write", DefaultValueFactory = _ => "perf-profile" };
        var kinds = new Option<string>("--kinds") { Description = "What to collect, comma-separated: measure, cpu, alloc, callgrind", DefaultValueFactory = _ => "measure,cpu,alloc,callgrind" };
        var seconds = new Option<double>("--seconds") { Description = "Seconds of the benchmark's loop per CPU and per allocation profile", DefaultValueFactory = _ => 10 };
        var warmup = new Option<double>("--warmup") { Description = "Seconds of warm-up before each profile (tiered JIT settles)", DefaultValueFactory = _ => 2 };
        var callgrindOperations = new Option<long>("--callgrind-operations") { Description = "N: callgrind runs N and 3N operations; instructions/op is the difference over 2N", DefaultValueFactory = _ => 200 };
        var top = new Option<int>("--top") { Description = "Rows in each top-N table", DefaultValueFactory = _ => 25 };
        var job = new Option<BenchmarkJob>("--job") { Description = "The BenchmarkDotNet job of the measure step (quick: 15 samples a side)", DefaultValueFactory = _ => BenchmarkJob.Quick };
        var measure = new Option<string?>("--measure") { Description = "More benchmarks to measure beside the profiled ones (BenchmarkDotNet globs), e.g. '*FirstUse*'" };
        var command = new Command("profile",
            "Profile one benchmark's operation, run in a loop outside BenchmarkDotNet (see drive), and write a run\n"
            + "directory: report.yaml (BenchmarkDotNet time and bytes/op), NAME.cpu.svg (perf CPU flame graph: hover, click to\n"
            + "zoom, search box), NAME.cpu.top.txt (flat and cumulative top-N), NAME.alloc.svg and NAME.alloc.top.txt (from\n"
            + ".NET's AllocationSampled events: top types and call sites with estimated bytes and objects per operation),\n"
            + "callgrind instructions per operation, and profiles.yaml listing it all. With --against or --base, both sides\n"
            + "are profiled and compared: comparison.md, A-vs-B.cpu.diff.svg (grown red, shrunk blue, widths from the\n"
            + "candidate) and A-vs-B.cpu.diff.top.txt, likewise for allocations. Needs perf (CPU) and valgrind (callgrind);\n"
            + "it says what to install, or which sysctl to set, when they are missing or not permitted.")
        {
            benchmark, against, baseRevision, outDirectory, kinds, seconds, warmup, callgrindOperations, top, job, measure,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var root = RunCommand.RepositoryRoot(Environment.CurrentDirectory);
            if (root is null)
            {
                error.WriteLine($"hatchery-perf: no {Reports.SourceInfo.BenchmarkProject} above {Environment.CurrentDirectory}: run inside the Hatchery repository");
                return 1;
            }
            if (result.GetValue(against) is not null && result.GetValue(baseRevision) is not null)
            {
                error.WriteLine("hatchery-perf: --against and --base are alternatives: compare two benchmarks or two builds, not both");
                return 1;
            }
            var parsedKinds = ParseKinds(result.GetValue(kinds)!);
            if (parsedKinds is null)
            {
                error.WriteLine($"hatchery-perf: --kinds takes measure, cpu, alloc and callgrind, not '{result.GetValue(kinds)}'");
                return 1;
            }
            var request = new ProfileRequest(root, Path.GetFullPath(result.GetValue(outDirectory)!), result.GetValue(benchmark)!, result.GetValue(against),
                result.GetValue(baseRevision), parsedKinds.Value, result.GetValue(seconds), result.GetValue(warmup), result.GetValue(callgrindOperations),
                result.GetValue(top), result.GetValue(job), result.GetValue(measure), "hatchery-perf " + string.Join(' ', result.Tokens.Select(t => Quote(t.Value))));
            var session = new ProfileSession(request, output, Environment.GetEnvironmentVariable("PATH"));
            if (session.Preflight(out var perf, out var valgrind) is { } problem)
            {
                error.WriteLine("hatchery-perf: " + problem);
                return 2;
            }
            var manifest = await session.RunAsync(perf, valgrind, cancellation);
            foreach (var entry in manifest.Profiles)
            {
                var parts = new List<string>();
                if (entry.CpuNsPerOp is { } ns) parts.Add($"{Comparison.Units.Time(ns)}/op under perf ({entry.CpuSamples:N0} samples)");
                if (entry.EstimatedBytesPerOp is { } bytes) parts.Add($"~{Comparison.Units.Bytes((long)bytes)}/op in ~{entry.EstimatedObjectsPerOp:0.#} objects (measured {Comparison.Units.Bytes((long)entry.MeasuredBytesPerOp!.Value)})");
                if (entry.InstructionsPerOp is { } instructions) parts.Add($"{instructions:N0} instructions/op");
                output.WriteLine($"{entry.Label} ({entry.Build}): {string.Join("; ", parts)}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>The kinds named in a comma-separated list, or null when one is unknown.</summary>
    internal static ProfileKinds? ParseKinds(string text)
    {
        var kinds = ProfileKinds.None;
        foreach (var name in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Enum.TryParse<ProfileKinds>(name, ignoreCase: true, out var kind) || kind == ProfileKinds.None) return null;
            kinds |= kind;
        }
        return kinds == ProfileKinds.None ? null : kinds;
    }

    private static string Quote(string value) => value.Any(c => char.IsWhiteSpace(c) || c is '*' or '(' or ')' or '\'') ? $"'{value}'" : value;
}
