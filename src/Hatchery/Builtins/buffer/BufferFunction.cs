using System.Text.RegularExpressions;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Symbol;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// One runtime's <c>Buffer</c> function and its <c>FastBuffer</c> class, built in C# (issue 13: a runtime's first
/// <c>Buffer.from(…).toString(…)</c> evaluates no script). The shape is Node 20's: <c>Buffer</c> callable (and with
/// <c>new</c>) with the DEP0005 warning, <c>Buffer.prototype === FastBuffer.prototype</c>, <c>Object.getPrototypeOf(Buffer)
/// === Uint8Array</c>, a <c>Symbol.species</c> getter, <c>poolSize</c>, and the statics and prototype methods in Node's order.
/// <c>from</c> and <c>toString</c> are C# (<see cref="BufferConversions"/>); every other member is a data property whose
/// value <c>internal/buffer_members</c> (or <c>internal/buffer_readwrite</c>) makes on its first read.
/// </summary>
internal sealed partial class BufferFunction : Constructor
{
    private static readonly string[] StaticNames =
        ["from", "copyBytesFrom", "of", "alloc", "allocUnsafe", "allocUnsafeSlow", "isBuffer", "compare", "isEncoding", "concat", "byteLength"];

    private static readonly string[] PrototypeNames =
        ["copy", "toString", "equals", "inspect", "compare", "indexOf", "lastIndexOf", "includes", "fill", "write", "toJSON",
            "subarray", "slice", "swap16", "swap32", "swap64", "toLocaleString"];

    private const string DeprecationMessage = "Buffer() is deprecated due to security and usability issues. Please use " +
        "the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.";

    /// <summary><c>buffer.kMaxLength</c>: the largest Buffer, in bytes.</summary>
    public const double MaxLength = 4294967296;

    /// <summary><c>buffer.kStringMaxLength</c>: V8's longest string.</summary>
    public const double MaxStringLength = 536870888;

    private readonly JsRuntime _runtime;
    private readonly BufferConversions _conversions;
    private readonly JsValue _from;
    private readonly JsValue _toString;
    private ObjectInstance? _members;
    private int _deprecationChecks;

    public BufferFunction(JsRuntime runtime) : base(runtime.Engine, "Buffer")
    {
        _runtime = runtime;
        FastBuffer = new FastBufferClass(Engine);
        _conversions = new BufferConversions(Engine, FastBuffer);
        var functions = new FunctionBuilder(Engine, "buffer");
        _from = functions.CreateDeclared("from", 3, _conversions.From);
        _toString = functions.CreateDeclared("toString", 3, _conversions.ToString);

        Prototype = Engine.Intrinsics.Uint8Array;
        _length = new PropertyDescriptor(3, PropertyFlag.Configurable);
        // A function declaration's prototype, reassigned: writable, neither enumerable nor configurable.
        _prototypeDescriptor = new PropertyDescriptor(FastBuffer.PrototypeObject, PropertyFlag.AllForbidden | PropertyFlag.Writable);
        FastSetProperty(GlobalSymbolRegistry.Species, new GetSetPropertyDescriptor(
            functions.CreateInternal("get", 0, (_, _) => FastBuffer), JsValue.Undefined, enumerable: false, configurable: true));
        FastSetProperty("poolSize", new PropertyDescriptor(8 * 1024, PropertyFlag.ConfigurableEnumerableWritable));
        LazyMembers.Install(this, StaticNames, name => name == "from" ? _from : Member("statics", name));

        var prototype = FastBuffer.PrototypeObject;
        prototype.FastSetProperty("constructor", new PropertyDescriptor(this, PropertyFlag.NonEnumerable));
        LazyPrototypeMethods.Install(prototype, name => name.EndsWith("Slice", StringComparison.Ordinal) || name.EndsWith("Write", StringComparison.Ordinal)
            ? Members.Get("legacyMethod").Call(JsValue.Undefined, [name])
            : _runtime.BuiltinModules.Require("internal/buffer_readwrite").Call(JsValue.Undefined, [name]));
        prototype.FastSetProperty("parent", new GetSetPropertyDescriptor(
            functions.CreateInternal("get", 0, (thisObject, _) => IsBuffer(thisObject) ? thisObject.Get("buffer") : JsValue.Undefined),
            JsValue.Undefined, enumerable: true, configurable: false));
        prototype.FastSetProperty("offset", new GetSetPropertyDescriptor(
            functions.CreateInternal("get", 0, (thisObject, _) => IsBuffer(thisObject) ? thisObject.Get("byteOffset") : JsValue.Undefined),
            JsValue.Undefined, enumerable: true, configurable: false));
        LazyMembers.Install(prototype, PrototypeNames, name => name is "toString" or "toLocaleString" ? _toString : Member("proto", name));
        var inspect = Engine.Global.Get("Symbol").Get("for").Call(JsValue.Undefined, [new JsString("nodejs.util.inspect.custom")]);
        LazyMembers.Install(prototype, inspect, _ => Member("proto", "inspect"));
    }

