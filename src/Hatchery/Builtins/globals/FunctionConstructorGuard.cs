using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// <c>Function</c> and its three siblings, <c>AsyncFunction</c>, <c>GeneratorFunction</c> and
/// <c>AsyncGeneratorFunction</c> (reached through their prototypes' <c>constructor</c>), behind Proxies that join many
/// separate parameter arguments into one before Jint sees them. Jint 4.18 joins them itself by repeated string
/// concatenation, quadratic in their number and never checking a limit: <c>new Function(...100000 names, body)</c> took
/// 20 s under a 1 s time limit, and the async constructor 21 s, while the same names joined take 0.25 s. The
/// specification's parameter text is those arguments joined with commas, so joining them first gives the same function.
/// Few arguments pass through unchanged. Installed in runtimes with a time limit or cancellation, whose limit it keeps
/// honest; elsewhere such a call is only slow. One difference shows: <c>String(Function)</c> is
/// <c>function () { [native code] }</c>, a proxy's text, where Node prints the name.
/// </summary>
internal static class FunctionConstructorGuard
{
    // Up to this many parameter arguments Jint's own joining is cheap; past it the guard joins them.
    private const int JoinAbove = 16;

    // The three constructors are internal to Jint and not globals: read from the realm's intrinsics, so no script can
    // have replaced them, and without running script (evaluating `Object.getPrototypeOf(async function () {})` and its
    // siblings cost a first run 66,000 instructions). All four are called through Jint's internal constructor
    // interface, as Reflect.construct would, so a script's changes to Reflect do not reach them either.
    private static readonly Func<Intrinsics, ObjectInstance>[] Siblings =
        [Intrinsic("AsyncFunction"), Intrinsic("GeneratorFunction"), Intrinsic("AsyncGeneratorFunction")];

    private static readonly System.Reflection.MethodInfo ConstructMethod =
        typeof(Engine).Assembly.GetType("Jint.Native.IConstructor")?.GetMethod("Construct")
        ?? throw new InvalidOperationException("Jint has no IConstructor.Construct: FunctionConstructorGuard needs updating for this Jint");

