using System.Diagnostics;

namespace Hatchery.Perf.Running;

/// <summary>
/// A temporary, detached git worktree of one revision (<c>git worktree add --detach</c>), removed on dispose: how
/// <c>ab</c> and <c>profile --base</c> build a commit without touching the user's work tree.
/// </summary>
internal sealed class GitWorktree : IDisposable
{
    private readonly string _repository;

    private GitWorktree(string repository, string path, string revision, string commit)
    {
        _repository = repository;
        Path = path;
        Revision = revision;
        Commit = commit;
    }

    /// <summary>The worktree's directory.</summary>
    public string Path { get; }

    /// <summary>The revision as given (e.g. <c>main~3</c>).</summary>
    public string Revision { get; }

    /// <summary>The full commit hash it resolved to.</summary>
    public string Commit { get; }

    /// <summary>Checks <paramref name="revision"/> of <paramref name="repository"/> out into a new temporary directory.</summary>
    public static GitWorktree Create(string repository, string revision)
    {
        var commit = Git(repository, "rev-parse", "--verify", "--quiet", revision + "^{commit}")
                     ?? throw new InvalidDataException($"'{revision}' is not a commit of the repository at {repository}");
        var path = Directory.CreateTempSubdirectory("hatchery-perf-worktree-").FullName;
        Directory.Delete(path);
        _ = Git(repository, "worktree", "add", "--detach", "--quiet", path, commit)
            ?? throw new IOException($"git worktree add {path} {revision} failed");
        return new GitWorktree(repository, path, revision, commit);
    }

    /// <summary>The full hash of <paramref name="revision"/>, or null if it names no commit.</summary>
    public static string? ResolveCommit(string repository, string revision) =>
        Git(repository, "rev-parse", "--verify", "--quiet", revision + "^{commit}");

    /// <summary>Removes the worktree and its directory.</summary>
    public void Dispose()
    {
        Git(_repository, "worktree", "remove", "--force", Path);
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        Git(_repository, "worktree", "prune");
    }

    private static string? Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start) ?? throw new IOException("could not start git");
        var text = git.StandardOutput.ReadToEnd().Trim();
        git.StandardError.ReadToEnd();
        git.WaitForExit();
        return git.ExitCode == 0 ? text : null;
    }
}
