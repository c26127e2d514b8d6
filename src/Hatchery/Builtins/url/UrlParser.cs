using System.Globalization;
using System.Text;

namespace Hatchery.Builtins.Url;

/// <summary>The basic URL parser's states; the setters start it in one of them (a state override).</summary>
internal enum UrlState
{
    None,
    SchemeStart,
    Scheme,
    NoScheme,
    SpecialRelativeOrAuthority,
    PathOrAuthority,
    Relative,
    RelativeSlash,
    SpecialAuthoritySlashes,
    SpecialAuthorityIgnoreSlashes,
    Authority,
    Host,
    Hostname,
    Port,
    File,
    FileSlash,
    FileHost,
    PathStart,
    Path,
    OpaquePath,
    Query,
    Fragment,
}

/// <summary>
/// The URL standard's basic URL parser (https://url.spec.whatwg.org/#concept-basic-url-parser), over UTF-16 units of
/// well-formed text: every character it tests is ASCII, and a surrogate pair is encoded as one code point.
/// </summary>
internal static class UrlParser
{
    private const int End = -1;

    // What the parser trims from both ends of its input (not from a setter's).
    private static readonly string C0ControlOrSpace = string.Create(0x21, 0, static (chars, _) =>
    {
        for (var i = 0; i < chars.Length; i++) chars[i] = (char)i;
    });

    /// <summary>Parses <paramref name="input"/> against an optional base; null when it is not a valid URL.</summary>
    public static UrlRecord? Parse(string input, UrlRecord? baseUrl)
    {
        var url = new UrlRecord();
        var trimmed = input.AsSpan().Trim(C0ControlOrSpace);
        return Run(trimmed.Length == input.Length ? input : trimmed.ToString(), baseUrl, url, UrlState.None) ? url : null;
    }

    /// <summary>Runs the parser on <paramref name="url"/> from <paramref name="state"/>, as a setter does; false for failure.</summary>
    public static bool Edit(string input, UrlRecord url, UrlState state) => Run(input, null, url, state);

    public static bool IsWindowsDriveLetter(string s, bool normalizedOnly) =>
        s.Length == 2 && char.IsAsciiLetter(s[0]) && (s[1] == ':' || (!normalizedOnly && s[1] == '|'));

    private static bool StartsWithWindowsDriveLetter(string s, int i)
    {
        if (s.Length - i < 2 || !char.IsAsciiLetter(s[i]) || (s[i + 1] != ':' && s[i + 1] != '|')) return false;
        if (s.Length - i == 2) return true;
        var c = s[i + 2];
        return c is '/' or '\\' or '?' or '#';
    }

    private static bool IsSingleDot(StringBuilder s) =>
        (s.Length == 1 && s[0] == '.') || (s.Length == 3 && s[0] == '%' && s[1] == '2' && (s[2] | 0x20) == 'e');

    private static bool IsDoubleDot(StringBuilder s)
    {
        var text = s.Length is >= 2 and <= 6 ? s.ToString() : "";
        return text == ".." || text.Equals(".%2e", StringComparison.OrdinalIgnoreCase)
            || text.Equals("%2e.", StringComparison.OrdinalIgnoreCase) || text.Equals("%2e%2e", StringComparison.OrdinalIgnoreCase);
    }

    private static string RemoveTabsAndNewlines(string input) =>
        input.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? input : input.Replace("\t", "", StringComparison.Ordinal)
            .Replace("\n", "", StringComparison.Ordinal).Replace("\r", "", StringComparison.Ordinal);

