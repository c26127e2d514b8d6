namespace Hatchery.Builtins.Path;

public static partial class WindowsPath
{
    /// <summary>
    /// Resolves the arguments right to left until both a device and an absolute path are known, falling back to
    /// <paramref name="cwd"/>. On a POSIX host the cwd has no drive, so it resolves to a rooted path like <c>\home\me</c>.
    /// </summary>
    public static string Resolve<TArgs>(TArgs paths, string cwd) where TArgs : IPathArguments
    {
        var resolvedDevice = "";
        var resolvedTail = "";
        var resolvedAbsolute = false;

        for (var i = paths.Count - 1; i >= -1; i--)
        {
            string path;
            if (i >= 0)
            {
                path = paths.Get(i, resolving: true);
                if (path.Length == 0) continue;
            }
            else
            {
                path = cwd;
                // Windows keeps a cwd per drive; when ours is on another drive, that drive's root is the best guess.
                if (resolvedDevice.Length > 0 && path.Length > 2 && path[2] == '\\' &&
                    !path.AsSpan(0, 2).Equals(resolvedDevice, StringComparison.OrdinalIgnoreCase))
                {
                    path = resolvedDevice + "\\";
                }
            }

            var (device, rootEnd, isAbsolute) = MatchRoot(path);
            if (device.Length > 0)
            {
                if (resolvedDevice.Length > 0)
                {
                    // A path on another device does not contribute.
                    if (!JsLowerCase(device).Equals(JsLowerCase(resolvedDevice), StringComparison.Ordinal)) continue;
                }
                else
                {
                    resolvedDevice = device;
                }
            }

            if (resolvedAbsolute)
            {
                if (resolvedDevice.Length > 0) break;
            }
            else
            {
                resolvedTail = string.Concat(path.AsSpan(rootEnd), "\\", resolvedTail);
                resolvedAbsolute = isAbsolute;
                if (isAbsolute && resolvedDevice.Length > 0) break;
            }
        }

        using var scratch = new ScratchBuffer(stackalloc char[256], resolvedTail.Length);
        var tail = scratch.Span[..PathText.NormalizeSegments(resolvedTail, !resolvedAbsolute, true, '\\', scratch.Span)];
        if (resolvedAbsolute) return string.Concat(resolvedDevice, "\\", tail);
        return resolvedDevice.Length + tail.Length > 0 ? string.Concat(resolvedDevice, tail) : ".";
    }

