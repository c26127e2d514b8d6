using Hatchery.Builtins.Buffer;
using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Function;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Process;

/// <summary>
/// <c>process.stdout</c> and <c>process.stderr</c>: Writable streams (<c>internal.process.stdio.js</c>) built on first
/// read, so a runtime that never touches them never loads the stream module. Their <c>_write</c> hands each chunk's
/// bytes here; the host's output takes text, so they are decoded as UTF-8, which is what a terminal or a UTF-8 reader
/// of the file would show.
/// </summary>
internal sealed class StandardStreamWriter(JsRuntime runtime)
{
    private JsValue? _create;
    private JsValue? _stdout;
    private JsValue? _stderr;

    /// <summary>Defines the lazy <c>stdout</c> and <c>stderr</c> getters on <paramref name="process"/>, as Node's are.</summary>
    public void Define(ObjectInstance process)
    {
        var engine = runtime.Engine;
        process.DefineOwnProperty("stdout", new GetSetPropertyDescriptor(
            new FunctionBuilder(engine, "process").CreateInternal("get stdout", 0, (_, _) => _stdout ??= Create(error: false)), null, enumerable: true, configurable: true));
        process.DefineOwnProperty("stderr", new GetSetPropertyDescriptor(
            new FunctionBuilder(engine, "process").CreateInternal("get stderr", 0, (_, _) => _stderr ??= Create(error: true)), null, enumerable: true, configurable: true));
    }

    private JsValue Create(bool error)
    {
        var engine = runtime.Engine;
        _create ??= runtime.BuiltinModules.RunScript("internal.process.stdio.js", new JsObject(engine), new JsObject(engine));
        var write = new FunctionBuilder(engine, "process").Create(error ? "writeStderr" : "writeStdout", 1, (_, args) =>
        {
            var chunk = args.Length > 0 ? args[0] : JsValue.Undefined;
            // The Writable has already made every chunk a Buffer.
            var text = ArrayBufferViews.IsView(chunk) ? ByteCodec.Decode(ArrayBufferViews.Bytes(chunk), ByteEncoding.Utf8) : chunk.ToString();
            if (error) runtime.Output.WriteError(text);
            else runtime.Output.WriteOut(text);
            return JsValue.Undefined;
        });
        return engine.Call(_create, JsValue.Undefined, [write, error ? 2 : 1]);
    }
}
