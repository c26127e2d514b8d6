using System.Text;
using Hatchery.Builtins.Console;

namespace Hatchery.Tests;

/// <summary>Console output captured in memory, for asserting what scripts print.</summary>
public sealed class CapturedOutput : IConsoleOutput
{
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    public string Out => _out.ToString();

    public string Error => _error.ToString();

    public void WriteOut(string text) => _out.Append(text);

    public void WriteError(string text) => _error.Append(text);
}

/// <summary>Builders for runtimes whose output the test reads.</summary>
public static class TestHost
{
    public static (JsRuntime Runtime, CapturedOutput Output) Open(Action<EngineOptions>? configure = null)
    {
        var output = new CapturedOutput();
        var runtime = JsRuntime.Open(o =>
        {
            o.UseConsole(output);
            configure?.Invoke(o);
        });
        return (runtime, output);
    }

    /// <summary>A temporary directory with the given files (relative path to content), deleted on dispose.</summary>
    public static TempTree Files(params (string Path, string Content)[] files) => new(files);

    /// <summary>The absolute path of a file under tests/Hatchery.Tests/Fixtures in the checkout.</summary>
    public static string Fixture(string relative) =>
        Path.Combine(NodeRecording.RepositoryRoot, "tests", "Hatchery.Tests", "Fixtures", relative);
}

public sealed class TempTree : IDisposable
{
    public TempTree((string Path, string Content)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "hatchery-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (path, content) in files) Write(path, content);
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public void Write(string relative, string content)
    {
        var full = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
