using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Hatchery.Samples.AspNetCore;

/// <summary>
/// The endpoints: each request spawns its own runtime from the one shared <see cref="EngineFactory"/>, with its own
/// console capture and time limit, runs an exported handler of scripts/ and answers with what the script printed.
/// </summary>
public static partial class ScriptEndpoints
{
    /// <summary>Maps <c>GET /greet?name=…</c> (scripts/greet.js) and <c>POST /run/{script}</c> (any script, the body its input).</summary>
    public static IEndpointRouteBuilder MapScriptEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/greet", (string name, EngineFactory factory, IOptions<SampleOptions> options, CancellationToken aborted) =>
            RunAsync(factory, "greet", name, options.Value.RequestTimeout, aborted));
        endpoints.MapPost("/run/{script}", async (string script, HttpRequest request, EngineFactory factory, IOptions<SampleOptions> options, CancellationToken aborted) =>
        {
            using var reader = new StreamReader(request.Body);
            var input = await reader.ReadToEndAsync(aborted);
            return await RunAsync(factory, script, input, options.Value.RequestTimeout, aborted);
        });
        return endpoints;
    }

    /// <summary>
    /// Runs <c>module.exports(input)</c> of scripts/<paramref name="script"/>.js in a fresh runtime and returns the
    /// console output: 200 when the handler's promise fulfilled, 500 with the error (or the limit that stopped it,
    /// named in <c>limit</c>) otherwise, 404 for a script that does not exist.
    /// </summary>
    public static async Task<IResult> RunAsync(EngineFactory factory, string script, string input, TimeSpan timeout, CancellationToken aborted)
    {
        if (!ScriptName().IsMatch(script) || !File.Exists(Path.Combine(factory.Settings.BaseDirectory, script + ".js")))
            return Results.NotFound();
        var output = new StringWriter();
        await using var runtime = factory.NewRuntime(o => o.UseConsole(output, output).LimitTime(timeout).UseCancellation(aborted));
        try
        {
            var handler = runtime.Require("./" + script);
            await runtime.CallAsync(handler, [runtime.ToJs(input)], aborted);
            return Results.Text(output.ToString());
        }
        catch (ScriptLimitException e)
        {
            return Results.Problem(title: $"The script was stopped by its {e.Limit} limit", detail: e.Message, statusCode: 500,
                extensions: new Dictionary<string, object?> { ["limit"] = e.Limit.ToString(), ["location"] = e.Location, ["output"] = output.ToString() });
        }
        catch (ScriptException e)
        {
            return Results.Problem(title: $"The script failed: {e.ErrorName}", detail: e.ErrorMessage, statusCode: 500,
                extensions: new Dictionary<string, object?> { ["location"] = e.Location, ["output"] = output.ToString() });
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,63}$")]
    private static partial Regex ScriptName();
}
