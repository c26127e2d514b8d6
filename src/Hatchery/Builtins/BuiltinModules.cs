using Hatchery.NativeModules;

namespace Hatchery.Builtins;

/// <summary>
/// The modules every factory has unless its options exclude them: Node's core modules, and Hatchery's own from
/// <c>HostModules/</c> (whose <see cref="NativeModule.Origin"/> is <see cref="ModuleOrigin.Hatchery"/>).
/// </summary>
public static class BuiltinModules
{
    /// <summary>New instances of the modules.</summary>
    public static IEnumerable<NativeModule> Create() =>
    [
        new Path.PathModule(),
        new Path.PathFlavourModule("posix", "POSIX"),
        new Path.PathFlavourModule("win32", "Windows"),
        new Events.EventsModule(),
        new Util.UtilModule(),
        new Util.UtilTypesModule(),
        new Assert.AssertModule(),
        new Assert.AssertStrictModule(),
        new Buffer.BufferModule(),
        new StringDecoder.StringDecoderModule(),
        new Url.UrlModule(),
        new Querystring.QueryStringModule(),
        new DiagnosticsChannel.DiagnosticsChannelModule(),
        new AsyncHooks.AsyncHooksModule(),
        new Os.OsModule(),
        new PerfHooks.PerfHooksModule(),
        new Tty.TtyModule(),
        new Timers.TimersModule(),
        new Timers.TimersPromisesModule(),
        new Module.ModuleModule(),
        new Console.ConsoleModule(),
        new Process.ProcessModule(),
        new Fs.FsModule(),
        new Fs.FsPromisesModule(),
        new ChildProcess.ChildProcessModule(),
        new HostModules.Exec.ExecModule(),
        new Stream.StreamModule(),
        new Stream.StreamPromisesModule(),
        new Stream.Web.StreamWebModule(),
        new Readline.ReadlineModule(),
        new Readline.ReadlinePromisesModule(),
        new Crypto.CryptoModule(),
        new Zlib.ZlibModule(),
        new Vm.VmModule(),
        new WorkerThreads.WorkerThreadsModule(),
        new HostModules.Yaml.YamlModule(),
        new HostModules.Database.DatabaseModule(),
    ];
}
