namespace Hatchery.Tests.Hostile;

/// <summary>
/// Module graphs deep enough to exhaust the stack while loading: each ends with its result or a JavaScript
/// RangeError, never a dead process. The trees are generated, so they are not in tests/hostile.
/// </summary>
public sealed class DeepModuleGraphTests
{
    private const int Depth = 10_000;

    [Fact]
    public void A10000LongCommonJsChainLoadsOrFailsCatchably()
    {
        var files = Enumerable.Range(0, Depth)
            .Select(i => ($"c{i}.js", i < Depth - 1 ? $"module.exports = require('./c{i + 1}.js') + 1;" : "module.exports = 0;"))
            .Append(("main.js", "try { console.log(require('./c0.js')) } catch (e) { console.log('caught', e.name, e.message) }"))
            .ToArray();
        var (exitCode, output) = Run(files, "main.js");
        Assert.Equal(0, exitCode);
        Assert.Matches(@"^(9999|caught RangeError Maximum call stack size exceeded)\n$", output.Out);
    }

    [Fact]
    public void A10000LongEsModuleChainLoadsOrFailsWithARangeError()
    {
        var files = Enumerable.Range(0, Depth)
            .Select(i => ($"m{i}.mjs", i < Depth - 1 ? $"import v from './m{i + 1}.mjs'; export default v + 1;" : "export default 0;"))
            .Append(("main.mjs", "import v from './m0.mjs'; console.log(v);"))
            .ToArray();
        var (exitCode, output) = Run(files, "main.mjs");
        Assert.True(exitCode == 0 ? output.Out == "9999\n" : exitCode == 1 && output.Error.Contains("RangeError: Maximum call stack size exceeded"),
            $"exit {exitCode}\n{output.Out}\n{output.Error}");
        Assert.DoesNotContain("internal error", output.Error);
    }

    [Fact]
    public void AModuleThatRequiresItselfThousandsOfTimesEndsNormally()
    {
        var (exitCode, output) = Run([("self.js", """
            globalThis.n = (globalThis.n || 0) + 1;
            if (n < 5000) { delete require.cache[__filename]; require(__filename) } else console.log('deep', n);
            """)], "self.js");
        Assert.True(exitCode == 0 ? output.Out == "deep 5000\n" : exitCode == 1 && output.Error.Contains("RangeError: Maximum call stack size exceeded"),
            $"exit {exitCode}\n{output.Out}\n{output.Error}");
    }

    private static (int ExitCode, CapturedOutput Output) Run((string Path, string Content)[] files, string main)
    {
        using var tree = TestHost.Files(files);
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime) return (runtime.RunMain(main), output);
    }
}
