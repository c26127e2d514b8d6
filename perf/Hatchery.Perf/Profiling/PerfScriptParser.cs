using System.Text.RegularExpressions;

namespace Hatchery.Perf.Profiling;

/// <summary>
/// Folds the text of <c>perf script</c> (from <c>perf record -g</c> of a .NET process run with
/// <c>DOTNET_PerfMapEnabled=1</c>) into <see cref="FoldedStacks"/>.
/// </summary>
/// <remarks>
/// Frame names are tidied so the same method is one frame whatever its JIT tier: the address offset
/// (<c>+0x1a</c>), the tier suffix (<c>[QuickJitted]</c>, <c>[OptimizedTier1]</c>, …) and the managed return type
/// and assembly are removed. Kernel frames get the <c>_[k]</c> suffix flamegraph tools colour by; a frame perf could
/// not resolve becomes the bracketed file name of its module (<c>[libcoreclr.so]</c>), or <c>[unknown]</c>, and a
/// run of identical unresolved frames is kept as one. Each stack's root is the thread's name.
/// </remarks>
public static partial class PerfScriptParser
{
    /// <summary>Parses all of <paramref name="input"/>.</summary>
    public static FoldedStacks Parse(TextReader input)
    {
        var stacks = new FoldedStacks();
        string? thread = null;
        var leafFirst = new List<string>();
        void Flush()
        {
            if (thread is not null && leafFirst.Count > 0)
            {
                leafFirst.Add(thread);
                leafFirst.Reverse();
                stacks.Add(leafFirst);
            }
            thread = null;
            leafFirst.Clear();
        }
        for (var line = input.ReadLine(); line is not null; line = input.ReadLine())
        {
            if (line.Length == 0)
            {
                Flush();
            }
            else if (!char.IsWhiteSpace(line[0]))
            {
                Flush();
                thread = HeaderPattern().Match(line) is { Success: true } header ? header.Groups[1].Value.Trim() : line.Trim();
            }
            else if (thread is not null && FramePattern().Match(line) is { Success: true } frame)
            {
                var name = FrameName(frame.Groups[1].Value, frame.Groups[2].Value);
                // One frame for a run of the same unresolved address range: the repetition says nothing.
                if (name.StartsWith('[') && leafFirst.Count > 0 && leafFirst[^1] == name) continue;
                leafFirst.Add(name);
            }
        }
        Flush();
        return stacks;
    }

    /// <summary>The display name of one frame from its symbol text and module path.</summary>
    public static string FrameName(string symbol, string module)
    {
        if (symbol == "[unknown]")
        {
            return module is "[unknown]" or "" ? "[unknown]" : $"[{Path.GetFileName(module)}]";
        }
        var name = OffsetPattern().Replace(symbol, "");
        name = TierPattern().Replace(name, "");
        if (module.StartsWith("/tmp/perf-", StringComparison.Ordinal) || module.EndsWith(".map", StringComparison.Ordinal))
        {
            // "class [Jint]Jint.Options [Hatchery] Hatchery.EngineFactory::CreateJintOptions(...)": the assembly is
            // the first bracketed name followed by a space; what precedes it is the return type.
            if (ManagedPattern().Match(name) is { Success: true } managed) name = managed.Groups[1].Value;
        }
        if (module == "[kernel.kallsyms]" || module.StartsWith("[kernel", StringComparison.Ordinal)) name += "_[k]";
        return name;
    }

    // "dotnet 12090  7087.365106:    1001001 cpu-clock:ppp:" or ".NET TP Worker 12090/12101 [001] 7087.3: ...":
    // the thread name may contain spaces; it ends before the pid.
    [GeneratedRegex(@"^(.+?)\s+\d+(?:/\d+)?\s+(?:\[\d+\]\s+)?\d+\.\d+:")]
    private static partial Regex HeaderPattern();

    // "\t    7f9c8668197a int32 [Hatchery.Benchmarks] Program::<Main>$(string[])[QuickJitted]+0x11a (/tmp/perf-12090.map)"
    [GeneratedRegex(@"^\s+[0-9a-f]+\s+(.+?)\s+\(([^()]*)\)$")]
    private static partial Regex FramePattern();

    [GeneratedRegex(@"\+0x[0-9a-f]+$")]
    private static partial Regex OffsetPattern();

    // Tier names of .NET's perf map: QuickJitted, Optimized, OptimizedTier1, OptimizedTier1OSR, InstrumentedTier,
    // InstrumentedTierOptimized, PreJIT, Tier0, Tier1 and any later name built the same way.
    [GeneratedRegex(@"\[(?:QuickJitted|Optimized\w*|Instrumented\w*|PreJIT|Tier\w*|\w*OSR)\]$")]
    private static partial Regex TierPattern();

    [GeneratedRegex(@"^(?:.*?\s)?\[[^\]\s]+\]\s(.+)$")]
    private static partial Regex ManagedPattern();
}
