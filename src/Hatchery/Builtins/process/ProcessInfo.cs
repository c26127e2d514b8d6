using System.Diagnostics;
using System.Runtime.InteropServices;
using Jint.Native;

namespace Hatchery.Builtins.Process;

/// <summary>Static facts <c>process</c> reports: the Node version Hatchery is compatible with, platform and architecture.</summary>
internal static class ProcessInfo
{
    /// <summary>The Node.js release whose behaviour Hatchery follows; libraries check it for feature support.</summary>
    public const string NodeVersion = "20.19.0";

    public static string Platform =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsFreeBSD() ? "freebsd" : "linux";

    public static string Arch => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.X86 => "ia32",
        Architecture.Arm64 => "arm64",
        Architecture.Arm => "arm",
        Architecture.S390x => "s390x",
        Architecture.Ppc64le => "ppc64",
        Architecture.RiscV64 => "riscv64",
        Architecture.LoongArch64 => "loong64",
        _ => RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(),
    };

    public static JsObject Versions(Engine engine)
    {
        var versions = new JsObject(engine);
        versions.Set("node", NodeVersion);
        versions.Set("hatchery", typeof(ProcessInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        versions.Set("jint", typeof(Engine).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
        versions.Set("dotnet", Environment.Version.ToString());
        versions.Set("modules", "115");
        versions.Set("unicode", "15.1");
        return versions;
    }

    public static JsObject Release(Engine engine)
    {
        var release = new JsObject(engine);
        release.Set("name", "node");
        release.Set("lts", "Iron");
        return release;
    }

    public static JsObject MemoryUsage(Engine engine)
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var info = GC.GetGCMemoryInfo();
        var usage = new JsObject(engine);
        usage.Set("rss", (double)process.WorkingSet64);
        usage.Set("heapTotal", (double)info.HeapSizeBytes);
        usage.Set("heapUsed", (double)GC.GetTotalMemory(false));
        usage.Set("external", 0);
        usage.Set("arrayBuffers", 0);
        return usage;
    }

    /// <summary>Nanoseconds on a monotonic clock, as <c>process.hrtime</c> counts them.</summary>
    public static long MonotonicNanoseconds() =>
        (long)(Stopwatch.GetTimestamp() * (1_000_000_000.0 / Stopwatch.Frequency));
}
