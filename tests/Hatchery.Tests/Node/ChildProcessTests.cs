using System.Diagnostics;
using Jint.Runtime;

namespace Hatchery.Tests.Node;

/// <summary>
/// What the child_process fixtures cannot show, and Hatchery's exec module (which Node has no fixture for): a disposed
/// runtime kills the children it started, a timeout ends a whole process tree, the loop keeps running while a child
/// does, and exec's results and errors. Every test runs real programs.
/// </summary>
public class ChildProcessTests
{
    [Fact]
    public void DisposeKillsASpawnedChildStillRunning()
    {
        var (runtime, _) = TestHost.Open();
        int pid;
        using (runtime)
        {
            pid = (int)TypeConverter.ToNumber(runtime.Evaluate("require('child_process').spawn('sleep', ['30']).pid"));
            Assert.True(IsRunning(pid));
        }
        Assert.True(WaitUntilGone(pid), $"sleep ({pid}) outlived its runtime");
    }

    [Fact]
    public void DisposeKillsAnExecRunAsyncChildWithItsDescendants()
    {
        using var files = TestHost.Files();
        var pidFile = files["pid"];
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate($$"""require('exec').runAsync('/bin/sh', ['-c', 'sleep 30 & echo $! > {{pidFile}}; wait'])""");
            Assert.True(SpinWait.SpinUntil(() => File.Exists(pidFile) && File.ReadAllText(pidFile).Trim().Length > 0, 30_000));
        }
        var grandchild = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(WaitUntilGone(grandchild), $"the shell's sleep ({grandchild}) outlived the runtime");
    }

    [Fact]
    public void ExecTimeoutKillsTheWholeProcessTree()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var shown = runtime.Evaluate("""
                try {
                  require('exec').run('/bin/sh', ['-c', 'sleep 30 & echo $!; wait'], { timeout: 500 });
                } catch (err) {
                  [err.code, err.message, err.stdout.trim()].join('|');
                }
                """).ToString().Split('|');
            Assert.Equal("ETIMEDOUT", shown[0]);
            Assert.Equal("/bin/sh -c sleep 30 & echo $!; wait timed out after 500 ms", shown[1]);
            Assert.True(WaitUntilGone(int.Parse(shown[2], System.Globalization.CultureInfo.InvariantCulture)), "the shell's sleep outlived the timeout");
        }
    }

    [Fact]
    public void TimersRunWhileASpawnedChildRunsAndItsOutputArrivesOnTheLoop()
    {
        using var files = TestHost.Files(("main.js", """
            const { spawn } = require('child_process');
            let ticks = 0;
            const interval = setInterval(() => ticks++, 5);
            const child = spawn('/bin/sh', ['-c', 'sleep 0.5; echo done']);
            child.stdout.on('data', (chunk) => console.log('data', String(chunk).trim()));
            child.on('close', (code) => {
              clearInterval(interval);
              console.log('close', code, ticks > 0 ? 'ticked' : 'blocked');
            });
            """));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(files["main.js"]));
        }
        Assert.Equal("data done\nclose 0 ticked\n", output.Out);
    }

    [Fact]
    public void InheritedOutputGoesToTheRuntimesConsole()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                const { spawnSync, execSync } = require('child_process');
                spawnSync('/bin/sh', ['-c', 'echo out; echo err >&2'], { stdio: 'inherit' });
                try { execSync('echo failing >&2; exit 1'); } catch (e) {}
                """);
        }
        Assert.Equal("out\n", output.Out);
        Assert.Equal("err\nfailing\n", output.Error);
    }

    [Fact]
    public void ExecRunReturnsOutputAndCode()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var shown = runtime.Evaluate("""
                const exec = require('exec');
                const a = exec.run('/bin/sh', ['-c', 'echo "$0 $1"; echo e >&2; exit 3', 'x', '*']);
                const b = exec.run('cat', { input: 'in', encoding: 'buffer' });
                const c = exec.run('/bin/sh', ['-c', 'pwd; echo $ONLY'], { cwd: '/', env: { ONLY: 'set' } });
                JSON.stringify([a, Buffer.isBuffer(b.stdout), b.stdout.toString(), c.stdout]);
                """).ToString();
            Assert.Equal("""[{"stdout":"x *\n","stderr":"e\n","code":3},true,"in","/\nset\n"]""", shown);
        }
    }

    [Fact]
    public void ExecErrorsAreNodeShaped()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var shown = runtime.Evaluate("""
                const exec = require('exec');
                const seen = [];
                for (const call of [() => exec.run('no-such-program-hatchery', ['a']), () => exec.run(1), () => exec.run('echo', 'a'),
                  () => exec.run('echo', [], { encoding: 'nope' })]) {
                  try { call(); } catch (err) { seen.push(`${err.name}|${err.code}|${err.message}`); }
                }
                seen.join('\n');
                """).ToString();
            Assert.Equal("""
                Error|ENOENT|spawn no-such-program-hatchery ENOENT
                TypeError|ERR_INVALID_ARG_TYPE|The "cmd" argument must be of type string. Received type number (1)
                TypeError|ERR_INVALID_ARG_TYPE|The "args" argument must be an instance of Array. Received type string ('a')
                TypeError|ERR_INVALID_ARG_VALUE|The property 'options.encoding' must be 'buffer' or a Buffer encoding. Received 'nope'
                """, shown);
        }
    }

    [Fact]
    public void ExecRunAsyncResolvesOffTheLoop()
    {
        using var files = TestHost.Files(("main.js", """
            const exec = require('exec');
            let ticks = 0;
            const interval = setInterval(() => ticks++, 5);
            exec.runAsync('/bin/sh', ['-c', 'sleep 0.5; echo async']).then((result) => {
              clearInterval(interval);
              console.log(JSON.stringify(result), ticks > 0 ? 'ticked' : 'blocked');
              return exec.runAsync('no-such-program-hatchery');
            }).catch((err) => console.log(err.code, err.syscall));
            """));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(files["main.js"]));
        }
        Assert.Equal("{\"stdout\":\"async\\n\",\"stderr\":\"\",\"code\":0} ticked\nENOENT spawn no-such-program-hatchery\n", output.Out);
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static bool WaitUntilGone(int pid) => SpinWait.SpinUntil(() => !IsRunning(pid) || IsZombie(pid), 30_000);

    // A killed grandchild whose parent is gone is reaped by init; until then it is a zombie, which runs no more.
    private static bool IsZombie(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
