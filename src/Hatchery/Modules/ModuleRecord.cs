using Jint.Native;
using Jint.Native.Object;

namespace Hatchery.Modules;

/// <summary>The host's view of one loaded CommonJS module: its file, its JavaScript <c>module</c> object and its parent.</summary>
internal sealed class ModuleRecord(string filename, string directory, ObjectInstance moduleObject, ModuleRecord? parent)
{
    public string Filename { get; } = filename;

    public string Directory { get; } = directory;

    public ObjectInstance ModuleObject { get; } = moduleObject;

    public ModuleRecord? Parent { get; } = parent;

    /// <summary>The files from this module up to the main module, as Node's "Require stack" lists them.</summary>
    public List<string> RequireStack()
    {
        var stack = new List<string>();
        for (var record = this; record is not null; record = record.Parent)
        {
            if (record.Filename.Length > 0) stack.Add(record.Filename);
        }
        return stack;
    }

    public JsValue Exports => ModuleObject.Get("exports");
}
