namespace Hatchery.Builtins.Path;

/// <summary>
/// Node's <c>path.posix</c> algorithms as pure string functions: <c>/</c> is the only separator and a path is
/// absolute when it starts with one. Results match Node character for character, quirks included.
/// </summary>
public static class PosixPath
{
    /// <summary>The segment separator, <c>/</c>.</summary>
    public const char Separator = '/';

    /// <summary>The <c>PATH</c> list delimiter, <c>:</c>.</summary>
    public const char Delimiter = ':';

    /// <summary>Whether <paramref name="path"/> starts at the root.</summary>
    public static bool IsAbsolute(string path) => path.Length > 0 && path[0] == '/';

    /// <summary>Resolves <c>.</c> and <c>..</c> and collapses separators, keeping one trailing separator.</summary>
    public static string Normalize(string path) => Normalize(path.AsSpan());

    private static string Normalize(ReadOnlySpan<char> path)
    {
        if (path.Length == 0) return ".";
        var isAbsolute = path[0] == '/';
        var trailingSeparator = path[^1] == '/';
        using var scratch = new ScratchBuffer(stackalloc char[256], path.Length);
        var tail = scratch.Span[..PathText.NormalizeSegments(path, !isAbsolute, false, '/', scratch.Span)];
        if (tail.Length == 0)
        {
            if (isAbsolute) return "/";
            return trailingSeparator ? "./" : ".";
        }
        return string.Concat(isAbsolute ? "/" : "", tail, trailingSeparator ? "/" : "");
    }

