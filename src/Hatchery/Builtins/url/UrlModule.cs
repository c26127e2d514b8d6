using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Url;

/// <summary>
/// Node's <c>url</c> module: the <c>URL</c> class in C# (<see cref="UrlClass"/>, which the global <c>URL</c> loads
/// without this module), <c>URLSearchParams</c> and the legacy API in JavaScript (<c>url.js</c> and its
/// <c>internal.url-*.js</c> helpers) over C# for form encoding (<see cref="UrlBindings"/>, <c>internal/url-codec</c>).
/// The module's own bindings are the domain helpers.
/// </summary>
public sealed class UrlModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

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
        functions.Define(binding, "domainToASCII", 1, static (_, args) => Nullable(UrlHost.DomainToAscii(args[0].ToString())));
        functions.Define(binding, "domainToUnicode", 1, static (_, args) => Nullable(UrlHost.DomainToUnicode(args[0].ToString())));
    }

    private static JsValue Nullable(string? text) => text is null ? JsValue.Null : new JsString(text);
}
