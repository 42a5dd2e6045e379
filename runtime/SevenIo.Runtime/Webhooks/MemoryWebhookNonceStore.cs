using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using SevenIo.Runtime;

namespace SevenIo;

/// <summary>
/// Nonces in memory, for one instance of the receiver: thread-safe, each kept until it expires, and
/// bounded: when full, expired nonces are dropped first, then the ones that expire soonest.
/// </summary>
public sealed class MemoryWebhookNonceStore : IWebhookNonceStore
{
    /// <summary>The default <see cref="Capacity"/>: ten times what a 30 s window holds at 300 deliveries a second.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly object _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateTimeOffset Expires, string Nonce)> _byExpiry = new(ByExpiry.Instance);
    private readonly TimeProvider _time;

    /// <summary>Initializes a new store.</summary>
    /// <param name="capacity">The most nonces kept at once.</param>
    /// <param name="timeProvider">The clock; null is the system clock.</param>
    public MemoryWebhookNonceStore(int capacity = DefaultCapacity, TimeProvider? timeProvider = null)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");
        }

        Capacity = capacity;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The most nonces kept at once.</summary>
    public int Capacity { get; }

    /// <summary>How many nonces are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _expiries.Count;
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask<bool> TryAddAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        Argument.AssertNotNull(nonce, nameof(nonce));
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            RemoveExpired(now);
            if (_expiries.ContainsKey(nonce))
            {
                return new ValueTask<bool>(false);
            }

            if (_expiries.Count >= Capacity)
            {
                // Full of nonces that are all still valid: forget the one closest to expiry.
                var soonest = _byExpiry.Min;
                _byExpiry.Remove(soonest);
                _expiries.Remove(soonest.Nonce);
            }

            _expiries.Add(nonce, expires);
            _byExpiry.Add((expires, nonce));
            return new ValueTask<bool>(true);
        }
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        while (_byExpiry.Count > 0 && _byExpiry.Min.Expires <= now)
        {
            var expired = _byExpiry.Min;
            _byExpiry.Remove(expired);
            _expiries.Remove(expired.Nonce);
        }
    }

    /// <summary>Soonest expiry first; nonces compared ordinally, so that no two different nonces are ever equal.</summary>
    private sealed class ByExpiry : IComparer<(DateTimeOffset Expires, string Nonce)>
    {
        public static readonly ByExpiry Instance = new();

        public int Compare((DateTimeOffset Expires, string Nonce) x, (DateTimeOffset Expires, string Nonce) y)
        {
            var byTime = x.Expires.CompareTo(y.Expires);
            return byTime != 0 ? byTime : string.CompareOrdinal(x.Nonce, y.Nonce);
        }
    }
}
