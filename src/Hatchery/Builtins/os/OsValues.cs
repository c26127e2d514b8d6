using Jint.Native;

namespace Hatchery.Builtins.Os;

/// <summary>Builds the JavaScript objects the <c>os</c> module returns, by hand rather than through reflection.</summary>
internal static class OsValues
{
    public static JsValue Cpus(Engine engine, List<SystemInfo.Cpu> cpus)
    {
        var items = new JsValue[cpus.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var cpu = cpus[i];
            var times = new JsObject(engine);
            times.Set("user", cpu.User);
            times.Set("nice", cpu.Nice);
            times.Set("sys", cpu.Sys);
            times.Set("idle", cpu.Idle);
            times.Set("irq", cpu.Irq);
            var item = new JsObject(engine);
            item.Set("model", cpu.Model);
            item.Set("speed", cpu.Speed);
            item.Set("times", times);
            items[i] = item;
        }
        return new JsArray(engine, items);
    }

    public static JsValue User(Engine engine, SystemInfo.User user)
    {
        var result = new JsObject(engine);
        result.Set("uid", user.Uid);
        result.Set("gid", user.Gid);
        result.Set("username", user.Username);
        result.Set("homedir", user.Homedir);
        result.Set("shell", user.Shell is null ? JsValue.Null : user.Shell);
        return result;
    }

    public static JsValue Interfaces(Engine engine, List<(string Name, List<SystemInfo.InterfaceAddress> Addresses)> interfaces)
    {
        var result = new JsObject(engine);
        foreach (var (name, addresses) in interfaces)
        {
            var items = new JsValue[addresses.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var a = addresses[i];
                var item = new JsObject(engine);
                item.Set("address", a.Address);
                item.Set("netmask", a.Netmask);
                item.Set("family", a.Family);
                item.Set("mac", a.Mac);
                item.Set("internal", a.Internal);
                item.Set("cidr", a.Cidr);
                if (a.ScopeId is { } scope) item.Set("scopeid", scope);
                items[i] = item;
            }
            result.Set(name, new JsArray(engine, items));
        }
        return result;
    }
}
