using System.Text;

namespace Hatchery.Builtins.Url;

/// <summary>The URL standard's percent-encode sets: which ASCII characters a component escapes.</summary>
internal enum EncodeSet
{
    C0Control,
    Fragment,
    Query,
    SpecialQuery,
    Path,
    Userinfo,
    Component,
    Form,
}

/// <summary>
/// Percent-encoding and decoding as the URL standard defines them, over one shared table built once per process:
/// each ASCII character's row holds a bit per <see cref="EncodeSet"/>. Non-ASCII is always encoded, as UTF-8.
/// </summary>
internal static class PercentEncoding
{
    private static readonly byte[] Sets = BuildSets();

    private static byte[] BuildSets()
    {
        var sets = new byte[128];
        // Each set is the one before it plus some characters, as the standard nests them.
        (EncodeSet Set, EncodeSet? Base, string Extra)[] rows =
        [
            (EncodeSet.C0Control, null, ""),
            (EncodeSet.Fragment, EncodeSet.C0Control, " \"<>`"),
            (EncodeSet.Query, EncodeSet.C0Control, " \"#<>"),
            (EncodeSet.SpecialQuery, EncodeSet.Query, "'"),
            (EncodeSet.Path, EncodeSet.Query, "?`{}"),
            (EncodeSet.Userinfo, EncodeSet.Path, "/:;=@[\\]^|"),
            (EncodeSet.Component, EncodeSet.Userinfo, "$%&+,"),
            (EncodeSet.Form, EncodeSet.Component, "!'()~"),
        ];
        foreach (var (set, baseSet, extra) in rows)
        {
            var bit = (byte)(1 << (int)set);
            for (var c = 0; c < 128; c++)
            {
                var inBase = baseSet is { } b ? (sets[c] & (1 << (int)b)) != 0 : c < 0x20 || c == 0x7F;
                if (inBase || extra.Contains((char)c, StringComparison.Ordinal)) sets[c] |= bit;
            }
        }
        return sets;
    }

    /// <summary>Whether the ASCII character <paramref name="c"/> is in <paramref name="set"/>.</summary>
    public static bool InSet(char c, EncodeSet set) => (Sets[c] & (1 << (int)set)) != 0;

    /// <summary>
    /// Appends <paramref name="text"/>[<paramref name="index"/>] encoded; a surrogate pair is one code point, so it
    /// advances <paramref name="index"/> past the low half. Text is well formed (see <see cref="ToWellFormed"/>).
    /// </summary>
    public static void Append(StringBuilder builder, string text, ref int index, EncodeSet set)
    {
        var c = text[index];
        if (c < 0x80)
        {
            if (InSet(c, set)) AppendByte(builder, (byte)c);
            else builder.Append(c);
            return;
        }
        var length = char.IsHighSurrogate(c) && index + 1 < text.Length ? 2 : 1;
        Span<byte> bytes = stackalloc byte[4];
        var count = Encoding.UTF8.GetBytes(text.AsSpan(index, length), bytes);
        foreach (var b in bytes[..count]) AppendByte(builder, b);
        index += length - 1;
    }

    /// <summary>Appends every code point of <paramref name="text"/>, encoded with <paramref name="set"/>.</summary>
    public static void AppendAll(StringBuilder builder, string text, EncodeSet set)
    {
        for (var i = 0; i < text.Length; i++) Append(builder, text, ref i, set);
    }

    /// <summary><paramref name="text"/> made well formed, then encoded with <paramref name="set"/>.</summary>
    public static string Encode(string text, EncodeSet set)
    {
        text = ToWellFormed(text);
        var i = 0;
        while (i < text.Length && text[i] < 0x80 && !InSet(text[i], set)) i++;
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++) Append(builder, text, ref i, set);
        return builder.ToString();
    }

    /// <summary>
    /// <c>application/x-www-form-urlencoded</c> serialising of one name or value: the form set, with space as <c>+</c>.
    /// </summary>
    public static void AppendForm(StringBuilder builder, string text)
    {
        text = ToWellFormed(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == ' ') builder.Append('+');
            else Append(builder, text, ref i, EncodeSet.Form);
        }
    }

    private static void AppendByte(StringBuilder builder, byte b) =>
        builder.Append('%').Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);

    /// <summary>Replaces lone surrogates with U+FFFD, as the standard's scalar-value strings require.</summary>
    public static string ToWellFormed(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsSurrogate(text[i])) i++;
        if (i == text.Length) return text;
        var chars = text.ToCharArray();
        for (; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    /// <summary>
    /// Percent-decodes the UTF-8 bytes of <paramref name="text"/>: a <c>%</c> not followed by two hex digits stays.
    /// </summary>
    public static byte[] Decode(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(ToWellFormed(text));
        var count = 0;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == '%' && i + 2 < utf8.Length && IsHex(utf8[i + 1]) && IsHex(utf8[i + 2]))
            {
                utf8[count++] = (byte)(HexValue(utf8[i + 1]) * 16 + HexValue(utf8[i + 2]));
                i += 2;
            }
            else
            {
                utf8[count++] = utf8[i];
            }
        }
        return utf8.AsSpan(0, count).ToArray();
    }

    /// <summary>Percent-decodes, then decodes UTF-8 with replacement characters, as the standard's "percent-decode" users do.</summary>
    public static string DecodeToString(string text) =>
        text.Contains('%', StringComparison.Ordinal) ? Encoding.UTF8.GetString(Decode(text)) : ToWellFormed(text);

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
