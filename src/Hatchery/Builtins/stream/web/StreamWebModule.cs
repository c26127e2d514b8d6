using Hatchery.NativeModules;

namespace Hatchery.Builtins.Stream.Web;

/// <summary>
/// Node's <c>stream/web</c> module: the WHATWG streams (<c>ReadableStream</c>, <c>WritableStream</c>,
/// <c>TransformStream</c>, their readers, writers and controllers, the queuing strategies and the text encoding
/// streams), written in JavaScript after the standard. Each export is also a global, as in Node 20.
/// </summary>
public sealed class StreamWebModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "stream/web";

    /// <inheritdoc />
    public override string Summary => "WHATWG web streams: ReadableStream, WritableStream, TransformStream (also globals).";

    /// <inheritdoc />
    public override string Documentation => """
        stream/web — the WHATWG Streams standard; every export is also a global.

        new ReadableStream(source?, strategy?)
          source: { start(controller), pull(controller), cancel(reason), type? } — each optional; a promise from
          pull or start holds the next pull back. strategy: { highWaterMark, size(chunk) } (default 1 chunk).
          controller: enqueue(chunk), close(), error(e), desiredSize.
          stream.locked; stream.getReader() → ReadableStreamDefaultReader { read() → Promise<{ value, done }>,
          releaseLock(), cancel(reason), closed }; stream.cancel(reason); stream.tee() → [branch1, branch2];
          stream.pipeTo(writable, { preventClose, preventAbort, preventCancel, signal }) → Promise;
          stream.pipeThrough({ writable, readable }, options) → readable; for await (const chunk of stream),
          stream.values({ preventCancel }); ReadableStream.from(iterable | asyncIterable).
          A source of type 'bytes' is served by a default controller: getReader({ mode: 'byob' }) throws.
        new WritableStream(sink?, strategy?)
          sink: { start(controller), write(chunk, controller), close(), abort(reason) }; controller: error(e), signal.
          stream.getWriter() → WritableStreamDefaultWriter { write(chunk), close(), abort(reason), releaseLock(),
          ready, closed, desiredSize }; stream.abort(reason); stream.close(); stream.locked.
        new TransformStream(transformer?, writableStrategy?, readableStrategy?)
          transformer: { start(controller), transform(chunk, controller), flush(controller), cancel(reason) };
          controller: enqueue(chunk), error(e), terminate(), desiredSize. Properties readable and writable.
        new ByteLengthQueuingStrategy({ highWaterMark }), new CountQueuingStrategy({ highWaterMark })
        new TextEncoderStream(), new TextDecoderStream(encoding?, { fatal, ignoreBOM })

        Errors are Node's: a locked stream gives TypeError [ERR_INVALID_STATE], a wrong receiver
        TypeError [ERR_INVALID_THIS]. Absent: BYOB readers and ReadableByteStreamController,
        CompressionStream and DecompressionStream.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "stream.web.js";
}
