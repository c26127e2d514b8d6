namespace Hatchery.Tests.Node;

/// <summary>The url module and the URL/URLSearchParams globals beyond what the recorded fixtures in Fixtures/url show.</summary>
public class UrlTests
{
    [Fact]
    public void InvalidUrlIsATypeErrorWithNodesCodeAndInput()
    {
        var (runtime, output) = TestHost.Open();
        using (runtime)
        {
            runtime.Evaluate("""
                try { new URL('http://[::1', 'http://base/'); }
                catch (e) { console.log(e instanceof TypeError, e.code, e.message, e.input, e.base, Object.keys(e).join()); }
                console.log(typeof URL, typeof URLSearchParams, require('node:url').URL === URL);
                """);
        }
        Assert.Equal("true ERR_INVALID_URL Invalid URL http://[::1 http://base/ code,input,base\nfunction function true\n", output.Out);
    }
}
