namespace Hatchery.NativeModules;

/// <summary>The native modules every factory has unless its options exclude them.</summary>
public static class BuiltinModules
{
    /// <summary>New instances of the built-in modules.</summary>
    public static IEnumerable<NativeModule> Create() =>
    [
        new Path.PathModule(),
        new Url.UrlModule(),
        new QueryString.QueryStringModule(),
        new Os.OsModule(),
        new PerfHooks.PerfHooksModule(),
    ];
}
