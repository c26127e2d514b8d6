using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;

namespace Hatchery.Builtins.Buffer;

/// <summary>
/// The <c>Buffer.prototype</c> methods most scripts never call — the fixed-width number readers and writers and the
/// legacy per-encoding <c>…Slice</c>/<c>…Write</c> — installed as ordinary writable, enumerable, configurable data
/// properties whose function is made on the first read. Building all 88 closures in JavaScript was most of a runtime's
/// first <c>Buffer</c> (issue 13); a lazy descriptor each costs a small allocation instead, and what a script sees
/// (names, order, descriptors, functions) is Node's.
/// </summary>
internal sealed class LazyPrototypeMethods
{
    /// <summary>The names in Node 20's order on <c>Buffer.prototype</c> (after <c>constructor</c>).</summary>
    private static readonly string[] Names =
    [
        "readBigUInt64LE", "readBigUInt64BE", "readBigUint64LE", "readBigUint64BE", "readBigInt64LE", "readBigInt64BE",
        "writeBigUInt64LE", "writeBigUInt64BE", "writeBigUint64LE", "writeBigUint64BE", "writeBigInt64LE", "writeBigInt64BE",
        "readUIntLE", "readUInt32LE", "readUInt16LE", "readUInt8", "readUIntBE", "readUInt32BE", "readUInt16BE",
        "readUintLE", "readUint32LE", "readUint16LE", "readUint8", "readUintBE", "readUint32BE", "readUint16BE",
        "readIntLE", "readInt32LE", "readInt16LE", "readInt8", "readIntBE", "readInt32BE", "readInt16BE",
        "writeUIntLE", "writeUInt32LE", "writeUInt16LE", "writeUInt8", "writeUIntBE", "writeUInt32BE", "writeUInt16BE",
        "writeUintLE", "writeUint32LE", "writeUint16LE", "writeUint8", "writeUintBE", "writeUint32BE", "writeUint16BE",
        "writeIntLE", "writeInt32LE", "writeInt16LE", "writeInt8", "writeIntBE", "writeInt32BE", "writeInt16BE",
        "readFloatLE", "readFloatBE", "readDoubleLE", "readDoubleBE", "writeFloatLE", "writeFloatBE", "writeDoubleLE", "writeDoubleBE",
        "asciiSlice", "base64Slice", "base64urlSlice", "latin1Slice", "hexSlice", "ucs2Slice", "utf8Slice",
        "asciiWrite", "base64Write", "base64urlWrite", "latin1Write", "hexWrite", "ucs2Write", "utf8Write",
    ];

    /// <summary>
    /// For each name, the index of the one whose function it shares: Node spells every unsigned method with a
    /// lowercase "int" too (<c>readUint8 === readUInt8</c>).
    /// </summary>
    private static readonly int[] Canonical = Names.Select(name => Array.IndexOf(Names, name.Replace("Uint", "UInt", StringComparison.Ordinal))).ToArray();

    private readonly Func<string, JsValue> _make;
    private readonly JsValue?[] _made = new JsValue?[Names.Length];

    private LazyPrototypeMethods(Func<string, JsValue> make) => _make = make;

    /// <summary>
    /// Adds the methods to <paramref name="prototype"/>; <paramref name="make"/> is called with a method's name (the
    /// uppercase spelling for an alias) on its first read and returns the function.
    /// </summary>
    public static void Install(ObjectInstance prototype, Func<string, JsValue> make)
    {
        var methods = new LazyPrototypeMethods(make);
        for (var i = 0; i < Names.Length; i++)
        {
            prototype.FastSetProperty(Names[i], PropertyDescriptor.CreateLazy((Methods: methods, Index: i),
                static s => s.Methods.Make(s.Index), PropertyFlag.ConfigurableEnumerableWritable));
        }
    }

    private JsValue Make(int index)
    {
        var canonical = Canonical[index];
        return _made[canonical] ??= _make(Names[canonical]);
    }
}
