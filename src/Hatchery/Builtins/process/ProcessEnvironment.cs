using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Process;

/// <summary>
/// <c>process.env</c>: a plain-looking object whose assigned values are coerced to strings, as in Node. It reads the
/// configured environment (or this process's) one name at a time until a script writes to it, deletes from it or lists
/// it; then it copies the whole environment, in its order, and is an ordinary object from there on. A request that reads
/// <c>process.env.REGION</c> does not pay for copying every variable.
/// </summary>
internal sealed class ProcessEnvironment : ObjectInstance
{
    private readonly IReadOnlyDictionary<string, string>? _configured;
    private bool _copied;
    private bool _copying;

    public ProcessEnvironment(Engine engine, IReadOnlyDictionary<string, string>? configured) : base(engine)
    {
        _configured = configured;
    }

    /// <summary>Whether a script has written to or deleted from it since it was built.</summary>
    public bool Changed { get; private set; }

    private bool TryRead(string name, out string value)
    {
        if (_configured is not null) return _configured.TryGetValue(name, out value!);
        value = Environment.GetEnvironmentVariable(name)!;
        return value is not null;
    }

    private void CopyAll()
    {
        if (_copied) return;
        _copied = true;
        _copying = true;
        if (_configured is not null)
        {
            foreach (var (key, value) in _configured) base.Set(key, value, this);
        }
        else
        {
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                base.Set((string)entry.Key, (string?)entry.Value ?? "", this);
            }
        }
        _copying = false;
    }

    public override PropertyDescriptor GetOwnProperty(JsValue property)
    {
        if (!_copied && property is JsString name)
        {
            return TryRead(name.ToString(), out var value)
                ? new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable)
                : PropertyDescriptor.Undefined;
        }
        CopyAll();
        return base.GetOwnProperty(property);
    }

    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        CopyAll();
        if (!_copying) Changed = true;
        return base.Set(property, value is JsString ? value : TypeConverter.ToString(value), receiver);
    }

    public override bool Delete(JsValue property)
    {
        CopyAll();
        Changed = true;
        return base.Delete(property);
    }

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        CopyAll();
        if (!_copying) Changed = true;
        if (desc.Value is { } value && value is not JsString && !desc.IsAccessorDescriptor())
        {
            desc = new PropertyDescriptor(TypeConverter.ToString(value), PropertyFlag.ConfigurableEnumerableWritable);
        }
        return base.DefineOwnProperty(property, desc);
    }

    public override List<JsValue> GetOwnPropertyKeys(Types types = Types.String | Types.Symbol)
    {
        CopyAll();
        return base.GetOwnPropertyKeys(types);
    }

    public override IEnumerable<KeyValuePair<JsValue, PropertyDescriptor>> GetOwnProperties()
    {
        CopyAll();
        return base.GetOwnProperties();
    }
}
