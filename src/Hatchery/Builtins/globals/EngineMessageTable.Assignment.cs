using Acornima.Ast;
using Hatchery.Builtins.Process;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Globals;

// The rows whose V8 text depends on the value that failed: read (EngineMessageValues) from the source's expression.
internal static partial class EngineMessageTable
{
    // Jint's ToObject message, for a property set on undefined or null and for destructuring them.
    private static string? NotAnObject(in Site site)
    {
        if (site.Node<AssignmentExpression>(a => a.Left is MemberExpression) is { Left: MemberExpression member }
            && Nullish(site.Value(member.Object)) is { } value && KeyText(site, member) is { } key)
        {
            return $"Cannot set properties of {value} (setting '{key}')";
        }
        // Jint places a destructuring's error at the value destructured, or at the whole declaration.
        var pattern = site.Node<VariableDeclaration>(enclosing: true) is { Declarations: [{ Id: ObjectPattern declared, Init: { } init }] } ? (declared, init)
            : site.Node<AssignmentExpression>(a => a.Left is ObjectPattern, enclosing: true) is { Left: ObjectPattern assigned, Right: var right } ? (assigned, right)
            : default;
        if (pattern.Item1 is null || Nullish(site.Value(pattern.Item2)) is not { } destructured) return null;
        var source = CallPrinter.Print(pattern.Item2);
        return pattern.Item1.Properties is [Property { Computed: false, Key: Identifier first }, ..]
            ? $"Cannot destructure property '{first.Name}' of '{source}' as it is {destructured}."
            : $"Cannot destructure '{source}' as it is {destructured}.";
    }

    private static string? Nullish(JsValue? value) => value is null ? null : value.IsUndefined() ? "undefined" : value.IsNull() ? "null" : null;

    private static string? KeyText(in Site site, MemberExpression member) => site.Key(member) switch
    {
        JsSymbol symbol => symbol.ToString(),
        { } key => TypeConverter.ToString(key),
        null => null,
    };

    // A failed strict-mode set: V8 says why it failed (read-only, no setter, not extensible) and names the object as
    // its side-effect-free conversion does ('[object Array]', '#<C>'); Jint always says read-only, of '#<Object>'.
    private static string? FailedSet(string key, in Site site)
    {
        ObjectInstance? target = null;
        JsValue? property = null;
        if (site.Node<AssignmentExpression>(a => a.Left is MemberExpression) is { Left: MemberExpression member })
        {
            var value = site.Value(member.Object);
            property = site.Key(member);
            if (value is JsString or JsNumber or JsBoolean && property is not null) return OnPrimitive(value, key);
            target = value as ObjectInstance;
        }
        else if (site.Node<CallExpression>(c => c.Callee is MemberExpression, enclosing: true) is { Callee: MemberExpression method })
        {
            // A built-in that sets as it goes (push, unshift, fill): the key is the one Jint's message names.
            target = site.Value(method.Object) as ObjectInstance;
            property = new JsString(key);
        }
        // A Proxy's trap that answered false: Jint places the error inside the trap, where the source says nothing.
        if (target is null || property is null || ReasonString.IsProxy(target)) return null;
        var propertyKey = TypeConverter.ToPropertyKey(property);
        for (ObjectInstance? o = target; o is not null; o = o.Prototype)
        {
            if (ReasonString.IsProxy(o)) return null;
            var descriptor = o.GetOwnProperty(propertyKey);
            if (descriptor == PropertyDescriptor.Undefined) continue;
            if (descriptor.IsAccessorDescriptor())
            {
                return descriptor.Set is null || descriptor.Set.IsUndefined() ? $"Cannot set property {key} of {ReasonString.Of(site.Engine, target)} which has only a getter" : null;
            }
            if (descriptor.Writable) break;
            return $"Cannot assign to read only property '{key}' of {(target is Function ? "function" : "object")} '{ReasonString.Of(site.Engine, target)}'";
        }
        return target.Extensible || target.GetOwnProperty(propertyKey) != PropertyDescriptor.Undefined ? null : $"Cannot add property {key}, object is not extensible";
    }

    // A strict-mode delete that failed: V8 names the object as its side-effect-free conversion does ('[object Array]').
    private static string FailedDelete(string key, in Site site)
    {
        var target = site.Node<UnaryExpression>(u => u.Operator == Acornima.Operator.Delete && u.Argument is MemberExpression, enclosing: true) is { Argument: MemberExpression member }
            ? site.Value(member.Object)
            : site.Node<CallExpression>(c => c.Callee is MemberExpression, enclosing: true) is { Callee: MemberExpression method } ? site.Value(method.Object) : null;
        if (target is not ObjectInstance o) return $"Cannot delete property '{key}' of #<Object>";
        return $"Cannot delete property '{key}' of {ReasonString.Of(site.Engine, o)}";
    }

    // V8 names the primitive a strict-mode set failed on: a string's own index or length is read-only, nothing else exists.
    private static string OnPrimitive(JsValue value, string key)
    {
        var type = value is JsString ? "string" : value is JsNumber ? "number" : "boolean";
        var text = TypeConverter.ToString(value);
        var own = value is JsString && (key == "length" || (uint.TryParse(key, out var index) && index < text.Length && index.ToString(System.Globalization.CultureInfo.InvariantCulture) == key));
        return own ? $"Cannot assign to read only property '{key}' of {type} '{text}'" : $"Cannot create property '{key}' on {type} '{text}'";
    }
}
