using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>Names the internal kind of a JavaScript object (what V8 calls its instance type), for <c>util.types</c>.</summary>
internal static class ValueKinds
{
    // Jint keeps most of these classes internal; their names are stable for the pinned Jint version.
    public static string Of(ObjectInstance value) => value.GetType().Name switch
    {
        "JsProxy" => "Proxy",
        "JsPromise" => "Promise",
        "JsDate" => "Date",
        "JsRegExp" => "RegExp",
        "JsMap" => "Map",
        "JsSet" => "Set",
        "JsWeakMap" => "WeakMap",
        "JsWeakSet" => "WeakSet",
        "JsError" or "ErrorInstance" => "Error",
        "JsArrayBuffer" => "ArrayBuffer",
        "JsSharedArrayBuffer" => "SharedArrayBuffer",
        "JsDataView" => "DataView",
        "JsArguments" => "Arguments",
        "GeneratorInstance" => "Generator",
        "NumberInstance" => "Number",
        "StringInstance" => "String",
        "BooleanInstance" => "Boolean",
        "BigIntInstance" => "BigInt",
        "SymbolInstance" => "Symbol",
        "ModuleNamespace" => "Module",
        "MapIterator" => "MapIterator",
        "SetIterator" => "SetIterator",
        _ => "Object",
    };
}