    /// <summary>
    /// The relative path from <paramref name="from"/> to <paramref name="to"/>, both resolved against
    /// <paramref name="cwd"/> and compared case-insensitively; a path on another root is returned resolved.
    /// </summary>
    public static string Relative(string from, string to, string cwd)
    {
        if (from == to) return "";
        var fromOrig = Resolve(new StringPathArguments([from]), cwd);
        var toOrig = Resolve(new StringPathArguments([to]), cwd);
        if (fromOrig == toOrig) return "";
        from = JsLowerCase(fromOrig);
        to = JsLowerCase(toOrig);
        if (from == to) return "";
        // Lower-casing changed a length, so character offsets no longer line up: compare whole segments instead.
        if (fromOrig.Length != from.Length || toOrig.Length != to.Length) return RelativeBySegments(fromOrig, toOrig);

        var fromStart = 0;
        while (fromStart < from.Length && from[fromStart] == '\\') fromStart++;
        // Trailing separators only occur on UNC roots.
        var fromEnd = from.Length;
        while (fromEnd - 1 > fromStart && from[fromEnd - 1] == '\\') fromEnd--;
        var fromLen = fromEnd - fromStart;

        var toStart = 0;
        while (toStart < to.Length && to[toStart] == '\\') toStart++;
        var toEnd = to.Length;
        while (toEnd - 1 > toStart && to[toEnd - 1] == '\\') toEnd--;
        var toLen = toEnd - toStart;

        var length = Math.Min(fromLen, toLen);
        var lastCommonSep = -1;
        var i = 0;
        for (; i < length; i++)
        {
            var c = from[fromStart + i];
            if (c != to[toStart + i]) break;
            if (c == '\\') lastCommonSep = i;
        }

        if (i != length)
        {
            // Different before any common separator: different roots.
            if (lastCommonSep == -1) return toOrig;
        }
        else
        {
            if (toLen > length)
            {
                // `from` is a base of `to` (C:\foo -> C:\foo\bar), or the drive root (C:\ -> C:\foo).
                if (to[toStart + i] == '\\') return toOrig[(toStart + i + 1)..];
                if (i == 2) return toOrig[(toStart + i)..];
            }
            if (fromLen > length)
            {
                // `to` is a base of `from` (C:\foo\bar -> C:\foo), or the drive root (C:\foo -> C:\).
                if (from[fromStart + i] == '\\') lastCommonSep = i;
                else if (i == 2) lastCommonSep = 3;
            }
            if (lastCommonSep == -1) lastCommonSep = 0;
        }

        var ups = 0;
        for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++)
        {
            if (i == fromEnd || from[i] == '\\') ups++;
        }
        toStart += lastCommonSep;
        if (ups > 0) return string.Concat(ParentSteps(ups, trailing: false), toOrig.AsSpan(toStart, toEnd - toStart));
        if (toStart < toOrig.Length && toOrig[toStart] == '\\') toStart++;
        return toOrig[toStart..toEnd];
    }

    /// <summary>
    /// The <c>\\?\</c> long-path form of a drive or UNC path (resolved against <paramref name="cwd"/>); other paths
    /// come back resolved, and the empty string unchanged.
    /// </summary>
    public static string ToNamespacedPath(string path, string cwd)
    {
        if (path.Length == 0) return path;
        var resolved = Resolve(new StringPathArguments([path]), cwd);
        if (resolved.Length <= 2) return path;
        if (resolved[0] == '\\')
        {
            if (resolved[1] == '\\' && resolved[2] != '?' && resolved[2] != '.')
            {
                return string.Concat("\\\\?\\UNC\\", resolved.AsSpan(2));
            }
        }
        else if (PathText.IsDriveLetter(resolved[0]) && resolved[1] == ':' && resolved[2] == '\\')
        {
            return string.Concat("\\\\?\\", resolved);
        }
        return resolved;
    }

    // The root of a path for resolve: its device (drive, UNC share or \\.\ device), where the rest starts, and whether it is rooted.
    private static (string Device, int RootEnd, bool IsAbsolute) MatchRoot(string path)
    {
        var len = path.Length;
        if (len == 1) return IsSep(path[0]) ? ("", 1, true) : ("", 0, false);
        if (IsSep(path[0]))
        {
            if (!IsSep(path[1])) return ("", 1, true);
            if (!MatchUnc(path, out var serverEnd, out var shareStart, out var shareEnd)) return ("", 0, true);
            var server = path.AsSpan(2, serverEnd - 2);
            if (server is "." or "?") return (string.Concat("\\\\", server), 4, true);
            return (string.Concat("\\\\", server, "\\", path.AsSpan(shareStart, shareEnd - shareStart)), shareEnd, true);
        }
        if (PathText.IsDriveLetter(path[0]) && path[1] == ':')
        {
            return len > 2 && IsSep(path[2]) ? (path[..2], 3, true) : (path[..2], 2, false);
        }
        return ("", 0, false);
    }

    private static string RelativeBySegments(string fromOrig, string toOrig)
    {
        var fromSplit = fromOrig.Split('\\');
        var toSplit = toOrig.Split('\\');
        var fromLen = fromSplit[^1].Length == 0 ? fromSplit.Length - 1 : fromSplit.Length;
        var toLen = toSplit[^1].Length == 0 ? toSplit.Length - 1 : toSplit.Length;
        var length = Math.Min(fromLen, toLen);
        var i = 0;
        while (i < length && JsLowerCase(fromSplit[i]) == JsLowerCase(toSplit[i])) i++;
        if (i == 0) return toOrig;
        var rest = string.Join('\\', toSplit, i, toLen - i);
        if (i == length)
        {
            if (toLen > length) return rest;
            if (fromLen > length) return string.Concat(ParentSteps(fromLen - 1 - i, trailing: true), "..");
            return "";
        }
        return string.Concat(ParentSteps(fromLen - i, trailing: true), rest);
    }

    // `count` times `..`, separated by `\` and optionally followed by one: the climb out of `count` directories.
    private static string ParentSteps(int count, bool trailing)
    {
        if (count <= 0) return "";
        return string.Create(count * 3 - (trailing ? 0 : 1), count, static (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = i % 3 == 2 ? '\\' : '.';
        });
    }

    /// <summary>
    /// JavaScript's <c>toLowerCase</c>: like the invariant culture, except that U+0130 (capital I with dot)
    /// becomes two characters, the case Node's relative() watches for.
    /// </summary>
    private static string JsLowerCase(string text) =>
        text.Contains('\u0130') ? text.Replace("\u0130", "i\u0307").ToLowerInvariant() : text.ToLowerInvariant();
}
