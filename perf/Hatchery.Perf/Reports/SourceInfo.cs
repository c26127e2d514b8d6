using System.Diagnostics;
using System.Reflection;

namespace Hatchery.Perf.Reports;

/// <summary>What a report records about the source tree: git commit, dirty flag, Jint version and the date.</summary>
internal static class SourceInfo
{
    /// <summary>The benchmark project, relative to the repository root.</summary>
    public const string BenchmarkProject = "perf/Hatchery.Benchmarks";

    /// <summary>Fills what is still unknown in <paramref name="environment"/> from the repository at <paramref name="directory"/>.</summary>
    public static void Fill(RunEnvironment environment, string directory)
    {
        environment.Date ??= DateTimeOffset.Now.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
        environment.GitCommit ??= Git(directory, "rev-parse HEAD");
        if (environment.GitDirty is null && Git(directory, "status --porcelain --untracked-files=no") is { } status)
        {
            environment.GitDirty = status.Length > 0;
        }
        if (environment.Jint is null && Git(directory, "rev-parse --show-toplevel") is { } root)
        {
            environment.Jint = JintVersion(Path.Combine(root, BenchmarkProject));
        }
    }

    /// <summary>The informational version of the Jint.dll in the benchmark project's Release output, if built.</summary>
    public static string? JintVersion(string benchmarkProject)
    {
        var bin = Path.Combine(benchmarkProject, "bin", "Release");
        if (!Directory.Exists(bin)) return null;
        var dll = Directory.EnumerateFiles(bin, "Jint.dll", SearchOption.AllDirectories).FirstOrDefault();
        if (dll is null) return null;
        var version = FileVersionInfo.GetVersionInfo(dll).ProductVersion ?? AssemblyName.GetAssemblyName(dll).Version?.ToString();
        var plus = version?.IndexOf('+') ?? -1;
        return plus < 0 ? version : version![..plus];
    }

    private static string? Git(string directory, string arguments)
    {
        try
        {
            var start = new ProcessStartInfo("git", arguments)
            {
                WorkingDirectory = directory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var git = Process.Start(start)!;
            var text = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 ? text : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on PATH
        }
    }
}
