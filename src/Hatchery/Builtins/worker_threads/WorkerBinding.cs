using Hatchery.Builtins.Messaging;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.WorkerThreads;

/// <summary>
/// The <c>binding</c> behind <c>worker_threads.js</c>: <c>start(spec, { online, error, exit })</c> starts a worker and
/// returns its handle (<c>port</c>, <c>threadId</c>, <c>launch()</c> to start its thread, <c>terminate()</c>, <c>ref()</c>, <c>unref()</c>); <c>side()</c>
/// is this runtime's side of the worker it runs (<c>port</c>, <c>workerData</c>, <c>environmentData</c>,
/// <c>threadId</c>), or null in a runtime that is no worker.
/// </summary>
internal static class WorkerBinding
{
    public static void Add(NativeModuleContext context, ObjectInstance binding)
    {
        var runtime = context.Runtime;
        var engine = context.Engine;
        var functions = new FunctionBuilder(engine, "worker_threads");
        binding.CreateDataProperty("start", functions.CreateInternal("start", 2, (_, args) =>
        {
            var spec = (ObjectInstance)args.At(0);
            var callbacks = (ObjectInstance)args.At(1);
            var online = callbacks.Get("online");
            var error = callbacks.Get("error");
            var exit = callbacks.Get("exit");
            var events = new WorkerEvents(
                () => engine.Call(online, JsValue.Undefined, []),
                text => engine.Call(error, JsValue.Undefined, [text]),
                code => engine.Call(exit, JsValue.Undefined, [code]));
            var worker = WorkerHost.Prepare(runtime, ReadSpec(spec), events);
            return Handle(runtime, worker);
        }));
        binding.CreateDataProperty("side", functions.CreateInternal("side", 0, (_, _) =>
        {
            if (runtime.Worker is not { } side) return JsValue.Null;
            var result = new JsObject(engine);
            result.CreateDataProperty("port", MessagingBinding.Handle(runtime, side.Port, null));
            result.CreateDataProperty("workerData", side.WorkerData);
            result.CreateDataProperty("environmentData", side.EnvironmentData);
            result.CreateDataProperty("threadId", side.ThreadId);
            return result;
        }));
    }

    private static WorkerSpec ReadSpec(ObjectInstance spec)
    {
        var arguments = spec.Get("argv") is JsArray list ? list.Select(TypeConverter.ToString).ToArray() : [];
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        if (spec.Get("env") is ObjectInstance env)
        {
            foreach (var key in env.GetOwnPropertyKeys(Types.String))
            {
                if (env.GetOwnProperty(key) is { Enumerable: true }) environment[key.ToString()] = TypeConverter.ToString(env.Get(key));
            }
        }
        return new WorkerSpec(
            TypeConverter.ToString(spec.Get("source")),
            TypeConverter.ToBoolean(spec.Get("eval")),
            TypeConverter.ToString(spec.Get("workerData")),
            TypeConverter.ToString(spec.Get("environmentData")),
            arguments,
            environment);
    }

    private static JsObject Handle(JsRuntime runtime, WorkerHost worker)
    {
        var engine = runtime.Engine;
        var functions = new FunctionBuilder(engine, "worker_threads");
        var handle = new JsObject(engine);
        handle.CreateDataProperty("port", MessagingBinding.Handle(runtime, worker.ParentEnd, null));
        handle.CreateDataProperty("threadId", worker.ThreadId);
        handle.CreateDataProperty("launch", functions.CreateInternal("launch", 0, (_, _) =>
        {
            worker.Launch();
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("terminate", functions.CreateInternal("terminate", 0, (_, _) =>
        {
            worker.Terminate();
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("ref", functions.CreateInternal("ref", 0, (_, _) =>
        {
            worker.SetReferenced(true);
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("unref", functions.CreateInternal("unref", 0, (_, _) =>
        {
            worker.SetReferenced(false);
            return JsValue.Undefined;
        }));
        return handle;
    }
}
