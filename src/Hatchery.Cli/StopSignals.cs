using System.Runtime.InteropServices;

namespace Hatchery.Cli;

/// <summary>
/// SIGTERM and SIGINT (Ctrl-C) while a script runs: the first one cancels the run, so it unwinds, the runtime is
/// disposed (its call log flushed) and the process exits with 128 + the signal's number, as a shell reports a process
/// the signal ended; a second one is left to its default action and ends the process at once.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    private StopSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle), PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle)];
    }

    /// <summary>Starts listening; dispose to stop.</summary>
    public static StopSignals Listen() => new();

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The process's exit code for a run that ended with <paramref name="code"/>: 128 + signal when a signal stopped it.</summary>
    public int ExitCode(int code) => Volatile.Read(ref _signal) is > 0 and var signal ? 128 + signal : code;

    private void Handle(PosixSignalContext context)
    {
        var number = context.Signal == PosixSignal.SIGTERM ? 15 : 2;
        if (Interlocked.CompareExchange(ref _signal, number, 0) != 0) return;
        context.Cancel = true;
        _stop.Cancel();
    }

    public void Dispose()
    {
        foreach (var registration in _registrations) registration.Dispose();
        _stop.Dispose();
    }
}
