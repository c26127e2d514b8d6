namespace Hatchery.Tests.Node;

/// <summary>The TextEncoder and TextDecoder globals beyond what the recorded fixtures in Fixtures/text_coding show.</summary>
public class TextCodingTests
{
    [Fact]
    public void GlobalsAreBuiltOncePerRuntime()
    {
        var (runtime, _) = TestHost.Open();
        using (runtime)
        {
            var same = runtime.Evaluate("TextEncoder === globalThis.TextEncoder && Buffer === require('buffer').Buffer && atob === require('buffer').atob");
            Assert.True(same.AsBoolean());
        }
    }
}
