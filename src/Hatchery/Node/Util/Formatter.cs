using System.Text;
using Jint.Native;

namespace Hatchery.Node.Util;

/// <summary>Node's <c>util.format</c>: printf-style directives, then the remaining arguments inspected.</summary>
internal static class Formatter
{
    public static string Format(ReadOnlySpan<JsValue> args)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < args.Length; i++)
        {
            if (i > 0) builder.Append(' ');
            builder.Append(args[i] is JsString s ? s.ToString() : Inspector.Inspect(args[i]));
        }
        return builder.ToString();
    }
}
