namespace Hatchery;

/// <summary>
/// How much a factory's scripts are trusted, chosen with <see cref="EngineOptions.UsePreset"/>. A preset decides the
/// defaults; the host's own options (<see cref="EngineOptions.ConfineFileSystem"/>,
/// <see cref="EngineOptions.RestrictNetwork"/>, <see cref="EngineOptions.UseEnvironment"/>, a registered module) still
/// apply on top of it. docs/security.md describes what each preset grants.
/// </summary>
public enum TrustPreset
{
    /// <summary>
    /// Scripts the host wrote or vetted, with the host process's rights: every module, the whole file system (unless
    /// <see cref="EngineOptions.ConfineFileSystem"/> confines it), the open network, a copy of the process environment.
    /// The default.
    /// </summary>
    Trusted,

    /// <summary>
    /// Scripts from someone else. Left out: <c>child_process</c> and <c>exec</c>; <c>fs</c> and <c>fs/promises</c>
    /// unless the host gives a root with <see cref="EngineOptions.ConfineFileSystem"/> (then every path stays inside
    /// it); <c>database</c> unless the host registered a configured one (and then scripts may use only that
    /// connection). No network unless the host lists hosts with <see cref="EngineOptions.RestrictNetwork"/>; an empty
    /// <c>process.env</c> unless the host gives one; <c>require</c> and <c>import</c> load files only from the base
    /// directory and the file-system root (or the directories given to <see cref="EngineOptions.ConfineModules"/>).
    /// </summary>
    Untrusted,
}
