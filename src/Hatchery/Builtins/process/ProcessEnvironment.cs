using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Process;

/// <summary><c>process.env</c>: a plain-looking object whose assigned values are coerced to strings, as in Node.</summary>
internal sealed class ProcessEnvironment : ObjectInstance
{
    public ProcessEnvironment(Engine engine, IReadOnlyDictionary<string, string>? configured) : base(engine)
    {
        if (configured is not null)
        {
            foreach (var (key, value) in configured) base.Set(key, value, this);
        }
        else
        {
            foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            {
                base.Set((string)entry.Key, (string?)entry.Value ?? "", this);
            }
        }
        // Filling it went through the overrides below.
        Changed = false;
    }

    /// <summary>Whether a script has written to or deleted from it since it was built.</summary>
    public bool Changed { get; private set; }

    public override bool Set(JsValue property, JsValue value, JsValue receiver)
    {
        Changed = true;
        return base.Set(property, value is JsString ? value : TypeConverter.ToString(value), receiver);
    }

    public override bool Delete(JsValue property)
    {
        Changed = true;
        return base.Delete(property);
    }

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        Changed = true;
        if (desc.Value is { } value && value is not JsString && !desc.IsAccessorDescriptor())
        {
            desc = new PropertyDescriptor(TypeConverter.ToString(value), PropertyFlag.ConfigurableEnumerableWritable);
        }
        return base.DefineOwnProperty(property, desc);
    }
}
