using System.Diagnostics;
using System.Xml.Linq;
using Hatchery.Perf.Commands;
using Hatchery.Perf.Profiling;

namespace Hatchery.Perf.Tests;

public sealed class ProfileCommandTests
{
    [Fact]
    public void Without_perf_or_valgrind_on_PATH_profile_says_what_to_install()
    {
        // Only dotnet and git on PATH: no perf, no valgrind.
        var bin = Directory.CreateTempSubdirectory("hatchery-perf-path-").FullName;
        try
        {
            File.CreateSymbolicLink(Path.Combine(bin, "git"), ProfilerTools.Find("git", Environment.GetEnvironmentVariable("PATH"))!);
            string Run(string kinds)
            {
                var start = new ProcessStartInfo(Driving.DriverProcess.DotnetHost())
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = DashboardFixture.RepositoryRoot(),
                };
                start.Environment["PATH"] = bin;
                foreach (var a in new[] { typeof(PerfApp).Assembly.Location, "profile", "--benchmark", "RuntimeSpawnBenchmark.Open", "--kinds", kinds, "--out", Path.Combine(bin, "out") })
                {
                    start.ArgumentList.Add(a);
                }
                using var process = Process.Start(start)!;
                var error = process.StandardError.ReadToEnd();
                process.WaitForExit();
                Assert.Equal(2, process.ExitCode);
                return error;
            }

            var perf = Run("cpu");
            var valgrind = Run("callgrind");

            Assert.Contains("perf is not installed", perf);
            Assert.Contains("apt-get install linux-perf", perf);
            Assert.Contains("valgrind is not installed", valgrind);
            Assert.Contains("apt-get install valgrind", valgrind);
            Assert.False(Directory.Exists(Path.Combine(bin, "out"))); // nothing half-made
        }
        finally
        {
            Directory.Delete(bin, recursive: true);
        }
    }

    [Theory]
    [InlineData(3, false, true)]
    [InlineData(4, false, true)]
    [InlineData(2, false, false)]
    [InlineData(3, true, false)]
    public void An_unprivileged_user_under_a_strict_paranoid_setting_is_told_the_sysctl(int paranoid, bool root, bool problem)
    {
        var message = ProfilerTools.PerfPermissionProblem(paranoid, root);

        Assert.Equal(problem, message is not null);
        if (problem) Assert.Contains("sysctl kernel.perf_event_paranoid=2", message);
    }

    [Fact]
    public void Kinds_parse_and_unknown_ones_are_refused()
    {
        Assert.Equal(ProfileKinds.Cpu | ProfileKinds.Alloc, ProfileCommand.ParseKinds("cpu, alloc"));
        Assert.Null(ProfileCommand.ParseKinds("cpu,heap"));
    }

    [Theory]
    [InlineData("RuntimeSpawnBenchmark.Open", "Open")]
    [InlineData("JsLoadingBenchmark.Parse(Lines=32)", "Parse_Lines_32")]
    public void Labels_are_file_name_safe(string benchmark, string label) => Assert.Equal(label, ProfileSession.Label(benchmark));

    [Fact]
    public void A_differential_flame_graph_colours_growth_red_and_shrinkage_blue_with_widths_from_the_candidate()
    {
        var before = new FoldedStacks();
        before.Add(["main", "parse"], 50);
        before.Add(["main", "run"], 50);
        var after = new FoldedStacks();
        after.Add(["main", "parse"], 10);
        after.Add(["main", "run"], 30);
        var text = new StringWriter();

        FlameGraphSvg.Write(after, "diff", text, baseline: before);

        XNamespace ns = "http://www.w3.org/2000/svg";
        var frames = XDocument.Parse(text.ToString()).Descendants(ns + "g").Where(g => (string?)g.Attribute("class") == "f")
            .ToDictionary(g => g.Element(ns + "title")!.Value.Split(" (")[0]);
        Assert.Equal("-25", frames["parse"].Attribute("data-delta")!.Value); // 50% → 25%
        Assert.Equal("25", frames["run"].Attribute("data-delta")!.Value); // 50% → 75%
        Assert.Equal("rgb(60,60,255)", frames["parse"].Element(ns + "rect")!.Attribute("fill")!.Value);
        Assert.Equal("rgb(255,60,60)", frames["run"].Element(ns + "rect")!.Attribute("fill")!.Value);
        Assert.Equal("295", frames["parse"].Element(ns + "rect")!.Attribute("width")!.Value); // a quarter of 1180
        Assert.Contains("-25.00 points against the base's 50.00%", frames["parse"].Element(ns + "title")!.Value);
    }

    [Fact]
    public void Top_n_counts_flat_at_the_leaf_and_cumulative_once_per_stack()
    {
        var stacks = new FoldedStacks();
        stacks.Add(["main", "f", "f", "g"], 3);
        stacks.Add(["main", "f"], 1);

        var functions = TopReport.Functions(stacks);

        Assert.Equal(new FunctionWeight("f", 1, 4), functions["f"]);
        Assert.Equal(new FunctionWeight("g", 3, 3), functions["g"]);
        Assert.Equal(new FunctionWeight("main", 0, 4), functions["main"]);
    }

    [Theory]
    [InlineData(100, 100.05)] // small objects: one sample stands for ~100 KiB
    [InlineData(1024 * 1024, 1048613.45)] // large objects: nearly always sampled (1 MiB × (1 + e^-10.24))
    public void An_allocation_sample_stands_for_size_over_its_sampling_probability(long size, double expectedKib)
    {
        var bytes = AllocationProfiler.EstimatedBytes(size);
        Assert.Equal(expectedKib, size < 1024 ? bytes / 1024 : bytes, 0);
    }
}
