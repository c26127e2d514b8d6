using Hatchery.Interop;
using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Builtins.Util;

/// <summary>Options of <c>util.inspect</c>.</summary>
/// <param name="Depth">How many levels of nesting to show; <see cref="int.MaxValue"/> for unlimited (Node's <c>null</c>/<c>Infinity</c>).</param>
/// <param name="ShowHidden">Also show non-enumerable properties and symbol keys.</param>
/// <param name="BreakLength">Line width beyond which entries go on separate lines.</param>
/// <param name="Colors">Wrap values in ANSI colour escapes.</param>
/// <param name="Compact">How many inner levels may share a line (0 for Node's <c>false</c>, <see cref="CompactAlways"/> for <c>true</c>).</param>
/// <param name="Sorted">Sort object keys and collection entries.</param>
/// <param name="MaxArrayLength">How many array, set and map entries to show before <c>... N more items</c>.</param>
/// <param name="MaxStringLength">How many characters of a string to show before <c>... N more characters</c>.</param>
/// <param name="CustomInspect">Call objects' <c>[util.inspect.custom]</c> methods.</param>
/// <param name="ShowProxy">Print a Proxy as <c>Proxy [ target, handler ]</c> instead of as its target.</param>
/// <param name="Getters">Which accessor properties have their getter called to show the value.</param>
/// <param name="SortComparer">The comparator function given as <c>sorted</c>, or null to sort by code units.</param>
/// <param name="NumericSeparator">Group the digits of numbers and bigints with <c>_</c>.</param>
/// <param name="DepthIsNull">The unlimited <see cref="Depth"/> was given as <c>null</c>, not <c>Infinity</c>: a
/// <c>[util.inspect.custom]</c> method is then given <c>null</c>, as Node gives it.</param>
internal sealed record InspectOptions(
    int Depth = 2,
    bool ShowHidden = false,
    int BreakLength = 80,
    bool Colors = false,
    int Compact = 3,
    bool Sorted = false,
    int MaxArrayLength = 100,
    int MaxStringLength = 10000,
    bool CustomInspect = true,
    bool ShowProxy = false,
    InspectGetters Getters = InspectGetters.None,
    JsValue? SortComparer = null,
    bool NumericSeparator = false,
    bool DepthIsNull = false)
{
    /// <summary>The <see cref="Compact"/> value standing for Node's <c>compact: true</c>.</summary>
    public const int CompactAlways = -1;

    public static readonly InspectOptions Default = new();
}

/// <summary>Node's <c>getters</c> option: <c>false</c>, <c>true</c>, <c>'get'</c> (getters without a setter) or <c>'set'</c> (getters with one).</summary>
internal enum InspectGetters
{
    None,
    All,
    Get,
    Set,
}

/// <summary>Renders JavaScript values as Node's <c>util.inspect</c> does.</summary>
internal static class Inspector
{
    public static string Inspect(JsValue value, InspectOptions? options = null) =>
        FormatValue(new InspectContext(options ?? InspectOptions.Default), value, 0);

    public static string FormatValue(InspectContext ctx, JsValue value, int recurseTimes, bool typedArray = false)
    {
        if (value is not ObjectInstance obj) return InspectPrimitives.Format(ctx, value);

        // As Node: a Proxy is never asked anything (no trap runs); it is printed as its target, or with its handler.
        // A Proxy of a Proxy prints as the innermost target: Node would ask the inner one through its traps, which
        // for trap-less proxies shows the same thing.
        var outer = true;
        while (ProxyDetails.TryGet(obj, out var target, out var handler))
        {
            if (target is null || handler is null) return ctx.Stylize("<Revoked Proxy>", "special");
            if (ctx.Options.ShowProxy) return FormatProxy(ctx, target, handler, recurseTimes);
            // Node 20 tests `details[0] === null` for a revoked Proxy even when the details are the bare target (as
            // they are without showProxy), so a Proxy whose target's element 0 is null prints as revoked.
            if (outer && target.Get("0").IsNull()) return ctx.Stylize("<Revoked Proxy>", "special");
            outer = false;
            obj = target;
        }

        if (ctx.Options.CustomInspect && CustomInspect(ctx, obj, recurseTimes) is { } custom) return custom;

        if (ctx.Seen.Exists(seen => ReferenceEquals(seen, obj)))
        {
            ctx.Circular ??= new Dictionary<ObjectInstance, int>(ReferenceEqualityComparer.Instance);
            if (!ctx.Circular.TryGetValue(obj, out var index))
            {
                index = ctx.Circular.Count + 1;
                ctx.Circular[obj] = index;
            }
            return ctx.Stylize($"[Circular *{index}]", "special");
        }
        return FormatRaw(ctx, obj, recurseTimes, typedArray);
    }