    /// <summary>Joins the non-empty arguments with <c>/</c> and normalizes the result.</summary>
    public static string Join<TArgs>(TArgs paths) where TArgs : IPathArguments
    {
        var length = -1;
        for (var i = 0; i < paths.Count; i++)
        {
            var part = paths.Get(i, resolving: false);
            if (part.Length > 0) length += part.Length + 1;
        }
        if (length <= 0) return ".";

        using var joined = new ScratchBuffer(stackalloc char[256], length);
        var position = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var part = paths.Get(i, resolving: false);
            if (part.Length == 0) continue;
            if (position > 0) joined.Span[position++] = '/';
            part.CopyTo(joined.Span[position..]);
            position += part.Length;
        }
        return Normalize(joined.Span[..length]);
    }

    /// <summary>Resolves the arguments right to left until one is absolute, falling back to <paramref name="cwd"/>.</summary>
    public static string Resolve<TArgs>(TArgs paths, string cwd) where TArgs : IPathArguments
    {
        // First pass: find the rightmost absolute argument, validating only what Node would look at.
        var first = paths.Count;
        var length = 0;
        var absolute = false;
        for (var i = paths.Count - 1; i >= 0 && !absolute; i--)
        {
            var part = paths.Get(i, resolving: true);
            if (part.Length == 0) continue;
            first = i;
            length += part.Length + 1;
            absolute = part[0] == '/';
        }
        var useCwd = !absolute;
        if (useCwd)
        {
            length += cwd.Length + 1;
            absolute = cwd.Length > 0 && cwd[0] == '/';
        }

        using var joined = new ScratchBuffer(stackalloc char[256], length);
        var position = 0;
        if (useCwd) Append(joined.Span, ref position, cwd);
        for (var i = first; i < paths.Count; i++)
        {
            var part = paths.Get(i, resolving: true);
            if (part.Length > 0) Append(joined.Span, ref position, part);
        }

        using var normalized = new ScratchBuffer(stackalloc char[256], position);
        var tail = normalized.Span[..PathText.NormalizeSegments(joined.Span[..position], !absolute, false, '/', normalized.Span)];
        if (absolute) return string.Concat("/", tail);
        return tail.Length > 0 ? tail.ToString() : ".";
    }

    /// <summary>The relative path from <paramref name="from"/> to <paramref name="to"/>, both resolved against <paramref name="cwd"/>.</summary>
    public static string Relative(string from, string to, string cwd)
    {
        if (from == to) return "";
        from = Resolve(new StringPathArguments([from]), cwd);
        to = Resolve(new StringPathArguments([to]), cwd);
        if (from == to) return "";

        // Both are absolute now; compare them past the leading separator.
        const int start = 1;
        var fromLength = from.Length - start;
        var toLength = to.Length - start;
        var length = Math.Min(fromLength, toLength);
        var lastCommonSeparator = -1;
        var i = 0;
        for (; i < length; i++)
        {
            var c = from[start + i];
            if (c != to[start + i]) break;
            if (c == '/') lastCommonSeparator = i;
        }
        if (i == length)
        {
            if (toLength > length)
            {
                // `from` is a base of `to` (from='/foo/bar', to='/foo/bar/baz'), or the root.
                if (to[start + i] == '/') return to[(start + i + 1)..];
                if (i == 0) return to[(start + i)..];
            }
            else if (fromLength > length)
            {
                // `to` is a base of `from` (from='/foo/bar/baz', to='/foo/bar'), or the root.
                if (from[start + i] == '/') lastCommonSeparator = i;
                else if (i == 0) lastCommonSeparator = 0;
            }
        }

        var ups = 0;
        for (i = start + lastCommonSeparator + 1; i <= from.Length; i++)
        {
            if (i == from.Length || from[i] == '/') ups++;
        }
        var rest = to.AsSpan(start + lastCommonSeparator);
        return string.Create(ups == 0 ? rest.Length : ups * 3 - 1 + rest.Length, (ups, to, restStart: start + lastCommonSeparator), static (span, state) =>
        {
            var position = 0;
            for (var n = 0; n < state.ups; n++)
            {
                if (n > 0) span[position++] = '/';
                span[position++] = '.';
                span[position++] = '.';
            }
            state.to.AsSpan(state.restStart).CopyTo(span[position..]);
        });
    }

    /// <summary>Returns the path unchanged: POSIX has no namespaced form.</summary>
    public static string ToNamespacedPath(string path) => path;

    /// <summary>The directory part of <paramref name="path"/>, ignoring trailing separators.</summary>
    public static string Dirname(string path)
    {
        if (path.Length == 0) return ".";
        var hasRoot = path[0] == '/';
        var end = -1;
        var matchedSlash = true;
        for (var i = path.Length - 1; i >= 1; i--)
        {
            if (path[i] == '/')
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
        if (end == -1) return hasRoot ? "/" : ".";
        if (hasRoot && end == 1) return "//";
        return path[..end];
    }

    /// <summary>The last component of <paramref name="path"/>, without <paramref name="suffix"/> if it ends with it.</summary>
    public static string Basename(string path, string? suffix = null) => PathText.Basename(path, suffix, 0, windows: false);

    /// <summary>The extension of the last component, from its last dot; empty for none and for dotfiles.</summary>
    public static string Extname(string path) => PathText.Extname(path, 0, windows: false);

    /// <summary>Splits <paramref name="path"/> into root, directory, base, extension and name.</summary>
    public static ParsedPath Parse(string path)
    {
        if (path.Length == 0) return ParsedPath.Empty;
        var isAbsolute = path[0] == '/';
        var root = isAbsolute ? "/" : "";
        var component = PathText.ScanLastComponent(path, isAbsolute ? 1 : 0, 0, windows: false);
        string name = "", @base = "", ext = "";
        if (component.End != -1)
        {
            // Node slices from 1 for a root-level component but tests for `..` against the unadjusted start.
            var start = component.StartPart == 0 && isAbsolute ? 1 : component.StartPart;
            @base = path[start..component.End];
            if (component.HasNoExtension)
            {
                name = @base;
            }
            else
            {
                name = path[start..component.StartDot];
                ext = path[component.StartDot..component.End];
            }
        }
        var dir = component.StartPart > 0 ? path[..(component.StartPart - 1)] : root;
        return new ParsedPath(root, dir, @base, ext, name);
    }

    /// <summary>The inverse of <see cref="Parse"/>: <c>dir</c> (or <c>root</c>) joined to <c>base</c> (or <c>name</c> + <c>ext</c>).</summary>
    public static string Format(ParsedPath parts) => PathText.Format(parts, Separator);

    private static void Append(Span<char> buffer, ref int position, string part)
    {
        part.CopyTo(buffer[position..]);
        position += part.Length;
        buffer[position++] = '/';
    }
}
