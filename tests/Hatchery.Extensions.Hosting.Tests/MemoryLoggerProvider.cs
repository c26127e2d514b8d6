using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hatchery.Extensions.Hosting.Tests;

/// <summary>One entry a <see cref="MemoryLoggerProvider"/> captured.</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message);

/// <summary>A logger provider that keeps every entry in memory, plugged into a real logging pipeline.</summary>
public sealed class MemoryLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => _entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new MemoryLogger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class MemoryLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception)));
    }
}
