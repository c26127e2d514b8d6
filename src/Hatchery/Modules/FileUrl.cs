using System.Text;

namespace Hatchery.Modules;

/// <summary>Node's <c>url.pathToFileURL(path).href</c> for an absolute path, without the URL parser.</summary>
internal static class FileUrl
{
    /// <summary>The <c>file://</c> URL of <paramref name="path"/>, percent-encoding what a URL path may not hold.</summary>
    public static string FromPath(string path)
    {
        var url = new StringBuilder("file://", path.Length + 16);
        if (Path.DirectorySeparatorChar == '\\') path = "/" + path.Replace('\\', '/');
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in path.EnumerateRunes())
        {
            if (rune.Value < 0x80 && !NeedsEncoding((char)rune.Value))
            {
                url.Append((char)rune.Value);
                continue;
            }
            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length]) url.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return url.ToString();
    }

    // The WHATWG path percent-encode set, plus what pathToFileURL encodes itself: '%' and, on POSIX, '\'.
    private static bool NeedsEncoding(char c) =>
        c <= 0x20 || c >= 0x7F || c is '"' or '#' or '<' or '>' or '?' or '`' or '{' or '}' or '%' or '\\';
}
