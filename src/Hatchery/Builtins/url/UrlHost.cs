using System.Buffers;
using System.Globalization;
using System.Text;

namespace Hatchery.Builtins.Url;

/// <summary>
/// The URL standard's host parser: domains (through IDNA), IPv4 in all its legacy spellings, IPv6, and opaque hosts.
/// Each returns the host serialised, or null for failure.
/// </summary>
internal static class UrlHost
{
    // UTS #46 processing without the STD3 rules, as the standard's "domain to ASCII" asks.
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true, UseStd3AsciiRules = false };

    private const string ForbiddenHost = "\0\t\n\r #/:<>?@[\\]^|";

    private static readonly SearchValues<char> ForbiddenHostChars = SearchValues.Create(ForbiddenHost);

    /// <summary>Parses <paramref name="input"/>; <paramref name="isOpaque"/> for a URL whose scheme is not special.</summary>
    public static string? Parse(string input, bool isOpaque)
    {
        if (input.StartsWith('['))
        {
            if (!input.EndsWith(']')) return null;
            Span<ushort> address = stackalloc ushort[8];
            return ParseIPv6(input.AsSpan(1, input.Length - 2), address) ? "[" + SerializeIPv6(address) + "]" : null;
        }
        if (isOpaque)
        {
            if (input.AsSpan().IndexOfAny(ForbiddenHostChars) >= 0) return null;
            return PercentEncoding.Encode(input, EncodeSet.C0Control);
        }
        // Without a '%' the decode is the identity.
        var domain = input.Contains('%', StringComparison.Ordinal) ? PercentEncoding.DecodeToString(input) : input;
        var ascii = DomainToAscii(domain);
        if (string.IsNullOrEmpty(ascii) || IsForbiddenDomain(ascii)) return null;
        if (EndsInANumber(ascii)) return ParseIPv4(ascii) is { } ipv4 ? SerializeIPv4(ipv4) : null;
        return ascii;
    }

    private static bool IsForbiddenDomain(string ascii)
    {
        foreach (var c in ascii)
        {
            if (c <= 0x1F || c == '%' || c == 0x7F || ForbiddenHostChars.Contains(c)) return true;
        }
        return false;
    }

    /// <summary>
    /// The standard's "domain to ASCII": plain ASCII without punycode labels is only lower-cased; the rest goes through
    /// .NET's UTS #46 mapping. Null when the mapping rejects the domain.
    /// </summary>
    public static string? DomainToAscii(string domain)
    {
        if (IsPlainAscii(domain)) return domain.ToLowerInvariant();
        try
        {
            return Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The domain in Unicode, or null when it is not a valid one.</summary>
    public static string? DomainToUnicode(string domain)
    {
        if (IsPlainAscii(domain)) return domain.ToLowerInvariant();
        try
        {
            var unicode = Idn.GetUnicode(domain.ToLowerInvariant());
            // ICU passes broken punycode through; mapping back to ASCII is what rejects it, as Node does.
            Idn.GetAscii(unicode);
            return unicode;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsPlainAscii(string domain)
    {
        if (!Ascii.IsValid(domain)) return false;
        var labels = domain.AsSpan();
        foreach (var range in labels.Split('.'))
        {
            if (labels[range].StartsWith("xn--", StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }

    private static bool EndsInANumber(string input)
    {
        var span = input.AsSpan();
        if (span.EndsWith('.'))
        {
            if (span.Length == 1) return false;
            span = span[..^1];
        }
        var last = span[(span.LastIndexOf('.') + 1)..];
        if (!last.IsEmpty && !last.ContainsAnyExceptInRange('0', '9')) return true;
        return ParseIPv4Number(last) is not null;
    }

    private static long? ParseIPv4Number(ReadOnlySpan<char> input)
    {
        if (input.IsEmpty) return null;
        var radix = 10;
        if (input.Length >= 2 && input[0] == '0' && (input[1] == 'x' || input[1] == 'X'))
        {
            radix = 16;
            input = input[2..];
        }
        else if (input.Length >= 2 && input[0] == '0')
        {
            radix = 8;
            input = input[1..];
        }
        if (input.IsEmpty) return 0;
        long value = 0;
        foreach (var c in input)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (c | 0x20) - 'a' + 10 : 99;
            if (digit >= radix) return null;
            // Past 2^32 the number is rejected anyway; saturating keeps it from overflowing.
            value = Math.Min(value * radix + digit, 1L << 40);
        }
        return value;
    }

    private static long? ParseIPv4(string input)
    {
        var parts = input.Split('.');
        var count = parts.Length;
        if (parts[^1].Length == 0 && count > 1) count--;
        if (count > 4) return null;
        Span<long> numbers = stackalloc long[4];
        for (var i = 0; i < count; i++)
        {
            if (ParseIPv4Number(parts[i]) is not { } n) return null;
            numbers[i] = n;
        }
        for (var i = 0; i < count - 1; i++)
        {
            if (numbers[i] > 255) return null;
        }
        var last = numbers[count - 1];
        if (last >= 1L << (8 * (5 - count))) return null;
        var address = last;
        for (var i = 0; i < count - 1; i++) address += numbers[i] << (8 * (3 - i));
        return address;
    }

    private static string SerializeIPv4(long address) => string.Create(CultureInfo.InvariantCulture,
        $"{(address >> 24) & 255}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}");

    private static bool ParseIPv6(ReadOnlySpan<char> input, Span<ushort> address)
    {
        int pieceIndex = 0, pointer = 0;
        var compress = -1;
        char At(int i, ReadOnlySpan<char> s) => i < s.Length ? s[i] : '\0';
        if (At(0, input) == ':')
        {
            if (At(1, input) != ':') return false;
            pointer += 2;
            pieceIndex++;
            compress = pieceIndex;
        }
        while (pointer < input.Length)
        {
            if (pieceIndex == 8) return false;
            if (input[pointer] == ':')
            {
                if (compress >= 0) return false;
                pointer++;
                pieceIndex++;
                compress = pieceIndex;
                continue;
            }
            int value = 0, length = 0;
            while (length < 4 && pointer < input.Length && char.IsAsciiHexDigit(input[pointer]))
            {
                value = value * 16 + (char.IsAsciiDigit(input[pointer]) ? input[pointer] - '0' : (input[pointer] | 0x20) - 'a' + 10);
                pointer++;
                length++;
            }
            if (At(pointer, input) == '.')
            {
                if (length == 0) return false;
                pointer -= length;
                if (pieceIndex > 6) return false;
                var numbersSeen = 0;
                while (pointer < input.Length)
                {
                    var piece = -1;
                    if (numbersSeen > 0)
                    {
                        if (input[pointer] == '.' && numbersSeen < 4) pointer++;
                        else return false;
                    }
                    if (!char.IsAsciiDigit(At(pointer, input))) return false;
                    while (char.IsAsciiDigit(At(pointer, input)))
                    {
                        var n = input[pointer] - '0';
                        if (piece < 0) piece = n;
                        else if (piece == 0) return false;
                        else piece = piece * 10 + n;
                        if (piece > 255) return false;
                        pointer++;
                    }
                    address[pieceIndex] = (ushort)(address[pieceIndex] * 0x100 + piece);
                    numbersSeen++;
                    if (numbersSeen == 2 || numbersSeen == 4) pieceIndex++;
                }
                if (numbersSeen != 4) return false;
                break;
            }
            if (At(pointer, input) == ':')
            {
                pointer++;
                if (pointer >= input.Length) return false;
            }
            else if (pointer < input.Length)
            {
                return false;
            }
            address[pieceIndex] = (ushort)value;
            pieceIndex++;
        }
        if (compress >= 0)
        {
            var swaps = pieceIndex - compress;
            pieceIndex = 7;
            while (pieceIndex != 0 && swaps > 0)
            {
                (address[pieceIndex], address[compress + swaps - 1]) = (address[compress + swaps - 1], address[pieceIndex]);
                pieceIndex--;
                swaps--;
            }
            return true;
        }
        return pieceIndex == 8;
    }

    private static string SerializeIPv6(ReadOnlySpan<ushort> address)
    {
        // The first longest run of two or more zero pieces is written as "::".
        int best = -1, bestLength = 1;
        for (var i = 0; i < 8;)
        {
            if (address[i] != 0)
            {
                i++;
                continue;
            }
            var j = i;
            while (j < 8 && address[j] == 0) j++;
            if (j - i > bestLength)
            {
                best = i;
                bestLength = j - i;
            }
            i = j;
        }
        var builder = new StringBuilder(40);
        for (var i = 0; i < 8; i++)
        {
            if (i == best)
            {
                builder.Append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            builder.Append(address[i].ToString("x", CultureInfo.InvariantCulture));
            if (i < 7) builder.Append(':');
        }
        return builder.ToString();
    }
}
