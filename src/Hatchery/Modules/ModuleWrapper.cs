using Acornima.Ast;

namespace Hatchery.Modules;

/// <summary>
/// Node's CommonJS module wrapper, defined once: a module's source becomes the body of a function whose parameters are
/// what the module sees. Module files and built-in scripts differ only in those parameters (and built-ins are strict).
/// </summary>
internal sealed class ModuleWrapper
{
    /// <summary>A module file's wrapper, as Node's: <c>(exports, require, module, __filename, __dirname)</c>.</summary>
    public static readonly ModuleWrapper File = new("exports, require, module, __filename, __dirname", strict: false);

    /// <summary>A built-in script's wrapper: <c>binding</c> holds the C# functions its module adds.</summary>
    public static readonly ModuleWrapper Builtin = new("exports, require, module, binding", strict: true);

    // The wrapper shares the source's first line so that line numbers in stacks and errors stay the file's own.
    private readonly string _prefix;

    private ModuleWrapper(string parameters, bool strict) =>
        _prefix = $"(function ({parameters}) {{ {(strict ? "'use strict'; " : "")}";

    /// <summary>Parses <paramref name="source"/> inside the wrapper; running the result yields the module function.</summary>
    public Prepared<Script> Prepare(string path, string source) =>
        CompiledModule.Prepare(path, _prefix + CompiledModule.StripShebang(source) + "\n})", _prefix.Length);
}
