using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// Conversions between JavaScript strings (UTF-16) and bytes in each <see cref="ByteEncoding"/>, with Node's
/// leniencies: lone surrogates become U+FFFD, hex stops at the first bad pair, base64 skips characters outside
/// its alphabets and stops at padding.
/// </summary>
internal static class ByteCodec
{
    private static readonly UTF8Encoding Utf8Text = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding Utf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: false);
    private static readonly UnicodeEncoding StrictUtf16 = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly sbyte[] Base64Values = BuildBase64Values();

    /// <summary>The exact number of bytes <paramref name="text"/> encodes to in UTF-8.</summary>
    public static int Utf8Length(string text) => Utf8Text.GetByteCount(text);

    /// <summary>The bytes of <paramref name="text"/> in <paramref name="encoding"/>.</summary>
    public static byte[] Encode(string text, ByteEncoding encoding)
    {
        switch (encoding)
        {
            case ByteEncoding.Utf8:
                return Utf8Text.GetBytes(text);
            case ByteEncoding.Base64 or ByteEncoding.Base64Url:
            {
                var bytes = new byte[(text.Length * 3 + 3) / 4];
                return bytes.AsSpan(0, DecodeBase64(text, bytes)).ToArray();
            }
            default:
            {
                var bytes = new byte[MaxLength(text, encoding)];
                var written = Write(text, encoding, bytes);
                return written == bytes.Length ? bytes : bytes.AsSpan(0, written).ToArray();
            }
        }
    }

    private static int MaxLength(string text, ByteEncoding encoding) => encoding switch
    {
        ByteEncoding.Utf16Le => text.Length * 2,
        ByteEncoding.Hex => text.Length / 2,
        _ => text.Length,
    };

    /// <summary>Writes as much of <paramref name="text"/> as fits whole into <paramref name="destination"/>; returns the bytes written.</summary>
    public static int Write(string text, ByteEncoding encoding, Span<byte> destination)
    {
        switch (encoding)
        {
            case ByteEncoding.Utf8:
                // Only whole characters are written, as Node does when the destination is too small.
                Utf8.FromUtf16(text, destination, out _, out var written, replaceInvalidSequences: true, isFinalBlock: true);
                return written;
            case ByteEncoding.Utf16Le:
            {
                var units = Math.Min(text.Length, destination.Length / 2);
                // Raw code units, lone surrogates included, as Node writes them.
                if (BitConverter.IsLittleEndian) MemoryMarshal.AsBytes(text.AsSpan(0, units)).CopyTo(destination);
                else
                {
                    for (var i = 0; i < units; i++) BinaryPrimitives.WriteUInt16LittleEndian(destination[(2 * i)..], text[i]);
                }
                return units * 2;
            }
            case ByteEncoding.Latin1 or ByteEncoding.Ascii:
            {
                var count = Math.Min(text.Length, destination.Length);
                // Node keeps the low byte of each UTF-16 unit for both encodings.
                for (var i = 0; i < count; i++) destination[i] = (byte)text[i];
                return count;
            }
            case ByteEncoding.Hex:
            {
                var count = Math.Min(text.Length / 2, destination.Length);
                for (var i = 0; i < count; i++)
                {
                    var high = HexValue(text[2 * i]);
                    var low = HexValue(text[2 * i + 1]);
                    if ((high | low) < 0) return i;
                    destination[i] = (byte)(high << 4 | low);
                }
                return count;
            }
            default:
            {
                var full = new byte[(text.Length * 3 + 3) / 4];
                var length = Math.Min(DecodeBase64(text, full), destination.Length);
                full.AsSpan(0, length).CopyTo(destination);
                return length;
            }
        }
    }

    /// <summary>The string <paramref name="bytes"/> decode to in <paramref name="encoding"/>.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, ByteEncoding encoding)
    {
        switch (encoding)
        {
            case ByteEncoding.Utf8:
                return Utf8Text.GetString(bytes);
            case ByteEncoding.Utf16Le:
                return string.Create(bytes.Length / 2, bytes, static (chars, source) =>
                {
                    for (var i = 0; i < chars.Length; i++) chars[i] = (char)BinaryPrimitives.ReadUInt16LittleEndian(source[(2 * i)..]);
                });
            case ByteEncoding.Latin1:
                return Encoding.Latin1.GetString(bytes);
            case ByteEncoding.Ascii:
                return string.Create(bytes.Length, bytes, static (chars, source) =>
                {
                    for (var i = 0; i < chars.Length; i++) chars[i] = (char)(source[i] & 0x7F);
                });
            case ByteEncoding.Hex:
                return Convert.ToHexStringLower(bytes);
            case ByteEncoding.Base64:
                return Convert.ToBase64String(bytes);
            default:
                return Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }
    }

    /// <summary>UTF-8 that fails on malformed input (TextDecoder's <c>fatal</c>); null if the bytes are not UTF-8.</summary>
    public static string? DecodeUtf8Strict(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>UTF-16LE with lone surrogates replaced by U+FFFD (or null when <paramref name="fatal"/> and there is one).</summary>
    public static string? DecodeUtf16WellFormed(ReadOnlySpan<byte> bytes, bool fatal)
    {
        try
        {
            return (fatal ? StrictUtf16 : Utf16).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>
    /// How many of <paramref name="bytes"/> form complete UTF-8 sequences: the rest is the start of a
    /// character whose remaining bytes may come in the next chunk of a stream.
    /// </summary>
    public static int Utf8CompleteLength(ReadOnlySpan<byte> bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var lead = bytes[^back];
            if (lead < 0x80) return bytes.Length;
            if (lead < 0xC0) continue;
            var needed = lead switch { < 0xC2 => 0, < 0xE0 => 2, < 0xF0 => 3, < 0xF5 => 4, _ => 0 };
            if (needed <= back || !IsValidPrefix(bytes[^back..])) return bytes.Length;
            return bytes.Length - back;
        }
        return bytes.Length;
    }

    // The second byte's range depends on the lead byte (no overlongs, surrogates or values past U+10FFFF).
    private static bool IsValidPrefix(ReadOnlySpan<byte> tail)
    {
        if (tail.Length < 2) return true;
        var (low, high) = tail[0] switch
        {
            0xE0 => (0xA0, 0xBF),
            0xED => (0x80, 0x9F),
            0xF0 => (0x90, 0xBF),
            0xF4 => (0x80, 0x8F),
            _ => (0x80, 0xBF),
        };
        if (tail[1] < low || tail[1] > high) return false;
        return tail.Length < 3 || (tail[2] & 0xC0) == 0x80;
    }

    /// <summary>Decodes base64 or base64url as Node does: other characters are skipped and <c>=</c> ends the data.</summary>
    public static int DecodeBase64(ReadOnlySpan<char> text, Span<byte> destination)
    {
        int written = 0, pending = 0, bits = 0;
        foreach (var c in text)
        {
            if (c == '=') break;
            var value = c < 128 ? Base64Values[c] : -1;
            if (value < 0) continue;
            bits = bits << 6 | value;
            if (++pending == 4)
            {
                if (written + 3 > destination.Length) break;
                destination[written++] = (byte)(bits >> 16);
                destination[written++] = (byte)(bits >> 8);
                destination[written++] = (byte)bits;
                pending = 0;
                bits = 0;
            }
        }
        if (pending >= 2 && written < destination.Length) destination[written++] = (byte)(bits >> (pending == 2 ? 4 : 10));
        if (pending == 3 && written < destination.Length) destination[written++] = (byte)(bits >> 2);
        return written;
    }

    /// <summary>Node's estimate of the decoded size of base64 text (<c>Buffer.byteLength</c>), before skipping invalid characters.</summary>
    public static int Base64Length(string text)
    {
        var length = text.Length;
        if (length > 0 && text[length - 1] == '=') length--;
        if (length > 0 && text[length - 1] == '=') length--;
        return (int)((uint)length * 3 >> 2);
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static sbyte[] BuildBase64Values()
    {
        var values = new sbyte[128];
        Array.Fill(values, (sbyte)-1);
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (var i = 0; i < alphabet.Length; i++) values[alphabet[i]] = (sbyte)i;
        values['-'] = 62;
        values['_'] = 63;
        return values;
    }
}
