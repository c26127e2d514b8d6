using System.Text.RegularExpressions;
using Acornima;
using Acornima.Ast;
using Hatchery.Modules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// The one table of Jint's messages and V8's text for them (docs/node-compat.md lists the scope and what still differs).
/// A row either rewrites the text alone or, where V8 names the expression that failed (<c>o.f is not a function</c>),
/// reads the expression from the module's parsed source at the error's location; where neither can say what V8 would,
/// the row declines and Jint's text stays.
/// </summary>
internal static partial class EngineMessageTable
{
    /// <summary>Where the error was raised: its source node, found on demand in the running module's parsed program.</summary>
    internal readonly struct Site(JavaScriptException exception, Engine engine)
    {
        /// <summary>The node of type <typeparamref name="T"/> at the error's location (or whose callee is there), if the source is known.</summary>
        public T? Node<T>(Func<T, bool>? accept = null, bool enclosing = false) where T : Node
        {
            var location = exception.Location;
            if (location.SourceFile is not { Length: > 0 } file || engine.Advanced.HostDefined is not JsRuntime runtime) return null;
            if (file.StartsWith("node:", StringComparison.Ordinal)) return null;
            var module = runtime.Factory.CompiledModules.Get(file);
            Node? program = module?.Script?.Program ?? (Node?)module?.EsModule?.Program;
            return program is null ? null : CallPrinter.Find(program, location, accept, enclosing);
        }

        /// <summary>
        /// The value <paramref name="expression"/> has at the throw, when reading it runs no code: a literal, a binding
        /// or <c>this</c> (looked up in the failing code's scope, which is still current), or a chain of data properties
        /// of those; null for anything else.
        /// </summary>
        public JsValue? Value(Expression expression) => EngineMessageValues.Read(engine, expression);

        /// <summary>The key of <paramref name="member"/>, when reading it runs no code.</summary>
        public JsValue? Key(MemberExpression member) => EngineMessageValues.Key(engine, member);

        /// <summary>The engine that raised the error.</summary>
        public Engine Engine => engine;
    }

    /// <summary>V8's text for Jint's <paramref name="message"/>, or null when the table has no row for it.</summary>
    public static string? Rewrite(string message, in Site site)
    {
        if (message.EndsWith(" is not a function", StringComparison.Ordinal)) return NotAFunction(message, site);
        if (message.EndsWith(" is not a constructor", StringComparison.Ordinal))
        {
            return site.Node<NewExpression>() is { } construct ? CallPrinter.Print(construct.Callee) + " is not a constructor" : null;
        }
        if (message == "The value is not iterable") return NotIterable(site);
        if (message.EndsWith(" has not been initialized", StringComparison.Ordinal))
        {
            return $"Cannot access '{message[..^" has not been initialized".Length]}' before initialization";
        }
        if (message == "Cannot read properties of null (reading 'Symbol(Symbol.iterator)')") return "object null is not iterable (cannot read property Symbol(Symbol.iterator))";
        if (message == "Cannot read properties of undefined (reading 'Symbol(Symbol.iterator)')") return "undefined is not iterable (cannot read property Symbol(Symbol.iterator))";
        if (OldRead().Match(message) is { Success: true } read) return $"Cannot read properties of {read.Groups[2].Value} (reading '{read.Groups[1].Value}')";
        if (ReadOnly().Match(message) is { Success: true } readOnly)
        {
            var key = readOnly.Groups[1].Value;
            return FailedSet(key, site) ?? (readOnly.Groups[2].Value == "Object" ? $"Cannot assign to read only property '{key}' of object '#<Object>'" : null);
        }
        if (message == "Cannot convert undefined or null to object") return NotAnObject(site);
        if (message == "Invalid count value") return CountValue(site);
        if (Undeletable().Match(message) is { Success: true } undeletable) return FailedDelete(undeletable.Groups[1].Value, site);
        if (message is "Cannot create proxy with a non-object as target" or "Cannot create proxy with a non-object as handler") return "Cannot create proxy with a non-object as target or handler";
        if (message.StartsWith("Invalid array length ", StringComparison.Ordinal)) return "Invalid array length";
        if (message.StartsWith("WeakMap key must be an object, got ", StringComparison.Ordinal)) return "Invalid value used as weak map key";
        if (message.StartsWith("WeakSet value must be an object or symbol, got ", StringComparison.Ordinal)) return "Invalid value used in weak set";
        return null;
    }

