namespace Hatchery.Builtins.Url;

/// <summary>The URL properties a setter can change (<see cref="UrlClass"/>'s accessors and a bound <c>URLSearchParams</c>).</summary>
internal enum UrlComponent
{
    Protocol,
    Username,
    Password,
    Host,
    Hostname,
    Port,
    Pathname,
    Search,
    Hash,

    /// <summary>The query as a bound <c>URLSearchParams</c> serialised it: already encoded, empty for none.</summary>
    SearchParams,
}

/// <summary>The URL standard's setters (https://url.spec.whatwg.org/#urlutils-members), each editing a record in place.</summary>
internal static class UrlSetters
{
    /// <summary>Applies the setter; false when the URL is left as it was (a rejected value or a setter that does not apply).</summary>
    public static bool Set(UrlRecord url, UrlComponent component, string value)
    {
        switch (component)
        {
            case UrlComponent.Protocol:
                return UrlParser.Edit(value + ":", url, UrlState.SchemeStart);
            case UrlComponent.Username:
            case UrlComponent.Password:
                if (url.CannotHaveCredentialsOrPort) return false;
                var encoded = PercentEncoding.Encode(value, EncodeSet.Userinfo);
                if (component == UrlComponent.Username) url.Username = encoded;
                else url.Password = encoded;
                return true;
            case UrlComponent.Host:
            case UrlComponent.Hostname:
                return !url.HasOpaquePath && UrlParser.Edit(value, url, component == UrlComponent.Host ? UrlState.Host : UrlState.Hostname);
            case UrlComponent.Port:
                if (url.CannotHaveCredentialsOrPort) return false;
                if (value.Length > 0) return UrlParser.Edit(value, url, UrlState.Port);
                url.Port = -1;
                return true;
            case UrlComponent.Pathname:
                if (url.HasOpaquePath) return false;
                url.Path = [];
                return UrlParser.Edit(value, url, UrlState.PathStart);
            case UrlComponent.Search:
                if (value.Length == 0)
                {
                    url.Query = null;
                    StripTrailingSpacesFromOpaquePath(url);
                    return true;
                }
                url.Query = "";
                return UrlParser.Edit(value.StartsWith('?') ? value[1..] : value, url, UrlState.Query);
            case UrlComponent.Hash:
                if (value.Length == 0)
                {
                    url.Fragment = null;
                    StripTrailingSpacesFromOpaquePath(url);
                    return true;
                }
                url.Fragment = "";
                return UrlParser.Edit(value.StartsWith('#') ? value[1..] : value, url, UrlState.Fragment);
            case UrlComponent.SearchParams:
                url.Query = value.Length == 0 ? null : value;
                StripTrailingSpacesFromOpaquePath(url);
                return true;
            default:
                return false;
        }
    }

    // An opaque path's trailing spaces would otherwise end the serialised URL, where parsing drops them.
    private static void StripTrailingSpacesFromOpaquePath(UrlRecord url)
    {
        if (url.OpaquePath is { } path && url.Fragment is null && url.Query is null) url.OpaquePath = path.TrimEnd(' ');
    }
}
