using System.Text;
using Hatchery.Builtins.Console;
using Microsoft.Extensions.Logging;

namespace Hatchery.Extensions.Hosting;

/// <summary>
/// Console output written to an <see cref="ILogger"/>: one log entry per line, standard output with event id 1
/// (<c>ConsoleOut</c>) and standard error with event id 2 (<c>ConsoleError</c>), each at its own level. Text that does
/// not end a line (<c>process.stdout.write('a')</c>) waits until its line is complete, or until <see cref="Flush"/>
/// or <see cref="Dispose"/>. Safe to share between runtimes on several threads, but then the partial lines of two
/// runtimes writing at once may join: give a runtime its own instance
/// (<c>factory.NewRuntime(o =&gt; o.UseConsole(new LoggerConsoleOutput(logger)))</c>) when that matters.
/// </summary>
public sealed partial class LoggerConsoleOutput : IConsoleOutput, IDisposable
{
    /// <summary>A partial line longer than this is logged without waiting for its end, so a script cannot grow the buffer without bound.</summary>
    public const int MaxPendingLineLength = 16 * 1024;

    private readonly ILogger _logger;
    private readonly LogLevel _outLevel;
    private readonly LogLevel _errorLevel;
    private readonly StringBuilder _pendingOut = new();
    private readonly StringBuilder _pendingError = new();
    private readonly Lock _gate = new();

    /// <summary>Writes standard output at <paramref name="outLevel"/> and standard error at <paramref name="errorLevel"/> to <paramref name="logger"/>.</summary>
    public LoggerConsoleOutput(ILogger logger, LogLevel outLevel = LogLevel.Information, LogLevel errorLevel = LogLevel.Error)
    {
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _outLevel = outLevel;
        _errorLevel = errorLevel;
    }

    /// <inheritdoc />
    public void WriteOut(string text) => Write(text, _pendingOut, _outLevel, error: false);

    /// <inheritdoc />
    public void WriteError(string text) => Write(text, _pendingError, _errorLevel, error: true);

    /// <summary>Logs any partial line still waiting for its end.</summary>
    public void Flush()
    {
        lock (_gate)
        {
            FlushPending(_pendingOut, _outLevel, error: false);
            FlushPending(_pendingError, _errorLevel, error: true);
        }
    }

    /// <summary>Logs any partial line still waiting, as <see cref="Flush"/> does.</summary>
    public void Dispose() => Flush();

    private void Write(string text, StringBuilder pending, LogLevel level, bool error)
    {
        if (string.IsNullOrEmpty(text)) return;
        lock (_gate)
        {
            var start = 0;
            while (start < text.Length)
            {
                var newline = text.IndexOf('\n', start);
                if (newline < 0)
                {
                    pending.Append(text, start, text.Length - start);
                    if (pending.Length > MaxPendingLineLength) FlushPending(pending, level, error);
                    return;
                }
                var end = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
                if (pending.Length == 0)
                {
                    Log(level, error, text[start..end]);
                }
                else
                {
                    pending.Append(text, start, end - start);
                    FlushPending(pending, level, error);
                }
                start = newline + 1;
            }
        }
    }

    private void FlushPending(StringBuilder pending, LogLevel level, bool error)
    {
        if (pending.Length == 0) return;
        var line = pending.ToString();
        pending.Clear();
        // A "\r\n" split across two writes leaves its "\r" at the end of the pending text.
        Log(level, error, line.EndsWith('\r') ? line[..^1] : line);
    }

    private void Log(LogLevel level, bool error, string line)
    {
        if (error) ConsoleError(_logger, level, line);
        else ConsoleOut(_logger, level, line);
    }

    [LoggerMessage(EventId = 1, EventName = "ConsoleOut", Message = "{Line}")]
    private static partial void ConsoleOut(ILogger logger, LogLevel level, string line);

    [LoggerMessage(EventId = 2, EventName = "ConsoleError", Message = "{Line}")]
    private static partial void ConsoleError(ILogger logger, LogLevel level, string line);
}
