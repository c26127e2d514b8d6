using System.CommandLine;
using Hatchery.Perf.Profiling;

namespace Hatchery.Perf.Commands;

/// <summary>
/// <c>hatchery-perf flamegraph INPUT</c>: folds <c>perf script</c> output (or reads folded stacks) and writes an SVG
/// flame graph and, if asked, the folded stacks.
/// </summary>
internal static class FlameGraphCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "The text of 'perf script', or folded stacks ('a;b;c N' lines); - reads standard input" };
        var svg = new Option<string>("--out", "-o") { Description = "The SVG file to write", DefaultValueFactory = _ => "flamegraph.svg" };
        var folded = new Option<string?>("--folded") { Description = "Also write the folded stacks to this file" };
        var title = new Option<string>("--title") { Description = "The graph's title", DefaultValueFactory = _ => "CPU flame graph" };
        var command = new Command("flamegraph",
            "Fold the output of 'perf script' into stacks and draw them as an SVG flame graph (hover for details, click\n"
            + "to zoom, Search to highlight). .NET frames lose their JIT-tier suffixes ([QuickJitted], [OptimizedTier1], ...)\n"
            + "so a method is one frame; kernel frames end in _[k]; unresolved frames show their module, e.g. [libcoreclr.so].\n"
            + "Record with DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 999 -g -- dotnet ...")
        {
            input, svg, folded, title,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(input)!;
            var text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
            var stacks = LooksLikePerfScript(text)
                ? PerfScriptParser.Parse(new StringReader(text))
                : FoldedStacks.Read(new StringReader(text));
            if (stacks.Total == 0)
            {
                error.WriteLine($"hatchery-perf: no samples in {path}");
                return 1;
            }
            if (result.GetValue(folded) is { } foldedPath)
            {
                using var writer = new StreamWriter(foldedPath);
                stacks.Write(writer);
            }
            var svgPath = result.GetValue(svg)!;
            using (var writer = new StreamWriter(svgPath)) FlameGraphSvg.Write(stacks, result.GetValue(title)!, writer);
            output.WriteLine($"{stacks.Total} samples in {stacks.Counts.Count} stacks drawn to {svgPath}");
            return 0;
        });
        return command;
    }

    /// <summary>perf script indents its frame lines; folded stacks never start with white space.</summary>
    internal static bool LooksLikePerfScript(string text) =>
        text.Split('\n').Any(line => line.Length > 0 && char.IsWhiteSpace(line[0]) && line.Trim().Length > 0);
}
