namespace Hatchery.Perf.Running;

/// <summary>How long and how carefully <c>hatchery-perf run</c> measures.</summary>
public enum BenchmarkJob
{
    /// <summary>Three warmups and fifteen measured iterations in one process: enough samples for the test.</summary>
    Quick,

    /// <summary>BenchmarkDotNet's default job (its own pilot, warmup and stopping rule): slow, most accurate.</summary>
    Full,
}

/// <summary>The BenchmarkDotNet arguments of each <see cref="BenchmarkJob"/>.</summary>
public static class BenchmarkJobs
{
    /// <summary>Arguments for the benchmark program that select <paramref name="job"/>.</summary>
    public static string[] Arguments(BenchmarkJob job) => job switch
    {
        BenchmarkJob.Quick => ["--launchCount", "1", "--warmupCount", "3", "--iterationCount", "15"],
        _ => [],
    };
}
