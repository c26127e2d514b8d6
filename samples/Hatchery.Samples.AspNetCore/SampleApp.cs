using Hatchery.Extensions.Hosting;

namespace Hatchery.Samples.AspNetCore;

/// <summary>Builds the sample application: Hatchery registered from configuration, and the script endpoints.</summary>
public static class SampleApp
{
    /// <summary>
    /// Builds the app. Its content root is the folder of its binaries, where appsettings.json and scripts/ are copied;
    /// <paramref name="configure"/> may change the builder (addresses, configuration, logging) before it is built.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddHatchery(builder.Configuration);
        builder.Services.AddOptions<SampleOptions>()
            .Bind(builder.Configuration.GetSection("Sample"))
            .Validate(o => o.RequestTimeout > TimeSpan.Zero, "Sample:RequestTimeout must be positive.")
            .ValidateOnStart();
        builder.Services.AddProblemDetails();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.MapScriptEndpoints();
        return app;
    }
}
