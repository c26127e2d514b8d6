namespace Hatchery.Perf.Running;

/// <summary>How long and how carefully <c>hatchery-perf run</c> measures.</summary>
public enum BenchmarkJob
{
    /// <summary>Three warmups and fifteen measured iterations in one process: enough samples for the test.</summary>
    Quick,

    /// <summary>
    /// One warmup and three 20 ms iterations in this process's BenchmarkDotNet host (in-process toolchain): seconds,
    /// not minutes, for testing the tool itself. Too few samples for a significant difference on one run.
    /// </summary>
    Tiny,

    /// <summary>BenchmarkDotNet's default job (its own pilot, warmup and stopping rule): slow, most accurate.</summary>
    Full,
}

/// <summary>The BenchmarkDotNet arguments of each <see cref="BenchmarkJob"/>.</summary>
public static class BenchmarkJobs
{
    /// <summary>
    /// BenchmarkDotNet builds a small project per job and gives up after 2 minutes by default, which a busy
    /// machine exceeds (seen here with a load of 27 on 2 cores): allow 15.
    /// </summary>
    public const int BuildTimeoutSeconds = 900;

    /// <summary>Arguments for the benchmark program that select <paramref name="job"/>.</summary>
    public static string[] Arguments(BenchmarkJob job)
    {
        string[] timeout = ["--buildTimeout", BuildTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        return job switch
        {
            BenchmarkJob.Quick => [.. timeout, "--launchCount", "1", "--warmupCount", "3", "--iterationCount", "15"],
            BenchmarkJob.Tiny => ["--inProcess", "--warmupCount", "1", "--iterationCount", "3", "--iterationTime", "20"],
            _ => timeout,
        };
    }
}
