using Hatchery.Builtins.Buffer;
using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.StringDecoder;

/// <summary>Node's <c>string_decoder</c> module: decodes a stream of byte chunks without splitting characters.</summary>
public sealed class StringDecoderModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "string_decoder";

    /// <inheritdoc />
    public override string Summary => "StringDecoder: decode byte chunks to strings, keeping split characters whole.";

    /// <inheritdoc />
    public override string Documentation => """
        string_decoder — new StringDecoder(encoding = 'utf8').

        write(buffer) returns the text of the complete characters so far and keeps the bytes of a character
        split across chunks (UTF-8, UTF-16 surrogate pairs, base64 groups of three bytes) for the next write;
        end([buffer]) flushes what is left, as U+FFFD for an incomplete UTF-8 sequence.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "string_decoder.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) => ByteBindings.Add(context.Engine, binding);
}
