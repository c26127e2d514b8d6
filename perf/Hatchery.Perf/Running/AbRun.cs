using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Running;

/// <summary>
/// Two builds measured in alternating rounds, so that drift of the machine (heat, other load) hits both alike:
/// round 1 runs base then candidate, round 2 candidate then base, and so on; each side's rounds are pooled.
/// </summary>
/// <param name="Base">The base build's source tree (a temporary worktree).</param>
/// <param name="Candidate">The candidate's source tree (a worktree, or the user's work tree).</param>
/// <param name="OutputDirectory">Where base/ and candidate/ (each with report.yaml and rounds/) go.</param>
/// <param name="Filter">BenchmarkDotNet globs.</param>
/// <param name="Job">The job each round runs per side.</param>
/// <param name="Rounds">How many rounds.</param>
internal sealed record AbRun(string Base, string Candidate, string OutputDirectory, string Filter, BenchmarkJob Job, int Rounds)
{
    /// <summary>The sides in the order round <paramref name="round"/> (0-based) runs them: ABAB… starting points alternate.</summary>
    public static string[] Order(int round) => round % 2 == 0 ? ["base", "candidate"] : ["candidate", "base"];

    /// <summary>Runs every round; returns the pooled base and candidate reports (also written as SIDE/report.yaml).</summary>
    public async Task<(PerfReport Base, PerfReport Candidate)> ExecuteAsync(Action<string> status, CancellationToken cancellation)
    {
        var reports = new Dictionary<string, List<PerfReport>> { ["base"] = [], ["candidate"] = [] };
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var side in Order(round))
            {
                status($"round {round + 1}/{Rounds}: {side}");
                var root = side == "base" ? Base : Candidate;
                var run = new BenchmarkRun(root, Path.Combine(OutputDirectory, side, "rounds", (round + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    Filter, Job, NoBuild: true);
                var exitCode = await run.ExecuteAsync(_ => { }, cancellation);
                var report = run.WriteReport() ?? throw new IOException($"the {side} benchmarks wrote no report in round {round + 1} (exit code {exitCode}); see {run.LogPath}");
                Directory.Delete(run.ArtifactsDirectory, recursive: true);
                reports[side].Add(report);
            }
        }
        var pooledBase = ReportMerge.Merge(reports["base"]);
        var pooledCandidate = ReportMerge.Merge(reports["candidate"]);
        ReportYaml.WriteFile(Path.Combine(OutputDirectory, "base", ReportYaml.FileName), pooledBase);
        ReportYaml.WriteFile(Path.Combine(OutputDirectory, "candidate", ReportYaml.FileName), pooledCandidate);
        return (pooledBase, pooledCandidate);
    }
}
