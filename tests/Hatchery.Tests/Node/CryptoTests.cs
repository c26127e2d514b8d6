namespace Hatchery.Tests.Node;

/// <summary>
/// What crypto's fixtures (Fixtures/crypto, recorded from Node) cannot show: that asynchronous work runs off the
/// runtime's thread while the loop goes on, and answers on the loop's thread.
/// </summary>
public sealed class CryptoTests
{
    [Fact]
    public void Pbkdf2_with_a_callback_runs_off_the_loop_while_timers_fire()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                const crypto = require('crypto');
                const started = Date.now();
                crypto.pbkdf2('password', 'salt', 300000, 32, 'sha256', (err, key) => {
                  console.log('derived', err, key.length, key.equals(crypto.pbkdf2Sync('password', 'salt', 300000, 32, 'sha256')));
                });
                setTimeout(() => console.log('timer'), 1);
                console.log('sync');
                """);
            runtime.RunEventLoop();
        }
        Assert.Equal("sync\ntimer\nderived null 32 true\n", output.Out);
    }

    [Fact]
    public void Subtle_digest_and_randomBytes_settle_on_the_loop()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                crypto.subtle.digest('SHA-256', new Uint8Array(0)).then((d) => console.log('digest', Buffer.from(d).toString('hex').slice(0, 8)));
                require('crypto').randomBytes(3, (err, b) => console.log('bytes', err, b.length));
                """);
            runtime.RunEventLoop();
        }
        Assert.Contains("digest e3b0c442\n", output.Out);
        Assert.Contains("bytes null 3\n", output.Out);
    }
}
