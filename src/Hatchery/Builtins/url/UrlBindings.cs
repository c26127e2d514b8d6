using System.Text;
using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Url;

/// <summary>
/// The C# functions behind <c>internal/url-codec</c>, which <c>URLSearchParams</c>, <c>url</c> and <c>querystring</c>
/// share: form encoding and decoding, percent-decoding and well-formed strings. The URL class itself is
/// <see cref="UrlClass"/>.
/// </summary>
internal static class UrlBindings
{
    /// <summary>The functions, as the exports of <c>internal/url-codec</c>.</summary>
    public static JsObject Create(Engine engine)
    {
        var binding = new JsObject(engine);
        var functions = new FunctionBuilder(engine, "url");
        functions.Define(binding, "toWellFormed", 1, static (_, a) => PercentEncoding.ToWellFormed(a[0].ToString()));
        functions.Define(binding, "percentDecode", 1, (_, a) => engine.Intrinsics.ArrayBuffer.Construct(PercentEncoding.Decode(a[0].ToString())));
        functions.Define(binding, "percentDecodeString", 1, static (_, a) => PercentEncoding.DecodeToString(a[0].ToString()));
        functions.Define(binding, "parseForm", 1, (_, a) => ParseForm(engine, a[0].ToString()));
        functions.Define(binding, "serializeForm", 1, static (_, a) => SerializeForm((ObjectInstance)a[0]));
        return binding;
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
