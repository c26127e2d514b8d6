using System.Diagnostics;
using Hatchery.Tests;

namespace Hatchery.Cli.Tests;

/// <summary>The hostile corpus through the real <c>hatchery</c> executable: a crash would show as a signal exit code.</summary>
public sealed class HostileCorpusCliTests
{
    public static TheoryData<string> Cases() => new(HostileCase.Ids());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndsAsItsHeaderSays(string id)
    {
        var hostile = HostileCase.Read(id);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(hostile.Path)!,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Hatchery.Cli.dll"));
        start.ArgumentList.Add("run");
        foreach (var argument in hostile.Arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add(hostile.Path);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{id}: hatchery did not exit within 120 s");
        }
        hostile.AssertOutcome(process.ExitCode, await stdout, await stderr);
    }
}
