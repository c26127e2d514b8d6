using Hatchery.NativeModules;

namespace Hatchery.Builtins.Events;

/// <summary>
/// Node's <c>events</c> module: <c>EventEmitter</c> built in C# (<see cref="EventEmitterFunction"/>), its rarely used
/// members in <c>internal.events_members.js</c>, run on the first read of one of them.
/// </summary>
public sealed class EventsModule : NativeModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Name => "events";

    /// <inheritdoc />
    public override string Summary => "EventEmitter: named events with listeners, as in Node.js.";

    /// <inheritdoc />
    public override string Documentation => """
        events — Node's EventEmitter.

        const EventEmitter = require('events');
        class Job extends EventEmitter {}
        const job = new Job();
        job.on('done', (result) => console.log(result));
        job.emit('done', 42);

        Instance methods: on/addListener, once, off/removeListener, removeAllListeners, emit, prependListener,
        prependOnceListener, listeners, rawListeners, listenerCount, eventNames, setMaxListeners, getMaxListeners.
        Emitting 'error' with no listener throws. Static: once (a promise), on (an async iterator),
        getEventListeners, getMaxListeners, setMaxListeners, listenerCount, defaultMaxListeners, errorMonitor,
        captureRejections, captureRejectionSymbol, addAbortListener.
        """;

    /// <inheritdoc />
    public override void Load(NativeModuleContext context) => context.SetExports(new EventEmitterFunction(context.Engine));
}
