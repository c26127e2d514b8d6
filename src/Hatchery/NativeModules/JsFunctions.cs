using Jint;
using Jint.Native;
using Jint.Runtime.Interop;

namespace Hatchery.NativeModules;

/// <summary>
/// Builds JavaScript functions from C# bodies without reflection. Exceptions thrown by a body surface in
/// JavaScript as an <c>Error</c> carrying the exception's message (see <see cref="EngineFactory"/>'s interop setup).
/// </summary>
public static class JsFunctions
{
    /// <summary>Creates a function named <paramref name="name"/> with the given <c>length</c>.</summary>
    public static ClrFunction Create(Engine engine, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        new(engine, name, body, length);
}
