using System.Globalization;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Url;

/// <summary>
/// Node's <c>url</c> module, written in JavaScript (<c>url.js</c> and its <c>internal.url-*.js</c> helpers). C#
/// supplies only the IDNA mapping for international domain names, which .NET already implements.
/// </summary>
public sealed class UrlModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    // UTS #46 processing without the STD3 rules, as the URL standard's "domain to ASCII" asks.
    private static readonly IdnMapping Idn = new() { AllowUnassigned = true, UseStd3AsciiRules = false };

    /// <inheritdoc />
    public override string Name => "url";

    /// <inheritdoc />
    public override string Summary => "WHATWG URL and URLSearchParams, file-URL helpers, and the legacy url.parse/format/resolve.";

    /// <inheritdoc />
    public override string Documentation => """
        url: URL parsing as Node does.
          URL, URLSearchParams           the WHATWG classes (also globals)
          fileURLToPath(url), pathToFileURL(path), urlToHttpOptions(url)
          domainToASCII(domain), domainToUnicode(domain)
          parse(str, parseQueryString, slashesDenoteHost), format(urlObject, options), resolve(from, to)
        """;

    /// <inheritdoc />
    protected override string ScriptName => "url.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding)
    {
        var functions = new FunctionBuilder(context.Engine, Name);
        functions.Define(binding, "domainToASCII", 1, static (_, args) => ToAscii(args[0].ToString()));
        functions.Define(binding, "domainToUnicode", 1, static (_, args) => ToUnicode(args[0].ToString()));
    }

    private static JsValue ToAscii(string domain)
    {
        try
        {
            return Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return JsValue.Null;
        }
    }

    private static JsValue ToUnicode(string domain)
    {
        try
        {
            var unicode = Idn.GetUnicode(domain.ToLowerInvariant());
            // ICU passes broken punycode through; mapping back to ASCII is what rejects it, as Node does.
            Idn.GetAscii(unicode);
            return unicode;
        }
        catch (ArgumentException)
        {
            return JsValue.Null;
        }
    }
}
