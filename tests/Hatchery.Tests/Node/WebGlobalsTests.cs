namespace Hatchery.Tests.Node;

/// <summary>EventTarget, AbortController, DOMException, structuredClone and performance beyond what the recorded fixtures in Fixtures/web show.</summary>
public class WebGlobalsTests
{
    [Fact]
    public void AThrowingListenerDoesNotStopTheOthersAndSurfacesAsUncaught()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            var error = Assert.Throws<ScriptException>(() => runtime.Evaluate("""
                const t = new EventTarget();
                t.addEventListener('e', () => { throw new Error('boom'); });
                t.addEventListener('e', () => console.log('second ran'));
                console.log('returned', t.dispatchEvent(new Event('e')));
                """));
            Assert.Contains("boom", error.Message);
        }
        Assert.Equal("second ran\nreturned true\n", output.Out);
    }

    [Fact]
    public void GlobalsAreTheOnesNodeHas()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                console.log(['URL', 'URLSearchParams', 'AbortController', 'AbortSignal', 'EventTarget', 'Event', 'DOMException',
                  'structuredClone', 'performance'].map((n) => typeof globalThis[n]).join());
                """);
        }
        Assert.Equal("function,function,function,function,function,function,function,function,object\n", output.Out);
    }
}
