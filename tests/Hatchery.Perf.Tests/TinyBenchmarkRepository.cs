using System.Diagnostics;

namespace Hatchery.Perf.Tests;

/// <summary>
/// A real git repository in a temporary directory holding a minimal BenchmarkDotNet project at
/// perf/Hatchery.Benchmarks (one benchmark, <c>Spin.Work</c>, a spin of a given length), so the tool's ab, run and
/// dashboard paths drive a real benchmark process in seconds instead of Hatchery's suites in minutes.
/// </summary>
internal sealed class TinyBenchmarkRepository : IDisposable
{
    public TinyBenchmarkRepository()
    {
        Root = Directory.CreateTempSubdirectory("hatchery-perf-tiny-").FullName;
        var project = Path.Combine(Root, "perf", "Hatchery.Benchmarks");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Hatchery.Benchmarks.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <Optimize>true</Optimize>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="BenchmarkDotNet" Version="0.15.8" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using BenchmarkDotNet.Configs;
            using BenchmarkDotNet.Exporters.Json;
            using BenchmarkDotNet.Running;
            BenchmarkSwitcher.FromAssembly(typeof(Spin).Assembly).Run(args, DefaultConfig.Instance.AddExporter(JsonExporter.Full));
            """);
        // No global.json, Directory.Build.props or central package versions above a temporary directory: the project
        // says everything itself.
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "tests@hatchery.invalid");
        Git("config", "user.name", "tests");
    }

    public string Root { get; }

    /// <summary>Writes Spin.cs with a spin of <paramref name="iterations"/> and commits it.</summary>
    public void CommitSpin(int iterations, string message)
    {
        File.WriteAllText(Path.Combine(Root, "perf", "Hatchery.Benchmarks", "Spin.cs"), $$"""
            using BenchmarkDotNet.Attributes;
            [MemoryDiagnoser]
            public class Spin
            {
                [Benchmark]
                public void Work() => Thread.SpinWait({{iterations}});
            }
            """);
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a build server may still hold a file; the directory is temporary
        }
    }

    private void Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        if (git.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }
}
