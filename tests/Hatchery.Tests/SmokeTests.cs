namespace Hatchery.Tests;

public class SmokeTests
{
    [Fact]
    public void RunsMainWithLocalModuleAndTimers()
    {
        using var tree = TestHost.Files(
            ("main.js", "const lib = require('./lib'); setTimeout(() => console.log('later', lib.x), 5); console.log('now', __filename.endsWith('main.js'));"),
            ("lib.js", "exports.x = 42;"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            var code = runtime.RunMain("main.js");
            Assert.Equal("", output.Error);
            Assert.Equal(0, code);
            Assert.Equal("now true\nlater 42\n", output.Out);
        }
    }
}
