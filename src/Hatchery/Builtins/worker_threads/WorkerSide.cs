using Hatchery.Builtins.Messaging;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>What a worker's runtime knows of its place: the port to its parent, its data and id, and the family's channels.</summary>
internal sealed class WorkerSide(PortEndpoint port, string workerData, int threadId, BroadcastHub broadcasts, string environmentData)
{
    /// <summary>The worker's end of the channel to the Worker object in the parent (parentPort).</summary>
    public PortEndpoint Port => port;

    /// <summary>workerData, serialised.</summary>
    public string WorkerData => workerData;

    /// <summary>The serialised value of <c>getEnvironmentData</c>'s map.</summary>
    public string EnvironmentData => environmentData;

    public int ThreadId => threadId;

    public BroadcastHub Broadcasts => broadcasts;
}
