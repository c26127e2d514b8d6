using System.Text.RegularExpressions;
using Acornima.Ast;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Modules;
using AstModule = Acornima.Ast.Module;

namespace Hatchery.Modules;

// Jint fails a link whose import names an export the target lacks, or one two star exports provide, with one
// message for both ("Ambiguous import statement for identifier y") and no place. Node names the import and the case:
// this finds the import Jint stopped at, linking as Jint does (a module's dependencies first, then its own
// re-exports and imports, in source order), and builds Node's SyntaxError with the import's source frame.
internal sealed partial class EsModuleLoader
{
    internal const string JintLinkMessage = "Ambiguous import statement for identifier";

    /// <summary>
    /// For Jint's link failure <paramref name="error"/> while importing the graph rooted at <paramref name="root"/>:
    /// Node's SyntaxError for the import that failed; otherwise null (another error, or no import found to blame).
    /// </summary>
    internal ModuleLoadException? ExplainLinkError(JsRuntime runtime, JsValue error, string root)
    {
        if (error is not ObjectInstance o || o.Get("name").ToString() != "SyntaxError") return null;
        var message = o.Get("message").ToString();
        if (!message.StartsWith(JintLinkMessage, StringComparison.Ordinal)) return null;
        var name = message[JintLinkMessage.Length..].TrimStart(':', ' ');
        try
        {
            return FindFailedImport(runtime, root, name, new HashSet<string>(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is ModuleLoadException or JavaScriptException)
        {
            return null;
        }
    }

    private ModuleLoadException? FindFailedImport(JsRuntime runtime, string path, string name, HashSet<string> visited)
    {
        if (!visited.Add(path) || !factory.Resolver.IsEsModule(path) || Program(path) is not { } program) return null;
        var requests = new List<(Node Where, string Imported, string Specifier)>();
        var reexports = new List<(Node Where, string Imported, string Specifier)>();
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case ImportDeclaration import:
                    var target = Target(path, import.Source.Value);
                    if (target is not null && FindFailedImport(runtime, target, name, visited) is { } inner) return inner;
                    foreach (var specifier in import.Specifiers)
                    {
                        if (specifier is ImportSpecifier named) requests.Add((named, ExportName(named.Imported), import.Source.Value));
                        else if (specifier is ImportDefaultSpecifier) requests.Add((specifier, "default", import.Source.Value));
                    }
                    break;
                case ExportNamedDeclaration { Source: { } source } export:
                    var from = Target(path, source.Value);
                    if (from is not null && FindFailedImport(runtime, from, name, visited) is { } nested) return nested;
                    foreach (var specifier in export.Specifiers) reexports.Add((specifier, ExportName(specifier.Local), source.Value));
                    break;
                case ExportAllDeclaration all:
                    var star = Target(path, all.Source.Value);
                    if (star is not null && FindFailedImport(runtime, star, name, visited) is { } starred) return starred;
                    break;
            }
        }
        // Jint checks a module's re-exports before its imports.
        foreach (var (where, imported, specifier) in reexports.Concat(requests))
        {
            if (imported != name || Target(path, specifier) is not { } target) continue;
            var provided = Provides(runtime, target, name, new HashSet<string>(StringComparer.Ordinal));
            if (provided == Provision.One) continue;
            return LinkError(path, where, specifier, name, provided, IsCommonJs(target));
        }
        return null;
    }

    private enum Provision { None, One, Conflicting }

    // Whether the module at target exports name: directly, or through export * (two stars that both have it conflict).
    private Provision Provides(JsRuntime runtime, string target, string name, HashSet<string> visited)
    {
        if (!visited.Add(target)) return Provision.None;
        if (!factory.Resolver.IsEsModule(target) || IsBuiltin(target) || target.EndsWith(".json", StringComparison.Ordinal))
        {
            return name == "default" || OtherExportNames(runtime, target).Contains(name) ? Provision.One : Provision.None;
        }
        if (Program(target) is not { } program) return Provision.One;
        var stars = new List<string>();
        foreach (var statement in program.Body)
        {
            switch (statement)
            {
                case ExportDefaultDeclaration when name == "default":
                    return Provision.One;
                case ExportNamedDeclaration export:
                    if (export.Specifiers.Any(s => ExportName(s.Exported) == name)) return Provision.One;
                    if (export.Declaration is { } declaration && DeclaredNames(declaration).Contains(name)) return Provision.One;
                    break;
                case ExportAllDeclaration all:
                    if (all.Exported is { } exported)
                    {
                        if (ExportName(exported) == name) return Provision.One;
                    }
                    else if (Target(target, all.Source.Value) is { } from)
                    {
                        stars.Add(from);
                    }
                    break;
            }
        }
        if (name == "default") return Provision.None;
        var found = 0;
        foreach (var star in stars)
        {
            var provided = Provides(runtime, star, name, visited);
            if (provided == Provision.Conflicting) return provided;
            if (provided == Provision.One) found++;
        }
        return found switch { 0 => Provision.None, 1 => Provision.One, _ => Provision.Conflicting };
    }

