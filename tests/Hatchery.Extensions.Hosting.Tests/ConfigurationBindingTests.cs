using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Hatchery.Extensions.Hosting.Tests;

/// <summary>HatcheryOptions bound from in-memory configuration, validated, and turned into one factory.</summary>
public sealed class ConfigurationBindingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hatchery-hosting-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Settings_bound_from_the_Hatchery_section_reach_the_factory_and_its_runtimes()
    {
        Directory.CreateDirectory(Path.Combine(_root, "scripts"));
        File.WriteAllText(Path.Combine(_root, "scripts", "answer.js"), "module.exports = 42;");
        using var host = Host(("BaseDirectory", "scripts"), ("Timeout", "00:00:02.5"), ("MemoryLimitBytes", "67108864"),
            ("StatementLimit", "10000"), ("RecursionLimit", "200"));

        var factory = host.Services.GetRequiredService<EngineFactory>();
        Assert.Same(factory, host.Services.GetRequiredService<EngineFactory>());
        Assert.Equal(Path.Combine(_root, "scripts"), factory.Settings.BaseDirectory);
        Assert.Equal(TimeSpan.FromSeconds(2.5), factory.Settings.Timeout);
        Assert.Equal(64L * 1024 * 1024, factory.Settings.MemoryLimit);
        Assert.Equal(10_000, factory.Settings.StatementLimit);
        Assert.Equal(200, factory.Settings.RecursionLimit);

        await using var runtime = factory.NewRuntime();
        Assert.Equal(42, runtime.FromJs<int>(runtime.Require("./answer")));
        var stopped = await Assert.ThrowsAsync<ScriptLimitException>(() => runtime.EvaluateAsync("for (;;) {}"));
        Assert.Equal(ScriptLimit.Statements, stopped.Limit);
    }

    [Fact]
    public async Task Bad_values_fail_validation_naming_each_key_at_resolution_and_at_host_start()
    {
        using var host = Host(("BaseDirectory", "no-such-folder"), ("Timeout", "-00:00:01"), ("StatementLimit", "0"),
            ("MemoryLimitBytes", "-5"), ("RouteConsoleToLogger", "true"), ("LoggerCategory", " "));

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<EngineFactory>());
        Assert.Equal(typeof(HatcheryOptions), failure.OptionsType);
        Assert.Contains("Hatchery:Timeout must be a positive time span, such as 00:00:02; it is -00:00:01.", failure.Failures);
        Assert.Contains("Hatchery:StatementLimit must be a positive number of statements; it is 0.", failure.Failures);
        Assert.Contains("Hatchery:MemoryLimitBytes must be a positive number of bytes; it is -5.", failure.Failures);
        Assert.Contains($"Hatchery:BaseDirectory 'no-such-folder' does not exist (resolved to '{Path.Combine(_root, "no-such-folder")}').", failure.Failures);
        Assert.Contains("Hatchery:LoggerCategory must name a logger category when Hatchery:RouteConsoleToLogger is true.", failure.Failures);
        Assert.Equal(5, failure.Failures.Count());

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    [Fact]
    public void A_value_configuration_cannot_convert_fails_in_the_binder_naming_the_key()
    {
        using var host = Host(("Timeout", "soon"));
        var failure = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<EngineFactory>());
        Assert.Contains("'Hatchery:Timeout'", failure.Message);
    }

    [Fact]
    public void Code_runs_after_configuration_and_every_AddHatchery_call_adds_to_one_factory()
    {
        var services = new ServiceCollection()
            .AddHatchery(new ConfigurationBuilder().AddInMemoryCollection([new("Hatchery:StatementLimit", "100")]).Build(), o => o.LimitStatements(500))
            .AddHatchery(o => o.LimitTime(TimeSpan.FromSeconds(3)));
        using var provider = services.BuildServiceProvider();

        var factory = provider.GetRequiredService<EngineFactory>();
        Assert.Equal(500, factory.Settings.StatementLimit);
        Assert.Equal(TimeSpan.FromSeconds(3), factory.Settings.Timeout);
        Assert.Single(services, d => d.ServiceType == typeof(EngineFactory));
    }

    [Fact]
    public void Without_configuration_the_factory_has_the_library_defaults()
    {
        using var provider = new ServiceCollection().AddHatchery().BuildServiceProvider();
        var settings = provider.GetRequiredService<EngineFactory>().Settings;
        Assert.Null(settings.Timeout);
        Assert.Null(settings.StatementLimit);
        Assert.Equal(Directory.GetCurrentDirectory(), settings.BaseDirectory);
    }

    // A real generic host whose content root is the test's folder, configured from memory alone.
    private IHost Host(params (string Key, string Value)[] settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = _root,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>($"Hatchery:{s.Key}", s.Value)));
        builder.Services.AddHatchery(builder.Configuration);
        return builder.Build();
    }
}
