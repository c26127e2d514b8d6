using Hatchery.NativeModules;

namespace Hatchery.Builtins.DiagnosticsChannel;

/// <summary>
/// Node's <c>diagnostics_channel</c> module, written in JavaScript (<c>diagnostics_channel.js</c>): named channels
/// for publishing diagnostic messages, and tracing channels.
/// </summary>
public sealed class DiagnosticsChannelModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "diagnostics_channel";

    /// <inheritdoc />
    public override string Summary => "Named channels that publish diagnostic messages to subscribers; tracing channels.";

    /// <inheritdoc />
    public override string Documentation => """
        diagnostics_channel: publish diagnostic messages on named channels, as Node does.
          channel(name)                 the one Channel of that name (a string or a symbol)
          hasSubscribers(name), subscribe(name, fn), unsubscribe(name, fn) -> whether fn was subscribed
          Channel: name, hasSubscribers, publish(message), subscribe(fn), unsubscribe(fn),
                   bindStore(store, transform), unbindStore(store), runStores(message, fn, thisArg, ...args)
          tracingChannel(name or { start, end, asyncStart, asyncEnd, error })
            -> TracingChannel: the five channels (tracing:<name>:start and so on), hasSubscribers,
               subscribe(handlers), unsubscribe(handlers), traceSync(fn, context, thisArg, ...args),
               tracePromise(fn, context, thisArg, ...args), traceCallback(fn, position, context, thisArg, ...args)
        Subscribers are called with (message, channel name). An error a subscriber throws does not stop the others:
        it is thrown again on the next tick, as an uncaught exception.
        Hatchery has no AsyncLocalStorage; a store is any object with run(value, fn), which runStores calls with
        transform(message) (or the message itself). With no store bound, runStores publishes and calls fn.
        Channels are kept for the runtime's life (Node lets one that nothing references be collected).
        """;

    /// <inheritdoc />
    protected override string ScriptName => "diagnostics_channel.js";
}
