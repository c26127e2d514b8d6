using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.NativeModules.Path;

/// <summary>
/// Node's <c>path</c> module: the POSIX flavour as the module itself (<c>path.posix === path</c>) and the Windows
/// flavour as <c>path.win32</c>. The algorithms live in <see cref="PosixPath"/> and <see cref="WindowsPath"/>;
/// this type only validates arguments the way Node does and converts between JavaScript and .NET values.
/// </summary>
public sealed class PathModule : NativeModule
{
    /// <inheritdoc />
    public override string Name => "path";

    /// <inheritdoc />
    public override string Summary => "Utilities for working with file and directory paths (POSIX, with path.win32 for Windows paths).";

    /// <inheritdoc />
    public override string Documentation => PathDocumentation.Text;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context)
    {
        var engine = context.Engine;
        var runtime = context.Runtime;
        var posix = context.Exports;
        var win32 = new JsObject(engine);

        Fill(posix, engine, new Flavor(
            Resolve: args => PosixPath.Resolve(new JsPathArguments(engine, args), runtime.BaseDirectory),
            Normalize: PosixPath.Normalize,
            IsAbsolute: PosixPath.IsAbsolute,
            Join: args => PosixPath.Join(new JsPathArguments(engine, args)),
            Relative: (from, to) => PosixPath.Relative(from, to, runtime.BaseDirectory),
            ToNamespacedPath: path => path,
            Dirname: PosixPath.Dirname,
            Basename: PosixPath.Basename,
            Extname: PosixPath.Extname,
            Parse: PosixPath.Parse,
            Separator: PosixPath.Separator,
            Delimiter: PosixPath.Delimiter));
        Fill(win32, engine, new Flavor(
            Resolve: args => WindowsPath.Resolve(new JsPathArguments(engine, args), runtime.BaseDirectory),
            Normalize: WindowsPath.Normalize,
            IsAbsolute: WindowsPath.IsAbsolute,
            Join: args => WindowsPath.Join(new JsPathArguments(engine, args)),
            Relative: (from, to) => WindowsPath.Relative(from, to, runtime.BaseDirectory),
            // Node passes anything that is not a non-empty string through untouched.
            ToNamespacedPath: path => path is JsString { Length: > 0 } s ? WindowsPath.ToNamespacedPath(s.ToString(), runtime.BaseDirectory) : path,
            Dirname: WindowsPath.Dirname,
            Basename: WindowsPath.Basename,
            Extname: WindowsPath.Extname,
            Parse: WindowsPath.Parse,
            Separator: WindowsPath.Separator,
            Delimiter: WindowsPath.Delimiter));

        foreach (var target in new[] { posix, win32 })
        {
            target.CreateDataProperty("win32", win32);
            target.CreateDataProperty("posix", posix);
            target.CreateDataProperty("_makeLong", target.Get("toNamespacedPath"));
        }
    }

    // One flavour's operations, so that both export objects are built by the same code.
    private sealed record Flavor(
        Func<JsValue[], string> Resolve,
        Func<string, string> Normalize,
        Func<string, bool> IsAbsolute,
        Func<JsValue[], string> Join,
        Func<string, string, string> Relative,
        Func<JsValue, JsValue> ToNamespacedPath,
        Func<string, string> Dirname,
        Func<string, string?, string> Basename,
        Func<string, string> Extname,
        Func<string, ParsedPath> Parse,
        char Separator,
        char Delimiter);

    private static void Fill(ObjectInstance target, Engine engine, Flavor flavor)
    {
        // Same names, lengths and order as Node's exports.
        void Add(string name, int length, Func<JsValue, JsValue[], JsValue> body) =>
            target.CreateDataProperty(name, JsFunctions.Create(engine, name, length, body));

        Add("resolve", 0, (_, args) => flavor.Resolve(args));
        Add("normalize", 1, (_, args) => flavor.Normalize(NativeArguments.String(engine, args, 0, "path")));
        Add("isAbsolute", 1, (_, args) => flavor.IsAbsolute(NativeArguments.String(engine, args, 0, "path")) ? JsBoolean.True : JsBoolean.False);
        Add("join", 0, (_, args) => flavor.Join(args));
        Add("relative", 2, (_, args) =>
        {
            var from = NativeArguments.String(engine, args, 0, "from");
            var to = NativeArguments.String(engine, args, 1, "to");
            return flavor.Relative(from, to);
        });
        Add("toNamespacedPath", 1, (_, args) => flavor.ToNamespacedPath(args.Length > 0 ? args[0] : JsValue.Undefined));
        Add("dirname", 1, (_, args) => flavor.Dirname(NativeArguments.String(engine, args, 0, "path")));
        Add("basename", 2, (_, args) =>
        {
            // Node checks the suffix before the path.
            var suffix = NativeArguments.OptionalString(engine, args, 1, "suffix");
            return flavor.Basename(NativeArguments.String(engine, args, 0, "path"), suffix);
        });
        Add("extname", 1, (_, args) => flavor.Extname(NativeArguments.String(engine, args, 0, "path")));
        Add("format", 1, (_, args) => Format(engine, args, flavor.Separator));
        Add("parse", 1, (_, args) => ToObject(engine, flavor.Parse(NativeArguments.String(engine, args, 0, "path"))));
        target.CreateDataProperty("sep", flavor.Separator.ToString());
        target.CreateDataProperty("delimiter", flavor.Delimiter.ToString());
    }

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
