using Hatchery.NativeModules;

namespace Hatchery.Builtins.Stream;

/// <summary>Node's <c>stream</c> module, implemented in <c>stream.js</c> and the <c>internal.streams.*.js</c> files.</summary>
public sealed class StreamModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "stream";

    /// <inheritdoc />
    public override string Summary => "Readable, Writable, Duplex, Transform and PassThrough streams, pipeline and finished.";

    /// <inheritdoc />
    public override string Documentation => """
        stream — Node's streams.

        const { Readable, Transform, pipeline } = require('stream');
        const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
        pipeline(Readable.from(['a', 'b']), upper, process.stdout, (err) => {});

        Readable (push, read(n), paused and flowing modes, 'readable'/'data'/'end', setEncoding, pipe/unpipe,
        for await, Readable.from), Writable (write with backpressure and 'drain', cork/uncork, _writev, end,
        _final, 'finish'), Duplex, Transform, PassThrough, destroy(err) with 'error' and 'close', objectMode,
        highWaterMark, autoDestroy, emitClose, the readable*/writable* state getters; pipeline (streams,
        iterables, generator functions), finished, addAbortSignal, Stream (the legacy base with pipe), and
        stream.promises. Web streams, Duplex.from, compose and the Readable operators (map, filter, toArray…)
        are absent.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "stream.js";
}
