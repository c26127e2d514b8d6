using System.Xml.Linq;
using Hatchery.Perf.Profiling;

namespace Hatchery.Perf.Tests;

public sealed class ProfilingTests
{
    [Theory]
    [InlineData("int32 [Hatchery.Benchmarks] Program::<Main>$(string[])[QuickJitted]+0x11a", "/tmp/perf-12090.map",
        "Program::<Main>$(string[])")]
    [InlineData("class [Jint]Jint.Options [Hatchery] Hatchery.EngineFactory::CreateJintOptions(class Hatchery.EngineSettings)[OptimizedTier1]+0x6b",
        "/tmp/perf-12090.map", "Hatchery.EngineFactory::CreateJintOptions(class Hatchery.EngineSettings)")]
    [InlineData("instance void [Jint] Jint.Engine::.ctor()[OptimizedTier1OSR]+0x10", "/tmp/perf-1.map", "Jint.Engine::.ctor()")]
    [InlineData("instance void [Jint] Jint.Engine::Run()[InstrumentedTierOptimized]+0x10", "/tmp/perf-1.map", "Jint.Engine::Run()")]
    [InlineData("memset+0xb0", "/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2", "memset")]
    [InlineData("do_syscall_64+0x71", "[kernel.kallsyms]", "do_syscall_64_[k]")]
    [InlineData("[unknown]", "/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libcoreclr.so", "[libcoreclr.so]")]
    [InlineData("[unknown]", "[unknown]", "[unknown]")]
    public void Frame_names_lose_offsets_tiers_return_types_and_assemblies(string symbol, string module, string expected) =>
        Assert.Equal(expected, PerfScriptParser.FrameName(symbol, module));

    private static FoldedStacks ParseFixture()
    {
        using var reader = File.OpenText(Path.Combine(Fixtures.Directory, "perf-spawn.script"));
        return PerfScriptParser.Parse(reader);
    }

    [Fact]
    public void A_recorded_perf_script_folds_into_one_stack_per_sample()
    {
        var stacks = ParseFixture();

        Assert.Equal(165, stacks.Total); // the fixture's sample headers
        var frames = stacks.Counts.Keys.SelectMany(s => s.Split(';')).ToHashSet();
        Assert.DoesNotContain(frames, f => f.Contains("[QuickJitted]") || f.Contains("[OptimizedTier1]") || f.Contains("+0x"));
        Assert.Contains("Hatchery.EngineFactory::NewRuntime()", frames);
        Assert.Contains("asm_exc_page_fault_[k]", frames);
        Assert.Contains(stacks.Counts.Keys, s => s.StartsWith(".NET Finalizer;", StringComparison.Ordinal));
        // Linux cuts thread names to 15 characters: ".NET Tiered Compilation" is ".NET Tiered Com".
        Assert.Contains(stacks.Counts.Keys, s => s.StartsWith(".NET Tiered Com;", StringComparison.Ordinal));
        // Managed frames sit above (after) the runtime's entry, callers first.
        Assert.Contains(stacks.Counts.Keys, s => s.Contains(
            "Hatchery.Benchmarks.Drivers::Run(string,int32);Hatchery.Benchmarks.Drivers+<>c__DisplayClass0_0::<Run>b__3();Hatchery.EngineFactory::NewRuntime()",
            StringComparison.Ordinal));
        // Runs of one unresolved module collapse to a single frame.
        Assert.DoesNotContain(stacks.Counts.Keys, s => s.Contains("[libcoreclr.so];[libcoreclr.so]", StringComparison.Ordinal));
    }

    [Fact]
    public void A_sample_folds_root_first_with_the_thread_as_root()
    {
        const string script = """
            .NET TP Worker 12090/12101 [001] 7098.190980:    1001001 cpu-clock:ppp: 
            	ffffffff8225f759 pvm_irq_enable+0x19 ([kernel.kallsyms])
            	          2bd2ff [unknown] (/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libcoreclr.so)
            	          3c9092 [unknown] (/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.12/libcoreclr.so)
            	    7f9c866dfb97 instance class Hatchery.JsRuntime [Hatchery] Hatchery.EngineFactory::NewRuntime()[QuickJitted]+0x37 (/tmp/perf-12090.map)

            dotnet 12090  7098.2:    1001001 cpu-clock:ppp: 
            	           2724a __libc_start_call_main+0x7a (/usr/lib/x86_64-linux-gnu/libc.so.6)
            """;

        var stacks = PerfScriptParser.Parse(new StringReader(script));

        Assert.Equal(2, stacks.Total);
        Assert.Equal(1, stacks.Counts[".NET TP Worker;Hatchery.EngineFactory::NewRuntime();[libcoreclr.so];pvm_irq_enable_[k]"]);
        Assert.Equal(1, stacks.Counts["dotnet;__libc_start_call_main"]);
    }