    private static string FormatProxy(InspectContext ctx, ObjectInstance target, ObjectInstance handler, int recurseTimes)
    {
        if (ctx.BeyondDepth(recurseTimes)) return ctx.Stylize("Proxy [Array]", "special");
        recurseTimes++;
        ctx.IndentationLvl += 2;
        List<string> parts = [FormatValue(ctx, target, recurseTimes), FormatValue(ctx, handler, recurseTimes)];
        ctx.IndentationLvl -= 2;
        return InspectLayout.Reduce(ctx, parts, "", ["Proxy [", "]"], EntryKind.ArrayExtras, recurseTimes, null);
    }

    private static string? CustomInspect(InspectContext ctx, ObjectInstance value, int recurseTimes)
    {
        var brands = ctx.Brands(value);
        var method = value.Get(brands.CustomInspect);
        if (!method.IsCallable()) return null;
        // Prototype objects carry their instances' hook; printing the prototype itself must not call it.
        if (value.Get("constructor") is ObjectInstance constructor && ReferenceEquals(constructor.Get("prototype"), value)) return null;

        var engine = value.Engine;
        JsValue depth = ctx.Options.Depth != int.MaxValue ? ctx.Options.Depth - recurseTimes : ctx.Options.DepthIsNull ? JsValue.Null : double.PositiveInfinity;
        var inspect = new FunctionBuilder(engine, "util").Create("inspect", 0, (_, args) =>
            Inspect(args.Length > 0 ? args[0] : JsValue.Undefined, args.Length > 1 ? InspectOptionsReader.Read(args[1]) : InspectOptions.Default));
        var result = method.Call(value, [depth, InspectOptionsReader.ToJsObject(engine, ctx.Options), inspect]);
        if (ReferenceEquals(result, value)) return null;
        if (result is not JsString text) return FormatValue(ctx, result, recurseTimes);
        return text.ToString().Replace("\n", "\n" + new string(' ', ctx.IndentationLvl), StringComparison.Ordinal);
    }

    private static string FormatRaw(InspectContext ctx, ObjectInstance value, int recurseTimes, bool typedArray)
    {
        List<string>? protoProps = ctx.Options.ShowHidden && !ctx.BeyondDepth(recurseTimes) ? [] : null;
        var constructor = InspectShape.ConstructorName(ctx, value, recurseTimes, protoProps);
        if (protoProps is { Count: 0 }) protoProps = null;
        var tag = InspectShape.Tag(ctx, value);
        var shape = InspectShape.Describe(ctx, value, constructor, tag, recurseTimes, typedArray, protoProps is not null);
        if (shape.Done is { } done) return done;

        if (ctx.BeyondDepth(recurseTimes))
        {
            var name = InspectShape.Prefix(constructor, tag, "Object")[..^1];
            return ctx.Stylize(constructor is null ? name : $"[{name}]", "special");
        }

        recurseTimes++;
        ctx.Seen.Add(value);
        ctx.CurrentDepth = recurseTimes;
        var output = shape.Entries(ctx, recurseTimes);
        foreach (var key in shape.Keys)
        {
            output.Add(InspectEntries.Property(ctx, value, recurseTimes, key, shape.Kind));
        }
        if (protoProps is not null) output.AddRange(protoProps);
        var basePart = shape.Base;
        var braces = shape.Braces;
        if (ctx.Circular is not null && ctx.Circular.TryGetValue(value, out var index))
        {
            var reference = ctx.Stylize($"<ref *{index}>", "special");
            if (!ctx.CompactAlways) basePart = basePart.Length == 0 ? reference : reference + " " + basePart;
            else braces[0] = reference + " " + braces[0];
        }
        ctx.Seen.RemoveAt(ctx.Seen.Count - 1);

        if (ctx.Options.Sorted)
        {
            IComparer<string> comparer = ctx.Options.SortComparer is { } compare ? new ScriptComparer(compare) : StringComparer.Ordinal;
            if (shape.Kind == EntryKind.Object) output = [.. output.Order(comparer)];
            else if (shape.Keys.Count > 1) output = [.. output[..^shape.Keys.Count], .. output[^shape.Keys.Count..].Order(comparer)];
        }
        return InspectLayout.Reduce(ctx, output, basePart, braces, shape.Kind, recurseTimes, value);
    }
}

/// <summary>A <c>sorted</c> comparator function, called as <c>Array.prototype.sort</c> would call it (LINQ's ordering is stable, as sort is).</summary>
internal sealed class ScriptComparer(JsValue compare) : IComparer<string>
{
    public int Compare(string? x, string? y)
    {
        var result = Jint.Runtime.TypeConverter.ToNumber(compare.Call(JsValue.Undefined, [x ?? "", y ?? ""]));
        return result < 0 ? -1 : result > 0 ? 1 : 0;
    }
}
