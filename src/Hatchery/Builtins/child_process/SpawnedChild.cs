using Hatchery.Scheduling;

namespace Hatchery.Builtins.ChildProcess;

/// <summary>
/// A child started by <c>spawn</c>, running while the loop goes on. Its output is read on the thread pool and each
/// chunk posted to the loop; its exit is posted when the process ends, and <c>closed</c> once the exit and both output
/// pipes are done. Until then the child keeps the loop alive. Every callback runs on the loop's thread.
/// </summary>
internal sealed class SpawnedChild
{
    private readonly System.Diagnostics.Process _process;
    private readonly EventLoop _loop;
    private readonly System.IO.Stream? _stdin;
    private long _signalsSent;

    // The spawning script's async context, which the child's events run under as in Node.
    private readonly object? _context;

    private SpawnedChild(System.Diagnostics.Process process, EventLoop loop, StdioMode stdin)
    {
        _process = process;
        _loop = loop;
        _context = loop.CaptureContext();
        if (stdin == StdioMode.Pipe) _stdin = process.StandardInput.BaseStream;
        else if (stdin == StdioMode.Ignore) ChildRun.CloseQuietly(process.StandardInput.BaseStream);
    }

    public int Pid => _process.Id;

    /// <summary>
    /// Starts <paramref name="spec"/>. <paramref name="output"/> gets (fd, chunk) for piped and inherited output, and
    /// (fd, null) at the end of a piped one; <paramref name="exited"/> gets (code, signal number).
    /// Throws <see cref="ChildSpawnException"/>.
    /// </summary>
    public static SpawnedChild Start(ChildSpec spec, EventLoop loop, RunningChildren children,
        Action<int, byte[]?> output, Action<int?, int?> exited, Action closed)
    {
        var process = ChildLauncher.Start(spec);
        children.Add(process);
        var child = new SpawnedChild(process, loop, spec.Stdin);
        var stdout = child.Read(process.StandardOutput.BaseStream, 1, spec.Stdout, output);
        var stderr = child.Read(process.StandardError.BaseStream, 2, spec.Stderr, output);
        var exit = process.WaitForExitAsync().ContinueWith(_ => loop.Post(() =>
        {
            var (code, signal) = Signals.Outcome(process.ExitCode, Interlocked.Read(ref child._signalsSent));
            exited(code, signal);
        }, child._context), TaskScheduler.Default);
        loop.Await(Task.WhenAll(stdout, stderr, exit), _ =>
        {
            children.Remove(process);
            process.Dispose();
            closed();
        });
        return child;
    }

    private Task Read(System.IO.Stream stream, int fd, StdioMode mode, Action<int, byte[]?> output)
    {
        if (mode == StdioMode.Ignore) return OutputCollector.Pump(stream, static _ => { });
        return OutputCollector.Pump(stream, chunk => _loop.Post(() => output(fd, chunk), _context)).ContinueWith(_ =>
        {
            if (mode == StdioMode.Pipe) _loop.Post(() => output(fd, null), _context);
        }, TaskScheduler.Default);
    }

    /// <summary>Sends <paramref name="signal"/>; false when the child has exited already.</summary>
    public bool Kill(int signal)
    {
        Interlocked.Or(ref _signalsSent, Signals.Bit(signal));
        try
        {
            return !_process.HasExited && Signals.Send(_process, signal);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to stdin off the loop; <paramref name="done"/> gets null or an error code.</summary>
    public void Write(byte[] bytes, Action<string?> done)
    {
        if (_stdin is null)
        {
            done("EPIPE");
            return;
        }
        _loop.Await(WriteAndFlush(_stdin, bytes), task => done(task.IsCompletedSuccessfully ? null : "EPIPE"));
    }

    private static async Task WriteAndFlush(System.IO.Stream stream, byte[] bytes)
    {
        await stream.WriteAsync(bytes).ConfigureAwait(false);
        await stream.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Closes stdin, so the child reads its end.</summary>
    public void EndInput()
    {
        if (_stdin is not null) ChildRun.CloseQuietly(_stdin);
    }
}
