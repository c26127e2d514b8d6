using System.Collections.Concurrent;
using System.Diagnostics;
using Hatchery.Tests;

namespace Hatchery.Cli.Tests;

/// <summary>
/// The hostile corpus through the real <c>hatchery</c> executable: a crash would show as a signal exit code. Starting a
/// process costs about a second of CPU, so the first case to run starts every case's process, as many at once as the
/// machine has cores, and each case then awaits its own; the cases still report one by one.
/// </summary>
public sealed class HostileCorpusCliTests
{
    private static readonly Lazy<ConcurrentDictionary<string, Task<(int ExitCode, string Stdout, string Stderr)>>> Runs = new(StartAll);

    public static TheoryData<string> Cases() => new(HostileCase.Ids());

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EndsAsItsHeaderSays(string id)
    {
        var hostile = HostileCase.Read(id);
        var (exitCode, stdout, stderr) = await Runs.Value[id];
        hostile.AssertOutcome(exitCode, stdout, stderr);
    }

    private static ConcurrentDictionary<string, Task<(int, string, string)>> StartAll()
    {
        var gate = new SemaphoreSlim(Math.Max(2, Environment.ProcessorCount));
        var runs = new ConcurrentDictionary<string, Task<(int, string, string)>>(StringComparer.Ordinal);
        foreach (var id in HostileCase.Ids()) runs[id] = Run(HostileCase.Read(id), gate);
        return runs;
    }

    private static async Task<(int, string, string)> Run(HostileCase hostile, SemaphoreSlim gate)
    {
        await gate.WaitAsync();
        try
        {
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
                return (-1, await stdout, await stderr + $"\n{hostile.Id}: hatchery did not exit within 120 s");
            }
            return (process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            gate.Release();
        }
    }
}
