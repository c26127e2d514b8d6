using System.Text.Json;

namespace Hatchery.Modules;

/// <summary>The fields of a <c>package.json</c> that module resolution reads.</summary>
internal sealed record PackageJson(string Directory, string? Name, string? Main, string? Type, JsonElement? Exports, JsonElement? Imports)
{
    public static PackageJson Parse(string path, string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return new PackageJson(System.IO.Path.GetDirectoryName(path)!, null, null, null, null, null);
            return new PackageJson(
                System.IO.Path.GetDirectoryName(path)!,
                StringField(root, "name"),
                StringField(root, "main"),
                StringField(root, "type"),
                root.TryGetProperty("exports", out var exports) && exports.ValueKind != JsonValueKind.Null ? exports.Clone() : null,
                root.TryGetProperty("imports", out var imports) && imports.ValueKind == JsonValueKind.Object ? imports.Clone() : null);
        }
        catch (JsonException e)
        {
            // Node reports a package.json it cannot parse as a SyntaxError naming the file.
            throw new ModuleLoadException("ERR_INVALID_PACKAGE_CONFIG", $"Error parsing {path}: {e.Message}", "SyntaxError");
        }
    }

    private static string? StringField(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
