using System.Collections.Concurrent;
using Acornima.Ast;

namespace Hatchery.Modules;

/// <summary>
/// The JavaScript sources of built-in modules, embedded in the assembly and parsed once per process: they
/// never change while it runs, and a <see cref="Prepared{T}"/> script may be shared by every engine.
/// </summary>
internal static class BuiltinScripts
{
    private static readonly ConcurrentDictionary<string, Lazy<Prepared<Script>?>> Scripts = new(StringComparer.Ordinal);

    /// <summary>The prepared wrapper of the embedded script <paramref name="name"/>, or null if there is none.</summary>
    public static Prepared<Script>? Get(string name) =>
        Scripts.GetOrAdd(name, static n => new Lazy<Prepared<Script>?>(() => Load(n))).Value;

    private static Prepared<Script>? Load(string name)
    {
        using var stream = typeof(BuiltinScripts).Assembly.GetManifestResourceStream("builtin/" + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        var source = reader.ReadToEnd();
        var moduleName = "node:" + (name.EndsWith(".js", StringComparison.Ordinal) ? name[..^3] : name);
        return ModuleWrapper.Builtin.Prepare(moduleName, source);
    }
}
