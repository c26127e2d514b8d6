namespace Hatchery.Tests.Node;

/// <summary>The url module and the URL/URLSearchParams globals against Node's output for the same scripts.</summary>
public class UrlTests
{
    [Theory]
    [InlineData("url/whatwg-parse")]
    [InlineData("url/whatwg-setters")]
    [InlineData("url/search-params")]
    [InlineData("url/legacy")]
    [InlineData("url/legacy-edge")]
    [InlineData("url/idna")]
    [InlineData("url/inspect")]
    public void MatchesNode(string fixture) => NodeFixtures.AssertMatchesNode(fixture);

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
