using Hatchery.Builtins.Util;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Url;

/// <summary>
/// The WHATWG <c>URL</c> class, built in C# on first use so that a runtime's first <c>new URL</c> evaluates no script
/// (issue 13). An instance holds its parsed <see cref="UrlRecord"/>; the getters read it and the setters edit a copy,
/// kept only when the setter accepts the value. Node 20's shape: enumerable statics <c>parse</c>, <c>canParse</c>,
/// <c>createObjectURL</c> and <c>revokeObjectURL</c>; enumerable prototype members in Node's order; no own properties
/// on an instance (Node's state is in private fields), and the TypeErrors V8 raises for a receiver without them.
/// <c>URLSearchParams</c> stays in <c>internal.url-search-params.js</c>, loaded when a URL's <c>searchParams</c> is read.
/// </summary>
internal sealed class UrlClass : ClassConstructor
{
    private const string NotReceiver = "Receiver must be an instance of class URL";
    private const string NoContext = "Cannot read private member #context from an object whose class did not declare it";
    private const string NoSearchParams = "Cannot read private member #searchParams from an object whose class did not declare it";

    private readonly JsRuntime _runtime;
    private ObjectInstance? _searchParamsModule;

    private UrlClass(JsRuntime runtime) : base(runtime.Engine, "URL", 1)
    {
        _runtime = runtime;
        var functions = new FunctionBuilder(Engine, "url");
        DefineMethod(functions, this, "parse", 1, Parse);
        DefineMethod(functions, this, "canParse", 1, CanParse);
        DefineMethod(functions, this, "createObjectURL", 1, (_, a) =>
            throw JsErrors.Coded(Engine, "ERR_INVALID_ARG_TYPE", "obj", "Blob", Argument(a, 0)));
        DefineMethod(functions, this, "revokeObjectURL", 1, (_, a) =>
            a.Length == 0 ? throw JsErrors.Coded(Engine, "ERR_MISSING_ARGS", "url") : JsValue.Undefined);

        var prototype = PrototypeObject;
        DefineMethod(functions, prototype, "toString", 0, (t, _) => Of(t, NotReceiver).Href);
        DefineAccessor(functions, "href", (t) => Of(t, NotReceiver).Href, SetHref);
        DefineAccessor(functions, "origin", (t) => Of(t, NoContext).Record.Origin(), null);
        DefineComponent(functions, "protocol", UrlComponent.Protocol, static r => r.Scheme + ":");
        DefineComponent(functions, "username", UrlComponent.Username, static r => r.Username);
        DefineComponent(functions, "password", UrlComponent.Password, static r => r.Password);
        DefineComponent(functions, "host", UrlComponent.Host, static r => r.Port < 0 ? r.Host ?? "" : r.Host + ":" + r.PortText);
        DefineComponent(functions, "hostname", UrlComponent.Hostname, static r => r.Host ?? "");
        DefineComponent(functions, "port", UrlComponent.Port, static r => r.PortText);
        DefineComponent(functions, "pathname", UrlComponent.Pathname, static r => r.Pathname);
        DefineAccessor(functions, "search", (t) => Search(Of(t, NotReceiver).Record), (t, value) =>
        {
            var url = Of(t, NoContext);
            if (Edit(url, UrlComponent.Search, TemplateText(value))) ResetSearchParams(url);
        });
        DefineAccessor(functions, "searchParams", (t) => SearchParamsOf(Of(t, NoSearchParams)), null);
        DefineComponent(functions, "hash", UrlComponent.Hash, static r => string.IsNullOrEmpty(r.Fragment) ? "" : "#" + r.Fragment);
        DefineMethod(functions, prototype, "toJSON", 0, (t, _) => Of(t, NotReceiver).Href);
        var customInspect = Engine.Global.Get("Symbol").Get("for").Call(JsValue.Undefined, [new JsString("nodejs.util.inspect.custom")]);
        prototype.FastSetProperty(customInspect, new PropertyDescriptor(
            functions.Create("[nodejs.util.inspect.custom]", 2, Inspect), PropertyFlag.NonEnumerable | PropertyFlag.Writable | PropertyFlag.Configurable));
        prototype.FastSetProperty(GlobalSymbolRegistry.ToStringTag, new PropertyDescriptor("URL", PropertyFlag.Configurable));
    }

