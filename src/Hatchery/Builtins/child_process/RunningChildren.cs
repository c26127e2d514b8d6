namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// The children one runtime's module started that have not been reaped yet, so that disposing the runtime can end
/// them (with their own children): a script's processes do not outlive it.
/// </summary>
internal sealed class RunningChildren
{
    private readonly HashSet<System.Diagnostics.Process> _running = [];
    private bool _disposed;

    /// <summary>Records a started child; a child started while the runtime is being disposed is ended at once.</summary>
    public void Add(System.Diagnostics.Process process)
    {
        lock (_running)
        {
            if (!_disposed)
            {
                _running.Add(process);
                return;
            }
        }
        End(process);
    }

    public void Remove(System.Diagnostics.Process process)
    {
        lock (_running) _running.Remove(process);
    }

    /// <summary>Kills every child still running, and each one's descendants.</summary>
    public void EndAll()
    {
        System.Diagnostics.Process[] running;
        lock (_running)
        {
            _disposed = true;
            running = [.. _running];
            _running.Clear();
        }
        foreach (var process in running) End(process);
    }

    private static void End(System.Diagnostics.Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited meanwhile.
        }
    }
}
