using System;
using System.Threading;
using System.Threading.Tasks;

namespace SevenIo;

/// <summary>
/// Remembers the nonces of verified deliveries until they expire, so that a delivery sent again
/// (a replay) is refused. Implementations must be thread-safe; with several instances of the
/// receiver they must be shared (a cache such as Redis, or a database with a unique key).
/// </summary>
public interface IWebhookNonceStore
{
    /// <summary>Adds the nonce unless it is already there and not expired.</summary>
    /// <param name="nonce">The delivery's <c>X-Nonce</c>.</param>
    /// <param name="expires">When it may be forgotten: no delivery with it would be accepted afterwards anyway.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><c>true</c> when the nonce was new; <c>false</c> when it was seen before.</returns>
    ValueTask<bool> TryAddAsync(string nonce, DateTimeOffset expires, CancellationToken cancellationToken);
}
