using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hatchery.Extensions.Hosting;

/// <summary>Registers Hatchery with a <see cref="Microsoft.Extensions.DependencyInjection.IServiceCollection"/>.</summary>
public static class HatcheryServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="EngineFactory"/> as a singleton, built on first resolution from
    /// <see cref="HatcheryOptions"/> (which <c>services.Configure&lt;HatcheryOptions&gt;</c> may set) and then from
    /// <paramref name="configure"/>, which runs last and so may override them, or add native modules. Calling it again
    /// adds another <paramref name="configure"/>, run after the earlier ones; there is still one factory.
    /// </summary>
    public static IServiceCollection AddHatchery(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<HatcheryOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HatcheryOptions>, HatcheryOptionsValidator>());
        if (configure is not null) services.AddSingleton(new EngineOptionsConfiguration(configure));
        services.TryAddSingleton<ConsoleLogRoute>();
        services.TryAddSingleton(CreateFactory);
        return services;
    }

    /// <summary>
    /// As <see cref="AddHatchery(IServiceCollection, Action{EngineOptions}?)"/>, binding <see cref="HatcheryOptions"/>
    /// from the section <c>Hatchery</c> of <paramref name="configuration"/> (the application's configuration), for
    /// example <c>"Hatchery": { "BaseDirectory": "scripts", "Timeout": "00:00:02", "RouteConsoleToLogger": true }</c>.
    /// </summary>
    public static IServiceCollection AddHatchery(this IServiceCollection services, IConfiguration configuration, Action<EngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddHatchery(configure);
        services.AddOptions<HatcheryOptions>().Bind(configuration.GetSection(HatcheryOptions.SectionName));
        return services;
    }

    private static EngineFactory CreateFactory(IServiceProvider services)
    {
        var settings = services.GetRequiredService<IOptions<HatcheryOptions>>().Value;
        var options = new EngineOptions();
        if (settings.BaseDirectory is { } directory)
            options.UseBaseDirectory(HatcheryOptionsValidator.ResolveBaseDirectory(directory, services.GetService<IHostEnvironment>())!);
        if (settings.Timeout is { } timeout) options.LimitTime(timeout);
        if (settings.MemoryLimitBytes is { } memory) options.LimitMemory(memory);
        if (settings.StatementLimit is { } statements) options.LimitStatements(statements);
        if (settings.RecursionLimit is { } depth) options.LimitRecursion(depth);
        if (settings.RouteConsoleToLogger) options.UseConsole(services.GetRequiredService<ConsoleLogRoute>().Output);
        foreach (var configuration in services.GetServices<EngineOptionsConfiguration>()) configuration.Configure(options);
        return new EngineFactory(options);
    }

    private sealed record EngineOptionsConfiguration(Action<EngineOptions> Configure);

    // Owned by the container, so the factory's routed console flushes its last partial line when the host stops.
    private sealed class ConsoleLogRoute(IOptions<HatcheryOptions> options, ILoggerFactory? loggers = null) : IDisposable
    {
        private readonly Lazy<LoggerConsoleOutput> _output = new(() =>
        {
            var settings = options.Value;
            var logger = (loggers ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance).CreateLogger(settings.LoggerCategory);
            return new LoggerConsoleOutput(logger, settings.StandardOutputLevel, settings.StandardErrorLevel);
        });

        public LoggerConsoleOutput Output => _output.Value;

        public void Dispose()
        {
            if (_output.IsValueCreated) _output.Value.Dispose();
        }
    }
}
