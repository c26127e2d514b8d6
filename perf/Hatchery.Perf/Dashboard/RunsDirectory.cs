using Hatchery.Perf.Profiling;
using Hatchery.Perf.Reports;

namespace Hatchery.Perf.Dashboard;

/// <summary>One run directory: a report.yaml, a profiles.yaml, or both.</summary>
/// <param name="Path">Relative to the runs directory, with '/' separators ("" for the root itself).</param>
/// <param name="Report">The report, if the directory has one that reads.</param>
/// <param name="Manifest">The profile manifest, if any.</param>
internal sealed record RunEntry(string Path, PerfReport? Report, ProfileManifest? Manifest);

/// <summary>
/// The dashboard's view of its runs directory: finds the runs in it and resolves a requested file strictly inside it
/// (no <c>..</c>, no absolute paths, no symbolic link leading out).
/// </summary>
internal sealed class RunsDirectory(string root)
{
    /// <summary>The runs directory, absolute, without a trailing separator.</summary>
    public string Root { get; } = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(root));

    /// <summary>Every directory under the root holding report.yaml or profiles.yaml, newest first.</summary>
    public List<RunEntry> List()
    {
        if (!Directory.Exists(Root)) return [];
        var directories = Directory.EnumerateFiles(Root, ReportYaml.FileName, SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Root, ProfileManifest.FileName, SearchOption.AllDirectories))
            .Select(f => System.IO.Path.GetDirectoryName(f)!)
            .Distinct()
            .Where(d => !Relative(d).Split('/').Any(p => p.StartsWith('.') || p == "rounds"));
        return directories.Select(d => Load(Relative(d))!)
            .OrderByDescending(r => r.Report?.Environment.Date ?? r.Manifest?.Date ?? "")
            .ThenBy(r => r.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The run at <paramref name="relative"/>, or null if there is none (or the path leads outside).</summary>
    public RunEntry? Load(string relative)
    {
        var directory = ResolveDirectory(relative);
        if (directory is null) return null;
        var reportPath = System.IO.Path.Combine(directory, ReportYaml.FileName);
        var manifestPath = System.IO.Path.Combine(directory, ProfileManifest.FileName);
        PerfReport? report = null;
        ProfileManifest? manifest = null;
        try
        {
            if (File.Exists(reportPath)) report = ReportYaml.ReadFile(reportPath);
            if (File.Exists(manifestPath)) manifest = ReportYaml.ReadObject<ProfileManifest>(File.ReadAllText(manifestPath));
        }
        catch (InvalidDataException)
        {
            // a file being written, or not ours: show the run without it
        }
        return report is null && manifest is null ? null : new RunEntry(Relative(directory), report, manifest);
    }

    /// <summary>The absolute path of the file <paramref name="relative"/> inside the root, or null.</summary>
    public string? ResolveFile(string? relative)
    {
        var full = Resolve(relative);
        return full is not null && File.Exists(full) ? full : null;
    }

    private string? ResolveDirectory(string? relative)
    {
        if (relative is "" or ".") return Directory.Exists(Root) ? Root : null;
        var full = Resolve(relative);
        return full is not null && Directory.Exists(full) ? full : null;
    }

    private string? Resolve(string? relative)
    {
        if (string.IsNullOrEmpty(relative) || relative.Contains('\0') || relative.Contains('\\') || System.IO.Path.IsPathRooted(relative)) return null;
        if (relative.Split('/').Any(part => part is ".." or ".")) return null;
        var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, relative));
        if (!Inside(full)) return null;
        // Every existing link on the way must stay inside too.
        for (var path = full; path.Length > Root.Length; path = System.IO.Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null && (info.ResolveLinkTarget(returnFinalTarget: true) is not { } target || !Inside(target.FullName))) return null;
        }
        return full;
    }

    private bool Inside(string full) => full.StartsWith(Root + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private string Relative(string directory) =>
        directory.Length <= Root.Length ? "" : directory[(Root.Length + 1)..].Replace(System.IO.Path.DirectorySeparatorChar, '/');
}
