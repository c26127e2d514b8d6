using System.Collections.Frozen;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Process;

/// <summary>
/// The <c>process</c> object, which becomes an <c>EventEmitter</c> only when a script first uses it as one. Making it one
/// loads <c>events</c>, <c>internal/errors</c> and <c>internal/warning</c> and runs <c>internal.process.js</c>: most of
/// what a first touch of <c>process</c> used to cost (about 170 µs of a request that only read <c>process.env</c>). Any
/// emitter member (<c>on</c>, <c>emit</c>, <c>_events</c>…), <c>exitCode</c>, <c>emitWarning</c>, a symbol key, the prototype
/// or the list of own keys makes it one first, so scripts never see the difference.
/// </summary>
internal sealed class ProcessInstance : ObjectInstance
{
    private static readonly FrozenSet<string> EmitterNames = new[]
    {
        "on", "addListener", "prependListener", "once", "prependOnceListener", "off", "removeListener", "removeAllListeners",
        "emit", "listeners", "rawListeners", "listenerCount", "eventNames", "setMaxListeners", "getMaxListeners",
        "_events", "_eventsCount", "_maxListeners", "emitWarning", "exitCode", "constructor",
    }.ToFrozenSet(StringComparer.Ordinal);

    private Action? _becomeEmitter;

    public ProcessInstance(Engine engine) : base(engine)
    {
    }

    /// <summary>Whether the emitter setup has run (until then no listener can exist).</summary>
    public bool IsEmitter => _becomeEmitter is null;

    /// <summary>Arms the object: <paramref name="becomeEmitter"/> runs once, on the first use as an emitter.</summary>
    public void DeferEmitter(Action becomeEmitter) => _becomeEmitter = becomeEmitter;

    /// <summary>Runs the emitter setup now, if it has not run.</summary>
    public void BecomeEmitter()
    {
        if (Interlocked.Exchange(ref _becomeEmitter, null) is { } setup) setup();
    }

    /// <summary>An own data property's value read without making the object an emitter (<c>exitCode</c> before that).</summary>
    public JsValue PeekOwn(string name) => base.GetOwnProperty(name).Value ?? JsValue.Undefined;

    private void BecomeEmitterFor(JsValue property)
    {
        if (_becomeEmitter is null) return;
        if (property is JsSymbol symbol ? symbol != GlobalSymbolRegistryToStringTag : EmitterNames.Contains(property.ToString())) BecomeEmitter();
    }

    private static readonly JsSymbol GlobalSymbolRegistryToStringTag = Jint.Native.Symbol.GlobalSymbolRegistry.ToStringTag;

    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        BecomeEmitterFor(property);
        return base.GetOwnProperty(property);
    }

    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        BecomeEmitterFor(property);
        return base.Set(property, value, receiver);
    }

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        BecomeEmitterFor(property);
        return base.DefineOwnProperty(property, desc);
    }

    public override bool Delete(JsValue property)
    {
        BecomeEmitterFor(property);
        return base.Delete(property);
    }

    public override List<JsValue> GetOwnPropertyKeys(Jint.Runtime.Types types = Jint.Runtime.Types.String | Jint.Runtime.Types.Symbol)
    {
        BecomeEmitter();
        return base.GetOwnPropertyKeys(types);
    }

    public override IEnumerable<KeyValuePair<JsValue, PropertyDescriptor>> GetOwnProperties()
    {
        BecomeEmitter();
        return base.GetOwnProperties();
    }

    protected override ObjectInstance? GetPrototypeOf()
    {
        BecomeEmitter();
        return base.GetPrototypeOf();
    }
}
