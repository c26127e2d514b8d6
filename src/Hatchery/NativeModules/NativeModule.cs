using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Interop;

namespace Hatchery.NativeModules;

/// <summary>
/// A module written in C# and exposed to JavaScript through <c>require(name)</c> (also as <c>node:name</c>).
/// One instance is shared by every runtime of a factory, so it must keep no per-runtime state in fields;
/// <see cref="Load"/> runs once per runtime, on the first <c>require</c> of the module, and is where per-runtime
/// state is created: the functions it exports capture it, and <see cref="NativeModuleContext.OnDispose"/> releases it.
/// </summary>
public abstract class NativeModule
{
    /// <summary>The name scripts pass to <c>require</c>, for example <c>path</c>.</summary>
    public abstract string Name { get; }

    /// <summary>A one-line summary, shown by <c>hatchery modules</c>.</summary>
    public abstract string Summary { get; }

    /// <summary>The full documentation text, shown by <c>hatchery modules NAME</c>.</summary>
    public abstract string Documentation { get; }

    /// <summary>Whose API the module implements: Node's, Hatchery's own, or the embedding application's (the default).</summary>
    public virtual ModuleOrigin Origin => ModuleOrigin.Application;

    /// <summary>What the module is written in; C# unless a module says otherwise.</summary>
    public virtual ModuleImplementation Implementation => ModuleImplementation.CSharp;

    /// <summary>
    /// Fills the module's exports. Assign <c>module.exports</c> through <see cref="NativeModuleContext.Exports"/>
    /// or replace it with <see cref="NativeModuleContext.SetExports"/>.
    /// </summary>
    public abstract void Load(NativeModuleContext context);
}

/// <summary>What a native module's loader works with: the runtime it loads into and its exports object.</summary>
public sealed class NativeModuleContext
{
    private readonly FunctionBuilder _functions;

    internal NativeModuleContext(JsRuntime runtime, string moduleName, ObjectInstance exports)
    {
        Runtime = runtime;
        Exports = exports;
        ExportsValue = exports;
        _functions = new FunctionBuilder(runtime.Engine, moduleName);
    }

    /// <summary>The runtime the module is being loaded into.</summary>
    public JsRuntime Runtime { get; }

    /// <summary>The Jint engine of that runtime.</summary>
    public Jint.Engine Engine => Runtime.Engine;

    /// <summary>The initial <c>module.exports</c> object.</summary>
    public ObjectInstance Exports { get; }

    internal JsValue ExportsValue { get; private set; }

    /// <summary>
    /// Registers <paramref name="cleanup"/> to run when the runtime is disposed, to release what this module holds
    /// for it (files, connections, handles). Cleanups run last-registered first; every one runs even when an
    /// earlier one throws, and <see cref="JsRuntime.Dispose"/> then throws their exceptions as one
    /// <see cref="AggregateException"/>.
    /// </summary>
    public void OnDispose(Action cleanup)
    {
        ArgumentNullException.ThrowIfNull(cleanup);
        Runtime.OnDispose(cleanup);
    }

    /// <summary>Replaces <c>module.exports</c> (for modules that export a single function or class).</summary>
    public void SetExports(JsValue value) => ExportsValue = value;

    /// <summary>Adds a function export built from <paramref name="body"/> without reflection.</summary>
    public void Function(string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        _functions.Define(Exports, name, length, body);

    /// <summary>
    /// A function of this module built from <paramref name="body"/> without reflection, for what is not an export
    /// itself: a <see cref="ScriptedModule"/>'s bindings, a method of an object the module returns, a callback.
    /// </summary>
    public ClrFunction CreateFunction(string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        _functions.Create(name, length, body);

    /// <summary>Adds a value export.</summary>
    public void Value(string name, JsValue value) =>
        Exports.CreateDataProperty(name, value);
}
