using System.Diagnostics;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Running;

/// <summary>Builds perf/Hatchery.Benchmarks of one source tree in Release and finds its assembly.</summary>
internal static class BenchmarkBuild
{
    /// <summary>Builds the benchmarks under <paramref name="repositoryRoot"/>; returns the path of Hatchery.Benchmarks.dll.</summary>
    public static async Task<string> BuildAsync(string repositoryRoot, CancellationToken cancellation)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = repositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "build", SourceInfo.BenchmarkProject, "-c", "Release", "-nologo", "-v", "quiet" }) start.ArgumentList.Add(argument);
        using var build = Process.Start(start) ?? throw new IOException("could not start dotnet build");
        var output = build.StandardOutput.ReadToEndAsync(cancellation);
        var error = build.StandardError.ReadToEndAsync(cancellation);
        try
        {
            await build.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            build.Kill(entireProcessTree: true);
            throw;
        }
        if (build.ExitCode != 0)
        {
            var errors = (await output + await error).Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase)).Distinct().Take(5);
            throw new IOException($"building {SourceInfo.BenchmarkProject} in {repositoryRoot} failed: {string.Join(" / ", errors)}");
        }
        return AssemblyPath(repositoryRoot) ?? throw new IOException($"the build of {repositoryRoot} left no Hatchery.Benchmarks.dll under bin/Release");
    }

    /// <summary>The built benchmark assembly under <paramref name="repositoryRoot"/>, if any.</summary>
    public static string? AssemblyPath(string repositoryRoot)
    {
        var bin = Path.Combine(repositoryRoot, SourceInfo.BenchmarkProject, "bin", "Release");
        return Directory.Exists(bin)
            ? Directory.EnumerateFiles(bin, "Hatchery.Benchmarks.dll", SearchOption.AllDirectories).Order(StringComparer.Ordinal).FirstOrDefault()
            : null;
    }
}
