using System.Globalization;
using System.Text.RegularExpressions;

namespace Hatchery.Tests;

/// <summary>
/// One script of the hostile corpus (tests/hostile/&lt;family&gt;/&lt;name&gt;.js) and the outcome its header
/// promises. The header is the file's leading <c>// key: value</c> lines: <c>hostile:</c> says what the script
/// does, <c>exit:</c> the exit code, each <c>stdout:</c>/<c>stderr:</c> a text that output must contain and each
/// <c>stdout~:</c>/<c>stderr~:</c> a regular expression (multi-line) it must match, and <c>args:</c> the limit options
/// the case runs with (<c>--timeout MS</c>, <c>--max-statements N</c>, <c>--memory-limit BYTES</c>: given to
/// <c>hatchery run</c> before the script, and mapped to the same engine options in-process). Every case also promises what
/// no case may break: the run ends by itself, and nothing raw from .NET reaches the user. Files in subfolders are
/// the modules cases require, never cases.
/// </summary>
internal sealed record HostileCase(string Id, string Path, string Description, int ExitCode, IReadOnlyList<(string Stream, string Pattern, bool IsRegex)> Expectations, IReadOnlyList<string> Arguments)
{
    public static string Root => System.IO.Path.Combine(NodeRecording.RepositoryRoot, "tests", "hostile");

    /// <summary>Every case's id (family/name), discovered from the folders: a new file is a new case.</summary>
    public static IEnumerable<string> Ids() =>
        Directory.EnumerateDirectories(Root)
            .SelectMany(family => Directory.EnumerateFiles(family, "*.js"))
            .Select(file => System.IO.Path.GetRelativePath(Root, file)[..^3].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    public static HostileCase Read(string id)
    {
        var path = System.IO.Path.Combine(Root, id + ".js");
        string? description = null;
        int? exit = null;
        var expectations = new List<(string, string, bool)>();
        var arguments = new List<string>();
        foreach (var line in File.ReadLines(path).TakeWhile(l => l.StartsWith("// ", StringComparison.Ordinal)))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            if (colon < 0) continue;
            var key = line[3..colon];
            var value = line[(colon + 2)..];
            switch (key)
            {
                case "hostile": description = value; break;
                case "exit": exit = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "stdout" or "stderr": expectations.Add((key, value, false)); break;
                case "stdout~" or "stderr~": expectations.Add((key[..^1], value, true)); break;
                case "args": arguments.AddRange(value.Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                default: throw new InvalidDataException($"{path}: unknown header key '{key}'");
            }
        }
        Assert.True(description is not null, $"{path} has no '// hostile:' line saying what it does");
        Assert.True(exit is not null, $"{path} has no '// exit:' line");
        return new HostileCase(id, path, description!, exit!.Value, expectations, arguments);
    }

    /// <summary>The value of the limit option <paramref name="name"/> in <see cref="Arguments"/>, or null when it is not given.</summary>
    public long? Limit(string name)
    {
        var at = Arguments.ToList().IndexOf(name);
        return at < 0 ? null : long.Parse(Arguments[at + 1], CultureInfo.InvariantCulture);
    }

    /// <summary>Asserts that a run's exit code and output are what the header promises.</summary>
    public void AssertOutcome(int exitCode, string stdout, string stderr)
    {
        var context = $"{Id} ({Description})\n--- stdout\n{Clip(stdout)}\n--- stderr\n{Clip(stderr)}";
        Assert.False(stderr.Contains("internal error", StringComparison.Ordinal), "a raw .NET failure reached the user: " + context);
        Assert.False(stderr.Contains("   at Jint.", StringComparison.Ordinal) || stderr.Contains("   at Hatchery.", StringComparison.Ordinal),
            "a .NET stack trace reached the user: " + context);
        Assert.True(exitCode == ExitCode, $"exit code {exitCode}, expected {ExitCode}: {context}");
        foreach (var (stream, pattern, isRegex) in Expectations)
        {
            var text = stream == "stdout" ? stdout : stderr;
            var matched = isRegex ? Regex.IsMatch(text, pattern, RegexOptions.Multiline) : text.Contains(pattern, StringComparison.Ordinal);
            Assert.True(matched, $"{stream} does not {(isRegex ? "match" : "contain")} '{pattern}': {context}");
        }
    }

    private static string Clip(string text) => text.Length > 2000 ? text[..2000] + "…" : text;
}
