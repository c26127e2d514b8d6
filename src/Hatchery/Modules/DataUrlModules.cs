using System.Text;

namespace Hatchery.Modules;

/// <summary>
/// ES modules imported from <c>data:</c> URLs, as Node 20 imports them: <c>text/javascript</c> is module source and
/// <c>application/json</c> JSON, the body percent-decoded or, after <c>;base64</c>, base64-decoded, and the URL itself the
/// module's key and location (its stack frames and <c>import.meta.url</c> name it). Such a module has no directory, so
/// only specifiers that need none (built-in modules, <c>data:</c> and <c>file:</c> URLs) resolve from it.
/// </summary>
internal static class DataUrlModules
{
    private const string Scheme = "data:";

    /// <summary>Whether <paramref name="specifier"/> is a <c>data:</c> URL.</summary>
    public static bool Is(string? specifier) => specifier is not null && specifier.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>The kinds of module a <c>data:</c> URL may hold.</summary>
    public enum Kind { JavaScript, Json }

    /// <summary>The module in <paramref name="url"/>: its kind and its text; throws Node's error for a URL Node refuses.</summary>
    public static (Kind Kind, string Text) Read(string url)
    {
        var comma = url.IndexOf(',');
        if (comma < 0) throw new ModuleLoadException("ERR_INVALID_URL", "Invalid URL", "TypeError");
        var header = url[Scheme.Length..comma];
        var parameters = header.Split(';');
        var mime = parameters[0].Trim().ToLowerInvariant();
        var base64 = parameters.Length > 1 && parameters[^1].Trim().Equals("base64", StringComparison.OrdinalIgnoreCase);
        var kind = mime switch
        {
            "text/javascript" or "application/javascript" => Kind.JavaScript,
            "application/json" => Kind.Json,
            // Node takes "data:,…" (no type) for an invalid URL.
            "" => throw new ModuleLoadException("ERR_INVALID_URL", "Invalid URL", "TypeError"),
            _ => throw new ModuleLoadException("ERR_UNKNOWN_MODULE_FORMAT", $"Unknown module format: {mime} for URL {url}", "RangeError"),
        };
        var body = url[(comma + 1)..];
        var bytes = base64 ? FromBase64(body) : PercentDecode(body);
        return (kind, new UTF8Encoding(false, false).GetString(bytes));
    }

    /// <summary>Node's import-attribute rule: JSON only with <c>with { type: 'json' }</c>, and that only for JSON.</summary>
    public static void CheckType(string url, Kind kind, bool declaredJson)
    {
        if (kind == Kind.Json && !declaredJson)
        {
            throw new ModuleLoadException("ERR_IMPORT_ASSERTION_TYPE_MISSING", $"Module \"{url}\" needs an import attribute of type \"json\"", "TypeError");
        }
        if (kind != Kind.Json && declaredJson)
        {
            throw new ModuleLoadException("ERR_IMPORT_ASSERTION_TYPE_FAILED", $"Module \"{url}\" is not of type \"json\"", "TypeError");
        }
    }

    /// <summary>Node's error for <paramref name="specifier"/>, which needs a directory, imported from a <c>data:</c> module.</summary>
    public static ModuleLoadException Unresolvable(string specifier, string referrer) =>
        new("ERR_UNSUPPORTED_RESOLVE_REQUEST",
            $"Failed to resolve module specifier \"{specifier}\" from \"{referrer}\": Invalid relative URL or base scheme is not hierarchical.", "TypeError");

    private static byte[] FromBase64(string body)
    {
        var text = Uri.UnescapeDataString(body).Replace(" ", "", StringComparison.Ordinal);
        if (text.Length % 4 != 0) text = text.PadRight(text.Length + (4 - (text.Length % 4)), '=');
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new ModuleLoadException("ERR_INVALID_URL", "Invalid URL", "TypeError");
        }
    }

    // %XX becomes its byte; anything else is the UTF-8 of its character, as the URL spec's percent-decode reads a string.
    private static byte[] PercentDecode(string body)
    {
        var bytes = new List<byte>(body.Length);
        var utf8 = Encoding.UTF8;
        for (var i = 0; i < body.Length; i++)
        {
            if (body[i] == '%' && i + 2 < body.Length && Uri.IsHexDigit(body[i + 1]) && Uri.IsHexDigit(body[i + 2]))
            {
                bytes.Add((byte)Convert.ToInt32(body.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            var length = char.IsHighSurrogate(body[i]) && i + 1 < body.Length ? 2 : 1;
            bytes.AddRange(utf8.GetBytes(body.Substring(i, length)));
            i += length - 1;
        }
        return bytes.ToArray();
    }
}