    /// <summary>The class every <c>Buffer</c> is an instance of.</summary>
    public FastBufferClass FastBuffer { get; }

    /// <summary>What a member of <c>internal/buffer_members</c>' table (<c>statics</c>, <c>proto</c>, <c>exported</c>) is.</summary>
    public JsValue Member(string table, string name) => Members.Get(table).Get(name);

    // The first read of any lazy member runs internal/buffer_members once, which makes them all.
    private ObjectInstance Members => _members ??= LoadMembers();

    private ObjectInstance LoadMembers()
    {
        var binding = new JsObject(Engine);
        ByteBindings.Add(Engine, binding);
        var shared = new JsObject(Engine);
        shared.FastSetDataProperty("binding", binding);
        shared.FastSetDataProperty("Buffer", this);
        shared.FastSetDataProperty("FastBuffer", FastBuffer);
        shared.FastSetDataProperty("bufferExports", _runtime.BuiltinModules.Require("buffer"));
        shared.FastSetDataProperty("kMaxLength", MaxLength);
        return (ObjectInstance)_runtime.BuiltinModules.Require("internal/buffer_members").Call(JsValue.Undefined, [shared]);
    }

    /// <summary>The deprecated callable form: <c>Buffer(size)</c> allocates, anything else is <c>Buffer.from</c>.</summary>
    protected override JsValue Call(JsValue thisObject, JsValue[] arguments)
    {
        if (_deprecationChecks <= 100) WarnDeprecated();
        var arg = arguments.At(0);
        var encodingOrOffset = arguments.At(1);
        if (arg is JsNumber)
        {
            if (encodingOrOffset is JsString) throw JsErrors.Coded(Engine, "ERR_INVALID_ARG_TYPE", "string", "string", arg);
            return Get("alloc").Call(this, [arg]);
        }
        return Get("from").Call(this, [arg, encodingOrOffset, arguments.At(2)]);
    }

    /// <summary><c>new Buffer(…)</c> is the call: the object it returns replaces the one <c>new</c> made.</summary>
    public override ObjectInstance Construct(JsValue[] arguments, JsValue newTarget) => (ObjectInstance)Call(JsValue.Undefined, arguments);

    // Node warns once when code outside node_modules calls Buffer(): the first frame not inside a built-in module
    // decides, and after 100 calls from packages it stops looking.
    private void WarnDeprecated()
    {
        if (++_deprecationChecks > 100) return;
        var stack = Engine.Intrinsics.Error.Construct("").Get("stack");
        string? caller = null;
        foreach (var frame in (stack is JsString text ? text.ToString() : "").Split('\n'))
        {
            if (CallFrame().IsMatch(frame) && !BuiltinFrame().IsMatch(frame) && !frame.Contains("(<anonymous>)", StringComparison.Ordinal))
            {
                caller = frame;
                break;
            }
        }
        if (caller is not null && PackageFrame().IsMatch(caller)) return;
        _deprecationChecks = int.MaxValue;
        _runtime.BuiltinModules.Require("internal/warning").Get("emitWarning").Call(JsValue.Undefined,
            [DeprecationMessage, "DeprecationWarning", "DEP0005"]);
    }

    // `value instanceof Buffer`, through Symbol.hasInstance as the operator goes.
    private bool IsBuffer(JsValue value)
    {
        var handler = Get(GlobalSymbolRegistry.HasInstance);
        return !handler.IsNull() && !handler.IsUndefined() && TypeConverter.ToBoolean(handler.Call(this, [value]));
    }

    [GeneratedRegex(@"^\s+at ")]
    private static partial Regex CallFrame();

    [GeneratedRegex(@"\(?node:[^)]*\)?$")]
    private static partial Regex BuiltinFrame();

    [GeneratedRegex(@"[\\/]node_modules[\\/]")]
    private static partial Regex PackageFrame();
}
