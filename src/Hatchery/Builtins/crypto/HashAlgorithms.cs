using System.Security.Cryptography;

namespace Hatchery.Builtins.Crypto;

/// <summary>The digests Hatchery offers, by Node's (OpenSSL's) lower-case names, all from System.Security.Cryptography.</summary>
internal static class HashAlgorithms
{
    /// <summary>Every supported name, in the order <c>crypto.getHashes()</c> lists them (Node's sorted order).</summary>
    public static string[] Names { get; } = All().Select(a => a.Name).ToArray();

    /// <summary>The algorithm Node calls <paramref name="name"/> (any case), or <c>null</c> when Hatchery has none.</summary>
    public static HashAlgorithmName? Find(string name)
    {
        var lower = name.ToLowerInvariant();
        foreach (var (known, algorithm) in All())
        {
            if (known == lower) return algorithm;
        }
        return null;
    }

    /// <summary>Whether PBKDF2 can use <paramref name="algorithm"/> (.NET's PBKDF2 has no MD5).</summary>
    public static bool SupportsPbkdf2(HashAlgorithmName algorithm) => algorithm != HashAlgorithmName.MD5;

    /// <summary>The digest's length in bytes.</summary>
    public static int Length(HashAlgorithmName algorithm)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        return hash.HashLengthInBytes;
    }

    private static IEnumerable<(string Name, HashAlgorithmName Algorithm)> All()
    {
        yield return ("md5", HashAlgorithmName.MD5);
        yield return ("sha1", HashAlgorithmName.SHA1);
        yield return ("sha256", HashAlgorithmName.SHA256);
        // SHA-3 depends on the platform's cryptography library (OpenSSL 1.1.1 or later on Linux).
        if (SHA3_256.IsSupported)
        {
            yield return ("sha3-256", HashAlgorithmName.SHA3_256);
            yield return ("sha3-384", HashAlgorithmName.SHA3_384);
            yield return ("sha3-512", HashAlgorithmName.SHA3_512);
        }
        yield return ("sha384", HashAlgorithmName.SHA384);
        yield return ("sha512", HashAlgorithmName.SHA512);
    }
}
