using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// A JavaScript object that carries .NET state (an incremental hash, a cipher) for <c>crypto.js</c>: the script keeps
/// it in a private field of its <c>Hash</c> or <c>Cipheriv</c> and hands it back to the bindings on every call.
/// </summary>
internal sealed class HostState<T> : ObjectInstance where T : class
{
    public HostState(Engine engine, T value) : base(engine)
    {
        Value = value;
    }

    public T Value { get; }

    /// <summary>The state inside <paramref name="handle"/>, which the script always passes as it received it.</summary>
    public static T Of(JsValue handle) => ((HostState<T>)handle).Value;
}
