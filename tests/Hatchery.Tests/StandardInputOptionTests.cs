using System.IO.Pipes;
using System.Text;

namespace Hatchery.Tests;

/// <summary>The host's <c>UseStandardInput</c>: what <c>process.stdin</c> reads in an embedded runtime.</summary>
public class StandardInputOptionTests
{
    [Fact]
    public void ARuntimesTextReaderIsItsStdinAsUtf8Lines()
    {
        var output = new CapturedOutput();
        using var runtime = EngineFactory.Create(o => o.UseConsole(output)).NewRuntime(o => o.UseStandardInput(new StringReader("one\r\ntwo 😀 é\nthree")));
        var code = runtime.RunEval("""
            const rl = require('readline').createInterface({ input: process.stdin });
            const lines = [];
            rl.on('line', (line) => lines.push(line));
            rl.on('close', () => console.log(JSON.stringify(lines)));
            """);
        Assert.Equal(0, code);
        Assert.Equal("[\"one\",\"two 😀 é\",\"three\"]\n", output.Out);
    }

    [Fact]
    public void WithoutAnInputStdinEndsAtOnce()
    {
        var output = new CapturedOutput();
        using var runtime = EngineFactory.Create(o => o.UseConsole(output)).NewRuntime();
        runtime.RunEval("process.stdin.on('data', () => console.log('data')).on('end', () => console.log('end'))");
        Assert.Equal("end\n", output.Out);
    }

    [Fact]
    public async Task ReadingWaitsOffTheScriptThreadWhileTimersRun()
    {
        var output = new CapturedOutput();
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        using var runtime = EngineFactory.Create(o => o.UseConsole(output).UseStandardInput(client)).NewRuntime();
        // The host writes only once the script's timer has printed, which it could not if stdin blocked the script.
        var writer = Task.Run(async () =>
        {
            while (!output.Out.Contains("timer", StringComparison.Ordinal)) await Task.Delay(5);
            pipe.Write(Encoding.UTF8.GetBytes("late input"));
            pipe.Dispose();
        });
        runtime.RunEval("""
            process.stdin.setEncoding('utf8');
            process.stdin.on('data', (c) => console.log('data', c)).on('end', () => console.log('end'));
            setTimeout(() => console.log('timer'), 10);
            """);
        await writer;
        Assert.Equal("timer\ndata late input\nend\n", output.Out);
    }

    [Fact]
    public void AnOpenInputKeepsNoLoopAliveUnlessRead()
    {
        var output = new CapturedOutput();
        using var pipe = new AnonymousPipeServerStream(PipeDirection.Out);
        using var client = new AnonymousPipeClientStream(PipeDirection.In, pipe.ClientSafePipeHandle);
        var factory = EngineFactory.Create(o => o.UseConsole(output).UseStandardInput(client).LimitTime(TimeSpan.FromSeconds(20)));
        using (var untouched = factory.NewRuntime()) Assert.Equal(0, untouched.RunEval("console.log('untouched')"));
        using (var paused = factory.NewRuntime()) Assert.Equal(0, paused.RunEval("process.stdin.on('data', () => {}); process.stdin.pause(); console.log('paused')"));
        using (var unreferenced = factory.NewRuntime()) Assert.Equal(0, unreferenced.RunEval("process.stdin.on('data', () => {}).unref(); console.log('unref')"));
        Assert.Equal("untouched\npaused\nunref\n", output.Out);
        // The writing end closes first, so the reads still waiting end before the reading end is disposed.
        pipe.Dispose();
    }
}
