using System.Text.RegularExpressions;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Util;

/// <summary>How <c>util.inspect</c> prints errors: the stack (or <c>[Name: message]</c>), with the constructor name worked in.</summary>
internal static partial class InspectErrors
{
    private const string FrameStart = "\n    at";

    public static string Format(InspectContext ctx, ObjectInstance error, string? constructor, string tag, List<JsValue> keys)
    {
        var nameValue = error.Get("name");
        var name = nameValue.IsNull() || nameValue.IsUndefined() ? "Error" : TypeConverter.ToString(nameValue);
        var stack = StackString(error);

        // Keys whose text the stack already shows are not repeated.
        if (!ctx.Options.ShowHidden && keys.Count != 0)
        {
            foreach (var duplicate in (string[])["name", "message", "stack"])
            {
                var index = keys.FindIndex(k => k is JsString s && s.ToString() == duplicate);
                if (index != -1 && error.Get(duplicate) is JsString text && stack.Contains(text.ToString(), StringComparison.Ordinal)) keys.RemoveAt(index);
            }
        }
        if (error.HasProperty("cause") && !keys.Exists(k => k is JsString s && s.ToString() == "cause")) keys.Add("cause");
        if (error.Get("errors") is Jint.Native.Array.ArrayInstance && !keys.Exists(k => k is JsString s && s.ToString() == "errors")) keys.Add("errors");

        stack = ImproveStack(stack, constructor, name, tag);

        var message = error.Get("message");
        var position = -1;
        if (message is JsString { Length: > 0 } m)
        {
            // Node's `indexOf(...) || -1` treats a message at offset 0 as not found.
            var found = stack.IndexOf(m.ToString(), StringComparison.Ordinal);
            if (found > 0) position = found + m.Length;
        }
        var stackStart = stack.IndexOf(FrameStart, Math.Max(position, 0), StringComparison.Ordinal);
        if (stackStart == -1)
        {
            stack = "[" + stack + "]";
        }
        else
        {
            var frames = FramesWithoutCause(ctx, error, stack[(stackStart + 1)..]);
            stack = stack[..stackStart] + "\n" + string.Join("\n", frames);
        }
        if (ctx.IndentationLvl != 0) stack = stack.Replace("\n", "\n" + new string(' ', ctx.IndentationLvl), StringComparison.Ordinal);
        return stack;
    }

    /// <summary>
    /// The error's <c>stack</c>, else <c>Error.prototype.toString</c>. Jint's stacks hold only the frames,
    /// so the <c>Name: message</c> line V8 puts first is added back.
    /// </summary>
    public static string StackString(ObjectInstance error)
    {
        var stack = error.Get("stack");
        if (!TypeConverter.ToBoolean(stack)) return ErrorToString(error);
        var text = TypeConverter.ToString(stack);
        return text.StartsWith("    at ", StringComparison.Ordinal) ? ErrorToString(error) + "\n" + text : text;
    }

    private static string ErrorToString(ObjectInstance error)
    {
        var name = error.Get("name");
        var message = error.Get("message");
        var nameText = name.IsUndefined() ? "Error" : TypeConverter.ToString(name);
        var messageText = message.IsUndefined() ? "" : TypeConverter.ToString(message);
        if (nameText.Length == 0) return messageText;
        return messageText.Length == 0 ? nameText : nameText + ": " + messageText;
    }

    // Puts the constructor's name in front when the stack only names a base class ("MyError [TypeError]: …").
    private static string ImproveStack(string stack, string? constructor, string name, string tag)
    {
        var len = name.Length;
        if (constructor is null ||
            (name.EndsWith("Error", StringComparison.Ordinal) && stack.StartsWith(name, StringComparison.Ordinal) &&
             (stack.Length == len || stack[len] == ':' || stack[len] == '\n')))
        {
            var fallback = "Error";
            if (constructor is null)
            {
                var start = NullPrototypeName().Match(stack) is { Success: true } a ? a : BareErrorName().Match(stack);
                fallback = start.Success ? start.Groups[1].Value : "";
                len = fallback.Length;
                if (fallback.Length == 0) fallback = "Error";
            }
            var prefix = InspectShape.Prefix(constructor, tag, fallback)[..^1];
            if (name != prefix)
            {
                if (prefix.Contains(name, StringComparison.Ordinal))
                {
                    stack = len == 0 ? prefix + ": " + stack : prefix + stack[len..];
                }
                else
                {
                    stack = $"{prefix} [{name}]{stack[len..]}";
                }
            }
        }
        return stack;
    }

    // Frames the error shares with its cause are summarised, since the cause prints them anyway.
    private static List<string> FramesWithoutCause(InspectContext ctx, ObjectInstance error, string stack)
    {
        var frames = stack.Split('\n').ToList();
        JsValue cause;
        try
        {
            cause = error.Get("cause");
        }
        catch (JavaScriptException)
        {
            return frames;
        }
        if (cause is not ObjectInstance causeObject || !NativeModules.JsErrors.IsError(causeObject)) return frames;
        var causeStack = StackString(causeObject);
        var causeStart = causeStack.IndexOf(FrameStart, StringComparison.Ordinal);
        if (causeStart == -1) return frames;
        var causeFrames = causeStack[(causeStart + 1)..].Split('\n');
        var (length, offset) = IdenticalSequence(frames, causeFrames);
        if (length > 0)
        {
            var skipped = length - 2;
            frames.RemoveRange(offset + 1, skipped);
            frames.Insert(offset + 1, ctx.Stylize($"    ... {skipped} lines matching cause stack trace ...", "undefined"));
        }
        return frames;
    }

    private static (int Length, int Offset) IdenticalSequence(List<string> a, string[] b)
    {
        for (var i = 0; i < a.Count - 3; i++)
        {
            var pos = Array.IndexOf(b, a[i]);
            if (pos == -1) continue;
            var rest = b.Length - pos;
            if (rest <= 3) continue;
            var len = 1;
            var maxLen = Math.Min(a.Count - i, rest);
            while (maxLen > len && a[i + len] == b[pos + len]) len++;
            if (len > 3) return (len, i);
        }
        return (0, 0);
    }

    [GeneratedRegex(@"^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)")]
    private static partial Regex NullPrototypeName();

    [GeneratedRegex(@"^([a-z_A-Z0-9-]*Error)$")]
    private static partial Regex BareErrorName();
}
