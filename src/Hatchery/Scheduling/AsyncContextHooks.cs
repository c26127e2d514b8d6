using Jint;
using Jint.Runtime;

namespace Hatchery.Scheduling;

/// <summary>
/// Carries a runtime's async context (<see cref="JsRuntime.AsyncContext"/>, the frame of <c>AsyncLocalStorage</c>
/// stores) from where a promise reaction is registered (a <c>then</c>, an <c>await</c>, a thenable adopted) to where its
/// job runs, through Jint's HostMakeJobCallback/HostCallJobCallback hooks. One instance serves every engine; each
/// member finds its runtime through the engine's <c>HostDefined</c>.
/// </summary>
internal sealed class AsyncContextHooks : JobCallbackHooks
{
    public static readonly AsyncContextHooks Instance = new();

    // Until some runtime of the process creates an AsyncLocalStorage, a registration costs this one static read.
    private static volatile bool s_used;

    private AsyncContextHooks()
    {
    }

    /// <summary>Called once a runtime first uses async contexts: from then on registrations ask their runtime.</summary>
    public static void MarkUsed() => s_used = true;

    /// <inheritdoc />
    protected override object? Capture(Engine engine) =>
        s_used && engine.Advanced.HostDefined is JsRuntime runtime ? runtime.AsyncContext : null;

    /// <inheritdoc />
    protected override object? Enter(Engine engine, object hostDefined)
    {
        // Capture returned non-null, so HostDefined is the runtime.
        var runtime = (JsRuntime)engine.Advanced.HostDefined!;
        var outer = runtime.AsyncContext;
        runtime.AsyncContext = hostDefined;
        return outer;
    }

    /// <inheritdoc />
    protected override void Exit(Engine engine, object? token) => ((JsRuntime)engine.Advanced.HostDefined!).AsyncContext = token;
}
