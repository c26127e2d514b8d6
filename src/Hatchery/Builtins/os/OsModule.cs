using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Os;

/// <summary>
/// Node's <c>os</c> module: <c>os.js</c> holds the API and Linux's constant tables; <see cref="SystemInfo"/> reads
/// the machine facts, which the script receives as bindings.
/// </summary>
public sealed class OsModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "os";

    /// <inheritdoc />
    public override string Summary => "Operating-system facts: platform, CPUs, memory, network interfaces, user, constants.";

    /// <inheritdoc />
    public override string Documentation => """
        os: facts about the machine, as Node reports them.
          platform(), type(), release(), version(), arch(), machine(), endianness()
          cpus(), availableParallelism(), totalmem(), freemem(), uptime(), loadavg()
          hostname(), homedir(), tmpdir(), userInfo(), networkInterfaces()
          EOL, devNull, constants (signals, errno, priority, dlopen)
        """;

    /// <inheritdoc />
    protected override string ScriptName => "os.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var engine = context.Engine;
        var functions = new FunctionBuilder(engine, Name);
        binding.Set("arch", SystemInfo.Arch);
        binding.Set("machine", SystemInfo.Machine);
        binding.Set("platform", SystemInfo.Platform);
        binding.Set("type", SystemInfo.Type);
        functions.Define(binding, "availableParallelism", 0, static (_, _) => Environment.ProcessorCount);
        functions.Define(binding, "freemem", 0, static (_, _) => SystemInfo.FreeMemory);
        functions.Define(binding, "totalmem", 0, static (_, _) => SystemInfo.TotalMemory);
        functions.Define(binding, "homedir", 0, static (_, _) => SystemInfo.HomeDirectory);
        functions.Define(binding, "hostname", 0, static (_, _) => SystemInfo.Hostname);
        functions.Define(binding, "release", 0, static (_, _) => SystemInfo.Release);
        functions.Define(binding, "version", 0, static (_, _) => SystemInfo.Version);
        functions.Define(binding, "tmpdir", 0, static (_, _) => SystemInfo.TempDirectory);
        functions.Define(binding, "uptime", 0, static (_, _) => SystemInfo.Uptime);
        functions.Define(binding, "cpus", 0, (_, _) => OsValues.Cpus(engine, SystemInfo.Cpus()));
        functions.Define(binding, "userInfo", 0, (_, _) => OsValues.User(engine, SystemInfo.CurrentUser()));
        functions.Define(binding, "networkInterfaces", 0, (_, _) => OsValues.Interfaces(engine, SystemInfo.NetworkInterfaces()));
        functions.Define(binding, "loadavg", 0, (_, _) =>
        {
            var load = SystemInfo.LoadAverage;
            return new JsArray(engine, [load[0], load[1], load[2]]);
        });
    }
}
