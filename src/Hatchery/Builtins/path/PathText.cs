using System.Buffers;

namespace Hatchery.Builtins.Path;

/// <summary>The scanning steps that POSIX and Windows paths share; only the set of separators differs.</summary>
internal static class PathText
{
    /// <summary>Whether <paramref name="c"/> separates segments: <c>/</c> always, <c>\</c> only on Windows.</summary>
    public static bool IsSeparator(char c, bool windows) => c == '/' || (windows && c == '\\');

    /// <summary>An ASCII letter, the only thing Windows accepts before the colon of a drive root.</summary>
    public static bool IsDriveLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>
    /// Collapses <c>.</c>, <c>..</c> and repeated separators of <paramref name="path"/> into <paramref name="output"/>,
    /// which must be at least as long as the path; returns the written length. The output never has a leading or
    /// trailing separator, and keeps leading <c>..</c> segments only when <paramref name="allowAboveRoot"/>.
    /// </summary>
    public static int NormalizeSegments(ReadOnlySpan<char> path, bool allowAboveRoot, bool windows, char separator, Span<char> output)
    {
        var length = 0;
        var lastSegmentStart = 0;
        var segmentStart = 0;
        for (var i = 0; i <= path.Length; i++)
        {
            if (i < path.Length && !IsSeparator(path[i], windows)) continue;
            var segment = path[segmentStart..i];
            segmentStart = i + 1;
            if (segment.Length == 0 || segment is ".") continue;
            if (segment is "..")
            {
                var lastIsParent = length - lastSegmentStart == 2 && output[lastSegmentStart] == '.' && output[lastSegmentStart + 1] == '.';
                if (length > 0 && !lastIsParent)
                {
                    // Drop the last segment together with the separator before it.
                    length = lastSegmentStart == 0 ? 0 : lastSegmentStart - 1;
                    lastSegmentStart = length == 0 ? 0 : output[..length].LastIndexOf(separator) + 1;
                    continue;
                }
                if (!allowAboveRoot) continue;
            }
            if (length > 0) output[length++] = separator;
            lastSegmentStart = length;
            segment.CopyTo(output[length..]);
            length += segment.Length;
        }
        return length;
    }

    /// <summary>The last component of <paramref name="path"/> at or after <paramref name="start"/>, minus <paramref name="suffix"/> when it ends with it.</summary>
    public static string Basename(string path, string? suffix, int start, bool windows)
    {
        var end = -1;
        var matchedSlash = true;
        if (suffix is { Length: > 0 } && suffix.Length <= path.Length)
        {
            if (suffix == path) return "";
            var suffixIndex = suffix.Length - 1;
            var firstNonSlashEnd = -1;
            for (var i = path.Length - 1; i >= start; i--)
            {
                var c = path[i];
                if (IsSeparator(c, windows))
                {
                    if (!matchedSlash)
                    {
                        start = i + 1;
                        break;
                    }
                    continue;
                }
                if (firstNonSlashEnd == -1)
                {
                    matchedSlash = false;
                    firstNonSlashEnd = i + 1;
                }
                if (suffixIndex < 0) continue;
                if (c == suffix[suffixIndex])
                {
                    if (--suffixIndex == -1) end = i;
                }
                else
                {
                    // The suffix does not match, so the whole component is the answer.
                    suffixIndex = -1;
                    end = firstNonSlashEnd;
                }
            }
            if (start == end) end = firstNonSlashEnd;
            else if (end == -1) end = path.Length;
            return path[start..end];
        }

        for (var i = path.Length - 1; i >= start; i--)
        {
            if (IsSeparator(path[i], windows))
            {
                if (!matchedSlash)
                {
                    start = i + 1;
                    break;
                }
            }
            else if (end == -1)
            {
                matchedSlash = false;
                end = i + 1;
            }
        }
        return end == -1 ? "" : path[start..end];
    }

