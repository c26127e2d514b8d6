using System.Collections.Frozen;
using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.NativeModules;

/// <summary>
/// The properties of an object built on first access: one table, shared by every runtime, lists them (functions
/// and values) in the order scripts see them. A module or global with dozens of functions then costs one small
/// object until a script actually uses one of them.
/// </summary>
/// <typeparam name="TState">Per-object state the property factories read (the runtime, a module's options…).</typeparam>
/// <param name="module">The module the table's functions belong to, as the call log names it (<c>path</c>, <c>console</c>).</param>
public sealed class LazyPropertyTable<TState>(string module)
{
    private readonly List<(string Name, Func<TState, Engine, JsValue> Create)> _entries = [];
    private FrozenDictionary<string, int>? _indexes;

    /// <summary>Adds a function property built from <paramref name="body"/>, which receives the object's state.</summary>
    public LazyPropertyTable<TState> Function(string name, int length, Func<TState, JsValue, JsValue[], JsValue> body)
    {
        ThrowIfInUse();
        _entries.Add((name, (state, engine) => new FunctionBuilder(engine, module).Create(name, length, (thisObject, args) => body(state, thisObject, args))));
        return this;
    }

    /// <summary>Adds a value property created on first access.</summary>
    public LazyPropertyTable<TState> Value(string name, Func<TState, JsValue> create)
    {
        ThrowIfInUse();
        _entries.Add((name, (state, _) => create(state)));
        return this;
    }

    /// <summary>An object with this table's properties, each created when first read. From then on the table is complete.</summary>
    public ObjectInstance CreateObject(Engine engine, TState state)
    {
        Indexes();
        return new LazyObject<TState>(engine, this, state);
    }

    /// <summary>Defines every property on <paramref name="target"/> at once (for objects that must be ordinary, such as a constructed instance).</summary>
    public void Fill(ObjectInstance target, Engine engine, TState state)
    {
        Indexes();
        foreach (var (name, create) in _entries) target.CreateDataProperty(name, create(state, engine));
    }

    internal int Count => _entries.Count;

    internal string NameAt(int index) => _entries[index].Name;

    internal JsValue Create(int index, TState state, Engine engine) => _entries[index].Create(state, engine);

    internal bool TryGetIndex(string name, out int index)
    {
        return Indexes().TryGetValue(name, out index);
    }

    // Tables are static and shared by runtimes on many threads: two first uses may both build the index; one is kept.
    private FrozenDictionary<string, int> Indexes() => LazyInitializer.EnsureInitialized(ref _indexes,
        () => _entries.Select((e, i) => KeyValuePair.Create(e.Name, i)).ToFrozenDictionary(StringComparer.Ordinal));

    // Runtimes read the entries without a lock, so the table is complete before any object uses it.
    private void ThrowIfInUse()
    {
        if (Volatile.Read(ref _indexes) is not null) throw new InvalidOperationException("A lazy property table cannot change once objects use it.");
    }
}

/// <summary>An object whose table properties are materialised on first access; see <see cref="LazyPropertyTable{TState}"/>.</summary>
internal sealed class LazyObject<TState> : ObjectInstance
{
    private readonly LazyPropertyTable<TState> _table;
    private readonly TState _state;
    private bool[]? _materialized;
    private int _remaining;

    public LazyObject(Engine engine, LazyPropertyTable<TState> table, TState state) : base(engine)
    {
        _table = table;
        _state = state;
        _remaining = table.Count;
    }

    private void Materialize(JsValue property)
    {
        if (_remaining == 0 || property is not JsString name || !_table.TryGetIndex(name.ToString(), out var index)) return;
        Materialize(index);
    }

    private void Materialize(int index)
    {
        _materialized ??= new bool[_table.Count];
        if (_materialized[index]) return;
        _materialized[index] = true;
        _remaining--;
        FastSetProperty(_table.NameAt(index), new PropertyDescriptor(_table.Create(index, _state, Engine), PropertyFlag.ConfigurableEnumerableWritable));
    }

    private void MaterializeAll()
    {
        for (var i = 0; _remaining > 0 && i < _table.Count; i++) Materialize(i);
    }

    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        Materialize(property);
        return base.GetOwnProperty(property);
    }

    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        Materialize(property);
        return base.Set(property, value, receiver);
    }

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        Materialize(property);
        return base.DefineOwnProperty(property, desc);
    }

    public override bool Delete(JsValue property)
    {
        Materialize(property);
        return base.Delete(property);
    }

    public override List<JsValue> GetOwnPropertyKeys(Jint.Runtime.Types types = Jint.Runtime.Types.String | Jint.Runtime.Types.Symbol)
    {
        MaterializeAll();
        // Table order first, as the object would have had it built eagerly; then anything scripts added.
        var keys = base.GetOwnPropertyKeys(types);
        var ordered = new List<JsValue>(keys.Count);
        for (var i = 0; i < _table.Count; i++)
        {
            var name = _table.NameAt(i);
            var at = keys.FindIndex(k => k is JsString s && s.ToString() == name);
            if (at < 0) continue;
            ordered.Add(keys[at]);
            keys.RemoveAt(at);
        }
        ordered.AddRange(keys);
        return ordered;
    }

    public override IEnumerable<KeyValuePair<JsValue, PropertyDescriptor>> GetOwnProperties()
    {
        MaterializeAll();
        foreach (var key in GetOwnPropertyKeys()) yield return new(key, base.GetOwnProperty(key));
    }
}
