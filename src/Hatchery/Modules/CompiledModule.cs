using Acornima.Ast;
using Jint;

namespace Hatchery.Modules;

/// <summary>
/// A module file made ready to run in any runtime: a CommonJS script parsed once inside Node's module
/// wrapper, or the text of a JSON file. Immutable, so many engines on many threads may share it.
/// </summary>
internal sealed class CompiledModule
{
    // Function.prototype.toString() must return the function's source text, as in Node: libraries inspect it
    // (classnames tells a custom toString from the native one by it; lodash's isNative looks for "[native code]").
    private static readonly ScriptPreparationOptions ScriptOptions = ScriptPreparationOptions.Default with
    {
        ParsingOptions = ScriptParsingOptions.Default with { RetainFunctionSourceText = true },
    };

    private static readonly ModulePreparationOptions ModuleOptions = ModulePreparationOptions.Default with
    {
        ParsingOptions = ModuleParsingOptions.Default with { RetainFunctionSourceText = true },
    };

    private CompiledModule(string path, Func<Prepared<Script>>? script, string? jsonText, Func<Prepared<Module>>? esModule, string? source)
    {
        Path = path;
        JsonText = jsonText;
        _parameterLimitSite = source is null ? null : ParameterListLimit.FindSite(path, source, esModule is not null);
        // A file over the limit is prepared only if a runtime without a time limit loads it: Jint checks parameter
        // names while it prepares, in the quadratic step the limit is there to keep out.
        var mode = _parameterLimitSite is null ? LazyThreadSafetyMode.None : LazyThreadSafetyMode.ExecutionAndPublication;
        if (script is not null) _script = new Lazy<Prepared<Script>>(script, mode);
        if (esModule is not null) _esModule = new Lazy<Prepared<Module>>(esModule, mode);
        if (_parameterLimitSite is null)
        {
            _ = _script?.Value;
            _ = _esModule?.Value;
        }
    }

    private readonly Lazy<Prepared<Script>>? _script;
    private readonly Lazy<Prepared<Module>>? _esModule;
    private readonly ModuleLoadException? _parameterLimitSite;

    /// <summary>
    /// The SyntaxError a runtime with a time limit raises instead of running this file, when one of its functions has
    /// more parameter names than <see cref="ParameterListLimit"/> allows; null when none has.
    /// </summary>
    public ModuleLoadException? ParameterLimitRefusal() => _parameterLimitSite is { } site
        ? new ModuleLoadException("", site.Message, "SyntaxError") { Frame = site.Frame, Location = site.Location }
        : null;

    public string Path { get; }

    /// <summary>The wrapped script; running it yields the module function. Null for JSON.</summary>
    public Prepared<Script>? Script => _script?.Value;

    /// <summary>The JSON text, parsed per runtime because values never cross engines. Null for scripts.</summary>
    public string? JsonText { get; }

    /// <summary>The parsed ES module, for <c>.mjs</c> files and <c>.js</c> files in <c>"type": "module"</c> packages.</summary>
    public Prepared<Module>? EsModule => _esModule?.Value;

    public static CompiledModule Compile(string path, string source, bool isEsModule)
    {
        if (path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) return new CompiledModule(path, null, StripBom(source), null, null);
        if (isEsModule) return new CompiledModule(path, null, null, () => PrepareModule(path, StripShebang(StripBom(source))), source);
        return new CompiledModule(path, () => ModuleWrapper.File.Prepare(path, StripBom(source)), null, null, source);
    }

    /// <summary>An ES module whose source is not a file's (a <c>data:</c> URL's), named <paramref name="location"/>.</summary>
    public static CompiledModule CompileEsModule(string location, string source) =>
        new(location, null, null, () => PrepareModule(location, source), source);

    /// <summary>Parses a script, turning a parse error into a <see cref="ModuleLoadException"/> with file:line:column.</summary>
    public static Prepared<Script> Prepare(string path, string code, int firstLineColumnOffset = 0)
    {
        try
        {
            var prepared = Engine.PrepareScript(code, path, options: ScriptOptions);
            if (firstLineColumnOffset > 0 && prepared.Program is { } program) FirstLineShift.Apply(program, firstLineColumnOffset);
            return prepared;
        }
        catch (ScriptPreparationException e) when (e.InnerException is Acornima.ParseErrorException parse)
        {
            throw SyntaxError(path, code, parse, firstLineColumnOffset);
        }
        catch (Acornima.ParseErrorException parse)
        {
            throw SyntaxError(path, code, parse, firstLineColumnOffset);
        }
        catch (Exception e) when (StackExhaustion.Is(e))
        {
            throw TooDeep(path, e);
        }
    }

    private static Prepared<Module> PrepareModule(string path, string code)
    {
        try
        {
            return Engine.PrepareModule(code, path, options: ModuleOptions);
        }
        catch (ScriptPreparationException e) when (e.InnerException is Acornima.ParseErrorException parse)
        {
            throw SyntaxError(path, code, parse, 0);
        }
        catch (Acornima.ParseErrorException parse)
        {
            throw SyntaxError(path, code, parse, 0);
        }
        catch (Exception e) when (StackExhaustion.Is(e))
        {
            throw TooDeep(path, e);
        }
    }

    // Source nested deeper than the parser's stack or Jint's preparation allows: Node's RangeError, or Jint's limit as a SyntaxError.
    private static ModuleLoadException TooDeep(string path, Exception e) => e is ScriptPreparationException
        ? new ModuleLoadException("", $"{StackExhaustion.PreparationMessage(e)} ({path})", "SyntaxError")
        : new ModuleLoadException("", $"Maximum call stack size exceeded ({path})", "RangeError");

    private static ModuleLoadException SyntaxError(string path, string code, Acornima.ParseErrorException parse, int firstLineColumnOffset)
    {
        var line = parse.LineNumber;
        var column = parse.Column - (line == 1 ? firstLineColumnOffset : 0);
        var sourceLine = LineOf(code, line);
        if (line == 1 && firstLineColumnOffset > 0 && sourceLine.Length >= firstLineColumnOffset) sourceLine = sourceLine[firstLineColumnOffset..];
        var description = parse.Description ?? parse.Message;
        // The place is in the stack's source frame, as in Node, not in the message.
        var exception = new ModuleLoadException("", description, "SyntaxError")
        {
            Frame = Frame(path, line, sourceLine, column),
            Location = $"{path}:{line}:{Math.Max(column, 0) + 1}",
        };
        return exception;
    }

    // Node's source frame for a place in a file: the file and line, the line's text and a caret under the column.
    internal static string Frame(string path, int line, string sourceLine, int column) =>
        $"{path}:{line}\n{sourceLine}\n{new string(' ', Math.Max(column, 0))}^\n";

    internal static string LineOf(string code, int line)
    {
        var lines = code.Split('\n');
        return line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : "";
    }

    private static string StripBom(string source) => source.Length > 0 && source[0] == '\uFEFF' ? source[1..] : source;

    // A "#!" first line is legal in a Node script; keep the line so numbering stays intact.
    internal static string StripShebang(string source) => source.StartsWith("#!", StringComparison.Ordinal) ? "//" + source : source;
}
