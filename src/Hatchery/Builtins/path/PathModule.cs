using Hatchery.NativeModules;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Path;

/// <summary>
/// Node's <c>path</c> module: the POSIX flavour as the module itself (<c>path.posix === path</c>) and the Windows
/// flavour as <c>path.win32</c>. The algorithms live in <see cref="PosixPath"/> and <see cref="WindowsPath"/>;
/// this type only validates arguments the way Node does and converts between JavaScript and .NET values.
/// </summary>
public sealed class PathModule : NativeModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "path";

    /// <inheritdoc />
    public override string Summary => "Utilities for working with file and directory paths (POSIX, with path.win32 for Windows paths).";

    /// <inheritdoc />
    public override string Documentation => PathDocumentation.Text;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context)
    {
        var exports = new PathExports(context.Runtime);
        context.SetExports(exports.Posix);
    }

    /// <summary>The two flavours' export objects of one runtime, each built lazily on first use.</summary>
    private sealed class PathExports(JsRuntime runtime)
    {
        private ObjectInstance? _posix;
        private ObjectInstance? _win32;

        public JsRuntime Runtime { get; } = runtime;

        public ObjectInstance Posix => _posix ??= PosixTable.CreateObject(Runtime.Engine, this);

        public ObjectInstance Win32 => _win32 ??= WindowsTable.CreateObject(Runtime.Engine, this);
    }

    // Same names, lengths and order as Node's exports; built per runtime only when a script reads them.
    private static readonly LazyPropertyTable<PathExports> PosixTable = Table(windows: false);
    private static readonly LazyPropertyTable<PathExports> WindowsTable = Table(windows: true);

    private static LazyPropertyTable<PathExports> Table(bool windows) => new LazyPropertyTable<PathExports>("path")
        .Function("resolve", 0, (e, _, args) => windows
            ? WindowsPath.Resolve(new JsPathArguments(e.Runtime.Engine, args), e.Runtime.BaseDirectory)
            : PosixPath.Resolve(new JsPathArguments(e.Runtime.Engine, args), e.Runtime.BaseDirectory))
        .Function("normalize", 1, (e, _, args) =>
        {
            var path = NativeArguments.String(e.Runtime.Engine, args, 0, "path");
            return windows ? WindowsPath.Normalize(path) : PosixPath.Normalize(path);
        })
        .Function("isAbsolute", 1, (e, _, args) =>
        {
            var path = NativeArguments.String(e.Runtime.Engine, args, 0, "path");
            return (windows ? WindowsPath.IsAbsolute(path) : PosixPath.IsAbsolute(path)) ? JsBoolean.True : JsBoolean.False;
        })
        .Function("join", 0, (e, _, args) => windows
            ? WindowsPath.Join(new JsPathArguments(e.Runtime.Engine, args))
            : PosixPath.Join(new JsPathArguments(e.Runtime.Engine, args)))
        .Function("relative", 2, (e, _, args) =>
        {
            var from = NativeArguments.String(e.Runtime.Engine, args, 0, "from");
            var to = NativeArguments.String(e.Runtime.Engine, args, 1, "to");
            return windows ? WindowsPath.Relative(from, to, e.Runtime.BaseDirectory) : PosixPath.Relative(from, to, e.Runtime.BaseDirectory);
        })
        .Function("toNamespacedPath", 1, (e, _, args) =>
        {
            var path = args.Length > 0 ? args[0] : JsValue.Undefined;
            // Node passes anything that is not a non-empty string through untouched.
            return windows && path is JsString { Length: > 0 } text ? WindowsPath.ToNamespacedPath(text.ToString(), e.Runtime.BaseDirectory) : path;
        })
        .Function("dirname", 1, (e, _, args) =>
        {
            var path = NativeArguments.String(e.Runtime.Engine, args, 0, "path");
            return windows ? WindowsPath.Dirname(path) : PosixPath.Dirname(path);
        })
        .Function("basename", 2, (e, _, args) =>
        {
            // Node checks the suffix before the path.
            var suffix = NativeArguments.OptionalString(e.Runtime.Engine, args, 1, "suffix");
            var path = NativeArguments.String(e.Runtime.Engine, args, 0, "path");
            return windows ? WindowsPath.Basename(path, suffix) : PosixPath.Basename(path, suffix);
        })
        .Function("extname", 1, (e, _, args) =>
        {
            var path = NativeArguments.String(e.Runtime.Engine, args, 0, "path");
            return windows ? WindowsPath.Extname(path) : PosixPath.Extname(path);
        })
        .Function("format", 1, (e, _, args) => Format(e.Runtime.Engine, args, windows ? WindowsPath.Separator : PosixPath.Separator))
        .Function("parse", 1, (e, _, args) =>
        {
            var path = NativeArguments.String(e.Runtime.Engine, args, 0, "path");
            return ToObject(e.Runtime.Engine, windows ? WindowsPath.Parse(path) : PosixPath.Parse(path));
        })
        .Value("sep", _ => (windows ? WindowsPath.Separator : PosixPath.Separator).ToString())
        .Value("delimiter", _ => (windows ? WindowsPath.Delimiter : PosixPath.Delimiter).ToString())
        .Value("win32", e => e.Win32)
        .Value("posix", e => e.Posix)
        .Value("_makeLong", e => (windows ? e.Win32 : e.Posix).Get("toNamespacedPath"));

    // format works on any object with JavaScript truthiness and string conversion, so it reads the values itself.
    private static JsValue Format(Engine engine, JsValue[] args, char separator)
    {
        var value = args.Length > 0 ? args[0] : JsValue.Undefined;
        if (value is not ObjectInstance pathObject || value is Jint.Native.Function.Function || value is JsArray)
        {
            throw NativeArguments.InvalidType(engine, "pathObject", "object", value);
        }
        var dir = pathObject.Get("dir");
        if (!TypeConverter.ToBoolean(dir)) dir = pathObject.Get("root");
        var baseValue = pathObject.Get("base");
        string @base;
        if (TypeConverter.ToBoolean(baseValue))
        {
            @base = TypeConverter.ToString(baseValue);
        }
        else
        {
            var name = pathObject.Get("name");
            var nameText = TypeConverter.ToBoolean(name) ? TypeConverter.ToString(name) : "";
            @base = string.Concat(nameText, FormatExtension(pathObject.Get("ext")));
        }
        if (!TypeConverter.ToBoolean(dir)) return @base;
        return PathText.Compose(TypeConverter.ToString(dir), dir.Equals(pathObject.Get("root")), @base, separator);
    }

    // Node tests `ext[0] === '.'`, which for a non-string reads property 0.
    private static string FormatExtension(JsValue ext)
    {
        if (!TypeConverter.ToBoolean(ext)) return "";
        var startsWithDot = ext switch
        {
            JsString s => s.ToString()[0] == '.',
            ObjectInstance o => o.Get("0") is JsString first && first.ToString() == ".",
            _ => false,
        };
        var text = TypeConverter.ToString(ext);
        return startsWithDot ? text : string.Concat(".", text);
    }

    private static JsObject ToObject(Engine engine, ParsedPath parts)
    {
        var result = new JsObject(engine);
        result.CreateDataProperty("root", parts.Root);
        result.CreateDataProperty("dir", parts.Dir);
        result.CreateDataProperty("base", parts.Base);
        result.CreateDataProperty("ext", parts.Ext);
        result.CreateDataProperty("name", parts.Name);
        return result;
    }

    // Reads join/resolve arguments lazily, so that validation errors name the same argument Node's would.
    private readonly struct JsPathArguments(Engine engine, JsValue[] args) : IPathArguments
    {
        public int Count => args.Length;

        public string Get(int index, bool resolving)
        {
            if (args[index] is JsString s) return s.ToString();
            throw NativeArguments.InvalidType(engine, resolving ? $"paths[{index}]" : "path", "string", args[index]);
        }
    }
}
