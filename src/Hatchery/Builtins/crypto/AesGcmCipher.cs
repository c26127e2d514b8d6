using System.Buffers;
using System.Security.Cryptography;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// AES-GCM over .NET's one-shot <see cref="AesGcm"/>. GCM encrypts by XOR with a key stream, so encrypting the data
/// so far yields the bytes Node's <c>update</c> returns in both directions (decryption included, unauthenticated
/// until <see cref="Final"/>, as in Node); <see cref="Final"/> then computes or checks the tag over all of it. Each
/// <c>update</c> therefore re-runs over the data so far: many small updates cost time quadratic in the total.
/// </summary>
internal sealed class AesGcmCipher : ICipherState
{
    private readonly bool _encrypt;
    private readonly byte[] _key;
    private readonly byte[] _nonce;
    private readonly int _tagLength;
    private readonly ArrayBufferWriter<byte> _associated = new();
    private readonly ArrayBufferWriter<byte> _input = new();

    public AesGcmCipher(bool encrypt, byte[] key, byte[] nonce, int tagLength)
    {
        _encrypt = encrypt;
        _key = key;
        _nonce = nonce;
        _tagLength = tagLength;
    }

    /// <summary>The tag: computed by <see cref="Final"/> when encrypting, set by the script when decrypting.</summary>
    public byte[]? Tag { get; set; }

    /// <summary>Whether .NET can produce or check a tag of <paramref name="length"/> bytes.</summary>
    public static bool IsTagLength(int length) => AesGcm.TagByteSizes.MinSize <= length && length <= AesGcm.TagByteSizes.MaxSize;

    public void AddAssociatedData(ReadOnlySpan<byte> data) => _associated.Write(data);

    public byte[] Update(ReadOnlySpan<byte> input)
    {
        var start = _input.WrittenCount;
        _input.Write(input);
        var all = _input.WrittenSpan;
        var output = new byte[all.Length];
        using var gcm = new AesGcm(_key, AesGcm.TagByteSizes.MaxSize);
        gcm.Encrypt(_nonce, all, output, stackalloc byte[AesGcm.TagByteSizes.MaxSize]);
        return output[start..];
    }

    public byte[]? Final(out string? failure)
    {
        failure = null;
        var all = _input.WrittenSpan;
        var associated = _associated.WrittenSpan;
        var output = new byte[all.Length];
        if (_encrypt)
        {
            var tag = new byte[_tagLength];
            using var gcm = new AesGcm(_key, _tagLength);
            gcm.Encrypt(_nonce, all, output, tag, associated);
            Tag = tag;
            return [];
        }
        if (Tag is null || !IsTagLength(Tag.Length))
        {
            failure = "Unsupported state or unable to authenticate data";
            return null;
        }
        try
        {
            using var gcm = new AesGcm(_key, Tag.Length);
            gcm.Decrypt(_nonce, all, Tag, output, associated);
            return [];
        }
        catch (AuthenticationTagMismatchException)
        {
            failure = "Unsupported state or unable to authenticate data";
            return null;
        }
    }
}
