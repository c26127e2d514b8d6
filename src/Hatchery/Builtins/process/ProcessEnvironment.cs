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
    }

    public override bool Set(JsValue property, JsValue value, JsValue receiver) =>
        base.Set(property, value is JsString ? value : TypeConverter.ToString(value), receiver);

    public override bool DefineOwnProperty(JsValue property, PropertyDescriptor desc)
    {
        if (desc.Value is { } value && value is not JsString && !desc.IsAccessorDescriptor())
        {
            desc = new PropertyDescriptor(TypeConverter.ToString(value), PropertyFlag.ConfigurableEnumerableWritable);
        }
        return base.DefineOwnProperty(property, desc);
    }
}
