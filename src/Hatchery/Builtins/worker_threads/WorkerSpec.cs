namespace Hatchery.Builtins.WorkerThreads;

/// <summary>What a <c>new Worker(...)</c> asked for, read on the parent's thread: only strings, which may cross threads.</summary>
/// <param name="Source">The script's absolute path, or its code when <paramref name="IsEval"/>.</param>
/// <param name="IsEval">Whether <paramref name="Source"/> is code (<c>eval: true</c>).</param>
/// <param name="WorkerData">workerData, serialised.</param>
/// <param name="EnvironmentData">The parent's environment data, serialised.</param>
/// <param name="Arguments">The <c>argv</c> option: what follows the script in the worker's <c>process.argv</c>.</param>
/// <param name="Environment">The worker's <c>process.env</c>.</param>
internal sealed record WorkerSpec(string Source, bool IsEval, string WorkerData, string EnvironmentData, string[] Arguments, IReadOnlyDictionary<string, string> Environment);

/// <summary>The parent's callbacks for what happens to a worker; each is called on the parent's loop.</summary>
internal sealed record WorkerEvents(Action Online, Action<string> Error, Action<int> Exit);
