namespace Hatchery.Builtins.Buffer;

/// <summary>The byte encodings Node's <c>Buffer</c> knows; the numbers are shared with <c>internal.buffer_core.js</c>.</summary>
internal enum ByteEncoding
{
    Utf8 = 1,
    Utf16Le = 2,
    Latin1 = 3,
    Ascii = 4,
    Hex = 5,
    Base64 = 6,
    Base64Url = 7,
}

/// <summary>Encoding names as Node spells them, for host code; <c>encodingOf</c> in <c>internal.buffer_core.js</c> is the script twin.</summary>
internal static class ByteEncodingNames
{
    /// <summary>
    /// The encoding <paramref name="name"/> names in any letter case, or null if Node does not know it (<c>Buffer.isEncoding</c>).
    /// Only ASCII letters are folded: no name has another character, and JavaScript's <c>toLowerCase</c> makes none of
    /// them ASCII but the Kelvin sign, which no name has either (.NET's invariant folding would make <c>"İ"</c> an <c>i</c>).
    /// </summary>
    public static ByteEncoding? Find(string name) => name switch
    {
        "utf8" or "utf-8" => ByteEncoding.Utf8,
        _ when !System.Text.Ascii.IsValid(name) => null,
        _ => name.ToLowerInvariant() switch
        {
            "utf8" or "utf-8" => ByteEncoding.Utf8,
            "ucs2" or "ucs-2" or "utf16le" or "utf-16le" => ByteEncoding.Utf16Le,
            "latin1" or "binary" => ByteEncoding.Latin1,
            "ascii" => ByteEncoding.Ascii,
            "hex" => ByteEncoding.Hex,
            "base64" => ByteEncoding.Base64,
            "base64url" => ByteEncoding.Base64Url,
            _ => null,
        },
    };
}
