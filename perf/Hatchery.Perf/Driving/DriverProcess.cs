using System.Diagnostics;
using System.Globalization;

namespace Hatchery.Perf.Driving;

/// <summary>
/// A <c>hatchery-perf drive</c> child process, optionally under a profiler (<c>perf record … --</c>,
/// <c>valgrind …</c>), with the handshake lines read as they come.
/// </summary>
internal sealed class DriverProcess : IDisposable
{
    private readonly Process _process;
    private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
    private readonly System.Text.StringBuilder _stderr = new();

    private DriverProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) _lines.Writer.TryComplete();
            else _lines.Writer.TryWrite(e.Data);
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>The child's process id (the profiler's, when wrapped).</summary>
    public int Id => _process.Id;

    /// <summary>What the child wrote to standard error so far.</summary>
    public string Error
    {
        get
        {
            lock (_stderr) return _stderr.ToString();
        }
    }

    /// <summary>The figures of the <c>measured …</c> line, once seen.</summary>
    public (long Operations, double Milliseconds, long Bytes)? Measured { get; private set; }

    /// <summary>
    /// Starts <c>[wrapper…] dotnet hatchery-perf.dll drive ASSEMBLY NAME driveArguments…</c> with
    /// <paramref name="environment"/> added to this process's.
    /// </summary>
    public static DriverProcess Start(string benchmarkAssembly, string benchmark, IEnumerable<string> driveArguments,
        IReadOnlyList<string> wrapper, IReadOnlyDictionary<string, string> environment)
    {
        var command = new List<string>(wrapper) { DotnetHost(), typeof(DriverProcess).Assembly.Location, "drive", benchmarkAssembly, benchmark };
        command.AddRange(driveArguments);
        var start = new ProcessStartInfo(command[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new DriverProcess(Process.Start(start) ?? throw new IOException($"could not start {command[0]}"));
    }

    /// <summary>The dotnet host running this tool (so a child runs on the same runtime), or "dotnet" from PATH.</summary>
    public static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        return current is not null && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    /// <summary>Reads lines until <paramref name="expected"/>; throws if the child ends first.</summary>
    public async Task WaitForLineAsync(string expected, CancellationToken cancellation)
    {
        while (await _lines.Reader.WaitToReadAsync(cancellation))
        {
            while (_lines.Reader.TryRead(out var line))
            {
                if (DriveLoop.ParseMeasured(line) is { } measured) Measured = measured;
                if (line == expected) return;
            }
        }
        await _process.WaitForExitAsync(cancellation);
        throw new IOException($"the benchmark driver ended (exit code {_process.ExitCode}) before '{expected}': {Tail(Error)}");
    }

    /// <summary>Sends one line to the driver's standard input.</summary>
    public async Task SendAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the child to exit, reading the rest of its output; returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellation)
    {
        try
        {
            await _process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw;
        }
        while (await _lines.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (_lines.Reader.TryRead(out var line))
            {
                if (DriveLoop.ParseMeasured(line) is { } measured) Measured = measured;
            }
        }
        return _process.ExitCode;
    }

    /// <summary>The last lines of <paramref name="text"/>, for an error message.</summary>
    public static string Tail(string text) =>
        string.Join(" / ", text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(6));

    /// <summary>Kills the child and its children if it still runs.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
    }

    /// <summary>Formats a number for a command line.</summary>
    public static string Arg(double value) => value.ToString(CultureInfo.InvariantCulture);
}
