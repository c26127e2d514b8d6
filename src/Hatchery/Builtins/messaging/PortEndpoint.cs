using System.Collections.Concurrent;
using Hatchery.Scheduling;

namespace Hatchery.Builtins.Messaging;

/// <summary>
/// One end of a message channel, owned by one runtime's loop; its peer may belong to another runtime on another
/// thread. Messages cross as strings (the serialised form internal.messaging.js makes), so no JavaScript value ever
/// leaves its engine. Sending, closing and starting are safe from any thread; deliveries run on the owner's loop.
/// </summary>
internal sealed class PortEndpoint
{
    private readonly ConcurrentQueue<string> _inbox = new();
    private readonly Lock _gate = new();
    private EventLoop? _loop;
    private Action<string>? _deliver;
    private Action? _closed;
    private PortEndpoint? _peer;
    private volatile bool _started;
    private volatile bool _isClosed;
    private volatile bool _closedHere;
    private bool _keepingAlive;

    /// <summary>Two entangled ends.</summary>
    public static (PortEndpoint First, PortEndpoint Second) Pair()
    {
        var first = new PortEndpoint();
        var second = new PortEndpoint();
        first._peer = second;
        second._peer = first;
        return (first, second);
    }

    /// <summary>Gives the end to the loop that delivers its messages (before it is started).</summary>
    public void Attach(EventLoop loop, Action<string> deliver, Action closed)
    {
        lock (_gate)
        {
            _loop = loop;
            _deliver = deliver;
            _closed = closed;
        }
        if (_isClosed) loop.PostMessage(closed);
    }

    public bool IsClosed => _isClosed;

    /// <summary>Sends to the peer; a closed channel drops the message, as Node's does.</summary>
    public void Send(string message)
    {
        if (_isClosed || _peer is not { } peer || peer._isClosed) return;
        bool started;
        // Under the peer's lock, so a send racing its Start on another thread is either counted by it or sees it started.
        lock (peer._gate)
        {
            peer._inbox.Enqueue(message);
            started = peer._started;
        }
        if (started) peer.ScheduleOne();
    }

    /// <summary>Starts delivery: every message already waiting is queued on the loop, later ones as they arrive.</summary>
    public void Start()
    {
        int count;
        lock (_gate)
        {
            if (_started) return;
            _started = true;
            count = _inbox.Count;
        }
        for (; count > 0; count--) ScheduleOne();
    }

    private void ScheduleOne()
    {
        EventLoop? loop;
        lock (_gate) loop = _loop;
        loop?.PostMessage(DeliverOne);
    }

    // On the owner's loop; a spare delivery (start and a send racing) finds the inbox empty and does nothing. An end its
    // peer closed still delivers what was sent before the close, as Node's does; one closed here drops it.
    private void DeliverOne()
    {
        if (_closedHere || _deliver is not { } deliver || !_inbox.TryDequeue(out var message)) return;
        deliver(message);
    }

    /// <summary>Closes both ends; each owner's loop is then told, once.</summary>
    public void Close()
    {
        var peer = _peer;
        _closedHere = true;
        CloseOne();
        peer?.CloseOne();
    }

    private void CloseOne()
    {
        if (_isClosed) return;
        _isClosed = true;
        EventLoop? loop;
        Action? closed;
        lock (_gate)
        {
            loop = _loop;
            closed = _closed;
        }
        if (loop is not null && closed is not null) loop.PostMessage(closed);
    }

    /// <summary>Whether this end holds its loop open (a started, referenced port with listeners); owner's thread only.</summary>
    public void KeepAlive(bool keep)
    {
        if (_loop is not { } loop || keep == _keepingAlive) return;
        _keepingAlive = keep;
        if (keep) loop.BeginHostOperation();
        else loop.EndHostOperation();
    }
}
