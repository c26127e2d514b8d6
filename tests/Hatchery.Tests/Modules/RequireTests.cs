using Jint.Native;

namespace Hatchery.Tests.Modules;

public class RequireTests
{
    private static (JsRuntime Runtime, CapturedOutput Output) Open(TempTree tree) =>
        TestHost.Open(o => o.UseBaseDirectory(tree.Root).UseFileCheckInterval(TimeSpan.Zero));

    private static string Run(TempTree tree, string main = "main.js")
    {
        var (runtime, output) = Open(tree);
        using (runtime)
        {
            var code = runtime.RunMain(main);
            Assert.True(code == 0, $"exit {code}: {output.Error}");
            return output.Out;
        }
    }

    [Fact]
    public void ModuleWrapperProvidesExportsRequireModuleFilenameDirnameAndThis()
    {
        using var tree = TestHost.Files(("main.js",
            "console.log(this === module.exports, exports === module.exports, typeof require, __filename === module.filename, __dirname === require('path').dirname(__filename))"));
        Assert.Equal("true true function true true\n", Run(tree));
    }

    [Fact]
    public void FunctionsKeepTheirSourceTextInModulesAndCodeCompiledAtRunTime()
    {
        using var tree = TestHost.Files(
            ("main.js", "const lib = require('./lib');\nconsole.log(lib.add.toString());\nconsole.log(String(lib.obj.toString));\n" +
                "console.log(new Function('a', 'b', 'return a + b').toString());\nconsole.log(Math.max.toString());"),
            ("lib.js", "exports.add = function add(a, b) { return a + b; };\nexports.obj = { toString() { return 'x'; } };"));
        Assert.Equal(
            "function add(a, b) { return a + b; }\ntoString() { return 'x'; }\nfunction anonymous(a,b\n) {\nreturn a + b\n}\nfunction max() { [native code] }\n",
            Run(tree));
    }

    [Fact]
    public void RelativeAndAbsoluteSpecifiersResolve()
    {
        using var tree = TestHost.Files(
            ("main.js", "console.log(require('./lib/a').name, require('./outside/b').name, require(__dirname + '/lib/a.js').name)"),
            ("lib/a.js", "exports.name = 'a'"),
            ("outside/b.js", "exports.name = 'b'"));
        tree.Write("app/main.js", "console.log(require('./../lib/a').name, require('../outside/b').name)");
        Assert.Equal("a b a\n", Run(tree));
        Assert.Equal("a b\n", Run(tree, "app/main.js"));
    }

    [Fact]
    public void ExtensionsAreTriedInNodeOrderJsThenJson()
    {
        using var tree = TestHost.Files(
            ("main.js", "console.log(require('./x'), require('./only-json'), require('./exact.txt.js').v, require('./legacy.cjs').kind)"),
            ("x.js", "module.exports = 'from js'"),
            ("x.json", "\"from json\""),
            ("only-json.json", "{ \"n\": 1 }"),
            ("exact.txt.js", "exports.v = 'exact'"),
            ("legacy.cjs", "exports.kind = 'cjs'"));
        Assert.Equal("from js { n: 1 } exact cjs\n", Run(tree));
    }

    [Fact]
    public void ExactFileNameWinsOverAddedExtension()
    {
        using var tree = TestHost.Files(
            ("main.js", "console.log(require('./data'))"),
            ("data", "module.exports = 'no extension'"),
            ("data.js", "module.exports = 'with extension'"));
        Assert.Equal("no extension\n", Run(tree));
    }

    [Fact]
    public void DirectoriesLoadThroughPackageMainThenIndex()
    {
        using var tree = TestHost.Files(
            ("main.js", "console.log(require('./pkg').id, require('./plain').id, require('./jsonindex').id, require('./badmain').id, require('./mainnoext').id)"),
            ("pkg/package.json", "{ \"main\": \"lib/entry.js\" }"),
            ("pkg/lib/entry.js", "exports.id = 'pkg-main'"),
            ("pkg/index.js", "exports.id = 'pkg-index'"),
            ("plain/index.js", "exports.id = 'plain-index'"),
            ("jsonindex/index.json", "{ \"id\": \"json-index\" }"),
            ("badmain/package.json", "{ \"main\": \"missing.js\" }"),
            ("badmain/index.js", "exports.id = 'fallback-index'"),
            ("mainnoext/package.json", "{ \"main\": \"./dist\" }"),
            ("mainnoext/dist/index.js", "exports.id = 'main-dir-index'"));
        Assert.Equal("pkg-main plain-index json-index fallback-index main-dir-index\n", Run(tree));
    }

