using Jint.Native;
using Jint.Native.Object;
using Org.BouncyCastle.Crypto.Generators;
using static Hatchery.Builtins.Crypto.CryptoBindings;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// scrypt for <c>crypto.scrypt</c>/<c>scryptSync</c>: .NET has none, so the key comes from BouncyCastle's
/// <see cref="SCrypt"/>. The parameters are judged first by the rules OpenSSL applies for Node (so the same calls fail
/// with the same error, before any memory is taken); the script has validated their types and ranges.
/// </summary>
internal static class ScryptBindings
{
    // OpenSSL's bound on p * r.
    private const ulong MaxPr = (1UL << 30) - 1;

    public static void Add(JsRuntime runtime, ObjectInstance binding)
    {
        var engine = runtime.Engine;
        // scryptValid(N, r, p, maxmem)
        Define(engine, binding, "scryptValid", 4, static (_, a) =>
            Valid((ulong)a[0].AsNumber(), (ulong)a[1].AsNumber(), (ulong)a[2].AsNumber(), a[3].AsNumber()));
        // scrypt(password, salt, N, r, p, keylen)
        Define(engine, binding, "scrypt", 6, (_, a) =>
            ArrayBuffer(engine, Derive(Bytes(a[0]).ToArray(), Bytes(a[1]).ToArray(), Int(a[2]), Int(a[3]), Int(a[4]), Int(a[5]))));
        Define(engine, binding, "scryptJob", 7, (_, a) =>
        {
            var (password, salt, n, r, p, length) = (Bytes(a[0]).ToArray(), Bytes(a[1]).ToArray(), Int(a[2]), Int(a[3]), Int(a[4]), Int(a[5]));
            return OffLoop(runtime, () => Derive(password, salt, n, r, p, length), a[6]);
        });
    }

    private static byte[] Derive(byte[] password, byte[] salt, int n, int r, int p, int length) =>
        length == 0 ? [] : SCrypt.Generate(password, salt, n, r, p, length);

    /// <summary>Whether OpenSSL accepts the parameters: N a power of two above 1, below 2^(16r); p·r bounded; the memory within maxmem.</summary>
    private static bool Valid(ulong n, ulong r, ulong p, double maxmem)
    {
        if (r == 0 || p == 0 || n < 2 || (n & (n - 1)) != 0) return false;
        if (p > MaxPr / r) return false;
        if (16 * r <= 63 && n >= 1UL << (int)(16 * r)) return false;
        var blockBytes = p * 128 * r;
        if (blockBytes > int.MaxValue) return false;
        if (n + 2 > ulong.MaxValue / 128 / r) return false;
        var workBytes = 128 * r * (n + 2);
        if (blockBytes > ulong.MaxValue - workBytes) return false;
        // The parameters also have to fit BouncyCastle's int arguments, which they do below these bounds.
        return blockBytes + workBytes <= maxmem && n <= int.MaxValue && r <= int.MaxValue && p <= int.MaxValue;
    }
}
