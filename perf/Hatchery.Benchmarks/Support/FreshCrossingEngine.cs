using Jint;

namespace Hatchery.Benchmarks.Support;

/// <summary>
/// Jint (since 4.14) reuses the wrapper of a CLR object that crossed recently, so converting the same
/// object in a loop measures a cache hit. Benchmarks of a first crossing, which is what a host handing
/// over fresh data per request pays, run on an engine with both wrapper caches off.
/// </summary>
public static class FreshCrossingEngine
{
    public static Engine Create() => new(options =>
    {
        options.Interop.TrackObjectWrapperIdentity = false;
        options.Interop.CacheRecentObjectWrappers = false;
    });
}
