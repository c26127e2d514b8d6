using Hatchery.Interop;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;

namespace Hatchery.Builtins.Messaging;

/// <summary>
/// The <c>binding</c> behind <c>internal.messaging.js</c>: handles over <see cref="PortEndpoint"/>s, each an object of
/// functions <c>attach(onMessage, onClose)</c>, <c>send(text)</c>, <c>start()</c>, <c>close()</c> and <c>keepAlive(bool)</c>.
/// </summary>
internal static class MessagingBinding
{
    /// <summary>Fills <paramref name="binding"/> for <paramref name="runtime"/>.</summary>
    public static void Add(JsRuntime runtime, ObjectInstance binding)
    {
        var functions = new FunctionBuilder(runtime.Engine, "messaging");
        binding.CreateDataProperty("channel", functions.CreateInternal("channel", 0, (_, _) =>
        {
            var (first, second) = PortEndpoint.Pair();
            return new JsArray(runtime.Engine, [Handle(runtime, first, null), Handle(runtime, second, null)]);
        }));
        binding.CreateDataProperty("broadcast", functions.CreateInternal("broadcast", 1, (_, args) =>
        {
            var (inbox, sender) = PortEndpoint.Pair();
            var subscriber = new BroadcastHub.Subscriber(TypeConverter.ToString(args.At(0)), inbox, sender);
            runtime.Broadcasts.Join(subscriber);
            return Handle(runtime, inbox, subscriber);
        }));
    }

    /// <summary>A handle over <paramref name="endpoint"/> for scripts of <paramref name="runtime"/>.</summary>
    public static ObjectInstance Handle(JsRuntime runtime, PortEndpoint endpoint, BroadcastHub.Subscriber? subscriber)
    {
        var engine = runtime.Engine;
        var functions = new FunctionBuilder(engine, "messaging");
        var handle = new JsObject(engine);
        handle.CreateDataProperty("attach", functions.CreateInternal("attach", 2, (_, args) =>
        {
            var onMessage = args.At(0);
            var onClose = args.At(1);
            endpoint.Attach(runtime.Loop, text => engine.Call(onMessage, JsValue.Undefined, [text]), () => engine.Call(onClose, JsValue.Undefined, []));
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("send", functions.CreateInternal("send", 1, (_, args) =>
        {
            var text = TypeConverter.ToString(args.At(0));
            if (subscriber is not null) runtime.Broadcasts.Send(subscriber, text);
            else endpoint.Send(text);
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("start", functions.CreateInternal("start", 0, (_, _) =>
        {
            endpoint.Start();
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("close", functions.CreateInternal("close", 0, (_, _) =>
        {
            if (subscriber is not null)
            {
                runtime.Broadcasts.Leave(subscriber);
                // Closed from its inbox: what other channels sent before the close is dropped, as Node drops it.
                subscriber.Inbox.Close();
            }
            else endpoint.Close();
            return JsValue.Undefined;
        }));
        handle.CreateDataProperty("keepAlive", functions.CreateInternal("keepAlive", 1, (_, args) =>
        {
            endpoint.KeepAlive(TypeConverter.ToBoolean(args.At(0)));
            return JsValue.Undefined;
        }));
        return handle;
    }
}
