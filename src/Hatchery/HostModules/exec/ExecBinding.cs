using Hatchery.Builtins.Buffer;
using Hatchery.Builtins.ChildProcess;
using Hatchery.Interop;
using Hatchery.NativeModules;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.HostModules.Exec;

/// <summary>
/// The <c>binding</c> behind <c>exec.js</c>: <c>run(file, args, cwd, env, input, timeout[, callback])</c> runs the
/// program to its end with every stream piped, ending the whole process tree at the timeout. Without a callback it
/// blocks and returns the result; with one it waits on the thread pool and calls back on the loop. The result has
/// child_process's <c>spawnSync</c> shape (<c>{ pid, status, signal, stdout, stderr, error }</c>).
/// </summary>
internal static class ExecBinding
{
    public static void Add(NativeModuleContext context, ObjectInstance binding)
    {
        var engine = context.Engine;
        var loop = context.Runtime.Loop;
        var children = new RunningChildren();
        context.OnDispose(children.EndAll);
        binding.CreateDataProperty("run", new FunctionBuilder(engine, "exec").Create("run", 7, (_, args) =>
        {
            var spec = Spec(engine, args);
            var input = ArrayBufferViews.IsView(args[4]) ? ArrayBufferViews.Bytes(args[4]).ToArray() : null;
            var options = new ChildRunOptions(input, (int)TypeConverter.ToNumber(args[5]), double.PositiveInfinity, Signals.Kill, KillTree: true);
            if (args.Length > 6 && args[6] is ObjectInstance callback && callback.IsCallable())
            {
                loop.RunOffLoop(() => ChildRun.Run(spec, options, children, inherit: null), task =>
                    engine.Call(callback, JsValue.Undefined, [Shape(engine, task)]));
                return JsValue.Undefined;
            }
            try
            {
                return ChildProcessBinding.Result(engine, ChildRun.Run(spec, options, children, inherit: null));
            }
            catch (ChildSpawnException e)
            {
                return ChildProcessBinding.Failure(engine, e);
            }
        }));
    }

    // The same description child_process passes, with every stream piped.
    private static ChildSpec Spec(Jint.Engine engine, JsValue[] args) =>
        ChildProcessBinding.Spec([args[0], args[1], args[2], args[3], new JsArray(engine, ["pipe", "pipe", "pipe"])]);

    private static JsObject Shape(Jint.Engine engine, Task<ChildRunResult> task)
    {
        if (task.IsCompletedSuccessfully) return ChildProcessBinding.Result(engine, task.Result);
        var failure = task.Exception?.InnerException as ChildSpawnException ?? new ChildSpawnException("EIO");
        return ChildProcessBinding.Failure(engine, failure);
    }
}
