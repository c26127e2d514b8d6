using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Globals;

/// <summary>
/// V8's <c>CallSite</c>, the frames <c>Error.prepareStackTrace(error, callSites)</c> receives, as far as a rendered
/// frame tells: its function name, file, line and column. What Jint's stack does not record (the receiver, the
/// function object, eval origins) reads as V8 gives it for a plain call: <c>undefined</c>, <c>null</c> or <c>false</c>.
/// </summary>
internal sealed class CallSiteObject : ObjectInstance
{
    private CallSiteObject(Engine engine, CapturedFrame frame, ObjectInstance prototype) : base(engine)
    {
        Frame = frame;
        Prototype = prototype;
    }

    public CapturedFrame Frame { get; }

    /// <summary>The call sites of <paramref name="frames"/>, as the array <c>prepareStackTrace</c> is given.</summary>
    public static JsArray ArrayOf(Engine engine, ObjectInstance prototype, IReadOnlyList<string> frames)
    {
        var sites = new JsValue[frames.Count];
        for (var i = 0; i < sites.Length; i++) sites[i] = new CallSiteObject(engine, CapturedFrame.Parse(frames[i]), prototype);
        return new JsArray(engine, sites);
    }

    /// <summary>The prototype every call site of a runtime shares, with V8's methods.</summary>
    public static ObjectInstance CreatePrototype(Engine engine)
    {
        var prototype = new JsObject(engine);
        var functions = new FunctionBuilder(engine, "Error");
        void Add(string name, Func<CapturedFrame, JsValue> body) =>
            functions.Define(prototype, name, 0, (thisObject, _) =>
                thisObject is CallSiteObject site ? body(site.Frame) : JsValue.Undefined);
        static JsValue OrNull(string? text) => text is null ? JsValue.Null : text;
        static JsValue NumberOrNull(int? number) => number is { } n ? n : JsValue.Null;
        Add("getFileName", f => f.FileName is null ? JsValue.Undefined : f.FileName);
        Add("getScriptNameOrSourceURL", f => f.FileName is null ? JsValue.Undefined : f.FileName);
        Add("getLineNumber", f => NumberOrNull(f.Line));
        Add("getColumnNumber", f => NumberOrNull(f.Column));
        Add("getFunctionName", f => OrNull(f.FunctionName));
        Add("getMethodName", _ => JsValue.Null);
        Add("getTypeName", _ => JsValue.Null);
        Add("getThis", _ => JsValue.Undefined);
        Add("getFunction", _ => JsValue.Undefined);
        Add("getEvalOrigin", _ => JsValue.Undefined);
        Add("getPromiseIndex", _ => JsValue.Null);
        Add("isEval", _ => JsBoolean.False);
        Add("isNative", _ => JsBoolean.False);
        Add("isToplevel", _ => JsBoolean.True);
        Add("isConstructor", _ => JsBoolean.False);
        Add("isAsync", _ => JsBoolean.False);
        Add("isPromiseAll", _ => JsBoolean.False);
        Add("toString", f => f.Text);
        return prototype;
    }
}
