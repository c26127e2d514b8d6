using Hatchery.Builtins.Buffer;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// The <c>TextEncoder</c> and <c>TextDecoder</c> globals of one runtime, each its own script run on its first read
/// with the byte bindings that <c>buffer</c> uses: <c>text_encoder.js</c> needs nothing else, while
/// <c>text_decoder.js</c> loads <c>buffer</c> for its streaming state, so encoding text costs no <c>Buffer</c>.
/// </summary>
internal sealed class TextCodingGlobals(JsRuntime runtime)
{
    private JsValue? _encoder;
    private JsValue? _decoder;

    public JsValue TextEncoder => _encoder ??= Run("text_encoder.js").Get("TextEncoder");

    public JsValue TextDecoder => _decoder ??= Run("text_decoder.js").Get("TextDecoder");

    private ObjectInstance Run(string script)
    {
        var binding = new JsObject(runtime.Engine);
        ByteBindings.Add(runtime.Engine, binding);
        return (ObjectInstance)runtime.BuiltinModules.RunScript(script, new JsObject(runtime.Engine), binding);
    }
}
