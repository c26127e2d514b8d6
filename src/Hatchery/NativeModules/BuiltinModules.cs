namespace Hatchery.NativeModules;

/// <summary>The native modules every factory has unless its options exclude them.</summary>
public static class BuiltinModules
{
    /// <summary>New instances of the built-in modules.</summary>
    public static IEnumerable<NativeModule> Create() =>
    [
        new Path.PathModule(),
        new Node.Events.EventsModule(),
        new Node.Util.UtilModule(),
        new Node.Util.UtilTypesModule(),
        new Node.Assert.AssertModule(),
        new Node.Assert.AssertStrictModule(),
        new Node.Buffer.BufferModule(),
        new Node.StringDecoder.StringDecoderModule(),
        new Url.UrlModule(),
        new QueryString.QueryStringModule(),
        new Os.OsModule(),
        new PerfHooks.PerfHooksModule(),
        new Node.Tty.TtyModule(),
        new Node.Timers.TimersModule(),
        new Node.Timers.TimersPromisesModule(),
        new Node.Module.ModuleModule(),
        new Node.Console.ConsoleModule(),
        new Node.Process.ProcessModule(),
    ];
}