    [Fact]
    public void BareSpecifiersWalkUpNodeModulesFromTheRequiringModule()
    {
        using var tree = TestHost.Files(
            ("main.js", "console.log(require('./src/deep/user').result)"),
            ("src/deep/user.js", "exports.result = require('dep').who + ' ' + require('nearer').who + ' ' + require('dep/sub').who"),
            ("node_modules/dep/package.json", "{ \"main\": \"main.js\" }"),
            ("node_modules/dep/main.js", "exports.who = 'root-dep:' + require('inner').who"),
            ("node_modules/dep/sub.js", "exports.who = 'dep-sub'"),
            ("node_modules/dep/node_modules/inner/index.js", "exports.who = 'inner'"),
            ("node_modules/nearer/index.js", "exports.who = 'root-nearer'"),
            ("src/node_modules/nearer/index.js", "exports.who = 'src-nearer'"));
        Assert.Equal("root-dep:inner src-nearer dep-sub\n", Run(tree));
    }

    [Fact]
    public void NativeModulesLoadByBareNameAndNodePrefix()
    {
        using var tree = TestHost.Files(("main.js",
            "console.log(require('path') === require('node:path'), typeof require('path').join);" +
            "try { require('node:nope') } catch (e) { console.log(e.code, e.message) }"));
        Assert.Equal("true function\nERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:nope\n", Run(tree));
    }

    [Fact]
    public void CyclesSeePartialExports()
    {
        using var tree = TestHost.Files(
            ("main.js", "const a = require('./a'); console.log('main', a.done, a.sawB)"),
            ("a.js", "exports.done = false; const b = require('./b'); exports.sawB = b.done; exports.done = true"),
            ("b.js", "const a = require('./a'); console.log('b sees a.done =', a.done); exports.done = true"));
        Assert.Equal("b sees a.done = false\nmain true true\n", Run(tree));
    }

    [Fact]
    public void JsonFilesParseAndSyntaxErrorsNameTheFile()
    {
        using var tree = TestHost.Files(
            ("main.js", "const d = require('./data.json'); console.log(d.list[1], d.nested.ok); try { require('./bad.json') } catch (e) { console.log(e.name, e.message.includes('bad.json')) }"),
            ("data.json", "{ \"list\": [1, 2, 3], \"nested\": { \"ok\": true } }"),
            ("bad.json", "{ nope }"));
        Assert.Equal("2 true\nSyntaxError true\n", Run(tree));
    }

    [Fact]
    public void ModulesAreCachedByResolvedPathAndBodiesRunOnce()
    {
        using var tree = TestHost.Files(
            ("main.js", "const a = require('./counter'); const b = require('./counter.js'); const c = require(__dirname + '/sub/../counter'); console.log(a === b, b === c, globalThis.loads)"),
            ("counter.js", "globalThis.loads = (globalThis.loads || 0) + 1; module.exports = {}"));
        Assert.Equal("true true 1\n", Run(tree));
    }

    [Fact]
    public void AModuleWhoseBodyThrowsLeavesNoCacheEntryAndIsRetried()
    {
        using var tree = TestHost.Files(
            ("main.js", """
                let attempts = 0;
                globalThis.shouldThrow = true;
                try { require('./flaky') } catch (e) { console.log('first:', e.message) }
                const key = require.resolve('./flaky');
                console.log('cached after failure:', key in require.cache, module.children.length);
                globalThis.shouldThrow = false;
                console.log('second:', require('./flaky').ok, key in require.cache);
                """),
            ("flaky.js", "globalThis.runs = (globalThis.runs || 0) + 1; if (globalThis.shouldThrow) throw new Error('boom ' + globalThis.runs); exports.ok = globalThis.runs"));
        Assert.Equal("first: boom 1\ncached after failure: false 0\nsecond: 2 true\n", Run(tree));
    }

    [Fact]
    public void EachModuleRequiresRelativeToItsOwnDirectory()
    {
        using var tree = TestHost.Files(
            ("main.js", "const f = require('./a/helper').load; console.log(f('./x'))"),
            ("a/helper.js", "exports.load = (p) => require(p)"),
            ("a/x.js", "module.exports = 'a/x'"),
            ("x.js", "module.exports = 'root x'"));
        Assert.Equal("a/x\n", Run(tree));
    }

    [Fact]
    public void RequireResolveCacheAndMain()
    {
        using var tree = TestHost.Files(
            ("main.js", """
                const lib = require('./lib');
                console.log(require.resolve('./lib') === __dirname + '/lib.js');
                console.log(require.resolve('path'), require.resolve('node:path'));
                console.log(require.main === module, lib.main === module, lib.isMain);
                console.log(Object.keys(require.cache).map(k => k.slice(__dirname.length)).join(','));
                delete require.cache[require.resolve('./lib')];
                console.log(require('./lib') !== lib, globalThis.libRuns);
                console.log(require.resolve.paths('x')[0] === __dirname + '/node_modules', require.resolve.paths('./x')[0] === __dirname, require.resolve.paths('path'));
                try { require.resolve('./missing') } catch (e) { console.log(e.code) }
                """),
            ("lib.js", "globalThis.libRuns = (globalThis.libRuns || 0) + 1; exports.main = require.main; exports.isMain = require.main === module"));
        Assert.Equal("true\npath node:path\ntrue true false\n/main.js,/lib.js\ntrue 2\ntrue true null\nMODULE_NOT_FOUND\n", Run(tree));
    }

