namespace Hatchery.Node.Buffer;

/// <summary>The byte encodings Node's <c>Buffer</c> knows; the numbers are shared with <c>buffer.js</c>.</summary>
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
