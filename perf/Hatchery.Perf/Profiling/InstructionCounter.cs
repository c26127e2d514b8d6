using System.Globalization;
using System.Text.RegularExpressions;
using Hatchery.Perf.Driving;

namespace Hatchery.Perf.Profiling;

/// <summary>Instructions per operation from two callgrind runs of different lengths.</summary>
/// <param name="Operations">The two runs' operation counts.</param>
/// <param name="Instructions">The instructions callgrind counted in each.</param>
internal sealed record InstructionCount(long[] Operations, long[] Instructions)
{
    /// <summary>(I₂ − I₁) / (N₂ − N₁): start-up, JIT and set-up cancel out.</summary>
    public double PerOperation => (Instructions[1] - Instructions[0]) / (double)(Operations[1] - Operations[0]);
}

/// <summary>
/// Counts instructions with <c>valgrind --tool=callgrind</c> over the driver's loop, run twice (N and 3N operations)
/// with tiered compilation off so both runs execute the same code (DESIGN: repeatable to 0.002%).
/// </summary>
internal static partial class InstructionCounter
{
    /// <summary>The environment that makes a .NET process's code the same run to run.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["DOTNET_TieredCompilation"] = "0",
        ["DOTNET_TieredPGO"] = "0",
        ["DOTNET_EnableWriteXorExecute"] = "0",
    };

    /// <summary>Counts both runs; <paramref name="operations"/> is N.</summary>
    public static async Task<InstructionCount> CountAsync(string valgrind, string benchmarkAssembly, string benchmark, long operations,
        string workDirectory, CancellationToken cancellation)
    {
        Directory.CreateDirectory(workDirectory);
        long[] counts = [operations, operations * 3];
        var instructions = new long[2];
        for (var i = 0; i < 2; i++)
        {
            var output = Path.Combine(workDirectory, $"callgrind.out.{counts[i]}");
            string[] wrapper = [valgrind, "--tool=callgrind", $"--callgrind-out-file={output}"];
            using var driver = DriverProcess.Start(benchmarkAssembly, benchmark, ["--operations", counts[i].ToString(CultureInfo.InvariantCulture)], wrapper, Environment);
            var exitCode = await driver.WaitForExitAsync(cancellation);
            File.Delete(output);
            instructions[i] = Collected(driver.Error)
                              ?? throw new IOException($"valgrind reported no instruction count (exit code {exitCode}): {DriverProcess.Tail(driver.Error)}");
            if (exitCode != 0) throw new IOException($"the benchmark driver under valgrind failed (exit code {exitCode}): {DriverProcess.Tail(driver.Error)}");
        }
        return new InstructionCount(counts, instructions);
    }

    /// <summary>The total of callgrind's <c>==PID== Collected : N</c> line in <paramref name="stderr"/>.</summary>
    public static long? Collected(string stderr) =>
        CollectedPattern().Match(stderr) is { Success: true } m ? long.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"==\d+== Collected : (\d+)")]
    private static partial Regex CollectedPattern();
}
