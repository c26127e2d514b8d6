namespace Hatchery.Builtins.ChildProcess;

/// <summary>How a child run to completion is fed and bounded.</summary>
/// <param name="Input">Bytes written to a piped stdin, which is then closed.</param>
/// <param name="Timeout">Milliseconds before the child is ended; 0 for none.</param>
/// <param name="MaxBuffer">Bytes of stdout or of stderr past which the child is ended.</param>
/// <param name="KillSignal">The signal that ends it.</param>
/// <param name="KillTree">End the child's descendants too (with SIGKILL), not only the child.</param>
internal sealed record ChildRunOptions(byte[]? Input, int Timeout, double MaxBuffer, int KillSignal, bool KillTree);

/// <summary>
/// A finished child: its exit code or the signal that ended it, what it wrote to piped stdout and stderr, and
/// <c>ETIMEDOUT</c> or <c>ENOBUFS</c> when the run was cut short for its timeout or for its output.
/// </summary>
internal sealed record ChildRunResult(int Pid, int? Code, int? Signal, byte[]? Stdout, byte[]? Stderr, string? Error);

/// <summary>Runs a child to completion on the calling thread: Node's <c>spawnSync</c>, and Hatchery's <c>exec.run</c>.</summary>
internal static class ChildRun
{
    /// <summary>
    /// Starts <paramref name="spec"/> and waits for it and its output pipes. <paramref name="inherit"/> receives the
    /// chunks of inherited output as (fd, bytes), on reader threads. Throws <see cref="ChildSpawnException"/> when the
    /// program cannot be started.
    /// </summary>
    public static ChildRunResult Run(ChildSpec spec, ChildRunOptions options, RunningChildren children, Action<int, byte[]>? inherit)
    {
        using var process = ChildLauncher.Start(spec);
        children.Add(process);
        try
        {
            var gate = new object();
            string? error = null;
            long signalsSent = 0;
            void End(string reason)
            {
                lock (gate)
                {
                    if (error is not null) return;
                    error = reason;
                    if (options.KillTree)
                    {
                        signalsSent |= Signals.Bit(Signals.Kill);
                        KillTree(process);
                    }
                    else
                    {
                        signalsSent |= Signals.Bit(options.KillSignal);
                        Signals.Send(process, options.KillSignal);
                    }
                }
            }

            var input = Feed(process, spec.Stdin, options.Input);
            var stdout = OutputCollector.Collect(process.StandardOutput.BaseStream, spec.Stdout,
                inherit is null ? null : bytes => inherit(1, bytes), options.MaxBuffer, () => End("ENOBUFS"));
            var stderr = OutputCollector.Collect(process.StandardError.BaseStream, spec.Stderr,
                inherit is null ? null : bytes => inherit(2, bytes), options.MaxBuffer, () => End("ENOBUFS"));
            if (!process.WaitForExit(options.Timeout > 0 ? options.Timeout : Timeout.Infinite))
            {
                End("ETIMEDOUT");
                process.WaitForExit();
            }
            Task.WaitAll(stdout, stderr, input);
            lock (gate)
            {
                var (code, signal) = Signals.Outcome(process.ExitCode, signalsSent);
                return new ChildRunResult(process.Id, code, signal, stdout.Result, stderr.Result, error);
            }
        }
        finally
        {
            children.Remove(process);
        }
    }

    // Writes the input (if any) to a piped stdin and closes it; a child that exits without reading it breaks the pipe.
    private static Task Feed(System.Diagnostics.Process process, StdioMode mode, byte[]? input)
    {
        if (mode == StdioMode.Inherit) return Task.CompletedTask;
        var stdin = process.StandardInput.BaseStream;
        if (mode == StdioMode.Ignore || input is not { Length: > 0 })
        {
            CloseQuietly(stdin);
            return Task.CompletedTask;
        }
        return Task.Run(async () =>
        {
            try
            {
                await stdin.WriteAsync(input).ConfigureAwait(false);
            }
            catch (IOException)
            {
            }
            finally
            {
                CloseQuietly(stdin);
            }
        });
    }

    private static void KillTree(System.Diagnostics.Process process)
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

    /// <summary>Closes a child's stdin, which fails when the child has already closed its end.</summary>
    public static void CloseQuietly(System.IO.Stream stdin)
    {
        try
        {
            stdin.Dispose();
        }
        catch (IOException)
        {
        }
    }
}
