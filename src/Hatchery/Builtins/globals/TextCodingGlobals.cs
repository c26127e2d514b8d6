using Hatchery.Builtins.Buffer;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// The <c>TextEncoder</c> and <c>TextDecoder</c> globals of one runtime, each built on its first read:
/// <c>TextEncoder</c> is a class built in C# (<see cref="TextEncoderClass"/>), <c>TextDecoder</c> the script
/// <c>text_decoder.js</c> run with the byte bindings that <c>buffer</c> uses (it loads <c>buffer</c> for its streaming
/// state), so encoding text costs neither a script nor <c>Buffer</c>.
/// </summary>
internal sealed class TextCodingGlobals(JsRuntime runtime)
{
    private JsValue? _encoder;
    private JsValue? _decoder;

    public JsValue TextEncoder => _encoder ??= new TextEncoderClass(runtime.Engine);

    public JsValue TextDecoder => _decoder ??= Run("text_decoder.js").Get("TextDecoder");

    private ObjectInstance Run(string script)
    {
        var binding = new JsObject(runtime.Engine);
        ByteBindings.Add(runtime.Engine, binding);
        return (ObjectInstance)runtime.BuiltinModules.RunScript(script, new JsObject(runtime.Engine), binding);
    }
}
