using Hatchery.CallLog;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Interop;

/// <summary>
/// The one way Hatchery builds a function it hands to JavaScript: a Jint <see cref="ClrFunction"/> over a delegate,
/// without reflection, named by the module it belongs to and its own name. Every host function passes through here,
/// so this is the seam the call log hooks, at creation and never per call: in a runtime without a call log a function
/// is exactly the <see cref="ClrFunction"/> over <c>body</c>; in one with a call log, <c>body</c> is wrapped once, here,
/// so each call is recorded (<see cref="RuntimeCallLog.Call"/>). Exceptions a body throws surface in JavaScript as an
/// <c>Error</c> carrying the exception's message (see <see cref="EngineFactory"/>'s interop setup).
/// </summary>
/// <param name="engine">The engine the functions belong to.</param>
/// <param name="module">What the functions belong to, as the call log names it: a require name (<c>os</c>), a global
/// (<c>console</c>, <c>timers</c>) or a piece of the host (<c>module</c> for <c>require</c>, <c>runtime</c>).</param>
internal readonly struct FunctionBuilder(Engine engine, string module)
{
    public string Module => module;

    /// <summary>A function named <paramref name="name"/> with the given <c>length</c>; logged when the runtime logs calls.</summary>
    public ClrFunction Create(string name, int length, Func<JsValue, JsValue[], JsValue> body)
    {
        if (RuntimeCallLog.Of(engine) is not { } log) return new ClrFunction(engine, name, body, length);
        var module = this.Module;
        return new ClrFunction(engine, name, (thisObject, args) => log.Call(module, name, body, thisObject, args), length);
    }

    /// <summary>
    /// As <see cref="Create"/>, with the shape of a script's <c>function</c> declaration (constructible, an own
    /// <c>prototype</c>): for a built-in Node writes as one, such as <c>Buffer.from</c>.
    /// </summary>
    public DeclaredFunction CreateDeclared(string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        new(engine, Create(name, length, body), name, length);

    /// <summary>
    /// A function only Hatchery's own machinery calls, never logged: the reactions the host attaches to a promise it
    /// awaits, the lazy getters behind a property, the <c>require</c> built-in scripts load their internals with.
    /// Scripts do not call these by name, so a log of them would be noise around the calls that are the script's.
    /// </summary>
    public ClrFunction CreateInternal(string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        new(engine, name, body, length);

    /// <summary>Adds <see cref="Create"/>'s function to <paramref name="target"/> as a data property of the same name.</summary>
    public void Define(ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        target.CreateDataProperty(name, Create(name, length, body));

    /// <summary>
    /// As <see cref="Define"/>, but the function is built on the property's first read: for a module's
    /// <c>binding</c> object, whose script calls a few of its many functions in most runtimes.
    /// </summary>
    public void DefineLazy(ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        target.FastSetProperty(name, PropertyDescriptor.CreateLazy((Builder: this, Name: name, Length: length, Body: body),
            static s => s.Builder.Create(s.Name, s.Length, s.Body), PropertyFlag.ConfigurableEnumerableWritable));
}
