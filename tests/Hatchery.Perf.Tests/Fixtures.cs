namespace Hatchery.Perf.Tests;

/// <summary>Paths of the recorded fixtures copied beside the test assembly.</summary>
internal static class Fixtures
{
    /// <summary>The fixture folder in the test output.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>
    /// A real BenchmarkDotNet 0.15.8 full JSON export of HostCallingJsBenchmark (in-process, 1 warmup, 5 iterations of
    /// 50 ms), with the case list Hatchery.Benchmarks writes beside it.
    /// </summary>
    public static string FullJson => Path.Combine(Directory, "Hatchery.Benchmarks.HostCallingJsBenchmark-report-full.json");

    /// <summary>The console output of that same run.</summary>
    public static string ConsoleLog => Path.Combine(Directory, "HostCallingJsBenchmark-console.log");
}
