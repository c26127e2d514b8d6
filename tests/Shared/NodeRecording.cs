using System.Globalization;

namespace Hatchery.Tests;

/// <summary>
/// One script and what Node 20 printed for it. The convention, shared by every recorded-Node-output test and by
/// <c>tests/record-fixtures.js</c>: each <c>name.js</c> directly inside a fixture folder is a script, and its
/// recording sits beside it: <c>name.out</c> (stdout, always), <c>name.err</c> (stderr, when not empty) and
/// <c>name.code</c> (the exit code, when not 0); an optional <c>name.env</c> (KEY=VALUE lines) is the environment of
/// both runs. Helpers the scripts require are <c>.cjs</c> files or live in subfolders, so they are never scripts.
/// </summary>
internal sealed record NodeRecording(string Script, string Out, string Err, int Code, IReadOnlyDictionary<string, string>? Environment)
{
    private static readonly string[] RecordingExtensions = [".out", ".err", ".code", ".env"];

    /// <summary>
    /// The names (file names without extension) of the scripts in a fixture folder, and of recordings left without
    /// their script, so that an orphan recording fails as a test case instead of lingering unseen.
    /// </summary>
    public static IEnumerable<string> NamesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f) == ".js" || RecordingExtensions.Contains(Path.GetExtension(f)))
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Distinct()
            .Order(StringComparer.Ordinal);

    /// <summary>The script <c>name.js</c> of <paramref name="folder"/> and its recording; fails if either is missing.</summary>
    public static NodeRecording Read(string folder, string name)
    {
        var stem = Path.Combine(folder, name);
        var script = stem + ".js";
        Assert.True(File.Exists(script), $"{stem}.* is a recording without its script {name}.js: restore the script or delete the recording.");
        Assert.True(File.Exists(stem + ".out"), $"{script} has no recording: run `node tests/record-fixtures.js {Path.GetRelativePath(RepositoryRoot, script)}`.");
        var environment = ReadIfExists(stem + ".env")?.Split('\n').Where(l => l.Contains('='))
            .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);
        var code = ReadIfExists(stem + ".code") is { } text ? int.Parse(text.Trim(), CultureInfo.InvariantCulture) : 0;
        return new NodeRecording(script, File.ReadAllText(stem + ".out"), ReadIfExists(stem + ".err") ?? "", code, environment);
    }

    /// <summary>The checkout's root: fixtures are read where they are edited, never from a copy that can go stale.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? ReadIfExists(string path) => File.Exists(path) ? File.ReadAllText(path) : null;

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Hatchery.slnx"))) return directory.FullName;
        }
        throw new DirectoryNotFoundException("Hatchery.slnx not found above " + AppContext.BaseDirectory);
    }
}