    private static Func<Intrinsics, ObjectInstance> Intrinsic(string name) =>
        typeof(Intrinsics).GetProperty(name, System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.GetMethod?
            .CreateDelegate<Func<Intrinsics, ObjectInstance>>()
        ?? throw new InvalidOperationException($"Jint's Intrinsics has no {name}: FunctionConstructorGuard needs updating for this Jint");

    // The realm the running code belongs to, internal to Jint: a vm context's, while its setup runs in it.
    private static readonly Func<Engine, Realm> RunningRealm =
        typeof(Engine).GetProperty("Realm", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)?.GetMethod?
            .CreateDelegate<Func<Engine, Realm>>()
        ?? throw new InvalidOperationException("Jint's Engine has no Realm: FunctionConstructorGuard needs updating for this Jint");

    /// <summary>Puts the guarded constructors in place in the engine's main realm, each Proxy built when first read.</summary>
    public static void Install(Engine engine) => Install(engine, engine.Intrinsics, engine.Global);

    /// <summary>The same in the realm whose code is running, with <paramref name="global"/> its global object (a vm context's).</summary>
    public static void InstallInRunningRealm(Engine engine, ObjectInstance global) => Install(engine, RunningRealm(engine).Intrinsics, global);

    // Call before any script of that realm runs.
    private static void Install(Engine engine, Intrinsics intrinsics, ObjectInstance global)
    {
        var function = intrinsics.Function;
        // Jint's own Proxy, taken before any script can replace the global.
        var proxy = global.GetOwnProperty("Proxy").Value;
        var guarded = Guarded(engine, proxy, function);
        global.FastSetProperty("Function", guarded);
        ((ObjectInstance)function.Get("prototype")).FastSetProperty("constructor", guarded);

        foreach (var sibling in Siblings)
        {
            var target = sibling(intrinsics);
            var prototype = (ObjectInstance)target.Get("prototype");
            prototype.FastSetProperty("constructor", Guarded(engine, proxy, target));
        }
    }

    // A lazy, writable, configurable (non-enumerable) property whose value is the Proxy over target.
    private static PropertyDescriptor Guarded(Engine engine, JsValue proxy, JsValue target)
    {
        var guarded = new Lazy<JsValue>(() => Create(engine, proxy, target), LazyThreadSafetyMode.None);
        return PropertyDescriptor.CreateLazy(guarded, static g => g.Value, PropertyFlag.Configurable | PropertyFlag.Writable);
    }

    private static JsValue Create(Engine engine, JsValue proxy, JsValue target)
    {
        JsValue Construct(JsValue[] arguments, JsValue newTarget) =>
            (JsValue)ConstructMethod.Invoke(target, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [arguments, newTarget], null)!;
        var handler = new JsObject(engine);
        handler.FastSetDataProperty("apply", new ClrFunction(engine, "apply", (_, args) => Construct(Joined(engine, args.At(2)), target), 3));
        handler.FastSetDataProperty("construct", new ClrFunction(engine, "construct", (_, args) => Construct(Joined(engine, args.At(1)), args.At(2)), 3));
        return engine.Construct(proxy, target, handler);
    }

    // The argument list Jint gets, every argument converted here, in order (a symbol is then this realm's TypeError, not
    // a host failure): as given when few, or with the parameter arguments joined into one.
    private static JsValue[] Joined(Engine engine, JsValue list)
    {
        var array = (ObjectInstance)list;
        var length = (int)TypeConverter.ToLength(array.Get("length"));
        var texts = new string[length];
        for (var i = 0; i < length; i++)
        {
            var value = array.Get(i);
            if (value is JsSymbol) throw NativeModules.JsErrors.Throw(engine, "TypeError", "Cannot convert a Symbol value to a string");
            texts[i] = TypeConverter.ToString(value);
        }
        RefuseManyParameters(engine, texts, length - 1);
        if (length - 1 <= JoinAbove) return Array.ConvertAll(texts, static t => (JsValue)t);
        return [string.Join(',', texts, 0, length - 1), texts[length - 1]];
    }

    /// <summary>
    /// The most parameters a function made here may have. Jint's first call of a function (or read of its
    /// <c>length</c>) checks its parameter names for duplicates in one step, quadratic in their number and never
    /// checking a limit: 6 s at 65,534 names (V8's own limit), 12 s at 100,000, under a 1 s time limit. At this many it
    /// takes about 0.3 s on a loaded machine. V8's error, with this limit's number.
    /// </summary>
    internal const int MaxParameters = 16384;

    private static void RefuseManyParameters(Engine engine, string[] texts, int count)
    {
        // n parameters take at least 2n - 1 characters (a name and a comma each): shorter texts are never counted.
        long characters = count - 1;
        for (var i = 0; i < count; i++) characters += texts[i].Length;
        if (characters < 2L * MaxParameters + 1) return;
        if (CountParameterNames(string.Join(',', texts, 0, count)) > MaxParameters)
        {
            throw NativeModules.JsErrors.Throw(engine, "SyntaxError", $"Too many parameters in function definition (only {MaxParameters} allowed)");
        }
    }

    // The names a parameter text binds, patterns included (Jint checks those for duplicates the same way); 0 when the
    // text does not parse, so Jint reports its own SyntaxError.
    private static int CountParameterNames(string parameters)
    {
        Acornima.Ast.Program program;
        try
        {
            program = new Acornima.Parser().ParseScript("(function anonymous(" + parameters + "\n) {\n})");
        }
        catch (Exception e) when (e is Acornima.ParseErrorException || StackExhaustion.Is(e))
        {
            return 0;
        }
        return program.Body is [Acornima.Ast.ExpressionStatement { Expression: Acornima.Ast.FunctionExpression function }]
            ? Modules.ParameterListLimit.CountNames(function.Params)
            : 0;
    }
}