    [Fact]
    public void ModuleObjectHasNodeFields()
    {
        using var tree = TestHost.Files(
            ("main.js", """
                console.log(module.id, module.loaded, module.parent, module.filename === __filename, module.path === __dirname);
                const child = require('./child');
                console.log(module.children.length, module.children[0] === child.module, child.module.loaded, child.loadedDuringBody);
                console.log(child.module.id === child.module.filename, child.module.parent === module);
                console.log(module.paths[0] === __dirname + '/node_modules', module.paths[module.paths.length - 1]);
                console.log(Object.keys(module).join(','));
                setTimeout(() => console.log('main loaded later:', module.loaded));
                """),
            ("child.js", "exports.module = module; exports.loadedDuringBody = module.loaded"));
        Assert.Equal(
            ". false null true true\n1 true true false\ntrue true\ntrue /node_modules\nid,path,exports,filename,loaded,children,paths\nmain loaded later: true\n",
            Run(tree));
    }

    [Fact]
    public void MissingModuleThrowsModuleNotFoundWithRequireStack()
    {
        using var tree = TestHost.Files(
            ("main.js", "try { require('./a') } catch (e) { console.log(e.code); console.log(e.message); console.log(e.requireStack.length) }"),
            ("a.js", "require('no-such-package')"));
        var output = Run(tree);
        Assert.Equal($"MODULE_NOT_FOUND\nCannot find module 'no-such-package'\nRequire stack:\n- {tree["a.js"]}\n- {tree["main.js"]}\n2\n", output);
    }

    [Fact]
    public void SyntaxErrorInModuleReportsFileLineAndColumn()
    {
        using var tree = TestHost.Files(
            ("main.js", "try { require('./broken') } catch (e) { console.log(e.name); console.log(e.message); console.log(e.stack.split('\\n').slice(0, 3).join('\\n')) }"),
            ("broken.js", "const ok = 1;\nconst x = ;\n"));
        var output = Run(tree);
        // Node's message is the parser's alone; the place is the stack's source frame.
        Assert.Equal($"SyntaxError\nUnexpected token ';'\n{tree["broken.js"]}:2\nconst x = ;\n          ^\n", output);
    }

    [Fact]
    public void SyntaxErrorOnFirstLineReportsTheFilesOwnColumn()
    {
        using var tree = TestHost.Files(
            ("main.js", "try { require('./broken') } catch (e) { console.log(e.stack.split('\\n').slice(0, 3).join('\\n')) }"),
            ("broken.js", "let a = ;"));
        Assert.Equal($"{tree["broken.js"]}:1\nlet a = ;\n        ^\n", Run(tree));
    }

    [Fact]
    public void RuntimeErrorsInModulesCarryTheirFileAndLine()
    {
        using var tree = TestHost.Files(
            ("main.js", "require('./thrower')"),
            ("thrower.js", "\n\nfunction f() { throw new TypeError('bad thing') }\nf();\n"));
        var (runtime, output) = Open(tree);
        using (runtime)
        {
            Assert.Equal(1, runtime.RunMain("main.js"));
            Assert.Contains("TypeError: bad thing", output.Error);
            Assert.Contains($"{tree["thrower.js"]}:3", output.Error);
        }
    }

    [Fact]
    public void ShebangLineIsIgnored()
    {
        using var tree = TestHost.Files(("main.js", "#!/usr/bin/env node\nconsole.log('ran', new Error().stack.includes('main.js:2'))"));
        Assert.Equal("ran true\n", Run(tree));
    }

    [Fact]
    public void RequireFromEvaluatedCodeResolvesFromTheBaseDirectory()
    {
        using var tree = TestHost.Files(("lib.js", "module.exports = 40 + 2"));
        var (runtime, _) = Open(tree);
        using (runtime)
        {
            Assert.Equal(42, runtime.Evaluate("require('./lib')").AsNumber());
            Assert.Equal(42, runtime.Require("./lib").AsNumber());
        }
    }

    [Fact]
    public void RequireWithWrongArgumentTypeThrowsTypeError()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var result = runtime.Evaluate("try { require(42) } catch (e) { e.name + ' ' + e.code + ' ' + e.message }");
            Assert.Equal("TypeError ERR_INVALID_ARG_TYPE The \"id\" argument must be of type string. Received type number (42)", result.AsString());
        }
    }
}
