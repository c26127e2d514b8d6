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
        binding.Set("arch", SystemInfo.Arch);
        binding.Set("machine", SystemInfo.Machine);
        binding.Set("platform", SystemInfo.Platform);
        binding.Set("type", SystemInfo.Type);
        Bind(binding, engine, "availableParallelism", static () => Environment.ProcessorCount);
        Bind(binding, engine, "freemem", static () => SystemInfo.FreeMemory);
        Bind(binding, engine, "totalmem", static () => SystemInfo.TotalMemory);
        Bind(binding, engine, "homedir", static () => SystemInfo.HomeDirectory);
        Bind(binding, engine, "hostname", static () => SystemInfo.Hostname);
        Bind(binding, engine, "release", static () => SystemInfo.Release);
        Bind(binding, engine, "version", static () => SystemInfo.Version);
        Bind(binding, engine, "tmpdir", static () => SystemInfo.TempDirectory);
        Bind(binding, engine, "uptime", static () => SystemInfo.Uptime);
        binding.Set("cpus", JsFunctions.Create(engine, "cpus", 0, (_, _) => OsValues.Cpus(engine, SystemInfo.Cpus())));
        binding.Set("userInfo", JsFunctions.Create(engine, "userInfo", 0, (_, _) => OsValues.User(engine, SystemInfo.CurrentUser())));
        binding.Set("networkInterfaces", JsFunctions.Create(engine, "networkInterfaces", 0, (_, _) => OsValues.Interfaces(engine, SystemInfo.NetworkInterfaces())));
        binding.Set("loadavg", JsFunctions.Create(engine, "loadavg", 0, (_, _) =>
        {
            var load = SystemInfo.LoadAverage;
            return new JsArray(engine, [load[0], load[1], load[2]]);
        }));
    }

    private static void Bind(ObjectInstance binding, Jint.Engine engine, string name, Func<JsValue> read) =>
        binding.Set(name, JsFunctions.Create(engine, name, 0, (_, _) => read()));
}
