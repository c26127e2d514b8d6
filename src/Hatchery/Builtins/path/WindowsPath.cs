namespace Hatchery.Builtins.Path;

/// <summary>
/// Node's <c>path.win32</c> algorithms as pure string functions: both <c>\</c> and <c>/</c> separate segments,
/// and roots may be a drive (<c>C:</c>, <c>C:\</c>), a UNC share (<c>\\server\share</c>) or a device (<c>\\.\</c>).
/// Results match Node character for character, quirks included. This file covers the lexical functions;
/// WindowsPath.Resolve.cs covers those that consult the current directory.
/// </summary>
public static partial class WindowsPath
{
    /// <summary>The segment separator, <c>\</c>.</summary>
    public const char Separator = '\\';

    /// <summary>The <c>PATH</c> list delimiter, <c>;</c>.</summary>
    public const char Delimiter = ';';

    // Device names Windows reserves in every directory; Node refuses to let normalize turn them into roots.
    private static readonly string[] ReservedNames =
    [
        "CON", "PRN", "AUX", "NUL",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
        "COM\u00b9", "COM\u00b2", "COM\u00b3", "LPT\u00b9", "LPT\u00b2", "LPT\u00b3",
    ];

    /// <summary>Whether <paramref name="path"/> is rooted: starts with a separator, or a drive letter, colon and separator.</summary>
    public static bool IsAbsolute(string path)
    {
        if (path.Length == 0) return false;
        return IsSep(path[0]) || (path.Length > 2 && PathText.IsDriveLetter(path[0]) && path[1] == ':' && IsSep(path[2]));
    }

    /// <summary>Resolves <c>.</c> and <c>..</c>, collapses separators to <c>\</c> and keeps one trailing separator.</summary>
    public static string Normalize(string path) => Normalize(path.AsSpan());

    private static string Normalize(ReadOnlySpan<char> path)
    {
        var len = path.Length;
        if (len == 0) return ".";
        if (len == 1) return path[0] == '/' ? "\\" : path.ToString();

        var rootEnd = 0;
        string? device = null;
        var isAbsolute = false;
        if (IsSep(path[0]))
        {
            isAbsolute = true;
            if (!IsSep(path[1]))
            {
                rootEnd = 1;
            }
            else if (MatchUnc(path, out var serverEnd, out var shareStart, out var shareEnd))
            {
                var server = path[2..serverEnd];
                if (server is "." or "?")
                {
                    device = string.Concat("\\\\", server);
                    rootEnd = 4;
                }
                else if (shareEnd == len)
                {
                    return string.Concat(string.Concat("\\\\", server, "\\"), path[shareStart..], "\\");
                }
                else
                {
                    device = string.Concat("\\\\", server, "\\", path[shareStart..shareEnd]);
                    rootEnd = shareEnd;
                }
            }
        }
        else
        {
            var colon = path.IndexOf(':');
            if (colon > 0)
            {
                if (colon == 1 && PathText.IsDriveLetter(path[0]))
                {
                    device = path[..2].ToString();
                    rootEnd = 2;
                    if (len > 2 && IsSep(path[2]))
                    {
                        isAbsolute = true;
                        rootEnd = 3;
                    }
                }
                else if (IsReservedName(path, colon))
                {
                    device = path[..(colon + 1)].ToString();
                    rootEnd = colon + 1;
                }
            }
        }

        using var scratch = new ScratchBuffer(stackalloc char[256], len + 1);
        var tailLength = rootEnd < len ? PathText.NormalizeSegments(path[rootEnd..], !isAbsolute, true, '\\', scratch.Span) : 0;
        if (tailLength == 0 && !isAbsolute) scratch.Span[tailLength++] = '.';
        if (tailLength > 0 && IsSep(path[len - 1])) scratch.Span[tailLength++] = '\\';
        ReadOnlySpan<char> tail = scratch.Span[..tailLength];

        if (!isAbsolute && device is null && path.Contains(':'))
        {
            // The tail must not turn into something Windows reads as a drive or stream root (CVE-2024-36139).
            if (tail.Length >= 2 && PathText.IsDriveLetter(tail[0]) && tail[1] == ':') return string.Concat(".\\", tail);
            for (var index = path.IndexOf(':'); index != -1; index = NextColon(path, index))
            {
                if (index == len - 1 || IsSep(path[index + 1])) return string.Concat(".\\", tail);
            }
        }
        if (IsReservedName(path, path.IndexOf(':'))) return string.Concat(".\\", device, tail);
        if (device is null) return isAbsolute ? string.Concat("\\", tail) : tail.ToString();
        return isAbsolute ? string.Concat(device, "\\", tail) : string.Concat(device, tail);
    }

