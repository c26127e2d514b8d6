using System.CommandLine;

namespace Hatchery.Cli.Tests;

/// <summary>
/// <c>hatchery run --safe --fs-root DIR --allow-net HOST</c> and <c>hatchery modules --safe</c>, with real files and a
/// real symbolic link in the harness's temporary directory.
/// </summary>
public sealed class SandboxTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private const string Probe = """
        const fs = require('fs');
        console.log(fs.readFileSync('data/in.txt', 'utf8'));
        fs.writeFileSync('data/out.txt', 'written');
        for (const attempt of [() => fs.readFileSync('secret.txt'), () => fs.readFileSync('data/link'), () => fs.writeFileSync('../escape.txt', 'x')]) {
          try { attempt(); console.log('allowed'); } catch (e) { console.log(e.message); }
        }
        for (const name of ['child_process', 'node:child_process', 'exec', 'database']) {
          try { require(name); console.log(name, 'loaded'); } catch (e) { console.log(name, e.code); }
        }
        console.log('env', Object.keys(process.env).length);
        """;

    [Fact]
    public void Safe_with_an_fs_root_confines_files_and_leaves_out_programs_and_databases()
    {
        _cli.Write("probe.js", Probe);
        _cli.Write("data/in.txt", "read inside");
        _cli.Write("secret.txt", "secret");
        File.CreateSymbolicLink(Path.Combine(_cli.WorkingDirectory, "data", "link"), Path.Combine(_cli.WorkingDirectory, "secret.txt"));

        var result = _cli.Run("run", "--safe", "--fs-root", "data", "probe.js");

        Assert.Equal("", result.Error);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("""
            read inside
            EACCES: permission denied, open 'secret.txt'
            EACCES: permission denied, open 'data/link'
            EACCES: permission denied, open '../escape.txt'
            child_process MODULE_NOT_FOUND
            node:child_process MODULE_NOT_FOUND
            exec MODULE_NOT_FOUND
            database MODULE_NOT_FOUND
            env 0

            """, result.Out);
        Assert.Equal("written", File.ReadAllText(Path.Combine(_cli.WorkingDirectory, "data", "out.txt")));
        Assert.False(File.Exists(Path.Combine(_cli.WorkingDirectory, "..", "escape.txt")));
    }

    [Fact]
    public void Safe_without_an_fs_root_has_no_fs_and_without_safe_everything_is_there()
    {
        _cli.Write("probe.js", "for (const m of ['fs', 'fs/promises', 'child_process']) { try { require(m); console.log(m, 'loaded'); } catch (e) { console.log(m, e.code); } }");

        var safe = _cli.Run("run", "--safe", "probe.js");
        var trusted = _cli.Run("run", "probe.js");

        Assert.Equal("fs MODULE_NOT_FOUND\nfs/promises MODULE_NOT_FOUND\nchild_process MODULE_NOT_FOUND\n", safe.Out);
        Assert.Equal("fs loaded\nfs/promises loaded\nchild_process loaded\n", trusted.Out);
    }

    [Fact]
    public void Fs_root_alone_confines_fs_and_keeps_the_other_modules()
    {
        _cli.Write("data/in.txt", "x");
        _cli.Write("probe.js", """
            try { require('fs').readFileSync('probe.js'); } catch (e) { console.log(e.code, e.path); }
            console.log(typeof require('child_process').execFileSync);
            """);

        var result = _cli.Run("run", "--fs-root", "data", "probe.js");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("EACCES probe.js\nfunction\n", result.Out);
    }

    [Fact]
    public void Safe_requires_files_only_from_the_script_and_current_directories()
    {
        var outside = Path.Combine(Path.GetTempPath(), "hatchery-cli-outside-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(outside);
        try
        {
            File.WriteAllText(Path.Combine(outside, "mod.js"), "module.exports = 'outside';");
            _cli.Write("scripts/lib.js", "module.exports = 'lib';");
            _cli.Write("scripts/main.js", $$"""
                console.log(require('./lib'));
                try { require({{System.Text.Json.JsonSerializer.Serialize(Path.Combine(outside, "mod.js"))}}); } catch (e) { console.log(e.code); }
                """);

            var result = _cli.Run("run", "--safe", "scripts/main.js");

            Assert.Equal("", result.Error);
            Assert.Equal("lib\nMODULE_NOT_FOUND\n", result.Out);
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public void Eval_takes_the_sandbox_options_too()
    {
        var result = _cli.Run("-e", "try { require('exec') } catch (e) { console.log(e.code) }", "--safe");

        Assert.Equal("MODULE_NOT_FOUND\n", result.Out);
    }

    [Fact]
    public void Fs_root_must_be_an_existing_directory()
    {
        _cli.Write("probe.js", "console.log('ran')");

        var result = _cli.Run("run", "--safe", "--fs-root", "missing", "probe.js");

        Assert.NotEqual(0, result.ExitCode);
        Assert.DoesNotContain("ran", result.Out);
        Assert.Contains("--fs-root must name an existing directory, not 'missing'", result.Error);
    }

    [Fact]
    public void Allow_net_is_repeatable_and_restricts_the_network_to_its_hosts()
    {
        var limits = new LimitOptions(_cli.WorkingDirectory);
        var command = new Command("run");
        foreach (var option in limits.All) command.Options.Add(option);

        var sandbox = limits.Read(command.Parse(["--safe", "--allow-net", "api.example.com", "--allow-net", "127.0.0.1:8080"])).Sandbox;
        var options = new EngineOptions();
        sandbox.Apply(options, _cli.WorkingDirectory, scriptDirectory: null);
        var settings = new EngineFactory(options).Settings;

        Assert.Equal(["api.example.com", "127.0.0.1:8080"], settings.AllowedNetworkHosts);
        Assert.Equal(TrustPreset.Untrusted, settings.Preset);
        Assert.Equal([], EngineFactory.Create(o => limits.Read(command.Parse(["--safe"])).Sandbox.Apply(o, _cli.WorkingDirectory, null)).Settings.AllowedNetworkHosts);
        Assert.Null(EngineFactory.Create(o => limits.Read(command.Parse([])).Sandbox.Apply(o, _cli.WorkingDirectory, null)).Settings.AllowedNetworkHosts);
    }

    [Fact]
    public void Modules_safe_lists_what_the_preset_leaves_out()
    {
        _cli.Write("data/x.txt", "");
        var safe = _cli.Run("modules", "--safe");
        var rooted = _cli.Run("modules", "--safe", "--fs-root", "data");
        var plain = _cli.Run("modules");
        var one = _cli.Run("modules", "--safe", "child_process");

        Assert.Equal(0, safe.ExitCode);
        var leftOut = safe.Out[(safe.Out.IndexOf("Left out by --safe:\n", StringComparison.Ordinal) + 20)..];
        Assert.Equal("""
            child_process   starts programs
            database        no database configured by the host
            exec            starts programs
            fs              no file-system root given (ConfineFileSystem, --fs-root)
            fs/promises     no file-system root given (ConfineFileSystem, --fs-root)
            worker_threads  starts threads, each a whole runtime, which no per-runtime limit bounds

            """, leftOut);
        Assert.DoesNotContain(safe.Out.Split('\n'), line => line.StartsWith("child_process ", StringComparison.Ordinal) && line.Contains("node"));
        Assert.Contains(rooted.Out.Split('\n'), line => line.StartsWith("fs ", StringComparison.Ordinal) && line.Contains("node"));
        Assert.DoesNotContain("Left out", plain.Out);
        Assert.Equal(1, one.ExitCode);
        Assert.Equal("hatchery: module 'child_process' is left out by --safe (starts programs).\n", one.Error);
    }
}
