using System.Collections.Frozen;

namespace Hatchery.NativeModules;

/// <summary>The native modules of a factory, by name and by index; built once and shared by its runtimes.</summary>
public sealed class NativeModuleTable
{
    private readonly NativeModule[] _modules;
    private readonly FrozenDictionary<string, int> _indexes;

    internal NativeModuleTable(IReadOnlyList<NativeModule> modules)
    {
        _modules = modules.ToArray();
        _indexes = _modules.Select((m, i) => KeyValuePair.Create(m.Name, i)).ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many modules there are.</summary>
    public int Count => _modules.Length;

    /// <summary>The module at <paramref name="index"/>.</summary>
    public NativeModule this[int index] => _modules[index];

    /// <summary>The modules, in registration order.</summary>
    public IReadOnlyList<NativeModule> All => _modules;

    internal const string NodePrefix = "node:";

    /// <summary>
    /// The index of the module named <paramref name="name"/>, or -1: the one lookup of a built-in by name, which takes
    /// a <c>require</c> request as it stands, <c>node:</c> prefix and all.
    /// </summary>
    public int IndexOf(string name) =>
        _indexes.TryGetValue(name.StartsWith(NodePrefix, StringComparison.Ordinal) ? name[NodePrefix.Length..] : name, out var index) ? index : -1;

    /// <summary>The module named <paramref name="name"/>, or null.</summary>
    public NativeModule? Find(string name) => IndexOf(name) is var i and >= 0 ? _modules[i] : null;
}