    // The named exports of a module that is not source text: a built-in's properties, a CommonJS module's lexed names.
    private HashSet<string> OtherExportNames(JsRuntime runtime, string target)
    {
        if (target.EndsWith(".json", StringComparison.Ordinal)) return [];
        if (!IsBuiltin(target)) return CommonJsExportNames(target, []);
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (runtime.BuiltinModules.Require(target) is ObjectInstance exports)
        {
            foreach (var key in exports.GetOwnPropertyKeys(Types.String))
            {
                if (exports.GetOwnProperty(key).Enumerable) names.Add(key.ToString());
            }
        }
        return names;
    }

    private bool IsCommonJs(string target) =>
        !IsBuiltin(target) && !target.EndsWith(".json", StringComparison.Ordinal) && !factory.Resolver.IsEsModule(target);

    private ModuleLoadException LinkError(string path, Node where, string specifier, string name, Provision provided, bool commonJs)
    {
        var line = where.Location.Start.Line;
        var column = where.Location.Start.Column;
        var lines = factory.SourceLoader.TryRead(path, out var source) ? source.Split('\n') : [];
        var sourceLine = line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : "";
        string message;
        if (provided == Provision.Conflicting)
        {
            message = $"The requested module '{specifier}' contains conflicting star exports for name '{name}'";
        }
        else if (commonJs)
        {
            // Node suggests the default import, with the line's braces as a destructuring when the import fits on one line.
            var braces = Regex.Match(sourceLine, "{.*}");
            var destructuring = braces.Success ? Regex.Replace(braces.Value, @"\s+as\s+", ": ") : null;
            message = $"Named export '{name}' not found. The requested module '{specifier}' is a CommonJS module, which may not support all module.exports as named exports.\n" +
                      $"CommonJS modules can always be imported via the default export, for example using:\n\nimport pkg from '{specifier}';\n" +
                      (destructuring is null ? "" : $"const {destructuring} = pkg;\n");
        }
        else
        {
            message = $"The requested module '{specifier}' does not provide an export named '{name}'";
        }
        return new ModuleLoadException("", message, "SyntaxError")
        {
            Frame = $"{FileUrl.FromPath(path)}:{line}\n{sourceLine}\n{new string(' ', Math.Max(column, 0))}^",
            Location = $"{path}:{line}:{Math.Max(column, 0) + 1}",
        };
    }

    private AstModule? Program(string path) => factory.CompiledModules.Get(path)?.EsModule?.Program;

    private string? Target(string path, string specifier)
    {
        try
        {
            return ResolveCore(path, new ModuleRequest(specifier, [])).Key;
        }
        catch (ModuleLoadException)
        {
            return null;
        }
    }

    private static string ExportName(Node node) => node switch
    {
        Identifier identifier => identifier.Name,
        StringLiteral literal => literal.Value,
        Literal literal => literal.Raw,
        _ => "",
    };

    private static HashSet<string> DeclaredNames(Declaration declaration)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        switch (declaration)
        {
            case VariableDeclaration variables:
                foreach (var declarator in variables.Declarations) BoundNames(declarator.Id, names);
                break;
            case FunctionDeclaration { Id: { } id }:
                names.Add(id.Name);
                break;
            case ClassDeclaration { Id: { } id }:
                names.Add(id.Name);
                break;
        }
        return names;
    }

    private static void BoundNames(Node? pattern, HashSet<string> names)
    {
        switch (pattern)
        {
            case Identifier identifier:
                names.Add(identifier.Name);
                break;
            case ObjectPattern obj:
                foreach (var property in obj.Properties) BoundNames(property is Property p ? p.Value : property, names);
                break;
            case ArrayPattern array:
                foreach (var element in array.Elements) BoundNames(element, names);
                break;
            case AssignmentPattern assignment:
                BoundNames(assignment.Left, names);
                break;
            case RestElement rest:
                BoundNames(rest.Argument, names);
                break;
        }
    }
}
