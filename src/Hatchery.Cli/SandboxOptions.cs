using System.CommandLine;

namespace Hatchery.Cli;

/// <summary>
/// What a command line lets scripts reach: <c>--safe</c> (the untrusted preset), <c>--fs-root DIR</c> (fs confined to
/// a directory) and <c>--allow-net HOST</c> (the hosts the network is limited to). Nothing is limited by default.
/// </summary>
/// <param name="Safe">Whether scripts run under <see cref="TrustPreset.Untrusted"/>.</param>
/// <param name="FileSystemRoot">The directory fs is confined to, as given (relative to the current directory).</param>
/// <param name="AllowedHosts">The hosts the network is restricted to; empty for no restriction beyond the preset's.</param>
internal sealed record Sandbox(bool Safe, string? FileSystemRoot, IReadOnlyList<string> AllowedHosts)
{
    /// <summary>No sandbox: scripts run as trusted, like node.</summary>
    public static Sandbox None { get; } = new(false, null, []);

    /// <summary>
    /// Applies the sandbox to <paramref name="options"/>. Under <c>--safe</c>, files are required only from the current
    /// directory, the main script's directory and the fs root.
    /// </summary>
    public void Apply(EngineOptions options, string currentDirectory, string? scriptDirectory)
    {
        var root = FileSystemRoot is null ? null : Path.GetFullPath(FileSystemRoot, currentDirectory);
        if (root is not null) options.ConfineFileSystem(root);
        if (AllowedHosts.Count > 0) options.RestrictNetwork([.. AllowedHosts]);
        if (!Safe) return;
        options.UsePreset(TrustPreset.Untrusted);
        options.ConfineModules([currentDirectory, .. scriptDirectory is null ? Array.Empty<string>() : [scriptDirectory], .. root is null ? Array.Empty<string>() : [root]]);
    }
}

/// <summary>The <c>--safe</c>, <c>--fs-root</c> and <c>--allow-net</c> options, added to every command that runs code.</summary>
internal sealed class SandboxOptions(string currentDirectory)
{
    /// <summary><c>--safe</c>.</summary>
    public Option<bool> Safe { get; } = new("--safe")
    {
        Description = "Run as untrusted code: no child_process or exec, no database, no network unless --allow-net, "
                      + "no fs unless --fs-root, an empty process.env, require only from the script's and current directory",
    };

    /// <summary><c>--fs-root DIR</c>.</summary>
    public Option<string?> FileSystemRoot { get; } = ExistingDirectory(currentDirectory, new Option<string?>("--fs-root")
    {
        Description = "Confine fs to this directory: a path leaving it (.., absolute, symbolic link) fails with EACCES",
        HelpName = "dir",
    });

    /// <summary><c>--allow-net HOST</c>, repeatable.</summary>
    public Option<string[]> AllowNet { get; } = new("--allow-net")
    {
        Description = "Let scripts reach this host (host or host:port); repeat for more. Given at all, only these hosts",
        HelpName = "host",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [Safe, FileSystemRoot, AllowNet];

    /// <summary>The sandbox the parsed command line asked for.</summary>
    public Sandbox Read(ParseResult result) => new(result.GetValue(Safe), result.GetValue(FileSystemRoot), result.GetValue(AllowNet) ?? []);

    private static Option<string?> ExistingDirectory(string currentDirectory, Option<string?> option)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValue(option) is { } directory && !Directory.Exists(Path.GetFullPath(directory, currentDirectory)))
            {
                result.AddError($"{option.Name} must name an existing directory, not '{directory}'");
            }
        });
        return option;
    }
}
