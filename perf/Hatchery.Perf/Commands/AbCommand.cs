using System.CommandLine;
using Hatchery.Perf.Comparison;
using Hatchery.Perf.Running;

namespace Hatchery.Perf.Commands;

/// <summary><c>hatchery-perf ab --base REV [--candidate REV]</c>: did this change make it faster?</summary>
internal static class AbCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var baseRevision = new Option<string>("--base") { Description = "The revision to compare against (e.g. main, HEAD~1)", Required = true };
        var candidateRevision = new Option<string?>("--candidate") { Description = "The revision of the change; default: the work tree as it is, uncommitted changes included" };
        var filter = new Option<string>("--filter") { Description = "Which benchmarks (BenchmarkDotNet globs, space-separated)", DefaultValueFactory = _ => "*" };
        var job = new Option<BenchmarkJob>("--job") { Description = "The job each side runs per round (quick: 15 iterations)", DefaultValueFactory = _ => BenchmarkJob.Quick };
        var rounds = new Option<int>("--rounds") { Description = "Rounds; each runs both builds, in alternating order", DefaultValueFactory = _ => 3 };
        var outDirectory = new Option<string>("--out") { Description = "Directory for base/ and candidate/ reports and comparison.md", DefaultValueFactory = _ => "perf-ab" };
        var format = new Option<ComparisonFormat>("--format") { Description = "How to print the comparison: text, markdown or yaml", DefaultValueFactory = _ => ComparisonFormat.Text };
        var repository = new Option<string?>("--repo") { Description = "The repository (default: the one around the current directory)" };
        var command = new Command("ab",
            "Build two revisions in temporary git worktrees (the candidate defaults to the work tree) and run the same\n"
            + "benchmarks on both in alternating rounds (base, candidate; candidate, base; ...) so drift hits both alike; pool\n"
            + "each side's samples into DIR/base/report.yaml and DIR/candidate/report.yaml and print the comparison\n"
            + "(as compare does; also written to DIR/comparison.md).")
        {
            baseRevision, candidateRevision, filter, job, rounds, outDirectory, format, repository,
        };
        command.SetAction(async (result, cancellation) =>
        {
            var root = RunCommand.RepositoryRoot(result.GetValue(repository) is { } given ? Path.GetFullPath(given) : Environment.CurrentDirectory);
            if (root is null)
            {
                error.WriteLine($"hatchery-perf: no {Reports.SourceInfo.BenchmarkProject} above {Environment.CurrentDirectory}: run inside the Hatchery repository");
                return 1;
            }
            if (result.GetValue(rounds) < 1)
            {
                error.WriteLine("hatchery-perf: --rounds must be 1 or more");
                return 1;
            }
            var outPath = Path.GetFullPath(result.GetValue(outDirectory)!);
            using var baseTree = GitWorktree.Create(root, result.GetValue(baseRevision)!);
            using var candidateTree = result.GetValue(candidateRevision) is { } revision ? GitWorktree.Create(root, revision) : null;
            var candidateRoot = candidateTree?.Path ?? root;
            output.WriteLine($"base: {baseTree.Revision} ({baseTree.Commit[..10]}); candidate: {(candidateTree is null ? "the work tree at " + root : $"{candidateTree.Revision} ({candidateTree.Commit[..10]})")}");
            output.WriteLine("building both");
            await BenchmarkBuild.BuildAsync(baseTree.Path, cancellation);
            await BenchmarkBuild.BuildAsync(candidateRoot, cancellation);
            var run = new AbRun(baseTree.Path, candidateRoot, outPath, result.GetValue(filter)!, result.GetValue(job), result.GetValue(rounds));
            var (before, after) = await run.ExecuteAsync(output.WriteLine, cancellation);
            // The worktrees' paths are temporary: label the sides by revision.
            before.Environment.GitCommit = baseTree.Commit;
            after.Environment.GitCommit = candidateTree?.Commit ?? after.Environment.GitCommit;
            Reports.ReportYaml.WriteFile(Path.Combine(outPath, "base", Reports.ReportYaml.FileName), before);
            Reports.ReportYaml.WriteFile(Path.Combine(outPath, "candidate", Reports.ReportYaml.FileName), after);
            var comparison = ReportComparer.Compare(before, after, $"{baseTree.Revision} ({baseTree.Commit[..10]})",
                candidateTree is null ? "work tree" : $"{candidateTree.Revision} ({candidateTree.Commit[..10]})");
            using (var markdown = new StreamWriter(Path.Combine(outPath, "comparison.md"))) ComparisonWriter.Write(comparison, ComparisonFormat.Markdown, markdown);
            output.WriteLine();
            ComparisonWriter.Write(comparison, result.GetValue(format), output);
            return 0;
        });
        return command;
    }
}
