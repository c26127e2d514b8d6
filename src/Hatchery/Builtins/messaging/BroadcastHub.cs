namespace Hatchery.Builtins.Messaging;

/// <summary>
/// The named BroadcastChannels of one family of runtimes: a runtime and the workers it started (theirs too). A
/// message reaches every other open channel of the same name in the family, never another host's runtime.
/// </summary>
internal sealed class BroadcastHub
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, List<Subscriber>> _channels = new(StringComparer.Ordinal);

    /// <summary>One open BroadcastChannel: the end its messages arrive at.</summary>
    public sealed class Subscriber(string name, PortEndpoint inbox, PortEndpoint sender)
    {
        public string Name => name;

        public PortEndpoint Inbox => inbox;

        public PortEndpoint Sender => sender;
    }

    public void Join(Subscriber subscriber)
    {
        lock (_gate)
        {
            if (!_channels.TryGetValue(subscriber.Name, out var list)) _channels[subscriber.Name] = list = [];
            list.Add(subscriber);
        }
    }

    public void Leave(Subscriber subscriber)
    {
        lock (_gate)
        {
            if (_channels.TryGetValue(subscriber.Name, out var list) && list.Remove(subscriber) && list.Count == 0) _channels.Remove(subscriber.Name);
        }
    }

    public void Send(Subscriber from, string message)
    {
        Subscriber[] others;
        lock (_gate)
        {
            if (!_channels.TryGetValue(from.Name, out var list)) return;
            others = [.. list.Where(s => s != from)];
        }
        foreach (var other in others) other.Sender.Send(message);
    }
}