    /// <summary>The exports of <c>internal/url-class</c>: <c>{ URL, isURL }</c>, which the global and <c>url</c> share.</summary>
    public static JsObject Exports(JsRuntime runtime)
    {
        var exports = new JsObject(runtime.Engine);
        exports.FastSetDataProperty("URL", new UrlClass(runtime));
        exports.FastSetDataProperty("isURL", new FunctionBuilder(runtime.Engine, "url").Create("isURL", 1,
            static (_, a) => a.Length > 0 && a[0] is UrlInstance));
        return exports;
    }

    /// <inheritdoc />
    public override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget)
    {
        if (arguments.Length == 0) throw JsErrors.Coded(Engine, "ERR_MISSING_ARGS", "url");
        var input = TemplateText(arguments[0]);
        var baseText = arguments.Length > 1 && !arguments[1].IsUndefined() ? TemplateText(arguments[1]) : null;
        var record = ParseWithBase(input, baseText) ?? throw Unparsable(input, baseText);
        var url = new UrlInstance(Engine, record);
        SetPrototypeFrom(url, newTarget);
        return url;
    }

    private JsValue Parse(JsValue thisObject, JsValue[] arguments)
    {
        if (arguments.Length == 0) throw JsErrors.Coded(Engine, "ERR_MISSING_ARGS", "url");
        var baseText = arguments.Length > 1 && !arguments[1].IsUndefined() ? TemplateText(arguments[1]) : null;
        var record = ParseWithBase(TemplateText(arguments[0]), baseText);
        return record is null ? JsValue.Null : new UrlInstance(Engine, record) { Prototype = PrototypeObject };
    }

    private JsValue CanParse(JsValue thisObject, JsValue[] arguments)
    {
        if (arguments.Length == 0) throw JsErrors.Coded(Engine, "ERR_MISSING_ARGS", "url");
        var baseText = arguments.Length > 1 && !arguments[1].IsUndefined() ? TemplateText(arguments[1]) : null;
        return ParseWithBase(TemplateText(arguments[0]), baseText) is not null;
    }

    private static UrlRecord? ParseWithBase(string input, string? baseText)
    {
        if (baseText is null) return UrlParser.Parse(input, null);
        var baseUrl = UrlParser.Parse(baseText, null);
        return baseUrl is null ? null : UrlParser.Parse(input, baseUrl);
    }

    private void SetHref(JsValue thisObject, JsValue value)
    {
        var url = Of(thisObject, NoContext);
        var href = TemplateText(value);
        var record = UrlParser.Parse(href, null) ?? throw JsErrors.Coded(Engine, "ERR_INVALID_URL", href);
        url.Replace(record);
        ResetSearchParams(url);
    }

    private static string Search(UrlRecord record) => string.IsNullOrEmpty(record.Query) ? "" : "?" + record.Query;

    // A setter edits a copy, so that a value the parser rejects part way leaves the URL as it was.
    private static bool Edit(UrlInstance url, UrlComponent component, string value)
    {
        var next = url.Record.Clone();
        if (!UrlSetters.Set(next, component, value)) return false;
        url.Replace(next);
        return true;
    }

    private JsValue SearchParamsOf(UrlInstance url)
    {
        if (url.SearchParams is { } existing) return existing;
        var module = SearchParamsModule();
        var parameters = Engine.Construct(module.Get("URLSearchParams"), [Search(url.Record)]);
        var onChange = new FunctionBuilder(Engine, "url").CreateInternal("onChange", 1, (_, a) =>
        {
            Edit(url, UrlComponent.SearchParams, Argument(a, 0).ToString());
            return JsValue.Undefined;
        });
        module.Get("bind").Call(JsValue.Undefined, [parameters, onChange]);
        url.SearchParams = parameters;
        return parameters;
    }

    private void ResetSearchParams(UrlInstance url)
    {
        if (url.SearchParams is not { } parameters) return;
        var query = url.Record.Query ?? "";
        SearchParamsModule().Get("reset").Call(JsValue.Undefined, [parameters, query]);
    }

    // As Node's: a negative depth prints the bare object; otherwise the fields, read through the getters, under the
    // name of the instance's constructor.
    private JsValue Inspect(JsValue thisObject, JsValue[] arguments)
    {
        if (Argument(arguments, 0) is JsNumber depth && depth.AsNumber() < 0) return thisObject;
        var constructor = ConstructorOf(thisObject) ?? this;
        var shown = new JsObject(Engine);
        foreach (var name in (ReadOnlySpan<string>)["href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash"])
        {
            shown.Set(name, thisObject.Get(name));
        }
        var options = InspectOptionsReader.Read(Argument(arguments, 1));
        return constructor.Get("name").ToString() + " " + Inspector.Inspect(shown, options);
    }

    private static void DefineMethod(FunctionBuilder functions, ObjectInstance target, string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
        target.FastSetProperty(name, new PropertyDescriptor(functions.Create(name, length, body), PropertyFlag.ConfigurableEnumerableWritable));

    private void DefineAccessor(FunctionBuilder functions, string name, Func<JsValue, JsValue> get, Action<JsValue, JsValue>? set)
    {
        var getter = functions.Create("get " + name, 0, (t, _) => get(t));
        JsValue setter = set is null ? JsValue.Undefined : functions.Create("set " + name, 1, (t, a) =>
        {
            set(t, Argument(a, 0));
            return JsValue.Undefined;
        });
        PrototypeObject.FastSetProperty(name, new GetSetPropertyDescriptor(getter, setter, enumerable: true, configurable: true));
    }

    private void DefineComponent(FunctionBuilder functions, string name, UrlComponent component, Func<UrlRecord, string> read) =>
        DefineAccessor(functions, name, (t) => read(Of(t, NoContext).Record), (t, value) => Edit(Of(t, NoContext), component, TemplateText(value)));

    private UrlInstance Of(JsValue thisObject, string message) =>
        thisObject as UrlInstance ?? throw JsErrors.Throw(Engine, "TypeError", message);

    private ObjectInstance SearchParamsModule() =>
        _searchParamsModule ??= (ObjectInstance)_runtime.BuiltinModules.Require("internal/url-search-params");

    // Node's URL constructor fails in its C++ parser, so the error is the binding's kind, not ERR_INVALID_URL's class.
    private JavaScriptException Unparsable(string input, string? baseText)
    {
        var details = new JsObject(Engine);
        details.FastSetDataProperty("input", input);
        if (baseText is not null) details.FastSetDataProperty("base", baseText);
        var errors = (ObjectInstance)_runtime.BuiltinModules.Require("internal/errors");
        var error = errors.Get("bindingError").Call(JsValue.Undefined, [Engine.Intrinsics.TypeError, "ERR_INVALID_URL", "Invalid URL", details]);
        return JsErrors.Thrown((ObjectInstance)error);
    }

    private static JsValue Argument(JsValue[] arguments, int index) => arguments.Length > index ? arguments[index] : JsValue.Undefined;

    /// <summary>A URL: its record, its serialised href (made on first read) and its <c>URLSearchParams</c> once read.</summary>
    private sealed class UrlInstance(Engine engine, UrlRecord record) : ObjectInstance(engine)
    {
        private string? _href;

        public UrlRecord Record { get; private set; } = record;

        public JsValue? SearchParams { get; set; }

        public string Href => _href ??= Record.Serialize();

        public void Replace(UrlRecord next)
        {
            Record = next;
            _href = null;
        }
    }
}
