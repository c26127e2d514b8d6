using Hatchery.Interop;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Console;

/// <summary>
/// <c>console.Console</c>: the argument handling lives in <c>internal.console-constructor.js</c>; the methods it puts on
/// each instance are a <see cref="ConsoleObject"/> writing to the given streams.
/// </summary>
internal static class ConsoleConstructor
{
    /// <summary>Builds the constructor for <paramref name="runtime"/> (once; the runtime keeps it).</summary>
    public static JsValue Create(JsRuntime runtime)
    {
        var engine = runtime.Engine;
        var binding = new JsObject(engine);
        var functions = new FunctionBuilder(engine, "console");
        binding.Set("globalConsole", runtime.Console.Object);
        // fill(target, stdout, stderr, ignoreErrors, groupIndentation): arguments already validated by the script.
        functions.Define(binding, "fill", 5, (thisValue, args) =>
        {
            var target = (JsObject)args[0];
            var output = new StreamConsoleOutput(engine, args[1], args[2], TypeConverter.ToBoolean(args[3]));
            // The instance's methods now live on target and hold the ConsoleObject; nothing else needs it.
            _ = new ConsoleObject(runtime, output, target, (int)TypeConverter.ToNumber(args[4]));
            return JsValue.Undefined;
        });
        var exports = runtime.BuiltinModules.RunScript("internal.console-constructor.js", new JsObject(engine), binding);
        return ((ObjectInstance)exports).Get("Console");
    }
}
