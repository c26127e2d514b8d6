using System.Collections.Concurrent;

namespace Hatchery.Modules;

/// <summary>
/// A thread-safe map with a size cap: readers take no lock; when an insert pushes it past its capacity,
/// the least recently used quarter of the entries is evicted.
/// </summary>
internal sealed class BoundedCache<TKey, TValue> where TKey : notnull
{
    private sealed class Slot(TValue value)
    {
        public readonly TValue Value = value;
        public long LastUse = Environment.TickCount64;
    }

    private readonly ConcurrentDictionary<TKey, Slot> _slots;
    private readonly int _capacity;
    private readonly Lock _evictionLock = new();
    private int _count;

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        _capacity = capacity;
        _slots = new ConcurrentDictionary<TKey, Slot>(comparer);
    }

    public int Count => Volatile.Read(ref _count);

    public int Capacity => _capacity;

    public bool TryGet(TKey key, out TValue value)
    {
        if (_slots.TryGetValue(key, out var slot))
        {
            var now = Environment.TickCount64;
            // Avoid a shared-cache-line write on every hit; millisecond precision is all eviction needs.
            if (slot.LastUse != now) slot.LastUse = now;
            value = slot.Value;
            return true;
        }
        value = default!;
        return false;
    }

    public void Set(TKey key, TValue value)
    {
        var slot = new Slot(value);
        var added = false;
        _slots.AddOrUpdate(key, _ => { added = true; return slot; }, (_, _) => { added = false; return slot; });
        if (added && Interlocked.Increment(ref _count) > _capacity) Evict();
    }

    public void Remove(TKey key)
    {
        if (_slots.TryRemove(key, out _)) Interlocked.Decrement(ref _count);
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            if (Volatile.Read(ref _count) <= _capacity) return;
            var snapshot = _slots.ToArray();
            Array.Sort(snapshot, static (a, b) => a.Value.LastUse.CompareTo(b.Value.LastUse));
            var target = _capacity - _capacity / 4;
            for (var i = 0; i < snapshot.Length && Volatile.Read(ref _count) > target; i++)
            {
                if (((ICollection<KeyValuePair<TKey, Slot>>)_slots).Remove(snapshot[i])) Interlocked.Decrement(ref _count);
            }
        }
    }
}
