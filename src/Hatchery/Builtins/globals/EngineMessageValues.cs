using Acornima.Ast;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Debugger;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// Reads, for a message that needs it (<c>Cannot set properties of undefined</c>, <c>object is not extensible</c>), the
/// value an expression had when Jint threw, without running any script code: the first-chance handler runs at the throw,
/// so the failing code's scope is still the engine's current one and Jint's debugger API can resolve a name in it.
/// Anything that could run code (a call, a getter, a Proxy) is not read.
/// </summary>
internal static class EngineMessageValues
{
    [ThreadStatic] private static bool t_reading;

    /// <summary>Whether a read is under way on this thread: its own exceptions (a binding in its TDZ) are not the script's.</summary>
    public static bool Reading => t_reading;

    public static JsValue? Read(Engine engine, Expression expression) => expression switch
    {
        StringLiteral text => new JsString(text.Value),
        NumericLiteral number => JsNumber.Create(number.Value),
        BooleanLiteral boolean => boolean.Value ? JsBoolean.True : JsBoolean.False,
        NullLiteral => JsValue.Null,
        NonUpdateUnaryExpression { Operator: Acornima.Operator.UnaryNegation, Argument: NumericLiteral negated } => JsNumber.Create(-negated.Value),
        Identifier identifier => Binding(engine, identifier.Name),
        ThisExpression => Binding(engine, "this"),
        MemberExpression member when Key(engine, member) is { } key && Read(engine, member.Object) is ObjectInstance target => Readable(target, key),
        _ => null,
    };

    /// <summary>The key of <paramref name="member"/>, as read without running code.</summary>
    public static JsValue? Key(Engine engine, MemberExpression member) => member switch
    {
        { Computed: false, Property: Identifier name } => new JsString(name.Name),
        { Computed: true } => Read(engine, member.Property) is { } key && key is not ObjectInstance ? key : null,
        _ => null,
    };

    // An accessor's value is not read: null, unlike ReasonString.DataProperty's undefined.
    private static JsValue? Readable(ObjectInstance target, JsValue key)
    {
        var property = TypeConverter.ToPropertyKey(key);
        for (ObjectInstance? o = target; o is not null; o = o.Prototype)
        {
            if (Process.ReasonString.IsProxy(o)) return null;
            var descriptor = o.GetOwnProperty(property);
            if (descriptor != Jint.Runtime.Descriptors.PropertyDescriptor.Undefined) return descriptor.IsDataDescriptor() ? descriptor.Value : null;
        }
        return JsValue.Undefined;
    }

    // Jint's debugger evaluates a script in the current execution context; a bare name reads a binding and nothing else.
    private static JsValue? Binding(Engine engine, string name)
    {
        if (t_reading) return null;
        t_reading = true;
        try
        {
            return engine.Debugger.Evaluate(name);
        }
        catch (DebugEvaluationException)
        {
            return null;
        }
        finally
        {
            t_reading = false;
        }
    }
}
