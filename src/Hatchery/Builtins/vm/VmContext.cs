using Acornima.Ast;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Vm;

/// <summary>
/// One vm context: a realm of the runtime's own engine (made as a <c>ShadowRealm</c> is, so it has its own global
/// object and built-ins), tied to the sandbox object <c>vm.createContext</c> contextified. Values cross by reference:
/// both realms live in one engine, so there is nothing to copy or wrap, and the runtime's limits bind code in every
/// realm alike. The realm's global is not the sandbox (Jint has no global object that forwards to another), so the
/// sandbox's own properties are copied onto the global before every run and the global's changes copied back after it
/// (<see cref="Seed"/>, <see cref="WriteBack"/>).
/// </summary>
internal sealed class VmContext
{
    private const string GrabName = "__hatcheryVmGrab";

    // Runs in the new realm once: hands out its global object and a function of that realm which calls its argument.
    // Calling that function pushes an execution context of the new realm, so an Evaluate made by the host function it
    // calls runs there: against that realm's global environment, with its built-ins.
    private static readonly Prepared<Script> GrabScript =
        Engine.PrepareScript($"{GrabName}(globalThis, function (run) {{ return run(); }});", "vm");

    private readonly Engine _engine;
    private readonly ObjectInstance _enter;
    private readonly ClrFunction _run;
    private readonly Dictionary<JsValue, JsValue> _builtins = [];
    private readonly HashSet<JsValue> _seeded = [];
    private Prepared<Script> _pending;

    private VmContext(Engine engine, ObjectInstance global, ObjectInstance enter)
    {
        _engine = engine;
        Global = global;
        _enter = enter;
        _run = new ClrFunction(engine, "run", (_, _) => Interop.NestedEvaluation.Evaluate(_engine, in _pending));
        foreach (var key in global.GetOwnPropertyKeys()) _builtins[key] = global.Get(key);
    }

    /// <summary>The realm's global object: <c>this</c> and <c>globalThis</c> of code run in the context.</summary>
    public ObjectInstance Global { get; }

    /// <summary>A new realm of <paramref name="engine"/>.</summary>
    public static VmContext Create(Engine engine)
    {
        var realm = engine.Intrinsics.ShadowRealm.Construct();
        ObjectInstance? global = null;
        ObjectInstance? enter = null;
        realm.SetValue(GrabName, new ClrFunction(engine, "grab", (_, arguments) =>
        {
            global = (ObjectInstance)arguments[0];
            enter = (ObjectInstance)arguments[1];
            // Jint's quadratic joining of many parameter names outlasted any limit there (100,000: 17 s under 3 s).
            JsRuntime.Of(engine).GuardContextRealm(global);
            return JsValue.Undefined;
        }));
        realm.Evaluate(in GrabScript);
        global!.Delete(GrabName);
        return new VmContext(engine, global, enter!);
    }

    /// <summary>
    /// Runs <paramref name="script"/> as a script of this realm, <paramref name="sandbox"/>'s properties seeded onto
    /// the global first and the global's changes written back after, whether the script completes or throws.
    /// </summary>
    public JsValue Run(in Prepared<Script> script, ObjectInstance sandbox)
    {
        Seed(sandbox);
        var previous = _pending;
        _pending = script;
        try
        {
            return _engine.Call(_enter, JsValue.Undefined, [_run]);
        }
        finally
        {
            _pending = previous;
            WriteBack(sandbox);
        }
    }

    /// <summary>
    /// Copies the sandbox's own properties (string and symbol keys, enumerable or not, getters read) onto the global,
    /// and removes from the global what an earlier seed put there and the sandbox no longer has.
    /// </summary>
    private void Seed(ObjectInstance sandbox)
    {
        var keys = sandbox.GetOwnPropertyKeys();
        foreach (var stale in _seeded)
        {
            if (!sandbox.HasOwnProperty(stale) && !_builtins.ContainsKey(stale)) Global.Delete(stale);
        }

        _seeded.Clear();
        foreach (var key in keys)
        {
            Global.Set(key, sandbox.Get(key));
            _seeded.Add(key);
        }
    }

    /// <summary>
    /// Copies back every own property of the global that the sandbox gave it, that is not a built-in of the realm
    /// (a <c>var</c>, a function declaration, an assignment to an undeclared name, a property set on <c>globalThis</c>),
    /// or that is a built-in the script replaced; deletes from the sandbox what the script deleted from the global.
    /// </summary>
    private void WriteBack(ObjectInstance sandbox)
    {
        foreach (var key in _seeded)
        {
            if (!Global.HasOwnProperty(key)) sandbox.Delete(key);
        }

        foreach (var key in Global.GetOwnPropertyKeys())
        {
            var value = Global.Get(key);
            var copy = _seeded.Contains(key)
                || !_builtins.TryGetValue(key, out var builtin)
                || !ReferenceEquals(builtin, value) && !builtin.Equals(value);
            if (!copy) continue;
            if (!sandbox.HasOwnProperty(key) || !ReferenceEquals(sandbox.Get(key), value)) sandbox.Set(key, value);
            _seeded.Add(key);
        }
    }
}
