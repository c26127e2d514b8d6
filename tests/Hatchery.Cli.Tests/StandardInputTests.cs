using System.Diagnostics;
using System.Text;

namespace Hatchery.Cli.Tests;

/// <summary>
/// <c>process.stdin</c> end to end: the built tool and real <c>node</c> run each script under StandardInput/ with the same
/// piped input, and must print the same and exit alike. The scripts under StandardInput/open/ run with an input that is
/// never closed: both must exit by themselves (stdin untouched, paused or unreferenced keeps no process alive).
/// </summary>
public sealed class StandardInputTests
{
    private static readonly string Scripts = Path.Combine(AppContext.BaseDirectory, "StandardInput");

    // Lines with a CRLF, non-ASCII text and no final newline; one line; nothing at all.
    private static readonly string[] Inputs = ["alpha\nbeta\r\nhéllo wörld ✓\n\ngamma", "just one line\n", ""];

    public static TheoryData<string> ScriptsReadingInput() => Found(Scripts);

    public static TheoryData<string> ScriptsLeavingInputOpen() => Found(Path.Combine(Scripts, "open"));

    private static TheoryData<string> Found(string directory)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(directory).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ScriptsReadingInput))]
    public void Reads_piped_input_as_node_does(string script)
    {
        var printed = false;
        foreach (var input in Inputs)
        {
            var node = Run(Scripts, input, closeInput: true, "node", script);
            var hatchery = Run(Scripts, input, closeInput: true, Hatchery(), "run", script);
            Assert.True(node.ExitCode == hatchery.ExitCode, $"{script} with {Show(input)}: node exited {node.ExitCode}, hatchery {hatchery.ExitCode}\n{hatchery.Error}");
            Assert.True(node.Out == hatchery.Out, $"{script} with {Show(input)}:\n--- node\n{node.Out}\n--- hatchery\n{hatchery.Out}\n{hatchery.Error}");
            printed |= node.Out.Length > 0;
        }
        // A script that prints nothing for any input would compare nothing.
        Assert.True(printed, $"{script} printed nothing under node");
    }

    [Theory]
    [MemberData(nameof(ScriptsLeavingInputOpen))]
    public void Exits_with_its_input_still_open_as_node_does(string script)
    {
        var directory = Path.Combine(Scripts, "open");
        var node = Run(directory, "", closeInput: false, "node", script);
        var hatchery = Run(directory, "", closeInput: false, Hatchery(), "run", script);
        Assert.Equal(node.ExitCode, hatchery.ExitCode);
        Assert.Equal(node.Out, hatchery.Out);
    }

    [Fact]
    public void Eval_reads_piped_input_too()
    {
        var result = Run(Scripts, "a\nb\n", closeInput: true, Hatchery(), "eval",
            "let t = ''; process.stdin.on('data', (c) => { t += c; }).on('end', () => console.log(JSON.stringify(t)))");
        Assert.Equal("\"a\\nb\\n\"\n", result.Out);
    }

    private static string Show(string input) => input.Length == 0 ? "empty input" : $"input {input.Length} chars";

    private static string[] Hatchery() => [Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", Path.Combine(AppContext.BaseDirectory, "Hatchery.Cli.dll")];

    private static (int ExitCode, string Out, string Error) Run(string directory, string input, bool closeInput, string[] command, params string[] args) =>
        Run(directory, input, closeInput, command[0], [.. command[1..], .. args]);

    private static (int ExitCode, string Out, string Error) Run(string directory, string input, bool closeInput, string program, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Flush();
        if (closeInput) process.StandardInput.Close();
        var exited = process.WaitForExit(TimeSpan.FromSeconds(60));
        if (!exited) process.Kill(entireProcessTree: true);
        Assert.True(exited, $"{program} {string.Join(' ', args)} did not exit");
        return (process.ExitCode, output.Result, error.Result);
    }
}
