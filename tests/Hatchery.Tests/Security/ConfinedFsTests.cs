namespace Hatchery.Tests.Security;

/// <summary>
/// <c>fs</c> confined to a root (<see cref="EngineOptions.ConfineFileSystem"/>), against real files and real symbolic
/// links in a temporary directory: every route out — <c>..</c>, absolute paths, a symlinked directory, a symlinked
/// file, a dangling link, a link whose <c>..</c> climbs physically, rename/copy/symlink/mkdtemp targets — fails with
/// <c>EACCES</c> naming the path, in the Sync, callback, promise, FileHandle and stream forms; and nothing outside
/// is read, written, created or removed.
/// </summary>
public sealed class ConfinedFsTests : IDisposable
{
    private readonly string _top = Path.Combine(Path.GetTempPath(), "hatchery-safemode-" + Guid.NewGuid().ToString("N"));
    private readonly string _root;
    private readonly string _outside;

    public ConfinedFsTests()
    {
        // _top/a/root is the root; _top/outside holds what a script must not reach.
        _root = Path.Combine(_top, "a", "root");
        _outside = Path.Combine(_top, "outside");
        Directory.CreateDirectory(Path.Combine(_root, "sub", "deep"));
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "secret");
        File.WriteAllText(Path.Combine(_root, "inside.txt"), "inside");
        File.WriteAllText(Path.Combine(_root, "sub", "deep", "file.txt"), "deep");
        File.CreateSymbolicLink(Path.Combine(_root, "linkdir"), _outside);
        File.CreateSymbolicLink(Path.Combine(_root, "linkfile"), Path.Combine(_outside, "secret.txt"));
        File.CreateSymbolicLink(Path.Combine(_root, "relative-linkfile"), "../../outside/secret.txt");
        File.CreateSymbolicLink(Path.Combine(_root, "dangling"), Path.Combine(_outside, "created.txt"));
        // Lexically "up/../outside/secret.txt" is root/outside/secret.txt; physically up/.. is _top.
        File.CreateSymbolicLink(Path.Combine(_root, "up"), "..");
        File.CreateSymbolicLink(Path.Combine(_root, "climb"), "up/../outside/secret.txt");
        // Links that stay inside are fine.
        File.CreateSymbolicLink(Path.Combine(_root, "good-link"), "sub/deep/file.txt");
        File.CreateSymbolicLink(Path.Combine(_root, "good-dirlink"), Path.Combine(_root, "sub"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_top, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private (int Code, string Out, string Error) Run(string script)
    {
        File.WriteAllText(Path.Combine(_root, "main.js"), script);
        var output = new CapturedOutput();
        using var runtime = JsRuntime.Open(o => o
            .UseConsole(output)
            .UseBaseDirectory(_root)
            .UsePreset(TrustPreset.Untrusted)
            .ConfineFileSystem(_root)
            .UseEnvironment(new Dictionary<string, string> { ["OUTSIDE"] = _outside, ["ROOT"] = _root }));
        var code = runtime.RunMain(Path.Combine(_root, "main.js"));
        return (code, output.Out, output.Error);
    }

    // Each attempt prints "name: CODE syscall 'path' -> 'dest'" from the error, or "name: allowed".
    private const string Attempts = """
        const fs = require('fs');
        const { OUTSIDE } = process.env;
        const show = (name, e) => console.log(`${name}: ${e ? `${e.code} ${e.syscall} ${e.path ?? ''}${e.dest ? ' -> ' + e.dest : ''}` : 'allowed'}`);
        const attempt = (name, fn) => { try { fn(); show(name); } catch (e) { show(name, e); } };

        """;

    private void AssertOutsideUntouched()
    {
        Assert.Equal(["secret.txt"], Directory.GetFileSystemEntries(_outside).Select(Path.GetFileName).Order());
        Assert.Equal("secret", File.ReadAllText(Path.Combine(_outside, "secret.txt")));
    }

    [Fact]
    public void ReadsThatLeaveTheRootFailWithEaccesNamingThePath()
    {
        var (code, output, error) = Run(Attempts + """
            attempt('dotdot', () => fs.readFileSync('../../outside/secret.txt'));
            attempt('absolute', () => fs.readFileSync(OUTSIDE + '/secret.txt'));
            attempt('symlinked dir', () => fs.readFileSync('linkdir/secret.txt'));
            attempt('symlinked file', () => fs.readFileSync('linkfile'));
            attempt('relative link', () => fs.readFileSync('relative-linkfile'));
            attempt('physical climb', () => fs.readFileSync('climb'));
            attempt('dotdot then back in', () => fs.readFileSync('sub/../inside.txt', 'utf8'));
            attempt('good link', () => fs.readFileSync('good-link', 'utf8'));
            attempt('good dir link', () => fs.readFileSync('good-dirlink/deep/file.txt', 'utf8'));
            attempt('open', () => fs.openSync('linkfile', 'r'));
            attempt('stat', () => fs.statSync('linkdir'));
            attempt('lstat of the link itself', () => fs.lstatSync('linkfile'));
            attempt('readlink', () => fs.readlinkSync('linkfile'));
            attempt('readdir', () => fs.readdirSync('linkdir'));
            attempt('readdir root parent', () => fs.readdirSync('..'));
            attempt('access', () => fs.accessSync('linkfile'));
            attempt('realpath', () => fs.realpathSync('linkdir'));
            console.log('exists', fs.existsSync('linkfile'), fs.existsSync(OUTSIDE), fs.existsSync('inside.txt'));
            try { fs.readFileSync('linkfile'); } catch (e) { console.log(e.message, e.errno, e instanceof Error); }
            """);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal($"""
            dotdot: EACCES open ../../outside/secret.txt
            absolute: EACCES open {_outside}/secret.txt
            symlinked dir: EACCES open linkdir/secret.txt
            symlinked file: EACCES open linkfile
            relative link: EACCES open relative-linkfile
            physical climb: EACCES open climb
            dotdot then back in: allowed
            good link: allowed
            good dir link: allowed
            open: EACCES open linkfile
            stat: EACCES stat linkdir
            lstat of the link itself: allowed
            readlink: allowed
            readdir: EACCES scandir linkdir
            readdir root parent: EACCES scandir ..
            access: EACCES access linkfile
            realpath: EACCES lstat linkdir
            exists false false true
            EACCES: permission denied, open 'linkfile' -13 true

            """, output);
    }

    [Fact]
    public void WritesCreationsAndMovesOutOfTheRootFailAndLeaveNothingOutside()
    {
        var (code, output, error) = Run(Attempts + """
            attempt('write dotdot', () => fs.writeFileSync('../../outside/new.txt', 'x'));
            attempt('write through dangling link', () => fs.writeFileSync('dangling', 'x'));
            attempt('write into symlinked dir', () => fs.writeFileSync('linkdir/new.txt', 'x'));
            attempt('overwrite through link', () => fs.writeFileSync('linkfile', 'pwned'));
            attempt('append through link', () => fs.appendFileSync('linkfile', 'pwned'));
            attempt('open for create', () => fs.openSync(OUTSIDE + '/new.txt', 'w'));
            attempt('truncate', () => fs.truncateSync('linkfile', 0));
            attempt('chmod', () => fs.chmodSync('linkfile', 0o777));
            attempt('utimes', () => fs.utimesSync('linkfile', 1, 1));
            attempt('mkdir', () => fs.mkdirSync('linkdir/newdir'));
            attempt('mkdir recursive', () => fs.mkdirSync('../../outside/x/y', { recursive: true }));
            attempt('mkdtemp dotdot prefix', () => fs.mkdtempSync('../../outside/tmp-'));
            attempt('mkdtemp symlinked prefix', () => fs.mkdtempSync('linkdir/tmp-'));
            attempt('rename out', () => fs.renameSync('inside.txt', '../../outside/moved.txt'));
            attempt('rename in', () => fs.renameSync(OUTSIDE + '/secret.txt', 'stolen.txt'));
            attempt('rename into symlinked dir', () => fs.renameSync('inside.txt', 'linkdir/moved.txt'));
            attempt('copy out', () => fs.copyFileSync('inside.txt', OUTSIDE + '/copy.txt'));
            attempt('copy in through link', () => fs.copyFileSync('linkfile', 'stolen.txt'));
            attempt('cp out', () => fs.cpSync('sub', '../../outside/cp', { recursive: true }));
            attempt('cp in', () => fs.cpSync(OUTSIDE, 'stolen', { recursive: true }));
            attempt('symlink to outside', () => fs.symlinkSync(OUTSIDE, 'mylink'));
            attempt('symlink relative out', () => fs.symlinkSync('../../outside/secret.txt', 'mylink'));
            attempt('symlink climbing', () => fs.symlinkSync('up/../outside', 'mylink'));
            attempt('symlink placed outside', () => fs.symlinkSync('inside.txt', OUTSIDE + '/mylink'));
            attempt('symlink inside', () => fs.symlinkSync('sub/deep/file.txt', 'mylink'));
            attempt('unlink outside', () => fs.unlinkSync(OUTSIDE + '/secret.txt'));
            attempt('rm outside', () => fs.rmSync('linkdir/secret.txt', { force: true }));
            attempt('rmdir outside', () => fs.rmdirSync(OUTSIDE));
            attempt('mkdtemp inside', () => fs.mkdtempSync('sub/tmp-'));
            """);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal($"""
            write dotdot: EACCES open ../../outside/new.txt
            write through dangling link: EACCES open dangling
            write into symlinked dir: EACCES open linkdir/new.txt
            overwrite through link: EACCES open linkfile
            append through link: EACCES open linkfile
            open for create: EACCES open {_outside}/new.txt
            truncate: EACCES open linkfile
            chmod: EACCES chmod linkfile
            utimes: EACCES utime linkfile
            mkdir: EACCES mkdir linkdir/newdir
            mkdir recursive: EACCES mkdir ../../outside/x/y
            mkdtemp dotdot prefix: EACCES mkdtemp ../../outside/tmp-XXXXXX
            mkdtemp symlinked prefix: EACCES mkdtemp linkdir/tmp-XXXXXX
            rename out: EACCES rename inside.txt -> ../../outside/moved.txt
            rename in: EACCES rename {_outside}/secret.txt -> stolen.txt
            rename into symlinked dir: EACCES rename inside.txt -> linkdir/moved.txt
            copy out: EACCES copyfile inside.txt -> {_outside}/copy.txt
            copy in through link: EACCES copyfile linkfile -> stolen.txt
            cp out: EACCES lstat ../../outside/cp
            cp in: EACCES lstat {_outside}
            symlink to outside: EACCES symlink {_outside} -> mylink
            symlink relative out: EACCES symlink ../../outside/secret.txt -> mylink
            symlink climbing: EACCES symlink up/../outside -> mylink
            symlink placed outside: EACCES symlink inside.txt -> {_outside}/mylink
            symlink inside: allowed
            unlink outside: EACCES unlink {_outside}/secret.txt
            rm outside: EACCES rm linkdir/secret.txt
            rmdir outside: EACCES rmdir {_outside}
            mkdtemp inside: allowed

            """, output);
        AssertOutsideUntouched();
        Assert.Equal("inside", File.ReadAllText(Path.Combine(_root, "inside.txt")));
        Assert.False(File.Exists(Path.Combine(_root, "stolen.txt")));
        Assert.Equal("sub/deep/file.txt", new FileInfo(Path.Combine(_root, "mylink")).LinkTarget);
    }

    [Fact]
    public void TheCallbackPromiseFileHandleAndStreamFormsAreConfinedToo()
    {
        var (code, output, error) = Run(Attempts + """
            const fsp = require('fs/promises');
            (async () => {
              await new Promise((done) => fs.readFile('linkfile', (e) => { show('callback readFile', e); done(); }));
              await new Promise((done) => fs.writeFile(OUTSIDE + '/cb.txt', 'x', (e) => { show('callback writeFile', e); done(); }));
              await new Promise((done) => fs.stat('linkdir', (e) => { show('callback stat', e); done(); }));
              for (const [name, start] of [
                ['promises readFile', () => fsp.readFile('linkdir/secret.txt')],
                ['promises writeFile', () => fsp.writeFile('dangling', 'x')],
                ['promises open', () => fsp.open(OUTSIDE + '/secret.txt')],
                ['promises rename', () => fsp.rename('inside.txt', 'linkdir/x')],
                ['promises mkdtemp', () => fsp.mkdtemp('../../outside/p-')],
                ['promises readdir', () => fsp.readdir('linkdir')],
                ['fs.promises symlink', () => fs.promises.symlink(OUTSIDE, 'plink')],
              ]) {
                try { await start(); show(name); } catch (e) { show(name, e); }
              }
              const handle = await fsp.open('inside.txt');
              show('FileHandle inside ' + (await handle.readFile('utf8')));
              await handle.close();
              for (const [name, stream] of [
                ['read stream', () => fs.createReadStream('linkfile')],
                ['write stream', () => fs.createWriteStream('../../outside/w.txt')],
                ['read stream climb', () => fs.createReadStream('climb', { start: 0, end: 2 })],
              ]) {
                await new Promise((done) => {
                  const s = stream();
                  s.on('error', (e) => { show(name, e); done(); });
                  s.on('open', () => { show(name); s.destroy(); done(); });
                });
              }
              const chunks = [];
              for await (const chunk of fs.createReadStream('good-link', 'utf8')) chunks.push(chunk);
              show('read stream inside ' + chunks.join(''));
            })();
            """);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal($"""
            callback readFile: EACCES open linkfile
            callback writeFile: EACCES open {_outside}/cb.txt
            callback stat: EACCES stat linkdir
            promises readFile: EACCES open linkdir/secret.txt
            promises writeFile: EACCES open dangling
            promises open: EACCES open {_outside}/secret.txt
            promises rename: EACCES rename inside.txt -> linkdir/x
            promises mkdtemp: EACCES mkdtemp ../../outside/p-XXXXXX
            promises readdir: EACCES scandir linkdir
            fs.promises symlink: EACCES symlink {_outside} -> plink
            FileHandle inside inside: allowed
            read stream: EACCES open linkfile
            write stream: EACCES open ../../outside/w.txt
            read stream climb: EACCES open climb
            read stream inside deep: allowed

            """, output);
        AssertOutsideUntouched();
    }

    [Fact]
    public void RemovingLinksAndTreesInsideTheRootNeverReachesWhatTheLinksPointTo()
    {
        Directory.CreateDirectory(Path.Combine(_root, "tree"));
        File.CreateSymbolicLink(Path.Combine(_root, "tree", "out"), _outside);
        var (code, output, error) = Run(Attempts + """
            attempt('rm tree holding an outside link', () => fs.rmSync('tree', { recursive: true }));
            attempt('unlink a link to outside', () => fs.unlinkSync('linkfile'));
            attempt('rm a link to an outside dir', () => fs.rmSync('linkdir', { recursive: true }));
            attempt('rename a link to outside', () => fs.renameSync('dangling', 'renamed-dangling'));
            attempt('cp copies a link as a link', () => fs.cpSync('up', 'up-copy'));
            attempt('the copy is refused as the original', () => fs.readdirSync('up-copy'));
            """);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal("""
            rm tree holding an outside link: allowed
            unlink a link to outside: allowed
            rm a link to an outside dir: allowed
            rename a link to outside: allowed
            cp copies a link as a link: allowed
            the copy is refused as the original: EACCES scandir up-copy

            """, output);
        AssertOutsideUntouched();
        Assert.False(Directory.Exists(Path.Combine(_root, "tree")));
    }

    [Fact]
    public void AScriptCannotSwapACheckedDirectoryForALinkWhileItsReadIsInFlight()
    {
        // Each round starts an async read of real/f.txt, then synchronously renames a link to the outside directory
        // into real's place and back. Without the namespace lock a pool thread's check could pass on the directory
        // and its open follow the link.
        Directory.CreateDirectory(Path.Combine(_root, "real"));
        File.WriteAllText(Path.Combine(_root, "real", "f.txt"), "inside");
        File.WriteAllText(Path.Combine(_outside, "f.txt"), "secret");
        File.CreateSymbolicLink(Path.Combine(_root, "outlink"), _outside);
        var (code, output, error) = Run("""
            const fs = require('fs');
            let leaked = 0, refused = 0, done = 0;
            const rounds = 300;
            for (let i = 0; i < rounds; i++) {
              fs.readFile('real/f.txt', 'utf8', (e, text) => {
                if (text === 'secret') leaked++;
                if (e) refused++;
                if (++done === rounds) console.log('leaked', leaked, refused > 0 || 'never refused');
              });
              fs.renameSync('real', 'parked');
              fs.renameSync('outlink', 'real');
              fs.renameSync('real', 'outlink');
              fs.renameSync('parked', 'real');
            }
            """);
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.StartsWith("leaked 0 ", output);
        File.Delete(Path.Combine(_outside, "f.txt"));
        AssertOutsideUntouched();
    }
}
