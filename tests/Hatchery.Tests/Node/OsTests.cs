namespace Hatchery.Tests.Node;

/// <summary>
/// The os module's values that are stable on a given machine, against what the machine itself reports (its shapes
/// and types are recorded from Node in Fixtures/os, since values differ between machines).
/// </summary>
public class OsTests
{
    [Fact]
    public void StableValuesMatchTheMachine()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                const os = require('os');
                console.log([os.release(), os.hostname(), os.homedir(), os.availableParallelism(), os.cpus().length, os.totalmem()].join('|'));
                """);
        }
        var expected = string.Join('|',
            File.ReadAllText("/proc/sys/kernel/osrelease").Trim(),
            File.ReadAllText("/proc/sys/kernel/hostname").Trim(),
            Environment.GetEnvironmentVariable("HOME"),
            Environment.ProcessorCount,
            Environment.ProcessorCount,
            TotalMemory());
        Assert.Equal(expected + "\n", output.Out);
    }

    private static long TotalMemory()
    {
        var line = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        return long.Parse(line.Split(" ", StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
