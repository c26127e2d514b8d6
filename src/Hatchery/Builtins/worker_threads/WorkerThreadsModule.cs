using Hatchery.NativeModules;
using Jint.Native.Object;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>
/// Node's <c>worker_threads</c>: a Worker is another runtime of the same factory, on a script thread of its own, talking
/// to its parent through structured-clone messages.
/// </summary>
public sealed class WorkerThreadsModule : ScriptedModule
{
    /// <inheritdoc />
    public override ModuleOrigin Origin => ModuleOrigin.Node;

    /// <inheritdoc />
    public override string Name => "worker_threads";

    /// <inheritdoc />
    public override ModuleImplementation Implementation => ModuleImplementation.Mixed;

    /// <inheritdoc />
    public override string Summary => "Worker: another runtime on its own thread; parentPort, workerData, messages by structured clone.";

    /// <inheritdoc />
    public override string Documentation => """
        worker_threads — scripts on threads of their own.

        new Worker(filename, options) runs a file (an absolute path, one starting with ./ or ../ resolved against
        process.cwd(), or a file: URL) as the main module of a new runtime spawned from the same factory, on a
        dedicated thread with the stack every script thread gets. { eval: true } runs filename as code instead
        (like node -e: require is global, process.argv[1] is '[worker eval]'). Options: workerData (a structured
        clone, with transferList for the ArrayBuffers to move), argv (strings after the script in the worker's
        process.argv), env (the worker's process.env; by default a copy of the parent's), stdout/stderr false.
        The worker's console and process.stdout/stderr go to the parent's console, written on the parent's thread
        in order with its messages.

        In the worker: isMainThread is false, parentPort a MessagePort to the parent (null in the main thread, where
        isMainThread is true and threadId 0), workerData the clone, threadId its id (counted per family: a runtime
        and the workers it started, theirs too). process.exit(n) ends only the worker.

        worker.postMessage(value[, transferList]) and parentPort.postMessage send structured clones both ways, in
        order. A Worker emits 'online' when its thread starts, 'message' for each message, 'error' for an error the
        worker did not catch (a copy: Error of the same standard name, message and stack) followed by 'exit' with
        code 1, and 'exit' with the worker's exit code when it ends. worker.terminate() stops it wherever it is
        (even in an endless loop) and returns a promise of the exit code (1). worker.threadId is -1 after 'exit'. A
        worker keeps its parent's event loop alive until it exits, unless worker.unref(); worker.ref() undoes that.
        BroadcastChannel names are shared by a parent and its workers, and by no other runtime.
        getEnvironmentData/setEnvironmentData: values a worker's copy starts with. MessageChannel, MessagePort and
        BroadcastChannel are the globals.

        Limits: a worker inherits its parent's: the time the parent's run has left when the worker starts, the same
        statement and memory limits (counted for the worker alone), the parent's cancellation, the factory's modules
        and trust preset. A parent that is stopped by a limit or disposed terminates its workers; disposal waits for
        their threads to end. A worker that reaches a limit prints the limit's message to the parent's stderr and
        exits with that limit's exit code.

        Not supported: MessagePorts in a transfer list or workerData; SharedArrayBuffer (no memory is shared between
        threads: cloning one is a DataCloneError); resourceLimits (accepted, not enforced: the inherited limits
        apply; worker.resourceLimits reports zeros); worker.stdout/stderr/stdin streams; SHARE_ENV (the worker gets
        a copy); receiveMessageOnPort, moveMessagePortToContext, worker.getHeapSnapshot and worker.performance.
        """;

    /// <inheritdoc />
    protected override string ScriptName => "worker_threads.js";

    /// <inheritdoc />
    protected override void AddBindings(NativeModuleContext context, ObjectInstance binding) => WorkerBinding.Add(context, binding);
}