    /// <summary>Joins the non-empty arguments with <c>\</c> and normalizes, without inventing a UNC root from leading slashes.</summary>
    public static string Join<TArgs>(TArgs paths) where TArgs : IPathArguments
    {
        var length = -1;
        string? firstPart = null;
        for (var i = 0; i < paths.Count; i++)
        {
            var part = paths.Get(i, resolving: false);
            if (part.Length == 0) continue;
            firstPart ??= part;
            length += part.Length + 1;
        }
        if (firstPart is null) return ".";

        using var scratch = new ScratchBuffer(stackalloc char[256], length);
        var position = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var part = paths.Get(i, resolving: false);
            if (part.Length == 0) continue;
            if (position > 0) scratch.Span[position++] = '\\';
            part.CopyTo(scratch.Span[position..]);
            position += part.Length;
        }
        ReadOnlySpan<char> joined = scratch.Span[..length];

        // Exactly two leading separators plus a name mean the caller meant a UNC path; otherwise collapse them.
        var needsReplace = true;
        var slashCount = 0;
        if (IsSep(firstPart[0]))
        {
            slashCount++;
            if (firstPart.Length > 1 && IsSep(firstPart[1]))
            {
                slashCount++;
                if (firstPart.Length > 2)
                {
                    if (IsSep(firstPart[2])) slashCount++;
                    else needsReplace = false;
                }
            }
        }
        if (needsReplace)
        {
            while (slashCount < joined.Length && IsSep(joined[slashCount])) slashCount++;
            if (slashCount >= 2)
            {
                // Keep one separator: overwrite the last of the run and start there.
                scratch.Span[slashCount - 1] = '\\';
                joined = scratch.Span[(slashCount - 1)..length];
            }
        }
        return Normalize(joined);
    }

    /// <summary>The directory part of <paramref name="path"/>, never shorter than its root.</summary>
    public static string Dirname(string path)
    {
        var len = path.Length;
        if (len == 0) return ".";
        if (len == 1) return IsSep(path[0]) ? path : ".";

        var rootEnd = -1;
        var offset = 0;
        if (IsSep(path[0]))
        {
            rootEnd = offset = 1;
            if (IsSep(path[1]) && MatchUnc(path, out _, out _, out var shareEnd))
            {
                if (shareEnd == len) return path;
                // The separator after the share belongs to the root, as `/` does for POSIX.
                rootEnd = offset = shareEnd + 1;
            }
        }
        else if (PathText.IsDriveLetter(path[0]) && path[1] == ':')
        {
            rootEnd = offset = len > 2 && IsSep(path[2]) ? 3 : 2;
        }

        var end = -1;
        var matchedSlash = true;
        for (var i = len - 1; i >= offset; i--)
        {
            if (IsSep(path[i]))
            {
                if (!matchedSlash)
                {
                    end = i;
                    break;
                }
            }
            else
            {
                matchedSlash = false;
            }
        }
        if (end == -1)
        {
            if (rootEnd == -1) return ".";
            end = rootEnd;
        }
        return path[..end];
    }

    /// <summary>The last component of <paramref name="path"/>, without <paramref name="suffix"/> if it ends with it.</summary>
    public static string Basename(string path, string? suffix = null) =>
        PathText.Basename(path, suffix, DriveLength(path), windows: true);

    /// <summary>The extension of the last component, from its last dot; empty for none and for dotfiles.</summary>
    public static string Extname(string path) => PathText.Extname(path, DriveLength(path), windows: true);

    /// <summary>Splits <paramref name="path"/> into root, directory, base, extension and name.</summary>
    public static ParsedPath Parse(string path)
    {
        var len = path.Length;
        if (len == 0) return ParsedPath.Empty;
        if (len == 1) return IsSep(path[0]) ? new ParsedPath(path, path, "", "", "") : new ParsedPath("", "", path, "", path);

        var rootEnd = 0;
        if (IsSep(path[0]))
        {
            rootEnd = 1;
            if (IsSep(path[1]) && MatchUnc(path, out _, out _, out var shareEnd))
            {
                rootEnd = shareEnd == len ? len : shareEnd + 1;
            }
        }
        else if (PathText.IsDriveLetter(path[0]) && path[1] == ':')
        {
            if (len == 2 || (len == 3 && IsSep(path[2]))) return new ParsedPath(path, path, "", "", "");
            rootEnd = IsSep(path[2]) ? 3 : 2;
        }
        var root = path[..rootEnd];

        var component = PathText.ScanLastComponent(path, rootEnd, rootEnd, windows: true);
        string name = "", @base = "", ext = "";
        if (component.End != -1)
        {
            @base = path[component.StartPart..component.End];
            if (component.HasNoExtension)
            {
                name = @base;
            }
            else
            {
                name = path[component.StartPart..component.StartDot];
                ext = path[component.StartDot..component.End];
            }
        }
        // A root directory keeps its trailing separator (`C:\abc` -> `C:\`); any other drops it.
        var dir = component.StartPart > 0 && component.StartPart != rootEnd ? path[..(component.StartPart - 1)] : root;
        return new ParsedPath(root, dir, @base, ext, name);
    }

    /// <summary>The inverse of <see cref="Parse"/>: <c>dir</c> (or <c>root</c>) joined to <c>base</c> (or <c>name</c> + <c>ext</c>).</summary>
    public static string Format(ParsedPath parts) => PathText.Format(parts, Separator);

    private static bool IsSep(char c) => c == '\\' || c == '/';

    // 2 when the path starts with a drive letter and colon, so that its separator is not read as a trailing one.
    private static int DriveLength(string path) =>
        path.Length >= 2 && path[1] == ':' && PathText.IsDriveLetter(path[0]) ? 2 : 0;

    private static int NextColon(ReadOnlySpan<char> path, int index)
    {
        var next = path[(index + 1)..].IndexOf(':');
        return next == -1 ? -1 : index + 1 + next;
    }

    // Node compares the text before the colon, or (a quirk it has) everything but the last character when there is none.
    private static bool IsReservedName(ReadOnlySpan<char> path, int colonIndex)
    {
        var device = colonIndex >= 0 ? path[..colonIndex] : path[..^1];
        foreach (var name in ReservedNames)
        {
            if (device.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Matches the UNC prefix <c>\\server\share</c> of a path that starts with two separators: a non-empty server,
    /// one or more separators, and a non-empty share that ends at the next separator or the end.
    /// </summary>
    private static bool MatchUnc(ReadOnlySpan<char> path, out int serverEnd, out int shareStart, out int shareEnd)
    {
        var len = path.Length;
        var j = 2;
        while (j < len && !IsSep(path[j])) j++;
        serverEnd = j;
        while (j < len && IsSep(path[j])) j++;
        shareStart = j;
        while (j < len && !IsSep(path[j])) j++;
        shareEnd = j;
        return serverEnd > 2 && serverEnd < len && shareStart > serverEnd && shareStart < len;
    }
}
