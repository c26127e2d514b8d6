using Hatchery.NativeModules;

namespace Hatchery.Security;

/// <summary>What <see cref="TrustPreset.Untrusted"/> does to the module list: which built-in modules it leaves out, and why.</summary>
internal static class TrustPresets
{
    /// <summary>The module an untrusted factory gets in place of <paramref name="module"/>, or null when it is left out.</summary>
    public static NativeModule? Admit(NativeModule module, EngineOptions options)
    {
        if (WhyLeftOut(module, options) is not null) return null;
        // A database the host configured stays, restricted to the host's connection.
        return module is HostModules.Database.DatabaseModule database ? database.RestrictedToHostConnection() : module;
    }

    /// <summary>Why the untrusted preset leaves <paramref name="module"/> out, or null when it keeps it.</summary>
    /// <remarks>Only Hatchery's own instances are judged: a module the host registered under such a name is the host's choice.</remarks>
    public static string? WhyLeftOut(NativeModule module, EngineOptions options) => module switch
    {
        Builtins.ChildProcess.ChildProcessModule => "starts programs",
        HostModules.Exec.ExecModule => "starts programs",
        Builtins.Fs.FsModule or Builtins.Fs.FsPromisesModule when options.FileSystemRoot is null =>
            "no file-system root given (ConfineFileSystem, --fs-root)",
        HostModules.Database.DatabaseModule { HasHostConnection: false } => "no database configured by the host",
        // A worker is a thread and a whole runtime (its heap, its limits' worth of CPU) per `new Worker`, and a script may
        // start any number: threads are a resource of the host's process, which the per-runtime limits do not bound.
        Builtins.WorkerThreads.WorkerThreadsModule => "starts threads, each a whole runtime, which no per-runtime limit bounds",
        // vm stays: a context is a realm of the runtime's own engine, bound by its limits, and reaches nothing its caller cannot.
        _ => null,
    };
}
