using Hatchery.NativeModules;

namespace Hatchery.Builtins.Stream;

/// <summary>Node's <c>stream/promises</c> module: <c>pipeline</c> and <c>finished</c> returning promises.</summary>
public sealed class StreamPromisesModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "stream/promises";

    /// <inheritdoc />
    public override string Summary => "pipeline and finished of stream, returning promises.";

    /// <inheritdoc />
    public override string Documentation => """
        stream/promises — await pipeline(source, ...transforms, destination[, { signal, end }]) resolves when the
        last stream has finished (with the value of an async destination function) and rejects with the first
        error; await finished(stream[, options]) resolves when the stream has ended or finished.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "stream.promises.js";
}
