using System.Text;
using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Url;

/// <summary>
/// The C# functions behind <c>internal/url-codec</c>, which the URL classes, <c>url</c> and <c>querystring</c> share:
/// the whole URL parser (IDNA included), setters and serialiser, form encoding and percent-decoding. A parsed URL reaches
/// JavaScript as an array of its serialised components, <c>[href, protocol, username, password, hostname, port,
/// pathname, search, hash]</c>, which the getters read without calling back; a setter passes the href back with
/// the new value and gets the next array (or null for no change). The href alone is the URL: parsing a serialised
/// URL gives the same record back, so no per-URL state lives in C#.
/// </summary>
internal static class UrlBindings
{
    /// <summary>Adds the functions to <paramref name="binding"/>.</summary>
    public static void Add(Engine engine, ObjectInstance binding)
    {
        var functions = new FunctionBuilder(engine, "url");
        functions.Define(binding, "parse", 2, (_, a) => Components(engine, ParseWithBase(a)));
        functions.Define(binding, "canParse", 2, static (_, a) => ParseWithBase(a) is not null);
        functions.Define(binding, "update", 3, (_, a) =>
        {
            var url = UrlParser.Parse(a[0].ToString(), null)!;
            return UrlSetters.Set(url, (UrlComponent)(int)a[1].AsNumber(), a[2].ToString()) ? Components(engine, url) : JsValue.Null;
        });
        functions.Define(binding, "origin", 1, static (_, a) => UrlParser.Parse(a[0].ToString(), null)?.Origin() ?? "null");
        functions.Define(binding, "toWellFormed", 1, static (_, a) => PercentEncoding.ToWellFormed(a[0].ToString()));
        functions.Define(binding, "percentDecode", 1, (_, a) => engine.Intrinsics.ArrayBuffer.Construct(PercentEncoding.Decode(a[0].ToString())));
        functions.Define(binding, "percentDecodeString", 1, static (_, a) => PercentEncoding.DecodeToString(a[0].ToString()));
        functions.Define(binding, "parseForm", 1, (_, a) => ParseForm(engine, a[0].ToString()));
        functions.Define(binding, "serializeForm", 1, static (_, a) => SerializeForm((ObjectInstance)a[0]));
    }

    private static UrlRecord? ParseWithBase(JsValue[] a)
    {
        UrlRecord? baseUrl = null;
        if (a.Length > 1 && !a[1].IsUndefined())
        {
            baseUrl = UrlParser.Parse(a[1].ToString(), null);
            if (baseUrl is null) return null;
        }
        return UrlParser.Parse(a[0].ToString(), baseUrl);
    }

    private static JsValue Components(Engine engine, UrlRecord? url)
    {
        if (url is null) return JsValue.Null;
        var pathname = url.Pathname;
        return new JsArray(engine,
        [
            url.Serialize(),
            url.Scheme + ":",
            url.Username,
            url.Password,
            url.Host ?? "",
            url.PortText,
            pathname,
            string.IsNullOrEmpty(url.Query) ? "" : "?" + url.Query,
            string.IsNullOrEmpty(url.Fragment) ? "" : "#" + url.Fragment,
        ]);
    }

    /// <summary>The <c>application/x-www-form-urlencoded</c> parser: <c>[[name, value], …]</c>.</summary>
    private static JsArray ParseForm(Engine engine, string input)
    {
        var list = new JsArray(engine);
        foreach (var range in input.AsSpan().Split('&'))
        {
            var sequence = input[range];
            if (sequence.Length == 0) continue;
            var eq = sequence.IndexOf('=', StringComparison.Ordinal);
            var name = eq < 0 ? sequence : sequence[..eq];
            var value = eq < 0 ? "" : sequence[(eq + 1)..];
            list.Push(new JsArray(engine, [DecodeForm(name), DecodeForm(value)]));
        }
        return list;
    }

    private static string DecodeForm(string text) => PercentEncoding.DecodeToString(text.Replace('+', ' '));

    private static string SerializeForm(ObjectInstance list)
    {
        var builder = new StringBuilder();
        var length = (uint)list.Get("length").AsNumber();
        for (uint i = 0; i < length; i++)
        {
            if (i > 0) builder.Append('&');
            var pair = (ObjectInstance)list.Get(i);
            PercentEncoding.AppendForm(builder, pair.Get(0).ToString());
            builder.Append('=');
            PercentEncoding.AppendForm(builder, pair.Get(1).ToString());
        }
        return builder.ToString();
    }
}
