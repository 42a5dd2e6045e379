using System;
using System.Threading;
using System.Threading.Tasks;
using StackExchange.Redis;

namespace SevenIo;

/// <summary>
/// The Redis store for a connection made from a connection string: it connects on the first delivery,
/// asynchronously, so that a burst of deliveries at start-up waits without blocking a thread each
/// (blocking them starved the thread pool the connection needs). The first deliveries wait at most
/// the store's timeout for the connection, and are refused with 503 after it, like any other wait.
/// </summary>
internal sealed class ConnectingRedisNonceStore : IWebhookNonceStore
{
    private readonly Lazy<Task<RedisWebhookNonceStore>> _store;
    private readonly TimeSpan _timeout;

    public ConnectingRedisNonceStore(Func<Task<IConnectionMultiplexer>> connect, RedisWebhookNonceStoreOptions options, TimeProvider? timeProvider)
    {
        _timeout = options.Timeout;
        _store = new Lazy<Task<RedisWebhookNonceStore>>(async () => new RedisWebhookNonceStore(await connect().ConfigureAwait(false), options, timeProvider));
    }

    public async ValueTask<bool> TryAddAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        var store = await RedisWebhookNonceStore.WithinAsync(_store.Value, _timeout, "connect", cancellationToken).ConfigureAwait(false);
        return await store.TryAddAsync(nonce, expires, cancellationToken).ConfigureAwait(false);
    }
}