    [Fact]
    public void Folded_text_round_trips()
    {
        var stacks = ParseFixture();
        var text = new StringWriter();
        stacks.Write(text);

        var back = FoldedStacks.Read(new StringReader(text.ToString()));

        Assert.Equal(stacks.Total, back.Total);
        Assert.Equal(stacks.Counts.OrderBy(p => p.Key, StringComparer.Ordinal), back.Counts.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    private static XDocument Svg(FoldedStacks stacks)
    {
        var text = new StringWriter();
        FlameGraphSvg.Write(stacks, "spawn <test>", text);
        return XDocument.Parse(text.ToString()); // well-formed XML: every name escaped
    }

    private static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_svg_has_one_frame_per_call_path_sized_by_samples()
    {
        var stacks = new FoldedStacks();
        stacks.Add(["main", "Program::<Main>$(string[])", "parse"], 3);
        stacks.Add(["main", "Program::<Main>$(string[])", "run"], 1);
        stacks.Add(["main", "gc"], 4);

        var frames = Svg(stacks).Descendants(Ns + "g").Where(g => (string?)g.Attribute("class") == "f").ToList();

        // all, main, Program::<Main>$, parse, run, gc
        Assert.Equal(6, frames.Count);
        var byName = frames.ToDictionary(g => g.Element(Ns + "title")!.Value.Split(" (")[0]);
        Assert.Equal("all (8 samples, 100.00%)", byName["all"].Element(Ns + "title")!.Value);
        Assert.Equal("Program::<Main>$(string[]) (4 samples, 50.00%)", byName["Program::<Main>$(string[])"].Element(Ns + "title")!.Value);
        double Width(string name) => double.Parse(byName[name].Element(Ns + "rect")!.Attribute("width")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        double X(string name) => double.Parse(byName[name].Element(Ns + "rect")!.Attribute("x")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        double Y(string name) => double.Parse(byName[name].Element(Ns + "rect")!.Attribute("y")!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(1180, Width("all"));
        Assert.Equal(590, Width("gc"));
        Assert.Equal(442.5, Width("parse"));
        Assert.Equal(147.5, Width("run"));
        // Callees in name order from the caller's left edge; deeper frames higher up.
        Assert.True(X("Program::<Main>$(string[])") < X("gc"));
        Assert.Equal(X("parse") + Width("parse"), X("run"));
        Assert.True(Y("parse") < Y("Program::<Main>$(string[])") && Y("Program::<Main>$(string[])") < Y("main") && Y("main") < Y("all"));
        Assert.Equal("3", byName["parse"].Attribute("data-d")!.Value);
    }

    [Fact]
    public void The_svg_carries_zoom_search_and_details()
    {
        var svg = Svg(ParseFixture());
        var root = svg.Root!;

        Assert.Equal("init(evt)", root.Attribute("onload")!.Value);
        var script = root.Element(Ns + "script")!.Value;
        foreach (var function in new[] { "function init(", "function zoom(", "function resetZoom(", "function search(" }) Assert.Contains(function, script);
        Assert.DoesNotContain("{{", script); // every placeholder filled
        var ids = root.Descendants().Select(e => (string?)e.Attribute("id")).Where(id => id is not null).ToHashSet();
        Assert.Superset(new HashSet<string?> { "search", "reset", "details", "matched", "frames" }, ids);
        Assert.Equal("search()", root.Descendants(Ns + "text").Single(e => (string?)e.Attribute("id") == "search").Attribute("onclick")!.Value);
        Assert.Contains(root.Descendants(Ns + "text"), t => t.Value == "spawn <test>");
    }

    [Theory]
    [InlineData("Hatchery.EngineFactory::NewRuntime()", 300, "Hatchery.EngineFactory::NewRuntime()")]
    [InlineData("Hatchery.EngineFactory::NewRuntime()", 80, "Hatchery...")] // 11 characters fit: 9 and ".."
    [InlineData("Hatchery.EngineFactory::NewRuntime()", 20, "")]
    public void Labels_are_cut_to_their_frame(string name, double width, string expected) =>
        Assert.Equal(expected, FlameGraphSvg.Fit(name, width));
}