    /// <summary>
    /// V8's text for a message Jint raises without an engine (as its internal TypeErrorException, turned into the error
    /// object by the statement that catches it), which has neither a location nor a value to read; null when none.
    /// </summary>
    public static string? WithoutEngine(string message) => message switch
    {
        "Cannot convert a Undefined to a BigInt" => "Cannot convert undefined to a BigInt",
        "Cannot convert a Null to a BigInt" => "Cannot convert null to a BigInt",
        _ => null,
    };

    // Jint says "Property 'f' of object is not a function" for a member or binding callee, and the value for any other;
    // V8 names the callee as written. Only a call whose callee Jint named is rewritten, not a built-in's message
    // ("mapfn is not a function") raised while a call was evaluated.
    private static string? NotAFunction(string message, in Site site)
    {
        var property = PropertyNotFunction().Match(message);
        var call = site.Node<CallExpression>();
        if (call is null) return null;
        var callee = call.Callee is ChainExpression chain ? chain.Expression : call.Callee;
        var named = property.Success
            ? callee is MemberExpression || (callee is Identifier identifier && identifier.Name == property.Groups[1].Value)
            : callee is not (Identifier or MemberExpression) && ValueNotFunction().IsMatch(message);
        return named ? CallPrinter.Print(call.Callee) + " is not a function" : null;
    }

    // String.prototype.repeat: V8 names the count, as converted to a number.
    private static string? CountValue(in Site site)
    {
        if (site.Node<CallExpression>(IsRepeat, enclosing: true) is not { Arguments: [var argument, ..] }) return null;
        return site.Value(argument) is { } count and not ObjectInstance and not JsSymbol
            ? "Invalid count value: " + TypeConverter.ToString(JsNumber.Create(TypeConverter.ToNumber(count)))
            : null;
    }

    private static bool IsRepeat(CallExpression call) => call.Callee is MemberExpression { Computed: false, Property: Identifier { Name: "repeat" } };

    private static string? NotIterable(in Site site)
    {
        if (site.Node<ForOfStatement>() is { } loop) return Iterable(loop.Right);
        if (site.Node<VariableDeclaration>() is { } declaration)
        {
            return declaration.Declarations is [{ Id: ArrayPattern, Init: { } init }] ? Iterable(init, destructuring: true) : null;
        }
        return null;
    }

    // V8 names a for-of's iterable as written, and a declaration's destructured one only when it is a name or a literal;
    // otherwise (and for a destructuring assignment) it describes the value, which the source does not tell.
    private static string? Iterable(Expression iterable, bool destructuring = false) => iterable switch
    {
        CallExpression call => CallPrinter.Print(call.Callee) + " is not a function or its return value is not iterable",
        Identifier or Literal or ObjectExpression { Properties.Count: 0 } => CallPrinter.Print(iterable) + " is not iterable",
        MemberExpression or ThisExpression when !destructuring => CallPrinter.Print(iterable) + " is not iterable",
        _ => null,
    };

    [GeneratedRegex(@"^Property '(.*)' of object is not a function$", RegexOptions.Singleline)]
    private static partial Regex PropertyNotFunction();

    // What Jint's DescribeCallee prints for a callee that is neither a name nor a member: a primitive or [object].
    [GeneratedRegex(@"^(undefined|null|true|false|\[object\]|-?[0-9.e+]+|NaN|Infinity) is not a function$")]
    private static partial Regex ValueNotFunction();

    [GeneratedRegex(@"^Cannot read property '(.*)' of (undefined|null)$", RegexOptions.Singleline)]
    private static partial Regex OldRead();

    // Jint's interpreter says "of Object"; its built-ins (push, Set with throwOnError) already "of object '#<Object>'".
    [GeneratedRegex(@"^Cannot assign to read only property '(.*)' of (Object|object '#<Object>')$", RegexOptions.Singleline)]
    private static partial Regex ReadOnly();

    [GeneratedRegex(@"^Cannot delete property '(.*)' of (?:Object|#<Object>)$", RegexOptions.Singleline)]
    private static partial Regex Undeletable();
}
