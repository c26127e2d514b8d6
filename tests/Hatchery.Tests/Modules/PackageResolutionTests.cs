namespace Hatchery.Tests.Modules;

public class PackageResolutionTests
{
    [Fact]
    public void EsModuleMainFileRunsAndImportsCommonJsAndBuiltins()
    {
        using var tree = TestHost.Files(
            ("main.mjs", """
                import lib, { answer } from './lib.cjs';
                import { basename } from 'node:path';
                import data from './data.json' with { type: 'json' };
                console.log(lib.answer, answer, basename('/a/b.txt'), data.ok, typeof require, import.meta !== undefined);
                await new Promise((resolve) => setTimeout(resolve, 1));
                console.log('after top-level await');
                """),
            ("lib.cjs", "exports.answer = 42"),
            ("data.json", "{ \"ok\": true }"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.mjs"));
            Assert.Equal("", output.Error);
            Assert.Equal("42 42 b.txt true undefined true\nafter top-level await\n", output.Out);
        }
    }

    [Fact]
    public void TypeModulePackagesMakeJsFilesEsModules()
    {
        using var tree = TestHost.Files(
            ("package.json", "{ \"type\": \"module\" }"),
            ("main.js", "import { value } from './dep.js'; console.log(value, typeof module)"),
            ("dep.js", "export const value = 'esm dep'"),
            ("legacy.cjs", "module.exports = typeof require"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.js"));
            Assert.Equal("esm dep undefined\n", output.Out);
            Assert.Equal("function", runtime.Require("./legacy.cjs").AsString());
        }
    }

    [Fact]
    public void SyntaxErrorInEsModuleNamesFileAndLine()
    {
        using var tree = TestHost.Files(
            ("main.js", "try { require('./bad.mjs') } catch (e) { console.log(e.name, e.stack.split('\\n')[0].endsWith('bad.mjs:2')) }"),
            ("bad.mjs", "export const a = 1;\nexport const = 2;\n"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.js"));
            Assert.Equal("SyntaxError true\n", output.Out);
        }
    }

    [Fact]
    public void MissingImportInEsModuleIsAnError()
    {
        using var tree = TestHost.Files(("main.mjs", "import x from './nope.js';"));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree.Root));
        using (runtime)
        {
            Assert.Equal(1, runtime.RunMain("main.mjs"));
            Assert.Contains("Cannot find module", output.Error);
            Assert.Contains("nope.js", output.Error);
        }
    }

    [Fact]
    public void SymlinkedPackagesResolveToTheirRealPath()
    {
        using var tree = TestHost.Files(
            ("packages/real-pkg/index.js", "module.exports = __filename"),
            ("packages/real-pkg/package.json", "{ \"name\": \"real-pkg\" }"),
            ("app/main.js", "console.log(require('linked') === require('../packages/real-pkg'), require('linked'))"));
        Directory.CreateDirectory(tree["app/node_modules"]);
        File.CreateSymbolicLink(tree["app/node_modules/linked"], tree["packages/real-pkg"]);
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(tree["app"]));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain("main.js"));
            Assert.Equal($"true {tree["packages/real-pkg/index.js"]}\n", output.Out);
        }
    }
}
