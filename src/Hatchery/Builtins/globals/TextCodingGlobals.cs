using Hatchery.Builtins.Buffer;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// The <c>TextEncoder</c> and <c>TextDecoder</c> globals of one runtime: <c>text_coding.js</c> run once, on the
/// first read of either, with the byte bindings that <c>buffer</c> uses.
/// </summary>
internal sealed class TextCodingGlobals(JsRuntime runtime)
{
    private ObjectInstance? _exports;

    public JsValue TextEncoder => Exports.Get("TextEncoder");

    public JsValue TextDecoder => Exports.Get("TextDecoder");

    private ObjectInstance Exports => _exports ??= Load();

    private ObjectInstance Load()
    {
        var binding = new JsObject(runtime.Engine);
        ByteBindings.Add(runtime.Engine, binding);
        return (ObjectInstance)runtime.BuiltinModules.RunScript("text_coding.js", new JsObject(runtime.Engine), binding);
    }
}
