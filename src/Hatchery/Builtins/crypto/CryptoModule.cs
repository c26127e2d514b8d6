using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// Node's <c>crypto</c> module (also the global <c>crypto</c>, its <c>webcrypto</c>): <c>crypto.js</c> and its
/// internal scripts hold the API, <see cref="CryptoBindings"/> the calls into System.Security.Cryptography.
/// </summary>
public sealed class CryptoModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "crypto";

    /// <inheritdoc />
    public override string Summary => "Hashes, HMAC, random values, PBKDF2, scrypt, AES-CBC/GCM and Web Crypto's digest, over .NET's cryptography.";

    /// <inheritdoc />
    public override string Documentation => CryptoDocumentation.Text;

    /// <inheritdoc />
    protected override string ScriptName => "crypto.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) =>
        CryptoBindings.Add(context.Runtime, binding);
}
