using Hatchery.Builtins.Console;
using Hatchery.Scheduling;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>
/// A worker's console: each write is queued on the parent's loop, in the same queue as the worker's messages, so the
/// parent's console is only ever written from the parent's thread and output keeps its order with the messages.
/// What a terminated worker still writes is dropped.
/// </summary>
internal sealed class ForwardedOutput(EventLoop parentLoop, IConsoleOutput parentOutput, Func<bool> dropped) : IConsoleOutput
{
    /// <inheritdoc />
    public void WriteOut(string text)
    {
        if (!dropped()) parentLoop.PostMessage(() => parentOutput.WriteOut(text));
    }

    /// <inheritdoc />
    public void WriteError(string text)
    {
        if (!dropped()) parentLoop.PostMessage(() => parentOutput.WriteError(text));
    }
}
