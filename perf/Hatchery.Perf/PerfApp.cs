using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Hatchery.Perf.Commands;

namespace Hatchery.Perf;

/// <summary>The <c>hatchery-perf</c> command line as a function of its arguments and streams, so tests run it in-process.</summary>
internal static class PerfApp
{
    /// <summary>Parses <paramref name="args"/>, runs the command they name and returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new Command("hatchery-perf",
            "Measure Hatchery's performance: run the BenchmarkDotNet suites into report.yaml (run, import), compare two\n"
            + "reports with a Mann-Whitney test and a Hodges-Lehmann shift (compare), A/B two builds (ab), profile a\n"
            + "benchmark's CPU, allocations and instructions with flame graphs (profile, drive, flamegraph), and browse it\n"
            + "all in a local dashboard (serve).")
        {
            new HelpOption(),
            new VersionOption(),
            RunCommand.Create(output, error),
            ImportCommand.Create(output, error),
            CompareCommand.Create(output, error),
            FlameGraphCommand.Create(output, error),
            AbCommand.Create(output, error),
            ServeCommand.Create(output, error),
            ProfileCommand.Create(output, error),
            DriveCommand.Create(output, error),
        };
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return root.Parse(args).Invoke(invocation);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or System.Text.Json.JsonException)
        {
            error.WriteLine($"hatchery-perf: {e.Message}");
            return 1;
        }
        catch (Exception e)
        {
            error.WriteLine($"hatchery-perf: internal error: {e.GetType().Name}: {e.Message}");
            return 1;
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }
}
