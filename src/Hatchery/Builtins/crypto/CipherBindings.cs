using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using static Hatchery.Builtins.Crypto.CryptoBindings;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// One cipher in progress, encrypting or decrypting. <see cref="Final"/> answers <c>null</c>, with OpenSSL's reason
/// as its failure, when the data cannot be finished (bad padding, a bad tag).
/// </summary>
internal interface ICipherState
{
    byte[] Update(ReadOnlySpan<byte> input);

    byte[]? Final(out string? failure);
}

/// <summary>The cipher functions of <c>crypto.js</c>'s binding; the script checks names, key and IV lengths first.</summary>
internal static class CipherBindings
{
    public static void Add(Engine engine, ObjectInstance binding)
    {
        Define(engine, binding, "createCbc", 4, (_, a) =>
            new HostState<ICipherState>(engine, new AesCbcCipher(a[0].AsBoolean(), Bytes(a[1]), Bytes(a[2]), a[3].AsBoolean())));
        Define(engine, binding, "createGcm", 4, (_, a) =>
            new HostState<ICipherState>(engine, new AesGcmCipher(a[0].AsBoolean(), Bytes(a[1]).ToArray(), Bytes(a[2]).ToArray(), Int(a[3]))));
        Define(engine, binding, "cipherUpdate", 2, (_, a) => ArrayBuffer(engine, HostState<ICipherState>.Of(a[0]).Update(Bytes(a[1]))));
        Define(engine, binding, "cipherFinal", 1, (_, a) =>
            HostState<ICipherState>.Of(a[0]).Final(out var failure) is { } bytes ? ArrayBuffer(engine, bytes) : new JsString(failure!));
        Define(engine, binding, "setAAD", 2, static (_, a) =>
        {
            Gcm(a[0]).AddAssociatedData(Bytes(a[1]));
            return JsValue.Undefined;
        });
        Define(engine, binding, "getAuthTag", 1, (_, a) => Gcm(a[0]).Tag is { } tag ? ArrayBuffer(engine, tag) : JsValue.Undefined);
        Define(engine, binding, "setAuthTag", 2, static (_, a) =>
        {
            Gcm(a[0]).Tag = Bytes(a[1]).ToArray();
            return JsValue.Undefined;
        });
        Define(engine, binding, "isAuthTagLength", 1, static (_, a) => AesGcmCipher.IsTagLength(Int(a[0])));
    }

    private static AesGcmCipher Gcm(JsValue handle) => (AesGcmCipher)HostState<ICipherState>.Of(handle);
}
