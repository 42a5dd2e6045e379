using System;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace SevenIo;

/// <summary>
/// Replay protection shared by every instance of a receiver: each delivery's nonce is one Redis key,
/// set with <c>SET key 1 NX PX ttl</c>, which is atomic, so of two instances that get the same
/// delivery at once exactly one accepts it. Every key expires when its delivery's timestamp would be
/// refused anyway (the verifier's tolerance plus clock skew), so nothing grows without bound; and
/// one key per delivery means a Redis cluster spreads them over its slots.
/// </summary>
/// <remarks>
/// Fail closed: when Redis cannot answer within <see cref="RedisWebhookNonceStoreOptions.Timeout"/>,
/// <see cref="TryAddAsync"/> throws <see cref="WebhookNonceStoreUnavailableException"/>, and the
/// endpoint refuses the delivery with 503 without calling the handler. The connection reconnects by
/// itself; the next delivery after Redis is back is accepted, without a restart.
/// </remarks>
public sealed class RedisWebhookNonceStore : IWebhookNonceStore
{
    /// <summary>Nonces longer than this are refused: the verifier's nonce is short, and a key of any length would be the sender's to choose.</summary>
    public const int MaxNonceLength = 256;

    private static readonly RedisValue Seen = 1;

    private readonly IConnectionMultiplexer _redis;
    private readonly string _prefix;
    private readonly TimeSpan _timeout;
    private readonly int _database;
    private readonly TimeProvider _time;

    /// <summary>Initializes a store on a Redis connection.</summary>
    /// <param name="redis">The connection; its lifetime is the caller's.</param>
    /// <param name="options">Key prefix, timeout and database; null for the defaults.</param>
    /// <param name="timeProvider">The clock that turns a delivery's expiry into a time to live; null for the system clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="redis"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive.</exception>
    public RedisWebhookNonceStore(IConnectionMultiplexer redis, RedisWebhookNonceStoreOptions? options = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        options ??= new RedisWebhookNonceStoreOptions();
        ArgumentNullException.ThrowIfNull(options.KeyPrefix);
        if (options.Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "The timeout must be positive.");
        }

        _redis = redis;
        _prefix = options.KeyPrefix;
        _timeout = options.Timeout;
        _database = options.Database;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    /// <exception cref="WebhookNonceStoreUnavailableException">Redis did not answer within the timeout, or the connection failed.</exception>
    public async ValueTask<bool> TryAddAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nonce);
        if (nonce.Length == 0 || nonce.Length > MaxNonceLength)
        {
            return false;
        }

        // At least a millisecond: a delivery whose window has all but closed is still recorded, never let through twice.
        var timeToLive = expires - _time.GetUtcNow();
        if (timeToLive < TimeSpan.FromMilliseconds(1))
        {
            timeToLive = TimeSpan.FromMilliseconds(1);
        }

        return await WithinAsync(_redis.GetDatabase(_database).StringSetAsync(_prefix + nonce, Seen, timeToLive, When.NotExists), _timeout, "answer", cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for Redis at most <paramref name="timeout"/>; a wait that runs out, or a failed connection, is <see cref="WebhookNonceStoreUnavailableException"/>.</summary>
    internal static async Task<T> WithinAsync<T>(Task<T> redis, TimeSpan timeout, string what, CancellationToken cancellationToken)
    {
        try
        {
            return await redis.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException e)
        {
            throw new WebhookNonceStoreUnavailableException($"Redis did not {what} within {timeout.TotalMilliseconds:0} ms.", e);
        }
        catch (RedisException e)
        {
            throw new WebhookNonceStoreUnavailableException("Redis could not be reached: " + e.GetType().Name + ".", e);
        }
    }
}
