namespace Hatchery.Perf.Profiling;

/// <summary>
/// Finds the external profilers (<c>perf</c>, <c>valgrind</c>) and says what to install or which sysctl to set when
/// one cannot be used, instead of letting a profile come out empty.
/// </summary>
internal static class ProfilerTools
{
    /// <summary>The full path of <paramref name="program"/> on <paramref name="path"/> (PATH's format), or null.</summary>
    public static string? Find(string program, string? path)
    {
        foreach (var directory in (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>What to do when perf is not on PATH.</summary>
    public const string PerfMissing =
        "perf is not installed (or not on PATH): CPU profiles need it. Install it with 'apt-get install linux-perf' "
        + "(Debian) or 'apt-get install linux-tools-common linux-tools-$(uname -r)' (Ubuntu), or leave CPU profiles out "
        + "with --kinds measure,alloc,callgrind.";

    /// <summary>What to do when valgrind is not on PATH.</summary>
    public const string ValgrindMissing =
        "valgrind is not installed (or not on PATH): instruction counts need it. Install it with 'apt-get install valgrind', "
        + "or leave instruction counts out with --kinds measure,cpu,alloc.";

    /// <summary>
    /// Why perf may not sample this user's processes at <paramref name="paranoid"/> (kernel.perf_event_paranoid), or
    /// null when it may. Root may always; others need 2 or less for their own processes (Debian's default is 3).
    /// </summary>
    public static string? PerfPermissionProblem(int? paranoid, bool isRoot)
    {
        if (isRoot || paranoid is null || paranoid <= 2) return null;
        return $"perf may not sample: kernel.perf_event_paranoid is {paranoid} (above 2 forbids unprivileged profiling). "
               + "Allow it with 'sudo sysctl kernel.perf_event_paranoid=2' (1 also samples kernel frames), or run as root.";
    }

    /// <summary>The current kernel.perf_event_paranoid, or null where there is none (not Linux).</summary>
    public static int? ReadParanoid()
    {
        const string file = "/proc/sys/kernel/perf_event_paranoid";
        return File.Exists(file) && int.TryParse(File.ReadAllText(file).Trim(), out var value) ? value : null;
    }

    /// <summary>Whether this process runs as root.</summary>
    public static bool IsRoot() => OperatingSystem.IsLinux() && Environment.UserName == "root";

    /// <summary>The message for a perf failure whose error output is <paramref name="stderr"/>.</summary>
    public static string PerfFailed(string stderr, int exitCode)
    {
        if (stderr.Contains("perf_event_paranoid", StringComparison.Ordinal) || stderr.Contains("Permission denied", StringComparison.Ordinal)
            || stderr.Contains("No permission", StringComparison.Ordinal))
        {
            return PerfPermissionProblem(ReadParanoid() ?? 3, false) + "\nperf said: " + FirstLines(stderr);
        }
        return $"perf record failed (exit code {exitCode}): {FirstLines(stderr)}";
    }

    private static string FirstLines(string text) => string.Join(" / ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(4));
}
