using System.Runtime.InteropServices;

namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// Delivering a signal to a child, and reading one back from its exit status. .NET reports a child that a signal
/// ended as exit code 128 + the signal's number, which a program can also return itself; so a child counts as ended
/// by a signal only when its code is 128 + a signal this runtime sent it.
/// </summary>
internal static class Signals
{
    public const int Kill = 9;

    /// <summary>Sends <paramref name="signal"/> to <paramref name="process"/>; false when it has already exited.</summary>
    public static bool Send(System.Diagnostics.Process process, int signal)
    {
        if (OperatingSystem.IsWindows())
        {
            // Windows has no signals: every one ends the process, as Node's does there.
            if (process.HasExited) return false;
            process.Kill();
            return true;
        }
        return SendSignal(process.Id, signal) == 0;
    }

    /// <summary>The bit that stands for <paramref name="signal"/> in a mask of signals sent.</summary>
    public static long Bit(int signal) => signal is > 0 and < 64 ? 1L << signal : 0;

    /// <summary>The exit code or the signal of an exited child, given the mask of the signals sent to it.</summary>
    public static (int? Code, int? Signal) Outcome(int exitCode, long signalsSent)
    {
        var signal = exitCode - 128;
        if (signal > 0 && (signalsSent & Bit(signal)) != 0) return (null, signal);
        return (exitCode, null);
    }

    // DllImport rather than LibraryImport: the marshalling is blittable, and the library needs no unsafe code.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);
#pragma warning restore SYSLIB1054
}
