using Hatchery.NativeModules;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery.Benchmarks.Support;

/// <summary>The one C# method every JS→host variant calls, so only the calling mechanism differs.</summary>
public static class HostMath
{
    public static double Add(double a, double b) => a + b;

    /// <summary><see cref="Add"/> in the shape of a <c>ClrFunction</c> body.</summary>
    public static JsValue AddBody(JsValue thisObject, JsValue[] arguments) =>
        Add(TypeConverter.ToNumber(Argument(arguments, 0)), TypeConverter.ToNumber(Argument(arguments, 1)));

    private static JsValue Argument(JsValue[] arguments, int index) =>
        index < arguments.Length ? arguments[index] : JsValue.Undefined;
}

/// <summary>A minimal native module exporting <see cref="HostMath.Add"/> as <c>add</c>.</summary>
public sealed class HostMathModule : NativeModule
{
    public const string ModuleName = "bench-host";

    public override string Name => ModuleName;

    public override string Summary => "Benchmark fixture: exports add(a, b).";

    public override string Documentation => "add(a, b): returns a + b, computed in C#.";

    public override void Load(NativeModuleContext context) => context.Function("add", 2, HostMath.AddBody);
}