    private static bool Run(string input, UrlRecord? baseUrl, UrlRecord url, UrlState stateOverride)
    {
        var text = PercentEncoding.ToWellFormed(RemoveTabsAndNewlines(input));
        var overriding = stateOverride != UrlState.None;
        var state = overriding ? stateOverride : UrlState.SchemeStart;
        var buffer = new StringBuilder();
        bool atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
        var special = url.IsSpecial;
        int At(int i) => i < text.Length ? text[i] : End;

        for (var pointer = 0; pointer <= text.Length; pointer++)
        {
            var c = At(pointer);
            switch (state)
            {
                case UrlState.SchemeStart:
                    if (c != End && char.IsAsciiLetter((char)c))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                        state = UrlState.Scheme;
                    }
                    else if (!overriding)
                    {
                        state = UrlState.NoScheme;
                        pointer--;
                    }
                    else
                    {
                        return false;
                    }
                    break;

                case UrlState.Scheme:
                    if (c != End && (char.IsAsciiLetterOrDigit((char)c) || c is '+' or '-' or '.'))
                    {
                        buffer.Append(char.ToLowerInvariant((char)c));
                    }
                    else if (c == ':')
                    {
                        var scheme = buffer.ToString();
                        var schemeSpecial = UrlRecord.DefaultPort(scheme) != UrlRecord.NotSpecial;
                        if (overriding)
                        {
                            if (url.IsSpecial != schemeSpecial) return true;
                            if ((url.IncludesCredentials || url.Port >= 0) && scheme == "file") return true;
                            if (url.Scheme == "file" && url.Host == "") return true;
                        }
                        url.Scheme = scheme;
                        special = schemeSpecial;
                        if (overriding)
                        {
                            if (url.Port == UrlRecord.DefaultPort(scheme)) url.Port = -1;
                            return true;
                        }
                        buffer.Clear();
                        if (scheme == "file")
                        {
                            state = UrlState.File;
                        }
                        else if (special && baseUrl is not null && baseUrl.Scheme == scheme)
                        {
                            state = UrlState.SpecialRelativeOrAuthority;
                        }
                        else if (special)
                        {
                            state = UrlState.SpecialAuthoritySlashes;
                        }
                        else if (At(pointer + 1) == '/')
                        {
                            state = UrlState.PathOrAuthority;
                            pointer++;
                        }
                        else
                        {
                            url.OpaquePath = "";
                            state = UrlState.OpaquePath;
                        }
                    }
                    else if (!overriding)
                    {
                        buffer.Clear();
                        state = UrlState.NoScheme;
                        pointer = -1;
                    }
                    else
                    {
                        return false;
                    }
                    break;

                case UrlState.NoScheme:
                    if (baseUrl is null || (baseUrl.HasOpaquePath && c != '#')) return false;
                    if (baseUrl.HasOpaquePath)
                    {
                        url.Scheme = baseUrl.Scheme;
                        special = url.IsSpecial;
                        url.OpaquePath = baseUrl.OpaquePath;
                        url.Query = baseUrl.Query;
                        url.Fragment = "";
                        state = UrlState.Fragment;
                    }
                    else
                    {
                        state = baseUrl.Scheme != "file" ? UrlState.Relative : UrlState.File;
                        pointer--;
                    }
                    break;

                case UrlState.SpecialRelativeOrAuthority:
                    if (c == '/' && At(pointer + 1) == '/')
                    {
                        state = UrlState.SpecialAuthorityIgnoreSlashes;
                        pointer++;
                    }
                    else
                    {
                        state = UrlState.Relative;
                        pointer--;
                    }
                    break;

                case UrlState.PathOrAuthority:
                    if (c == '/')
                    {
                        state = UrlState.Authority;
                    }
                    else
                    {
                        state = UrlState.Path;
                        pointer--;
                    }
                    break;

                case UrlState.Relative:
                    url.Scheme = baseUrl!.Scheme;
                    special = url.IsSpecial;
                    if (c == '/' || (special && c == '\\'))
                    {
                        state = UrlState.RelativeSlash;
                    }
                    else
                    {
                        CopyAuthority(baseUrl, url);
                        url.Path = [.. baseUrl.Path];
                        url.Query = baseUrl.Query;
                        if (c == '?')
                        {
                            url.Query = "";
                            state = UrlState.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                        else if (c != End)
                        {
                            url.Query = null;
                            url.ShortenPath();
                            state = UrlState.Path;
                            pointer--;
                        }
                    }
                    break;

                case UrlState.RelativeSlash:
                    if (special && c is '/' or '\\')
                    {
                        state = UrlState.SpecialAuthorityIgnoreSlashes;
                    }
                    else if (c == '/')
                    {
                        state = UrlState.Authority;
                    }
                    else
                    {
                        CopyAuthority(baseUrl!, url);
                        state = UrlState.Path;
                        pointer--;
                    }
                    break;

                case UrlState.SpecialAuthoritySlashes:
                    state = UrlState.SpecialAuthorityIgnoreSlashes;
                    if (c == '/' && At(pointer + 1) == '/') pointer++;
                    else pointer--;
                    break;

                case UrlState.SpecialAuthorityIgnoreSlashes:
                    if (c is not '/' and not '\\')
                    {
                        state = UrlState.Authority;
                        pointer--;
                    }
                    break;

                case UrlState.Authority:
                    if (c == '@')
                    {
                        if (atSignSeen) buffer.Insert(0, "%40");
                        atSignSeen = true;
                        var credentials = buffer.ToString();
                        var username = new StringBuilder(url.Username);
                        var password = new StringBuilder(url.Password);
                        for (var i = 0; i < credentials.Length; i++)
                        {
                            if (credentials[i] == ':' && !passwordTokenSeen)
                            {
                                passwordTokenSeen = true;
                                continue;
                            }
                            PercentEncoding.Append(passwordTokenSeen ? password : username, credentials, ref i, EncodeSet.Userinfo);
                        }
                        url.Username = username.ToString();
                        url.Password = password.ToString();
                        buffer.Clear();
                    }
                    else if (c is End or '/' or '?' or '#' || (special && c == '\\'))
                    {
                        if (atSignSeen && buffer.Length == 0) return false;
                        pointer -= buffer.Length + 1;
                        buffer.Clear();
                        state = UrlState.Host;
                    }
                    else
                    {
                        buffer.Append((char)c);
                    }
                    break;

                case UrlState.Host:
                case UrlState.Hostname:
                    if (overriding && url.Scheme == "file")
                    {
                        pointer--;
                        state = UrlState.FileHost;
                    }
                    else if (c == ':' && !insideBrackets)
                    {
                        if (buffer.Length == 0 || stateOverride == UrlState.Hostname) return false;
                        if (UrlHost.Parse(buffer.ToString(), !special) is not { } host) return false;
                        url.Host = host;
                        buffer.Clear();
                        state = UrlState.Port;
                    }
                    else if (c is End or '/' or '?' or '#' || (special && c == '\\'))
                    {
                        pointer--;
                        if (special && buffer.Length == 0) return false;
                        if (overriding && buffer.Length == 0 && (url.IncludesCredentials || url.Port >= 0)) return false;
                        if (UrlHost.Parse(buffer.ToString(), !special) is not { } host) return false;
                        url.Host = host;
                        buffer.Clear();
                        state = UrlState.PathStart;
                        if (overriding) return true;
                    }
                    else
                    {
                        if (c == '[') insideBrackets = true;
                        if (c == ']') insideBrackets = false;
                        buffer.Append((char)c);
                    }
                    break;

                case UrlState.Port:
                    if (c != End && char.IsAsciiDigit((char)c))
                    {
                        buffer.Append((char)c);
                    }
                    else if (c is End or '/' or '?' or '#' || (special && c == '\\') || overriding)
                    {
                        if (buffer.Length > 0)
                        {
                            var digits = buffer.ToString().TrimStart('0');
                            if (digits.Length > 5) return false;
                            var port = digits.Length == 0 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
                            if (port > 65535) return false;
                            url.Port = port == UrlRecord.DefaultPort(url.Scheme) ? -1 : port;
                            buffer.Clear();
                        }
                        if (overriding) return true;
                        state = UrlState.PathStart;
                        pointer--;
                    }
                    else
                    {
                        return false;
                    }
                    break;

                case UrlState.File:
                    url.Scheme = "file";
                    special = true;
                    url.Host = "";
                    if (c is '/' or '\\')
                    {
                        state = UrlState.FileSlash;
                    }
                    else if (baseUrl is { Scheme: "file" })
                    {
                        url.Host = baseUrl.Host;
                        url.Path = [.. baseUrl.Path];
                        url.Query = baseUrl.Query;
                        if (c == '?')
                        {
                            url.Query = "";
                            state = UrlState.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                        else if (c != End)
                        {
                            url.Query = null;
                            if (!StartsWithWindowsDriveLetter(text, pointer)) url.ShortenPath();
                            else url.Path = [];
                            state = UrlState.Path;
                            pointer--;
                        }
                    }
                    else
                    {
                        state = UrlState.Path;
                        pointer--;
                    }
                    break;

                case UrlState.FileSlash:
                    if (c is '/' or '\\')
                    {
                        state = UrlState.FileHost;
                    }
                    else
                    {
                        if (baseUrl is { Scheme: "file" })
                        {
                            url.Host = baseUrl.Host;
                            if (!StartsWithWindowsDriveLetter(text, pointer) && baseUrl.Path.Count > 0
                                && IsWindowsDriveLetter(baseUrl.Path[0], normalizedOnly: true))
                            {
                                url.Path.Add(baseUrl.Path[0]);
                            }
                        }
                        state = UrlState.Path;
                        pointer--;
                    }
                    break;

                case UrlState.FileHost:
                    if (c is End or '/' or '\\' or '?' or '#')
                    {
                        pointer--;
                        var hostText = buffer.ToString();
                        if (!overriding && IsWindowsDriveLetter(hostText, normalizedOnly: false))
                        {
                            // The drive letter stays in the buffer for the path state to pick up.
                            state = UrlState.Path;
                        }
                        else if (hostText.Length == 0)
                        {
                            url.Host = "";
                            if (overriding) return true;
                            state = UrlState.PathStart;
                        }
                        else
                        {
                            if (UrlHost.Parse(hostText, !special) is not { } host) return false;
                            url.Host = host == "localhost" ? "" : host;
                            if (overriding) return true;
                            buffer.Clear();
                            state = UrlState.PathStart;
                        }
                    }
                    else
                    {
                        buffer.Append((char)c);
                    }
                    break;

                case UrlState.PathStart:
                    if (special)
                    {
                        state = UrlState.Path;
                        if (c is not '/' and not '\\') pointer--;
                    }
                    else if (!overriding && c == '?')
                    {
                        url.Query = "";
                        state = UrlState.Query;
                    }
                    else if (!overriding && c == '#')
                    {
                        url.Fragment = "";
                        state = UrlState.Fragment;
                    }
                    else if (c != End)
                    {
                        state = UrlState.Path;
                        if (c != '/') pointer--;
                    }
                    else if (overriding && url.Host is null)
                    {
                        url.Path.Add("");
                    }
                    break;

                case UrlState.Path:
                    var slash = c == '/' || (special && c == '\\');
                    if (c == End || slash || (!overriding && c is '?' or '#'))
                    {
                        if (IsDoubleDot(buffer))
                        {
                            url.ShortenPath();
                            if (!slash) url.Path.Add("");
                        }
                        else if (IsSingleDot(buffer))
                        {
                            if (!slash) url.Path.Add("");
                        }
                        else
                        {
                            if (url.Scheme == "file" && url.Path.Count == 0 && buffer.Length == 2
                                && char.IsAsciiLetter(buffer[0]) && buffer[1] is ':' or '|')
                            {
                                buffer[1] = ':';
                            }
                            url.Path.Add(buffer.ToString());
                        }
                        buffer.Clear();
                        if (c == '?')
                        {
                            url.Query = "";
                            state = UrlState.Query;
                        }
                        else if (c == '#')
                        {
                            url.Fragment = "";
                            state = UrlState.Fragment;
                        }
                    }
                    else
                    {
                        PercentEncoding.Append(buffer, text, ref pointer, EncodeSet.Path);
                    }
                    break;

                case UrlState.OpaquePath:
                    pointer = AppendRun(url, text, pointer, EncodeSet.C0Control, UrlState.OpaquePath, ref state);
                    break;

                case UrlState.Query:
                    if (!overriding && c == '#')
                    {
                        url.Fragment = "";
                        state = UrlState.Fragment;
                    }
                    else if (c != End)
                    {
                        pointer = AppendRun(url, text, pointer, special ? EncodeSet.SpecialQuery : EncodeSet.Query, UrlState.Query, ref state, overriding);
                    }
                    break;

                case UrlState.Fragment:
                    if (c != End) pointer = AppendRun(url, text, pointer, EncodeSet.Fragment, UrlState.Fragment, ref state);
                    break;
            }
        }
        return true;
    }

    private static void CopyAuthority(UrlRecord from, UrlRecord to)
    {
        to.Username = from.Username;
        to.Password = from.Password;
        to.Host = from.Host;
        to.Port = from.Port;
    }

    /// <summary>
    /// The opaque-path, query and fragment states in one pass over their run of characters, up to the delimiter that
    /// ends them (<c>?</c> or <c>#</c>; none for a fragment or an overridden query). Returns the last pointer consumed;
    /// at a delimiter it sets the next state and leaves the pointer on it, as the standard's per-character loop would.
    /// </summary>
    private static int AppendRun(UrlRecord url, string text, int pointer, EncodeSet set, UrlState current, ref UrlState state, bool overriding = false)
    {
        var builder = new StringBuilder(current switch
        {
            UrlState.OpaquePath => url.OpaquePath,
            UrlState.Query => url.Query,
            _ => url.Fragment,
        });
        var i = pointer;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (current == UrlState.OpaquePath && c == '?')
            {
                url.Query = "";
                state = UrlState.Query;
                break;
            }
            if (current != UrlState.Fragment && !overriding && c == '#')
            {
                url.Fragment = "";
                state = UrlState.Fragment;
                break;
            }
            PercentEncoding.Append(builder, text, ref i, set);
        }
        var value = builder.ToString();
        switch (current)
        {
            case UrlState.OpaquePath: url.OpaquePath = value; break;
            case UrlState.Query: url.Query = value; break;
            default: url.Fragment = value; break;
        }
        // At the end of the text the loop's final step (End) does nothing in these states.
        return i < text.Length ? i : text.Length;
    }
}
