using System.Text.Json;
using Hatchery.Builtins.Path;
using Jint;

namespace Hatchery.Tests.NativeModules;

/// <summary>
/// The path module against Node itself: Fixtures/path/path-cases.json holds calls and what Node 20 returned for them
/// (regenerate with generate-cases.cjs), and each case must come out of Hatchery identical.
/// </summary>
public class PathModuleTests
{
    private static readonly Lazy<(string Cwd, (string Call, string Expected)[] Cases)> Recorded = new(() =>
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestHost.Fixture("path/path-cases.json")));
        var cases = document.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => (c.GetProperty("call").GetString()!, c.GetProperty("expected").GetString()!))
            .ToArray();
        return (document.RootElement.GetProperty("cwd").GetString()!, cases);
    });

    public static IEnumerable<object[]> Cases(string flavor) =>
        Recorded.Value.Cases.Where(c => c.Call.StartsWith($"path.{flavor}.", StringComparison.Ordinal))
            .Select(c => new object[] { c.Call, c.Expected });

    public static IEnumerable<object[]> PosixCases() => Cases("posix");

    public static IEnumerable<object[]> Win32Cases() => Cases("win32");

    [Theory]
    [MemberData(nameof(PosixCases))]
    public void PosixMatchesNode(string call, string expected) => AssertMatchesNode(call, expected);

    [Theory]
    [MemberData(nameof(Win32Cases))]
    public void Win32MatchesNode(string call, string expected) => AssertMatchesNode(call, expected);

    [Fact]
    public void RequireWithNodePrefixGivesTheSameModule()
    {
        using var runtime = Open();
        Assert.True(runtime.Evaluate("require('node:path') === require('path')").AsBoolean());
        Assert.Equal("a/b", runtime.Evaluate("require('node:path').join('a', 'b')").AsString());
    }

    [Fact]
    public void FlavoursReferToEachOther()
    {
        using var runtime = Open();
        const string checks = """
            const path = require('path');
            [
              path.posix === path, path.posix.posix === path.posix, path.win32.win32 === path.win32,
              path.win32.posix === path, path.sep === '/', path.delimiter === ':', path.win32.sep === '\\',
              path.win32.delimiter === ';', path._makeLong === path.toNamespacedPath,
              path.win32._makeLong === path.win32.toNamespacedPath,
            ].every(Boolean)
            """;
        Assert.True(runtime.Evaluate(checks).AsBoolean());
    }

    [Fact]
    public void FunctionsHaveNodesNamesAndLengths()
    {
        using var runtime = Open();
        var described = runtime.Evaluate("""
            const path = require('path');
            ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename',
             'extname', 'format', 'parse'].map(n => `${n}:${path.win32[n].length}:${typeof path[n]}`).join(' ')
            """).AsString();
        Assert.Equal("resolve:0:function normalize:1:function isAbsolute:1:function join:0:function relative:2:function " +
            "toNamespacedPath:1:function dirname:1:function basename:2:function extname:1:function format:1:function parse:1:function", described);
    }

    [Fact]
    public void ResolveReadsTheCurrentDirectoryAtCallTime()
    {
        using var runtime = Open();
        Assert.Equal("/tmp/a", runtime.Evaluate("require('path').resolve('a')").AsString());
        runtime.BaseDirectory = "/srv/app";
        Assert.Equal("/srv/app/a", runtime.Evaluate("require('path').resolve('a')").AsString());
        Assert.Equal("\\srv\\app\\a", runtime.Evaluate("require('path').win32.resolve('a')").AsString());
        Assert.Equal("../x", runtime.Evaluate("require('path').relative('lib', 'x')").AsString());
    }

    [Fact]
    public void TypeErrorsCarryNodesCode()
    {
        using var runtime = Open();
        var result = runtime.Evaluate("""
            try { require('path').join(1); 'no error' } catch (e) { `${e instanceof TypeError} ${e.code} ${e.message}` }
            """).AsString();
        Assert.Equal("true ERR_INVALID_ARG_TYPE The \"path\" argument must be of type string. Received type number (1)", result);
    }

    [Theory]
    [InlineData("/a/b/../c/./d", "/a/c/d")]
    [InlineData("", ".")]
    [InlineData("a/..", ".")]
    [InlineData("../../x/", "../../x/")]
    public void PosixAlgorithmsWorkFromDotNet(string input, string expected) =>
        Assert.Equal(expected, PosixPath.Normalize(input));

    [Fact]
    public void WindowsAlgorithmsWorkFromDotNet()
    {
        Assert.Equal("C:\\a\\c", WindowsPath.Join(new StringPathArguments(["C:/a", "b", "../c"])));
        Assert.Equal("\\\\server\\share\\", WindowsPath.Normalize("//server/share"));
        Assert.Equal(new ParsedPath("C:\\", "C:\\x", "y.z", ".z", "y"), WindowsPath.Parse("C:\\x\\y.z"));
        Assert.Equal("C:\\x\\y.z", WindowsPath.Format(new ParsedPath("C:\\", "C:\\x", "y.z", ".z", "y")));
        Assert.Equal("d:\\games", WindowsPath.Resolve(new StringPathArguments(["c:/blah", "d:/games"]), "/tmp"));
    }

    [Fact]
    public void DocumentationMentionsEveryFunction()
    {
        var module = new PathModule();
        foreach (var name in new[] { "basename", "dirname", "extname", "isAbsolute", "join", "normalize", "resolve", "relative", "parse", "format", "toNamespacedPath", "sep", "delimiter", "posix", "win32" })
        {
            Assert.Contains(name, module.Documentation, StringComparison.Ordinal);
        }
        Assert.DoesNotContain('\n', module.Summary);
    }

    private static void AssertMatchesNode(string call, string expected)
    {
        using var runtime = Open();
        var describe = JsonSerializer.Serialize(TestHost.Fixture("path/describe.cjs"));
        var actual = runtime.Evaluate($"const path = require('path'); require({describe})(() => {call})").AsString();
        Assert.Equal(expected, actual);
    }

    private static JsRuntime Open()
    {
        var (runtime, _) = TestHost.Open(o => o.UseBaseDirectory(Recorded.Value.Cwd));
        return runtime;
    }
}
