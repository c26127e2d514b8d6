using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hatchery.Extensions.Hosting.Tests;

/// <summary>Console output routed to ILogger through a real logging pipeline (LoggerFactory and a capturing provider).</summary>
public sealed class ConsoleLoggingTests
{
    [Fact]
    public async Task Routed_console_output_becomes_one_log_entry_per_line_at_the_stream_level()
    {
        var log = new MemoryLoggerProvider();
        var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Trace))
            .AddHatchery(Configuration(("RouteConsoleToLogger", "true"), ("LoggerCategory", "Scripts.Console")));
        await using (var provider = services.BuildServiceProvider())
        {
            await using var runtime = provider.GetRequiredService<EngineFactory>().NewRuntime();
            await runtime.EvaluateAsync("""
                console.log('first');
                console.error('broken', 42);
                process.stdout.write('par');
                process.stdout.write('tial\r');
                process.stdout.write('\nlast line, ');
                (async () => { await new Promise(r => setTimeout(r, 5)); process.stdout.write('unfinished'); })()
                """);
            Assert.Equal(
                [
                    new LogEntry("Scripts.Console", LogLevel.Information, new EventId(1, "ConsoleOut"), "first"),
                    new LogEntry("Scripts.Console", LogLevel.Error, new EventId(2, "ConsoleError"), "broken 42"),
                    new LogEntry("Scripts.Console", LogLevel.Information, new EventId(1, "ConsoleOut"), "partial"),
                ],
                log.Entries);
        }
        // Disposing the container flushes the line the script never ended.
        Assert.Equal(new LogEntry("Scripts.Console", LogLevel.Information, new EventId(1, "ConsoleOut"), "last line, unfinished"), log.Entries[^1]);
        Assert.Equal(4, log.Entries.Count);
    }

    [Fact]
    public async Task Levels_come_from_the_options_and_a_runtime_may_log_to_its_own_logger()
    {
        var log = new MemoryLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Debug));
        var factory = EngineFactory.Create();
        using (var output = new LoggerConsoleOutput(loggers.CreateLogger("Tenant.A"), LogLevel.Debug, LogLevel.Warning))
        {
            await using var runtime = factory.NewRuntime(o => o.UseConsole(output));
            await runtime.EvaluateAsync("console.info('ready'); console.warn('careful'); process.stderr.write('cut')");
        }
        Assert.Equal(
            [
                new LogEntry("Tenant.A", LogLevel.Debug, new EventId(1, "ConsoleOut"), "ready"),
                new LogEntry("Tenant.A", LogLevel.Warning, new EventId(2, "ConsoleError"), "careful"),
                new LogEntry("Tenant.A", LogLevel.Warning, new EventId(2, "ConsoleError"), "cut"),
            ],
            log.Entries);
    }

    [Fact]
    public void A_partial_line_longer_than_the_bound_is_logged_without_waiting()
    {
        var log = new MemoryLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.AddProvider(log));
        var output = new LoggerConsoleOutput(loggers.CreateLogger("Bound"));
        output.WriteOut(new string('x', LoggerConsoleOutput.MaxPendingLineLength + 1));
        Assert.Equal(LoggerConsoleOutput.MaxPendingLineLength + 1, Assert.Single(log.Entries).Message.Length);
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>($"Hatchery:{s.Key}", s.Value)))
            .Build();
}
