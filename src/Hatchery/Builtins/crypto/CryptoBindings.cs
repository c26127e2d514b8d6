using System.Security.Cryptography;
using Hatchery.Builtins.Buffer;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// The C# side of <c>crypto.js</c>: digests, HMAC, random bytes, PBKDF2 and constant-time comparison, each a call
/// into System.Security.Cryptography. The script validates arguments and converts strings to bytes first; byte
/// arguments arrive as typed arrays and results leave as <c>ArrayBuffer</c>s. Work with an asynchronous form runs on
/// the thread pool: a callback form through <c>EventLoop.RunOffLoop</c>, <c>subtle.digest</c>'s promise through
/// <see cref="JsRuntime.ToPromise{T}"/>.
/// </summary>
internal static class CryptoBindings
{
    private const int SmallDigestInput = 64 * 1024;

    public static void Add(JsRuntime runtime, ObjectInstance binding)
    {
        var engine = runtime.Engine;
        Define(engine, binding, "hashes", 0, (_, _) => new JsArray(engine, HashAlgorithms.Names.Select(n => (JsValue)n).ToArray()));
        Define(engine, binding, "isHash", 1, static (_, a) => HashAlgorithms.Find(a[0].ToString()) is not null);
        Define(engine, binding, "isPbkdf2Hash", 1, static (_, a) =>
            HashAlgorithms.Find(a[0].ToString()) is { } algorithm && HashAlgorithms.SupportsPbkdf2(algorithm));
        Define(engine, binding, "createHash", 1, (_, a) =>
            new HostState<IncrementalHash>(engine, IncrementalHash.CreateHash(Algorithm(a[0]))));
        Define(engine, binding, "createHmac", 2, (_, a) =>
            new HostState<IncrementalHash>(engine, IncrementalHash.CreateHMAC(Algorithm(a[0]), Bytes(a[1]))));
        Define(engine, binding, "hashUpdate", 2, static (_, a) =>
        {
            HostState<IncrementalHash>.Of(a[0]).AppendData(Bytes(a[1]));
            return JsValue.Undefined;
        });
        Define(engine, binding, "hashDigest", 1, (_, a) =>
        {
            using var hash = HostState<IncrementalHash>.Of(a[0]);
            return ArrayBuffer(engine, hash.GetHashAndReset());
        });
        Define(engine, binding, "hashCopy", 1, (_, a) =>
            new HostState<IncrementalHash>(engine, HostState<IncrementalHash>.Of(a[0]).Clone()));
        Define(engine, binding, "hashOnce", 2, (_, a) => ArrayBuffer(engine, HashOnce(Algorithm(a[0]), Bytes(a[1]))));
        Define(engine, binding, "hashAsync", 2, (_, a) =>
        {
            var algorithm = Algorithm(a[0]);
            var data = Bytes(a[1]).ToArray();
            // Small inputs are hashed here, so their promises settle in the order they were asked for, as in Node;
            // only large ones are worth a trip to the thread pool.
            var digest = data.Length <= SmallDigestInput ? Task.FromResult(HashOnce(algorithm, data)) : Task.Run(() => HashOnce(algorithm, data));
            return runtime.ToPromise(digest, static (r, bytes) => ArrayBuffer(r.Engine, bytes));
        });
        Define(engine, binding, "randomFill", 3, static (_, a) =>
        {
            RandomNumberGenerator.Fill(Bytes(a[0]).Slice(Int(a[1]), Int(a[2])));
            return JsValue.Undefined;
        });
        Define(engine, binding, "randomBytesJob", 2, (_, a) =>
        {
            var size = Int(a[0]);
            return OffLoop(runtime, () => RandomNumberGenerator.GetBytes(size), a[1], runHere: size <= SmallDigestInput);
        });
        Define(engine, binding, "randomInt", 2, static (_, a) => RandomInteger((long)a[0].AsNumber(), (long)a[1].AsNumber()));
        Define(engine, binding, "randomUUID", 0, static (_, _) => RandomUuid());
        Define(engine, binding, "timingSafeEqual", 2, static (_, a) => CryptographicOperations.FixedTimeEquals(Bytes(a[0]), Bytes(a[1])));
        Define(engine, binding, "pbkdf2", 5, (_, a) =>
            ArrayBuffer(engine, Rfc2898DeriveBytes.Pbkdf2(Bytes(a[0]), Bytes(a[1]), Int(a[2]), Algorithm(a[4]), Int(a[3]))));
        Define(engine, binding, "pbkdf2Job", 6, (_, a) =>
        {
            var (password, salt, iterations, length, algorithm) = (Bytes(a[0]).ToArray(), Bytes(a[1]).ToArray(), Int(a[2]), Int(a[3]), Algorithm(a[4]));
            return OffLoop(runtime, () => Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, algorithm, length), a[5]);
        });
        CipherBindings.Add(engine, binding);
        ScryptBindings.Add(runtime, binding);
    }

    // The callback form: the work runs on the thread pool, then callback(null, arrayBuffer) or callback(error) runs
    // on the loop as a macrotask of its own, as Node calls back from its thread pool.
    // Small, fast work may run here instead (runHere): it still answers as a macrotask of its own, and such answers
    // come in the order they were asked for, as Node's do for small jobs.
    internal static JsValue OffLoop(JsRuntime runtime, Func<byte[]> work, JsValue callback, bool runHere = false)
    {
        runtime.Loop.Await(runHere ? RunHere(work) : Task.Run(work), task =>
        {
            var engine = runtime.Engine;
            var arguments = task.IsCompletedSuccessfully
                ? new[] { JsValue.Null, ArrayBuffer(engine, task.Result) }
                : [JsErrors.Create(engine, "Error", task.Exception?.InnerException?.Message ?? "The operation was cancelled")];
            engine.Call(callback, JsValue.Undefined, arguments);
        });
        return JsValue.Undefined;
    }

    private static Task<byte[]> RunHere(Func<byte[]> work)
    {
        try
        {
            return Task.FromResult(work());
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Task.FromException<byte[]>(e);
        }
    }

    internal static void Define(Engine engine, ObjectInstance binding, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        binding.CreateDataProperty(name, new FunctionBuilder(engine, "crypto").Create(name, length, body));

    internal static int Int(JsValue value) => (int)value.AsNumber();

    internal static Span<byte> Bytes(JsValue view) => ArrayBufferViews.Bytes(view);

    internal static JsValue ArrayBuffer(Engine engine, byte[] bytes) => engine.Intrinsics.ArrayBuffer.Construct(bytes);

    // The script checks the name first, so an unknown one here is a bug in crypto.js.
    private static HashAlgorithmName Algorithm(JsValue name) =>
        HashAlgorithms.Find(name.ToString()) ?? throw new InvalidOperationException($"Unchecked digest name: {name}");

    private static byte[] HashOnce(HashAlgorithmName algorithm, ReadOnlySpan<byte> data)
    {
        using var hash = IncrementalHash.CreateHash(algorithm);
        hash.AppendData(data);
        return hash.GetHashAndReset();
    }

    /// <summary>A uniform integer in [min, max); the script has checked that the range is below 2^48.</summary>
    private static double RandomInteger(long min, long max)
    {
        var range = (ulong)(max - min);
        if (range <= int.MaxValue) return min + RandomNumberGenerator.GetInt32((int)range);
        // Rejection sampling over 48 random bits, as Node does, so that no value is favoured.
        const ulong Span48 = 1UL << 48;
        var limit = Span48 - Span48 % range;
        Span<byte> bytes = stackalloc byte[8];
        while (true)
        {
            bytes.Clear();
            RandomNumberGenerator.Fill(bytes[..6]);
            var value = BitConverter.ToUInt64(bytes);
            if (value < limit) return min + (long)(value % range);
        }
    }

    /// <summary>An RFC 4122 version 4 UUID from 122 random bits.</summary>
    private static string RandomUuid()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
