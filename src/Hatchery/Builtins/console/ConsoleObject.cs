using System.Diagnostics;
using System.Text;
using Hatchery.Builtins.Util;
using Hatchery.NativeModules;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace Hatchery.Builtins.Console;

/// <summary>
/// The global <c>console</c> of one runtime: Node's methods, formatting through <see cref="Formatter"/>,
/// with counters, timers and group indentation kept per runtime.
/// </summary>
internal sealed class ConsoleObject
{
    private readonly JsRuntime _runtime;
    private readonly Engine _engine;
    private readonly IConsoleOutput _output;
    private Dictionary<string, int>? _counts;
    private Dictionary<string, long>? _timers;
    private string _indent = "";
    private bool _warned;

    /// <summary>The runtime's global console, writing to the host's console output; its functions are built on first use.</summary>
    public ConsoleObject(JsRuntime runtime, IConsoleOutput output)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _output = output;
        _groupIndentation = GlobalGroupIndentation;
        Object = GlobalMethods.CreateObject(runtime.Engine, this);
    }

    /// <summary>A console built by <c>new console.Console(...)</c>: its methods are set on <paramref name="target"/>.</summary>
    public ConsoleObject(JsRuntime runtime, IConsoleOutput output, JsObject target, int groupIndentation)
    {
        _runtime = runtime;
        _engine = runtime.Engine;
        _output = output;
        _groupIndentation = groupIndentation;
        Object = target;
        Methods.Fill(target, _engine, this);
    }

    private const int GlobalGroupIndentation = 2;
    private readonly int _groupIndentation;

    /// <summary>The JavaScript <c>console</c> object.</summary>
    public ObjectInstance Object { get; }

    // Node's order of own properties, which Object.keys(console) shows.
    private static LazyPropertyTable<ConsoleObject> MethodTable() => new LazyPropertyTable<ConsoleObject>("console")
        .Function("log", 0, static (c, _, args) => c.Print(false, args))
        .Function("warn", 0, static (c, _, args) => c.Print(true, args))
        .Function("dir", 0, static (c, _, args) => c.Dir(args))
        .Function("time", 0, static (c, _, args) => c.Time(Label(args)))
        .Function("timeEnd", 0, static (c, _, args) => c.TimeLog(Label(args), [], end: true))
        .Function("timeLog", 0, static (c, _, args) => c.TimeLog(Label(args), args.Length > 1 ? args[1..] : [], end: false))
        .Function("trace", 0, static (c, thisObject, args) => c.Trace(thisObject, args))
        .Function("assert", 0, static (c, thisObject, args) => c.Assert(thisObject, args))
        // Node clears only a TTY; this output is never one.
        .Function("clear", 0, static (_, _, _) => JsValue.Undefined)
        .Function("count", 0, static (c, _, args) => c.Count(Label(args), reset: false))
        .Function("countReset", 0, static (c, _, args) => c.Count(Label(args), reset: true))
        .Function("group", 0, static (c, thisObject, args) => c.Group(thisObject, args))
        .Function("groupEnd", 0, static (c, _, _) => c.GroupEnd())
        .Function("table", 0, static (c, thisObject, args) => c.Table(thisObject, args))
        .Function("debug", 0, static (c, _, args) => c.Print(false, args))
        .Function("info", 0, static (c, _, args) => c.Print(false, args))
        .Function("dirxml", 0, static (c, _, args) => c.Print(false, args))
        .Function("error", 0, static (c, _, args) => c.Print(true, args))
        .Function("groupCollapsed", 0, static (c, thisObject, args) => c.Group(thisObject, args));

    private static readonly LazyPropertyTable<ConsoleObject> Methods = MethodTable();

    // Only the global console carries the constructor and the inspector-only no-ops, as in Node.
    private static readonly LazyPropertyTable<ConsoleObject> GlobalMethods = MethodTable()
        .Value("Console", static c => c._runtime.ConsoleConstructor)
        .Function("profile", 0, static (_, _, _) => JsValue.Undefined)
        .Function("profileEnd", 0, static (_, _, _) => JsValue.Undefined)
        .Function("timeStamp", 0, static (_, _, _) => JsValue.Undefined);

    private JsValue GroupEnd()
    {
        if (_indent.Length >= _groupIndentation) _indent = _indent[..^_groupIndentation];
        return JsValue.Undefined;
    }

    private JsValue Dir(JsValue[] args)
    {
        // Node's console.dir ignores [util.inspect.custom] unless the options ask for it.
        var defaults = InspectOptions.Default with { CustomInspect = false };
        var options = args.Length > 1 ? InspectOptionsReader.Read(args[1], defaults) : defaults;
        Write(false, Inspector.Inspect(args.Length > 0 ? args[0] : JsValue.Undefined, options));
        return JsValue.Undefined;
    }

    private JsValue Print(bool toError, JsValue[] args)
    {
        Write(toError, Formatter.Format(args));
        return JsValue.Undefined;
    }

    private void Write(bool toError, string text)
    {
        string line;
        if (_indent.Length == 0)
        {
            line = text + "\n";
        }
        else
        {
            line = _indent + text.Replace("\n", "\n" + _indent, StringComparison.Ordinal) + "\n";
        }
        if (toError) _output.WriteError(line);
        else _output.WriteOut(line);
    }

    private static string Label(JsValue[] args) =>
        args.Length == 0 || args[0].IsUndefined() ? "default" : TypeConverter.ToString(args[0]);

    private JsValue Trace(JsValue thisObject, JsValue[] args)
    {
        var message = args.Length == 0 ? "" : Formatter.Format(args);
        var stack = _engine.Advanced.StackTrace.TrimEnd();
        // Jint lists the native trace call itself first; Node's captured stack starts at its caller.
        if (stack.StartsWith("    at trace (", StringComparison.Ordinal))
        {
            var firstBreak = stack.IndexOf('\n', StringComparison.Ordinal);
            stack = firstBreak < 0 ? "" : stack[(firstBreak + 1)..];
        }
        Write(true, "Trace" + (message.Length > 0 ? ": " + message : "") + (stack.Length > 0 ? "\n" + stack : ""));
        return JsValue.Undefined;
    }

    private JsValue Assert(JsValue thisObject, JsValue[] args)
    {
        if (args.Length > 0 && TypeConverter.ToBoolean(args[0])) return JsValue.Undefined;
        // Like Node, the first message argument is stringified into the prefix, then the whole list is formatted.
        var rest = args.Length > 1 ? args[1..] : [];
        if (rest.Length == 0) rest = ["Assertion failed"];
        else rest[0] = "Assertion failed: " + TypeConverter.ToString(rest[0]);
        Write(true, Formatter.Format(rest));
        return JsValue.Undefined;
    }

    private JsValue Count(string label, bool reset)
    {
        _counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
        if (reset)
        {
            if (!_counts.Remove(label)) Warn($"Count for '{label}' does not exist");
            return JsValue.Undefined;
        }
        _counts.TryGetValue(label, out var count);
        _counts[label] = ++count;
        Write(false, $"{label}: {count}");
        return JsValue.Undefined;
    }

    private JsValue Time(string label)
    {
        _timers ??= new Dictionary<string, long>(StringComparer.Ordinal);
        if (!_timers.TryAdd(label, Stopwatch.GetTimestamp()))
        {
            Warn($"Label '{label}' already exists for console.time()");
        }
        return JsValue.Undefined;
    }

    private JsValue TimeLog(string label, JsValue[] extra, bool end)
    {
        if (_timers is null || !_timers.TryGetValue(label, out var start))
        {
            Warn($"No such label '{label}' for console.{(end ? "timeEnd" : "timeLog")}()");
            return JsValue.Undefined;
        }
        if (end) _timers.Remove(label);
        // Node logs '%s: %s' with the extra data appended, so extra strings are not format strings.
        Write(false, Formatter.Format([(JsValue)"%s: %s", label, FormatDuration(Stopwatch.GetElapsedTime(start)), .. extra]));
        return JsValue.Undefined;
    }

    // Node's formatTime: trimmed milliseconds, seconds with three decimals, then m:ss.mmm and h:mm:ss.mmm.
    internal static string FormatDuration(TimeSpan elapsed)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        var ms = elapsed.TotalMilliseconds;
        if (ms < 1_000) return Math.Round(ms, 3, MidpointRounding.AwayFromZero).ToString("0.###", invariant) + "ms";
        if (ms < 60_000) return (ms / 1_000).ToString("0.000", invariant) + "s";
        var hours = (long)(ms / 3_600_000);
        var minutes = (long)(ms % 3_600_000 / 60_000);
        var seconds = (ms % 60_000 / 1_000).ToString("0.000", invariant).Split('.');
        var lead = hours != 0 ? $"{hours}:{minutes:00}" : minutes.ToString(invariant);
        return $"{lead}:{seconds[0].PadLeft(2, '0')}.{seconds[1]} ({(hours != 0 ? "h:m" : "")}m:ss.mmm)";
    }

    // process.emitWarning's text; Node adds the --trace-warnings hint after the first warning only.
    private void Warn(string message)
    {
        var text = $"(node:{Environment.ProcessId}) Warning: {message}\n";
        if (!_warned)
        {
            _warned = true;
            text += "(Use `node --trace-warnings ...` to show where the warning was created)\n";
        }
        _output.WriteError(text);
    }

    private JsValue Group(JsValue thisObject, JsValue[] args)
    {
        if (args.Length > 0) Write(false, Formatter.Format(args));
        _indent += new string(' ', _groupIndentation);
        return JsValue.Undefined;
    }

    private JsValue Table(JsValue thisObject, JsValue[] args)
    {
        var data = args.Length > 0 ? args[0] : JsValue.Undefined;
        if (data is not ObjectInstance)
        {
            return Print(false, [data]);
        }
        Write(false, ConsoleTable.Render(_engine, (ObjectInstance)data, args.Length > 1 ? args[1] : JsValue.Undefined));
        return JsValue.Undefined;
    }
}
