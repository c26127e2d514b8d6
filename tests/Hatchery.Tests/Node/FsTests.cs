namespace Hatchery.Tests.Node;

/// <summary>
/// What the fs fixtures cannot show: that the callback and promise forms run off the loop's thread (timers keep
/// firing during a large read) and keep a main script alive until they finish, and the error of a write the device
/// refuses (/dev/full), and that descriptors left open are closed with the runtime.
/// </summary>
public class FsTests
{
    [Fact]
    public void DescriptorsAScriptLeavesOpenAreClosedWhenTheRuntimeIsDisposed()
    {
        if (!OperatingSystem.IsLinux()) return; // the check reads /proc/self/fd
        using var files = TestHost.Files(("main.js", """
            const fs = require('fs');
            const kept = fs.openSync('kept.txt', 'w');
            fs.writeSync(kept, 'left open');
            const stream = fs.createWriteStream('stream.txt', { autoClose: false });
            stream.on('open', (fd) => console.log(kept, fd));
            """));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        int[] fds;
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(files["main.js"]));
            fds = [.. output.Out.Trim().Split(' ').Select(int.Parse)];
            Assert.Equal(files["kept.txt"], OpenFileOf(fds[0]));
            Assert.Equal(files["stream.txt"], OpenFileOf(fds[1]));
        }
        // Other tests' files may take the numbers at once, but these files no longer hold them.
        Assert.NotEqual(files["kept.txt"], OpenFileOf(fds[0]));
        Assert.NotEqual(files["stream.txt"], OpenFileOf(fds[1]));
        Assert.Equal("left open", File.ReadAllText(files["kept.txt"]));
    }

    private static string? OpenFileOf(int fd)
    {
        try
        {
            return new FileInfo($"/proc/self/fd/{fd}").LinkTarget;
        }
        catch (IOException)
        {
            return null;
        }
    }

    [Fact]
    public void TimersKeepFiringWhileALargeFileIsRead()
    {
        using var files = TestHost.Files(("main.js", """
            const fs = require('fs');
            let ticks = 0;
            const interval = setInterval(() => ticks++, 1);
            fs.promises.readFile('big.bin').then((bytes) => {
              clearInterval(interval);
              console.log(bytes.length, ticks > 0 ? 'ticked' : 'blocked');
            });
            """));
        File.WriteAllBytes(files["big.bin"], new byte[64 * 1024 * 1024]);
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(files["main.js"]));
        }
        Assert.Equal($"{64 * 1024 * 1024} ticked\n", output.Out);
    }

    [Fact]
    public void CallbacksKeepTheMainScriptAliveAndRunOnTheLoop()
    {
        using var files = TestHost.Files(("main.js", """
            const fs = require('fs');
            fs.writeFile('out.txt', 'written', (err) => {
              if (err) throw err;
              fs.readFile('out.txt', 'utf8', (err2, text) => console.log('read', err2, text));
            });
            console.log('main done');
            """));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(files["main.js"]));
        }
        Assert.Equal("main done\nread null written\n", output.Out);
        Assert.Equal("written", File.ReadAllText(files["out.txt"]));
    }

    [Fact]
    public void AWriteTheDeviceRefusesFailsInWrite()
    {
        using var files = TestHost.Files(("main.js", """
            const fs = require('fs');
            try {
              fs.writeFileSync('/dev/full', 'x');
            } catch (e) {
              console.log(e.code, e.syscall, e.message);
            }
            """));
        var (runtime, output) = TestHost.Open(o => o.UseBaseDirectory(files.Root));
        using (runtime)
        {
            Assert.Equal(0, runtime.RunMain(files["main.js"]));
        }
        Assert.Equal("ENOSPC write ENOSPC: no space left on device, write\n", output.Out);
    }
}
