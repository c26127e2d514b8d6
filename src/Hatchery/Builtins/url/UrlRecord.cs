using System.Globalization;
using System.Text;

namespace Hatchery.Builtins.Url;

/// <summary>
/// A URL record as the URL standard defines it, with its serialiser. <see cref="Host"/> is the serialised host or
/// null; <see cref="OpaquePath"/> is set for a URL whose path is opaque, and <see cref="Path"/> holds the segments
/// otherwise.
/// </summary>
internal sealed class UrlRecord
{
    public string Scheme { get; set; } = "";

    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public string? Host { get; set; }

    /// <summary>The port, or -1 for none (also when it is the scheme's default).</summary>
    public int Port { get; set; } = -1;

    public List<string> Path { get; set; } = [];

    public string? OpaquePath { get; set; }

    public string? Query { get; set; }

    public string? Fragment { get; set; }

    public bool HasOpaquePath => OpaquePath is not null;

    public bool IncludesCredentials => Username.Length > 0 || Password.Length > 0;

    /// <summary>Whether the username, password and port may be set: a host that is not empty, and not a file URL.</summary>
    public bool CannotHaveCredentialsOrPort => string.IsNullOrEmpty(Host) || Scheme == "file";

    public bool IsSpecial => DefaultPort(Scheme) != NotSpecial;

    /// <summary>What <see cref="DefaultPort"/> answers for a scheme that is not special.</summary>
    public const int NotSpecial = -2;

    /// <summary>A special scheme's default port (-1 for file, which has none), or <see cref="NotSpecial"/>.</summary>
    public static int DefaultPort(string scheme) => scheme switch
    {
        "http" or "ws" => 80,
        "https" or "wss" => 443,
        "ftp" => 21,
        "file" => -1,
        _ => NotSpecial,
    };

    public UrlRecord Clone()
    {
        var copy = (UrlRecord)MemberwiseClone();
        copy.Path = [.. Path];
        return copy;
    }

    /// <summary>Removes the last path segment, except a file URL's lone normalised drive letter.</summary>
    public void ShortenPath()
    {
        if (Scheme == "file" && Path.Count == 1 && UrlParser.IsWindowsDriveLetter(Path[0], normalizedOnly: true)) return;
        if (Path.Count > 0) Path.RemoveAt(Path.Count - 1);
    }

    public string PortText => Port < 0 ? "" : Port.ToString(CultureInfo.InvariantCulture);

    public string Pathname
    {
        get
        {
            if (OpaquePath is not null) return OpaquePath;
            if (Path.Count == 0) return "";
            if (Path.Count == 1) return "/" + Path[0];
            var builder = new StringBuilder();
            foreach (var segment in Path) builder.Append('/').Append(segment);
            return builder.ToString();
        }
    }

    public string Serialize()
    {
        var builder = new StringBuilder(64).Append(Scheme).Append(':');
        if (Host is not null)
        {
            builder.Append("//");
            if (IncludesCredentials)
            {
                builder.Append(Username);
                if (Password.Length > 0) builder.Append(':').Append(Password);
                builder.Append('@');
            }
            builder.Append(Host);
            if (Port >= 0) builder.Append(':').Append(PortText);
        }
        else if (OpaquePath is null && Path.Count > 1 && Path[0].Length == 0)
        {
            // Without it, the path's leading empty segment would read back as a host.
            builder.Append("/.");
        }
        builder.Append(Pathname);
        if (Query is not null) builder.Append('?').Append(Query);
        if (Fragment is not null) builder.Append('#').Append(Fragment);
        return builder.ToString();
    }

    public string Origin()
    {
        switch (Scheme)
        {
            case "blob":
                var inner = UrlParser.Parse(Pathname, null);
                return inner is { Scheme: "http" or "https" } ? inner.Origin() : "null";
            case "ftp" or "http" or "https" or "ws" or "wss":
                return Port < 0 ? Scheme + "://" + Host : Scheme + "://" + Host + ":" + PortText;
            default:
                return "null";
        }
    }
}
