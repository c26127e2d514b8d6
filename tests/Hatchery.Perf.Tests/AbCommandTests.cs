using Hatchery.Perf.Reports;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Tests;

public sealed class AbCommandTests
{
    [Fact]
    public void Rounds_alternate_which_build_runs_first()
    {
        Assert.Equal(["base", "candidate"], AbRun.Order(0));
        Assert.Equal(["candidate", "base"], AbRun.Order(1));
        Assert.Equal(["base", "candidate"], AbRun.Order(2));
    }

    [Fact]
    public void Merged_rounds_pool_their_samples()
    {
        var one = ReportComparerTests.Report(ReportComparerTests.Benchmark("S.A", 100, 10, 11, 12));
        var two = ReportComparerTests.Report(ReportComparerTests.Benchmark("S.A", 300, 13, 14, 15), ReportComparerTests.Benchmark("S.B", 8, 1, 2, 3));

        var merged = ReportMerge.Merge([one, two]);

        Assert.Equal(["S.A", "S.B"], merged.Benchmarks.Select(b => b.Id));
        Assert.Equal([10, 11, 12, 13, 14, 15], merged.Benchmarks[0].NsPerOp);
        Assert.Equal(12.5, merged.Benchmarks[0].MedianNs);
        Assert.Equal(200, merged.Benchmarks[0].BytesPerOp);
    }

    [Fact]
    public void Ab_builds_two_commits_in_worktrees_interleaves_them_and_finds_the_faster_one()
    {
        using var repository = new TinyBenchmarkRepository();
        repository.CommitSpin(40000, "slow");
        repository.CommitSpin(2000, "fast");
        var output = Path.Combine(repository.Root, "ab-out");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };

        var exitCode = PerfApp.Run(["ab", "--repo", repository.Root, "--base", "HEAD~1", "--candidate", "HEAD", "--filter", "*Spin*",
            "--job", "tiny", "--rounds", "2", "--out", output], stdout, stderr);

        Assert.True(exitCode == 0, stderr.ToString() + stdout);
        var text = stdout.ToString();
        Assert.Contains("round 1/2: base", text);
        Assert.Contains("round 2/2: candidate", text);
        var row = text.Split('\n').First(l => l.StartsWith("Spin.Work", StringComparison.Ordinal));
        // 3 iterations x 2 rounds a side, fully separated: the exact two-sided p is 2/C(12,6) = 0.002.
        Assert.Contains("p=0.002 n=6+6", row);
        Assert.Matches(@"  -\d+\.\d%", row); // significant and faster: a delta, not "~"
        var before = ReportYaml.ReadFile(Path.Combine(output, "base", ReportYaml.FileName));
        var after = ReportYaml.ReadFile(Path.Combine(output, "candidate", ReportYaml.FileName));
        Assert.Equal(6, before.Benchmarks.Single().NsPerOp.Count);
        Assert.True(after.Benchmarks.Single().MedianNs < before.Benchmarks.Single().MedianNs / 3);
        Assert.NotEqual(before.Environment.GitCommit, after.Environment.GitCommit);
        Assert.True(File.Exists(Path.Combine(output, "comparison.md")));
        // The temporary worktrees are gone.
        Assert.DoesNotContain("hatchery-perf-worktree-", RunGit(repository.Root, "worktree", "list"));
    }

    private static string RunGit(string directory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = System.Diagnostics.Process.Start(start)!;
        var text = git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        return text;
    }
}
