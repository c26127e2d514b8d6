using Hatchery.NativeModules;
using Jint.Native;

namespace Hatchery;

// Host integration: work and results arriving from other threads, always run on the runtime's own loop.
public sealed partial class JsRuntime
{
    /// <summary>
    /// Queues <paramref name="work"/> to run on this runtime's event loop; safe to call from any thread. It runs
    /// during <see cref="RunMain"/> or <see cref="RunEventLoop"/>, and an error it throws is handled like an
    /// uncaught error in a timer. The task completes once the work has run.
    /// </summary>
    public Task Post(Action<JsRuntime> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Loop.Post(() =>
        {
            try
            {
                work(this);
                done.SetResult();
            }
            catch (Jint.Runtime.JavaScriptException e)
            {
                done.SetException(e);
                throw;
            }
            catch (Exception e)
            {
                // A host failure belongs to the host: the poster observes it through the task.
                done.SetException(e);
            }
        });
        return done.Task;
    }

    /// <summary>
    /// A JavaScript promise for a .NET task: settled on this runtime's loop thread once the task completes, with
    /// <paramref name="toJs"/> converting the result there. The loop stays alive while the task runs, so long host
    /// work proceeds on its own thread without blocking timers or other callbacks.
    /// </summary>
    public JsValue ToPromise<T>(Task<T> task, Func<JsRuntime, T, JsValue> toJs)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(toJs);
        return Settle(task, runtime => toJs(runtime, task.Result));
    }

    /// <summary>A JavaScript promise for a .NET task without a result; resolves to <c>undefined</c>.</summary>
    public JsValue ToPromise(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Settle(task, static _ => JsValue.Undefined);
    }

    private JsValue Settle(Task task, Func<JsRuntime, JsValue> result)
    {
        var (promise, resolve, reject) = Engine.Advanced.RegisterPromise();
        Loop.Await(task, completed =>
        {
            if (completed.IsCompletedSuccessfully)
            {
                resolve(result(this));
                return;
            }
            var exception = completed.Exception?.InnerException ?? new TaskCanceledException(completed);
            reject(exception is Jint.Runtime.JavaScriptException js ? js.Error : JsErrors.Create(Engine, "Error", exception.Message));
        });
        return promise;
    }
}
