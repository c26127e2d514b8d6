namespace Hatchery.Tests.Node;

/// <summary>The <c>module</c> module's view of the factory (its Node behaviour is recorded in Fixtures/module).</summary>
public class ModuleModuleTests
{
    [Fact]
    public void BuiltinModulesListsWhatThisFactoryOffers()
    {
        var (runtime, output) = TestHost.Open(o => o.ExcludeNativeModules("os", "url"));
        using (runtime)
        {
            runtime.Evaluate("""
                const { builtinModules, isBuiltin } = require('module');
                console.log(builtinModules.includes('os'), isBuiltin('node:os'), isBuiltin('url'), builtinModules.includes('path'));
                """);
        }
        Assert.Equal("false false false true\n", output.Out);
    }

    [Fact]
    public void CreateRequireSharesTheCacheOfTheRuntime()
    {
        using var files = TestHost.Files(("lib/counter.js", "module.exports = { count: 0 };"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        using (runtime)
        {
            runtime.Evaluate($$"""
                const { createRequire } = require('module');
                const a = createRequire({{System.Text.Json.JsonSerializer.Serialize(files["lib/x.js"])}})('./counter');
                a.count++;
                console.log(require('./lib/counter').count, Object.keys(require.cache).length);
                """);
        }
        Assert.Equal("1 1\n", output.Out);
    }
}
