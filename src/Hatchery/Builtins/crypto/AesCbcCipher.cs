using System.Security.Cryptography;

namespace Hatchery.Builtins.Crypto;

/// <summary>
/// AES in CBC mode through .NET's streaming transform. Input is fed in whole blocks, the rest kept for the next
/// call; with PKCS#7 padding the decryptor holds back the last block until <see cref="Final"/>, as OpenSSL does,
/// so each <c>update</c> returns as many bytes as Node's.
/// </summary>
internal sealed class AesCbcCipher : ICipherState
{
    private const int BlockSize = 16;
    private readonly ICryptoTransform _transform;
    private readonly bool _encrypt;
    private readonly bool _padding;
    private readonly byte[] _pending = new byte[BlockSize];
    private int _pendingLength;

    public AesCbcCipher(bool encrypt, ReadOnlySpan<byte> key, ReadOnlySpan<byte> iv, bool padding)
    {
        using var aes = Aes.Create();
        aes.Mode = CipherMode.CBC;
        aes.Padding = padding ? PaddingMode.PKCS7 : PaddingMode.None;
        var (keyBytes, ivBytes) = (key.ToArray(), iv.ToArray());
        _transform = encrypt ? aes.CreateEncryptor(keyBytes, ivBytes) : aes.CreateDecryptor(keyBytes, ivBytes);
        _encrypt = encrypt;
        _padding = padding;
    }

    public byte[] Update(ReadOnlySpan<byte> input)
    {
        var total = _pendingLength + input.Length;
        var whole = total - total % BlockSize;
        if (whole == 0)
        {
            input.CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength = total;
            return [];
        }
        var blocks = new byte[whole];
        _pending.AsSpan(0, _pendingLength).CopyTo(blocks);
        var fromInput = whole - _pendingLength;
        input[..fromInput].CopyTo(blocks.AsSpan(_pendingLength));
        input[fromInput..].CopyTo(_pending);
        _pendingLength = input.Length - fromInput;
        // The decryptor may return one block fewer (held back for unpadding), so size the output by what it wrote.
        var output = new byte[whole + BlockSize];
        var written = _transform.TransformBlock(blocks, 0, whole, output, 0);
        return output.AsSpan(0, written).ToArray();
    }

    public byte[]? Final(out string? failure)
    {
        failure = null;
        // Encrypting with padding completes any length; otherwise the input must have been whole blocks.
        if (_pendingLength != 0 && !(_encrypt && _padding))
        {
            failure = "wrong final block length";
            return null;
        }
        try
        {
            return _transform.TransformFinalBlock(_pending, 0, _pendingLength);
        }
        catch (CryptographicException)
        {
            failure = "bad decrypt";
            return null;
        }
        finally
        {
            _transform.Dispose();
        }
    }
}
