using Hatchery.HostModules.Database;

namespace Hatchery.Tests.Security;

/// <summary>
/// What <see cref="TrustPreset.Untrusted"/> takes away and what the host can give back: modules left out answer
/// <c>MODULE_NOT_FOUND</c> (with and without <c>node:</c>), the network and the environment are closed, files are
/// required only from the allowed directories, and a host-configured database admits no other connection.
/// </summary>
public sealed class TrustPresetTests
{
    private const string RequireEach = """
        for (const name of process.argv.slice(2)) {
          try { require(name); console.log(name, 'loaded'); }
          catch (e) { console.log(name, e.code, e.message.split('\n')[0]); }
        }
        """;

    private static (int Code, string Out, string Error) Run(TempTree files, Action<EngineOptions> configure, string main, params string[] args)
    {
        var output = new CapturedOutput();
        using var runtime = JsRuntime.Open(o =>
        {
            o.UseConsole(output).UseBaseDirectory(files.Root);
            configure(o);
        });
        return (runtime.RunMain(files[main], args), output.Out, output.Error);
    }

    [Fact]
    public void TheUntrustedPresetLeavesOutProgramsFilesAndUnconfiguredDatabases()
    {
        using var files = TestHost.Files(("main.js", RequireEach));
        var (code, output, error) = Run(files, o => o.UsePreset(TrustPreset.Untrusted), "main.js",
            "child_process", "node:child_process", "exec", "fs", "node:fs", "fs/promises", "node:fs/promises", "database", "path", "crypto", "stream", "node:diagnostics_channel");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("""
            child_process MODULE_NOT_FOUND Cannot find module 'child_process'
            node:child_process MODULE_NOT_FOUND Cannot find module 'node:child_process'
            exec MODULE_NOT_FOUND Cannot find module 'exec'
            fs MODULE_NOT_FOUND Cannot find module 'fs'
            node:fs MODULE_NOT_FOUND Cannot find module 'node:fs'
            fs/promises MODULE_NOT_FOUND Cannot find module 'fs/promises'
            node:fs/promises MODULE_NOT_FOUND Cannot find module 'node:fs/promises'
            database MODULE_NOT_FOUND Cannot find module 'database'
            path loaded
            crypto loaded
            stream loaded
            node:diagnostics_channel loaded

            """, output);
    }

    [Fact]
    public void TheTrustedPresetIsTheDefaultAndLeavesNothingOut()
    {
        var settings = EngineFactory.Create().Settings;
        Assert.Equal(TrustPreset.Trusted, settings.Preset);
        Assert.Empty(settings.LeftOutModules);
        Assert.Null(settings.AllowedNetworkHosts);
        Assert.Null(settings.FileSystemRoot);
        Assert.Null(settings.ModuleDirectories);
        var untrusted = EngineFactory.Create(o => o.UsePreset(TrustPreset.Untrusted)).Settings;
        Assert.Equal(["child_process", "database", "exec", "fs", "fs/promises", "worker_threads"], untrusted.LeftOutModules.Keys.Order());
        Assert.Equal("starts programs", untrusted.LeftOutModules["child_process"]);
        Assert.Null(EngineFactory.Create(o => o.UsePreset(TrustPreset.Untrusted)).NativeModules.Find("exec"));
        Assert.NotNull(EngineFactory.Create().NativeModules.Find("exec"));
    }

    [Fact]
    public void UntrustedClosesTheNetworkAndEmptiesTheEnvironmentUnlessTheHostOpensThem()
    {
        var closed = EngineFactory.Create(o => o.UsePreset(TrustPreset.Untrusted)).Settings;
        Assert.Equal([], closed.AllowedNetworkHosts);
        Assert.Empty(closed.Environment!);
        var opened = EngineFactory.Create(o => o
            .RestrictNetwork("api.example.com", "127.0.0.1:8080")
            .UseEnvironment(new Dictionary<string, string> { ["MODE"] = "x" })
            .UsePreset(TrustPreset.Untrusted)).Settings;
        Assert.Equal(["api.example.com", "127.0.0.1:8080"], opened.AllowedNetworkHosts);
        Assert.Equal("x", opened.Environment!["MODE"]);

        using var files = TestHost.Files(("main.js", "console.log(JSON.stringify(process.env), Object.keys(process.env).length)"));
        var (code, output, _) = Run(files, o => o.UsePreset(TrustPreset.Untrusted), "main.js");
        Assert.Equal(0, code);
        Assert.Equal("{} 0\n", output);
    }

