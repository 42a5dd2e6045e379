using System;

namespace SevenIo;

/// <summary>
/// A shared replay store (<see cref="IWebhookNonceStore"/>) could not say in time whether a
/// delivery's nonce is new. The delivery must then be refused, not let through: the receiving
/// endpoint answers 503, which the gateway retries, and does not call the handler.
/// </summary>
/// <remarks>The message never holds the nonce or anything of the delivery.</remarks>
public sealed class WebhookNonceStoreUnavailableException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Why the store could not answer.</param>
    /// <param name="innerException">The store's own failure, if any.</param>
    public WebhookNonceStoreUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
