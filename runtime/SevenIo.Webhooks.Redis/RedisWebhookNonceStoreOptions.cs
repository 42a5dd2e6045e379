using System;

namespace SevenIo;

/// <summary>How <see cref="RedisWebhookNonceStore"/> keys its entries and how long it waits for Redis.</summary>
public sealed class RedisWebhookNonceStoreOptions
{
    /// <summary>What every key starts with, so that several apps can share one Redis server; default <c>seven:webhook-nonce:</c>.</summary>
    public string KeyPrefix { get; set; } = "seven:webhook-nonce:";

    /// <summary>
    /// The longest a delivery waits for Redis before it is refused with 503 (which the gateway
    /// retries); default 1 second. It bounds the wait even when the connection's own timeouts are longer.
    /// </summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The Redis database; default -1, the connection's default database.</summary>
    public int Database { get; set; } = -1;
}
