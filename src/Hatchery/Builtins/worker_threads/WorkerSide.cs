using System.Text.Json;
using Hatchery.Builtins.Messaging;
using Jint.Native;
using Jint.Runtime;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>What a worker's runtime knows of its place: the port to its parent, its data and id, and its family.</summary>
internal sealed class WorkerSide(PortEndpoint port, string workerData, string environmentData, int threadId, WorkerFamily family, Action<string> uncaught)
{
    /// <summary>The worker's end of the channel to the Worker object in the parent (parentPort).</summary>
    public PortEndpoint Port => port;

    /// <summary>workerData, serialised.</summary>
    public string WorkerData => workerData;

    /// <summary>The parent's <c>setEnvironmentData</c> map when the worker started, serialised.</summary>
    public string EnvironmentData => environmentData;

    public int ThreadId => threadId;

    public WorkerFamily Family => family;

    /// <summary>
    /// Hands an error nobody in the worker caught to the parent, as a structured clone of the thrown value (an error
    /// keeps its name, message and stack); on the worker's thread, while its engine can still run the serialiser.
    /// </summary>
    public void ReportUncaught(JsRuntime runtime, ScriptException error) => uncaught(Serialize(runtime, error));

    private static string Serialize(JsRuntime runtime, ScriptException error)
    {
        try
        {
            var serialize = runtime.BuiltinModules.Require("internal/serialize").Get("serialize");
            return TypeConverter.ToString(runtime.Engine.Call(serialize, JsValue.Undefined, [error.Error]));
        }
        catch (JavaScriptException)
        {
            // A value that cannot be cloned (a function, a symbol) arrives as an Error with its message.
            return ErrorText(error.ErrorName, error.ErrorMessage, error.JsStack);
        }
    }

    /// <summary>The serialised form (internal/serialize's) of an Error with these parts.</summary>
    public static string ErrorText(string name, string message, string stack) =>
        JsonSerializer.Serialize<object[]>(["e", name, message, stack, NoCause]);

    private static readonly string[] NoCause = ["none"];
}