    [Fact]
    public void RequireLoadsFilesOnlyFromTheBaseDirectoryAndTheFileSystemRoot()
    {
        using var files = TestHost.Files(
            ("app/main.js", RequireEach),
            ("app/lib.js", "module.exports = 1;"),
            ("app/node_modules/pkg/index.js", "module.exports = 2;"),
            ("data/helper.js", "module.exports = 3;"),
            ("elsewhere/secret.json", "{\"token\":\"s3cret\"}"),
            ("elsewhere/mod.js", "module.exports = 4;"));
        File.CreateSymbolicLink(files["app/linked.js"], files["elsewhere/mod.js"]);
        var (code, output, error) = Run(files, o => o.UseBaseDirectory(files["app"]).UsePreset(TrustPreset.Untrusted).ConfineFileSystem(files["data"]),
            "app/main.js", "./lib", "pkg", files["data/helper.js"], "../elsewhere/secret.json", files["elsewhere/mod.js"], "./linked.js");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal($"""
            ./lib loaded
            pkg loaded
            {files["data/helper.js"]} loaded
            ../elsewhere/secret.json MODULE_NOT_FOUND Cannot find module '../elsewhere/secret.json'
            {files["elsewhere/mod.js"]} MODULE_NOT_FOUND Cannot find module '{files["elsewhere/mod.js"]}'
            ./linked.js MODULE_NOT_FOUND Cannot find module './linked.js'

            """, output);
    }

    [Fact]
    public void AMainScriptOutsideTheModuleDirectoriesIsNotFound()
    {
        using var files = TestHost.Files(("scripts/ok.js", "console.log('ran')"), ("other/main.js", "console.log('ran')"));
        var (code, _, error) = Run(files, o => o.ConfineModules(files["scripts"]), "other/main.js");
        Assert.Equal(1, code);
        Assert.Contains("Cannot find module", error);
        var (okCode, okOut, _) = Run(files, o => o.ConfineModules(files["scripts"]), "scripts/ok.js");
        Assert.Equal(0, okCode);
        Assert.Equal("ran\n", okOut);
    }

    [Fact]
    public void AHostConfiguredDatabaseStaysButScriptsCannotOpenAnotherConnection()
    {
        using var files = TestHost.Files(("main.js", """
            const db = require('database');
            db.exec('CREATE TABLE t (x INTEGER)');
            db.exec('INSERT INTO t VALUES (?)', 42);
            console.log(db.queryOne('SELECT x FROM t').x);
            for (const attempt of [() => db.open('sqlite', 'other.db'), () => db.configure('sqlite', 'x.db'), () => db.open('postgres', 'Host=127.0.0.1')]) {
              try { attempt(); console.log('opened'); } catch (e) { console.log(e.code, e.message); }
            }
            """));
        var (code, output, error) = Run(files, o => o.UsePreset(TrustPreset.Untrusted).AddNativeModule(new DatabaseModule("sqlite", ":memory:")), "main.js");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        const string denied = "ERR_ACCESS_DENIED Access to this API has been restricted: scripts may use only the database connection the host configured";
        Assert.Equal($"42\n{denied}\n{denied}\n{denied}\n", output);
        Assert.False(File.Exists(files["other.db"]));
    }

    [Fact]
    public void ConfiningTheFileSystemNeedsAnExistingDirectory()
    {
        var error = Assert.Throws<ArgumentException>(() => EngineFactory.Create(o => o.ConfineFileSystem("/no/such/hatchery/dir")));
        Assert.Contains("/no/such/hatchery/dir", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new EngineOptions().UsePreset((TrustPreset)7));
    }
}