    /// <summary>Where the last component of a path lies and where its extension starts.</summary>
    public readonly record struct Component(int StartPart, int StartDot, int End, int PreDotState)
    {
        /// <summary>Whether the component has no extension: no dot, a leading dot only, or exactly <c>..</c>.</summary>
        public bool HasNoExtension => StartDot == -1 || End == -1 || PreDotState == 0 ||
            (PreDotState == 1 && StartDot == End - 1 && StartDot == StartPart + 1);
    }

    /// <summary>Scans the last component of <paramref name="path"/> backwards down to <paramref name="lowerBound"/>.</summary>
    public static Component ScanLastComponent(string path, int lowerBound, int startPart, bool windows)
    {
        var startDot = -1;
        var end = -1;
        var matchedSlash = true;
        // 0: nothing seen before the first dot yet, 1: only dots, -1: some other character.
        var preDotState = 0;
        for (var i = path.Length - 1; i >= lowerBound; i--)
        {
            var c = path[i];
            if (IsSeparator(c, windows))
            {
                if (!matchedSlash)
                {
                    startPart = i + 1;
                    break;
                }
                continue;
            }
            if (end == -1)
            {
                matchedSlash = false;
                end = i + 1;
            }
            if (c == '.')
            {
                if (startDot == -1) startDot = i;
                else if (preDotState != 1) preDotState = 1;
            }
            else if (startDot != -1)
            {
                preDotState = -1;
            }
        }
        return new Component(startPart, startDot, end, preDotState);
    }

    /// <summary>The extension of the last component at or after <paramref name="start"/>, or the empty string.</summary>
    public static string Extname(string path, int start, bool windows)
    {
        var component = ScanLastComponent(path, start, start, windows);
        return component.HasNoExtension ? "" : path[component.StartDot..component.End];
    }

    /// <summary><c>path.format</c> over string parts, where an empty string counts as absent like a falsy value in Node.</summary>
    public static string Format(ParsedPath parts, char separator)
    {
        var dir = parts.Dir is { Length: > 0 } ? parts.Dir : parts.Root ?? "";
        var @base = parts.Base is { Length: > 0 } ? parts.Base : string.Concat(parts.Name, FormatExtension(parts.Ext));
        return Compose(dir, dir == parts.Root, @base, separator);
    }

    /// <summary>The extension as <c>format</c> writes it: a dot is added unless it already starts with one.</summary>
    public static string FormatExtension(string? ext) =>
        ext is not { Length: > 0 } ? "" : ext[0] == '.' ? ext : string.Concat(".", ext);

    /// <summary>The last step of <c>format</c>: the separator goes between dir and base unless dir is the root itself.</summary>
    public static string Compose(string dir, bool dirIsRoot, string @base, char separator)
    {
        if (dir.Length == 0) return @base;
        return dirIsRoot ? string.Concat(dir, @base) : string.Concat(dir, separator.ToString(), @base);
    }

    /// <summary>Concatenates <c>a + separator + b</c> for the joined forms of <c>join</c>.</summary>
    public static string JoinTwo(string a, char separator, string b) =>
        string.Create(a.Length + 1 + b.Length, (a, separator, b), static (span, state) =>
        {
            state.a.CopyTo(span);
            span[state.a.Length] = state.separator;
            state.b.CopyTo(span[(state.a.Length + 1)..]);
        });
}

/// <summary>A scratch character buffer on the stack for short paths, rented from the shared pool for long ones.</summary>
internal ref struct ScratchBuffer
{
    private char[]? _rented;

    public ScratchBuffer(Span<char> stack, int needed)
    {
        if (needed <= stack.Length)
        {
            Span = stack;
        }
        else
        {
            _rented = ArrayPool<char>.Shared.Rent(needed);
            Span = _rented;
        }
    }

    /// <summary>The usable buffer.</summary>
    public Span<char> Span { get; }

    public void Dispose()
    {
        if (_rented is null) return;
        ArrayPool<char>.Shared.Return(_rented);
        _rented = null;
    }
}
